### Підсумок звернення, який людина може передати до поліції або свого банку (bot/report.py):
### у вигляді повідомлення та у вигляді PDF її мовою, а за ним — копія англійською.

## PDF
report-title = Підсумок звернення
report-copy-title = Підсумок звернення (копія англійською мовою)
report-intro = Цей підсумок склала служба допомоги людям, які постраждали від кібератак, зі слів людини, що звернулася. Це не заява до поліції.
report-copy-follows = Далі йде той самий підсумок англійською мовою.
report-generated = Складено: { $generated }
report-page = Сторінка { $page } з { $pages }

## Рядки й заголовки (PDF і повідомлення)
report-field = { $label }: { $value }
report-utc = { $time } UTC
report-reference = Номер звернення
report-status = Статус
report-created = Дата звернення
report-category = Вид проблеми
report-what-happened = Що сталося — словами самої людини
report-dates = Дати
report-amounts = Суми
report-indicators = Дані, які можуть допомогти встановити зловмисників
report-indicators-note = Посилання й адреси записано так, щоб їх не можна було відкрити помилково: «hxxp» означає «http», «[.]» — крапку, «[@]» — знак @, «[:]» — двокрапку.
report-indicator-kind = { $kind ->
    [url] Посилання
    [domain] Доменне ім’я
    [email] Адреса електронної пошти
    [phone] Номер телефону
    [ipv4] IP-адреса
    [ipv6] IP-адреса
    [btc_address] Адреса Bitcoin
    [eth_address] Адреса Ethereum
    [iban] Банківський рахунок (IBAN)
    [tx_hash] Ідентифікатор транзакції (криптовалюта)
   *[other] { $kind }
}
report-evidence = Файли, надіслані людиною
report-evidence-none = Файли не надсилалися.
report-file-size = Розмір
report-file-received = Отримано
report-bytes = { $size ->
    [one] { $size } байт
    [few] { $size } байти
    [many] { $size } байтів
   *[other] { $size } байта
}
report-custody = Про значення SHA-256: кожне з них обчислено в момент отримання файлу. Як відбиток пальця, воно точно вказує на файл, який надіслала людина. Будь-хто може обчислити його знову з копії файлу й так переконатися, що копію не змінено.

## Повідомлення
report-message-title = Підсумок вашого звернення { $reference }
report-message-what-happened = Що ви нам розповіли
report-message-evidence = Файли, які ви надіслали
report-message-use = Цей підсумок можна показати в поліції або у вашому банку.
report-pdf-caption = Підсумок вашого звернення { $reference } у PDF-файлі. Його можна роздрукувати або надіслати до поліції чи вашого банку.
