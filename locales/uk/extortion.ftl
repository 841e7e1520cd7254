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
