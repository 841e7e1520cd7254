### Le parcours d'accueil : premier contact avec une personne attaquée, arnaquée ou menacée en ligne.

intake-greeting = Bonjour. Vous êtes sur un service d'aide gratuit pour les personnes victimes de piratage, d'arnaques ou de menaces en ligne. Vous avez bien fait d'écrire, et nous sommes là pour vous. Je vais vous poser quelques questions courtes pour qu'un bénévole puisse vous aider.
intake-consent = Avant de commencer : ce que vous me dites est gardé en sécurité et n'est vu que par nos bénévoles, pour vous aider. Vous pouvez me demander de tout effacer à tout moment en écrivant /forget. Êtes-vous d'accord ?
intake-consent-agree = Oui, continuer
intake-consent-decline = Non, pas maintenant
intake-declined = Pas de souci. Rien n'a été enregistré. Si vous changez d'avis, écrivez simplement /start. Prenez soin de vous.
intake-category = Que s'est-il passé ? Choisissez ce qui correspond le mieux. En cas de doute, choisissez « Autre chose ».
intake-category-hacked_account = Un de mes comptes a été piraté
intake-category-ransomware = Fichiers bloqués, rançon demandée
intake-category-extortion = On me menace ou on me fait chanter
intake-category-scam = Arnaque ou argent perdu
intake-category-harassment = On me harcèle en ligne
intake-category-other = Autre chose
intake-story = Racontez-moi avec vos mots ce qui s'est passé. Écrivez autant ou aussi peu que vous voulez. Il n'y a pas de mauvaise réponse.
intake-when = Quand est-ce arrivé, ou quand est-ce que ça a commencé ? Vous pouvez écrire par exemple « hier », « lundi dernier » ou « 3 mai ». Si vous ne savez pas, écrivez « je ne sais pas ».
intake-ongoing = Est-ce que ça continue en ce moment ?
intake-ongoing-yes = Oui, ça continue
intake-ongoing-no = Non, c'est terminé
intake-ongoing-unsure = Je ne sais pas
intake-evidence = Si vous avez des captures d'écran, des messages ou des fichiers sur ce qui s'est passé, vous pouvez les envoyer maintenant. Pour l'instant, ne supprimez rien : cela peut servir. Quand vous avez fini, appuyez sur « Terminé ». Si vous n'avez rien, appuyez sur « Passer ».
intake-contact_pref = Comment voulez-vous qu'un bénévole vous contacte ?
intake-contact_pref-here = Ici, dans cette conversation
intake-contact_pref-email = Par e-mail
intake-contact_pref-phone = Par téléphone
intake-email = Quelle adresse e-mail devons-nous utiliser ? Si vous pensez que quelqu'un d'autre peut lire vos e-mails, donnez une autre adresse ou appuyez sur « Passer ».
intake-phone = Quel numéro de téléphone devons-nous utiliser ? Indiquez l'indicatif du pays, par exemple +41 79 123 45 67.
intake-contact_here = Pas de souci : un bénévole vous répondra ici, dans cette conversation.
intake-summary =
    Voici ce que j'ai compris :
    { $summary }

    Est-ce correct ? Si vous confirmez, je le transmets à un bénévole. Si quelque chose ne va pas, vous pouvez le corriger.
intake-summary-confirm = Oui, envoyer
intake-summary-edit = Non, corriger une réponse
intake-submitted = Merci. Votre signalement est enregistré sous la référence { $reference }. Gardez bien cette référence. Un bénévole va le lire et vous contactera dès que possible. D'ici là : ne payez rien, ne supprimez aucun message et, si vous vous sentez en danger, appelez le numéro d'urgence de votre pays. Vous pouvez écrire /status à tout moment.

## Short names of the questions: the lines of the summary and the list of answers to change
intake-consent-label = Accord
intake-category-label = Ce qui s'est passé
intake-story-label = Votre récit
intake-when-label = Quand
intake-ongoing-label = Toujours en cours
intake-evidence-label = Fichiers envoyés
intake-contact_pref-label = Contact
intake-email-label = Adresse e-mail
intake-phone-label = Numéro de téléphone

## Words a person may type instead of pressing a button, comma separated (besides the label, its
## number and, for yes / no buttons, words-yes / words-no in common.ftl). Case and accents do not matter.
intake-consent-agree-words = ok, d'accord, dac, ça marche, ça me va, je suis d'accord, continuer, on continue, allez, vas-y, pas de souci
intake-consent-decline-words = pas maintenant, non merci, plus tard, je ne suis pas d'accord, pas d'accord
intake-category-hacked_account-words = piratage, piraté, compte piraté, hacké, on m'a piraté, mon compte a été piraté, compte
intake-category-ransomware-words = rançongiciel, ransomware, rançon, fichiers bloqués, fichiers chiffrés, virus
intake-category-extortion-words = chantage, menace, menaces, sextorsion, extorsion, on me menace, on me fait chanter
intake-category-scam-words = arnaque, arnaqué, arnaquée, escroquerie, fraude, argent perdu, j'ai perdu de l'argent
intake-category-harassment-words = harcèlement, harcelé, harcelée, cyberharcèlement, on me harcèle
intake-category-other-words = autre, autre chose, je ne sais pas, sais pas
intake-ongoing-yes-words = ça continue, toujours, encore, toujours en cours, en cours
intake-ongoing-no-words = c'est fini, terminé, fini, ça s'est arrêté, arrêté, c'est terminé
intake-ongoing-unsure-words = je ne sais pas, sais pas, jsp, pas sûr, pas sûre, je ne suis pas sûr, je ne suis pas sûre, peut-être
intake-contact_pref-here-words = ici, dans cette conversation, chat, par message, messages
intake-contact_pref-email-words = e-mail, email, mail, courriel, par mail, par e-mail
intake-contact_pref-phone-words = téléphone, tel, tél, appel, appelez-moi, par téléphone
intake-summary-confirm-words = ok, d'accord, c'est correct, correct, c'est bon, c'est juste, exact, envoyer, envoie, envoyez, valider
intake-summary-edit-words = modifier, corriger, changer, ce n'est pas correct, pas correct, c'est faux, faux, erreur
