### حساب استولى عليه شخص آخر: أي حساب، وما يستطيع المهاجم فعله، وكيف تستعيده.

account-service = يؤسفني ما حدث. أي حساب استولى عليه شخص آخر؟
account-service-email = البريد الإلكتروني (Gmail أو Outlook…)
account-service-facebook = Facebook
account-service-instagram = Instagram
account-service-whatsapp = WhatsApp
account-service-tiktok = TikTok
account-service-x = X (تويتر)
account-service-telegram = Telegram
account-service-bank = الحساب البنكي على الإنترنت
account-service-other = حساب آخر
account-locked_out = هل فقدت الوصول إلى هذا الحساب، بحيث لم تعد تستطيع تسجيل الدخول إليه؟
account-locked_out-yes = لم أعد أستطيع الدخول
account-locked_out-no = ما زلت أستطيع الدخول
account-contacts_messaged = هل يتلقى أصدقاؤك أو معارفك رسائل غريبة من هذا الحساب، مثلًا رسائل تطلب مالًا أو رمزًا؟
account-contacts_messaged-yes = نعم
account-contacts_messaged-no = لا
account-contacts_messaged-unsure = لا أعرف
account-two_factor = هل كان التحقق بخطوتين مفعّلًا؟ هو رمز يصلك برسالة نصية أو عبر تطبيق، ويُطلب منك كلما سجّلت الدخول من جهاز جديد.
account-two_factor-yes = نعم
account-two_factor-no = لا
account-two_factor-unsure = لا أعرف
account-recovery_changed = هل تم تغيير البريد الإلكتروني أو رقم الهاتف المخصص لاستعادة الحساب؟
account-recovery_changed-yes = نعم، تم تغييره
account-recovery_changed-no = لا، ما زال لي
account-recovery_changed-unsure = لا أعرف
account-first_aid =
    شكرًا لك. وأثناء انتظارك لأحد المتطوعين، هذه الخطوات هي الأكثر فائدة:
    1. استخدم هاتفًا أو حاسوبًا تثق به. اذهب بنفسك إلى صفحة «تم اختراق حسابي» أو «نسيت كلمة المرور» الرسمية للخدمة، وليس عبر رابط أرسله إليك أحد.
    2. بعد أن تدخل: اختر كلمة مرور جديدة لا تستخدمها في أي مكان آخر، وفعّل التحقق بخطوتين، وسجّل الخروج من كل الجلسات الأخرى.
    3. تحقق من البريد الإلكتروني ورقم الهاتف المخصصين للاستعادة، واحذف أي شيء لا تعرفه.
    4. نبّه معارفك بطريقة أخرى (مكالمة، أو تطبيق آخر): لا يردّوا على رسائل من هذا الحساب تطلب مالًا أو رموزًا.
    5. إذا كنت تستخدم كلمة المرور نفسها في أماكن أخرى، فغيّرها هناك أيضًا.

## Short names of the questions (the summary, the list of answers to change)
account-service-label = الحساب
account-locked_out-label = فقدان الوصول
account-contacts_messaged-label = رسائل غريبة للمعارف
account-two_factor-label = التحقق بخطوتين
account-recovery_changed-label = تغيير بيانات الاستعادة

## Words a person may type instead of pressing a button, comma separated
account-service-email-words = بريد, البريد, بريدي, بريدي الإلكتروني, البريد الإلكتروني, إيميل, ايميل, الإيميل, جيميل, gmail, outlook, hotmail, yahoo, google, جوجل, microsoft, icloud
account-service-facebook-words = فيسبوك, فيس بوك, فيس, fb, حسابي على فيسبوك, ماسنجر, messenger
account-service-instagram-words = انستغرام, انستقرام, إنستغرام, انستا, insta, ig
account-service-whatsapp-words = واتساب, واتس اب, واتس, whats app
account-service-tiktok-words = تيك توك, تيكتوك, tik tok
account-service-x-words = تويتر, twitter, x, إكس
account-service-telegram-words = تيليجرام, تليجرام, تلغرام, تيلغرام
account-service-bank-words = بنك, البنك, مصرف, بنكي, حسابي البنكي, الحساب البنكي, حساب بنكي, تطبيق البنك
account-service-other-words = آخر, حساب آخر, غير ذلك, شيء آخر
account-locked_out-yes-words = لا أستطيع الدخول, لا يمكنني الدخول, لا أستطيع تسجيل الدخول, فقدت الوصول, غيروا كلمة المرور, غيروا كلمة السر
account-locked_out-no-words = أستطيع الدخول, ما زلت أستطيع الدخول, يمكنني الدخول, ما زال لدي وصول
account-contacts_messaged-yes-words = نعم يتلقون, وصلتهم رسائل, أصدقائي وصلتهم رسائل, يرسل لأصدقائي, أرسلوا لأصدقائي
account-contacts_messaged-no-words = لا أظن, لم يخبرني أحد, ليس على حد علمي
account-contacts_messaged-unsure-words = لا أعرف, لست متأكدا, لست متأكدة, ربما
account-two_factor-yes-words = كان مفعلا, مفعل, نعم كان مفعلا
account-two_factor-no-words = لم يكن مفعلا, غير مفعل, لم أفعله
account-two_factor-unsure-words = لا أعرف, لست متأكدا, لست متأكدة, ربما, ما هذا, ما هو
account-recovery_changed-yes-words = تم تغييره, غيروه, تغير, تم التغيير
account-recovery_changed-no-words = لم يتغير, ما زال لي, لم يغيروه
account-recovery_changed-unsure-words = لا أعرف, لست متأكدا, لست متأكدة, ربما, لا أستطيع التحقق
