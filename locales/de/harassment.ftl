### Harassment, stalking, doxxing or impersonation: what, who, where, since when, physical danger.

harassment-harassment_type = Es tut mir leid, dass Sie das durchmachen. Es ist nicht Ihre Schuld. Was passiert gerade?
harassment-harassment_type-messages = Verletzende oder bedrohliche Nachrichten oder Beiträge
harassment-harassment_type-stalking = Jemand verfolgt oder beobachtet mich
harassment-harassment_type-doxxing = Meine privaten Daten wurden veröffentlicht
harassment-harassment_type-impersonation = Jemand gibt sich als mich aus
harassment-harassment_type-other = Etwas anderes
harassment-harasser = Wissen Sie, wer das tut?
harassment-harasser-known = Jemand, den ich kenne
harassment-harasser-stranger = Eine fremde Person
harassment-harasser-unknown = Ich weiß nicht, wer es ist
harassment-platform = Wo passiert es hauptsächlich?
harassment-platform-facebook = Facebook
harassment-platform-instagram = Instagram
harassment-platform-tiktok = TikTok
harassment-platform-x = X (Twitter)
harassment-platform-whatsapp = WhatsApp
harassment-platform-telegram = Telegram
harassment-platform-email = E-Mail
harassment-platform-phone = Anrufe oder SMS
harassment-platform-several = An mehreren Stellen
harassment-platform-other = Woanders
harassment-when = Seit wann passiert das? Sie können zum Beispiel „seit einer Woche“, „vor zwei Monaten“ oder „3. Mai“ schreiben. Wenn Sie es nicht wissen, schreiben Sie „ich weiß nicht“.
harassment-physical_threat = Hat jemand gedroht, Ihnen etwas anzutun, oder glauben Sie, dass Sie körperlich in Gefahr sein könnten?
harassment-physical_threat-yes = Ja
harassment-physical_threat-no = Nein
harassment-first_aid_danger =
    Danke, dass Sie es mir erzählen. Ihre Sicherheit geht vor.
    1. Wenn Sie gerade in Gefahr sind, rufen Sie den örtlichen Notruf an.
    2. Erzählen Sie einem Menschen, dem Sie vertrauen, was passiert und wo Sie sind.
    3. Treffen Sie sich nicht mit dieser Person und sagen Sie ihr nicht, wo Sie sind.
    4. Bewahren Sie die Drohungen auf: Machen Sie Screenshots mit Datum und Benutzernamen. Sie sind wichtig für die Polizei.
    Unser Team sieht Ihre Meldung als dringend.
harassment-first_aid =
    Danke, dass Sie es mir erzählen. Während Sie auf jemanden aus unserem Team warten:
    1. Sichern Sie Beweise, bevor Sie blockieren oder melden: Screenshots mit Datum, Benutzernamen und dem Link zum Profil oder Beitrag.
    2. Melden Sie das Profil oder die Beiträge bei der Plattform. Wenn sich jemand als Sie ausgibt, melden Sie es als gefälschtes Konto und bitten Sie Freunde, es auch zu melden.
    3. Sie müssen nicht antworten. Blockieren Sie die Person und stellen Sie Ihre Konten vorerst auf privat.
    4. Prüfen Sie, wer Ihren Standort, Ihre Freundesliste und Ihre Telefonnummer sehen kann, und verbergen Sie, was möglich ist.

## Short names of the questions (the summary, the list of answers to change)
harassment-harassment_type-label = Was passiert
harassment-harasser-label = Wer
harassment-platform-label = Wo
harassment-when-label = Seit wann
harassment-physical_threat-label = Körperliche Bedrohung

## Words a person may type instead of pressing a button, comma separated
harassment-harassment_type-messages-words = nachrichten, drohungen, drohnachrichten, beleidigungen, hass, hassnachrichten, beiträge, posts, kommentare, mobbing
harassment-harassment_type-stalking-words = stalking, stalker, gestalkt, verfolgt, beobachtet, jemand verfolgt mich, jemand beobachtet mich
harassment-harassment_type-doxxing-words = doxxing, gedoxxt, meine adresse wurde veröffentlicht, meine daten wurden veröffentlicht, meine nummer wurde veröffentlicht
harassment-harassment_type-impersonation-words = fake profil, fake-profil, fakeprofil, fake account, gefälschtes konto, gefälschtes profil, jemand gibt sich als mich aus, identitätsdiebstahl
harassment-harassment_type-other-words = anderes, etwas anderes
harassment-harasser-known-words = ich kenne die person, ich weiß wer, mein ex, meine ex, ex, mein partner, meine partnerin, mein mann, meine frau, ein kollege, eine kollegin, mitschüler, mitschülerin, jemand den ich kenne
harassment-harasser-stranger-words = fremder, ein fremder, eine fremde, fremde person, ich kenne die person nicht, jemand den ich nicht kenne
harassment-harasser-unknown-words = weiß nicht, ich weiß nicht, keine ahnung, unbekannt, anonym, nicht sicher
harassment-platform-facebook-words = fb, mein facebook, messenger
harassment-platform-instagram-words = insta, ig, mein instagram
harassment-platform-tiktok-words = tik tok
harassment-platform-x-words = twitter, x
harassment-platform-whatsapp-words = whats app
harassment-platform-telegram-words = tg
harassment-platform-email-words = email, mail, e-mail, per mail
harassment-platform-phone-words = telefon, anrufe, anruf, sms, handy, textnachrichten
harassment-platform-several-words = mehrere, überall, viele, an vielen stellen, mehrere stellen, alle
harassment-platform-other-words = anderes, woanders, anderswo, irgendwo anders
harassment-physical_threat-yes-words = man hat mir gedroht, ich wurde bedroht, bedroht, ich bin in gefahr, ich habe angst, sie wissen wo ich wohne, er weiß wo ich wohne
harassment-physical_threat-no-words = nicht körperlich, keine drohungen, ich glaube nicht, glaube nicht
