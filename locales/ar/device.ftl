### جهاز ضاع أو سُرق أو صودر.

device-device_event = يؤسفني ذلك. ماذا حدث للجهاز؟
device-device_event-lost = ضاع مني
device-device_event-stolen = سُرق
device-device_event-seized = أخذته الشرطة أو السلطات
device-device_type = ما نوع الجهاز؟
device-device_type-phone = هاتف
device-device_type-laptop = حاسوب محمول أو مكتبي
device-device_type-tablet = جهاز لوحي
device-device_type-other = شيء آخر
device-screen_lock = هل كان مقفلًا برمز PIN أو كلمة مرور أو بصمة الإصبع أو بصمة الوجه؟
device-screen_lock-yes = نعم
device-screen_lock-no = لا
device-screen_lock-unsure = لا أعرف
device-first_aid =
    شكرًا لك. وأثناء انتظارك لأحد المتطوعين، هذه الخطوات هي الأكثر فائدة:
    1. من جهاز آخر تثق به، غيّر كلمات مرور بريدك الإلكتروني وأهم حساباتك، وسجّل خروج الجهاز المفقود منها.
    2. استخدم «العثور على جهازي» (Android) أو «تحديد الموقع» (Apple) لقفل الجهاز، أو لمسحه إذا لم تكن ستستعيده.
    3. إذا كان هاتفًا، فاتصل بشركة الاتصالات لإيقاف شريحة SIM، حتى لا يحصل أحد على الرموز التي تصلك في الرسائل النصية.
    4. نبّه معارفك إلى أن الرسائل القادمة من هذا الجهاز قد لا تكون منك.
    5. إذا سُرق، فأبلغ الشرطة. رقم IMEI المكتوب على العلبة أو الفاتورة يساعد في ذلك.
device-first_aid_seized =
    شكرًا لك. قد يكون هذا مخيفًا. وأثناء انتظارك لأحد المتطوعين:
    1. من فضلك لا تحاول مسح الجهاز بنفسك قبل أن تتحدث مع محامٍ: فقد يسبب لك ذلك مشكلات قانونية.
    2. من جهاز آخر تثق به، سجّل خروج هذا الجهاز من حساباتك (البريد الإلكتروني، وWhatsApp، وSignal، وTelegram، ووسائل التواصل الاجتماعي)، وغيّر كلمات المرور.
    3. نبّه من في جهات اتصالك ممن قد يكونون في خطر.
    4. دوّن متى وأين ومن أخذ الجهاز، واحتفظ بأي ورقة أُعطيت لك.

## Short names of the questions (the summary, the list of answers to change)
device-device_event-label = ماذا حدث للجهاز
device-device_type-label = نوع الجهاز
device-screen_lock-label = مقفل برمز أو كلمة مرور

## Words a person may type instead of pressing a button, comma separated
device-device_event-lost-words = ضاع, فقدته, أضعته, فقدت هاتفي, ضاع هاتفي, مفقود, لا أجده
device-device_event-stolen-words = سرقوه, مسروق, سرقة, تمت سرقته, سرقه أحد, سرقوا هاتفي
device-device_event-seized-words = الشرطة, أخذته الشرطة, صادرته الشرطة, مصادرة, صودر, صادروه, السلطات, الأمن, الحدود
device-device_type-phone-words = هاتفي, جوال, موبايل, تلفون, آيفون, ايفون, iphone, أندرويد, android, هاتف ذكي
device-device_type-laptop-words = لابتوب, لاب توب, حاسوب, كمبيوتر, حاسوبي, كمبيوتري, حاسوب محمول, ماك بوك, macbook, pc
device-device_type-tablet-words = تابلت, آيباد, ايباد, ipad
device-device_type-other-words = آخر, شيء آخر
device-screen_lock-yes-words = كان مقفلا, مقفل, رمز, pin, كلمة مرور, بصمة, بصمة الوجه, face id
device-screen_lock-no-words = لم يكن مقفلا, غير مقفل, بدون رمز, بدون كلمة مرور, بلا قفل
device-screen_lock-unsure-words = لا أعرف, لست متأكدا, لست متأكدة, ربما
