### Personal data leaked.

data_leak-leaked_data = Sinto muito, isso deixa qualquer um inquieto. O que foi vazado? Se forem várias coisas, escolha a que mais preocupa você.
data_leak-leaked_data-passwords = Senhas
data_leak-leaked_data-bank_details = Dados bancários ou do cartão
data_leak-leaked_data-id_documents = Documentos de identidade ou passaporte
data_leak-leaked_data-address = O meu endereço ou telefone
data_leak-leaked_data-private_content = Fotos ou mensagens privadas
data_leak-leaked_data-other = Outra coisa
data_leak-leak_source = Como ficou sabendo?
data_leak-leak_source-breach = Uma empresa ou serviço me avisou de um vazamento de dados
data_leak-leak_source-published = Alguém publicou na internet
data_leak-leak_source-unsure = Não sei bem
data_leak-first_aid =
    Obrigado. Enquanto espera por um voluntário, conforme o que foi vazado:
    1. Senhas: troque a senha em todos os lugares onde a usava e ative a verificação em duas etapas.
    2. Dados bancários ou do cartão: ligue para o seu banco para bloquear o cartão e confira os seus extratos.
    3. Documentos de identidade: avise o órgão que os emitiu e fique de olho em empréstimos ou contas abertas em seu nome.
    4. Se foi publicado: tire capturas de tela com o endereço da página e depois peça ao site ou à plataforma para remover.
    Cuidado com ligações ou e-mails que falam do vazamento: os golpistas usam dados vazados para parecer confiáveis.

## Short names of the questions (the summary, the list of answers to change)
data_leak-leaked_data-label = O que foi vazado
data_leak-leak_source-label = Como ficou sabendo

## Words a person may type instead of pressing a button, comma separated
data_leak-leaked_data-passwords-words = senha, senhas, minha senha, a minha senha, login, palavra-passe
data_leak-leaked_data-bank_details-words = banco, dados bancários, cartão, dados do cartão, cartão de crédito, iban, conta bancária, pix
data_leak-leaked_data-id_documents-words = documentos, documento, passaporte, identidade, rg, cpf, carteira de motorista, cnh, cartão de cidadão, carta de condução
data_leak-leaked_data-address-words = endereço, meu endereço, morada, número de telefone, meu número, telefone, endereço de casa
data_leak-leaked_data-private_content-words = fotos, fotos privadas, mensagens, mensagens privadas, imagens, conversas
data_leak-leaked_data-other-words = outra, outro, outra coisa
data_leak-leak_source-breach-words = vazamento, vazamento de dados, fuga de dados, uma empresa me avisou, recebi um e-mail, recebi um email, me avisaram, notificação
data_leak-leak_source-published-words = publicado, publicaram, na internet, online, alguém publicou, está na internet
data_leak-leak_source-unsure-words = não sei, não sei bem, não tenho certeza, talvez, sei lá
