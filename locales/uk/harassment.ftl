### Harassment, stalking, doxxing or impersonation: what, who, where, since when, physical danger.

harassment-harassment_type = Мені шкода, що вам доводиться через це проходити. Ви ні в чому не винні. Що відбувається?
harassment-harassment_type-messages = Образливі чи погрозливі повідомлення або дописи
harassment-harassment_type-stalking = Хтось стежить за мною або переслідує
harassment-harassment_type-doxxing = Мої особисті дані виклали в мережу
harassment-harassment_type-impersonation = Хтось видає себе за мене
harassment-harassment_type-other = Щось інше
harassment-harasser = Ви знаєте, хто це робить?
harassment-harasser-known = Знайома мені людина
harassment-harasser-stranger = Незнайома людина
harassment-harasser-unknown = Не знаю, хто це
harassment-platform = Де це відбувається найчастіше?
harassment-platform-facebook = Facebook
harassment-platform-instagram = Instagram
harassment-platform-tiktok = TikTok
harassment-platform-x = X (Twitter)
harassment-platform-whatsapp = WhatsApp
harassment-platform-telegram = Telegram
harassment-platform-email = Електронна пошта
harassment-platform-phone = Дзвінки чи SMS
harassment-platform-several = У кількох місцях
harassment-platform-other = Деінде
harassment-when = Відколи це триває? Можна написати, наприклад, «з минулого тижня», «два місяці тому» або «з 3 травня». Якщо не знаєте, напишіть «не знаю».
harassment-physical_threat = Вам погрожували заподіяти шкоду, або вам здається, що вам може загрожувати фізична небезпека?
harassment-physical_threat-yes = Так
harassment-physical_threat-no = Ні
harassment-first_aid_danger =
    Дякую, що розповіли. Найголовніше — ваша безпека.
    1. Якщо вам загрожує небезпека просто зараз, телефонуйте на місцевий номер екстреної допомоги.
    2. Розкажіть людині, якій довіряєте, що відбувається і де ви зараз.
    3. Не зустрічайтеся з цією людиною і не кажіть їй, де ви.
    4. Збережіть погрози: зробіть скриншоти з датою та ім’ям користувача. Це важливо для поліції.
    Волонтер побачить ваше звернення як термінове.
harassment-first_aid =
    Дякую, що розповіли. Поки ви чекаєте на волонтера:
    1. Перш ніж блокувати чи скаржитися, збережіть докази: скриншоти з датою, ім’ям користувача і посиланням на профіль чи допис.
    2. Поскаржтеся на профіль або дописи на платформі. Якщо хтось видає себе за вас, повідомте про фейковий акаунт і попросіть друзів теж поскаржитися.
    3. Ви не мусите їм відповідати. Заблокуйте їх і поки що зробіть свої акаунти приватними.
    4. Перевірте, хто бачить ваше місцезнаходження, список друзів і номер телефону, і приховайте все, що можна.

## Short names of the questions (the summary, the list of answers to change)
harassment-harassment_type-label = Що відбувається
harassment-harasser-label = Хто
harassment-platform-label = Де
harassment-when-label = Відколи
harassment-physical_threat-label = Фізична загроза

## Words a person may type instead of pressing a button, comma separated
harassment-harassment_type-messages-words = повідомлення, погрози, образи, хейт, ненависть, дописи, коментарі, булінг, цькування
harassment-harassment_type-stalking-words = стеження, стежать, стежить, переслідують, переслідування, хтось стежить, хтось переслідує, сталкер
harassment-harassment_type-doxxing-words = доксинг, виклали мою адресу, виклали мої дані, злили мої дані, опублікували мій номер
harassment-harassment_type-impersonation-words = фейк, фейковий профіль, фейковий акаунт, видає себе за мене, прикидається мною, пише від мого імені
harassment-harassment_type-other-words = інше, щось інше
harassment-harasser-known-words = я знаю хто, знаю хто, колишній, колишня, мій колишній, моя колишня, чоловік, дружина, партнер, колега, однокласник, однокласниця, знайомий, знайома
harassment-harasser-stranger-words = незнайомець, незнайомка, незнайомий, чужа людина, хтось чужий
harassment-harasser-unknown-words = не знаю, гадки не маю, невідомо, анонім, анонімно, не впевнений, не впевнена
harassment-platform-facebook-words = фб, fb, фейсбук, messenger, месенджер, фейсбуці, фейсбуку, месенджері
harassment-platform-instagram-words = інста, інстаграм, insta, ig, інстаграмі, інстаграму, інсті, інстою
harassment-platform-tiktok-words = тікток, тік ток, tik tok, тіктоці, тіктоку
harassment-platform-x-words = твіттер, твітер, twitter, x, твіттері, твітері
harassment-platform-whatsapp-words = вотсап, ватсап, вацап, whats app, вотсапі, ватсапі, вацапі
harassment-platform-telegram-words = телеграм, тг, tg, телеграмі, телеграму, телеграмом
harassment-platform-email-words = пошта, поштою, email, e-mail, імейл
harassment-platform-phone-words = телефон, дзвінки, дзвонять, смс, sms, есемески
harassment-platform-several-words = всюди, усюди, скрізь, у кількох місцях, багато де, кілька
harassment-platform-other-words = інше, деінде, в іншому місці
harassment-physical_threat-yes-words = погрожували, погрожують, мені загрожує небезпека, мені страшно, знають де я живу, погрожували побити
harassment-physical_threat-no-words = фізично ні, погроз не було, не думаю
