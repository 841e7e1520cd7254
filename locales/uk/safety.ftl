### Safety: what a person in danger reads first, and why a case is urgent (shown to volunteers).
### Used by bot/triage.py; the reason ids are the rules of flows/triage.yaml.

# Shown at once when a message speaks of ending one's life, of self-harm or of danger right now.
# $numbers: the emergency numbers for the person's country, one `safety-numbers-line` per line.
safety-message = Ваша безпека — найважливіше. Якщо вам зараз загрожує небезпека або ви думаєте про те, щоб покінчити з життям, будь ласка, зателефонуйте:
    { $numbers }
    Якщо ці номери не працюють там, де ви зараз, телефонуйте на місцевий номер екстреної допомоги. Ви не самі: я вже повідомляю наших волонтерів, і ви можете й далі писати мені.

# One line of $numbers. $kind: emergency, police, ambulance, crisis (a line to talk to someone), mobile
# (a number that works from most mobile phones: shown when we do not know the person's country).
safety-numbers-line = { $kind ->
        [police] Поліція
        [ambulance] Швидка допомога
        [crisis] Поговорити з кимось
        [mobile] Екстрений виклик з мобільного
       *[emergency] Екстрена допомога
    }: { $number }

## Why a case is urgent: shown to volunteers on the case card (in VOLUNTEER_LOCALE)
triage-reason-crisis_self_harm = Писали про самогубство або самоушкодження
triage-reason-crisis_danger = Зараз у фізичній небезпеці
triage-reason-sextortion = Шантаж інтимними зображеннями
triage-reason-critical_service = Постраждала лікарня, клініка або притулок
triage-reason-human_requested = Попросили живу людину
triage-reason-ongoing = Атака триває
triage-reason-money_leaving = Гроші, можливо, списують просто зараз
triage-reason-deadline = Шантаж із терміном
triage-reason-minor = Залучена неповнолітня особа
triage-reason-physical_threat = Погрози фізичній безпеці
triage-reason-organisation = Постраждала організація (ГО, школа, редакція)
triage-reason-extortion = Вимагання
triage-reason-ransomware = Програма-вимагач
triage-reason-paid = Вже заплатили
