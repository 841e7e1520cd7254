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
intake-summary =
    Voici ce que j'ai compris :
    • Ce qui s'est passé : { $category }
    • Quand : { $when }
    • Toujours en cours : { $ongoing }
    • Fichiers envoyés : { $evidence }
    • Contact : { $contact_pref }
    • Votre récit : { $story }

    Est-ce correct ? Si vous confirmez, je le transmets à un bénévole.
intake-summary-confirm = Oui, envoyer
intake-summary-edit = Non, modifier mes réponses
intake-submitted = Merci. Votre signalement est enregistré sous la référence { $reference }. Gardez bien cette référence. Un bénévole va le lire et vous contactera dès que possible. D'ici là : ne payez rien, ne supprimez aucun message et, si vous vous sentez en danger, appelez le numéro d'urgence de votre pays. Vous pouvez écrire /status à tout moment.
