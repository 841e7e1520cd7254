### Extortion and sextortion details (шантаж и секс-шантаж).

extortion-threat = Мне очень жаль, что с вами такое происходит. Вы ни в чём не виноваты. Что вам угрожают сделать?
extortion-threat-intimate_images = Разослать мои интимные фото или видео
extortion-threat-personal_data = Опубликовать мои личные данные
extortion-threat-other = Другое
extortion-demand = Что от вас требуют? Если деньги — напишите сумму и валюту, например «500 евро». Если ничего не требуют, нажмите «Пропустить».
extortion-paid = Вы уже что-нибудь заплатили?
extortion-paid-yes = Да
extortion-paid-no = Нет
extortion-safety_note = Важно: пожалуйста, больше ничего не платите и пока не отвечайте этому человеку. Деньги редко останавливают угрозы. Сохраните переписку: это доказательства.

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = Чем угрожают
extortion-demand-label = Что требуют
extortion-paid-label = Уже заплатили

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = фото, видео, интимные фото, мои фото, фотографии
extortion-threat-personal_data-words = данные, мои данные, личные данные, адрес, мой адрес
extortion-threat-other-words = другое, что-то другое
extortion-paid-yes-words = заплатил, заплатила, платил, платила
extortion-paid-no-words = ничего, не платил, не платила, ещё нет, пока нет
