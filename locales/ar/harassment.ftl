### التحرش والملاحقة ونشر المعلومات الخاصة وانتحال الشخصية: ماذا، ومن، وأين، ومنذ متى، والخطر الجسدي.

harassment-harassment_type = يؤسفني ما تمر به. هذا ليس ذنبك. ماذا يحدث؟
harassment-harassment_type-messages = رسائل أو منشورات جارحة أو فيها تهديد
harassment-harassment_type-stalking = شخص يلاحقني أو يراقبني
harassment-harassment_type-doxxing = نُشرت معلوماتي الخاصة
harassment-harassment_type-impersonation = شخص ينتحل شخصيتي
harassment-harassment_type-other = شيء آخر
harassment-harasser = هل تعرف من يفعل هذا؟
harassment-harasser-known = شخص أعرفه
harassment-harasser-stranger = شخص غريب
harassment-harasser-unknown = لا أعرف من هو
harassment-platform = أين يحدث ذلك في الغالب؟
harassment-platform-facebook = Facebook
harassment-platform-instagram = Instagram
harassment-platform-tiktok = TikTok
harassment-platform-x = X (تويتر)
harassment-platform-whatsapp = WhatsApp
harassment-platform-telegram = Telegram
harassment-platform-email = البريد الإلكتروني
harassment-platform-phone = مكالمات أو رسائل نصية
harassment-platform-several = في عدة أماكن
harassment-platform-other = مكان آخر
harassment-when = منذ متى يحدث هذا؟ يمكنك أن تكتب مثلًا «منذ الأسبوع الماضي» أو «منذ شهرين» أو «منذ 3 مايو». إذا كنت لا تعرف، اكتب «لا أعرف».
harassment-physical_threat = هل هددك أحد بإيذائك، أو تظن أنك قد تكون في خطر جسدي؟
harassment-physical_threat-yes = نعم
harassment-physical_threat-no = لا
harassment-first_aid_danger =
    شكرًا لأنك أخبرتني. سلامتك أولًا.
    1. إذا كنت في خطر الآن، فاتصل برقم الطوارئ في بلدك.
    2. أخبر شخصًا تثق به بما يحدث وبمكان وجودك.
    3. لا تلتقِ بهذا الشخص، ولا تخبره أين أنت.
    4. احتفظ بالتهديدات: التقط لقطات شاشة يظهر فيها التاريخ واسم المستخدم. فهي مهمة للشرطة.
    سيرى المتطوعون بلاغك على أنه عاجل.
harassment-first_aid =
    شكرًا لأنك أخبرتني. وأثناء انتظارك لأحد المتطوعين:
    1. احتفظ بالأدلة قبل الحظر أو الإبلاغ: لقطات شاشة يظهر فيها التاريخ واسم المستخدم ورابط الحساب أو المنشور.
    2. أبلغ المنصة عن الحساب أو المنشورات. إذا كان أحد ينتحل شخصيتك، فأبلغ عنه كحساب مزيف، واطلب من أصدقائك أن يبلغوا عنه أيضًا.
    3. لست مضطرًا إلى الرد عليهم. احظرهم، واجعل حساباتك خاصة في الوقت الحالي.
    4. تحقق ممن يستطيع رؤية موقعك وقائمة أصدقائك ورقم هاتفك، وأخفِ ما تستطيع.

## Short names of the questions (the summary, the list of answers to change)
harassment-harassment_type-label = ماذا يحدث
harassment-harasser-label = من
harassment-platform-label = أين
harassment-when-label = منذ متى
harassment-physical_threat-label = تهديد جسدي

## Words a person may type instead of pressing a button, comma separated
harassment-harassment_type-messages-words = رسائل, تهديدات, رسائل تهديد, شتائم, إهانات, كراهية, منشورات, تعليقات, تنمر
harassment-harassment_type-stalking-words = ملاحقة, يلاحقني, يراقبني, مراقبة, يتتبعني, شخص يلاحقني, شخص يراقبني
harassment-harassment_type-doxxing-words = نشروا عنواني, نشروا معلوماتي, نشروا رقمي, نشر معلوماتي, معلوماتي منشورة, فضح
harassment-harassment_type-impersonation-words = انتحال, انتحال شخصية, حساب مزيف, حساب وهمي, صفحة مزيفة, ينتحل شخصيتي, يتظاهر بأنه أنا
harassment-harassment_type-other-words = آخر, شيء آخر
harassment-harasser-known-words = أعرفه, أعرفها, أعرف من, طليقي, طليقتي, زوجي السابق, زوجتي السابقة, حبيبي السابق, زوجي, زوجتي, زميل, زميلة, زميلي في الدراسة
harassment-harasser-stranger-words = غريب, لا أعرفه, لا أعرفها, شخص لا أعرفه
harassment-harasser-unknown-words = لا أعرف, ليست لدي فكرة, مجهول, حساب مجهول, لست متأكدا, لست متأكدة
harassment-platform-facebook-words = فيسبوك, فيس بوك, فيس, fb, ماسنجر, messenger
harassment-platform-instagram-words = انستغرام, انستقرام, إنستغرام, انستا, insta, ig
harassment-platform-tiktok-words = تيك توك, تيكتوك, tik tok
harassment-platform-x-words = تويتر, twitter, x, إكس
harassment-platform-whatsapp-words = واتساب, واتس اب, واتس, whats app
harassment-platform-telegram-words = تيليجرام, تليجرام, تلغرام, تيلغرام, tg
harassment-platform-email-words = بريد, البريد, إيميل, ايميل, email
harassment-platform-phone-words = هاتف, الهاتف, مكالمات, اتصالات, رسائل نصية, sms, مسجات
harassment-platform-several-words = عدة أماكن, في كل مكان, كل مكان, أماكن كثيرة, كلها, عدة
harassment-platform-other-words = آخر, في مكان آخر, مكان غير ذلك
harassment-physical_threat-yes-words = هددوني, هددني, هددني بالإيذاء, أنا في خطر, أنا خائف, أنا خائفة, يعرفون أين أسكن, يعرف أين أسكن
harassment-physical_threat-no-words = ليس جسديا, لا تهديدات, لا أظن
