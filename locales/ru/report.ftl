### Сводка по обращению, которую человек может передать в полицию или в свой банк (bot/report.py):
### в виде сообщения и в виде PDF на его языке, а следом — копия на английском.

## PDF
report-title = Сводка по обращению
report-copy-title = Сводка по обращению (копия на английском языке)
report-intro = Эту сводку составила служба помощи людям, пострадавшим от кибератак, со слов обратившегося человека. Это не заявление в полицию.
report-copy-follows = Далее следует та же сводка на английском языке.
report-generated = Составлено: { $generated }
report-page = Страница { $page } из { $pages }

## Строки и заголовки (PDF и сообщение)
report-field = { $label }: { $value }
report-utc = { $time } UTC
report-reference = Номер обращения
report-status = Статус
report-created = Дата обращения
report-category = Вид проблемы
report-what-happened = Что произошло — словами самого человека
report-dates = Даты
report-amounts = Суммы
report-indicators = Данные, которые могут помочь установить злоумышленников
report-indicators-note = Ссылки и адреса записаны так, чтобы их нельзя было открыть по ошибке: «hxxp» означает «http», «[.]» — точку, «[@]» — знак @, «[:]» — двоеточие.
report-indicator-kind = { $kind ->
    [url] Ссылка
    [domain] Доменное имя
    [email] Адрес электронной почты
    [phone] Номер телефона
    [ipv4] IP-адрес
    [ipv6] IP-адрес
    [btc_address] Адрес Bitcoin
    [eth_address] Адрес Ethereum
    [iban] Банковский счёт (IBAN)
    [tx_hash] Идентификатор транзакции (криптовалюта)
   *[other] { $kind }
}
report-evidence = Файлы, присланные человеком
report-evidence-none = Файлы не присылались.
report-file-size = Размер
report-file-received = Получен
report-bytes = { $size ->
    [one] { $size } байт
    [few] { $size } байта
    [many] { $size } байт
   *[other] { $size } байта
}
report-custody = О значениях SHA-256: каждое из них вычислено в момент получения файла. Как отпечаток пальца, оно точно указывает на файл, который прислал человек. Любой может заново вычислить его по копии файла и так убедиться, что копия не изменена.

## Сообщение
report-message-title = Сводка по вашему обращению { $reference }
report-message-what-happened = Что вы нам рассказали
report-message-evidence = Файлы, которые вы прислали
report-message-use = Эту сводку можно показать в полиции или в вашем банке.
report-pdf-caption = Сводка по вашему обращению { $reference } в виде PDF-файла. Её можно распечатать или отправить в полицию или в ваш банк.
