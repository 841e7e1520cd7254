### Harassment, stalking, doxxing or impersonation: what, who, where, since when, physical danger.

harassment-harassment_type = Sinto muito que esteja passando por isso. A culpa não é sua. O que está acontecendo?
harassment-harassment_type-messages = Mensagens ou posts ofensivos ou ameaçadores
harassment-harassment_type-stalking = Alguém me segue ou me vigia
harassment-harassment_type-doxxing = Os meus dados pessoais foram publicados
harassment-harassment_type-impersonation = Alguém finge ser eu
harassment-harassment_type-other = Outra coisa
harassment-harasser = Sabe quem está fazendo isso?
harassment-harasser-known = Alguém que eu conheço
harassment-harasser-stranger = Um desconhecido
harassment-harasser-unknown = Não sei quem é
harassment-platform = Onde isso acontece mais?
harassment-platform-facebook = Facebook
harassment-platform-instagram = Instagram
harassment-platform-tiktok = TikTok
harassment-platform-x = X (Twitter)
harassment-platform-whatsapp = WhatsApp
harassment-platform-telegram = Telegram
harassment-platform-email = E-mail
harassment-platform-phone = Ligações ou SMS
harassment-platform-several = Em vários lugares
harassment-platform-other = Em outro lugar
harassment-when = Desde quando isso acontece? Pode escrever, por exemplo, “desde a semana passada”, “há dois meses” ou “3 de maio”. Se não souber, escreva “não sei”.
harassment-physical_threat = Alguém ameaçou fazer mal a você, ou sente que pode correr perigo físico?
harassment-physical_threat-yes = Sim
harassment-physical_threat-no = Não
harassment-first_aid_danger =
    Obrigado por me contar. A sua segurança vem em primeiro lugar.
    1. Se estiver em perigo agora, ligue para a emergência (190 no Brasil, 112 em Portugal).
    2. Conte a alguém de confiança o que está acontecendo e onde você está.
    3. Não se encontre com essa pessoa e não diga a ela onde está.
    4. Guarde as ameaças: tire capturas de tela com a data e o nome de usuário. Elas são importantes para a polícia.
    Um voluntário vai ver o seu caso como urgente.
harassment-first_aid =
    Obrigado por me contar. Enquanto espera por um voluntário:
    1. Guarde as provas antes de bloquear ou denunciar: capturas de tela com a data, o nome de usuário e o link do perfil ou do post.
    2. Denuncie o perfil ou os posts à plataforma. Se alguém está fingindo ser você, denuncie como conta falsa e peça aos seus amigos que denunciem também.
    3. Você não precisa responder. Bloqueie a pessoa e, por enquanto, deixe as suas contas privadas.
    4. Confira quem pode ver a sua localização, a sua lista de amigos e o seu número de telefone, e esconda o que puder.

## Short names of the questions (the summary, the list of answers to change)
harassment-harassment_type-label = O que está acontecendo
harassment-harasser-label = Quem
harassment-platform-label = Onde
harassment-when-label = Desde quando
harassment-physical_threat-label = Ameaça física

## Words a person may type instead of pressing a button, comma separated
harassment-harassment_type-messages-words = mensagens, ameaças, mensagens ameaçadoras, insultos, ofensas, ódio, posts, comentários, bullying
harassment-harassment_type-stalking-words = perseguição, stalking, stalker, me segue, me seguem, me vigia, me vigiam, alguém me segue, alguém me vigia, perseguido, perseguida
harassment-harassment_type-doxxing-words = doxxing, publicaram meu endereço, publicaram o meu endereço, publicaram meus dados, publicaram os meus dados, publicaram meu número, dados publicados
harassment-harassment_type-impersonation-words = perfil falso, conta falsa, finge ser eu, se passa por mim, alguém se passa por mim, está se passando por mim, roubo de identidade
harassment-harassment_type-other-words = outra, outro, outra coisa
harassment-harasser-known-words = conheço, eu conheço, sei quem é, meu ex, minha ex, o meu ex, a minha ex, ex, meu namorado, minha namorada, meu marido, minha mulher, minha esposa, um colega, uma colega, alguém que conheço
harassment-harasser-stranger-words = desconhecido, desconhecida, uma desconhecida, não conheço, alguém que não conheço, um estranho, uma estranha
harassment-harasser-unknown-words = não sei, não faço ideia, sei lá, anônimo, anónimo, não sei quem
harassment-platform-facebook-words = fb, meu facebook, messenger
harassment-platform-instagram-words = insta, ig, meu instagram
harassment-platform-tiktok-words = tik tok
harassment-platform-x-words = twitter, x
harassment-platform-whatsapp-words = whats app, zap
harassment-platform-telegram-words = tg
harassment-platform-email-words = email, e-mail, mail
harassment-platform-phone-words = telefone, ligações, chamadas, sms, mensagens de texto
harassment-platform-several-words = vários, vários lugares, em todo lugar, em todo o lado, todos, muitos lugares
harassment-platform-other-words = outro, outro lugar, noutro lado, em outro sítio
harassment-physical_threat-yes-words = me ameaçaram, ameaçaram me machucar, estou em perigo, tenho medo, estou com medo, sabem onde moro, sabem onde eu moro
harassment-physical_threat-no-words = não fisicamente, sem ameaças, acho que não
