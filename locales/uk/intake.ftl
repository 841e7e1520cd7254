### The intake flow: first contact with a person who was attacked, scammed or threatened online.

intake-greeting = Вітаю. Це безкоштовна служба допомоги для людей, які постраждали від кібератак, шахраїв чи погроз в інтернеті. Ви не самі, і ви правильно зробили, що написали. Я поставлю кілька коротких запитань, щоб волонтер міг вам допомогти.
intake-consent = Перш ніж почати: усе, що ви розповісте, надійно зберігається, і бачать це лише наші волонтери — щоб вам допомогти. Будь-коли можна попросити мене все видалити: просто напишіть /forget. Ви згодні?
intake-consent-agree = Так, продовжити
intake-consent-decline = Ні, не зараз
intake-declined = Розумію. Нічого не збережено. Якщо передумаєте, просто напишіть /start. Бережіть себе.
intake-category = Що сталося? Виберіть варіант, який найкраще підходить. Якщо не впевнені, виберіть «Щось інше».
intake-category-hacked_account = Зламали акаунт
intake-category-phishing = Підозріле повідомлення чи посилання
intake-category-ransomware = Файли заблоковано або вірус
intake-category-extortion = Мені погрожують або мене шантажують
intake-category-scam = Мене ошукали або вкрали гроші
intake-category-harassment = Мене цькують, переслідують або видають себе за мене
intake-category-data_leak = Мої особисті дані витекли
intake-category-device = Пристрій загубився, його вкрали чи забрали
intake-category-ddos = Сайт не працює або його атакують
intake-category-other = Щось інше або не знаю
intake-recovery_warning = Ще одне, бо ви втратили гроші. Найближчими тижнями з вами можуть зв’язатися й запропонувати повернути ваші гроші за плату. Ці люди можуть назватися адвокатом, поліцією, вашим банком чи компанією, яка повертає кошти. Майже завжди це ті самі шахраї. Чесні люди ніколи не просять спершу заплатити, щоб повернути ваші гроші. Якщо таке станеться, не платіть і повідомте нам.
intake-affected = Ще кілька запитань для волонтера. Кого це стосується?
intake-affected-me = Мене
intake-affected-someone_else = Іншої людини (друга, когось із родини)
intake-affected-organisation = Організації
intake-organisation_type = Що це за організація?
intake-organisation_type-ngo = Неприбуткова чи громадська організація
intake-organisation_type-hospital = Лікарня чи медичний заклад
intake-organisation_type-school = Школа чи університет
intake-organisation_type-business = Бізнес
intake-organisation_type-public_body = Державний орган чи місцева влада
intake-organisation_type-other = Інший тип
intake-story = Розкажіть своїми словами, що сталося. Можна коротко, можна детально — як вам зручно. Неправильних відповідей тут немає.
intake-when = Коли це сталося або почалося? Можна написати, наприклад, «вчора», «минулого понеділка» або «3 травня». Якщо не знаєте, напишіть «не знаю».
intake-ongoing = Це все ще триває?
intake-ongoing-yes = Так, досі триває
intake-ongoing-no = Ні, уже припинилося
intake-ongoing-unsure = Не знаю точно
intake-evidence = Якщо у вас є скриншоти, повідомлення чи файли, пов’язані з тим, що сталося, можете надіслати їх зараз. Можна також переслати мені повідомлення або вставити сюди їхній текст (для листа — разом із заголовками). Будь ласка, поки нічого не видаляйте: це може допомогти. Коли закінчите, натисніть «Готово». Якщо нічого немає, натисніть «Пропустити».
intake-contact_pref = Як волонтерові з вами зв’язатися?
intake-contact_pref-here = Тут, у цьому чаті
intake-contact_pref-email = Електронною поштою
intake-contact_pref-phone = Телефоном
intake-email = На яку електронну адресу вам писати? Якщо зловмисник може читати вашу пошту, вкажіть іншу адресу або натисніть «Пропустити».
intake-phone = На який номер вам телефонувати? Напишіть його з кодом країни, наприклад +41 79 123 45 67.
intake-contact_here = Нічого страшного: волонтер відповість вам тут, у цьому чаті.
intake-summary =
    Ось коротко, що ви розповіли:
    { $summary }

    Усе правильно? Якщо підтвердите, я передам це волонтерові. Якщо щось не так, це можна виправити.
intake-summary-confirm = Так, надіслати
intake-summary-edit = Ні, змінити відповідь
intake-submitted = Дякую. Ваше звернення прийнято, його номер — { $reference }. Збережіть цей номер. Волонтер прочитає звернення і зв’яжеться з вами якнайшвидше. А поки: нічого не платіть, не видаляйте повідомлень, а якщо вам загрожує небезпека — телефонуйте на місцевий номер екстреної допомоги. Перевірити стан звернення можна будь-коли: напишіть /status.

## Short names of the questions: the lines of the summary and the list of answers to change
intake-consent-label = Згода
intake-category-label = Що сталося
intake-story-label = Ваша історія
intake-affected-label = Кого стосується
intake-organisation_type-label = Організація
intake-when-label = Коли
intake-ongoing-label = Триває досі
intake-evidence-label = Надіслані файли
intake-contact_pref-label = Як зв’язатися
intake-email-label = Електронна пошта
intake-phone-label = Номер телефону

## Words a person may type instead of pressing a button, comma separated (besides the label, its
## number and, for yes / no buttons, words-yes / words-no in common.ftl). Case and accents do not matter.
intake-consent-agree-words = ок, ok, добре, гаразд, згоден, згодна, продовжити, продовжуймо, давайте
intake-consent-decline-words = не зараз, ні дякую, пізніше, не згоден, не згодна
intake-category-hacked_account-words = злам, зламали, акаунт зламали, зламали акаунт, хакнули, акаунт
intake-category-ransomware-words = викуп, вірус, файли заблокували, файли зашифрували, шифрувальник, шкідлива програма, вірус на комп’ютері, у мене вірус
intake-category-extortion-words = шантаж, погрози, погрожують, шантажують, вимагання
intake-category-scam-words = шахраї, шахрайство, ошукали, обдурили, вкрали гроші, втратив гроші, втратила гроші
intake-category-harassment-words = цькування, переслідування, булінг, кібербулінг, переслідують, стежать, фейковий профіль, фейковий акаунт, видають себе за мене
intake-category-phishing-words = фішинг, підозріле повідомлення, підозрілий лист, підозріле посилання, дивне повідомлення, дивне посилання, фейковий лист, фейкове смс, посилання
intake-category-data_leak-words = витік, витік даних, злили дані, злили мої дані, мої дані витекли, доксинг
intake-category-device-words = загубив телефон, загубила телефон, вкрали телефон, телефон вкрали, вкрали ноутбук, загубився телефон, вилучили, конфіскували, вилучили телефон, вкрали пристрій, загубив пристрій, загубила пристрій
intake-category-ddos-words = ddos, ддос, сайт не працює, сайт лежить, сайт, наш сайт, мій сайт, атака на сайт
intake-category-other-words = інше, щось інше, не знаю, не впевнений, не впевнена
intake-affected-me-words = я, мене, мені, лише мене, тільки мене, це я, себе
intake-affected-someone_else-words = інша людина, іншої людини, когось іншого, друг, подруга, мого друга, мою подругу, родина, мама, тато, моя дитина, дитина, партнер, не мене
intake-affected-organisation-words = організація, організації, наша організація, нашої організації, компанія, наша компанія, моя компанія, фірма
intake-organisation_type-ngo-words = го, нго, ngo, громадська організація, неприбуткова, неприбуткова організація, благодійна організація, благодійний фонд, фонд, асоціація
intake-organisation_type-hospital-words = лікарня, клініка, поліклініка, медицина, медичний заклад, будинок догляду
intake-organisation_type-school-words = школа, університет, коледж, ліцей, гімназія, садочок, дитячий садок
intake-organisation_type-business-words = бізнес, компанія, фірма, магазин, підприємство, малий бізнес, фоп
intake-organisation_type-public_body-words = державний орган, держорган, влада, місцева влада, міська рада, рада, мерія, міністерство, громада
intake-organisation_type-other-words = інше, інший, інший тип, щось інше
intake-ongoing-yes-words = досі, триває, досі триває, ще триває, продовжується
intake-ongoing-no-words = припинилося, закінчилося, вже ні, скінчилося
intake-ongoing-unsure-words = не знаю, не впевнений, не впевнена, можливо
intake-contact_pref-here-words = тут, у чаті, в чаті, чат
intake-contact_pref-email-words = пошта, email, e-mail, імейл, електронна пошта, поштою
intake-contact_pref-phone-words = телефон, телефоном, дзвінок, зателефонуйте
intake-summary-confirm-words = ок, ok, добре, правильно, усе правильно, все правильно, надіслати, підтверджую
intake-summary-edit-words = змінити, виправити, неправильно, не так, помилка
