### Harcèlement, traque, divulgation d'informations ou usurpation d'identité : quoi, qui, où, depuis quand, danger physique.

harassment-harassment_type = Je suis désolé que vous viviez cela. Ce n'est pas de votre faute. Que se passe-t-il ?
harassment-harassment_type-messages = Des messages ou publications blessants ou menaçants
harassment-harassment_type-stalking = Quelqu'un me suit ou me surveille
harassment-harassment_type-doxxing = Mes informations privées ont été publiées
harassment-harassment_type-impersonation = Quelqu'un se fait passer pour moi
harassment-harassment_type-other = Autre chose
harassment-harasser = Savez-vous qui fait cela ?
harassment-harasser-known = Quelqu'un que je connais
harassment-harasser-stranger = Une personne inconnue
harassment-harasser-unknown = Je ne sais pas qui c'est
harassment-platform = Où est-ce que cela se passe surtout ?
harassment-platform-facebook = Facebook
harassment-platform-instagram = Instagram
harassment-platform-tiktok = TikTok
harassment-platform-x = X (Twitter)
harassment-platform-whatsapp = WhatsApp
harassment-platform-telegram = Telegram
harassment-platform-email = E-mail
harassment-platform-phone = Appels ou SMS
harassment-platform-several = À plusieurs endroits
harassment-platform-other = Ailleurs
harassment-when = Depuis quand est-ce que cela dure ? Vous pouvez écrire par exemple « depuis une semaine », « il y a deux mois » ou « 3 mai ». Si vous ne savez pas, écrivez « je ne sais pas ».
harassment-physical_threat = Quelqu'un a-t-il menacé de vous faire du mal, ou pensez-vous être en danger physique ?
harassment-physical_threat-yes = Oui
harassment-physical_threat-no = Non
harassment-first_aid_danger =
    Merci de me l'avoir dit. Votre sécurité passe avant tout.
    1. Si vous êtes en danger en ce moment, appelez le numéro d'urgence de votre pays.
    2. Dites à une personne de confiance ce qui se passe et où vous êtes.
    3. Ne rencontrez pas cette personne, et ne lui dites pas où vous êtes.
    4. Gardez les menaces : faites des captures d'écran avec la date et son nom d'utilisateur. C'est important pour la police.
    Un bénévole verra que votre signalement est urgent.
harassment-first_aid =
    Merci de me l'avoir dit. En attendant un bénévole :
    1. Gardez des preuves avant de bloquer ou de signaler : des captures d'écran avec la date, le nom d'utilisateur et le lien vers le profil ou la publication.
    2. Signalez le profil ou les publications à la plateforme. Si quelqu'un se fait passer pour vous, signalez-le comme faux compte et demandez à vos amis de le signaler aussi.
    3. Vous n'avez pas à répondre. Bloquez cette personne, et passez vos comptes en privé pour l'instant.
    4. Vérifiez qui peut voir votre position, votre liste d'amis et votre numéro de téléphone, et cachez ce que vous pouvez.

## Short names of the questions (the summary, the list of answers to change)
harassment-harassment_type-label = Ce qui se passe
harassment-harasser-label = Qui
harassment-platform-label = Où
harassment-when-label = Depuis quand
harassment-physical_threat-label = Menace physique

## Words a person may type instead of pressing a button, comma separated
harassment-harassment_type-messages-words = messages, menaces, messages menaçants, insultes, haine, publications, commentaires, harcèlement
harassment-harassment_type-stalking-words = traque, on me traque, on me suit, quelqu'un me suit, surveillé, surveillée, on me surveille, quelqu'un me surveille, espionné, espionnée
harassment-harassment_type-doxxing-words = doxxing, divulgation, mon adresse a été publiée, mes infos ont été publiées, mes informations ont été publiées, mon numéro a été publié
harassment-harassment_type-impersonation-words = usurpation, usurpation d'identité, faux profil, faux compte, se fait passer pour moi, quelqu'un se fait passer pour moi
harassment-harassment_type-other-words = autre, autre chose
harassment-harasser-known-words = je le connais, je la connais, je sais qui, mon ex, ex, mon conjoint, ma conjointe, mon mari, ma femme, un collègue, une collègue, un camarade de classe, quelqu'un que je connais
harassment-harasser-stranger-words = inconnu, inconnue, un inconnu, une inconnue, je ne le connais pas, je ne la connais pas, quelqu'un que je ne connais pas
harassment-harasser-unknown-words = je ne sais pas, je sais pas, sais pas, jsp, aucune idée, anonyme, pas sûr, pas sûre
harassment-platform-facebook-words = fb, mon facebook, messenger
harassment-platform-instagram-words = insta, ig, mon instagram
harassment-platform-tiktok-words = tik tok
harassment-platform-x-words = twitter, x
harassment-platform-whatsapp-words = whats app
harassment-platform-telegram-words = tg
harassment-platform-email-words = email, e-mail, mail, courriel, par mail
harassment-platform-phone-words = téléphone, appels, appels téléphoniques, sms, texto, textos
harassment-platform-several-words = plusieurs, partout, un peu partout, plusieurs endroits, plusieurs plateformes
harassment-platform-other-words = autre, ailleurs, autre part
harassment-physical_threat-yes-words = on m'a menacé, on m'a menacée, il m'a menacé, il m'a menacée, je suis en danger, j'ai peur, il sait où j'habite, elle sait où j'habite, ils savent où j'habite
harassment-physical_threat-no-words = pas physiquement, pas de menaces, je ne pense pas
