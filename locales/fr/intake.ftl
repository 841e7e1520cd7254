### Le parcours d'accueil : premier contact avec une personne attaquée, arnaquée ou menacée en ligne.

intake-greeting = Bonjour. Vous êtes sur un service d'aide gratuit pour les personnes victimes de piratage, d'arnaques ou de menaces en ligne. Vous avez bien fait d'écrire, et nous sommes là pour vous. Je vais vous poser quelques questions courtes pour qu'un bénévole puisse vous aider.
intake-consent = Avant de commencer : ce que vous me dites est gardé en sécurité et n'est vu que par nos bénévoles, pour vous aider. Vous pouvez me demander de tout effacer à tout moment en écrivant /forget. Êtes-vous d'accord ?
intake-consent-agree = Oui, continuer
intake-consent-decline = Non, pas maintenant
intake-declined = Pas de souci. Rien n'a été enregistré. Si vous changez d'avis, écrivez simplement /start. Prenez soin de vous.
intake-category = Que s'est-il passé ? Choisissez ce qui correspond le mieux. En cas de doute, choisissez « Autre chose ».
intake-category-hacked_account = Un de mes comptes a été piraté
intake-category-phishing = Un message ou un lien suspect
intake-category-ransomware = Fichiers bloqués ou virus
intake-category-extortion = On me menace ou on me fait chanter
intake-category-scam = Arnaque ou argent perdu
intake-category-harassment = On me harcèle, me suit ou se fait passer pour moi
intake-category-data_leak = Mes données personnelles ont fuité
intake-category-device = Un appareil perdu, volé ou saisi
intake-category-ddos = Un site web en panne ou attaqué
intake-category-other = Autre chose, ou je ne sais pas
intake-recovery_warning = Encore une chose, parce que vous avez perdu de l'argent. Dans les semaines qui viennent, quelqu'un pourrait vous contacter pour vous proposer de récupérer votre argent contre paiement. Cette personne peut dire qu'elle est avocat, policier, de votre banque ou d'une société de récupération. Ce sont presque toujours les mêmes escrocs. Personne d'honnête ne vous demandera de payer d'abord pour récupérer votre argent. Si cela arrive, ne payez pas, et prévenez-nous.
intake-affected = Encore quelques questions pour le bénévole. Qui est touché par ce problème ?
intake-affected-me = Moi
intake-affected-someone_else = Quelqu'un d'autre (un ami, un proche)
intake-affected-organisation = Une organisation
intake-organisation_type = De quel type d'organisation s'agit-il ?
intake-organisation_type-ngo = Une association ou une ONG
intake-organisation_type-hospital = Un hôpital ou un service de santé
intake-organisation_type-school = Une école ou une université
intake-organisation_type-business = Une entreprise
intake-organisation_type-public_body = Un organisme public ou une collectivité locale
intake-organisation_type-other = Un autre type
intake-story = Racontez-moi avec vos mots ce qui s'est passé. Écrivez autant ou aussi peu que vous voulez. Il n'y a pas de mauvaise réponse.
intake-when = Quand est-ce arrivé, ou quand est-ce que ça a commencé ? Vous pouvez écrire par exemple « hier », « lundi dernier » ou « 3 mai ». Si vous ne savez pas, écrivez « je ne sais pas ».
intake-ongoing = Est-ce que ça continue en ce moment ?
intake-ongoing-yes = Oui, ça continue
intake-ongoing-no = Non, c'est terminé
intake-ongoing-unsure = Je ne sais pas
intake-evidence = Si vous avez des captures d'écran, des messages ou des fichiers sur ce qui s'est passé, vous pouvez les envoyer maintenant. Vous pouvez aussi me transférer les messages, ou coller ici leur texte (pour un e-mail, ses en-têtes aussi). Pour l'instant, ne supprimez rien : cela peut servir. Quand vous avez fini, appuyez sur « Terminé ». Si vous n'avez rien, appuyez sur « Passer ».
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
intake-affected-label = Qui est touché
intake-organisation_type-label = Organisation
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
intake-category-ransomware-words = rançongiciel, ransomware, rançon, fichiers bloqués, fichiers chiffrés, virus, logiciel malveillant, malware, mon ordinateur a un virus, mon ordi a un virus
intake-category-extortion-words = chantage, menace, menaces, sextorsion, extorsion, on me menace, on me fait chanter
intake-category-scam-words = arnaque, arnaqué, arnaquée, escroquerie, fraude, argent perdu, j'ai perdu de l'argent
intake-category-harassment-words = harcèlement, harcelé, harcelée, cyberharcèlement, on me harcèle, traque, on me traque, on me suit, usurpation, usurpation d'identité, faux profil, quelqu'un se fait passer pour moi
intake-category-phishing-words = hameçonnage, phishing, message suspect, e-mail suspect, mail suspect, lien suspect, message bizarre, lien bizarre, faux e-mail, faux mail, faux sms, un lien, lien
intake-category-data_leak-words = fuite de données, fuite, mes données ont fuité, fuité, données volées, violation de données, doxxing
intake-category-device-words = téléphone perdu, téléphone volé, portable perdu, portable volé, j'ai perdu mon téléphone, on m'a volé mon téléphone, ordinateur volé, ordinateur perdu, saisi, confisqué, appareil perdu, appareil volé
intake-category-ddos-words = ddos, site en panne, site inaccessible, site web, notre site, mon site, site attaqué
intake-category-other-words = autre, autre chose, je ne sais pas, je sais pas, sais pas, jsp, pas sûr, pas sûre
intake-affected-me-words = moi, moi-même, seulement moi, juste moi, c'est moi, moi seul, moi seule
intake-affected-someone_else-words = quelqu'un d'autre, mon ami, mon amie, un ami, une amie, un proche, famille, ma famille, ma mère, mon père, mon enfant, mon fils, ma fille, mon conjoint, ma conjointe, pas moi
intake-affected-organisation-words = organisation, une organisation, notre organisation, association, notre association, entreprise, mon entreprise, notre entreprise, société, nous sommes une organisation
intake-organisation_type-ngo-words = ong, association, asso, but non lucratif, organisation à but non lucratif, fondation, caritative, nous sommes une ong
intake-organisation_type-hospital-words = hôpital, clinique, santé, service de santé, médical, cabinet médical, ehpad, maison de retraite
intake-organisation_type-school-words = école, université, fac, collège, lycée, crèche
intake-organisation_type-business-words = entreprise, société, boutique, commerce, magasin, pme, petite entreprise
intake-organisation_type-public_body-words = organisme public, administration, gouvernement, mairie, commune, conseil municipal, ministère, collectivité, collectivité locale
intake-organisation_type-other-words = autre, un autre, autre type, un autre type, autre chose
intake-ongoing-yes-words = ça continue, toujours, encore, toujours en cours, en cours
intake-ongoing-no-words = c'est fini, terminé, fini, ça s'est arrêté, arrêté, c'est terminé
intake-ongoing-unsure-words = je ne sais pas, sais pas, jsp, pas sûr, pas sûre, je ne suis pas sûr, je ne suis pas sûre, peut-être
intake-contact_pref-here-words = ici, dans cette conversation, chat, par message, messages
intake-contact_pref-email-words = e-mail, email, mail, courriel, par mail, par e-mail
intake-contact_pref-phone-words = téléphone, tel, tél, appel, appelez-moi, par téléphone
intake-summary-confirm-words = ok, d'accord, c'est correct, correct, c'est bon, c'est juste, exact, envoyer, envoie, envoyez, valider
intake-summary-edit-words = modifier, corriger, changer, ce n'est pas correct, pas correct, c'est faux, faux, erreur
