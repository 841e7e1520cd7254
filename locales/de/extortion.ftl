### Einzelheiten zu Erpressung und Sextortion (Erpressung mit Nacktbildern).

extortion-threat = Es tut mir leid, dass Ihnen das passiert. Es ist nicht Ihre Schuld. Womit droht die Person?
extortion-threat-intimate_images = Intime Fotos oder Videos verbreiten
extortion-threat-personal_data = Meine persönlichen Daten veröffentlichen
extortion-threat-other = Etwas anderes
extortion-images = Hat die Person wirklich Bilder oder Videos? Jede Antwort ist in Ordnung, und Sie müssen mir nicht sagen, was darauf zu sehen ist.
extortion-images-real = Ja, sie hat echte
extortion-images-fake = Sie sind gefälscht oder bearbeitet
extortion-images-not_seen = Das wird behauptet, aber ich habe keine gesehen
extortion-minor = Ist die Person auf den Bildern oder Videos unter 18?
extortion-minor-yes = Ja, unter 18
extortion-minor-no = Nein, 18 oder älter
extortion-demand = Was verlangt die Person? Wenn es um Geld geht, schreiben Sie den Betrag und die Währung, zum Beispiel „500 Euro“. Wenn nichts verlangt wird, tippen Sie auf „Überspringen“.
extortion-paid = Haben Sie bisher etwas bezahlt?
extortion-paid-yes = Ja
extortion-paid-no = Nein
extortion-deadline = Hat man Ihnen eine Frist gesetzt?
extortion-deadline-within_day = Ja, innerhalb eines Tages
extortion-deadline-later = Ja, eine längere
extortion-deadline-no = Keine Frist
extortion-deadline-unsure = Ich bin nicht sicher
extortion-safety_note =
    Danke, dass Sie es mir erzählen. Während Sie auf jemanden aus unserem Team warten:
    1. Bitte zahlen Sie nichts mehr und antworten Sie nicht mehr. Eine Zahlung beendet die Drohungen nur selten: Meist wird dann mehr verlangt.
    2. Bewahren Sie alles auf: Machen Sie Screenshots der Nachrichten, des Profils und des Benutzernamens und aller Zahlungsdaten, die man Ihnen geschickt hat.
    3. Melden Sie dann das Konto bei der Plattform und blockieren Sie es.
    4. Stellen Sie Ihre eigenen Konten vorerst auf privat und verbergen Sie Ihre Freundes- oder Follower-Liste.
    Sie haben nichts falsch gemacht. Die Person, die Sie bedroht, begeht eine Straftat.
extortion-safety_note_images =
    Danke, dass Sie es mir erzählen. Es ist nicht Ihre Schuld. Während Sie auf jemanden aus unserem Team warten:
    1. Bitte zahlen Sie nicht und antworten Sie nicht mehr. Eine Zahlung beendet die Drohungen nur selten: Meist wird dann mehr verlangt.
    2. Bewahren Sie alles auf: Machen Sie Screenshots der Nachrichten, des Profils und des Benutzernamens und aller Zahlungsdaten, die man Ihnen geschickt hat. Schicken Sie keine weiteren Bilder.
    3. StopNCII.org kann helfen zu verhindern, dass Ihre intimen Bilder auf vielen großen Plattformen geteilt werden. Die Bilder verlassen dabei nie Ihr Handy.
    4. Melden Sie das Konto bei der Plattform und blockieren Sie es dann. Stellen Sie Ihre eigenen Konten auf privat und verbergen Sie Ihre Freundes- oder Follower-Liste.
    Die Person, die Sie bedroht, begeht eine Straftat. Sie haben nichts falsch gemacht.
extortion-safety_note_minor =
    Danke, dass Sie es mir erzählen. Es ist nicht Ihre Schuld, und Sie bekommen keinen Ärger. Während Sie auf jemanden aus unserem Team warten:
    1. Bitte zahlen Sie nicht, schicken Sie keine weiteren Bilder und antworten Sie nicht mehr.
    2. Take It Down (takeitdown.ncmec.org) hilft dabei, Bilder, die vor dem 18. Geburtstag entstanden sind, zu entfernen oder ihre Verbreitung zu stoppen. Die Bilder verlassen dabei nie Ihr Handy.
    3. Bewahren Sie die Nachrichten und den Benutzernamen auf: Machen Sie Screenshots. Melden Sie dann das Konto und blockieren Sie es.
    4. Wenn Sie können, erzählen Sie es einem Erwachsenen, dem Sie vertrauen. Was diese Person tut, ist eine schwere Straftat, und die Polizei kann helfen.

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = Womit gedroht wird
extortion-images-label = Bilder oder Videos
extortion-minor-label = Unter 18
extortion-demand-label = Was verlangt wird
extortion-paid-label = Schon bezahlt
extortion-deadline-label = Frist

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = intim, intime bilder, fotos, bilder, videos, nacktbilder, nacktfotos, intime fotos, meine fotos
extortion-threat-personal_data-words = daten, meine daten, persönliche daten, adresse, meine adresse, persönliche informationen, doxxing, meine daten veröffentlichen, meine adresse veröffentlichen, meine persönlichen daten veröffentlichen, meine daten leaken, meine adresse posten
extortion-threat-other-words = anderes, etwas anderes
extortion-images-real-words = echt, sie sind echt, echte, sie hat welche, ja sie hat welche, ich habe sie geschickt, ich habe bilder geschickt
extortion-images-fake-words = fake, gefälscht, bearbeitet, photoshop, ki, deepfake, das bin nicht ich, bin ich nicht
extortion-images-not_seen-words = ich habe keine gesehen, keine gesehen, nicht gesehen, sie behaupten es nur, nur behauptet, weiß nicht, ich weiß nicht, nicht sicher
extortion-minor-yes-words = unter 18, ich bin unter 18, minderjährig, ich bin minderjährig, kind, ein kind, jugendlich
extortion-minor-no-words = über 18, 18 oder älter, volljährig, ich bin volljährig, erwachsen, ich bin erwachsen
extortion-paid-yes-words = bezahlt, ich habe bezahlt, gezahlt, ja bezahlt
extortion-paid-no-words = nichts, nicht bezahlt, noch nicht, nichts bezahlt, ich habe nicht bezahlt
extortion-deadline-within_day-words = heute, heute abend, heute nacht, morgen, innerhalb eines tages, 24 stunden, in 24 stunden, ein paar stunden, stunden, bis heute abend, bis morgen
extortion-deadline-later-words = später, in ein paar tagen, nächste woche, tage, eine woche, ja später
extortion-deadline-no-words = keine frist, es gibt keine frist, ohne frist, kein zeitlimit
extortion-deadline-unsure-words = weiß nicht, ich weiß nicht, nicht sicher, unsicher, keine ahnung, vielleicht
