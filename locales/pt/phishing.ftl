### A suspicious message or link: what the person did with it, and what to do now.

phishing-clicked = Fez bem em nos consultar. Clicou num link ou abriu algum arquivo dessa mensagem?
phishing-clicked-yes = Sim
phishing-clicked-no = Não
phishing-clicked-unsure = Não sei bem
phishing-entered = Na página que abriu, digitou alguma coisa?
phishing-entered-password = Uma senha
phishing-entered-card = Dados do cartão ou bancários
phishing-entered-both = Uma senha e dados do cartão
phishing-entered-nothing = Nada
phishing-entered-unsure = Não sei bem
phishing-paid = Pagou alguma coisa por ali?
phishing-paid-yes = Sim
phishing-paid-no = Não
phishing-first_aid =
    Obrigado. Isso pode acontecer com qualquer pessoa: essas mensagens são feitas para parecer verdadeiras. O que mais ajuda agora:
    1. Se passou dados do cartão ou bancários, ou se pagou: ligue agora para o seu banco, pelo número que está no cartão, e peça para bloquear o cartão.
    2. Se digitou uma senha: troque-a agora a partir de um aparelho de confiança, e em todos os outros lugares onde a usa. Ative a verificação em duas etapas.
    3. Se abriu um arquivo: desconecte esse aparelho da internet e não o use para acessar o banco até que seja verificado.
    4. Não responda e não clique de novo. Guarde a mensagem (uma captura de tela basta) e depois denuncie como phishing ou spam.

## Short names of the questions (the summary, the list of answers to change)
phishing-clicked-label = Clicou ou abriu
phishing-entered-label = O que digitou
phishing-paid-label = Pagou algo

## Words a person may type instead of pressing a button, comma separated
phishing-clicked-yes-words = sim cliquei, cliquei, eu cliquei, cliquei no link, cliquei nele, sim abri, abri, eu abri, abri o arquivo, abri o ficheiro
phishing-clicked-no-words = não cliquei, não abri, não cliquei no link, não cliquei em nada, não abri nada
phishing-clicked-unsure-words = não sei, não tenho certeza, talvez, sei lá, acho que sim
phishing-entered-password-words = senha, minha senha, a minha senha, digitei a senha, digitei minha senha, login, palavra-passe
phishing-entered-card-words = cartão, meu cartão, dados do cartão, dados bancários, número do cartão, cartão de crédito, iban
phishing-entered-both-words = os dois, ambos, senha e cartão, cartão e senha, tudo
phishing-entered-nothing-words = nada, não, não digitei nada, não escrevi nada, nenhum
phishing-entered-unsure-words = não sei, não tenho certeza, talvez, sei lá
phishing-paid-yes-words = paguei, sim paguei, pago
phishing-paid-no-words = não paguei, nada, não pago
