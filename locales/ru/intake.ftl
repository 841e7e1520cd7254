### The intake flow: first contact with a person who was attacked, scammed or threatened online.

intake-greeting = Здравствуйте. Это бесплатная служба помощи для тех, кто пострадал от кибератак, мошенников или угроз в интернете. Вы не одни, и вы правильно сделали, что написали. Я задам несколько коротких вопросов, чтобы волонтёр смог вам помочь.
intake-consent = Прежде чем начать: всё, что вы расскажете, надёжно хранится, и видят это только наши волонтёры — чтобы помочь вам. В любой момент можно попросить меня всё удалить: просто напишите /forget. Вы согласны?
intake-consent-agree = Да, продолжить
intake-consent-decline = Нет, не сейчас
intake-declined = Понимаю. Ничего не сохранено. Если передумаете, просто напишите /start. Берегите себя.
intake-category = Что случилось? Выберите самый подходящий вариант. Если не уверены, выберите «Другое».
intake-category-hacked_account = Взломали аккаунт
intake-category-phishing = Подозрительное сообщение или ссылка
intake-category-ransomware = Файлы заблокированы или вирус
intake-category-extortion = Мне угрожают или меня шантажируют
intake-category-scam = Меня обманули или украли деньги
intake-category-harassment = Меня травят, преследуют или выдают себя за меня
intake-category-data_leak = Утекли мои личные данные
intake-category-device = Устройство потеряно, украдено или изъято
intake-category-ddos = Сайт не работает или его атакуют
intake-category-other = Другое или не знаю
intake-recovery_warning = И ещё одно, раз вы потеряли деньги. В ближайшие недели с вами может связаться кто-то, кто предложит вернуть деньги за плату. Такие люди называют себя юристами, полицией, вашим банком или компанией по возврату средств. Почти всегда это те же самые мошенники. Честные люди не просят сначала заплатить, чтобы вернуть ваши деньги. Если так случится, не платите и напишите нам.
intake-affected = Ещё несколько вопросов для волонтёра. Кого это касается?
intake-affected-me = Меня
intake-affected-someone_else = Другого человека (друга, родственника)
intake-affected-organisation = Организацию
intake-organisation_type = Что это за организация?
intake-organisation_type-ngo = Некоммерческая организация (НКО)
intake-organisation_type-hospital = Больница или медицинское учреждение
intake-organisation_type-school = Школа или университет
intake-organisation_type-business = Коммерческая компания
intake-organisation_type-public_body = Госорган или местная администрация
intake-organisation_type-other = Другая
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
intake-affected-label = Кого касается
intake-organisation_type-label = Организация
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
intake-category-ransomware-words = выкуп, вирус, файлы заблокировали, файлы зашифровали, шифровальщик, вредонос, вредоносная программа, на компьютере вирус, у меня вирус
intake-category-extortion-words = шантаж, угрозы, угрожают, шантажируют, вымогательство
intake-category-scam-words = мошенники, мошенничество, обманули, развели, украли деньги, потерял деньги, потеряла деньги
intake-category-harassment-words = травля, преследование, буллинг, кибербуллинг, преследуют, слежка, сталкинг, фейковый профиль, фейк, выдают себя за меня, притворяются мной
intake-category-phishing-words = фишинг, подозрительное сообщение, подозрительное письмо, подозрительная ссылка, странное сообщение, странная ссылка, фальшивое письмо, фальшивое смс, ссылка
intake-category-data_leak-words = утечка, утечка данных, мои данные утекли, утекли данные, слили данные, слили мои данные, доксинг
intake-category-device-words = потерял телефон, потеряла телефон, украли телефон, телефон украли, украли ноутбук, потерял ноутбук, потеряла ноутбук, изъяли, конфисковали, украли устройство, потерял устройство, потеряла устройство
intake-category-ddos-words = ddos, ддос, сайт не работает, сайт лежит, сайт, наш сайт, мой сайт, атака на сайт
intake-category-other-words = другое, что-то другое, не знаю, не уверен, не уверена, без понятия
intake-affected-me-words = я, меня, мне, только меня, я сам, я сама, лично меня
intake-affected-someone_else-words = другого человека, кто-то другой, друг, подруга, друга, подругу, семья, родственник, родственница, мама, папа, мой ребёнок, ребёнок, партнёр, не меня
intake-affected-organisation-words = организация, организацию, наша организация, нашу организацию, компания, компанию, наша компания, моя компания, фирма, мы организация
intake-organisation_type-ngo-words = нко, некоммерческая, некоммерческая организация, благотворительная, благотворительность, фонд, ассоциация, общественная организация, ngo
intake-organisation_type-hospital-words = больница, клиника, поликлиника, здравоохранение, медицина, медицинское, дом престарелых
intake-organisation_type-school-words = школа, университет, колледж, вуз, институт, детский сад, садик
intake-organisation_type-business-words = бизнес, компания, фирма, магазин, малый бизнес, ип, ооо
intake-organisation_type-public_body-words = госорган, государственный орган, государство, администрация, мэрия, муниципалитет, министерство, местная власть
intake-organisation_type-other-words = другое, другая, другой, что-то другое
intake-ongoing-yes-words = продолжается, всё ещё, до сих пор, ещё продолжается
intake-ongoing-no-words = прекратилось, закончилось, уже нет, всё закончилось
intake-ongoing-unsure-words = не знаю, не уверен, не уверена, может быть, возможно
intake-contact_pref-here-words = здесь, тут, в чате, чат
intake-contact_pref-email-words = почта, email, e-mail, имейл, по почте, электронная почта
intake-contact_pref-phone-words = телефон, по телефону, звонок, позвоните
intake-summary-confirm-words = ок, ok, хорошо, верно, всё верно, правильно, отправить, подтверждаю
intake-summary-edit-words = изменить, исправить, неверно, неправильно, не так, ошибка
