### Safety: what a person in danger reads first, and why a case is urgent (shown to volunteers).
### Used by bot/triage.py; the reason ids are the rules of flows/triage.yaml.

# Shown at once when a message speaks of ending one's life, of self-harm or of danger right now.
# $numbers: the emergency numbers for the person's country, one `safety-numbers-line` per line.
safety-message = Ваша безопасность важнее всего. Если вам сейчас угрожает опасность или вы думаете о том, чтобы покончить с жизнью, пожалуйста, позвоните:
    { $numbers }
    Если эти номера не работают там, где вы находитесь, звоните по местному номеру экстренной помощи. Вы не одни: я уже сообщаю нашим волонтёрам, и вы можете продолжать писать мне.

# One line of $numbers. $kind: emergency, police, ambulance, crisis (a line to talk to someone), mobile
# (a number that works from most mobile phones: shown when we do not know the person's country).
safety-numbers-line = { $kind ->
        [police] Полиция
        [ambulance] Скорая помощь
        [crisis] Поговорить с кем-то
        [mobile] Экстренный вызов с мобильного
       *[emergency] Экстренная помощь
    }: { $number }

## Why a case is urgent: shown to volunteers on the case card (in VOLUNTEER_LOCALE)
triage-reason-crisis_self_harm = Писали о самоубийстве или самоповреждении
triage-reason-crisis_danger = Сейчас в физической опасности
triage-reason-sextortion = Шантаж интимными изображениями
triage-reason-critical_service = Пострадала больница, клиника или приют
triage-reason-human_requested = Попросили живого человека
triage-reason-ongoing = Атака продолжается
triage-reason-money_leaving = Деньги, возможно, списывают прямо сейчас
triage-reason-deadline = Шантаж со сроком
triage-reason-minor = Затронут несовершеннолетний
triage-reason-physical_threat = Угрозы физической безопасности
triage-reason-organisation = Пострадала организация (НКО, школа, редакция)
triage-reason-extortion = Вымогательство
triage-reason-ransomware = Программа-вымогатель
triage-reason-paid = Уже заплатили
