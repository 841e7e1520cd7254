### A device lost, stolen or seized.

device-device_event = Das tut mir leid. Was ist mit dem Gerät passiert?
device-device_event-lost = Es ist verloren gegangen
device-device_event-stolen = Es wurde gestohlen
device-device_event-seized = Polizei oder Behörden haben es mitgenommen
device-device_type = Was für ein Gerät ist es?
device-device_type-phone = Ein Handy
device-device_type-laptop = Ein Laptop oder Computer
device-device_type-tablet = Ein Tablet
device-device_type-other = Etwas anderes
device-screen_lock = War es mit einer PIN, einem Passwort, Ihrem Fingerabdruck oder Ihrem Gesicht gesperrt?
device-screen_lock-yes = Ja
device-screen_lock-no = Nein
device-screen_lock-unsure = Ich bin nicht sicher
device-first_aid =
    Danke. Während Sie auf jemanden aus unserem Team warten, helfen diese Schritte am meisten:
    1. Ändern Sie auf einem anderen Gerät, dem Sie vertrauen, die Passwörter Ihrer E-Mail und Ihrer wichtigsten Konten, und melden Sie dort das verlorene Gerät ab.
    2. Sperren Sie das Gerät mit „Mein Gerät finden“ (Android) oder „Wo ist?“ (Apple), oder löschen Sie es, wenn Sie es nicht zurückbekommen.
    3. Wenn es ein Handy war, rufen Sie Ihren Mobilfunkanbieter an und lassen Sie die SIM-Karte sperren, damit niemand Ihre SMS-Codes bekommt.
    4. Warnen Sie Ihre Kontakte, dass Nachrichten von diesem Gerät vielleicht nicht von Ihnen stammen.
    5. Wenn es gestohlen wurde, zeigen Sie es bei der Polizei an. Die IMEI-Nummer auf der Verpackung oder der Rechnung hilft dabei.
device-first_aid_seized =
    Danke. Das kann sehr beängstigend sein. Während Sie auf jemanden aus unserem Team warten:
    1. Bitte versuchen Sie nicht, das Gerät selbst zu löschen, bevor Sie mit einem Anwalt oder einer Anwältin gesprochen haben: Das könnte Ihnen rechtliche Probleme bereiten.
    2. Melden Sie das Gerät auf einem anderen Gerät, dem Sie vertrauen, von Ihren Konten ab (E-Mail, WhatsApp, Signal, Telegram, soziale Medien) und ändern Sie Ihre Passwörter.
    3. Warnen Sie die Menschen in Ihren Kontakten, die gefährdet sein könnten.
    4. Schreiben Sie auf, wann, wo und von wem es mitgenommen wurde, und bewahren Sie alle Papiere auf, die Sie bekommen haben.

## Short names of the questions (the summary, the list of answers to change)
device-device_event-label = Was mit dem Gerät passiert ist
device-device_type-label = Art des Geräts
device-screen_lock-label = Mit PIN oder Passwort gesperrt

## Words a person may type instead of pressing a button, comma separated
device-device_event-lost-words = verloren, ich habe es verloren, verloren gegangen, weg, verschwunden, ich finde es nicht
device-device_event-stolen-words = gestohlen, geklaut, es wurde gestohlen, jemand hat es gestohlen, diebstahl, ausgeraubt
device-device_event-seized-words = beschlagnahmt, polizei, konfisziert, die polizei hat es mitgenommen, behörden, grenze, abgenommen
device-device_type-phone-words = handy, telefon, mein handy, smartphone, iphone, android, mobiltelefon
device-device_type-laptop-words = laptop, computer, mein laptop, mein computer, pc, macbook, notebook, rechner
device-device_type-tablet-words = tablet, ipad
device-device_type-other-words = anderes, etwas anderes
device-screen_lock-yes-words = war gesperrt, ja war gesperrt, pin, passwort, fingerabdruck, face id, gesichtserkennung
device-screen_lock-no-words = nicht gesperrt, war nicht gesperrt, keine pin, kein passwort
device-screen_lock-unsure-words = weiß nicht, ich weiß nicht, nicht sicher, unsicher, keine ahnung, vielleicht
