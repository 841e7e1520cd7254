### Fraud and scams: what kind, where, the money (how much, how, when, where it went), the bank.

scam-scam_type = I am sorry this happened to you. Scammers are very good at what they do, and it can happen to anyone. What kind of scam was it?
scam-scam_type-investment = An investment or trading offer
scam-scam_type-romance = Someone I met online (romance)
scam-scam_type-shopping = Online shopping or selling
scam-scam_type-tech_support = Fake tech support or fake bank call
scam-scam_type-crypto = Cryptocurrency
scam-scam_type-other = Something else
scam-scam_platform = Where did it happen, or where did they first contact you?
scam-scam_platform-website = On a website
scam-scam_platform-social_media = On social media
scam-scam_platform-messaging = WhatsApp, Telegram or another messenger
scam-scam_platform-dating = On a dating app or site
scam-scam_platform-phone_call = By phone call or text message
scam-scam_platform-email = By email
scam-scam_platform-other = Somewhere else
scam-paid = Did you send money or pay anything?
scam-paid-yes = Yes
scam-paid-no = No
scam-amount = How much did you lose in total? Write the amount and currency, for example “300 euros” or “0.05 BTC”. A rough guess is fine. If you would rather not say, press “Skip”.
scam-payment_method = How did you pay? If you paid in several ways, choose the main one.
scam-payment_method-bank_transfer = Bank transfer
scam-payment_method-card = Credit or debit card
scam-payment_method-crypto = Cryptocurrency
scam-payment_method-gift_cards = Gift cards or vouchers
scam-payment_method-money_transfer = A money transfer service (Western Union, PayPal…)
scam-payment_method-cash = Cash
scam-payment_method-other = Another way
scam-paid_on = When did you pay? If you paid several times, when was the last payment? For example “yesterday” or “3 May”. If you don't know, write “I don't know”.
scam-destination = Where did the money go? If you have the account number (IBAN) or the crypto wallet address they gave you, copy it here exactly. If you don't have it, press “Skip”.
scam-money_leaving = Is money still leaving your account, or are they still asking you to pay?
scam-money_leaving-yes = Yes
scam-money_leaving-no = No
scam-money_leaving-unsure = I am not sure
scam-bank_told = Have you told your bank or payment service yet?
scam-bank_told-yes = Yes
scam-bank_told-no = Not yet
scam-first_aid_money =
    Thank you. Here is what helps most, right now:
    1. Call your bank, payment service or crypto exchange now, with the number on your card or on their official website. Ask them to stop or recall the payment and to block your card. The sooner, the better.
    2. Please do not send any more money, even if they promise to pay you back, or ask for “fees” or “taxes” to release your money.
    3. Stop answering them. If they had access to your computer (AnyDesk, TeamViewer…), disconnect it from the internet and change your banking passwords from another device.
    4. Keep everything: receipts, bank statements, chats, website addresses, account or wallet numbers.
    5. Report it to the police. Your bank may ask for the report.
scam-first_aid =
    Thank you. While you wait for a volunteer:
    1. Please do not send money, codes or copies of your documents, and stop answering them.
    2. If you gave your card details or a password, tell your bank and change the password now.
    3. Keep the messages, their profile and the website address: take screenshots.
    4. Report the profile, ad or website to the platform where you found it.

## Short names of the questions (the summary, the list of answers to change)
scam-scam_type-label = Kind of scam
scam-scam_platform-label = Where it happened
scam-paid-label = Paid money
scam-amount-label = Amount lost
scam-payment_method-label = Paid by
scam-paid_on-label = Date of payment
scam-destination-label = Account or wallet
scam-money_leaving-label = Money still leaving
scam-bank_told-label = Bank told

## Words a person may type instead of pressing a button, comma separated
scam-scam_type-investment-words = investment, investing, trading, trading platform, forex, stocks, invest
scam-scam_type-romance-words = romance, love, dating, boyfriend, girlfriend, someone i met online, a man i met online, a woman i met online
scam-scam_type-shopping-words = shopping, online shopping, fake shop, shop, buying, selling, marketplace, i bought something, i sold something
scam-scam_type-tech_support-words = tech support, microsoft, fake microsoft, support, fake bank, bank call, someone from my bank, remote access, anydesk, teamviewer
scam-scam_type-crypto-words = crypto, bitcoin, btc, usdt, cryptocurrency, crypto wallet
scam-scam_type-other-words = other, something else
scam-scam_platform-website-words = website, a website, web site, online shop, site
scam-scam_platform-social_media-words = social media, facebook, instagram, tiktok, twitter, x, facebook marketplace
scam-scam_platform-messaging-words = whatsapp, telegram, messenger, signal, viber, chat, messages
scam-scam_platform-dating-words = dating, dating app, dating site, tinder, bumble, hinge
scam-scam_platform-phone_call-words = phone, phone call, call, by phone, sms, text, text message, they called me
scam-scam_platform-email-words = email, e-mail, mail, by email
scam-scam_platform-other-words = other, somewhere else, elsewhere, in person
scam-paid-yes-words = i paid, yes i paid, paid, i sent money, yes i sent money, i lost money
scam-paid-no-words = i didn't pay, i did not pay, not paid, nothing, i paid nothing, not yet
scam-payment_method-bank_transfer-words = bank transfer, transfer, wire, wire transfer, bank, iban, sepa
scam-payment_method-card-words = card, credit card, debit card, my card, visa, mastercard
scam-payment_method-crypto-words = crypto, bitcoin, btc, usdt, crypto wallet, cryptocurrency, ethereum
scam-payment_method-gift_cards-words = gift card, gift cards, voucher, vouchers, itunes, google play, amazon card, paysafecard, steam
scam-payment_method-money_transfer-words = western union, paypal, moneygram, revolut, wise, money transfer, remitly
scam-payment_method-cash-words = cash, in cash, in person
scam-payment_method-other-words = other, another way, something else
scam-money_leaving-yes-words = still leaving, money is still leaving, they are still taking money, they still ask, they ask for more, they want more
scam-money_leaving-no-words = it stopped, stopped, not any more, no more
scam-money_leaving-unsure-words = i don't know, dont know, don't know, not sure, i'm not sure, unsure, maybe, idk
scam-bank_told-yes-words = i told them, i called my bank, i called the bank, the bank knows, yes i told them, done
scam-bank_told-no-words = not yet, i haven't, i have not, no not yet, i didn't
