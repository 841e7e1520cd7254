### Fraud and scams: what kind, where, the money (how much, how, when, where it went), the bank.

scam-scam_type = Es tut mir leid, dass Ihnen das passiert ist. Betrüger sind sehr geschickt, und es kann jedem passieren. Um welche Art von Betrug geht es?
scam-scam_type-investment = Ein Angebot zur Geldanlage oder zum Trading
scam-scam_type-romance = Jemand, den ich online kennengelernt habe (Liebesbetrug)
scam-scam_type-shopping = Online einkaufen oder verkaufen
scam-scam_type-tech_support = Falscher technischer Support oder falscher Anruf der Bank
scam-scam_type-crypto = Kryptowährung
scam-scam_type-other = Etwas anderes
scam-scam_platform = Wo ist es passiert, oder wo hat man Sie zuerst kontaktiert?
scam-scam_platform-website = Auf einer Website
scam-scam_platform-social_media = In sozialen Medien
scam-scam_platform-messaging = WhatsApp, Telegram oder ein anderer Messenger
scam-scam_platform-dating = In einer Dating-App oder auf einer Dating-Seite
scam-scam_platform-phone_call = Per Anruf oder SMS
scam-scam_platform-email = Per E-Mail
scam-scam_platform-other = Woanders
scam-paid = Haben Sie Geld geschickt oder etwas bezahlt?
scam-paid-yes = Ja
scam-paid-no = Nein
scam-amount = Wie viel haben Sie insgesamt verloren? Schreiben Sie den Betrag und die Währung, zum Beispiel „300 Euro“ oder „0,05 BTC“. Eine grobe Schätzung reicht. Wenn Sie es lieber nicht sagen möchten, tippen Sie auf „Überspringen“.
scam-payment_method = Wie haben Sie bezahlt? Wenn auf mehreren Wegen, wählen Sie den wichtigsten.
scam-payment_method-bank_transfer = Überweisung
scam-payment_method-card = Kredit- oder Debitkarte
scam-payment_method-crypto = Kryptowährung
scam-payment_method-gift_cards = Geschenkkarten oder Gutscheine
scam-payment_method-money_transfer = Ein Geldtransferdienst (Western Union, PayPal…)
scam-payment_method-cash = Bargeld
scam-payment_method-other = Auf andere Weise
scam-paid_on = Wann haben Sie bezahlt? Wenn Sie mehrmals bezahlt haben: Wann war die letzte Zahlung? Zum Beispiel „gestern“ oder „3. Mai“. Wenn Sie es nicht wissen, schreiben Sie „ich weiß nicht“.
scam-destination = Wohin ist das Geld gegangen? Wenn Sie die Kontonummer (IBAN) oder die Krypto-Wallet-Adresse haben, die man Ihnen gegeben hat, kopieren Sie sie genau hierher. Wenn Sie sie nicht haben, tippen Sie auf „Überspringen“.
scam-money_leaving = Geht noch Geld von Ihrem Konto ab, oder verlangt man noch Zahlungen von Ihnen?
scam-money_leaving-yes = Ja
scam-money_leaving-no = Nein
scam-money_leaving-unsure = Ich bin nicht sicher
scam-bank_told = Haben Sie Ihre Bank oder Ihren Zahlungsdienst schon informiert?
scam-bank_told-yes = Ja
scam-bank_told-no = Noch nicht
scam-first_aid_money =
    Danke. Das hilft jetzt am meisten:
    1. Rufen Sie jetzt Ihre Bank, Ihren Zahlungsdienst oder Ihre Krypto-Börse an, mit der Nummer auf Ihrer Karte oder auf der offiziellen Website. Bitten Sie darum, die Zahlung zu stoppen oder zurückzuholen und Ihre Karte zu sperren. Je früher, desto besser.
    2. Bitte schicken Sie kein weiteres Geld, auch wenn man verspricht, es Ihnen zurückzuzahlen, oder „Gebühren“ oder „Steuern“ verlangt, um Ihr Geld freizugeben.
    3. Antworten Sie nicht mehr. Wenn die Betrüger Zugriff auf Ihren Computer hatten (AnyDesk, TeamViewer…), trennen Sie ihn vom Internet und ändern Sie Ihre Passwörter fürs Online-Banking auf einem anderen Gerät.
    4. Bewahren Sie alles auf: Quittungen, Kontoauszüge, Chats, Website-Adressen, Konto- oder Wallet-Nummern.
    5. Erstatten Sie Anzeige bei der Polizei. Ihre Bank fragt vielleicht nach der Anzeige.
scam-first_aid =
    Danke. Während Sie auf jemanden aus unserem Team warten:
    1. Bitte schicken Sie kein Geld, keine Codes und keine Kopien Ihrer Dokumente, und antworten Sie nicht mehr.
    2. Wenn Sie Ihre Kartendaten oder ein Passwort angegeben haben, informieren Sie Ihre Bank und ändern Sie das Passwort jetzt.
    3. Bewahren Sie die Nachrichten, das Profil und die Website-Adresse auf: Machen Sie Screenshots.
    4. Melden Sie das Profil, die Anzeige oder die Website bei der Plattform, auf der Sie sie gefunden haben.

## Short names of the questions (the summary, the list of answers to change)
scam-scam_type-label = Art des Betrugs
scam-scam_platform-label = Wo es passiert ist
scam-paid-label = Geld bezahlt
scam-amount-label = Verlorener Betrag
scam-payment_method-label = Bezahlt per
scam-paid_on-label = Datum der Zahlung
scam-destination-label = Konto oder Wallet
scam-money_leaving-label = Geld geht noch ab
scam-bank_told-label = Bank informiert

## Words a person may type instead of pressing a button, comma separated
scam-scam_type-investment-words = geldanlage, anlage, investition, investieren, trading, trading plattform, forex, aktien, broker
scam-scam_type-romance-words = liebe, liebesbetrug, romance scam, love scam, dating, freund, freundin, online kennengelernt, jemand den ich online kennengelernt habe
scam-scam_type-shopping-words = einkaufen, online einkaufen, fake shop, fakeshop, shop, kaufen, verkaufen, kleinanzeigen, ebay, ich habe etwas gekauft, ich habe etwas verkauft
scam-scam_type-tech_support-words = technischer support, support, microsoft, falscher microsoft, falsche bank, bankanruf, anruf von der bank, fernzugriff, anydesk, teamviewer
scam-scam_type-crypto-words = krypto, bitcoin, btc, usdt, kryptowährung, krypto wallet
scam-scam_type-other-words = anderes, etwas anderes
scam-scam_platform-website-words = website, webseite, eine website, internetseite, online shop, seite
scam-scam_platform-social_media-words = soziale medien, social media, facebook, instagram, tiktok, twitter, x, facebook marketplace
scam-scam_platform-messaging-words = whatsapp, telegram, messenger, signal, viber, chat, nachrichten
scam-scam_platform-dating-words = dating, dating app, dating seite, partnerbörse, tinder, bumble, hinge, parship, lovoo
scam-scam_platform-phone_call-words = telefon, anruf, per telefon, sms, textnachricht, angerufen, sie haben mich angerufen
scam-scam_platform-email-words = email, e-mail, mail, per mail
scam-scam_platform-other-words = anderes, woanders, anderswo, persönlich
scam-paid-yes-words = ich habe bezahlt, ja bezahlt, bezahlt, ich habe geld geschickt, geld überwiesen, ich habe geld verloren
scam-paid-no-words = ich habe nicht bezahlt, nicht bezahlt, nichts, nichts bezahlt, noch nicht
scam-payment_method-bank_transfer-words = überweisung, überwiesen, banküberweisung, echtzeitüberweisung, bank, iban, sepa
scam-payment_method-card-words = karte, kreditkarte, debitkarte, girokarte, ec karte, meine karte, visa, mastercard
scam-payment_method-crypto-words = krypto, bitcoin, btc, usdt, krypto wallet, kryptowährung, ethereum
scam-payment_method-gift_cards-words = geschenkkarte, geschenkkarten, gutschein, gutscheine, itunes, google play, amazon gutschein, paysafecard, steam
scam-payment_method-money_transfer-words = western union, paypal, moneygram, revolut, wise, geldtransfer, remitly
scam-payment_method-cash-words = bargeld, bar, in bar, persönlich
scam-payment_method-other-words = anderes, auf andere weise, etwas anderes
scam-money_leaving-yes-words = geht noch ab, es geht noch geld ab, sie buchen noch ab, sie wollen mehr, sie verlangen mehr
scam-money_leaving-no-words = aufgehört, es hat aufgehört, nicht mehr, nichts mehr
scam-money_leaving-unsure-words = weiß nicht, ich weiß nicht, nicht sicher, unsicher, keine ahnung, vielleicht
scam-bank_told-yes-words = ich habe es gesagt, ich habe die bank angerufen, bank angerufen, die bank weiß es, informiert, erledigt
scam-bank_told-no-words = noch nicht, nein noch nicht, habe ich nicht, nicht informiert
