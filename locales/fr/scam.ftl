### Fraudes et arnaques : quel type, où, l'argent (combien, comment, quand, vers où), la banque.

scam-scam_type = Je suis désolé que cela vous soit arrivé. Les escrocs sont très doués, et cela peut arriver à tout le monde. De quel type d'arnaque s'agit-il ?
scam-scam_type-investment = Une offre d'investissement ou de trading
scam-scam_type-romance = Une personne rencontrée en ligne (arnaque sentimentale)
scam-scam_type-shopping = Achat ou vente en ligne
scam-scam_type-tech_support = Faux support technique ou faux appel de la banque
scam-scam_type-crypto = Cryptomonnaie
scam-scam_type-other = Autre chose
scam-scam_platform = Où cela s'est-il passé, ou par où le premier contact a-t-il eu lieu ?
scam-scam_platform-website = Sur un site web
scam-scam_platform-social_media = Sur les réseaux sociaux
scam-scam_platform-messaging = WhatsApp, Telegram ou une autre messagerie
scam-scam_platform-dating = Sur une application ou un site de rencontre
scam-scam_platform-phone_call = Par appel ou SMS
scam-scam_platform-email = Par e-mail
scam-scam_platform-other = Ailleurs
scam-paid = Avez-vous envoyé de l'argent ou payé quelque chose ?
scam-paid-yes = Oui
scam-paid-no = Non
scam-amount = Combien avez-vous perdu au total ? Écrivez le montant et la monnaie, par exemple « 300 euros » ou « 0,05 BTC ». Une estimation suffit. Si vous préférez ne pas le dire, appuyez sur « Passer ».
scam-payment_method = Comment avez-vous payé ? Si vous avez payé de plusieurs façons, choisissez la principale.
scam-payment_method-bank_transfer = Virement bancaire
scam-payment_method-card = Carte bancaire ou de crédit
scam-payment_method-crypto = Cryptomonnaie
scam-payment_method-gift_cards = Cartes cadeaux ou coupons
scam-payment_method-money_transfer = Un service de transfert d'argent (Western Union, PayPal…)
scam-payment_method-cash = Espèces
scam-payment_method-other = Un autre moyen
scam-paid_on = Quand avez-vous payé ? Si vous avez payé plusieurs fois, quand était le dernier paiement ? Par exemple « hier » ou « 3 mai ». Si vous ne savez pas, écrivez « je ne sais pas ».
scam-destination = Où est allé l'argent ? Si vous avez le numéro de compte (IBAN) ou l'adresse du portefeuille crypto qu'on vous a donnés, copiez-les ici exactement. Si vous ne les avez pas, appuyez sur « Passer ».
scam-money_leaving = De l'argent part-il encore de votre compte, ou vous demande-t-on encore de payer ?
scam-money_leaving-yes = Oui
scam-money_leaving-no = Non
scam-money_leaving-unsure = Je ne sais pas
scam-bank_told = Avez-vous déjà prévenu votre banque ou votre service de paiement ?
scam-bank_told-yes = Oui
scam-bank_told-no = Pas encore
scam-first_aid_money =
    Merci. Voici ce qui aide le plus, tout de suite :
    1. Appelez maintenant votre banque, votre service de paiement ou votre plateforme crypto, au numéro inscrit sur votre carte ou sur leur site officiel. Demandez-leur de bloquer ou de rappeler le paiement, et de faire opposition sur votre carte. Le plus tôt sera le mieux.
    2. S'il vous plaît, n'envoyez plus d'argent, même s'ils promettent de vous rembourser ou demandent des « frais » ou des « taxes » pour débloquer votre argent.
    3. Ne leur répondez plus. S'ils ont eu accès à votre ordinateur (AnyDesk, TeamViewer…), déconnectez-le d'internet et changez vos mots de passe bancaires depuis un autre appareil.
    4. Gardez tout : reçus, relevés bancaires, conversations, adresses des sites, numéros de compte ou de portefeuille.
    5. Portez plainte à la police. Votre banque peut vous demander une copie de la plainte.
scam-first_aid =
    Merci. En attendant un bénévole :
    1. S'il vous plaît, n'envoyez ni argent, ni codes, ni copies de vos papiers, et ne leur répondez plus.
    2. Si vous avez donné vos coordonnées de carte ou un mot de passe, prévenez votre banque et changez le mot de passe tout de suite.
    3. Gardez les messages, leur profil et l'adresse du site : faites des captures d'écran.
    4. Signalez le profil, l'annonce ou le site à la plateforme où vous l'avez trouvé.

## Short names of the questions (the summary, the list of answers to change)
scam-scam_type-label = Type d'arnaque
scam-scam_platform-label = Où
scam-paid-label = Argent payé
scam-amount-label = Montant perdu
scam-payment_method-label = Payé par
scam-paid_on-label = Date du paiement
scam-destination-label = Compte ou portefeuille
scam-money_leaving-label = L'argent part encore
scam-bank_told-label = Banque prévenue

## Words a person may type instead of pressing a button, comma separated
scam-scam_type-investment-words = investissement, investir, placement, trading, plateforme de trading, forex, bourse, actions
scam-scam_type-romance-words = amour, sentimental, arnaque sentimentale, romance, rencontre, petit ami, petite amie, copain, copine, quelqu'un rencontré en ligne, un homme rencontré en ligne, une femme rencontrée en ligne
scam-scam_type-shopping-words = achat, achats, achat en ligne, vente, faux site, boutique, acheter, vendre, leboncoin, vinted, marketplace, j'ai acheté quelque chose, j'ai vendu quelque chose
scam-scam_type-tech_support-words = support technique, microsoft, faux microsoft, support, fausse banque, faux conseiller, appel de la banque, quelqu'un de ma banque, contrôle à distance, anydesk, teamviewer
scam-scam_type-crypto-words = crypto, bitcoin, btc, usdt, cryptomonnaie, crypto-monnaie, portefeuille crypto
scam-scam_type-other-words = autre, autre chose
scam-scam_platform-website-words = site, site web, site internet, un site, boutique en ligne
scam-scam_platform-social_media-words = réseaux sociaux, facebook, instagram, tiktok, twitter, x, facebook marketplace
scam-scam_platform-messaging-words = whatsapp, telegram, messenger, signal, viber, messagerie, messages
scam-scam_platform-dating-words = rencontre, appli de rencontre, application de rencontre, site de rencontre, tinder, bumble, hinge, meetic
scam-scam_platform-phone_call-words = téléphone, appel, appel téléphonique, par téléphone, sms, texto, ils m'ont appelé, on m'a appelé, on m'a appelée
scam-scam_platform-email-words = e-mail, email, mail, courriel, par mail, par e-mail
scam-scam_platform-other-words = autre, ailleurs, autre part, en personne
scam-paid-yes-words = j'ai payé, oui j'ai payé, payé, j'ai envoyé de l'argent, oui j'ai envoyé de l'argent, j'ai perdu de l'argent
scam-paid-no-words = je n'ai pas payé, pas payé, rien, je n'ai rien payé, pas encore
scam-payment_method-bank_transfer-words = virement, virement bancaire, banque, iban, rib, sepa
scam-payment_method-card-words = carte, carte bancaire, carte de crédit, ma carte, cb, visa, mastercard
scam-payment_method-crypto-words = crypto, bitcoin, btc, usdt, portefeuille crypto, cryptomonnaie, ethereum
scam-payment_method-gift_cards-words = carte cadeau, cartes cadeaux, coupon, coupons, bon d'achat, itunes, google play, carte amazon, paysafecard, steam, transcash, neosurf, pcs
scam-payment_method-money_transfer-words = western union, paypal, moneygram, revolut, wise, transfert d'argent, remitly, lydia
scam-payment_method-cash-words = espèces, en espèces, liquide, en liquide, cash, en personne
scam-payment_method-other-words = autre, autre moyen, autre chose
scam-money_leaving-yes-words = ça part encore, l'argent part encore, ils prennent encore de l'argent, ils demandent encore, ils en demandent plus, ils veulent plus
scam-money_leaving-no-words = ça s'est arrêté, arrêté, plus maintenant, c'est fini
scam-money_leaving-unsure-words = je ne sais pas, je sais pas, sais pas, jsp, pas sûr, pas sûre, je ne suis pas sûr, je ne suis pas sûre, peut-être
scam-bank_told-yes-words = je les ai prévenus, j'ai appelé ma banque, j'ai appelé la banque, la banque est au courant, oui je les ai prévenus, c'est fait
scam-bank_told-no-words = pas encore, je ne l'ai pas fait, non pas encore, pas fait
