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
