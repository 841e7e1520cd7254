### موقع إلكتروني متوقف أو يتعرض لهجوم (DDoS، تشويه).

website-website = هذا أمر مقلق. ما عنوان الموقع؟ مثلًا «example.org». إذا كنت تفضل ألا تذكره، اضغط «تخطي».
website-site_problem = ما المشكلة في الموقع؟
website-site_problem-down = لا يفتح أبدًا
website-site_problem-slow = بطيء جدًا
website-site_problem-defaced = يظهر فيه محتوى لم نضعه
website-site_problem-unsure = لا أعرف
website-hosting_known = هل تعرف الجهة التي تستضيف الموقع، وهل يمكنك التواصل معها؟ أي الشركة أو الشخص الذي يدير الخادم الخاص به.
website-hosting_known-yes = نعم
website-hosting_known-no = لا
website-first_aid =
    شكرًا لك. وأثناء انتظارك لأحد المتطوعين:
    1. تحقق مما إذا كان الموقع متوقفًا لدى الجميع: جرّب فتحه من شبكة أخرى، مثلًا من بيانات الهاتف المحمول.
    2. أخبر شركة الاستضافة أو مسؤول الموقع بما تراه، واطلب منهم الاحتفاظ بسجلاتهم.
    3. إذا غيّر أحد محتوى الموقع: التقط لقطات شاشة، ولا تحذف شيئًا حاليًا، وغيّر كلمات مرور الموقع وحساب الاستضافة من جهاز تثق به.
    4. إذا طلب أحد مالًا لإيقاف الهجوم: من فضلك لا تدفع، واحتفظ برسالته.
    توجد حماية مجانية من هذه الهجمات لمنظمات المجتمع المدني ووسائل الإعلام المستقلة. يمكن لأحد المتطوعين مساعدتك في التقديم عليها.

## Short names of the questions (the summary, the list of answers to change)
website-website-label = الموقع
website-site_problem-label = المشكلة
website-hosting_known-label = جهة الاستضافة معروفة

## Words a person may type instead of pressing a button, comma separated
website-site_problem-down-words = متوقف, لا يعمل, لا يفتح, معطل, لا يحمل, الموقع واقع, غير متاح
website-site_problem-slow-words = بطيء, بطيء جدا, يحمل ببطء, ثقيل
website-site_problem-defaced-words = مخترق, اخترقوه, تغير, غيروه, شخص غيره, محتوى غريب, يظهر أشياء غريبة
website-site_problem-unsure-words = لا أعرف, لست متأكدا, لست متأكدة, ربما
website-hosting_known-yes-words = أعرف, نعرف, نعم أعرف, نعم نعرف
website-hosting_known-no-words = لا أعرف, لا نعرف, ليست لدي فكرة, لا فكرة لدي
