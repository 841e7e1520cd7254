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
# under “Did you mean …?”, when part of an answer was guessed (a phone number's country code)
choice-yes = Да
choice-no = Нет
# a phone number written without its country code, read with the person's region: asked before it is kept
guess-phone = С кодом страны это { $answer }. Это ваш номер?
guess-phone-retry = Хорошо. Напишите номер ещё раз, начиная с кода страны, например +7 912 345-67-89.
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
command-report = Получить сводку по вашему обращению (сообщение и PDF)
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
command-words-report = отчёт, мой отчёт, сводка, моя сводка, pdf
command-words-forget = забудь меня, удали мои данные, удалить мои данные
command-words-human = оператор, живой человек, поговорить с человеком, позовите человека, волонтёр

welcome-back = С возвращением! Продолжим с того места, где остановились.
report-button = 📄 Получить сводку по моему обращению
help = Я помогу вам рассказать, что случилось, чтобы волонтёр смог вам помочь. В любой момент можно написать:
# one line per command under `help`, for every command there is
help-line = { $command } – { $description }
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
cancel-confirm = Хотите остановиться здесь? То, что вы уже рассказали, не будет передано волонтёру.
cancel-yes = Да, остановиться
cancel-no = Нет, продолжить
cancel-kept = Хорошо, продолжим.
cancel-unclear = Извините, я не понял ваш ответ. Ничего не остановлено.
human-requested = Я уже передаю вашу просьбу волонтёрам: с вами свяжутся по обращению { $reference }. Пока ждёте, по возможности отвечайте на мои вопросы — так вам помогут быстрее.
human-after-consent = Я попрошу волонтёра поговорить с вами. Сначала мне нужно ваше согласие сохранить то, что вы мне напишете, чтобы волонтёр мог это прочитать:
early-kept = Спасибо, что рассказали. Я сохранил то, что вы написали: это станет частью вашего обращения, как только вы согласитесь.
early-story-used = Я записал то, что вы написали в начале, как ваш рассказ о случившемся. Вы сможете изменить это в итоговой сводке.
case-taken = Волонтёр взял ваше обращение { $reference } в работу и скоро напишет вам здесь.
case-resolved = Ваше обращение { $reference } отмечено как решённое. Если вам нужна ещё помощь, просто напишите сюда.
case-nobody-yet = Мне очень жаль: пока ни один волонтёр не смог взять ваше обращение { $reference }. Оно остаётся в самом верху нашего списка, и вам здесь обязательно напишут. А пока: сохраните все сообщения и скриншоты, никому ничего не платите и смените пароли с устройства, которому вы доверяете. Если вам угрожает опасность, звоните по номеру экстренной помощи 112 или в местную экстренную службу.
file-kept = Спасибо, файл надёжно сохранён вместе с вашим обращением.
file-too-large = Этот файл для меня слишком большой (максимум — { $limit_mb } МБ). Можете отправить файл поменьше или скриншот?
message-unsupported = Я понимаю только текст, фото и файлы. Напишите, пожалуйста, ответ текстом.
command-unknown = Я не знаю такой команды. Напишите /help, чтобы увидеть, что я умею.
language-detected = Язык общения: { $language }. Если вам удобнее другой язык, нажмите кнопку ниже.
language-change = Сменить язык
language-unsupported = К сожалению, на вашем языке я пока не пишу. Я буду отвечать по-английски, или выберите один из этих языков:
error-try-again = Извините, с вашим последним сообщением у меня что-то пошло не так. Отправьте его, пожалуйста, ещё раз. Если это повторится, напишите /human — и вам поможет человек.
discord-moved-to-dm = Я отправил вам личное сообщение. Продолжим там — никто другой не увидит, что вы пишете.
discord-dm-closed = Я не могу отправлять вам личные сообщения. Чтобы поговорить безопасно, разрешите их: откройте меню этого сервера, выберите «Настройки конфиденциальности», включите личные сообщения и снова напишите /help.

## The volunteers' desk
desk-help = Это рабочее место волонтёров. Срочные обращения появляются здесь, каждое в своей теме или ветке, с карточкой: Взять, Отказаться, Решено. Когда вы берёте обращение, сообщения человека появляются в ветке обращения и в вашем личном чате с ботом; то, что вы пишете в ветке (или ответом в личном чате), уходит человеку с вашим именем в подписи. Сообщения других волонтёров в ветке остаются внутренними заметками. Команды: /cases – открытые обращения; /claim, /release, /resolve FD-… – действие с обращением; /reply FD-… текст – ответить человеку откуда угодно; /transfer ИМЯ – передать обращение другому волонтёру; /history FD-… – вся переписка; /oncall on|off – ваша доступность, /oncall – кто дежурит; /link КОД – привязать аккаунт по приглашению; /help – это сообщение.

## Typed answers: yes and no in this language, comma separated (a button meaning yes or no accepts
## them, and so does the /forget question). Case and accents do not matter.
words-yes = да, конечно, ага, угу, yes
words-no = нет, не, нет спасибо, no
forget-unclear = Извините, не получилось понять ваш ответ. Ничего не удалено.
# after three unreadable answers to a question that cannot be skipped (consent, the summary)
stuck-ask-person = Похоже, на этот вопрос трудно ответить. Ничего страшного: можно нажать одну из кнопок ниже или попросить, чтобы вам помог человек.

## Changing one answer from the summary
review-which = Какой ответ вы хотите изменить? Выберите его ниже.
choice-review-back = Ничего, вернуться к итогу
# one line of the summary, and two lines together (keep the line break)
review-line = • { $question }: { $answer }
review-more =
    { $line }
    { $rest }
