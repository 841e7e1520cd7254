### A device lost, stolen or seized.

device-device_event = Мені шкода. Що сталося з пристроєм?
device-device_event-lost = Він загубився
device-device_event-stolen = Його вкрали
device-device_event-seized = Його забрала поліція чи інші органи влади
device-device_type = Що це за пристрій?
device-device_type-phone = Телефон
device-device_type-laptop = Ноутбук чи комп’ютер
device-device_type-tablet = Планшет
device-device_type-other = Щось інше
device-screen_lock = Чи був він захищений PIN-кодом, паролем, відбитком пальця чи розпізнаванням обличчя?
device-screen_lock-yes = Так
device-screen_lock-no = Ні
device-screen_lock-unsure = Не знаю точно
device-first_aid =
    Дякую. Поки ви чекаєте на волонтера, найбільше допоможуть такі кроки:
    1. З іншого пристрою, якому ви довіряєте, змініть паролі до пошти й найважливіших акаунтів і вийдіть з них на загубленому пристрої.
    2. Скористайтеся функцією «Знайти пристрій» (Android) або «Локатор» (Apple), щоб заблокувати пристрій або стерти його, якщо ви його вже не повернете.
    3. Якщо це телефон, зателефонуйте мобільному операторові й заблокуйте SIM-картку, щоб ніхто не отримував ваших кодів з SMS.
    4. Попередьте знайомих, що повідомлення з цього пристрою можуть бути не від вас.
    5. Якщо його вкрали, заявіть у поліцію. Допоможе номер IMEI з коробки чи чека.
device-first_aid_seized =
    Дякую. Це може лякати. Поки ви чекаєте на волонтера:
    1. Будь ласка, не намагайтеся самі стерти пристрій, доки не поговорите з адвокатом: це може створити вам юридичні проблеми.
    2. З іншого пристрою, якому ви довіряєте, вийдіть на цьому пристрої з ваших акаунтів (пошта, WhatsApp, Signal, Telegram, соцмережі) і змініть паролі.
    3. Попередьте людей із ваших контактів, яким може загрожувати небезпека.
    4. Запишіть, коли, де і хто його забрав, і збережіть усі папери, які вам дали.

## Short names of the questions (the summary, the list of answers to change)
device-device_event-label = Що з пристроєм
device-device_type-label = Тип пристрою
device-screen_lock-label = Захищений PIN-кодом чи паролем

## Words a person may type instead of pressing a button, comma separated
device-device_event-lost-words = загубив, загубила, загубився, загубив телефон, загубила телефон, не можу знайти, зник, пропав
device-device_event-stolen-words = вкрали, украли, його вкрали, крадіжка, пограбували, поцупили
device-device_event-seized-words = поліція, забрала поліція, вилучили, конфіскували, забрали на кордоні, кордон, органи, влада
device-device_type-phone-words = телефон, мій телефон, мобільний, смартфон, айфон, iphone, android, андроїд
device-device_type-laptop-words = ноутбук, комп’ютер, компʼютер, мій ноутбук, мій комп’ютер, пк, pc, макбук, macbook
device-device_type-tablet-words = планшет, айпад, ipad
device-device_type-other-words = інше, щось інше
device-screen_lock-yes-words = був заблокований, захищений, pin, пін, пін-код, пароль, відбиток, face id, так захищений
device-screen_lock-no-words = не був заблокований, не заблокований, не захищений, без пароля, без пін-коду
device-screen_lock-unsure-words = не знаю, не впевнений, не впевнена, можливо
