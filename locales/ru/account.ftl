### An account taken over: which one, what the attacker can do, how to get it back.

account-service = Мне очень жаль, что так вышло. Какой аккаунт взломали?
account-service-email = Электронная почта (Gmail, Outlook…)
account-service-facebook = Facebook
account-service-instagram = Instagram
account-service-whatsapp = WhatsApp
account-service-tiktok = TikTok
account-service-x = X (Twitter)
account-service-telegram = Telegram
account-service-bank = Онлайн-банк
account-service-other = Другой аккаунт
account-locked_out = Вы больше не можете войти в этот аккаунт?
account-locked_out-yes = Не могу войти
account-locked_out-no = Пока могу войти
account-contacts_messaged = Ваши друзья или знакомые получают с этого аккаунта странные сообщения — например, просьбы прислать деньги или код?
account-contacts_messaged-yes = Да
account-contacts_messaged-no = Нет
account-contacts_messaged-unsure = Не знаю
account-two_factor = Была ли включена двухэтапная проверка? Это код по СМС или в приложении, который спрашивают при каждом входе с нового устройства.
account-two_factor-yes = Да
account-two_factor-no = Нет
account-two_factor-unsure = Не знаю
account-recovery_changed = Кто-то изменил резервную почту или номер телефона для восстановления аккаунта?
account-recovery_changed-yes = Да, их изменили
account-recovery_changed-no = Нет, они всё ещё мои
account-recovery_changed-unsure = Не знаю
account-first_aid =
    Спасибо. Пока вы ждёте волонтёра, больше всего помогут эти шаги:
    1. Возьмите телефон или компьютер, которому вы доверяете. Сами откройте официальную страницу сервиса «Меня взломали» или «Забыли пароль?» — не по ссылке, которую вам кто-то прислал.
    2. Когда войдёте: придумайте новый пароль, который больше нигде не используете, включите двухэтапную проверку и завершите все другие сеансы.
    3. Проверьте резервную почту и номер телефона и удалите всё, что вам незнакомо.
    4. Предупредите знакомых другим способом (звонком, в другом приложении): пусть не отвечают на сообщения с этого аккаунта, где просят деньги или коды.
    5. Если этот пароль стоит у вас где-то ещё, смените его и там.

## Short names of the questions (the summary, the list of answers to change)
account-service-label = Аккаунт
account-locked_out-label = Нет доступа
account-contacts_messaged-label = Знакомым приходят странные сообщения
account-two_factor-label = Двухэтапная проверка
account-recovery_changed-label = Данные для восстановления изменены

## Words a person may type instead of pressing a button, comma separated
account-service-email-words = почта, электронная почта, моя почта, email, e-mail, имейл, gmail, outlook, hotmail, yahoo, яндекс, mail.ru, google, гугл, icloud
account-service-facebook-words = фейсбук, фб, fb, мой фейсбук, мессенджер, messenger
account-service-instagram-words = инстаграм, инста, insta, ig, мой инстаграм
account-service-whatsapp-words = ватсап, вотсап, ватсапп, whats app, мой ватсап
account-service-tiktok-words = тикток, тик ток, tik tok, мой тикток
account-service-x-words = twitter, твиттер, x, икс, мой твиттер
account-service-telegram-words = телеграм, телеграмм, тг, tg, мой телеграм
account-service-bank-words = банк, онлайн банк, мой банк, банковское приложение, банковский счёт, мобильный банк
account-service-other-words = другое, другой, что-то другое
account-locked_out-yes-words = нет доступа, не могу войти, не могу зайти, не получается войти, не пускает, поменяли пароль, сменили пароль
account-locked_out-no-words = могу войти, ещё могу войти, доступ есть, доступ пока есть, могу зайти
account-contacts_messaged-yes-words = получают, да получают, друзьям пишут, знакомым пишут, друзья получили сообщения
account-contacts_messaged-no-words = насколько знаю нет, насколько я знаю нет, никто не говорил, не получают
account-contacts_messaged-unsure-words = не знаю, не уверен, не уверена, может быть, возможно
account-two_factor-yes-words = была включена, включена, была, 2fa, двухфакторка
account-two_factor-no-words = не была включена, не включена, выключена, не было
account-two_factor-unsure-words = не знаю, не уверен, не уверена, может быть, возможно, что это, что это такое
account-recovery_changed-yes-words = изменили, поменяли, сменили, их изменили
account-recovery_changed-no-words = не изменили, не меняли, всё ещё мои, мои
account-recovery_changed-unsure-words = не знаю, не уверен, не уверена, может быть, возможно, не могу проверить
