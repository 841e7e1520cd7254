### Extortion and sextortion details (шантаж і секс-шантаж).

extortion-threat = Мені дуже шкода, що з вами таке відбувається. Ви ні в чому не винні. Що вам погрожують зробити?
extortion-threat-intimate_images = Поширити мої інтимні фото чи відео
extortion-threat-personal_data = Оприлюднити мої особисті дані
extortion-threat-other = Щось інше
extortion-demand = Що від вас вимагають? Якщо гроші — напишіть суму й валюту, наприклад «500 євро». Якщо нічого не вимагають, натисніть «Пропустити».
extortion-paid = Ви вже щось заплатили?
extortion-paid-yes = Так
extortion-paid-no = Ні
extortion-safety_note = Важливо: будь ласка, більше нічого не платіть і поки не відповідайте цій людині. Гроші рідко зупиняють погрози. Збережіть повідомлення: це докази.

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = Чим погрожують
extortion-demand-label = Що вимагають
extortion-paid-label = Чи вже платили

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = фото, відео, інтимні фото, мої фото, світлини
extortion-threat-personal_data-words = дані, мої дані, особисті дані, адреса, мою адресу
extortion-threat-other-words = інше, щось інше
extortion-paid-yes-words = заплатив, заплатила, платив, платила
extortion-paid-no-words = нічого, не платив, не платила, ще ні
