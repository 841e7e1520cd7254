### Words every flow shares: commands, errors, confirmations.
### Russian: the reader is addressed as «вы» (lower case). The bot never speaks of itself
### in the past tense (that would give it a gender): «получено», «сохранено», «останавливаемся».

## The engine
invalid-choice = Пожалуйста, нажмите одну из кнопок ниже или напишите её номер.
invalid-upload = Пожалуйста, отправьте скриншоты или файлы как фото или документы. Когда закончите, нажмите «Готово».
invalid-empty = Я не вижу текста. Напишите, пожалуйста, ваш ответ.
stuck-offer = Похоже, на этот вопрос трудно ответить. Ничего страшного: его можно пропустить или попросить, чтобы вам помог человек.
back-at-start = Мы уже на первом вопросе.
upload-received = { $count ->
    [1] Файл получен и надёжно сохранён. Можете отправить ещё или нажать «Готово».
    [one] Получен { $count } файл, всё надёжно сохранено. Можете отправить ещё или нажать «Готово».
    [few] Получено { $count } файла, всё надёжно сохранено. Можете отправить ещё или нажать «Готово».
    [many] Получено { $count } файлов, всё надёжно сохранено. Можете отправить ещё или нажать «Готово».
   *[other] Получено { $count } файла, всё надёжно сохранено. Можете отправить ещё или нажать «Готово».
}
choice-skip = Пропустить
choice-human = Поговорить с человеком
choice-upload-done = Готово
value-not-given = не указано
value-skipped = пропущено
value-files = { $count ->
    [0] нет
    [one] { $count } файл
    [few] { $count } файла
    [many] { $count } файлов
   *[other] { $count } файла
}
value-yes = да
value-no = нет
value-unknown = неизвестно

## Commands
command-start = Начать или продолжить
command-help = Что я умею
command-back = Вернуться к предыдущему вопросу
command-restart = Начать сначала
command-cancel = Остановить разговор
command-language = Сменить язык
command-status = Статус вашего обращения
command-forget = Удалить ваши данные
command-human = Поговорить с человеком
# Whole messages that count as a command, comma separated (people rarely type the slash).
# No bare «человек»: in a button question a sentence containing a help/human phrase counts too,
# and «человек» is in many stories («этот человек угрожает…»).
command-words-start = начать, старт
command-words-help = помощь, помогите, меню
command-words-back = назад, вернуться
command-words-restart = начать сначала, сначала, начать заново, заново
command-words-cancel = отмена, отменить, остановить, стоп
command-words-language = язык, сменить язык
command-words-status = статус, моё обращение
command-words-forget = забудь меня, удали мои данные, удалить мои данные
command-words-human = оператор, живой человек, поговорить с человеком, позовите человека, волонтёр

welcome-back = С возвращением! Продолжим с того места, где остановились.
help =
    Я помогу вам рассказать, что случилось, чтобы волонтёр смог вам помочь. В любой момент можно написать:
    /back – вернуться к предыдущему вопросу
    /restart – начать сначала
    /cancel – остановить разговор
    /language – сменить язык
    /status – статус вашего обращения
    /human – позвать человека
    /forget – удалить всё, что вы мне рассказали
restarted = Хорошо, начнём сначала.
cancelled = { $cases ->
    [0] Хорошо, останавливаемся. Ничего не отправлено. Напишите /start, когда захотите.
   *[other] Хорошо, останавливаемся. Ваше обращение { $reference } по-прежнему у наших волонтёров. Напишите /start, когда захотите.
}
nothing-to-go-back = Предыдущего вопроса нет. Напишите /start, чтобы начать.
after-finish = { $cases ->
    [0] Наш разговор завершён. Напишите /start, чтобы начать новый.
   *[other] Ваше обращение { $reference } уже у наших волонтёров. Напишите /status, чтобы узнать, что с ним, или /start, чтобы сообщить о чём-то новом.
}
language-pick = На каком языке вам удобнее?
language-set = Язык изменён: { $language }.
language-unchanged = Язык остаётся прежним: { $language }.
status-none = У вас пока нет обращений.
status-case = Ваше обращение { $reference }: { case-status }.
case-status = { $status ->
    [new] получено, ждёт волонтёра
    [escalated] передано дежурным волонтёрам
    [claimed] волонтёр уже им занимается
    [resolved] решено
   *[closed] закрыто
}
forget-confirm = Удалить всё, что вы мне рассказали, включая обращения и файлы? Восстановить это будет нельзя.
forget-yes = Да, удалить всё
forget-no = Нет, оставить
forget-done = Всё, что вы мне рассказали, удалено. Если снова понадобится помощь, просто напишите мне. Берегите себя.
forget-kept = Хорошо, ничего не удалено.
human-requested = Я уже передаю вашу просьбу волонтёрам: с вами свяжутся по обращению { $reference }. Пока ждёте, по возможности отвечайте на мои вопросы — так вам помогут быстрее.
file-kept = Спасибо, файл надёжно сохранён вместе с вашим обращением.
file-too-large = Этот файл для меня слишком большой (максимум — { $limit_mb } МБ). Можете отправить файл поменьше или скриншот?
message-unsupported = Я понимаю только текст, фото и файлы. Напишите, пожалуйста, ответ текстом.
command-unknown = Я не знаю такой команды. Напишите /help, чтобы увидеть, что я умею.
language-detected = Язык общения: { $language }. Если вам удобнее другой язык, нажмите кнопку ниже.
language-change = Сменить язык
language-unsupported = К сожалению, на вашем языке я пока не пишу. Я буду отвечать по-английски, или выберите один из этих языков:
