### Detalhes de extorsão e sextorsão.

extortion-threat = Sinto muito. A culpa não é sua. O que a pessoa ameaça fazer?
extortion-threat-intimate_images = Divulgar fotos ou vídeos íntimos
extortion-threat-personal_data = Publicar os meus dados pessoais
extortion-threat-other = Outra coisa
extortion-images = Eles têm mesmo fotos ou vídeos? Qualquer resposta serve, e você não precisa me dizer o que aparece neles.
extortion-images-real = Sim, têm fotos ou vídeos reais
extortion-images-fake = São falsos ou editados
extortion-images-not_seen = Dizem que têm, mas não vi nenhum
extortion-minor = A pessoa nas fotos ou vídeos tem menos de 18 anos?
extortion-minor-yes = Sim, menos de 18
extortion-minor-no = Não, 18 ou mais
extortion-demand = O que a pessoa exige? Se for dinheiro, escreva o valor e a moeda, por exemplo “500 reais” ou “500 euros”. Se a pessoa não pediu nada, toque em “Pular”.
extortion-paid = Já pagou alguma coisa até agora?
extortion-paid-yes = Sim
extortion-paid-no = Não
extortion-deadline = Deram algum prazo?
extortion-deadline-within_day = Sim, dentro de um dia
extortion-deadline-later = Sim, mais do que isso
extortion-deadline-no = Sem prazo
extortion-deadline-unsure = Não sei bem
extortion-safety_note =
    Obrigado por me contar. Enquanto espera por um voluntário:
    1. Por favor, não pague mais nada e pare de responder. Pagar quase nunca faz as ameaças pararem: normalmente pedem mais.
    2. Guarde tudo: tire capturas de tela das mensagens, do perfil e do nome de usuário, e de qualquer dado de pagamento que enviaram.
    3. Depois denuncie a conta à plataforma e bloqueie.
    4. Por enquanto, deixe as suas contas privadas e esconda a sua lista de amigos ou seguidores.
    Você não fez nada de errado. Quem está cometendo um crime é a pessoa que ameaça você.
extortion-safety_note_images =
    Obrigado por me contar. A culpa não é sua. Enquanto espera por um voluntário:
    1. Por favor, não pague e pare de responder. Pagar quase nunca faz as ameaças pararem: normalmente pedem mais.
    2. Guarde tudo: tire capturas de tela das mensagens, do perfil e do nome de usuário, e de qualquer dado de pagamento que enviaram. Não envie mais fotos.
    3. O StopNCII.org pode ajudar a impedir que as suas imagens íntimas sejam compartilhadas em muitas das grandes plataformas. As imagens nunca saem do seu celular.
    4. Denuncie a conta à plataforma e depois bloqueie. Deixe as suas contas privadas e esconda a sua lista de amigos ou seguidores.
    Quem está cometendo um crime é a pessoa que ameaça você. Você não fez nada de errado.
extortion-safety_note_minor =
    Obrigado por me contar. A culpa não é sua, e você não vai ter problemas por isso. Enquanto espera por um voluntário:
    1. Por favor, não pague, não envie mais fotos e pare de responder.
    2. O Take It Down (takeitdown.ncmec.org) ajuda a remover ou impedir a divulgação de fotos feitas antes dos 18 anos. As fotos nunca saem do seu celular.
    3. Guarde as mensagens e o nome de usuário: tire capturas de tela. Depois denuncie a conta e bloqueie.
    4. Se puder, conte a um adulto de confiança. O que estão fazendo é um crime grave, e a polícia pode ajudar.

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = A ameaça
extortion-images-label = Fotos ou vídeos
extortion-minor-label = Menor de 18
extortion-demand-label = O que exigem
extortion-paid-label = Já pagou
extortion-deadline-label = Prazo

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = fotos, vídeos, imagens, nudes, fotos íntimas, as minhas fotos, minhas fotos
extortion-threat-personal_data-words = dados, meus dados, os meus dados, dados pessoais, morada, endereço, informações pessoais, doxxing, publicar meus dados, publicar os meus dados, publicar meu endereço, publicar o meu endereço, publicar os meus dados pessoais, vazar meus dados, divulgar meu endereço
extortion-threat-other-words = outra, outra coisa
extortion-images-real-words = reais, são reais, verdadeiras, verdadeiros, são verdadeiras, eles têm, têm sim, eu enviei, eu mandei, mandei fotos
extortion-images-fake-words = falsas, falsos, são falsas, editadas, editados, montagem, photoshop, ia, deepfake, não sou eu
extortion-images-not_seen-words = não vi nenhuma, não vi nada, não vi, só dizem, dizem que têm, não sei, não tenho certeza
extortion-minor-yes-words = menos de 18, tenho menos de 18, menor, menor de idade, sou menor, sou menor de idade, criança
extortion-minor-no-words = mais de 18, 18 ou mais, maior de idade, adulto, adulta, sou adulto, sou adulta, sou maior de idade
extortion-paid-yes-words = paguei, já paguei, sim paguei
extortion-paid-no-words = nada, não paguei, ainda não
extortion-deadline-within_day-words = hoje, hoje à noite, esta noite, amanhã, dentro de um dia, 24 horas, em 24 horas, poucas horas, horas, até hoje à noite, até amanhã
extortion-deadline-later-words = mais tarde, em alguns dias, semana que vem, próxima semana, dias, uma semana, sim mais tarde, alguns dias
extortion-deadline-no-words = não há prazo, não tem prazo, nenhum, nenhum prazo, sem limite
extortion-deadline-unsure-words = não sei, não tenho certeza, talvez, sei lá
