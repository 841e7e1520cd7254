### Mots communs à tous les parcours : commandes, erreurs, confirmations.

## Le moteur
invalid-choice = Choisissez l'un des boutons ci-dessous, ou tapez son numéro.
invalid-upload = Envoyez vos captures d'écran ou vos fichiers comme photos ou documents. Quand vous avez fini, appuyez sur « Terminé ».
invalid-empty = Je n'ai pas reçu de texte. Pouvez-vous écrire votre réponse ?
stuck-offer = On dirait que cette question est difficile. Ce n'est pas grave : vous pouvez la passer, ou demander l'aide d'une personne.
back-at-start = Nous sommes déjà à la première question.
upload-received = { $count ->
    [one] J'ai bien reçu votre fichier et je l'ai mis en sécurité. Vous pouvez en envoyer d'autres, ou appuyer sur « Terminé ».
   *[other] J'ai bien reçu { $count } fichiers et je les ai mis en sécurité. Vous pouvez en envoyer d'autres, ou appuyer sur « Terminé ».
}
choice-skip = Passer
choice-human = Parler à une personne
choice-upload-done = Terminé
# under “Did you mean …?”, when part of an answer was guessed (a phone number's country code)
choice-yes = Oui
choice-no = Non
# a phone number written without its country code, read with the person's region: asked before it is kept
guess-phone = Avec l'indicatif du pays, cela donne { $answer }. Est-ce bien votre numéro ?
guess-phone-retry = D'accord. Écrivez à nouveau le numéro en commençant par l'indicatif du pays, par exemple +33 6 12 34 56 78.
value-not-given = non indiqué
value-skipped = question passée
value-files = { $count ->
    [0] aucun
    [one] 1 fichier
   *[other] { $count } fichiers
}
value-yes = oui
value-no = non
value-unknown = inconnu

## Commandes
command-start = Commencer ou reprendre
command-help = Ce que je peux faire
command-back = Revenir à la question précédente
command-restart = Tout recommencer depuis le début
command-cancel = Arrêter cette conversation
command-language = Changer de langue
command-status = Voir votre signalement
command-report = Recevoir le résumé de votre signalement (message et PDF)
command-forget = Supprimer vos données
command-human = Parler à une personne
# Messages entiers qui valent une commande, séparés par des virgules (on tape rarement la barre oblique).
command-words-start = commencer, démarrer, début
command-words-help = aide, aidez-moi, menu
command-words-back = retour, revenir, revenir en arrière, question précédente
command-words-restart = recommencer, tout recommencer, reprendre à zéro, recommencer à zéro
command-words-cancel = annuler, arrêter, quitter
command-words-language = langue, changer de langue
command-words-status = statut, suivi, mon dossier, mon signalement
command-words-report = rapport, mon rapport, résumé, mon résumé, récapitulatif, pdf
command-words-forget = oublier, oubliez-moi, effacer mes données, supprimer mes données
command-words-human = humain, parler à quelqu'un, parler à une personne, une vraie personne, conseiller, agent

welcome-back = Rebonjour ! Reprenons là où nous nous étions arrêtés.
report-button = 📄 Recevoir le résumé de mon signalement
help = Je vous aide à signaler ce qui s'est passé, pour qu'un bénévole puisse vous aider. Vous pouvez écrire à tout moment :
# one line per command under `help`, for every command there is
help-line = { $command } – { $description }
restarted = D'accord, reprenons depuis le début.
cancelled = { $cases ->
    [0] D'accord, j'arrête ici. Rien n'a été envoyé. Vous pouvez écrire /start quand vous voulez.
   *[other] D'accord, j'arrête ici. Votre signalement { $reference } reste entre les mains de nos bénévoles. Vous pouvez écrire /start quand vous voulez.
}
nothing-to-go-back = Il n'y a pas de question précédente. Écrivez /start pour commencer.
after-finish = { $cases ->
    [0] Notre conversation est terminée. Écrivez /start pour en commencer une nouvelle.
   *[other] Votre signalement { $reference } est entre les mains de nos bénévoles. Écrivez /status pour savoir où il en est, ou /start pour signaler autre chose.
}
language-pick = Quelle langue préférez-vous ?
language-set = C'est noté. Je vous écris maintenant dans cette langue : { $language }.
language-unchanged = Je continue à vous écrire dans cette langue : { $language }.
status-none = Vous n'avez pas encore de signalement chez nous.
status-case = Votre signalement { $reference } : { case-status }.
case-status = { $status ->
    [new] reçu, en attente d'un bénévole
    [escalated] transmis à nos bénévoles de permanence
    [claimed] un bénévole s'en occupe
    [resolved] résolu
   *[closed] clôturé
}
forget-confirm = Voulez-vous que je supprime tout ce que vous m'avez dit, y compris vos signalements et vos fichiers ? Ce sera définitif.
forget-yes = Oui, tout supprimer
forget-no = Non, ne rien supprimer
forget-done = Tout ce que vous m'avez dit a été supprimé. Si vous avez de nouveau besoin d'aide, écrivez-moi simplement. Prenez soin de vous.
forget-kept = D'accord, rien n'a été supprimé.
cancel-confirm = Voulez-vous vous arrêter ici ? Ce que vous m'avez dit jusqu'ici ne serait pas transmis à un bénévole.
cancel-yes = Oui, arrêter
cancel-no = Non, continuer
cancel-kept = D'accord, continuons.
cancel-unclear = Désolé, je n'ai pas compris votre réponse. Rien n'a été arrêté.
human-requested = J'ai demandé à un bénévole de vous contacter au sujet de votre signalement { $reference }. Si vous le pouvez, continuez à répondre à mes questions en attendant : cela l'aidera.
human-after-consent = Je vais demander à un bénévole de vous parler. J'ai d'abord besoin de votre accord pour garder ce que vous me dites, afin qu'il puisse le lire :
early-kept = Merci de me l'avoir dit. J'ai gardé ce que vous avez écrit : cela fera partie de votre signalement dès que vous serez d'accord.
early-story-used = J'ai noté ce que vous avez écrit au début comme votre récit de ce qui s'est passé. Vous pourrez le modifier dans le résumé.
case-taken = Un bénévole a pris en charge votre signalement { $reference } et va vous écrire ici très bientôt.
case-resolved = Votre signalement { $reference } est maintenant marqué comme résolu. Si vous avez encore besoin d'aide, écrivez-moi simplement ici.
case-nobody-yet = Je suis désolé : aucun bénévole n'a encore pu prendre en charge votre signalement { $reference }. Il reste en tête de notre liste, et quelqu'un vous écrira ici. En attendant : gardez tous les messages et les captures d'écran, ne payez personne, et changez vos mots de passe depuis un appareil de confiance. Si vous êtes en danger, appelez le numéro d'urgence de votre pays (le 112 en Europe, le 911 au Canada et aux États-Unis).
file-kept = Merci, j'ai mis votre fichier en sécurité avec votre signalement.
file-too-large = Ce fichier est trop lourd pour moi (maximum { $limit_mb } Mo). Pouvez-vous envoyer un fichier plus petit ou une capture d'écran ?
message-unsupported = Je ne peux lire que du texte, des photos et des fichiers. Pouvez-vous écrire votre réponse ?
command-unknown = Je ne connais pas cette commande. Écrivez /help pour voir ce que je peux faire.
language-detected = Je vous réponds dans cette langue : { $language }. Si vous en préférez une autre, appuyez sur le bouton ci-dessous.
language-change = Changer de langue
language-unsupported = Désolé, je ne sais pas encore écrire dans votre langue. Je vais vous répondre en anglais, ou vous pouvez choisir l'une de ces langues :
error-try-again = Désolé, un problème est survenu de mon côté avec votre dernier message. Pourriez-vous le renvoyer ? Si cela se reproduit, écrivez /human et une personne vous aidera.
discord-moved-to-dm = Je vous ai envoyé un message privé. Continuons là-bas : personne d'autre ne pourra lire ce que vous écrivez.
discord-dm-closed = Je ne peux pas vous envoyer de messages privés. Pour parler en toute sécurité, autorisez-les : ouvrez le menu de ce serveur, choisissez Paramètres de confidentialité, activez les messages privés, puis écrivez à nouveau /help.

## The volunteers' desk
desk-help = Ici, c'est le bureau des bénévoles. Les cas urgents apparaissent ici, chacun dans son propre sujet ou fil, avec une fiche : Prendre, Libérer, Résoudre. Une fois que vous avez pris un cas, ce que la personne écrit apparaît dans le fil du cas et dans votre conversation privée avec le bot ; ce que vous écrivez dans le fil (ou en réponse dans votre conversation privée) lui est transmis, signé de votre prénom. Les messages des autres bénévoles dans le fil restent des notes internes. Commandes : /cases – les cas ouverts ; /claim, /release, /resolve FD-… – agir sur un cas ; /reply FD-… texte – répondre à la personne depuis n'importe où ; /transfer NOM – confier votre cas à un autre bénévole ; /history FD-… – toute la conversation ; /oncall on|off – votre disponibilité, /oncall – qui est de garde ; /link CODE – relier votre compte avec une invitation ; /help – ce message.

## Typed answers: yes and no in this language, comma separated (a button meaning yes or no accepts
## them, and so does the /forget question). Case and accents do not matter.
words-yes = oui, ouais, oui merci, bien sûr, absolument, tout à fait, yes
words-no = non, non merci, pas du tout, no
forget-unclear = Pardon, je n'ai pas compris votre réponse. Rien n'a été supprimé.
# after three unreadable answers to a question that cannot be skipped (consent, the summary)
stuck-ask-person = On dirait que cette question est difficile. Ce n'est pas grave : vous pouvez appuyer sur l'un des boutons ci-dessous, ou demander l'aide d'une personne.

## Changing one answer from the summary
review-which = Quelle réponse voulez-vous corriger ? Choisissez-la ci-dessous.
choice-review-back = Rien, revenir au résumé
# one line of the summary, and two lines together (keep the line break)
review-line = • { $question } : { $answer }
review-more =
    { $line }
    { $rest }
