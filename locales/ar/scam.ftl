### الاحتيال: نوعه، وأين حدث، والمال (كم، وكيف، ومتى، وإلى أين ذهب)، والبنك.

scam-scam_type = يؤسفني ما حدث لك. المحتالون بارعون جدًا فيما يفعلونه، وهذا قد يحدث لأي شخص. ما نوع الاحتيال؟
scam-scam_type-investment = عرض استثمار أو تداول
scam-scam_type-romance = شخص تعرفت عليه عبر الإنترنت (علاقة عاطفية)
scam-scam_type-shopping = شراء أو بيع عبر الإنترنت
scam-scam_type-tech_support = دعم فني مزيف أو اتصال مزيف من البنك
scam-scam_type-crypto = عملات رقمية
scam-scam_type-other = شيء آخر
scam-scam_platform = أين حدث ذلك، أو أين تواصلوا معك أول مرة؟
scam-scam_platform-website = على موقع إلكتروني
scam-scam_platform-social_media = على وسائل التواصل الاجتماعي
scam-scam_platform-messaging = WhatsApp أو Telegram أو تطبيق مراسلة آخر
scam-scam_platform-dating = على تطبيق أو موقع تعارف
scam-scam_platform-phone_call = بمكالمة هاتفية أو رسالة نصية
scam-scam_platform-email = عبر البريد الإلكتروني
scam-scam_platform-other = مكان آخر
scam-paid = هل أرسلت مالًا أو دفعت أي شيء؟
scam-paid-yes = نعم
scam-paid-no = لا
scam-amount = كم خسرت في المجموع؟ اكتب المبلغ والعملة، مثلًا «300 دولار» أو «0.05 BTC». التقدير التقريبي يكفي. إذا كنت تفضل ألا تذكره، اضغط «تخطي».
scam-payment_method = كيف دفعت؟ إذا دفعت بأكثر من طريقة، فاختر الطريقة الرئيسية.
scam-payment_method-bank_transfer = تحويل بنكي
scam-payment_method-card = بطاقة ائتمان أو بطاقة خصم
scam-payment_method-crypto = عملات رقمية
scam-payment_method-gift_cards = بطاقات هدايا أو قسائم
scam-payment_method-money_transfer = خدمة تحويل أموال (Western Union أو PayPal…)
scam-payment_method-cash = نقدًا
scam-payment_method-other = طريقة أخرى
scam-paid_on = متى دفعت؟ إذا دفعت أكثر من مرة، فمتى كانت آخر دفعة؟ مثلًا «أمس» أو «3 مايو». إذا كنت لا تعرف، اكتب «لا أعرف».
scam-destination = إلى أين ذهب المال؟ إذا كان لديك رقم الحساب (IBAN) أو عنوان محفظة العملات الرقمية الذي أعطوك إياه، فانسخه هنا كما هو تمامًا. إذا لم يكن لديك، اضغط «تخطي».
scam-money_leaving = هل ما زال المال يُسحب من حسابك، أو ما زالوا يطلبون منك أن تدفع؟
scam-money_leaving-yes = نعم
scam-money_leaving-no = لا
scam-money_leaving-unsure = لا أعرف
scam-bank_told = هل أبلغت بنكك أو خدمة الدفع حتى الآن؟
scam-bank_told-yes = نعم
scam-bank_told-no = ليس بعد
scam-first_aid_money =
    شكرًا لك. هذا ما يساعد أكثر، الآن:
    1. اتصل الآن ببنكك أو بخدمة الدفع أو بمنصة العملات الرقمية، على الرقم المكتوب على بطاقتك أو على موقعهم الرسمي. اطلب إيقاف الدفعة أو استرجاعها، وإيقاف بطاقتك. كلما أسرعت كان أفضل.
    2. من فضلك لا ترسل أي مال آخر، حتى لو وعدوك بإعادة أموالك، أو طلبوا «رسومًا» أو «ضرائب» للإفراج عن أموالك.
    3. توقف عن الرد عليهم. إذا تمكنوا من الوصول إلى حاسوبك (AnyDesk أو TeamViewer…)، فافصله عن الإنترنت، وغيّر كلمات مرور حسابك البنكي من جهاز آخر.
    4. احتفظ بكل شيء: الإيصالات، وكشوف الحساب البنكي، والمحادثات، وعناوين المواقع، وأرقام الحسابات أو المحافظ.
    5. أبلغ الشرطة. قد يطلب بنكك نسخة من البلاغ.
scam-first_aid =
    شكرًا لك. وأثناء انتظارك لأحد المتطوعين:
    1. من فضلك لا ترسل مالًا أو رموزًا أو نسخًا من وثائقك، وتوقف عن الرد عليهم.
    2. إذا أعطيت بيانات بطاقتك أو كلمة مرور، فأبلغ بنكك وغيّر كلمة المرور الآن.
    3. احتفظ بالرسائل وبحسابهم وبعنوان الموقع: التقط لقطات شاشة.
    4. أبلغ عن الحساب أو الإعلان أو الموقع على المنصة التي وجدته فيها.

## Short names of the questions (the summary, the list of answers to change)
scam-scam_type-label = نوع الاحتيال
scam-scam_platform-label = أين حدث
scam-paid-label = هل دفعت مالًا
scam-amount-label = المبلغ المفقود
scam-payment_method-label = طريقة الدفع
scam-paid_on-label = تاريخ الدفع
scam-destination-label = الحساب أو المحفظة
scam-money_leaving-label = ما زال المال يُسحب
scam-bank_told-label = إبلاغ البنك

## Words a person may type instead of pressing a button, comma separated
scam-scam_type-investment-words = استثمار, تداول, منصة تداول, فوركس, أسهم, استثمرت
scam-scam_type-romance-words = علاقة عاطفية, حب, حبيب, حبيبة, شخص تعرفت عليه, تعرفت عليه على الإنترنت, تعرفت عليها على الإنترنت
scam-scam_type-shopping-words = تسوق, تسوق إلكتروني, متجر مزيف, متجر, شراء, بيع, اشتريت شيئا, بعت شيئا
scam-scam_type-tech_support-words = دعم فني, دعم, مايكروسوفت, microsoft, بنك مزيف, اتصال من البنك, اتصلوا من البنك, وصول عن بعد, anydesk, teamviewer
scam-scam_type-crypto-words = عملة رقمية, عملات مشفرة, كريبتو, بيتكوين, bitcoin, btc, usdt, محفظة رقمية
scam-scam_type-other-words = آخر, شيء آخر
scam-scam_platform-website-words = موقع, موقع إلكتروني, على موقع, متجر إلكتروني
scam-scam_platform-social_media-words = وسائل التواصل, سوشيال ميديا, فيسبوك, facebook, انستغرام, instagram, تيك توك, tiktok, تويتر, twitter, x
scam-scam_platform-messaging-words = واتساب, whatsapp, تيليجرام, تلغرام, telegram, ماسنجر, messenger, سيغنال, signal, فايبر, viber, محادثة, رسائل
scam-scam_platform-dating-words = تعارف, تطبيق تعارف, موقع تعارف, tinder, تيندر, bumble
scam-scam_platform-phone_call-words = هاتف, مكالمة, اتصال, اتصلوا بي, رسالة نصية, sms, بالهاتف
scam-scam_platform-email-words = بريد, إيميل, ايميل, البريد الإلكتروني, email
scam-scam_platform-other-words = آخر, في مكان آخر, شخصيا, وجها لوجه
scam-paid-yes-words = دفعت, نعم دفعت, أرسلت مالا, حولت مالا, خسرت مالا
scam-paid-no-words = لم أدفع, لم أدفع شيئا, لا شيء, ليس بعد
scam-payment_method-bank_transfer-words = تحويل, حوالة بنكية, بنك, iban
scam-payment_method-card-words = بطاقة, بطاقتي, بطاقة ائتمان, بطاقة خصم, فيزا, visa, ماستركارد, mastercard
scam-payment_method-crypto-words = عملة رقمية, كريبتو, بيتكوين, bitcoin, btc, usdt, محفظة رقمية, إيثريوم
scam-payment_method-gift_cards-words = بطاقة هدايا, بطاقات هدايا, قسيمة, قسائم, itunes, google play, بطاقة أمازون, paysafecard, steam
scam-payment_method-money_transfer-words = western union, ويسترن يونيون, paypal, باي بال, moneygram, موني غرام, حوالة مالية, تحويل أموال, wise, revolut
scam-payment_method-cash-words = نقدا, كاش, نقود, يدا بيد
scam-payment_method-other-words = آخر, طريقة أخرى, شيء آخر
scam-money_leaving-yes-words = ما زال يسحب, ما زالوا يأخذون, ما زالوا يطلبون, يطلبون المزيد, يريدون المزيد
scam-money_leaving-no-words = توقف, لم يعد, انتهى
scam-money_leaving-unsure-words = لا أعرف, لست متأكدا, لست متأكدة, ربما
scam-bank_told-yes-words = أبلغتهم, نعم أبلغتهم, أبلغت البنك, اتصلت بالبنك, البنك يعرف
scam-bank_told-no-words = لم أبلغهم, لم أبلغ البنك, لا ليس بعد
