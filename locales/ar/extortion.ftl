### تفاصيل الابتزاز، ومنه الابتزاز الجنسي.

extortion-threat = يؤسفني ما تمر به. هذا ليس ذنبك. بماذا يهددك هذا الشخص؟
extortion-threat-intimate_images = نشر صور أو فيديوهات خاصة
extortion-threat-personal_data = نشر بياناتي الشخصية
extortion-threat-other = شيء آخر
extortion-images = هل لديهم صور أو فيديوهات حقًا؟ أي إجابة مقبولة، ولست مضطرًا إلى إخباري بما فيها.
extortion-images-real = نعم، لديهم صور حقيقية
extortion-images-fake = إنها مزيفة أو معدّلة
extortion-images-not_seen = يقولون ذلك، لكني لم أرَ شيئًا
extortion-minor = هل الشخص الظاهر في الصور أو الفيديوهات دون 18 عامًا؟
extortion-minor-yes = نعم، دون 18
extortion-minor-no = لا، 18 أو أكثر
extortion-demand = ماذا يطلب منك؟ إذا كان يطلب مالًا، فاكتب المبلغ والعملة، مثلًا «500 دولار». إذا لم يطلب شيئًا، اضغط «تخطي».
extortion-paid = هل دفعت أي شيء حتى الآن؟
extortion-paid-yes = نعم
extortion-paid-no = لا
extortion-deadline = هل حددوا لك مهلة؟
extortion-deadline-within_day = نعم، خلال يوم
extortion-deadline-later = نعم، أطول من يوم
extortion-deadline-no = لا توجد مهلة
extortion-deadline-unsure = لا أعرف
extortion-safety_note =
    شكرًا لأنك أخبرتني. وأثناء انتظارك لأحد المتطوعين:
    1. من فضلك لا تدفع أي مبلغ آخر، وتوقف عن الرد عليهم. الدفع نادرًا ما يوقف التهديد: غالبًا ما يطلبون المزيد.
    2. احتفظ بكل شيء: التقط لقطات شاشة للرسائل، ولحسابهم واسم المستخدم، ولأي تفاصيل دفع أرسلوها.
    3. ثم أبلغ المنصة عن الحساب، واحظره.
    4. اجعل حساباتك خاصة في الوقت الحالي، وأخفِ قائمة أصدقائك أو متابعيك.
    لم ترتكب أي خطأ. من يهددك هو من يرتكب جريمة.
extortion-safety_note_images =
    شكرًا لأنك أخبرتني. هذا ليس ذنبك. وأثناء انتظارك لأحد المتطوعين:
    1. من فضلك لا تدفع، وتوقف عن الرد عليهم. الدفع نادرًا ما يوقف التهديد: غالبًا ما يطلبون المزيد.
    2. احتفظ بكل شيء: التقط لقطات شاشة للرسائل، ولحسابهم واسم المستخدم، ولأي تفاصيل دفع أرسلوها. لا ترسل أي صور أخرى.
    3. يمكن لموقع StopNCII.org أن يساعد في منع نشر صورك الخاصة على كثير من المنصات الكبرى. الصور لا تغادر هاتفك أبدًا.
    4. أبلغ المنصة عن الحساب، ثم احظره. اجعل حساباتك خاصة، وأخفِ قائمة أصدقائك أو متابعيك.
    من يهددك هو من يرتكب جريمة. لم ترتكب أي خطأ.
extortion-safety_note_minor =
    شكرًا لأنك أخبرتني. هذا ليس ذنبك، ولن تقع في أي مشكلة. وأثناء انتظارك لأحد المتطوعين:
    1. من فضلك لا تدفع، ولا ترسل أي صور أخرى، وتوقف عن الرد عليهم.
    2. خدمة Take It Down على الموقع takeitdown.ncmec.org تساعد على حذف الصور الملتقطة قبل سن 18، أو على منع نشرها. الصور لا تغادر هاتفك أبدًا.
    3. احتفظ بالرسائل وباسم المستخدم الخاص بهم: التقط لقطات شاشة. ثم أبلغ عن الحساب واحظره.
    4. إن استطعت، أخبر شخصًا بالغًا تثق به. ما يفعلونه جريمة خطيرة، ويمكن للشرطة أن تساعدك.

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = بماذا يهدد
extortion-images-label = الصور أو الفيديوهات
extortion-minor-label = دون 18
extortion-demand-label = ماذا يطلب
extortion-paid-label = هل دفعت
extortion-deadline-label = المهلة

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = صور, فيديو, فيديوهات, صوري, صور خاصة
extortion-threat-personal_data-words = بيانات, بياناتي, بيانات شخصية, معلوماتي الشخصية, عنواني, عنوان, نشر بياناتي, نشر عنواني, نشر بياناتي الشخصية, تسريب بياناتي, فضح
extortion-threat-other-words = آخر, شيء آخر
extortion-images-real-words = حقيقية, إنها حقيقية, لديهم صور, عندهم صور, نعم لديهم, أرسلتها لهم, أرسلت لهم صورا
extortion-images-fake-words = مزيفة, مفبركة, معدلة, فوتوشوب, ذكاء اصطناعي, ديب فيك, ليست أنا, هذا ليس أنا, ليس أنا
extortion-images-not_seen-words = لم أر شيئا, لم أرها, لم أر أي صور, يقولون فقط, يقولون ذلك, لا أعرف, لست متأكدا, لست متأكدة
extortion-minor-yes-words = دون 18, تحت 18, أقل من 18, قاصر, قاصرة, أنا قاصر, أنا قاصرة, طفل, طفلة
extortion-minor-no-words = فوق 18, 18 أو أكثر, أكبر من 18, بالغ, بالغة, أنا بالغ, أنا بالغة, راشد, راشدة
extortion-paid-yes-words = دفعت, نعم دفعت, دفعت لهم
extortion-paid-no-words = لا شيء, لم أدفع, ليس بعد
extortion-deadline-within_day-words = اليوم, الليلة, غدا, خلال يوم, 24 ساعة, خلال 24 ساعة, بضع ساعات, ساعات, قبل الليل, قبل الغد
extortion-deadline-later-words = لاحقا, بعد أيام, خلال أيام, الأسبوع القادم, أيام, أسبوع, بعد أسبوع
extortion-deadline-no-words = بدون مهلة, بلا مهلة, لا مهلة, لا يوجد وقت محدد
extortion-deadline-unsure-words = لا أعرف, لست متأكدا, لست متأكدة, ربما
