### The intake flow: first contact with a person who was attacked, scammed or threatened online.

intake-greeting = Здравствуйте. Это бесплатная служба помощи для тех, кто пострадал от кибератак, мошенников или угроз в интернете. Вы не одни, и вы правильно сделали, что написали. Я задам несколько коротких вопросов, чтобы волонтёр смог вам помочь.
intake-consent = Прежде чем начать: всё, что вы расскажете, надёжно хранится, и видят это только наши волонтёры — чтобы помочь вам. В любой момент можно попросить меня всё удалить: просто напишите /forget. Вы согласны?
intake-consent-agree = Да, продолжить
intake-consent-decline = Нет, не сейчас
intake-declined = Понимаю. Ничего не сохранено. Если передумаете, просто напишите /start. Берегите себя.
intake-category = Что случилось? Выберите самый подходящий вариант. Если не уверены, выберите «Другое».
intake-category-hacked_account = Взломали аккаунт
intake-category-ransomware = Файлы заблокировали, требуют выкуп
intake-category-extortion = Мне угрожают или меня шантажируют
intake-category-scam = Меня обманули или украли деньги
intake-category-harassment = Меня травят или преследуют в интернете
intake-category-other = Другое
intake-story = Расскажите своими словами, что случилось. Можно коротко, можно подробно — как вам удобно. Неправильных ответов здесь нет.
intake-when = Когда это случилось или началось? Можно написать, например, «вчера», «в прошлый понедельник» или «3 мая». Если не знаете, напишите «не знаю».
intake-ongoing = Это всё ещё продолжается?
intake-ongoing-yes = Да, всё ещё продолжается
intake-ongoing-no = Нет, уже прекратилось
intake-ongoing-unsure = Точно не знаю
intake-evidence = Если у вас есть скриншоты, сообщения или файлы, связанные с тем, что случилось, можете отправить их сейчас. Пожалуйста, пока ничего не удаляйте: это может помочь. Когда закончите, нажмите «Готово». Если ничего нет, нажмите «Пропустить».
intake-contact_pref = Как волонтёру с вами связаться?
intake-contact_pref-here = Здесь, в этом чате
intake-contact_pref-email = По электронной почте
intake-contact_pref-phone = По телефону
intake-email = На какой адрес электронной почты вам писать? Если злоумышленник может читать вашу почту, укажите другой адрес или нажмите «Пропустить».
intake-phone = На какой номер вам звонить? Напишите его с кодом страны, например +41 79 123 45 67.
intake-contact_here = Ничего страшного: волонтёр ответит вам здесь, в этом чате.
intake-summary =
    Вот коротко, что вы рассказали:
    { $summary }

    Всё верно? Если подтвердите, я передам это волонтёру. Если что-то не так, это можно исправить.
intake-summary-confirm = Да, отправить
intake-summary-edit = Нет, изменить ответ
intake-submitted = Спасибо. Ваше обращение принято, его номер — { $reference }. Сохраните этот номер. Волонтёр прочитает обращение и свяжется с вами как можно скорее. А пока: ничего не платите, не удаляйте сообщения, а если вам угрожает опасность — звоните в местную экстренную службу. Проверить статус обращения можно в любой момент: напишите /status.

## Short names of the questions: the lines of the summary and the list of answers to change
intake-consent-label = Согласие
intake-category-label = Что случилось
intake-story-label = Ваш рассказ
intake-when-label = Когда
intake-ongoing-label = Продолжается сейчас
intake-evidence-label = Отправленные файлы
intake-contact_pref-label = Как связаться
intake-email-label = Электронная почта
intake-phone-label = Номер телефона

## Words a person may type instead of pressing a button, comma separated (besides the label, its
## number and, for yes / no buttons, words-yes / words-no in common.ftl). Case and accents do not matter.
intake-consent-agree-words = ок, ok, хорошо, ладно, согласен, согласна, продолжить, давайте
intake-consent-decline-words = не сейчас, нет спасибо, позже, не согласен, не согласна
intake-category-hacked_account-words = взлом, взломали, аккаунт взломали, взломали аккаунт, хакнули, аккаунт
intake-category-ransomware-words = выкуп, вирус, файлы заблокировали, файлы зашифровали, шифровальщик
intake-category-extortion-words = шантаж, угрозы, угрожают, шантажируют, вымогательство
intake-category-scam-words = мошенники, мошенничество, обманули, развели, украли деньги, потерял деньги, потеряла деньги
intake-category-harassment-words = травля, преследование, буллинг, кибербуллинг, преследуют
intake-category-other-words = другое, что-то другое, не знаю
intake-ongoing-yes-words = продолжается, всё ещё, до сих пор, ещё продолжается
intake-ongoing-no-words = прекратилось, закончилось, уже нет, всё закончилось
intake-ongoing-unsure-words = не знаю, не уверен, не уверена, может быть, возможно
intake-contact_pref-here-words = здесь, тут, в чате, чат
intake-contact_pref-email-words = почта, email, e-mail, имейл, по почте, электронная почта
intake-contact_pref-phone-words = телефон, по телефону, звонок, позвоните
intake-summary-confirm-words = ок, ok, хорошо, верно, всё верно, правильно, отправить, подтверждаю
intake-summary-edit-words = изменить, исправить, неверно, неправильно, не так, ошибка
