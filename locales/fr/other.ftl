### Autre chose, ou la personne ne sait pas ce que c'est : d'abord ses propres mots.

other-story = Ce n'est pas grave : vous n'avez pas besoin de savoir comment cela s'appelle. Racontez-moi avec vos mots ce qui se passe. Écrivez autant ou aussi peu que vous voulez. Il n'y a pas de mauvaise réponse.
other-concern = Merci. Qu'est-ce qui vous inquiète le plus en ce moment ?
other-concern-money = L'argent
other-concern-accounts = Mes comptes ou mes appareils
other-concern-safety = Ma sécurité ou celle de quelqu'un
other-concern-privacy = Mes informations privées
other-concern-unsure = Je ne sais pas
other-paid = Avez-vous perdu de l'argent, ou payé quelqu'un ?
other-paid-yes = Oui
other-paid-no = Non
other-first_aid =
    Merci. Vous avez bien fait d'écrire. En attendant un bénévole :
    1. S'il vous plaît, ne payez personne et ne donnez ni codes ni mots de passe, même à quelqu'un qui dit venir de votre banque, de la police ou d'une entreprise.
    2. Gardez tout : captures d'écran, messages, e-mails, reçus. Ne supprimez rien pour l'instant.
    3. Si vous pensez que quelqu'un peut entrer dans vos comptes, changez vos mots de passe depuis un appareil de confiance.

## Short names of the questions (the summary, the list of answers to change)
other-story-label = Votre récit
other-concern-label = Inquiétude principale
other-paid-label = Argent perdu

## Words a person may type instead of pressing a button, comma separated
other-concern-money-words = argent, mon argent, l'argent, paiement
other-concern-accounts-words = comptes, mes comptes, compte, mon compte, appareils, mon téléphone, mon ordinateur
other-concern-safety-words = sécurité, ma sécurité, j'ai peur, danger, je suis en danger
other-concern-privacy-words = vie privée, ma vie privée, informations privées, mes informations, mes données, données, mes photos
other-concern-unsure-words = je ne sais pas, je sais pas, sais pas, jsp, pas sûr, pas sûre, je ne suis pas sûr, je ne suis pas sûre, peut-être
other-paid-yes-words = j'ai perdu de l'argent, j'ai payé, oui j'ai payé, payé, argent perdu
other-paid-no-words = je n'ai pas payé, pas payé, rien, pas d'argent
