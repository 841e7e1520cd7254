### A suspicious message or link: what the person did with it, and what to do now.

phishing-clicked = Спасибо, что решили уточнить у нас. Вы переходили по ссылке или открывали файл из этого сообщения?
phishing-clicked-yes = Да
phishing-clicked-no = Нет
phishing-clicked-unsure = Точно не знаю
phishing-entered = На открывшейся странице вы что-нибудь вводили?
phishing-entered-password = Пароль
phishing-entered-card = Данные карты или банка
phishing-entered-both = Пароль и данные карты
phishing-entered-nothing = Ничего
phishing-entered-unsure = Точно не знаю
phishing-paid = Вы что-нибудь через неё оплатили?
phishing-paid-yes = Да
phishing-paid-no = Нет
phishing-first_aid =
    Спасибо. Такое может случиться с каждым: эти сообщения специально делают похожими на настоящие. Что сейчас поможет больше всего:
    1. Если вы ввели данные карты или банка или что-то оплатили, сейчас же позвоните в банк по номеру на вашей карте и попросите заблокировать карту.
    2. Если вы ввели пароль, сейчас же смените его с устройства, которому доверяете, и везде, где он ещё используется. Включите двухэтапную проверку.
    3. Если вы открыли файл, отключите это устройство от интернета и не заходите с него в банк, пока его не проверят.
    4. Не отвечайте и больше не нажимайте на ссылку. Сохраните сообщение (достаточно скриншота), затем отметьте его как фишинг или спам.

## Short names of the questions (the summary, the list of answers to change)
phishing-clicked-label = Перешли или открыли
phishing-entered-label = Что ввели
phishing-paid-label = Что-то оплатили

## Words a person may type instead of pressing a button, comma separated
phishing-clicked-yes-words = нажал, нажала, перешёл, перешла, да перешёл, да перешла, перешёл по ссылке, перешла по ссылке, открыл, открыла, открыл файл, открыла файл
phishing-clicked-no-words = не нажимал, не нажимала, не переходил, не переходила, не открывал, не открывала
phishing-clicked-unsure-words = не знаю, не уверен, не уверена, может быть, возможно, кажется да
phishing-entered-password-words = пароль, мой пароль, ввёл пароль, ввела пароль, логин
phishing-entered-card-words = карта, карту, данные карты, номер карты, банковские данные, реквизиты, iban
phishing-entered-both-words = и то и другое, оба, всё, пароль и карту, пароль и карта
phishing-entered-nothing-words = ничего, нет, ничего не вводил, ничего не вводила
phishing-entered-unsure-words = не знаю, не уверен, не уверена, может быть, возможно
phishing-paid-yes-words = заплатил, заплатила, оплатил, оплатила, я заплатил, я заплатила
phishing-paid-no-words = не платил, не платила, не оплачивал, не оплачивала, ничего
