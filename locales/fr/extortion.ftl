### Détails d'un chantage ou d'une sextorsion.

extortion-threat = Je suis désolé que cela vous arrive. Ce n'est pas de votre faute. Qu'est-ce que cette personne menace de faire ?
extortion-threat-intimate_images = Diffuser des photos ou vidéos intimes
extortion-threat-personal_data = Publier mes données personnelles
extortion-threat-other = Autre chose
extortion-images = Cette personne a-t-elle vraiment des photos ou des vidéos ? Toute réponse est acceptable, et vous n'avez pas à me dire ce qu'elles montrent.
extortion-images-real = Oui, elle en a de vraies
extortion-images-fake = Elles sont fausses ou retouchées
extortion-images-not_seen = Elle le dit, mais je n'en ai vu aucune
extortion-minor = La personne sur les photos ou les vidéos a-t-elle moins de 18 ans ?
extortion-minor-yes = Oui, moins de 18 ans
extortion-minor-no = Non, 18 ans ou plus
extortion-demand = Qu'est-ce que cette personne vous demande ? Si c'est de l'argent, écrivez le montant et la monnaie, par exemple « 500 euros ». S'il n'y a pas de demande, appuyez sur « Passer ».
extortion-paid = Avez-vous déjà payé quelque chose ?
extortion-paid-yes = Oui
extortion-paid-no = Non
extortion-deadline = Cette personne vous a-t-elle donné un délai ?
extortion-deadline-within_day = Oui, moins d'un jour
extortion-deadline-later = Oui, plus d'un jour
extortion-deadline-no = Pas de délai
extortion-deadline-unsure = Je ne sais pas
extortion-safety_note =
    Merci de me l'avoir dit. En attendant un bénévole :
    1. S'il vous plaît, ne payez plus rien et arrêtez de répondre à cette personne. Payer arrête rarement les menaces : en général, elle en demande encore plus.
    2. Gardez tout : faites des captures d'écran des messages, de son profil et de son nom d'utilisateur, et des informations de paiement qu'elle vous a envoyées.
    3. Ensuite, signalez le compte à la plateforme et bloquez-le.
    4. Pour l'instant, passez vos propres comptes en privé et cachez votre liste d'amis ou d'abonnés.
    Vous n'avez rien fait de mal. C'est la personne qui vous menace qui commet un délit.
extortion-safety_note_images =
    Merci de me l'avoir dit. Ce n'est pas de votre faute. En attendant un bénévole :
    1. S'il vous plaît, ne payez pas et arrêtez de répondre à cette personne. Payer arrête rarement les menaces : en général, elle en demande encore plus.
    2. Gardez tout : faites des captures d'écran des messages, de son profil et de son nom d'utilisateur, et des informations de paiement qu'elle vous a envoyées. N'envoyez plus aucune photo.
    3. StopNCII.org peut aider à empêcher la diffusion de vos images intimes sur de nombreuses grandes plateformes. Les images ne quittent jamais votre téléphone.
    4. Signalez le compte à la plateforme, puis bloquez-le. Passez vos propres comptes en privé et cachez votre liste d'amis ou d'abonnés.
    C'est la personne qui vous menace qui commet un délit. Vous n'avez rien fait de mal.
extortion-safety_note_minor =
    Merci de me l'avoir dit. Ce n'est pas de votre faute, et vous n'aurez pas d'ennuis. En attendant un bénévole :
    1. S'il vous plaît, ne payez pas, n'envoyez plus aucune photo et arrêtez de répondre à cette personne.
    2. Take It Down (takeitdown.ncmec.org) aide à retirer ou à bloquer la diffusion de photos prises avant 18 ans. Les photos ne quittent jamais votre téléphone.
    3. Gardez les messages et son nom d'utilisateur : faites des captures d'écran. Ensuite, signalez le compte et bloquez-le.
    4. Si vous le pouvez, parlez-en à un adulte de confiance. Ce que fait cette personne est un crime grave, et la police peut vous aider.

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = La menace
extortion-images-label = Photos ou vidéos
extortion-minor-label = Moins de 18 ans
extortion-demand-label = Ce qui est demandé
extortion-paid-label = Déjà payé
extortion-deadline-label = Délai

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = intime, intimes, photos, images, vidéos, nudes, photos nues, photos intimes, vidéos intimes, mes photos
extortion-threat-personal_data-words = données personnelles, mes données, données, mon adresse, adresse, informations personnelles, doxxing, publier mes données, publier mon adresse, publier mes données personnelles, diffuser mes données, diffuser mon adresse, divulguer mes données
extortion-threat-other-words = autre, autre chose
extortion-images-real-words = vraies, elles sont vraies, elle en a, il en a, ils en ont, oui elle en a, oui il en a, de vraies photos, je les ai envoyées, je lui ai envoyé des photos
extortion-images-fake-words = fausses, elles sont fausses, retouchées, truquées, montage, photoshop, ia, deepfake, ce n'est pas moi, c'est pas moi
extortion-images-not_seen-words = je n'en ai vu aucune, je n'ai rien vu, pas vu, elle le dit seulement, il le dit seulement, ils le disent, je ne sais pas, je sais pas, sais pas, pas sûr, pas sûre, je ne suis pas sûr, je ne suis pas sûre
extortion-minor-yes-words = moins de 18 ans, j'ai moins de 18 ans, mineur, mineure, je suis mineur, je suis mineure, enfant, un enfant, une enfant
extortion-minor-no-words = plus de 18 ans, 18 ans ou plus, majeur, majeure, je suis majeur, je suis majeure, adulte, je suis adulte
extortion-paid-yes-words = payé, j'ai payé, oui j'ai payé
extortion-paid-no-words = rien, pas payé, je n'ai pas payé, rien payé, pas encore
extortion-deadline-within_day-words = aujourd'hui, ce soir, demain, moins d'un jour, 24 heures, 24h, dans 24 heures, en 24 heures, quelques heures, heures, d'ici ce soir, d'ici demain
extortion-deadline-later-words = plus tard, dans quelques jours, la semaine prochaine, jours, une semaine, oui plus tard, quelques jours
extortion-deadline-no-words = pas de délai, il n'y a pas de délai, aucun délai, aucun, pas de date limite
extortion-deadline-unsure-words = je ne sais pas, je sais pas, sais pas, jsp, pas sûr, pas sûre, je ne suis pas sûr, je ne suis pas sûre, peut-être
