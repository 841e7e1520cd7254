### رسالة أو رابط مشبوه: ماذا فعل الشخص به، وماذا يفعل الآن.

phishing-clicked = شكرًا لأنك رجعت إلينا للتحقق. هل ضغطت على رابط أو فتحت ملفًا في تلك الرسالة؟
phishing-clicked-yes = نعم
phishing-clicked-no = لا
phishing-clicked-unsure = لا أعرف
phishing-entered = في الصفحة التي فُتحت، هل كتبت أي شيء؟
phishing-entered-password = كلمة مرور
phishing-entered-card = بيانات بطاقة أو بنك
phishing-entered-both = كلمة مرور وبيانات بطاقة
phishing-entered-nothing = لا شيء
phishing-entered-unsure = لا أعرف
phishing-paid = هل دفعت أي شيء من خلالها؟
phishing-paid-yes = نعم
phishing-paid-no = لا
phishing-first_aid =
    شكرًا لك. هذا قد يحدث لأي شخص: هذه الرسائل مصممة لتبدو حقيقية. أكثر ما يساعد الآن:
    1. إذا أعطيت بيانات بطاقة أو بنك، أو دفعت: اتصل ببنكك الآن على الرقم المكتوب على بطاقتك، واطلب إيقاف البطاقة.
    2. إذا كتبت كلمة مرور: غيّرها الآن من جهاز تثق به، وفي كل مكان آخر تستخدمها فيه. وفعّل التحقق بخطوتين.
    3. إذا فتحت ملفًا: افصل ذلك الجهاز عن الإنترنت، ولا تستخدمه للمعاملات البنكية حتى يتم فحصه.
    4. لا ترد ولا تضغط على أي شيء مرة أخرى. احتفظ بالرسالة (تكفي لقطة شاشة)، ثم أبلغ عنها كرسالة تصيد أو رسالة مزعجة.

## Short names of the questions (the summary, the list of answers to change)
phishing-clicked-label = الضغط على الرابط أو فتح الملف
phishing-entered-label = ما تمت كتابته
phishing-paid-label = هل دفعت شيئًا

## Words a person may type instead of pressing a button, comma separated
phishing-clicked-yes-words = ضغطت, نعم ضغطت, ضغطت عليه, ضغطت على الرابط, دخلت على الرابط, فتحته, نعم فتحته, فتحت الملف, فتحت الرابط
phishing-clicked-no-words = لم أضغط, ما ضغطت, لم أضغط عليه, لم أفتحه, لم أفتح شيئا
phishing-clicked-unsure-words = لا أعرف, لست متأكدا, لست متأكدة, ربما, أظن ذلك
phishing-entered-password-words = كلمة المرور, كلمة السر, كتبت كلمة المرور, أدخلت كلمة المرور, باسورد
phishing-entered-card-words = بطاقة, بطاقتي, بيانات البطاقة, بيانات البنك, رقم البطاقة, بطاقة ائتمان, فيزا, iban
phishing-entered-both-words = الاثنين, الاثنان, كلاهما, كلمة المرور والبطاقة, كل شيء
phishing-entered-nothing-words = لا, لم أكتب شيئا, لم أدخل شيئا, ولا شيء
phishing-entered-unsure-words = لا أعرف, لست متأكدا, لست متأكدة, ربما
phishing-paid-yes-words = دفعت, نعم دفعت
phishing-paid-no-words = لم أدفع, ما دفعت, لا شيء
