### Wörter, die alle Abläufe gemeinsam nutzen: Befehle, Fehler, Bestätigungen.
### Anrede: durchgehend „Sie“.

## The engine
invalid-choice = Bitte tippen Sie auf eine der Antworten unten oder schreiben Sie ihre Nummer.
invalid-upload = Bitte schicken Sie Ihre Screenshots oder Dateien als Foto oder Dokument. Wenn Sie fertig sind, tippen Sie auf „Fertig“.
invalid-empty = Ich habe keinen Text bekommen. Können Sie mir Ihre Antwort schreiben?
stuck-offer = Diese Frage ist wohl schwer zu beantworten. Das ist in Ordnung: Sie können sie überspringen oder sich von einem Menschen helfen lassen.
back-at-start = Wir sind schon bei der ersten Frage.
upload-received = { $count ->
    [one] Ich habe Ihre Datei bekommen und sicher aufbewahrt. Sie können weitere schicken oder auf „Fertig“ tippen.
   *[other] Ich habe { $count } Dateien bekommen und sicher aufbewahrt. Sie können weitere schicken oder auf „Fertig“ tippen.
}
choice-skip = Überspringen
choice-human = Mit einem Menschen sprechen
choice-upload-done = Fertig
# under “Did you mean …?”, when part of an answer was guessed (a phone number's country code)
choice-yes = Ja
choice-no = Nein
# a phone number written without its country code, read with the person's region: asked before it is kept
guess-phone = Mit Ländervorwahl ist das { $answer }. Ist das Ihre Nummer?
guess-phone-retry = In Ordnung. Bitte schreiben Sie die Nummer noch einmal mit Ländervorwahl, zum Beispiel +49 151 23456789.
value-not-given = nicht angegeben
value-skipped = übersprungen
value-files = { $count ->
    [0] keine
    [one] 1 Datei
   *[other] { $count } Dateien
}
value-yes = ja
value-no = nein
value-unknown = unbekannt

## Commands
command-start = Starten oder weitermachen
command-help = Was ich für Sie tun kann
command-back = Eine Frage zurück
command-restart = Ganz von vorne beginnen
command-cancel = Das Gespräch beenden
command-language = Sprache ändern
command-status = Stand Ihrer Meldung ansehen
command-report = Eine Zusammenfassung Ihrer Meldung erhalten (Nachricht und PDF)
command-forget = Ihre Daten löschen
command-human = Mit einem Menschen sprechen
# Ganze Nachrichten, die als Befehl zählen, durch Kommas getrennt (kaum jemand tippt den Schrägstrich).
command-words-start = start, starten, anfangen, beginnen
command-words-help = hilfe, menü, was kannst du
command-words-back = zurück, zurückgehen, vorherige frage
command-words-restart = neustart, neu starten, neu anfangen, von vorne, nochmal von vorne
command-words-cancel = abbrechen, beenden, aufhören
command-words-language = sprache, sprache ändern, andere sprache
command-words-status = status, meine meldung, mein fall
command-words-report = bericht, mein bericht, zusammenfassung, meine zusammenfassung, pdf
command-words-forget = vergiss mich, daten löschen, meine daten löschen, alles löschen
command-words-human = mensch, echter mensch, mit einem menschen sprechen, mitarbeiter, berater

welcome-back = Willkommen zurück. Machen wir da weiter, wo wir aufgehört haben.
report-button = 📄 Zusammenfassung meiner Meldung erhalten
help = Ich nehme auf, was passiert ist, damit jemand aus unserem Team Ihnen helfen kann. Sie können jederzeit schreiben:
# one line per command under `help`, for every command there is
help-line = { $command } – { $description }
restarted = In Ordnung, wir fangen noch einmal ganz von vorne an.
cancelled = { $cases ->
    [0] In Ordnung, ich höre hier auf. Es wurde nichts weitergegeben. Sie können jederzeit /start schreiben.
   *[other] In Ordnung, ich höre hier auf. Ihre Meldung { $reference } liegt weiterhin bei unserem Team. Sie können jederzeit /start schreiben.
}
nothing-to-go-back = Es gibt keine Frage, zu der wir zurückgehen können. Schreiben Sie /start, um zu beginnen.
after-finish = { $cases ->
    [0] Unser Gespräch ist beendet. Schreiben Sie /start, um ein neues zu beginnen.
   *[other] Ihre Meldung { $reference } liegt bei unserem Team. Schreiben Sie /status, um den Stand zu sehen, oder /start, um etwas Neues zu melden.
}
language-pick = Welche Sprache ist Ihnen am liebsten?
language-set = Ab jetzt schreibe ich auf { $language }.
language-unchanged = Ich schreibe weiter auf { $language }.
status-none = Sie haben noch keine Meldung bei uns.
status-case = Ihre Meldung { $reference }: { case-status }.
case-status = { $status ->
    [new] eingegangen, wartet auf jemanden aus unserem Team
    [escalated] an unseren Bereitschaftsdienst weitergegeben
    [claimed] jemand aus unserem Team kümmert sich darum
    [resolved] gelöst
   *[closed] abgeschlossen
}
forget-confirm = Soll ich alles löschen, was Sie mir erzählt haben, auch Ihre Meldungen und Dateien? Das lässt sich nicht rückgängig machen.
forget-yes = Ja, alles löschen
forget-no = Nein, behalten
forget-done = Alles, was Sie mir erzählt haben, ist gelöscht. Wenn Sie wieder Hilfe brauchen, schreiben Sie mir einfach. Passen Sie auf sich auf.
forget-kept = In Ordnung, es wurde nichts gelöscht.
cancel-confirm = Möchten Sie hier aufhören? Was Sie mir bisher erzählt haben, würde nicht an unser Team weitergegeben.
cancel-yes = Ja, aufhören
cancel-no = Nein, weitermachen
cancel-kept = In Ordnung, machen wir weiter.
cancel-unclear = Entschuldigung, ich habe Ihre Antwort nicht verstanden. Es wurde nichts abgebrochen.
human-requested = Ich habe darum gebeten, dass sich jemand aus unserem Team wegen Ihrer Meldung { $reference } bei Ihnen meldet. Wenn Sie können, beantworten Sie bis dahin weiter meine Fragen: Das hilft unserem Team.
human-after-consent = Ich bitte eine freiwillige Person, mit Ihnen zu sprechen. Vorher brauche ich Ihr Einverständnis, dass ich aufbewahren darf, was Sie mir schreiben, damit sie es lesen kann:
early-kept = Danke, dass Sie es mir erzählen. Ich habe aufbewahrt, was Sie geschrieben haben: Es wird Teil Ihrer Meldung, sobald Sie zustimmen.
early-story-used = Ich habe das, was Sie am Anfang geschrieben haben, als Ihre Schilderung des Geschehens übernommen. In der Zusammenfassung können Sie es ändern.
case-taken = Jemand aus unserem Team hat Ihre Meldung { $reference } übernommen und schreibt Ihnen bald hier.
case-resolved = Ihre Meldung { $reference } ist jetzt als gelöst markiert. Wenn Sie weitere Hilfe brauchen, schreiben Sie einfach hier.
case-nobody-yet = Es tut mir leid: Bisher konnte noch niemand aus unserem Team Ihre Meldung { $reference } übernehmen. Die Meldung bleibt ganz oben auf unserer Liste, und jemand wird Ihnen hier schreiben. Bis dahin: Bewahren Sie alle Nachrichten und Screenshots auf, zahlen Sie niemandem Geld und ändern Sie Ihre Passwörter auf einem Gerät, dem Sie vertrauen. Wenn Sie in Gefahr sind, rufen Sie den Notruf an (112 in Europa, 911 in Nordamerika).
file-kept = Danke, ich habe Ihre Datei sicher zu Ihrer Meldung gelegt.
file-too-large = Diese Datei ist zu groß für mich (höchstens { $limit_mb } MB). Können Sie eine kleinere Datei oder einen Screenshot schicken?
message-unsupported = Ich kann nur Text, Fotos und Dateien lesen. Können Sie mir Ihre Antwort schreiben?
command-unknown = Diesen Befehl kenne ich nicht. Schreiben Sie /help, um zu sehen, was ich kann.
language-detected = Ich antworte auf { $language }. Wenn Sie lieber eine andere Sprache möchten, tippen Sie unten auf „Sprache ändern“.
language-change = Sprache ändern
language-unsupported = Ihre Sprache spreche ich leider noch nicht. Ich antworte auf Englisch, oder Sie wählen eine dieser Sprachen:
error-try-again = Entschuldigung, bei Ihrer letzten Nachricht ist bei mir etwas schiefgegangen. Könnten Sie sie noch einmal senden? Wenn es wieder passiert, schreiben Sie /human, dann hilft Ihnen ein Mensch.
discord-moved-to-dm = Ich habe Ihnen eine private Nachricht geschickt. Lassen Sie uns dort weitermachen, wo niemand sonst mitlesen kann.
discord-dm-closed = Ich kann Ihnen keine privaten Nachrichten schicken. Damit wir sicher sprechen können, erlauben Sie Direktnachrichten: Menü dieses Servers öffnen, Privatsphäre-Einstellungen wählen, Direktnachrichten einschalten und dann erneut /help schreiben.

## The volunteers' desk
desk-help = Dies ist der Schreibtisch der Freiwilligen. Dringende Fälle erscheinen hier, jeder in einem eigenen Thema oder Thread, mit einer Karte: Übernehmen, Freigeben, Erledigen. Sobald du einen Fall übernommen hast, erscheint, was die Person schreibt, im Thread des Falls und in deinem privaten Chat mit dem Bot; was du im Thread schreibst (oder als Antwort in deinem privaten Chat), geht an die Person, unterschrieben mit deinem Vornamen. Nachrichten anderer Freiwilliger im Thread bleiben interne Notizen. Befehle: /cases – die offenen Fälle; /claim, /release, /resolve FD-… – einen Fall bearbeiten; /reply FD-… Text – der Person von überall aus antworten; /transfer NAME – deinen Fall übergeben; /history FD-… – das ganze Gespräch; /oncall on|off – deine Bereitschaft, /oncall – wer Bereitschaft hat; /link CODE – dein Konto mit einer Einladung verbinden; /help – diese Nachricht.

## Typed answers: yes and no in this language, comma separated (a button meaning yes or no accepts
## them, and so does the /forget question). Case and accents do not matter.
words-yes = ja, jawohl, ja bitte, klar, natürlich, genau, yes
words-no = nein, nee, nö, nein danke, no
forget-unclear = Entschuldigung, ich habe Ihre Antwort nicht verstanden. Es wurde nichts gelöscht.
# after three unreadable answers to a question that cannot be skipped (consent, the summary)
stuck-ask-person = Diese Frage ist wohl schwer zu beantworten. Das ist in Ordnung: Sie können auf eine der Antworten unten tippen oder sich von einem Menschen helfen lassen.

## Changing one answer from the summary
review-which = Welche Antwort möchten Sie ändern? Wählen Sie sie unten aus.
choice-review-back = Nichts, zurück zur Übersicht
# one line of the summary, and two lines together (keep the line break)
review-line = • { $question }: { $answer }
review-more =
    { $line }
    { $rest }
