### Something else, or the person does not know what it is: their own words first.

other-story = Tudo bem: não precisa saber que nome isso tem. Conte com as suas palavras o que está acontecendo. Pode escrever muito ou pouco, como preferir. Não há respostas erradas.
other-concern = Obrigado. O que mais preocupa você neste momento?
other-concern-money = Dinheiro
other-concern-accounts = As minhas contas ou aparelhos
other-concern-safety = A minha segurança ou a de outra pessoa
other-concern-privacy = As minhas informações privadas
other-concern-unsure = Não sei bem
other-paid = Perdeu dinheiro ou pagou alguém?
other-paid-yes = Sim
other-paid-no = Não
other-first_aid =
    Obrigado. Fez bem em escrever. Enquanto espera por um voluntário:
    1. Por favor, não pague ninguém e não passe códigos nem senhas, nem a quem diz ser do seu banco, da polícia ou de uma empresa.
    2. Guarde tudo: capturas de tela, mensagens, e-mails, recibos. Não apague nada por enquanto.
    3. Se acha que alguém pode entrar nas suas contas, troque as senhas a partir de um aparelho de confiança.

## Short names of the questions (the summary, the list of answers to change)
other-story-label = O seu relato
other-concern-label = Maior preocupação
other-paid-label = Perdeu dinheiro

## Words a person may type instead of pressing a button, comma separated
other-concern-money-words = meu dinheiro, o meu dinheiro, o dinheiro, pagamento
other-concern-accounts-words = contas, minhas contas, conta, minha conta, aparelhos, meu celular, meu computador, telemóvel
other-concern-safety-words = segurança, minha segurança, tenho medo, estou com medo, perigo, estou em perigo
other-concern-privacy-words = privacidade, minha privacidade, informações privadas, minhas informações, meus dados, dados, minhas fotos
other-concern-unsure-words = não sei, não tenho certeza, talvez, sei lá
other-paid-yes-words = perdi dinheiro, paguei, sim paguei, pago
other-paid-no-words = não paguei, nada, não perdi nada, nenhum dinheiro
