### La conversation entre une personne et le bénévole qui a pris en charge son signalement.
## Ce que lit la personne (dans sa langue)

relay-from-volunteer = 👤 { $name }, bénévole :
relay-from-volunteer-anonymous = 👤 Bénévole :
relay-waiting = Votre signalement { $reference } est entre les mains de nos bénévoles. En ce moment, il faut { $minutes ->
    [one] environ une minute
   *[other] environ { $minutes } minutes
} pour qu'un bénévole prenne en charge un signalement. J'ai transmis votre message.
relay-waiting-unknown = Votre signalement { $reference } est entre les mains de nos bénévoles, et l'un d'eux vous écrira ici dès que possible. J'ai transmis votre message.
relay-meanwhile = En attendant, vous pouvez : garder tous les messages et les captures d'écran ; ne rien payer et ne pas répondre à ceux qui vous menacent ; changer vos mots de passe depuis un appareil de confiance ; appeler tout de suite votre banque si on vous a pris de l'argent. /status vous montre où en est votre signalement.
relay-passed-on = J'ai transmis votre message aux bénévoles.
feedback-ask = Comment évaluez-vous notre aide pour votre signalement { $reference } ? Appuyez sur 1 à 5 étoiles (5 est la meilleure note), ou tapez un chiffre.
feedback-comment-ask = Merci. Voulez-vous nous dire autre chose ? Écrivez-le ici, ou appuyez sur « Passer ».
feedback-skip = Passer
feedback-thanks = Merci. Ce que vous nous dites nous aide à mieux aider la personne suivante.
reopen-ask = Est-ce au sujet de votre signalement { $reference } ?
reopen-same = Oui, le même problème
reopen-new = Non, autre chose
reopen-done = Votre signalement { $reference } est de nouveau ouvert, et votre message a été transmis aux bénévoles.

## Ce que lisent les bénévoles (VOLUNTEER_LOCALE)

relay-victim-says = 💬 { $reference } · la personne :
relay-volunteer-said = ↪️ { $reference } · { $name } à la personne :
relay-reply-hint = Répondez à ce message pour écrire à la personne, ou écrivez /reply suivi de la référence du cas et de votre texte.
relay-file-refused = fichier trop lourd, non conservé
relay-victim-unreachable = ⚠️ { $reference } : la personne a bloqué le bot, plus rien ne lui parvient. Ce que vous avez écrit est conservé dans le cas comme note interne.
relay-not-volunteer = Seuls les bénévoles inscrits peuvent écrire à la personne via le bot : ce que vous écrivez ici ne lui est pas transmis. Si vous êtes bénévole, demandez un code d'invitation à un coordinateur ou une coordinatrice et envoyez-le ici sous la forme /link CODE.
relay-reply-empty = Écrivez votre texte après la référence, par exemple : /reply { $reference } Bonjour, je suis là pour vous aider.
card-victim-blocked = ⚠️ La personne a bloqué le bot : plus rien ne lui parvient.
card-remind = ⏰ { $reference } : rien n'a été écrit à la personne depuis { $minutes } min. Vous vous en occupez toujours ? Appuyez sur le bouton ou écrivez-lui ; sinon, le cas retournera aux bénévoles dans { $minutes } min.
card-keep = Je m'en occupe
card-kept = Merci : vous gardez { $reference }.
card-unclaimed-silent = { $reference } est retourné aux bénévoles : { $name } n'a pas répondu au rappel.
card-transferred = { $reference } a été transmis de { $from } à { $to }.
card-no-volunteer = Il n'y a pas de bénévole nommé « { $name } ». Écrivez /transfer et un nom de la liste des bénévoles (/oncall montre qui est de permanence).
card-reopened = 🔁 { $reference } a été rouvert par la personne.
history-title = Conversation de { $reference } ({ $lines ->
    [one] { $lines } ligne
   *[other] { $lines } lignes
}) :
history-victim = la personne
history-note = note interne
history-empty = (rien n'a encore été dit)
