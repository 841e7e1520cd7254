### Personal data leaked.

data_leak-leaked_data = Мне очень жаль, это тревожно. Что именно утекло? Если несколько вещей, выберите то, что беспокоит вас больше всего.
data_leak-leaked_data-passwords = Пароли
data_leak-leaked_data-bank_details = Данные банка или карты
data_leak-leaked_data-id_documents = Документы или паспорт
data_leak-leaked_data-address = Мой адрес или номер телефона
data_leak-leaked_data-private_content = Личные фото или переписка
data_leak-leaked_data-other = Другое
data_leak-leak_source = Как вы об этом узнали?
data_leak-leak_source-breach = Компания или сервис сообщили об утечке данных
data_leak-leak_source-published = Кто-то выложил это в интернет
data_leak-leak_source-unsure = Точно не знаю
data_leak-first_aid =
    Спасибо. Пока вы ждёте волонтёра — смотря что утекло:
    1. Пароли: смените пароль везде, где он использовался, и включите двухэтапную проверку.
    2. Данные банка или карты: позвоните в банк, чтобы заблокировать карту, и проверьте выписки.
    3. Документы: сообщите в ведомство, которое их выдало, и следите, не оформляют ли на ваше имя кредиты или счета.
    4. Если данные выложили в интернет: сделайте скриншоты вместе с адресом страницы, затем попросите сайт или платформу их удалить.
    Осторожно со звонками и письмами, где упоминают утечку: мошенники используют утёкшие данные, чтобы вызвать доверие.

## Short names of the questions (the summary, the list of answers to change)
data_leak-leaked_data-label = Что утекло
data_leak-leak_source-label = Как узнали

## Words a person may type instead of pressing a button, comma separated
data_leak-leaked_data-passwords-words = пароль, пароли, мой пароль, логин
data_leak-leaked_data-bank_details-words = банк, карта, карточка, данные карты, номер карты, банковские данные, реквизиты, iban
data_leak-leaked_data-id_documents-words = паспорт, загранпаспорт, документы, удостоверение, водительские права, права, id
data_leak-leaked_data-address-words = адрес, мой адрес, домашний адрес, номер телефона, мой номер, телефон
data_leak-leaked_data-private_content-words = фото, личные фото, фотографии, переписка, сообщения, личные сообщения, чаты
data_leak-leaked_data-other-words = другое, что-то другое
data_leak-leak_source-breach-words = утечка, утечка данных, компания сообщила, пришло письмо, мне сообщили, уведомление
data_leak-leak_source-published-words = выложили, опубликовали, в интернете, выложили в интернет, выложили в сеть, кто-то выложил
data_leak-leak_source-unsure-words = не знаю, не уверен, не уверена, может быть, возможно
