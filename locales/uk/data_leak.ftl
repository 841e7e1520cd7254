### Personal data leaked.

data_leak-leaked_data = Мені шкода, це тривожно. Що саме витекло? Якщо кілька речей, виберіть те, що найбільше турбує.
data_leak-leaked_data-passwords = Паролі
data_leak-leaked_data-bank_details = Дані банку чи картки
data_leak-leaked_data-id_documents = Паспорт чи інші документи
data_leak-leaked_data-address = Моя адреса чи номер телефону
data_leak-leaked_data-private_content = Приватні фото чи повідомлення
data_leak-leaked_data-other = Щось інше
data_leak-leak_source = Як ви про це дізналися?
data_leak-leak_source-breach = Компанія чи сервіс повідомили мені про витік даних
data_leak-leak_source-published = Хтось виклав це в інтернет
data_leak-leak_source-unsure = Не знаю точно
data_leak-first_aid =
    Дякую. Поки ви чекаєте на волонтера — залежно від того, що витекло:
    1. Паролі: змініть пароль усюди, де ви його використовували, і ввімкніть двоетапну перевірку.
    2. Дані банку чи картки: зателефонуйте в банк, щоб заблокувати картку, і перевірте виписки.
    3. Документи: повідомте установу, яка їх видала, і стежте, чи не оформлюють на ваше ім’я кредити або рахунки.
    4. Якщо це виклали в інтернет: зробіть скриншоти разом з адресою сторінки, а потім попросіть сайт чи платформу це видалити.
    Будьте обережні з дзвінками й листами, де згадують витік: шахраї використовують викрадені дані, щоб їм повірили.

## Short names of the questions (the summary, the list of answers to change)
data_leak-leaked_data-label = Що витекло
data_leak-leak_source-label = Як дізналися

## Words a person may type instead of pressing a button, comma separated
data_leak-leaked_data-passwords-words = пароль, паролі, мій пароль, логін
data_leak-leaked_data-bank_details-words = банк, банківські дані, картка, дані картки, номер картки, кредитка, iban
data_leak-leaked_data-id_documents-words = паспорт, документи, id картка, посвідчення, водійське посвідчення, права, закордонний паспорт
data_leak-leaked_data-address-words = адреса, моя адреса, домашня адреса, номер телефону, мій номер, мій номер телефону
data_leak-leaked_data-private_content-words = фото, приватні фото, повідомлення, особисті повідомлення, переписка, листування, світлини
data_leak-leaked_data-other-words = інше, щось інше
data_leak-leak_source-breach-words = витік, витік даних, компанія повідомила, мені написали, прийшов лист, сповіщення
data_leak-leak_source-published-words = виклали, опублікували, в інтернеті, в мережі, хтось виклав, виклали в мережу
data_leak-leak_source-unsure-words = не знаю, не впевнений, не впевнена, можливо
