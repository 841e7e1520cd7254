### تسرّب البيانات الشخصية.

data_leak-leaked_data = يؤسفني ذلك، فهذا أمر مقلق. ما الذي تسرّب؟ إذا كانت عدة أشياء، فاختر أكثر ما يقلقك.
data_leak-leaked_data-passwords = كلمات المرور
data_leak-leaked_data-bank_details = بيانات البنك أو البطاقة
data_leak-leaked_data-id_documents = وثائق الهوية أو جواز السفر
data_leak-leaked_data-address = عنواني أو رقم هاتفي
data_leak-leaked_data-private_content = صور أو رسائل خاصة
data_leak-leaked_data-other = شيء آخر
data_leak-leak_source = كيف عرفت بذلك؟
data_leak-leak_source-breach = أخبرتني شركة أو خدمة بتسريب للبيانات
data_leak-leak_source-published = نشرها شخص على الإنترنت
data_leak-leak_source-unsure = لا أعرف
data_leak-first_aid =
    شكرًا لك. وأثناء انتظارك لأحد المتطوعين، وبحسب ما تسرّب:
    1. كلمات المرور: غيّر كلمة المرور في كل مكان استخدمتها فيه، وفعّل التحقق بخطوتين.
    2. بيانات البنك أو البطاقة: اتصل بالبنك لإيقاف البطاقة، وراجع كشوف حسابك.
    3. وثائق الهوية: أبلغ الجهة التي أصدرتها، وانتبه لأي قروض أو حسابات تُفتح باسمك.
    4. إذا نُشرت على الإنترنت: التقط لقطات شاشة يظهر فيها عنوان الصفحة، ثم اطلب من الموقع أو المنصة حذفها.
    احذر من المكالمات أو الرسائل التي تذكر التسريب: المحتالون يستخدمون البيانات المسرّبة ليبدوا جديرين بالثقة.

## Short names of the questions (the summary, the list of answers to change)
data_leak-leaked_data-label = ما الذي تسرّب
data_leak-leak_source-label = كيف عرفت

## Words a person may type instead of pressing a button, comma separated
data_leak-leaked_data-passwords-words = كلمة المرور, كلمة السر, كلمة مروري, باسورد, تسجيل الدخول
data_leak-leaked_data-bank_details-words = بنك, بيانات البنك, بطاقة, بيانات البطاقة, بطاقة ائتمان, فيزا, iban, رقم الحساب
data_leak-leaked_data-id_documents-words = هوية, بطاقة هوية, البطاقة الشخصية, جواز, جواز سفر, وثائق, مستندات, رخصة قيادة
data_leak-leaked_data-address-words = عنوان, عنواني, عنوان البيت, رقم الهاتف, رقم هاتفي, رقمي
data_leak-leaked_data-private_content-words = صور, صوري, صور خاصة, رسائل, رسائل خاصة, محادثات, محادثاتي
data_leak-leaked_data-other-words = آخر, شيء آخر
data_leak-leak_source-breach-words = تسريب, تسريب بيانات, أخبرتني شركة, وصلني بريد, وصلتني رسالة, أخبروني, إشعار
data_leak-leak_source-published-words = نشروها, منشورة, على الإنترنت, نشرها شخص, نشرت على الإنترنت, موجودة على الإنترنت
data_leak-leak_source-unsure-words = لا أعرف, لست متأكدا, لست متأكدة, ربما
