### A suspicious message or link: what the person did with it, and what to do now.

phishing-clicked = Дякую, що звернулися до нас. Ви натиснули на посилання або відкрили файл із цього повідомлення?
phishing-clicked-yes = Так
phishing-clicked-no = Ні
phishing-clicked-unsure = Не знаю точно
phishing-entered = Чи вводили ви щось на сторінці, яка відкрилася?
phishing-entered-password = Пароль
phishing-entered-card = Дані картки чи банку
phishing-entered-both = Пароль і дані картки
phishing-entered-nothing = Нічого
phishing-entered-unsure = Не знаю точно
phishing-paid = Ви щось через це заплатили?
phishing-paid-yes = Так
phishing-paid-no = Ні
phishing-first_aid =
    Дякую. Таке може статися з будь-ким: ці повідомлення навмисно роблять схожими на справжні. Що найбільше допоможе зараз:
    1. Якщо ви вказали дані картки чи банку або заплатили: просто зараз зателефонуйте в банк за номером на вашій картці й попросіть заблокувати картку.
    2. Якщо ви ввели пароль: просто зараз змініть його з пристрою, якому довіряєте, а також усюди, де він у вас такий самий. Увімкніть двоетапну перевірку.
    3. Якщо ви відкрили файл: від’єднайте цей пристрій від інтернету і не заходьте з нього в банк, доки його не перевірять.
    4. Не відповідайте і більше нічого не натискайте. Збережіть повідомлення (досить скриншота), а потім поскаржтеся на нього як на фішинг чи спам.

## Short names of the questions (the summary, the list of answers to change)
phishing-clicked-label = Натиснули чи відкрили
phishing-entered-label = Що ввели
phishing-paid-label = Щось заплатили

## Words a person may type instead of pressing a button, comma separated
phishing-clicked-yes-words = натиснув, натиснула, я натиснув, я натиснула, так натиснув, так натиснула, перейшов, перейшла, перейшов за посиланням, перейшла за посиланням, відкрив, відкрила, я відкрив, я відкрила, відкрив файл, відкрила файл
phishing-clicked-no-words = не натискав, не натискала, я не натискав, я не натискала, не відкривав, не відкривала, не переходив, не переходила
phishing-clicked-unsure-words = не знаю, не впевнений, не впевнена, можливо, мабуть, здається так
phishing-entered-password-words = пароль, мій пароль, ввів пароль, ввела пароль, логін
phishing-entered-card-words = картка, картку, дані картки, номер картки, банківські дані, кредитка, iban
phishing-entered-both-words = обидва, і те і те, пароль і картку, все, усе
phishing-entered-nothing-words = нічого, нічого не вводив, нічого не вводила, ні
phishing-entered-unsure-words = не знаю, не впевнений, не впевнена, можливо
phishing-paid-yes-words = заплатив, заплатила, я заплатив, я заплатила, платив, платила
phishing-paid-no-words = не платив, не платила, нічого, нічого не платив, нічого не платила
