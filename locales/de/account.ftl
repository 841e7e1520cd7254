### An account taken over: which one, what the attacker can do, how to get it back.

account-service = Es tut mir leid, dass das passiert ist. Welches Konto wurde übernommen?
account-service-email = E-Mail (Gmail, Outlook…)
account-service-facebook = Facebook
account-service-instagram = Instagram
account-service-whatsapp = WhatsApp
account-service-tiktok = TikTok
account-service-x = X (Twitter)
account-service-telegram = Telegram
account-service-bank = Online-Banking
account-service-other = Ein anderes Konto
account-locked_out = Sind Sie aus diesem Konto ausgesperrt, sodass Sie sich nicht mehr anmelden können?
account-locked_out-yes = Ich komme nicht mehr hinein
account-locked_out-no = Ich kann mich noch anmelden
account-contacts_messaged = Bekommen Ihre Freunde oder Kontakte seltsame Nachrichten von diesem Konto, zum Beispiel mit der Bitte um Geld oder einen Code?
account-contacts_messaged-yes = Ja
account-contacts_messaged-no = Nein
account-contacts_messaged-unsure = Ich weiß nicht
account-two_factor = War die Bestätigung in zwei Schritten (Zwei-Faktor-Authentifizierung) eingeschaltet? Das ist ein Code per SMS oder App, nach dem bei jeder Anmeldung auf einem neuen Gerät gefragt wird.
account-two_factor-yes = Ja
account-two_factor-no = Nein
account-two_factor-unsure = Ich weiß nicht
account-recovery_changed = Wurde die E-Mail-Adresse oder Telefonnummer zur Wiederherstellung des Kontos geändert?
account-recovery_changed-yes = Ja, sie wurde geändert
account-recovery_changed-no = Nein, sie gehört noch mir
account-recovery_changed-unsure = Ich weiß nicht
account-first_aid =
    Danke. Während Sie auf jemanden aus unserem Team warten, helfen diese Schritte am meisten:
    1. Nehmen Sie ein Handy oder einen Computer, dem Sie vertrauen. Öffnen Sie selbst die offizielle Seite des Dienstes für gehackte Konten oder „Passwort vergessen“, nicht über einen Link, den Ihnen jemand geschickt hat.
    2. Sobald Sie wieder drin sind: Wählen Sie ein neues Passwort, das Sie sonst nirgends benutzen, schalten Sie die Bestätigung in zwei Schritten ein und melden Sie alle anderen Sitzungen ab.
    3. Prüfen Sie die E-Mail-Adresse und die Telefonnummer zur Wiederherstellung und entfernen Sie alles, was Sie nicht kennen.
    4. Warnen Sie Ihre Kontakte auf einem anderen Weg (Anruf, andere App): Sie sollen nicht auf Nachrichten von diesem Konto antworten, die nach Geld oder Codes fragen.
    5. Wenn Sie dasselbe Passwort auch anderswo benutzt haben, ändern Sie es dort ebenfalls.

## Short names of the questions (the summary, the list of answers to change)
account-service-label = Konto
account-locked_out-label = Ausgesperrt
account-contacts_messaged-label = Kontakte bekommen seltsame Nachrichten
account-two_factor-label = Bestätigung in zwei Schritten
account-recovery_changed-label = Wiederherstellungsdaten geändert

## Words a person may type instead of pressing a button, comma separated
account-service-email-words = email, e-mail, mail, meine e-mail, meine email, postfach, gmail, outlook, hotmail, yahoo, gmx, web.de, t-online, google, microsoft, icloud
account-service-facebook-words = fb, mein facebook, facebook konto, messenger
account-service-instagram-words = insta, ig, mein instagram, instagram konto
account-service-whatsapp-words = whats app, mein whatsapp
account-service-tiktok-words = tik tok, mein tiktok
account-service-x-words = twitter, x, mein twitter
account-service-telegram-words = mein telegram, tg
account-service-bank-words = bank, onlinebanking, online banking, meine bank, bankkonto, mein bankkonto, banking app
account-service-other-words = anderes, ein anderes, anderes konto, etwas anderes
account-locked_out-yes-words = ausgesperrt, ich bin ausgesperrt, ich komme nicht rein, komme nicht rein, ich kann mich nicht anmelden, kein zugang, kein zugriff, sie haben mein passwort geändert
account-locked_out-no-words = ich komme noch rein, komme noch rein, ich habe noch zugang, noch zugang, ich kann mich anmelden
account-contacts_messaged-yes-words = ja bekommen sie, meine freunde haben nachrichten bekommen, meine kontakte haben nachrichten bekommen, freunde bekommen nachrichten
account-contacts_messaged-no-words = nicht dass ich wüsste, niemand hat etwas gesagt, keiner hat was gesagt
account-contacts_messaged-unsure-words = weiß nicht, ich weiß nicht, nicht sicher, unsicher, keine ahnung, vielleicht
account-two_factor-yes-words = war an, ja war an, war eingeschaltet, eingeschaltet, 2fa
account-two_factor-no-words = war aus, war nicht an, nicht eingeschaltet, ausgeschaltet
account-two_factor-unsure-words = weiß nicht, ich weiß nicht, nicht sicher, unsicher, keine ahnung, vielleicht, was ist das
account-recovery_changed-yes-words = geändert, wurde geändert, sie haben es geändert
account-recovery_changed-no-words = nicht geändert, gehört noch mir, noch meine
account-recovery_changed-unsure-words = weiß nicht, ich weiß nicht, nicht sicher, unsicher, keine ahnung, vielleicht, kann ich nicht prüfen
