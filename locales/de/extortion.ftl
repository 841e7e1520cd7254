### Einzelheiten zu Erpressung und Sextortion (Erpressung mit Nacktbildern).

extortion-threat = Es tut mir leid, dass Ihnen das passiert. Es ist nicht Ihre Schuld. Womit droht die Person?
extortion-threat-intimate_images = Intime Fotos oder Videos verbreiten
extortion-threat-personal_data = Meine persönlichen Daten veröffentlichen
extortion-threat-other = Etwas anderes
extortion-demand = Was verlangt die Person? Wenn es um Geld geht, schreiben Sie den Betrag und die Währung, zum Beispiel „500 Euro“. Wenn nichts verlangt wird, tippen Sie auf „Überspringen“.
extortion-paid = Haben Sie bisher etwas bezahlt?
extortion-paid-yes = Ja
extortion-paid-no = Nein
extortion-safety_note = Wichtig: Bitte zahlen Sie nichts mehr und antworten Sie der Person vorerst nicht. Eine Zahlung beendet die Drohungen nur selten. Bewahren Sie die Nachrichten auf, denn sie sind Beweise.

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = Womit gedroht wird
extortion-demand-label = Was verlangt wird
extortion-paid-label = Schon bezahlt

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = intim, intime bilder, fotos, bilder, videos, nacktbilder, nacktfotos, intime fotos, meine fotos
extortion-threat-personal_data-words = daten, meine daten, persönliche daten, adresse, meine adresse
extortion-threat-other-words = anderes, etwas anderes
extortion-paid-yes-words = bezahlt, ich habe bezahlt, gezahlt, ja bezahlt
extortion-paid-no-words = nichts, nicht bezahlt, noch nicht, nichts bezahlt, ich habe nicht bezahlt
