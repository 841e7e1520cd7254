### Palavras que todos os fluxos usam: comandos, erros, confirmações.
### Tratamento: "você" (de preferência sem o pronome), português neutro entre Brasil e Portugal,
### com preferência pelo uso brasileiro quando é preciso escolher.

## The engine
invalid-choice = Por favor, toque numa das opções abaixo ou escreva o número dela.
invalid-upload = Envie os seus prints ou arquivos como foto ou documento. Quando terminar, toque em “Pronto”.
invalid-empty = Não recebi nenhum texto. Pode escrever a sua resposta?
stuck-offer = Parece que esta pergunta é difícil de responder. Tudo bem: pode pular esta pergunta ou pedir para falar com uma pessoa.
back-at-start = Já estamos na primeira pergunta.
upload-received = { $count ->
    [one] Recebi o seu arquivo e ele está guardado em segurança. Pode enviar mais ou tocar em “Pronto”.
    [many] Recebi { $count } arquivos e eles estão guardados em segurança. Pode enviar mais ou tocar em “Pronto”.
   *[other] Recebi { $count } arquivos e eles estão guardados em segurança. Pode enviar mais ou tocar em “Pronto”.
}
choice-skip = Pular
choice-human = Falar com uma pessoa
choice-upload-done = Pronto
# under “Did you mean …?”, when part of an answer was guessed (a phone number's country code)
choice-yes = Sim
choice-no = Não
# a phone number written without its country code, read with the person's region: asked before it is kept
guess-phone = Com o código do país, fica { $answer }. É o seu número?
guess-phone-retry = Está bem. Escreva o número de novo, começando pelo código do país, por exemplo +351 912 345 678 ou +55 11 98765 4321.
value-not-given = não informado
value-skipped = sem resposta
value-files = { $count ->
    [0] nenhum
    [one] 1 arquivo
    [many] { $count } arquivos
   *[other] { $count } arquivos
}
value-yes = sim
value-no = não
value-unknown = não se sabe

## Commands
command-start = Começar ou continuar
command-help = O que eu posso fazer
command-back = Voltar uma pergunta
command-restart = Recomeçar do início
command-cancel = Encerrar a conversa
command-language = Mudar de idioma
command-status = Ver o seu caso
command-report = Receber um resumo do seu caso (mensagem e PDF)
command-forget = Apagar os seus dados
command-human = Falar com uma pessoa
# Mensagens inteiras que valem como comando, separadas por vírgulas (quase ninguém digita a barra).
command-words-start = começar, iniciar, início, start
command-words-help = ajuda, me ajuda, ajuda-me, menu
command-words-back = voltar, pergunta anterior, anterior
command-words-restart = recomeçar, reiniciar, começar de novo, do início
command-words-cancel = cancelar, parar, sair, encerrar
command-words-language = idioma, língua, mudar de idioma, mudar idioma
command-words-status = status, meu caso, o meu caso, situação
command-words-report = relatório, meu relatório, o meu relatório, resumo, pdf
command-words-forget = esquecer, apagar meus dados, apagar os meus dados, apagar tudo
command-words-human = humano, falar com uma pessoa, falar com alguém, atendente, operador

welcome-back = Olá de novo. Vamos retomar a conversa de onde ela parou.
report-button = 📄 Receber o resumo do meu caso
help = Estou aqui para anotar o que aconteceu, para que um voluntário possa ajudar. Pode escrever a qualquer momento:
# one line per command under `help`, for every command there is
help-line = { $command } – { $description }
restarted = Tudo bem, vamos começar de novo, desde o início.
cancelled = { $cases ->
    [0] Tudo bem, parei por aqui. Nada foi enviado. Pode escrever /start quando quiser.
   *[other] Tudo bem, parei por aqui. O seu caso { $reference } continua com os nossos voluntários. Pode escrever /start quando quiser.
}
nothing-to-go-back = Não há nenhuma pergunta anterior. Escreva /start para começar.
after-finish = { $cases ->
    [0] A nossa conversa terminou. Escreva /start para começar uma nova.
   *[other] O seu caso { $reference } está com os nossos voluntários. Escreva /status para ver em que ponto está, ou /start para contar algo novo.
}
language-pick = Em que idioma prefere conversar?
language-set = Pronto! Idioma escolhido: { $language }.
language-unchanged = Idioma mantido: { $language }.
status-none = Ainda não tem nenhum caso aberto.
status-case = O seu caso { $reference }: { case-status }.
case-status = { $status ->
    [new] recebido, aguardando um voluntário
    [escalated] encaminhado com urgência aos nossos voluntários
    [claimed] já está com um voluntário
    [resolved] resolvido
   *[closed] encerrado
}
forget-confirm = Quer que eu apague tudo o que me contou, incluindo os seus casos e arquivos? Isso não pode ser desfeito.
forget-yes = Sim, apagar tudo
forget-no = Não, manter
forget-done = Tudo o que me contou foi apagado. Se um dia precisar de ajuda de novo, é só mandar uma mensagem. Cuide-se.
forget-kept = Tudo bem, nada foi apagado.
cancel-confirm = Quer parar aqui? O que me contou até agora não seria enviado a um voluntário.
cancel-yes = Sim, parar
cancel-no = Não, continuar
cancel-kept = Muito bem, vamos continuar.
cancel-unclear = Desculpe, não percebi a sua resposta. Nada foi interrompido.
human-requested = Pedi que um voluntário entre em contato sobre o seu caso { $reference }. Se puder, continue respondendo às minhas perguntas enquanto isso: vai ajudar o voluntário.
human-after-consent = Vou pedir a um voluntário que fale consigo. Antes, preciso do seu acordo para guardar o que me disser, para que ele o possa ler:
early-kept = Obrigado por me contar. Guardei o que escreveu: fará parte da sua denúncia assim que concordar.
early-story-used = Registei o que escreveu no início como o seu relato do que aconteceu. Pode alterá-lo no resumo.
case-taken = Um voluntário assumiu o seu caso { $reference } e vai responder aqui em breve.
case-resolved = O seu caso { $reference } foi marcado como resolvido. Se precisar de mais ajuda, é só escrever aqui.
case-nobody-yet = Sinto muito: ainda nenhum voluntário conseguiu assumir o seu caso { $reference }. Ele continua no topo da nossa lista, e alguém vai responder aqui. Enquanto isso: guarde todas as mensagens e prints (capturas de tela), não pague nada a ninguém e mude as suas senhas a partir de um dispositivo em que confie. Se estiver em perigo, ligue para a emergência (112 em Portugal; no Brasil, 190 para a polícia ou 192 para ambulância).
file-kept = Obrigado, guardei o seu arquivo em segurança junto com o seu caso.
file-too-large = Este arquivo é grande demais para mim (o limite é { $limit_mb } MB). Pode enviar um arquivo menor ou um print?
message-unsupported = Só consigo ler texto, fotos e arquivos. Pode escrever a sua resposta?
command-unknown = Não conheço esse comando. Escreva /help para ver o que posso fazer.
language-detected = Idioma da conversa: { $language }. Se preferir outro idioma, toque em “Mudar de idioma” abaixo.
language-change = Mudar de idioma
language-unsupported = Desculpe, ainda não sei escrever no seu idioma. Vou responder em inglês, ou pode escolher um destes idiomas:
error-try-again = Desculpe, algo deu errado do meu lado com a sua última mensagem. Pode enviá-la de novo? Se continuar acontecendo, escreva /human e uma pessoa vai ajudar.
discord-moved-to-dm = Enviei uma mensagem privada para você. Vamos continuar lá, onde ninguém mais pode ler o que você escreve.
discord-dm-closed = Não consigo enviar mensagens privadas para você. Para conversarmos com segurança, permita mensagens diretas: abra o menu deste servidor, escolha Configurações de privacidade, ative as mensagens diretas e escreva /help de novo.

## The volunteers' desk
desk-help = Este é o balcão dos voluntários. Os casos urgentes aparecem aqui, cada um no seu próprio tópico ou conversa, com uma ficha: Assumir, Libertar, Resolver. Depois de assumir um caso, o que a pessoa escreve aparece no tópico do caso e no seu chat privado com o bot; o que escrever no tópico (ou como resposta no chat privado) vai para ela, assinado com o seu primeiro nome. As mensagens de outros voluntários no tópico ficam como notas internas. Comandos: /cases – os casos abertos; /claim, /release, /resolve FD-… – agir sobre um caso; /reply FD-… texto – responder à pessoa de qualquer lugar; /transfer NOME – passar o seu caso a outro voluntário; /history FD-… – a conversa inteira; /oncall on|off – a sua disponibilidade, /oncall – quem está de serviço; /link CÓDIGO – ligar a sua conta com um convite; /help – esta mensagem.

## Typed answers: yes and no in this language, comma separated (a button meaning yes or no accepts
## them, and so does the /forget question). Case and accents do not matter.
words-yes = sim, claro, com certeza, sim obrigado, sim obrigada, yes
words-no = não, não obrigado, não obrigada, no
forget-unclear = Desculpe, não entendi a sua resposta. Nada foi apagado.
# after three unreadable answers to a question that cannot be skipped (consent, the summary)
stuck-ask-person = Parece que esta pergunta é difícil de responder. Tudo bem: pode tocar num dos botões abaixo ou pedir para falar com uma pessoa.

## Changing one answer from the summary
review-which = Qual resposta quer corrigir? Escolha abaixo.
choice-review-back = Nada, voltar ao resumo
# one line of the summary, and two lines together (keep the line break)
review-line = • { $question }: { $answer }
review-more =
    { $line }
    { $rest }
