### المحادثة بين الشخص والمتطوع الذي تولّى بلاغه.
## ما يقرؤه الشخص (بلغته)

relay-from-volunteer = 👤 { $name } من فريق المتطوعين:
relay-from-volunteer-anonymous = 👤 أحد متطوعينا:
relay-waiting = بلاغك رقم { $reference } لدى متطوعينا. يستغرق الأمر الآن { $minutes ->
    [zero] أقل من دقيقة
    [one] نحو دقيقة واحدة
    [two] نحو دقيقتين
    [few] نحو { $minutes } دقائق
    [many] نحو { $minutes } دقيقة
   *[other] نحو { $minutes } دقيقة
} حتى يتولى أحدهم بلاغًا جديدًا. وقد أوصلتُ رسالتك إليهم.
relay-waiting-unknown = بلاغك رقم { $reference } لدى متطوعينا، وسيكتب إليك أحدهم هنا في أقرب وقت ممكن. وقد أوصلتُ رسالتك إليهم.
relay-meanwhile = أثناء الانتظار، يمكنك: الاحتفاظ بكل الرسائل ولقطات الشاشة؛ وعدم الدفع لأي شخص يهددك وعدم الرد عليه؛ وتغيير كلمات المرور من جهاز تثق به؛ والاتصال ببنكك فورًا إذا سُرقت منك أموال. اكتب /status لمعرفة ما وصل إليه بلاغك.
relay-passed-on = نقلتُ رسالتك إلى فريق المتطوعين.
feedback-ask = ما رأيك في مساعدتنا بخصوص بلاغك رقم { $reference }؟ اضغط على عدد النجوم من 1 إلى 5 (5 هي الأفضل)، أو اكتب رقمًا.
feedback-comment-ask = شكرًا لك. هل تود أن تخبرنا بشيء آخر؟ اكتبه هنا، أو اضغط «تخطي».
feedback-skip = تخطي
feedback-thanks = شكرًا لك. ما تخبرنا به يساعدنا على مساعدة الشخص التالي بشكل أفضل.
reopen-ask = هل يتعلق هذا ببلاغك رقم { $reference }؟
reopen-same = نعم، المشكلة نفسها
reopen-new = لا، أمر جديد
reopen-done = أُعيد فتح بلاغك رقم { $reference }، ووصلت رسالتك إلى المتطوعين.

## ما يقرؤه المتطوعون (بلغة VOLUNTEER_LOCALE)

relay-victim-says = 💬 { $reference } · صاحب البلاغ:
relay-volunteer-said = ↪️ { $reference } · { $name } إلى صاحب البلاغ:
relay-reply-hint = ردّ على هذه الرسالة لتجيب صاحب البلاغ، أو اكتب /reply متبوعًا برقم الحالة ثم كلامك.
relay-file-refused = الملف كبير جدًا، لم يُحفظ
relay-victim-unreachable = ⚠️ { $reference }: حظر صاحب البلاغ البوت، فلم يعد يصله أي شيء. ما كتبته محفوظ في الحالة كملاحظة.
relay-not-volunteer = لا يستطيع الكتابة إلى صاحب البلاغ عبر البوت إلا المتطوعون المسجّلون: ما تكتبه هنا لا يُنقل إليه. إذا كنت منهم، فاطلب رمز دعوة من أحد المنسّقين وأرسله هنا بهذا الشكل: /link الرمز.
relay-reply-empty = اكتب كلامك بعد رقم الحالة، مثلًا: /reply { $reference } مرحبًا، أنا هنا لمساعدتك.
card-victim-blocked = ⚠️ حظر صاحب البلاغ البوت: لا يصله أي شيء.
card-remind = ⏰ { $reference }: لم يُكتب شيء لصاحب البلاغ منذ { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}. هل ما زلت تتابع الحالة؟ اضغط الزر أو اكتب إليه؛ وإلا فستعود الحالة إلى المتطوعين بعد { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
card-keep = أتابع الحالة
card-kept = شكرًا: تبقى الحالة { $reference } في عهدتك.
card-unclaimed-silent = عادت الحالة { $reference } إلى المتطوعين: لم يردّ { $name } على التذكير.
card-transferred = نُقلت الحالة { $reference } من { $from } إلى { $to }.
card-no-volunteer = لا يوجد متطوع باسم «{ $name }». اكتب /transfer واسمًا من قائمة المتطوعين (يعرض /oncall من المناوب الآن).
card-reopened = 🔁 أعاد صاحب البلاغ فتح الحالة { $reference }.
history-title = محادثة الحالة { $reference } (عدد الأسطر: { $lines }):
history-victim = صاحب البلاغ
history-note = ملاحظة داخلية
history-empty = (لم يُكتب شيء بعد)
