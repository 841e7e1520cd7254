### A conversa entre uma pessoa e o voluntário que assumiu o caso dela.
## O que a pessoa lê (no seu próprio idioma)

relay-from-volunteer = 👤 { $name }, do nosso grupo de voluntários:
relay-from-volunteer-anonymous = 👤 Um dos nossos voluntários:
relay-waiting = O seu caso { $reference } está com os nossos voluntários. Neste momento, demora { $minutes ->
    [one] cerca de um minuto
   *[other] cerca de { $minutes } minutos
} até um voluntário assumir um caso. Já encaminhei a sua mensagem.
relay-waiting-unknown = O seu caso { $reference } está com os nossos voluntários, e um deles vai responder aqui assim que puder. Já encaminhei a sua mensagem.
relay-meanwhile = Enquanto espera, pode: guardar todas as mensagens e prints (capturas de tela); não pagar nem responder a ninguém que faça ameaças; mudar as suas senhas a partir de um dispositivo em que confie; ligar agora para o seu banco, se tiraram dinheiro da sua conta. /status mostra em que ponto está o seu caso.
relay-passed-on = Passei a sua mensagem ao nosso grupo de voluntários.
feedback-ask = Como avalia a nossa ajuda com o seu caso { $reference }? Toque de 1 a 5 estrelas (5 é a melhor nota) ou escreva um número.
feedback-comment-ask = Obrigado. Quer contar mais alguma coisa? Escreva aqui ou toque em “Pular”.
feedback-skip = Pular
feedback-thanks = Obrigado. A sua resposta vai servir para ajudarmos melhor a próxima pessoa.
reopen-ask = É sobre o seu caso { $reference }?
reopen-same = Sim, o mesmo problema
reopen-new = Não, é algo novo
reopen-done = O seu caso { $reference } foi reaberto, e a sua mensagem já foi encaminhada aos voluntários.

## O que os voluntários leem (VOLUNTEER_LOCALE)

relay-victim-says = 💬 { $reference } · a pessoa:
relay-volunteer-said = ↪️ { $reference } · { $name } para a pessoa:
relay-reply-hint = Responda a esta mensagem para falar com a pessoa, ou escreva /reply seguido da referência do caso e do seu texto.
relay-file-refused = arquivo grande demais, não foi guardado
relay-victim-unreachable = ⚠️ { $reference }: a pessoa bloqueou o bot, por isso nada mais chega até ela. O que escreveu fica guardado no caso como nota.
relay-not-volunteer = Só os voluntários registados podem escrever à pessoa através do bot: o que escreve aqui não lhe é enviado. Se é um deles, peça um código de convite a um coordenador e envie-o aqui assim: /link CÓDIGO.
relay-reply-empty = Escreva o seu texto depois da referência, por exemplo: /reply { $reference } Olá, estou aqui para ajudar.
card-victim-blocked = ⚠️ A pessoa bloqueou o bot: nada chega até ela.
card-remind = ⏰ { $reference }: ninguém escreve para a pessoa há { $minutes } min. Continua com o caso? Toque no botão ou escreva para ela; caso contrário, o caso volta para os voluntários daqui a { $minutes } min.
card-keep = Continuo com o caso
card-kept = Obrigado: o caso { $reference } continua a seu cargo.
card-unclaimed-silent = { $reference } voltou para os voluntários: { $name } não respondeu ao lembrete.
card-transferred = { $reference } foi passado de { $from } para { $to }.
card-no-volunteer = Não há nenhum voluntário chamado “{ $name }”. Escreva /transfer e um nome da lista de voluntários (/oncall mostra quem está de serviço).
card-reopened = 🔁 { $reference } foi reaberto pela pessoa.
history-title = Conversa de { $reference } ({ $lines ->
    [1] { $lines } linha
   *[other] { $lines } linhas
}):
history-victim = pessoa
history-note = nota interna
history-empty = (ainda não foi dito nada)
