### Words every flow shares: commands, errors, confirmations.
### Ukrainian: the reader is addressed as «ви» (lower case). The bot never speaks of itself
### in the past tense (that would give it a gender): «отримано», «збережено», «зупиняємося».

## The engine
invalid-choice = Будь ласка, натисніть одну з кнопок нижче або напишіть її номер.
invalid-upload = Надішліть, будь ласка, скриншоти чи файли як фото або документи. Коли закінчите, натисніть «Готово».
invalid-empty = Я не бачу тексту. Напишіть, будь ласка, вашу відповідь.
stuck-offer = Схоже, на це запитання важко відповісти. Нічого страшного: його можна пропустити або попросити, щоб вам допомогла людина.
back-at-start = Ми вже на першому запитанні.
upload-received = { $count ->
    [1] Файл отримано й надійно збережено. Можете надіслати ще або натиснути «Готово».
    [one] Отримано { $count } файл — вони надійно збережені. Можете надіслати ще або натиснути «Готово».
    [few] Отримано { $count } файли — вони надійно збережені. Можете надіслати ще або натиснути «Готово».
    [many] Отримано { $count } файлів — вони надійно збережені. Можете надіслати ще або натиснути «Готово».
   *[other] Отримано { $count } файлу — вони надійно збережені. Можете надіслати ще або натиснути «Готово».
}
choice-skip = Пропустити
choice-human = Поговорити з людиною
choice-upload-done = Готово
# under “Did you mean …?”, when part of an answer was guessed (a phone number's country code)
choice-yes = Так
choice-no = Ні
# a phone number written without its country code, read with the person's region: asked before it is kept
guess-phone = З кодом країни це { $answer }. Це ваш номер?
guess-phone-retry = Добре. Напишіть номер ще раз, починаючи з коду країни, наприклад +380 67 123 4567.
value-not-given = не вказано
value-skipped = пропущено
value-files = { $count ->
    [0] немає
    [one] { $count } файл
    [few] { $count } файли
    [many] { $count } файлів
   *[other] { $count } файлу
}
value-yes = так
value-no = ні
value-unknown = невідомо

## Commands
command-start = Почати або продовжити
command-help = Що я вмію
command-back = Повернутися до попереднього запитання
command-restart = Почати спочатку
command-cancel = Зупинити розмову
command-language = Змінити мову
command-status = Стан вашого звернення
command-report = Отримати підсумок вашого звернення (повідомлення і PDF)
command-forget = Видалити ваші дані
command-human = Поговорити з людиною
# Whole messages that count as a command, comma separated (people rarely type the slash).
# No bare «людина»: in a button question a sentence containing a help/human phrase counts too,
# and «людина» is in many stories («ця людина погрожує…»).
command-words-start = почати, старт
command-words-help = допомога, допоможіть, меню
command-words-back = назад, повернутися
command-words-restart = почати спочатку, спочатку, почати заново, заново
command-words-cancel = скасувати, зупинити, стоп
command-words-language = мова, змінити мову
command-words-status = статус, моє звернення
command-words-report = звіт, мій звіт, підсумок, мій підсумок, pdf
command-words-forget = забудь мене, видали мої дані, видалити мої дані
command-words-human = оператор, жива людина, поговорити з людиною, покличте людину, волонтер

welcome-back = З поверненням! Продовжимо з того місця, де зупинилися.
report-button = 📄 Отримати підсумок мого звернення
help = Я допоможу вам розповісти, що сталося, щоб волонтер міг вам допомогти. У будь-який момент можна написати:
# one line per command under `help`, for every command there is
help-line = { $command } – { $description }
restarted = Добре, почнімо спочатку.
cancelled = { $cases ->
    [0] Добре, зупиняємося. Нічого не надіслано. Напишіть /start, коли захочете.
   *[other] Добре, зупиняємося. Ваше звернення { $reference } і далі в наших волонтерів. Напишіть /start, коли захочете.
}
nothing-to-go-back = Попереднього запитання немає. Напишіть /start, щоб почати.
after-finish = { $cases ->
    [0] Нашу розмову завершено. Напишіть /start, щоб почати нову.
   *[other] Ваше звернення { $reference } уже в наших волонтерів. Напишіть /status, щоб дізнатися, що з ним, або /start, щоб повідомити про щось нове.
}
language-pick = Якою мовою вам зручніше?
language-set = Мову змінено: { $language }.
language-unchanged = Мова залишається та сама: { $language }.
status-none = У вас поки немає звернень.
status-case = Ваше звернення { $reference }: { case-status }.
case-status = { $status ->
    [new] отримано, чекає на волонтера
    [escalated] передано черговим волонтерам
    [claimed] волонтер уже ним займається
    [resolved] вирішено
   *[closed] закрито
}
forget-confirm = Видалити все, що ви мені розповіли, разом зі зверненнями та файлами? Повернути це вже не вийде.
forget-yes = Так, видалити все
forget-no = Ні, залишити
forget-done = Усе, що ви мені розповіли, видалено. Якщо знову знадобиться допомога, просто напишіть мені. Бережіть себе.
forget-kept = Добре, нічого не видалено.
cancel-confirm = Бажаєте зупинитися тут? Те, що ви вже розповіли, не буде передано волонтеру.
cancel-yes = Так, зупинитися
cancel-no = Ні, продовжити
cancel-kept = Добре, продовжимо.
cancel-unclear = Вибачте, я не зрозумів вашу відповідь. Нічого не зупинено.
human-requested = Я вже передаю ваше прохання волонтерам: з вами зв’яжуться щодо звернення { $reference }. Поки чекаєте, відповідайте, якщо можете, на мої запитання — так вам допоможуть швидше.
human-after-consent = Я попрошу волонтера поговорити з вами. Спершу мені потрібна ваша згода зберегти те, що ви мені напишете, щоб волонтер міг це прочитати:
early-kept = Дякую, що розповіли. Я зберіг те, що ви написали: це стане частиною вашого звернення, щойно ви погодитеся.
early-story-used = Я записав те, що ви написали на початку, як вашу розповідь про те, що сталося. Ви зможете змінити це в підсумку.
case-taken = Волонтер уже працює з вашим зверненням { $reference } і незабаром напише вам тут.
case-resolved = Ваше звернення { $reference } позначено як вирішене. Якщо вам потрібна ще допомога, просто напишіть сюди.
case-nobody-yet = Мені дуже шкода: поки що жоден волонтер не зміг узяти ваше звернення { $reference }. Воно залишається на самому верху нашого списку, і вам тут обов’язково напишуть. А поки: збережіть усі повідомлення та скриншоти, нікому нічого не платіть і змініть паролі з пристрою, якому ви довіряєте. Якщо вам загрожує небезпека, телефонуйте на номер екстреної допомоги 112.
file-kept = Дякую, файл надійно збережено разом із вашим зверненням.
file-too-large = Цей файл для мене завеликий (максимум — { $limit_mb } МБ). Можете надіслати менший файл або скриншот?
message-unsupported = Я розумію лише текст, фото та файли. Напишіть, будь ласка, відповідь текстом.
command-unknown = Я не знаю такої команди. Напишіть /help, щоб побачити, що я вмію.
language-detected = Мова розмови: { $language }. Якщо вам зручніше інша мова, натисніть кнопку нижче.
language-change = Змінити мову
language-unsupported = На жаль, вашою мовою я поки не пишу. Я відповідатиму англійською, або виберіть одну з цих мов:
error-try-again = Вибачте, з вашим останнім повідомленням у мене щось пішло не так. Надішліть його, будь ласка, ще раз. Якщо це повториться, напишіть /human — і вам допоможе людина.
discord-moved-to-dm = Я надіслав вам приватне повідомлення. Продовжимо там — ніхто інший не побачить, що ви пишете.
discord-dm-closed = Я не можу надсилати вам приватні повідомлення. Щоб поговорити безпечно, дозвольте їх: відкрийте меню цього сервера, виберіть «Налаштування приватності», увімкніть особисті повідомлення й знову напишіть /help.

## The volunteers' desk
desk-help = Це робоче місце волонтерів. Термінові звернення з'являються тут, кожне у власній темі чи гілці, з карткою: Взяти, Відмовитися, Вирішено. Коли ви берете звернення, повідомлення людини з'являються в гілці звернення й у вашому особистому чаті з ботом; те, що ви пишете в гілці (або відповіддю в особистому чаті), надходить людині з вашим ім'ям у підписі. Повідомлення інших волонтерів у гілці залишаються внутрішніми нотатками. Команди: /cases – відкриті звернення; /claim, /release, /resolve FD-… – дія зі зверненням; /reply FD-… текст – відповісти людині звідусіль; /transfer ІМ'Я – передати звернення іншому волонтерові; /history FD-… – усе листування; /oncall on|off – ваша доступність, /oncall – хто чергує; /link КОД – прив'язати обліковий запис за запрошенням; /help – це повідомлення.

## Typed answers: yes and no in this language, comma separated (a button meaning yes or no accepts
## them, and so does the /forget question). Case and accents do not matter.
words-yes = так, авжеж, звісно, звичайно, yes
words-no = ні, ні дякую, no
forget-unclear = Вибачте, не вдалося зрозуміти вашу відповідь. Нічого не видалено.
# after three unreadable answers to a question that cannot be skipped (consent, the summary)
stuck-ask-person = Схоже, на це запитання важко відповісти. Нічого страшного: можна натиснути одну з кнопок нижче або попросити, щоб вам допомогла людина.

## Changing one answer from the summary
review-which = Яку відповідь ви хочете змінити? Виберіть її нижче.
choice-review-back = Нічого, повернутися до підсумку
# one line of the summary, and two lines together (keep the line break)
review-line = • { $question }: { $answer }
review-more =
    { $line }
    { $rest }
