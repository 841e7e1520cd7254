### Harassment, stalking, doxxing or impersonation: what, who, where, since when, physical danger.

harassment-harassment_type = Мне очень жаль, что вам приходится через это проходить. Вы ни в чём не виноваты. Что происходит?
harassment-harassment_type-messages = Оскорбительные или угрожающие сообщения или посты
harassment-harassment_type-stalking = Кто-то следит за мной или преследует
harassment-harassment_type-doxxing = Мои личные данные выложили в сеть
harassment-harassment_type-impersonation = Кто-то выдаёт себя за меня
harassment-harassment_type-other = Другое
harassment-harasser = Вы знаете, кто это делает?
harassment-harasser-known = Кто-то из знакомых
harassment-harasser-stranger = Незнакомый человек
harassment-harasser-unknown = Не знаю, кто это
harassment-platform = Где это в основном происходит?
harassment-platform-facebook = Facebook
harassment-platform-instagram = Instagram
harassment-platform-tiktok = TikTok
harassment-platform-x = X (Twitter)
harassment-platform-whatsapp = WhatsApp
harassment-platform-telegram = Telegram
harassment-platform-email = Электронная почта
harassment-platform-phone = Звонки или СМС
harassment-platform-several = В нескольких местах
harassment-platform-other = Где-то ещё
harassment-when = С каких пор это происходит? Можно написать, например, «неделю назад», «два месяца назад» или «3 мая». Если не знаете, напишите «не знаю».
harassment-physical_threat = Кто-нибудь угрожал причинить вам вред, или вам кажется, что вы можете быть в физической опасности?
harassment-physical_threat-yes = Да
harassment-physical_threat-no = Нет
harassment-first_aid_danger =
    Спасибо, что рассказали. Ваша безопасность — самое главное.
    1. Если вам угрожает опасность прямо сейчас, звоните в местную экстренную службу.
    2. Расскажите человеку, которому вы доверяете, что происходит и где вы находитесь.
    3. Не встречайтесь с этим человеком и не говорите ему, где вы.
    4. Сохраните угрозы: сделайте скриншоты с датой и именем пользователя. Это важно для полиции.
    Волонтёр увидит, что ваше обращение срочное.
harassment-first_aid =
    Спасибо, что рассказали. Пока вы ждёте волонтёра:
    1. Прежде чем блокировать или жаловаться, сохраните доказательства: скриншоты с датой, именем пользователя и ссылкой на профиль или пост.
    2. Пожалуйтесь на профиль или посты на платформе. Если кто-то выдаёт себя за вас, пожалуйтесь на фейковый аккаунт и попросите друзей тоже на него пожаловаться.
    3. Вы не обязаны отвечать. Заблокируйте этого человека и пока сделайте свои аккаунты закрытыми.
    4. Проверьте, кто видит ваше местоположение, список друзей и номер телефона, и скройте всё, что можно.

## Short names of the questions (the summary, the list of answers to change)
harassment-harassment_type-label = Что происходит
harassment-harasser-label = Кто
harassment-platform-label = Где
harassment-when-label = С каких пор
harassment-physical_threat-label = Физическая угроза

## Words a person may type instead of pressing a button, comma separated
harassment-harassment_type-messages-words = сообщения, угрозы, угрожающие сообщения, оскорбления, ненависть, посты, комментарии, травля, буллинг
harassment-harassment_type-stalking-words = слежка, следят, следят за мной, преследуют, преследование, сталкинг, сталкер
harassment-harassment_type-doxxing-words = доксинг, выложили мой адрес, выложили мои данные, опубликовали мой номер, мои данные в сети, слили мои данные
harassment-harassment_type-impersonation-words = фейк, фейковый профиль, фейковый аккаунт, поддельный аккаунт, выдаёт себя за меня, притворяется мной, пишут от моего имени
harassment-harassment_type-other-words = другое, что-то другое
harassment-harasser-known-words = знаю кто, я знаю кто, знакомый, знакомая, бывший, бывшая, мой бывший, моя бывшая, муж, жена, партнёр, коллега, одноклассник, одноклассница
harassment-harasser-stranger-words = незнакомец, незнакомка, незнакомый, чужой человек, я его не знаю, я её не знаю
harassment-harasser-unknown-words = не знаю, понятия не имею, неизвестно, аноним, анонимно, не уверен, не уверена
harassment-platform-facebook-words = фейсбук, фб, fb, мессенджер, messenger, фейсбуке, мессенджере
harassment-platform-instagram-words = инстаграм, инста, insta, ig, инстаграме, инстаграмме, инсте
harassment-platform-tiktok-words = тикток, тик ток, tik tok, тиктоке
harassment-platform-x-words = twitter, твиттер, x, твиттере
harassment-platform-whatsapp-words = ватсап, вотсап, whats app, ватсапе, вотсапе
harassment-platform-telegram-words = телеграм, телеграмм, тг, tg, телеграме, телеграмме
harassment-platform-email-words = почта, email, e-mail, по почте, письма
harassment-platform-phone-words = телефон, звонки, звонят, смс, sms
harassment-platform-several-words = везде, повсюду, много где, несколько, в разных местах
harassment-platform-other-words = другое, где-то ещё, в другом месте
harassment-physical_threat-yes-words = угрожали, мне угрожали, мне угрожают, я в опасности, мне страшно, знают где я живу
harassment-physical_threat-no-words = не физически, угроз нет, не думаю
