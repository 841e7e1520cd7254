### O primeiro contato: alguém foi atacado, vítima de golpe ou ameaçado na internet.

intake-greeting = Olá. Este é um serviço de ajuda gratuito para pessoas afetadas por ataques cibernéticos, golpes, fraudes e ameaças na internet. Você não está só, e fez bem em escrever. Vou fazer algumas perguntas rápidas para que um dos nossos voluntários possa ajudar.
intake-consent = Antes de começar: o que me contar fica guardado em segurança e só os nossos voluntários podem ver, para poderem ajudar. Pode pedir para eu apagar tudo a qualquer momento: basta escrever /forget. Tudo bem?
intake-consent-agree = Sim, continuar
intake-consent-decline = Não, agora não
intake-declined = Tudo bem. Nada foi guardado. Se mudar de ideia, é só escrever /start. Cuide-se.
intake-category = O que aconteceu? Escolha a opção que mais se aproxima. Na dúvida, escolha “Outra coisa”.
intake-category-hacked_account = Uma conta minha foi hackeada
intake-category-phishing = Uma mensagem ou link suspeito
intake-category-ransomware = Arquivos bloqueados ou um vírus
intake-category-extortion = Alguém me ameaça ou chantageia
intake-category-scam = Fui vítima de golpe ou perdi dinheiro
intake-category-harassment = Sofro assédio, perseguição ou alguém finge ser eu
intake-category-data_leak = Os meus dados pessoais vazaram
intake-category-device = Um aparelho perdido, roubado ou apreendido
intake-category-ddos = Um site fora do ar ou atacado
intake-category-other = Outra coisa, ou não sei
intake-recovery_warning = Mais uma coisa, porque perdeu dinheiro. Nas próximas semanas, alguém pode entrar em contato e oferecer recuperar o seu dinheiro em troca de uma taxa. Pode dizer que é advogado, da polícia, do seu banco ou de uma empresa de recuperação. Quase sempre são os mesmos golpistas de novo. Ninguém honesto pede que você pague antes para recuperar o seu dinheiro. Se isso acontecer, não pague e nos avise.
intake-affected = Mais algumas perguntas para o voluntário. Quem foi afetado por isso?
intake-affected-me = Eu
intake-affected-someone_else = Outra pessoa (um amigo, um familiar)
intake-affected-organisation = Uma organização
intake-organisation_type = Que tipo de organização é?
intake-organisation_type-ngo = Uma ONG ou entidade sem fins lucrativos
intake-organisation_type-hospital = Um hospital ou serviço de saúde
intake-organisation_type-school = Uma escola ou universidade
intake-organisation_type-business = Uma empresa
intake-organisation_type-public_body = Um órgão público ou governo local
intake-organisation_type-other = Outro tipo
intake-story = Conte com as suas palavras o que aconteceu. Pode escrever muito ou pouco, como preferir. Não há respostas erradas.
intake-when = Quando aconteceu, ou quando começou? Pode escrever, por exemplo, “ontem”, “segunda-feira passada” ou “3 de maio”. Se não souber, escreva “não sei”.
intake-ongoing = Isso ainda continua neste momento?
intake-ongoing-yes = Sim, ainda continua
intake-ongoing-no = Não, já parou
intake-ongoing-unsure = Não sei bem
intake-evidence = Se tiver prints (capturas de tela), mensagens ou arquivos sobre o que aconteceu, pode enviar agora. Também pode me encaminhar as mensagens, ou colar aqui o texto delas (se for um e-mail, os cabeçalhos também). Por favor, não apague nada por enquanto: tudo pode ajudar. Quando terminar, toque em “Pronto”. Se não tiver nada, toque em “Pular”.
intake-contact_pref = Como prefere que um voluntário entre em contato?
intake-contact_pref-here = Aqui, neste chat
intake-contact_pref-email = Por e-mail
intake-contact_pref-phone = Por telefone
intake-email = Qual e-mail devemos usar? Se quem fez isso puder ter acesso aos seus e-mails, use outro endereço ou toque em “Pular”.
intake-phone = Qual número de telefone devemos usar? Inclua o código do país, por exemplo +55 11 98765 4321 ou +351 912 345 678.
intake-contact_here = Não há problema: um voluntário vai responder aqui, neste chat.
intake-summary =
    Resumo do que entendi:
    { $summary }

    Está correto? Se confirmar, vou passar tudo para um voluntário. Se algo não estiver certo, pode corrigir.
intake-summary-confirm = Sim, enviar
intake-summary-edit = Não, corrigir uma resposta
intake-submitted = Obrigado. O seu caso tem a referência { $reference }. Guarde essa referência. Um voluntário vai ler o seu caso e entrar em contato o mais rápido possível. Até lá: não pague nada, não apague mensagens e, se sentir que está em perigo, ligue para a emergência (190 no Brasil, 112 em Portugal). Pode escrever /status a qualquer momento.

## Short names of the questions: the lines of the summary and the list of answers to change
intake-consent-label = Consentimento
intake-category-label = O que aconteceu
intake-story-label = O seu relato
intake-affected-label = Quem foi afetado
intake-organisation_type-label = Organização
intake-when-label = Quando
intake-ongoing-label = Ainda continua
intake-evidence-label = Arquivos enviados
intake-contact_pref-label = Contato
intake-email-label = E-mail
intake-phone-label = Telefone

## Words a person may type instead of pressing a button, comma separated (besides the label, its
## number and, for yes / no buttons, words-yes / words-no in common.ftl). Case and accents do not matter.
intake-consent-agree-words = ok, tudo bem, tá bem, está bem, concordo, pode ser, continuar, vamos, beleza, claro
intake-consent-decline-words = agora não, não obrigado, não obrigada, mais tarde, não concordo
intake-category-hacked_account-words = hackeado, hackeada, invadido, invadida, conta hackeada, conta invadida, conta
intake-category-ransomware-words = ransomware, resgate, arquivos bloqueados, ficheiros bloqueados, arquivos criptografados, vírus, malware, meu computador está com vírus, o computador tem um vírus
intake-category-extortion-words = extorsão, chantagem, ameaça, ameaças, me ameaçam, sextorsão
intake-category-scam-words = golpe, burla, fraude, perdi dinheiro, caí num golpe, enganado, enganada
intake-category-harassment-words = assédio, assediado, assediada, bullying, cyberbullying, perseguição, perseguido, perseguida, stalker, perfil falso, alguém finge ser eu, se passam por mim
intake-category-phishing-words = phishing, mensagem suspeita, e-mail suspeito, email suspeito, link suspeito, mensagem estranha, link estranho, e-mail falso, sms falso, um link, link
intake-category-data_leak-words = vazamento, vazamento de dados, vazaram meus dados, dados vazados, fuga de dados, meus dados vazaram, doxxing
intake-category-device-words = celular perdido, celular roubado, perdi o celular, roubaram meu celular, telemóvel roubado, perdi o telemóvel, notebook roubado, computador roubado, apreendido, confiscado, aparelho perdido, aparelho roubado
intake-category-ddos-words = ddos, site fora do ar, site caiu, site, o nosso site, nosso site, meu site, site atacado
intake-category-other-words = outra, outro, outra coisa, não sei, não tenho certeza, sei lá
intake-affected-me-words = eu, eu mesmo, eu mesma, só eu, sou eu, a mim, comigo
intake-affected-someone_else-words = outra pessoa, alguém, um amigo, uma amiga, família, minha mãe, meu pai, meu filho, minha filha, meu companheiro, minha companheira, não sou eu
intake-affected-organisation-words = organização, a nossa organização, nossa organização, empresa, minha empresa, nossa empresa, associação, somos uma organização
intake-organisation_type-ngo-words = ong, sem fins lucrativos, associação, fundação, instituição de caridade, somos uma ong, entidade, terceiro setor, ipss
intake-organisation_type-hospital-words = hospital, clínica, saúde, serviço de saúde, posto de saúde, centro de saúde, lar de idosos
intake-organisation_type-school-words = escola, universidade, faculdade, creche, colégio
intake-organisation_type-business-words = empresa, negócio, loja, firma, pequena empresa, comércio
intake-organisation_type-public_body-words = órgão público, governo, prefeitura, câmara municipal, município, ministério, junta de freguesia, autarquia
intake-organisation_type-other-words = outro, outra, outro tipo, outra coisa
intake-ongoing-yes-words = continua, ainda, ainda continua, sim continua
intake-ongoing-no-words = parou, já parou, acabou, terminou, já não
intake-ongoing-unsure-words = não sei, não tenho certeza, talvez
intake-contact_pref-here-words = aqui, chat, neste chat, por aqui
intake-contact_pref-email-words = e-mail, email, mail, por e-mail
intake-contact_pref-phone-words = telefone, ligação, ligar, por telefone, chamada
intake-summary-confirm-words = ok, tudo bem, está certo, certo, correto, enviar, envia, confirmar
intake-summary-edit-words = corrigir, mudar, alterar, editar, está errado, errado, não está certo
