### Un compte piraté : lequel, ce que la personne malveillante peut faire, comment le récupérer.

account-service = Je suis désolé que cela vous arrive. Quel compte a été piraté ?
account-service-email = E-mail (Gmail, Outlook…)
account-service-facebook = Facebook
account-service-instagram = Instagram
account-service-whatsapp = WhatsApp
account-service-tiktok = TikTok
account-service-x = X (Twitter)
account-service-telegram = Telegram
account-service-bank = Banque en ligne
account-service-other = Un autre compte
account-locked_out = Avez-vous perdu l'accès à ce compte, c'est-à-dire que vous ne pouvez plus vous y connecter ?
account-locked_out-yes = Je ne peux plus me connecter
account-locked_out-no = Je peux encore me connecter
account-contacts_messaged = Vos amis ou vos contacts reçoivent-ils des messages étranges de ce compte, par exemple pour demander de l'argent ou un code ?
account-contacts_messaged-yes = Oui
account-contacts_messaged-no = Non
account-contacts_messaged-unsure = Je ne sais pas
account-two_factor = La validation en deux étapes était-elle activée ? C'est un code reçu par SMS ou dans une application, demandé à chaque connexion depuis un nouvel appareil.
account-two_factor-yes = Oui
account-two_factor-no = Non
account-two_factor-unsure = Je ne sais pas
account-recovery_changed = L'adresse e-mail ou le numéro de téléphone de récupération du compte ont-ils été changés ?
account-recovery_changed-yes = Oui, ils ont été changés
account-recovery_changed-no = Non, ce sont toujours les miens
account-recovery_changed-unsure = Je ne sais pas
account-first_aid =
    Merci. En attendant un bénévole, voici ce qui aide le plus :
    1. Utilisez un téléphone ou un ordinateur de confiance. Allez vous-même sur la page officielle « compte piraté » ou « mot de passe oublié » du service, pas par un lien qu'on vous a envoyé.
    2. Une fois dans votre compte : choisissez un nouveau mot de passe que vous n'utilisez nulle part ailleurs, activez la validation en deux étapes et déconnectez toutes les autres sessions.
    3. Vérifiez l'adresse e-mail et le numéro de téléphone de récupération, et supprimez tout ce que vous ne reconnaissez pas.
    4. Prévenez vos contacts autrement (un appel, une autre application) : qu'ils ne répondent pas aux messages de ce compte qui demandent de l'argent ou des codes.
    5. Si vous utilisiez le même mot de passe ailleurs, changez-le là aussi.

## Short names of the questions (the summary, the list of answers to change)
account-service-label = Compte
account-locked_out-label = Accès perdu
account-contacts_messaged-label = Messages étranges aux contacts
account-two_factor-label = Validation en deux étapes
account-recovery_changed-label = Infos de récupération changées

## Words a person may type instead of pressing a button, comma separated
account-service-email-words = e-mail, email, mail, courriel, gmail, outlook, hotmail, yahoo, mon mail, mon e-mail, ma boîte mail, google, microsoft, icloud
account-service-facebook-words = fb, compte facebook, mon facebook, messenger
account-service-instagram-words = insta, ig, compte instagram, mon instagram
account-service-whatsapp-words = compte whatsapp, mon whatsapp, whats app
account-service-tiktok-words = tik tok, mon tiktok
account-service-x-words = twitter, x, mon twitter, compte x
account-service-telegram-words = mon telegram, compte telegram
account-service-bank-words = banque, ma banque, banque en ligne, compte bancaire, mon compte bancaire, compte en banque
account-service-other-words = autre, un autre, autre compte, autre chose
account-locked_out-yes-words = bloqué, bloquée, je suis bloqué, je suis bloquée, je ne peux plus me connecter, je peux plus me connecter, plus d'accès, pas d'accès, ils ont changé mon mot de passe, on a changé mon mot de passe
account-locked_out-no-words = je peux me connecter, je peux encore me connecter, j'ai encore accès, j'ai toujours accès, encore accès
account-contacts_messaged-yes-words = oui ils en reçoivent, ils en reçoivent, mes amis ont reçu des messages, mes contacts ont reçu des messages, mes amis en ont reçu
account-contacts_messaged-no-words = pas à ma connaissance, pas que je sache, personne ne m'a rien dit
account-contacts_messaged-unsure-words = je ne sais pas, je sais pas, sais pas, jsp, pas sûr, pas sûre, je ne suis pas sûr, je ne suis pas sûre, peut-être
account-two_factor-yes-words = elle était activée, activée, c'était activé, 2fa, double authentification
account-two_factor-no-words = désactivée, elle n'était pas activée, pas activée, c'était pas activé
account-two_factor-unsure-words = je ne sais pas, je sais pas, sais pas, jsp, pas sûr, pas sûre, je ne suis pas sûr, je ne suis pas sûre, peut-être, c'est quoi, qu'est-ce que c'est
account-recovery_changed-yes-words = ils ont été changés, ils l'ont changé, changé, changés, modifié, modifiés
account-recovery_changed-no-words = pas changé, pas changés, toujours les miens, c'est toujours les miens
account-recovery_changed-unsure-words = je ne sais pas, je sais pas, sais pas, jsp, pas sûr, pas sûre, je ne suis pas sûr, je ne suis pas sûre, peut-être, je ne peux pas vérifier
