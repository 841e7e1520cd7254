### Something else, or the person does not know what it is: their own words first.

other-story = Ничего страшного: не нужно знать, как это называется. Расскажите своими словами, что происходит. Можно коротко, можно подробно — как вам удобно. Неправильных ответов здесь нет.
other-concern = Спасибо. Что беспокоит вас больше всего прямо сейчас?
other-concern-money = Деньги
other-concern-accounts = Мои аккаунты или устройства
other-concern-safety = Моя или чья-то безопасность
other-concern-privacy = Мои личные данные
other-concern-unsure = Точно не знаю
other-paid = Вы потеряли деньги или кому-то заплатили?
other-paid-yes = Да
other-paid-no = Нет
other-first_aid =
    Спасибо. Вы правильно сделали, что написали. Пока вы ждёте волонтёра:
    1. Пожалуйста, никому не платите и не сообщайте коды или пароли, даже если человек говорит, что он из вашего банка, полиции или какой-то компании.
    2. Сохраняйте всё: скриншоты, сообщения, письма, чеки. Пока ничего не удаляйте.
    3. Если вы думаете, что кто-то может войти в ваши аккаунты, смените пароли с устройства, которому вы доверяете.

## Short names of the questions (the summary, the list of answers to change)
other-story-label = Ваш рассказ
other-concern-label = Больше всего беспокоит
other-paid-label = Потеряны деньги

## Words a person may type instead of pressing a button, comma separated
other-concern-money-words = деньги, мои деньги, оплата, платёж
other-concern-accounts-words = аккаунты, мои аккаунты, аккаунт, мой аккаунт, устройства, мой телефон, мой компьютер
other-concern-safety-words = безопасность, моя безопасность, мне страшно, я боюсь, опасность, я в опасности
other-concern-privacy-words = личные данные, мои данные, данные, личная информация, приватность, мои фото
other-concern-unsure-words = не знаю, не уверен, не уверена, может быть, возможно
other-paid-yes-words = потерял деньги, потеряла деньги, заплатил, заплатила, я заплатил, я заплатила
other-paid-no-words = не платил, не платила, ничего, ничего не платил, ничего не платила, денег не терял, денег не теряла
