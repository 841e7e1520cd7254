### شيء آخر، أو لا يعرف الشخص ما هو: كلماته هو أولًا.

other-story = لا بأس: لست بحاجة إلى معرفة اسم ما يحدث. أخبرني بكلماتك أنت بما يحدث. اكتب ما تشاء، قليلًا كان أو كثيرًا. لا توجد إجابة خاطئة.
other-concern = شكرًا لك. ما أكثر ما يقلقك الآن؟
other-concern-money = المال
other-concern-accounts = حساباتي أو أجهزتي
other-concern-safety = سلامتي أو سلامة شخص آخر
other-concern-privacy = معلوماتي الخاصة
other-concern-unsure = لا أعرف
other-paid = هل خسرت مالًا، أو دفعت لأحد؟
other-paid-yes = نعم
other-paid-no = لا
other-first_aid =
    شكرًا لك. لقد أحسنت بالكتابة إلينا. وأثناء انتظارك لأحد المتطوعين:
    1. من فضلك لا تدفع لأي أحد، ولا تعطِ أي رموز أو كلمات مرور، حتى لمن يقول إنه من بنكك أو من الشرطة أو من إحدى الشركات.
    2. احتفظ بكل شيء: لقطات الشاشة، والرسائل، ورسائل البريد الإلكتروني، والإيصالات. لا تحذف أي شيء حاليًا.
    3. إذا كنت تظن أن أحدًا يستطيع الدخول إلى حساباتك، فغيّر كلمات المرور من جهاز تثق به.

## Short names of the questions (the summary, the list of answers to change)
other-story-label = قصتك
other-concern-label = أكثر ما يقلقك
other-paid-label = خسارة مال

## Words a person may type instead of pressing a button, comma separated
other-concern-money-words = مال, مالي, فلوس, نقود, الدفع
other-concern-accounts-words = حسابات, حساباتي, حساب, حسابي, أجهزة, أجهزتي, هاتفي, حاسوبي
other-concern-safety-words = سلامتي, السلامة, أنا خائف, أنا خائفة, خائف, خائفة, خطر, أنا في خطر
other-concern-privacy-words = خصوصيتي, الخصوصية, معلوماتي, معلومات خاصة, بياناتي, بيانات, صوري
other-concern-unsure-words = لا أعرف, لست متأكدا, لست متأكدة, ربما
other-paid-yes-words = خسرت مالا, خسرت فلوس, دفعت, نعم دفعت
other-paid-no-words = لم أدفع, لا شيء, لم أخسر شيئا, لم أخسر مالا
