### Fraud and scams: what kind, where, the money (how much, how, when, where it went), the bank.

scam-scam_type = Mi dispiace che ti sia successo. I truffatori sono molto bravi in quello che fanno, e può capitare a chiunque. Che tipo di truffa era?
scam-scam_type-investment = Un'offerta di investimento o di trading
scam-scam_type-romance = Una persona conosciuta online (truffa sentimentale)
scam-scam_type-shopping = Acquisti o vendite online
scam-scam_type-tech_support = Falsa assistenza tecnica o falsa chiamata della banca
scam-scam_type-crypto = Criptovalute
scam-scam_type-other = Altro
scam-scam_platform = Dove è successo, o dove ti hanno contattato la prima volta?
scam-scam_platform-website = Su un sito internet
scam-scam_platform-social_media = Sui social
scam-scam_platform-messaging = WhatsApp, Telegram o un'altra app di messaggi
scam-scam_platform-dating = Su un'app o un sito di incontri
scam-scam_platform-phone_call = Con una chiamata o un SMS
scam-scam_platform-email = Via email
scam-scam_platform-other = Altrove
scam-paid = Hai mandato soldi o pagato qualcosa?
scam-paid-yes = Sì
scam-paid-no = No
scam-amount = Quanto hai perso in tutto? Scrivi la cifra e la valuta, per esempio «300 euro» o «0,05 BTC». Va bene anche una stima. Se preferisci non dirlo, premi «Salta».
scam-payment_method = Come hai pagato? Se hai pagato in più modi, scegli quello principale.
scam-payment_method-bank_transfer = Bonifico bancario
scam-payment_method-card = Carta di credito o di debito
scam-payment_method-crypto = Criptovalute
scam-payment_method-gift_cards = Carte regalo o buoni
scam-payment_method-money_transfer = Un servizio di trasferimento di denaro (Western Union, PayPal…)
scam-payment_method-cash = Contanti
scam-payment_method-other = Un altro modo
scam-paid_on = Quando hai pagato? Se hai pagato più volte, quando è stato l'ultimo pagamento? Per esempio «ieri» o «3 maggio». Se non lo sai, scrivi «non lo so».
scam-destination = Dove sono finiti i soldi? Se hai il numero di conto (IBAN) o l'indirizzo del portafoglio crypto che ti hanno dato, copialo qui esattamente. Se non ce l'hai, premi «Salta».
scam-money_leaving = Escono ancora soldi dal tuo conto, o ti chiedono ancora di pagare?
scam-money_leaving-yes = Sì
scam-money_leaving-no = No
scam-money_leaving-unsure = Non lo so
scam-bank_told = Hai già avvisato la tua banca o il servizio di pagamento?
scam-bank_told-yes = Sì
scam-bank_told-no = Non ancora
scam-first_aid_money =
    Grazie. Ecco cosa aiuta di più, subito:
    1. Chiama adesso la tua banca, il servizio di pagamento o la piattaforma crypto, al numero scritto sulla carta o sul loro sito ufficiale. Chiedi di fermare o richiamare il pagamento e di bloccare la carta. Prima lo fai, meglio è.
    2. Per favore, non mandare altri soldi, anche se promettono di restituirteli o ti chiedono «commissioni» o «tasse» per sbloccare il tuo denaro.
    3. Smetti di rispondere. Se hanno avuto accesso al tuo computer (AnyDesk, TeamViewer…), scollegalo da internet e cambia le password della banca da un altro dispositivo.
    4. Conserva tutto: ricevute, estratti conto, chat, indirizzi dei siti, numeri di conto o di portafoglio.
    5. Fai denuncia alla polizia. La tua banca potrebbe chiederti la denuncia.
scam-first_aid =
    Grazie. Mentre aspetti un volontario:
    1. Per favore, non mandare soldi, codici o copie dei tuoi documenti, e smetti di rispondere.
    2. Se hai dato i dati della carta o una password, avvisa la tua banca e cambia subito la password.
    3. Conserva i messaggi, il loro profilo e l'indirizzo del sito: fai degli screenshot.
    4. Segnala il profilo, l'annuncio o il sito alla piattaforma dove l'hai trovato.

## Short names of the questions (the summary, the list of answers to change)
scam-scam_type-label = Tipo di truffa
scam-scam_platform-label = Dove è successo
scam-paid-label = Soldi pagati
scam-amount-label = Somma persa
scam-payment_method-label = Pagato con
scam-paid_on-label = Data del pagamento
scam-destination-label = Conto o portafoglio
scam-money_leaving-label = Escono ancora soldi
scam-bank_told-label = Banca avvisata

## Words a person may type instead of pressing a button, comma separated
scam-scam_type-investment-words = investimento, investimenti, trading, piattaforma di trading, forex, azioni, investire
scam-scam_type-romance-words = amore, sentimentale, truffa sentimentale, romance, incontri, fidanzato, fidanzata, una persona conosciuta online, un uomo conosciuto online, una donna conosciuta online
scam-scam_type-shopping-words = acquisti, acquisti online, shopping, negozio falso, negozio, comprare, vendere, ho comprato qualcosa, ho venduto qualcosa, marketplace
scam-scam_type-tech_support-words = assistenza tecnica, assistenza, microsoft, falsa microsoft, supporto, falsa banca, chiamata della banca, qualcuno della mia banca, accesso remoto, anydesk, teamviewer
scam-scam_type-crypto-words = crypto, cripto, bitcoin, btc, usdt, criptovaluta, criptovalute, wallet
scam-scam_type-other-words = altro, altra cosa
scam-scam_platform-website-words = sito, un sito, sito internet, sito web, negozio online
scam-scam_platform-social_media-words = social, social network, facebook, instagram, tiktok, twitter, x, facebook marketplace
scam-scam_platform-messaging-words = whatsapp, telegram, messenger, signal, viber, chat, messaggi
scam-scam_platform-dating-words = incontri, app di incontri, sito di incontri, tinder, bumble, hinge, meetic
scam-scam_platform-phone_call-words = telefono, chiamata, telefonata, per telefono, sms, mi hanno chiamato
scam-scam_platform-email-words = email, e-mail, mail, via mail, posta
scam-scam_platform-other-words = altro, altrove, da un'altra parte, di persona
scam-paid-yes-words = ho pagato, sì ho pagato, pagato, ho mandato soldi, ho mandato dei soldi, ho perso soldi
scam-paid-no-words = non ho pagato, non pagato, niente, nulla, non ho pagato niente, non ancora
scam-payment_method-bank_transfer-words = bonifico, bonifico bancario, bonifico istantaneo, trasferimento, banca, iban, sepa
scam-payment_method-card-words = carta, carta di credito, carta di debito, la mia carta, visa, mastercard, bancomat, postepay
scam-payment_method-crypto-words = crypto, cripto, bitcoin, btc, usdt, wallet, criptovaluta, ethereum
scam-payment_method-gift_cards-words = carta regalo, gift card, buono, buoni, voucher, itunes, google play, amazon, paysafecard, steam
scam-payment_method-money_transfer-words = western union, paypal, moneygram, revolut, wise, money transfer, trasferimento di denaro, ria, remitly
scam-payment_method-cash-words = contanti, in contanti, di persona
scam-payment_method-other-words = altro, un altro modo, altra cosa
scam-money_leaving-yes-words = escono ancora, escono ancora soldi, continuano a prendere soldi, chiedono ancora, chiedono ancora soldi, vogliono altri soldi, vogliono di più
scam-money_leaving-no-words = si è fermato, fermato, non più, non escono più
scam-money_leaving-unsure-words = non lo so, non so, non sono sicuro, non sono sicura, forse, boh
scam-bank_told-yes-words = l'ho detto, ho chiamato la banca, ho chiamato la mia banca, la banca lo sa, sì l'ho detto, fatto, ho avvisato la banca
scam-bank_told-no-words = ancora no, non l'ho fatto, no non ancora, non ho avvisato
