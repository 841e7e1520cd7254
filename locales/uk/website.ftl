### A website down or attacked (DDoS, defacement).

website-website = Це неприємно. Яка адреса сайту? Наприклад, «example.org». Якщо не хочете казати, натисніть «Пропустити».
website-site_problem = Що не так із сайтом?
website-site_problem-down = Він зовсім не відкривається
website-site_problem-slow = Він дуже повільний
website-site_problem-defaced = На ньому те, чого ми туди не розміщували
website-site_problem-unsure = Не знаю точно
website-hosting_known = Ви знаєте, хто надає хостинг для сайту, і чи можете з ним зв’язатися? Це компанія чи людина, яка обслуговує його сервер.
website-hosting_known-yes = Так
website-hosting_known-no = Ні
website-first_aid =
    Дякую. Поки ви чекаєте на волонтера:
    1. Перевірте, чи сайт не працює для всіх: спробуйте відкрити його з іншої мережі, наприклад через мобільний інтернет на телефоні.
    2. Розкажіть хостинговій компанії чи адміністраторові сайту, що ви бачите, і попросіть зберегти журнали (логи).
    3. Якщо хтось змінив сайт: зробіть скриншоти, поки нічого не видаляйте і змініть паролі до сайту й хостингу з пристрою, якому довіряєте.
    4. Якщо хтось вимагає гроші, щоб зупинити атаку: будь ласка, не платіть. Збережіть їхнє повідомлення.
    Для громадських організацій і незалежних медіа є безкоштовний захист від таких атак. Волонтер може допомогти подати заявку.

## Short names of the questions (the summary, the list of answers to change)
website-website-label = Сайт
website-site_problem-label = Проблема
website-hosting_known-label = Хостинг відомий

## Words a person may type instead of pressing a button, comma separated
website-site_problem-down-words = не працює, не відкривається, лежить, сайт лежить, недоступний, не завантажується, офлайн
website-site_problem-slow-words = повільно, дуже повільно, повільний, гальмує, довго вантажиться
website-site_problem-defaced-words = зламали, змінили, хтось змінив, дивний вміст, дефейс, показує дивне
website-site_problem-unsure-words = не знаю, не впевнений, не впевнена, можливо
website-hosting_known-yes-words = знаю, знаємо, так знаю, так знаємо
website-hosting_known-no-words = не знаю, не знаємо, гадки не маю
