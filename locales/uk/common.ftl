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
command-words-forget = забудь мене, видали мої дані, видалити мої дані
command-words-human = оператор, жива людина, поговорити з людиною, покличте людину, волонтер

welcome-back = З поверненням! Продовжимо з того місця, де зупинилися.
help =
    Я допоможу вам розповісти, що сталося, щоб волонтер міг вам допомогти. У будь-який момент можна написати:
    /back – повернутися до попереднього запитання
    /restart – почати спочатку
    /cancel – зупинити розмову
    /language – змінити мову
    /status – стан вашого звернення
    /human – покликати людину
    /forget – видалити все, що ви мені розповіли
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
human-requested = Я вже передаю ваше прохання волонтерам: з вами зв’яжуться щодо звернення { $reference }. Поки чекаєте, відповідайте, якщо можете, на мої запитання — так вам допоможуть швидше.
file-kept = Дякую, файл надійно збережено разом із вашим зверненням.
file-too-large = Цей файл для мене завеликий (максимум — { $limit_mb } МБ). Можете надіслати менший файл або скриншот?
message-unsupported = Я розумію лише текст, фото та файли. Напишіть, будь ласка, відповідь текстом.
command-unknown = Я не знаю такої команди. Напишіть /help, щоб побачити, що я вмію.
language-detected = Мова розмови: { $language }. Якщо вам зручніше інша мова, натисніть кнопку нижче.
language-change = Змінити мову
language-unsupported = На жаль, вашою мовою я поки не пишу. Я відповідатиму англійською, або виберіть одну з цих мов:
