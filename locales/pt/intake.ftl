### O primeiro contato: alguém foi atacado, vítima de golpe ou ameaçado na internet.

intake-greeting = Olá. Este é um serviço de ajuda gratuito para pessoas afetadas por ataques cibernéticos, golpes, fraudes e ameaças na internet. Você não está só, e fez bem em escrever. Vou fazer algumas perguntas rápidas para que um dos nossos voluntários possa ajudar.
intake-consent = Antes de começar: o que me contar fica guardado em segurança e só os nossos voluntários podem ver, para poderem ajudar. Pode pedir para eu apagar tudo a qualquer momento: basta escrever /forget. Tudo bem?
intake-consent-agree = Sim, continuar
intake-consent-decline = Não, agora não
intake-declined = Tudo bem. Nada foi guardado. Se mudar de ideia, é só escrever /start. Cuide-se.
intake-category = O que aconteceu? Escolha a opção que mais se aproxima. Na dúvida, escolha “Outra coisa”.
intake-category-hacked_account = Uma conta minha foi hackeada
intake-category-ransomware = Arquivos bloqueados, pedem resgate
intake-category-extortion = Alguém me ameaça ou chantageia
intake-category-scam = Fui vítima de golpe ou perdi dinheiro
intake-category-harassment = Sofro assédio na internet
intake-category-other = Outra coisa
intake-story = Conte com as suas palavras o que aconteceu. Pode escrever muito ou pouco, como preferir. Não há respostas erradas.
intake-when = Quando aconteceu, ou quando começou? Pode escrever, por exemplo, “ontem”, “segunda-feira passada” ou “3 de maio”. Se não souber, escreva “não sei”.
intake-ongoing = Isso ainda continua neste momento?
intake-ongoing-yes = Sim, ainda continua
intake-ongoing-no = Não, já parou
intake-ongoing-unsure = Não sei bem
intake-evidence = Se tiver prints (capturas de tela), mensagens ou arquivos sobre o que aconteceu, pode enviar agora. Por favor, não apague nada por enquanto: tudo pode ajudar. Quando terminar, toque em “Pronto”. Se não tiver nada, toque em “Pular”.
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
intake-category-ransomware-words = ransomware, resgate, arquivos bloqueados, ficheiros bloqueados, arquivos criptografados, vírus
intake-category-extortion-words = extorsão, chantagem, ameaça, ameaças, me ameaçam, sextorsão
intake-category-scam-words = golpe, burla, fraude, perdi dinheiro, caí num golpe, enganado, enganada
intake-category-harassment-words = assédio, assediado, assediada, bullying, cyberbullying, perseguição
intake-category-other-words = outra, outro, outra coisa, não sei
intake-ongoing-yes-words = continua, ainda, ainda continua, sim continua
intake-ongoing-no-words = parou, já parou, acabou, terminou, já não
intake-ongoing-unsure-words = não sei, não tenho certeza, talvez
intake-contact_pref-here-words = aqui, chat, neste chat, por aqui
intake-contact_pref-email-words = e-mail, email, mail, por e-mail
intake-contact_pref-phone-words = telefone, ligação, ligar, por telefone, chamada
intake-summary-confirm-words = ok, tudo bem, está certo, certo, correto, enviar, envia, confirmar
intake-summary-edit-words = corrigir, mudar, alterar, editar, está errado, errado, não está certo
