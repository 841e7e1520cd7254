### Something else, or the person does not know what it is: their own words first.

other-story = Нічого страшного: не обов’язково знати, як це називається. Розкажіть своїми словами, що відбувається. Можна коротко, можна детально — як вам зручно. Неправильних відповідей тут немає.
other-concern = Дякую. Що вас найбільше турбує просто зараз?
other-concern-money = Гроші
other-concern-accounts = Мої акаунти чи пристрої
other-concern-safety = Моя безпека чи безпека іншої людини
other-concern-privacy = Моя особиста інформація
other-concern-unsure = Не знаю точно
other-paid = Ви втратили гроші або комусь заплатили?
other-paid-yes = Так
other-paid-no = Ні
other-first_aid =
    Дякую. Ви правильно зробили, що написали. Поки ви чекаєте на волонтера:
    1. Будь ласка, нікому не платіть і не повідомляйте кодів чи паролів — навіть тим, хто називає себе працівником вашого банку, поліції чи якоїсь компанії.
    2. Збережіть усе: скриншоти, повідомлення, листи, квитанції. Поки нічого не видаляйте.
    3. Якщо вам здається, що хтось може зайти у ваші акаунти, змініть паролі з пристрою, якому довіряєте.

## Short names of the questions (the summary, the list of answers to change)
other-story-label = Ваша історія
other-concern-label = Найбільше турбує
other-paid-label = Втрачені гроші

## Words a person may type instead of pressing a button, comma separated
other-concern-money-words = гроші, мої гроші, оплата, платіж
other-concern-accounts-words = акаунти, мої акаунти, акаунт, мій акаунт, пристрої, мій телефон, мій комп’ютер
other-concern-safety-words = безпека, моя безпека, мені страшно, я боюся, небезпека, мені загрожує небезпека
other-concern-privacy-words = приватність, особиста інформація, моя інформація, мої дані, дані, мої фото
other-concern-unsure-words = не знаю, не впевнений, не впевнена, можливо
other-paid-yes-words = втратив гроші, втратила гроші, заплатив, заплатила, я заплатив, я заплатила
other-paid-no-words = не платив, не платила, нічого, нічого не платив, нічого не платила
