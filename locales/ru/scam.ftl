### Fraud and scams: what kind, where, the money (how much, how, when, where it went), the bank.

scam-scam_type = Мне очень жаль, что так вышло. Мошенники очень умело обманывают, и такое может случиться с каждым. Какое это было мошенничество?
scam-scam_type-investment = Предложение инвестиций или трейдинга
scam-scam_type-romance = Знакомство в интернете, отношения
scam-scam_type-shopping = Покупка или продажа в интернете
scam-scam_type-tech_support = Фальшивая техподдержка или звонок «из банка»
scam-scam_type-crypto = Криптовалюта
scam-scam_type-other = Другое
scam-scam_platform = Где это произошло, или где с вами впервые связались?
scam-scam_platform-website = На сайте
scam-scam_platform-social_media = В соцсетях
scam-scam_platform-messaging = WhatsApp, Telegram или другой мессенджер
scam-scam_platform-dating = На сайте или в приложении знакомств
scam-scam_platform-phone_call = Звонок или СМС
scam-scam_platform-email = По электронной почте
scam-scam_platform-other = Где-то ещё
scam-paid = Вы переводили деньги или что-то оплачивали?
scam-paid-yes = Да
scam-paid-no = Нет
scam-amount = Сколько вы потеряли всего? Напишите сумму и валюту, например «300 евро» или «0,05 BTC». Можно примерно. Если не хотите говорить, нажмите «Пропустить».
scam-payment_method = Как вы платили? Если разными способами, выберите основной.
scam-payment_method-bank_transfer = Банковский перевод
scam-payment_method-card = Кредитная или дебетовая карта
scam-payment_method-crypto = Криптовалюта
scam-payment_method-gift_cards = Подарочные карты или ваучеры
scam-payment_method-money_transfer = Сервис денежных переводов (Western Union, PayPal…)
scam-payment_method-cash = Наличные
scam-payment_method-other = Другой способ
scam-paid_on = Когда вы платили? Если несколько раз — когда был последний платёж? Например, «вчера» или «3 мая». Если не знаете, напишите «не знаю».
scam-destination = Куда ушли деньги? Если у вас есть номер счёта (IBAN) или адрес криптокошелька, который вам дали, скопируйте его сюда в точности. Если нет, нажмите «Пропустить».
scam-money_leaving = Деньги всё ещё уходят с вашего счёта, или от вас всё ещё требуют платить?
scam-money_leaving-yes = Да
scam-money_leaving-no = Нет
scam-money_leaving-unsure = Точно не знаю
scam-bank_told = Вы уже сообщили в банк или платёжный сервис?
scam-bank_told-yes = Да
scam-bank_told-no = Ещё нет
scam-first_aid_money =
    Спасибо. Вот что поможет больше всего прямо сейчас:
    1. Сейчас же позвоните в банк, платёжный сервис или на криптобиржу — по номеру на вашей карте или на их официальном сайте. Попросите остановить или отозвать платёж и заблокировать карту. Чем быстрее, тем лучше.
    2. Пожалуйста, больше не переводите деньги, даже если обещают всё вернуть или просят «комиссию» или «налог», чтобы разблокировать ваши деньги.
    3. Перестаньте им отвечать. Если у них был доступ к вашему компьютеру (AnyDesk, TeamViewer…), отключите его от интернета и смените пароли от банка с другого устройства.
    4. Сохраните всё: чеки, банковские выписки, переписку, адреса сайтов, номера счетов или кошельков.
    5. Заявите в полицию. Банк может попросить копию заявления.
scam-first_aid =
    Спасибо. Пока вы ждёте волонтёра:
    1. Пожалуйста, не отправляйте деньги, коды или копии документов и перестаньте им отвечать.
    2. Если вы сообщили данные карты или пароль, скажите об этом банку и сейчас же смените пароль.
    3. Сохраните переписку, их профиль и адрес сайта: сделайте скриншоты.
    4. Пожалуйтесь на профиль, объявление или сайт на той платформе, где вы их нашли.

## Short names of the questions (the summary, the list of answers to change)
scam-scam_type-label = Вид мошенничества
scam-scam_platform-label = Где это произошло
scam-paid-label = Платили деньги
scam-amount-label = Сумма потерь
scam-payment_method-label = Способ оплаты
scam-paid_on-label = Дата платежа
scam-destination-label = Счёт или кошелёк
scam-money_leaving-label = Деньги всё ещё уходят
scam-bank_told-label = Банк в курсе

## Words a person may type instead of pressing a button, comma separated
scam-scam_type-investment-words = инвестиции, инвестировать, трейдинг, торговая платформа, форекс, forex, акции, брокер
scam-scam_type-romance-words = знакомство, любовь, отношения, роман, парень, девушка, познакомились в интернете, сайт знакомств
scam-scam_type-shopping-words = покупка, покупки, интернет-магазин, фейковый магазин, магазин, продажа, купил, купила, продал, продала, объявление, авито, маркетплейс
scam-scam_type-tech_support-words = техподдержка, поддержка, microsoft, майкрософт, звонок из банка, служба безопасности банка, фальшивый банк, удалённый доступ, anydesk, teamviewer
scam-scam_type-crypto-words = крипта, криптовалюта, биткоин, bitcoin, btc, usdt, криптокошелёк
scam-scam_type-other-words = другое, что-то другое
scam-scam_platform-website-words = сайт, на сайте, веб-сайт, интернет-магазин
scam-scam_platform-social_media-words = соцсети, социальные сети, фейсбук, инстаграм, тикток, вконтакте, вк, одноклассники, facebook, instagram, tiktok
scam-scam_platform-messaging-words = ватсап, whatsapp, телеграм, telegram, мессенджер, вайбер, viber, signal, сигнал, переписка, чат
scam-scam_platform-dating-words = знакомства, сайт знакомств, приложение знакомств, тиндер, tinder, badoo, мамба
scam-scam_platform-phone_call-words = звонок, позвонили, мне позвонили, по телефону, телефон, смс, sms
scam-scam_platform-email-words = почта, по почте, email, e-mail, электронная почта, письмо
scam-scam_platform-other-words = другое, где-то ещё, в другом месте, лично, вживую
scam-paid-yes-words = заплатил, заплатила, перевёл, перевела, отправил деньги, отправила деньги, потерял деньги, потеряла деньги
scam-paid-no-words = не платил, не платила, ничего, ничего не платил, ничего не платила, ещё нет, пока нет
scam-payment_method-bank_transfer-words = перевод, банковский перевод, на счёт, по реквизитам, банк, iban, sepa, сбп
scam-payment_method-card-words = карта, карточка, кредитка, кредитная карта, дебетовая карта, моя карта, visa, mastercard
scam-payment_method-crypto-words = крипта, криптовалюта, биткоин, bitcoin, btc, usdt, криптокошелёк, ethereum
scam-payment_method-gift_cards-words = подарочная карта, подарочные карты, ваучер, ваучеры, сертификат, itunes, google play, steam, paysafecard
scam-payment_method-money_transfer-words = western union, вестерн юнион, paypal, пейпал, moneygram, золотая корона, revolut, wise, денежный перевод
scam-payment_method-cash-words = наличные, наличными, налом, лично
scam-payment_method-other-words = другое, другой способ, что-то другое
scam-money_leaving-yes-words = уходят, деньги уходят, всё ещё списывают, просят ещё, требуют ещё, хотят ещё
scam-money_leaving-no-words = прекратилось, больше не уходят, уже нет, не уходят
scam-money_leaving-unsure-words = не знаю, не уверен, не уверена, может быть, возможно
scam-bank_told-yes-words = сообщил, сообщила, уже сообщил, уже сообщила, позвонил в банк, позвонила в банк, банк знает
scam-bank_told-no-words = ещё нет, пока нет, не сообщал, не сообщала, не звонил, не звонила
