### A device lost, stolen or seized.

device-device_event = Мне очень жаль. Что случилось с устройством?
device-device_event-lost = Оно потерялось
device-device_event-stolen = Его украли
device-device_event-seized = Его забрали полиция или власти
device-device_type = Что это за устройство?
device-device_type-phone = Телефон
device-device_type-laptop = Ноутбук или компьютер
device-device_type-tablet = Планшет
device-device_type-other = Другое
device-screen_lock = Оно было защищено PIN-кодом, паролем, отпечатком пальца или распознаванием лица?
device-screen_lock-yes = Да
device-screen_lock-no = Нет
device-screen_lock-unsure = Точно не знаю
device-first_aid =
    Спасибо. Пока вы ждёте волонтёра, больше всего помогут эти шаги:
    1. С другого устройства, которому вы доверяете, смените пароли от почты и самых важных аккаунтов и выйдите из них на пропавшем устройстве.
    2. Через «Найти устройство» (Android) или «Локатор» (Apple) заблокируйте устройство — или сотрите с него данные, если его уже не вернуть.
    3. Если это телефон, позвоните оператору связи и заблокируйте SIM-карту, чтобы никто не получал ваши коды из СМС.
    4. Предупредите знакомых, что сообщения с этого устройства могут быть не от вас.
    5. Если его украли, заявите в полицию. Пригодится номер IMEI: он есть на коробке или в чеке.
device-first_aid_seized =
    Спасибо. Это может очень пугать. Пока вы ждёте волонтёра:
    1. Пожалуйста, не пытайтесь сами стереть данные с устройства, пока не поговорите с юристом: это может создать вам проблемы с законом.
    2. С другого устройства, которому вы доверяете, выйдите на изъятом устройстве из своих аккаунтов (почта, WhatsApp, Signal, Telegram, соцсети) и смените пароли.
    3. Предупредите тех из ваших контактов, кому может грозить опасность.
    4. Запишите, когда, где и кто его забрал, и сохраните все бумаги, которые вам дали.

## Short names of the questions (the summary, the list of answers to change)
device-device_event-label = Что с ним случилось
device-device_type-label = Тип устройства
device-screen_lock-label = Защищено PIN-кодом или паролем

## Words a person may type instead of pressing a button, comma separated
device-device_event-lost-words = потерял, потеряла, потерялся, потерялось, потеря, пропал, не могу найти
device-device_event-stolen-words = украли, кража, обокрали, стащили, вытащили, своровали
device-device_event-seized-words = изъяли, полиция, конфисковали, забрала полиция, полиция забрала, забрали, власти, на границе
device-device_type-phone-words = телефон, мой телефон, смартфон, мобильный, айфон, iphone, андроид, android
device-device_type-laptop-words = ноутбук, ноут, компьютер, мой ноутбук, мой компьютер, пк, макбук, macbook
device-device_type-tablet-words = планшет, айпад, ipad
device-device_type-other-words = другое, что-то другое
device-screen_lock-yes-words = был заблокирован, был защищён, пин, pin, пин-код, пароль, был пароль, отпечаток, face id
device-screen_lock-no-words = не был заблокирован, не был защищён, без пароля, без пин-кода, не было пароля
device-screen_lock-unsure-words = не знаю, не уверен, не уверена, может быть, возможно
