### A suspicious message or link: what the person did with it, and what to do now.

phishing-clicked = Danke, dass Sie bei uns nachfragen. Haben Sie in dieser Nachricht auf einen Link geklickt oder eine Datei geöffnet?
phishing-clicked-yes = Ja
phishing-clicked-no = Nein
phishing-clicked-unsure = Ich bin nicht sicher
phishing-entered = Haben Sie auf der Seite, die sich geöffnet hat, etwas eingegeben?
phishing-entered-password = Ein Passwort
phishing-entered-card = Karten- oder Bankdaten
phishing-entered-both = Ein Passwort und Kartendaten
phishing-entered-nothing = Nichts
phishing-entered-unsure = Ich bin nicht sicher
phishing-paid = Haben Sie darüber etwas bezahlt?
phishing-paid-yes = Ja
phishing-paid-no = Nein
phishing-first_aid =
    Danke. Das kann jedem passieren: Diese Nachrichten sind so gemacht, dass sie echt aussehen. Was jetzt am meisten hilft:
    1. Wenn Sie Karten- oder Bankdaten eingegeben oder etwas bezahlt haben: Rufen Sie jetzt Ihre Bank an, mit der Nummer auf Ihrer Karte, und lassen Sie die Karte sperren.
    2. Wenn Sie ein Passwort eingegeben haben: Ändern Sie es jetzt auf einem Gerät, dem Sie vertrauen, und überall sonst, wo Sie es benutzen. Schalten Sie die Bestätigung in zwei Schritten ein.
    3. Wenn Sie eine Datei geöffnet haben: Trennen Sie dieses Gerät vom Internet und nutzen Sie es nicht fürs Online-Banking, bis es geprüft wurde.
    4. Antworten Sie nicht und klicken Sie nicht noch einmal. Bewahren Sie die Nachricht auf (ein Screenshot genügt) und melden Sie sie dann als Phishing oder Spam.

## Short names of the questions (the summary, the list of answers to change)
phishing-clicked-label = Geklickt oder geöffnet
phishing-entered-label = Eingegeben
phishing-paid-label = Etwas bezahlt

## Words a person may type instead of pressing a button, comma separated
phishing-clicked-yes-words = ja ich habe geklickt, ich habe geklickt, geklickt, angeklickt, ich habe auf den link geklickt, ja ich habe sie geöffnet, ich habe sie geöffnet, ich habe die datei geöffnet, geöffnet, ja habe ich
phishing-clicked-no-words = nein habe ich nicht, habe ich nicht, nicht geklickt, ich habe nicht geklickt, nicht geöffnet, ich habe nichts geöffnet
phishing-clicked-unsure-words = weiß nicht, ich weiß nicht, nicht sicher, unsicher, keine ahnung, vielleicht, ich glaube schon
phishing-entered-password-words = passwort, mein passwort, ich habe mein passwort eingegeben, kennwort, login, zugangsdaten
phishing-entered-card-words = karte, meine karte, kartendaten, kartennummer, kreditkarte, bankdaten, kontodaten, iban
phishing-entered-both-words = beides, passwort und karte, karte und passwort, alles
phishing-entered-nothing-words = nichts, nein, gar nichts, ich habe nichts eingegeben
phishing-entered-unsure-words = weiß nicht, ich weiß nicht, nicht sicher, unsicher, keine ahnung, vielleicht
phishing-paid-yes-words = ich habe bezahlt, ja bezahlt, bezahlt, gezahlt
phishing-paid-no-words = ich habe nicht bezahlt, nicht bezahlt, nichts
