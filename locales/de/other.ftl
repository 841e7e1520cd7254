### Something else, or the person does not know what it is: their own words first.

other-story = Das ist in Ordnung: Sie müssen nicht wissen, wie man es nennt. Erzählen Sie mir mit Ihren eigenen Worten, was passiert, so viel oder so wenig Sie möchten. Es gibt keine falschen Antworten.
other-concern = Danke. Was macht Ihnen gerade am meisten Sorgen?
other-concern-money = Geld
other-concern-accounts = Meine Konten oder Geräte
other-concern-safety = Meine Sicherheit oder die eines anderen Menschen
other-concern-privacy = Meine privaten Daten
other-concern-unsure = Ich bin nicht sicher
other-paid = Haben Sie Geld verloren oder jemandem etwas bezahlt?
other-paid-yes = Ja
other-paid-no = Nein
other-first_aid =
    Danke. Es war richtig, dass Sie geschrieben haben. Während Sie auf jemanden aus unserem Team warten:
    1. Bitte zahlen Sie niemandem etwas und geben Sie keine Codes oder Passwörter weiter, auch nicht an jemanden, der sagt, er sei von Ihrer Bank, der Polizei oder einer Firma.
    2. Bewahren Sie alles auf: Screenshots, Nachrichten, E-Mails, Quittungen. Löschen Sie vorerst nichts.
    3. Wenn Sie glauben, dass jemand in Ihre Konten kommen kann, ändern Sie Ihre Passwörter auf einem Gerät, dem Sie vertrauen.

## Short names of the questions (the summary, the list of answers to change)
other-story-label = Ihre Schilderung
other-concern-label = Größte Sorge
other-paid-label = Geld verloren

## Words a person may type instead of pressing a button, comma separated
other-concern-money-words = geld, mein geld, das geld, zahlung
other-concern-accounts-words = konten, meine konten, konto, mein konto, geräte, mein handy, mein computer
other-concern-safety-words = sicherheit, meine sicherheit, ich habe angst, angst, gefahr, ich bin in gefahr
other-concern-privacy-words = privatsphäre, private daten, meine daten, daten, persönliche daten, meine fotos
other-concern-unsure-words = weiß nicht, ich weiß nicht, nicht sicher, unsicher, keine ahnung, vielleicht
other-paid-yes-words = ich habe geld verloren, geld verloren, ich habe bezahlt, bezahlt, gezahlt
other-paid-no-words = ich habe nicht bezahlt, nicht bezahlt, nichts, kein geld
