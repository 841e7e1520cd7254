### Détails d'un chantage ou d'une sextorsion.

extortion-threat = Je suis désolé que cela vous arrive. Ce n'est pas de votre faute. Qu'est-ce que cette personne menace de faire ?
extortion-threat-intimate_images = Diffuser des photos ou vidéos intimes
extortion-threat-personal_data = Publier mes données personnelles
extortion-threat-other = Autre chose
extortion-demand = Qu'est-ce que cette personne vous demande ? Si c'est de l'argent, écrivez le montant et la monnaie, par exemple « 500 euros ». S'il n'y a pas de demande, appuyez sur « Passer ».
extortion-paid = Avez-vous déjà payé quelque chose ?
extortion-paid-yes = Oui
extortion-paid-no = Non
extortion-safety_note = Important : pour l'instant, ne payez plus rien et ne répondez pas à cette personne. Payer arrête rarement les menaces. Gardez les messages : ce sont des preuves.

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = La menace
extortion-demand-label = Ce qui est demandé
extortion-paid-label = Déjà payé

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = intime, intimes, photos, images, vidéos, nudes, photos nues, photos intimes, vidéos intimes, mes photos
extortion-threat-personal_data-words = données personnelles, mes données, données, mon adresse, adresse, informations personnelles
extortion-threat-other-words = autre, autre chose
extortion-paid-yes-words = payé, j'ai payé, oui j'ai payé
extortion-paid-no-words = rien, pas payé, je n'ai pas payé, rien payé, pas encore
