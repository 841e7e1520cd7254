### Fraud and scams: what kind, where, the money (how much, how, when, where it went), the bank.

scam-scam_type = Sinto muito que isso tenha acontecido com você. Os golpistas são muito bons no que fazem, e isso pode acontecer com qualquer pessoa. Que tipo de golpe foi?
scam-scam_type-investment = Uma oferta de investimento ou trading
scam-scam_type-romance = Alguém que conheci na internet (golpe do amor)
scam-scam_type-shopping = Compras ou vendas pela internet
scam-scam_type-tech_support = Falso suporte técnico ou falsa ligação do banco
scam-scam_type-crypto = Criptomoedas
scam-scam_type-other = Outra coisa
scam-scam_platform = Onde aconteceu, ou onde entraram em contato com você pela primeira vez?
scam-scam_platform-website = Num site
scam-scam_platform-social_media = Nas redes sociais
scam-scam_platform-messaging = WhatsApp, Telegram ou outro aplicativo de mensagens
scam-scam_platform-dating = Num aplicativo ou site de namoro
scam-scam_platform-phone_call = Por ligação ou SMS
scam-scam_platform-email = Por e-mail
scam-scam_platform-other = Em outro lugar
scam-paid = Enviou dinheiro ou pagou alguma coisa?
scam-paid-yes = Sim
scam-paid-no = Não
scam-amount = Quanto perdeu no total? Escreva o valor e a moeda, por exemplo “300 reais”, “300 euros” ou “0,05 BTC”. Um valor aproximado serve. Se preferir não dizer, toque em “Pular”.
scam-payment_method = Como pagou? Se pagou de várias formas, escolha a principal.
scam-payment_method-bank_transfer = Transferência bancária ou Pix
scam-payment_method-card = Cartão de crédito ou débito
scam-payment_method-crypto = Criptomoedas
scam-payment_method-gift_cards = Cartões-presente ou vales
scam-payment_method-money_transfer = Um serviço de envio de dinheiro (Western Union, PayPal…)
scam-payment_method-cash = Dinheiro em espécie
scam-payment_method-other = Outra forma
scam-paid_on = Quando pagou? Se pagou várias vezes, quando foi o último pagamento? Por exemplo “ontem” ou “3 de maio”. Se não souber, escreva “não sei”.
scam-destination = Para onde foi o dinheiro? Se tiver o número da conta (IBAN) ou o endereço da carteira de criptomoedas que passaram a você, copie aqui exatamente. Se não tiver, toque em “Pular”.
scam-money_leaving = Ainda está saindo dinheiro da sua conta, ou ainda pedem que você pague?
scam-money_leaving-yes = Sim
scam-money_leaving-no = Não
scam-money_leaving-unsure = Não sei bem
scam-bank_told = Já avisou o seu banco ou o serviço de pagamento?
scam-bank_told-yes = Sim
scam-bank_told-no = Ainda não
scam-first_aid_money =
    Obrigado. Isto é o que mais ajuda, agora mesmo:
    1. Ligue agora para o seu banco, serviço de pagamento ou corretora de criptomoedas, pelo número que está no cartão ou no site oficial. Peça para parar ou estornar o pagamento e para bloquear o cartão. Quanto antes, melhor.
    2. Por favor, não envie mais dinheiro, mesmo que prometam devolver, ou peçam “taxas” ou “impostos” para liberar o seu dinheiro.
    3. Pare de responder. Se tiveram acesso ao seu computador (AnyDesk, TeamViewer…), desconecte-o da internet e troque as senhas do banco a partir de outro aparelho.
    4. Guarde tudo: comprovantes, extratos, conversas, endereços de sites, números de contas ou de carteiras.
    5. Faça uma denúncia na polícia. O banco pode pedir esse registro.
scam-first_aid =
    Obrigado. Enquanto espera por um voluntário:
    1. Por favor, não envie dinheiro, códigos nem cópias dos seus documentos, e pare de responder.
    2. Se passou os dados do cartão ou uma senha, avise o seu banco e troque a senha agora.
    3. Guarde as mensagens, o perfil e o endereço do site: tire capturas de tela.
    4. Denuncie o perfil, o anúncio ou o site à plataforma onde o encontrou.

## Short names of the questions (the summary, the list of answers to change)
scam-scam_type-label = Tipo de golpe
scam-scam_platform-label = Onde aconteceu
scam-paid-label = Pagou
scam-amount-label = Valor perdido
scam-payment_method-label = Forma de pagamento
scam-paid_on-label = Data do pagamento
scam-destination-label = Conta ou carteira
scam-money_leaving-label = Dinheiro ainda saindo
scam-bank_told-label = Banco avisado

## Words a person may type instead of pressing a button, comma separated
scam-scam_type-investment-words = investimento, investimentos, trading, plataforma de trading, forex, ações, investir, corretora
scam-scam_type-romance-words = amor, romance, namoro, namorado, namorada, golpe do amor, alguém que conheci na internet, um homem que conheci na internet, uma mulher que conheci na internet
scam-scam_type-shopping-words = compras, compra, compras online, loja falsa, loja, comprei, vendi, venda, marketplace, olx, comprei uma coisa, vendi uma coisa
scam-scam_type-tech_support-words = suporte técnico, suporte, microsoft, falsa microsoft, falso banco, ligação do banco, alguém do meu banco, acesso remoto, anydesk, teamviewer, central falsa
scam-scam_type-crypto-words = cripto, crypto, bitcoin, btc, usdt, criptomoeda, carteira cripto
scam-scam_type-other-words = outro, outra, outra coisa
scam-scam_platform-website-words = site, um site, website, loja online, página
scam-scam_platform-social_media-words = redes sociais, rede social, facebook, instagram, tiktok, twitter, x, facebook marketplace
scam-scam_platform-messaging-words = whatsapp, telegram, messenger, signal, viber, chat, mensagens, zap
scam-scam_platform-dating-words = namoro, app de namoro, aplicativo de namoro, site de namoro, tinder, bumble, hinge
scam-scam_platform-phone_call-words = telefone, ligação, chamada, por telefone, sms, me ligaram, ligaram
scam-scam_platform-email-words = email, e-mail, mail, por email
scam-scam_platform-other-words = outro, outro lugar, pessoalmente, noutro lado
scam-paid-yes-words = paguei, sim paguei, pago, enviei dinheiro, mandei dinheiro, perdi dinheiro, transferi
scam-paid-no-words = não paguei, nada, não paguei nada, ainda não
scam-payment_method-bank_transfer-words = transferência, transferência bancária, ted, doc, pix, banco, iban, mb way, multibanco
scam-payment_method-card-words = cartão, cartão de crédito, cartão de débito, meu cartão, visa, mastercard
scam-payment_method-crypto-words = cripto, crypto, bitcoin, btc, usdt, criptomoeda, ethereum, carteira cripto
scam-payment_method-gift_cards-words = cartão-presente, cartão presente, gift card, vale, vales, vale-presente, itunes, google play, cartão amazon, paysafecard, steam
scam-payment_method-money_transfer-words = western union, paypal, moneygram, revolut, wise, remessa, envio de dinheiro, remitly
scam-payment_method-cash-words = dinheiro, em dinheiro, dinheiro vivo, espécie, em espécie, pessoalmente, em mão
scam-payment_method-other-words = outro, outra, outra coisa
scam-money_leaving-yes-words = ainda está saindo, continua saindo, ainda tiram dinheiro, ainda pedem, pedem mais, querem mais
scam-money_leaving-no-words = parou, já parou, não sai mais, não pedem mais
scam-money_leaving-unsure-words = não sei, não tenho certeza, talvez, sei lá
scam-bank_told-yes-words = avisei, já avisei, liguei para o banco, o banco sabe, sim avisei, feito, já liguei
scam-bank_told-no-words = não avisei, não liguei, ainda não avisei
