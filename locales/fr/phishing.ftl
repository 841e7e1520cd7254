### Un message ou un lien suspect : ce que la personne en a fait, et que faire maintenant.

phishing-clicked = Merci de vérifier avec nous. Avez-vous cliqué sur un lien ou ouvert un fichier dans ce message ?
phishing-clicked-yes = Oui
phishing-clicked-no = Non
phishing-clicked-unsure = Je ne sais pas
phishing-entered = Sur la page qui s'est ouverte, avez-vous tapé quelque chose ?
phishing-entered-password = Un mot de passe
phishing-entered-card = Des coordonnées bancaires ou de carte
phishing-entered-both = Un mot de passe et des coordonnées de carte
phishing-entered-nothing = Rien
phishing-entered-unsure = Je ne sais pas
phishing-paid = Avez-vous payé quelque chose par ce moyen ?
phishing-paid-yes = Oui
phishing-paid-no = Non
phishing-first_aid =
    Merci. Cela peut arriver à tout le monde : ces messages sont faits pour avoir l'air vrais. Ce qui aide le plus maintenant :
    1. Si vous avez donné des coordonnées bancaires ou de carte, ou si vous avez payé : appelez votre banque tout de suite, au numéro inscrit sur votre carte, et demandez-lui de bloquer la carte.
    2. Si vous avez tapé un mot de passe : changez-le tout de suite depuis un appareil de confiance, et partout ailleurs où vous l'utilisez. Activez la validation en deux étapes.
    3. Si vous avez ouvert un fichier : déconnectez cet appareil d'internet et ne l'utilisez pas pour votre banque tant qu'il n'a pas été vérifié.
    4. Ne répondez pas et ne cliquez plus. Gardez le message (une capture d'écran suffit), puis signalez-le comme hameçonnage ou indésirable.

## Short names of the questions (the summary, the list of answers to change)
phishing-clicked-label = Cliqué ou ouvert
phishing-entered-label = Tapé sur la page
phishing-paid-label = Payé quelque chose

## Words a person may type instead of pressing a button, comma separated
phishing-clicked-yes-words = oui j'ai cliqué, j'ai cliqué, j'ai cliqué dessus, j'ai cliqué sur le lien, cliqué, oui je l'ai ouvert, je l'ai ouvert, j'ai ouvert le fichier, ouvert
phishing-clicked-no-words = non je n'ai pas cliqué, je n'ai pas cliqué, j'ai pas cliqué, pas cliqué, je ne l'ai pas ouvert, je n'ai rien ouvert
phishing-clicked-unsure-words = je ne sais pas, je sais pas, sais pas, jsp, pas sûr, pas sûre, je ne suis pas sûr, je ne suis pas sûre, peut-être, je crois, je crois que oui, je pense que oui
phishing-entered-password-words = mot de passe, mon mot de passe, j'ai tapé mon mot de passe, j'ai mis mon mot de passe, identifiants, mes identifiants, login
phishing-entered-card-words = carte, ma carte, carte bancaire, coordonnées bancaires, numéro de carte, carte de crédit, iban, rib
phishing-entered-both-words = les deux, mot de passe et carte, carte et mot de passe, tout
phishing-entered-nothing-words = rien, non, rien du tout, je n'ai rien tapé, je n'ai rien mis, aucun
phishing-entered-unsure-words = je ne sais pas, je sais pas, sais pas, jsp, pas sûr, pas sûre, je ne suis pas sûr, je ne suis pas sûre, peut-être
phishing-paid-yes-words = j'ai payé, oui j'ai payé, payé
phishing-paid-no-words = je n'ai pas payé, pas payé, rien
