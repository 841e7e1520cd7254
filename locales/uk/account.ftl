### An account taken over: which one, what the attacker can do, how to get it back.

account-service = Мені шкода, що так сталося. Який акаунт зламали?
account-service-email = Електронна пошта (Gmail, Outlook…)
account-service-facebook = Facebook
account-service-instagram = Instagram
account-service-whatsapp = WhatsApp
account-service-tiktok = TikTok
account-service-x = X (Twitter)
account-service-telegram = Telegram
account-service-bank = Онлайн-банкінг
account-service-other = Інший акаунт
account-locked_out = Ви втратили доступ до цього акаунта, тобто більше не можете в нього увійти?
account-locked_out-yes = Я більше не можу увійти
account-locked_out-no = Я ще можу увійти
account-contacts_messaged = Ваші друзі чи знайомі отримують дивні повідомлення з цього акаунта, наприклад із проханням дати гроші чи надіслати код?
account-contacts_messaged-yes = Так
account-contacts_messaged-no = Ні
account-contacts_messaged-unsure = Не знаю
account-two_factor = Чи була увімкнена двоетапна перевірка? Це код з SMS або із застосунку, який запитують щоразу, коли ви входите з нового пристрою.
account-two_factor-yes = Так
account-two_factor-no = Ні
account-two_factor-unsure = Не знаю
account-recovery_changed = Чи змінили резервну електронну адресу або номер телефону, через які відновлюють акаунт?
account-recovery_changed-yes = Так, їх змінили
account-recovery_changed-no = Ні, вони досі мої
account-recovery_changed-unsure = Не знаю
account-first_aid =
    Дякую. Поки ви чекаєте на волонтера, найбільше допоможуть такі кроки:
    1. Скористайтеся телефоном чи комп’ютером, якому ви довіряєте. Самі відкрийте офіційну сторінку сервісу «Акаунт зламано» або «Забули пароль?», а не посилання, яке вам хтось надіслав.
    2. Коли ввійдете: придумайте новий пароль, якого ніде більше не використовуєте, увімкніть двоетапну перевірку й вийдіть з усіх інших сеансів.
    3. Перевірте резервну пошту й номер телефону та видаліть усе, чого не впізнаєте.
    4. Попередьте знайомих іншим способом (дзвінком, через інший застосунок): хай не відповідають на повідомлення з цього акаунта, де просять гроші чи коди.
    5. Якщо такий самий пароль у вас і деінде, змініть його й там.

## Short names of the questions (the summary, the list of answers to change)
account-service-label = Акаунт
account-locked_out-label = Немає доступу
account-contacts_messaged-label = Знайомим приходять дивні повідомлення
account-two_factor-label = Двоетапна перевірка
account-recovery_changed-label = Дані для відновлення змінено

## Words a person may type instead of pressing a button, comma separated
account-service-email-words = пошта, email, e-mail, імейл, емейл, gmail, outlook, hotmail, yahoo, моя пошта, електронна пошта, google, гугл, microsoft, icloud, ukr.net
account-service-facebook-words = фб, fb, фейсбук, мій фейсбук, messenger, месенджер
account-service-instagram-words = інста, інстаграм, insta, ig, мій інстаграм
account-service-whatsapp-words = вотсап, ватсап, вацап, whats app, мій вотсап
account-service-tiktok-words = тікток, тік ток, tik tok, мій тікток
account-service-x-words = твіттер, твітер, twitter, x, ікс
account-service-telegram-words = телеграм, телеграма, тг, мій телеграм
account-service-bank-words = банк, банкінг, онлайн банкінг, мій банк, банківський рахунок, приват24, монобанк, моно
account-service-other-words = інше, інший, інший акаунт, щось інше
account-locked_out-yes-words = не можу увійти, я не можу увійти, не можу зайти, немає доступу, нема доступу, змінили пароль, вони змінили пароль
account-locked_out-no-words = можу увійти, я можу увійти, ще можу увійти, можу зайти, доступ є, є доступ
account-contacts_messaged-yes-words = так пишуть, пишуть, друзям пишуть, знайомим пишуть, друзі отримали повідомлення
account-contacts_messaged-no-words = наскільки знаю ні, ніхто не казав, ніхто не скаржився
account-contacts_messaged-unsure-words = не знаю, не впевнений, не впевнена, можливо
account-two_factor-yes-words = була увімкнена, увімкнена, так увімкнена, 2fa
account-two_factor-no-words = не була увімкнена, вимкнена, не вмикав, не вмикала
account-two_factor-unsure-words = не знаю, не впевнений, не впевнена, можливо, що це, що це таке
account-recovery_changed-yes-words = змінили, їх змінили, змінено
account-recovery_changed-no-words = не змінили, досі мої, все ще мої, не змінено
account-recovery_changed-unsure-words = не знаю, не впевнений, не впевнена, можливо, не можу перевірити
