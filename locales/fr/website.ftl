### Un site web en panne ou attaqué (DDoS, défiguration).

website-website = C'est stressant. Quelle est l'adresse du site ? Par exemple « example.org ». Si vous préférez ne pas la donner, appuyez sur « Passer ».
website-site_problem = Quel est le problème avec le site ?
website-site_problem-down = Il ne s'ouvre plus du tout
website-site_problem-slow = Il est très lent
website-site_problem-defaced = Il affiche des choses que nous n'y avons pas mises
website-site_problem-unsure = Je ne sais pas
website-hosting_known = Savez-vous qui héberge le site, et pouvez-vous le joindre ? C'est l'entreprise ou la personne qui gère son serveur.
website-hosting_known-yes = Oui
website-hosting_known-no = Non
website-first_aid =
    Merci. En attendant un bénévole :
    1. Vérifiez s'il est inaccessible pour tout le monde : essayez depuis un autre réseau, par exemple les données mobiles de votre téléphone.
    2. Dites à votre hébergeur ou à votre administrateur web ce que vous voyez, et demandez-lui de conserver ses journaux (logs).
    3. Si quelqu'un a modifié le site : faites des captures d'écran, ne supprimez rien pour l'instant, et changez les mots de passe du site et du compte d'hébergement depuis un appareil de confiance.
    4. Si quelqu'un demande de l'argent pour arrêter une attaque : s'il vous plaît, ne payez pas. Gardez son message.
    Il existe une protection gratuite contre ces attaques pour les associations et les médias indépendants. Un bénévole peut vous aider à la demander.

## Short names of the questions (the summary, the list of answers to change)
website-website-label = Site web
website-site_problem-label = Problème
website-hosting_known-label = Hébergeur connu

## Words a person may type instead of pressing a button, comma separated
website-site_problem-down-words = en panne, hors ligne, inaccessible, il ne s'ouvre pas, il ne s'ouvre plus, ne s'ouvre pas, ne charge pas, ne marche plus, ne fonctionne plus
website-site_problem-slow-words = lent, très lent, il est lent, ça rame, charge lentement
website-site_problem-defaced-words = défiguré, piraté, modifié, quelqu'un l'a modifié, contenu bizarre, contenu étrange, il affiche des choses bizarres
website-site_problem-unsure-words = je ne sais pas, je sais pas, sais pas, jsp, pas sûr, pas sûre, je ne suis pas sûr, je ne suis pas sûre, peut-être
website-hosting_known-yes-words = je sais, on sait, oui je sais, oui on sait, nous savons
website-hosting_known-no-words = je ne sais pas, je sais pas, on ne sait pas, aucune idée, sais pas, nous ne savons pas
