### Fraud and scams: what kind, where, the money (how much, how, when, where it went), the bank.

scam-scam_type = Мені дуже шкода, що з вами таке сталося. Шахраї дуже вправні, і таке може статися з будь-ким. Що це було за шахрайство?
scam-scam_type-investment = Інвестиції чи трейдинг
scam-scam_type-romance = Знайомство в інтернеті (романтичні стосунки)
scam-scam_type-shopping = Купівля чи продаж онлайн
scam-scam_type-tech_support = Фальшива техпідтримка чи дзвінок «з банку»
scam-scam_type-crypto = Криптовалюта
scam-scam_type-other = Щось інше
scam-scam_platform = Де це сталося, або де з вами вперше зв’язалися?
scam-scam_platform-website = На сайті
scam-scam_platform-social_media = У соцмережах
scam-scam_platform-messaging = WhatsApp, Telegram чи інший месенджер
scam-scam_platform-dating = У застосунку чи на сайті знайомств
scam-scam_platform-phone_call = Телефонним дзвінком чи SMS
scam-scam_platform-email = Електронною поштою
scam-scam_platform-other = Деінде
scam-paid = Ви переказали гроші чи щось заплатили?
scam-paid-yes = Так
scam-paid-no = Ні
scam-amount = Скільки ви втратили загалом? Напишіть суму й валюту, наприклад «300 євро» або «0,05 BTC». Можна приблизно. Якщо не хочете казати, натисніть «Пропустити».
scam-payment_method = Як ви платили? Якщо кількома способами, виберіть основний.
scam-payment_method-bank_transfer = Банківський переказ
scam-payment_method-card = Кредитна чи дебетова картка
scam-payment_method-crypto = Криптовалюта
scam-payment_method-gift_cards = Подарункові картки чи ваучери
scam-payment_method-money_transfer = Сервіс грошових переказів (Western Union, PayPal…)
scam-payment_method-cash = Готівка
scam-payment_method-other = Інший спосіб
scam-paid_on = Коли ви заплатили? Якщо кілька разів, то коли був останній платіж? Наприклад, «вчора» або «3 травня». Якщо не знаєте, напишіть «не знаю».
scam-destination = Куди пішли гроші? Якщо у вас є номер рахунку (IBAN) чи адреса криптогаманця, які вам дали, скопіюйте їх сюди точно. Якщо немає, натисніть «Пропустити».
scam-money_leaving = Гроші досі списуються з вашого рахунку або від вас досі вимагають платити?
scam-money_leaving-yes = Так
scam-money_leaving-no = Ні
scam-money_leaving-unsure = Не знаю точно
scam-bank_told = Ви вже повідомили свій банк чи платіжний сервіс?
scam-bank_told-yes = Так
scam-bank_told-no = Ще ні
scam-first_aid_money =
    Дякую. Ось що найбільше допоможе просто зараз:
    1. Негайно зателефонуйте в банк, платіжний сервіс чи криптобіржу — за номером на вашій картці або на їхньому офіційному сайті. Попросіть зупинити чи відкликати платіж і заблокувати картку. Що швидше, то краще.
    2. Будь ласка, більше не надсилайте грошей, навіть якщо обіцяють усе повернути або просять «комісію» чи «податок», щоб розблокувати ваші гроші.
    3. Припиніть їм відповідати. Якщо вони мали доступ до вашого комп’ютера (AnyDesk, TeamViewer…), від’єднайте його від інтернету і змініть паролі до банку з іншого пристрою.
    4. Збережіть усе: квитанції, банківські виписки, листування, адреси сайтів, номери рахунків чи гаманців.
    5. Заявіть у поліцію. Банк може попросити копію заяви.
scam-first_aid =
    Дякую. Поки ви чекаєте на волонтера:
    1. Будь ласка, не надсилайте грошей, кодів чи копій своїх документів і припиніть їм відповідати.
    2. Якщо ви вказали дані картки чи пароль, повідомте банк і просто зараз змініть пароль.
    3. Збережіть повідомлення, їхній профіль і адресу сайту: зробіть скриншоти.
    4. Поскаржтеся на профіль, оголошення чи сайт на платформі, де ви їх знайшли.

## Short names of the questions (the summary, the list of answers to change)
scam-scam_type-label = Вид шахрайства
scam-scam_platform-label = Де сталося
scam-paid-label = Чи платили
scam-amount-label = Втрачена сума
scam-payment_method-label = Спосіб оплати
scam-paid_on-label = Дата оплати
scam-destination-label = Рахунок чи гаманець
scam-money_leaving-label = Гроші досі списуються
scam-bank_told-label = Банк повідомлено

## Words a person may type instead of pressing a button, comma separated
scam-scam_type-investment-words = інвестиції, інвестування, інвестувати, трейдинг, торгова платформа, форекс, акції
scam-scam_type-romance-words = романтичні стосунки, кохання, знайомство, хлопець, дівчина, познайомилися онлайн, познайомилися в інтернеті
scam-scam_type-shopping-words = покупки, покупка, онлайн покупки, фейковий магазин, магазин, купівля, продаж, купив, купила, продав, продала, olx, маркетплейс
scam-scam_type-tech_support-words = техпідтримка, підтримка, microsoft, фальшивий microsoft, фальшивий банк, дзвінок з банку, дзвонили з банку, служба безпеки банку, віддалений доступ, anydesk, teamviewer
scam-scam_type-crypto-words = крипта, криптовалюта, біткоїн, bitcoin, btc, usdt, криптогаманець
scam-scam_type-other-words = інше, щось інше
scam-scam_platform-website-words = сайт, на сайті, вебсайт, інтернет-магазин
scam-scam_platform-social_media-words = соцмережі, соцмережа, фейсбук, facebook, інстаграм, instagram, тікток, tiktok, твіттер, twitter, x, facebook marketplace
scam-scam_platform-messaging-words = whatsapp, вотсап, вайбер, viber, телеграм, telegram, messenger, месенджер, signal, сигнал, чат, повідомлення
scam-scam_platform-dating-words = знайомства, застосунок знайомств, сайт знайомств, tinder, тіндер, badoo, bumble
scam-scam_platform-phone_call-words = телефон, телефоном, дзвінок, подзвонили, мені подзвонили, дзвонили, смс, sms
scam-scam_platform-email-words = пошта, поштою, email, e-mail, імейл, електронною поштою
scam-scam_platform-other-words = інше, деінде, в іншому місці, особисто, наживо
scam-paid-yes-words = заплатив, заплатила, переказав, переказала, я переказав гроші, я переказала гроші, втратив гроші, втратила гроші
scam-paid-no-words = не платив, не платила, нічого не платив, нічого не платила, нічого, ще ні
scam-payment_method-bank_transfer-words = банківський переказ, переказ, переказ на рахунок, на рахунок, на картку, банк, iban
scam-payment_method-card-words = картка, карткою, кредитна картка, дебетова картка, моя картка, visa, mastercard
scam-payment_method-crypto-words = крипта, криптовалюта, біткоїн, bitcoin, btc, usdt, криптогаманець, ethereum
scam-payment_method-gift_cards-words = подарункова картка, подарункові картки, ваучер, ваучери, itunes, google play, amazon, paysafecard, steam
scam-payment_method-money_transfer-words = western union, paypal, moneygram, revolut, wise, remitly, грошовий переказ, переказ грошей
scam-payment_method-cash-words = готівка, готівкою, особисто, наживо
scam-payment_method-other-words = інше, інший спосіб, щось інше
scam-money_leaving-yes-words = досі списуються, гроші досі списуються, списують, досі вимагають, вимагають ще, хочуть ще, просять ще
scam-money_leaving-no-words = припинилося, зупинилося, вже ні, більше ні
scam-money_leaving-unsure-words = не знаю, не впевнений, не впевнена, можливо
scam-bank_told-yes-words = повідомив, повідомила, уже повідомив, уже повідомила, подзвонив у банк, подзвонила в банк, банк знає
scam-bank_told-no-words = ще ні, не повідомляв, не повідомляла, ще не повідомив, ще не повідомила
