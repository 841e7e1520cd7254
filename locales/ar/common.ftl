### كلمات مشتركة بين كل المحادثات: الأوامر، الأخطاء، التأكيدات.

## The engine
invalid-choice = يمكنك اختيار أحد الأزرار أدناه، أو كتابة رقمه.
invalid-upload = من فضلك أرسل لقطات الشاشة أو الملفات كصور أو مستندات. وعند الانتهاء، اضغط «تم».
invalid-empty = لم يصلني أي نص. هل يمكنك كتابة إجابتك؟
stuck-offer = يبدو أن هذا السؤال صعب. لا بأس: يمكنك تخطيه، أو طلب التحدث مع شخص.
back-at-start = نحن في السؤال الأول بالفعل.
upload-received = { $count ->
    [zero] لم يصلني أي ملف بعد. يمكنك الإرسال الآن، أو الضغط على «تم».
    [one] استلمتُ ملفك وحفظته بأمان. يمكنك إرسال المزيد، أو الضغط على «تم».
    [two] استلمتُ ملفين وحفظتهما بأمان. يمكنك إرسال المزيد، أو الضغط على «تم».
    [few] استلمتُ { $count } ملفات وحفظتها بأمان. يمكنك إرسال المزيد، أو الضغط على «تم».
    [many] استلمتُ { $count } ملفًا وحفظتها بأمان. يمكنك إرسال المزيد، أو الضغط على «تم».
   *[other] استلمتُ { $count } ملف وحفظتها بأمان. يمكنك إرسال المزيد، أو الضغط على «تم».
}
choice-skip = تخطي
choice-human = التحدث مع شخص
choice-upload-done = تم
# under “Did you mean …?”, when part of an answer was guessed (a phone number's country code)
choice-yes = نعم
choice-no = لا
# a phone number written without its country code, read with the person's region: asked before it is kept
guess-phone = مع رمز الدولة يصبح الرقم { $answer }. هل هذا رقمك؟
guess-phone-retry = حسنًا. من فضلك اكتب الرقم مرة أخرى مبتدئًا برمز الدولة، مثلًا 00201012345678.
value-not-given = لم يُذكر
value-skipped = تم التخطي
value-files = { $count ->
    [0] لا شيء
    [one] ملف واحد
    [two] ملفان
    [few] { $count } ملفات
    [many] { $count } ملفًا
   *[other] { $count } ملف
}
value-yes = نعم
value-no = لا
value-unknown = غير معروف

## Commands
command-start = البدء أو المتابعة
command-help = ما الذي يمكنني فعله
command-back = العودة إلى السؤال السابق
command-restart = البدء من جديد
command-cancel = إنهاء هذه المحادثة
command-language = تغيير اللغة
command-status = معرفة حالة بلاغك
command-report = الحصول على ملخص بلاغك (رسالة وملف PDF)
command-forget = حذف بياناتك
command-human = التحدث مع شخص
# رسائل كاملة تُعتبر أمرًا، مفصولة بفواصل (نادرًا ما يكتب الناس الشرطة المائلة).
command-words-start = ابدأ, بدء, البداية
command-words-help = مساعدة, مساعده, ساعدني, القائمة
command-words-back = رجوع, ارجع, السابق
command-words-restart = من جديد, ابدأ من جديد, إعادة البدء, إعادة
command-words-cancel = إلغاء, إيقاف, خروج
command-words-language = اللغة, لغة, تغيير اللغة
command-words-status = الحالة, حالة البلاغ, بلاغي
command-words-report = تقرير, تقريري, ملخص, الملخص, ملخص بلاغي, pdf
command-words-forget = انسني, احذف بياناتي, امسح بياناتي, حذف بياناتي
command-words-human = إنسان, شخص حقيقي, متطوع, موظف, التحدث مع شخص

welcome-back = أهلًا بعودتك. لنكمل من حيث توقفنا.
report-button = 📄 احصل على ملخص بلاغي
help = أساعدك على الإبلاغ عما حدث حتى يتمكن أحد المتطوعين من مساعدتك. يمكنك في أي وقت كتابة:
# one line per command under `help`, for every command there is
help-line = { $description }: { $command }
restarted = حسنًا، لنبدأ من جديد من البداية.
cancelled = { $cases ->
    [0] حسنًا، توقفنا هنا. لم يُرسَل أي شيء. يمكنك كتابة /start متى شئت.
   *[other] حسنًا، توقفنا هنا. بلاغك رقم { $reference } ما زال لدى متطوعينا. يمكنك كتابة /start متى شئت.
}
nothing-to-go-back = لا يوجد سؤال سابق للرجوع إليه. اكتب /start للبدء.
after-finish = { $cases ->
    [0] انتهت محادثتنا. اكتب /start لبدء محادثة جديدة.
   *[other] بلاغك رقم { $reference } لدى متطوعينا. اكتب /status لمعرفة ما وصل إليه، أو /start للإبلاغ عن شيء جديد.
}
language-pick = أي لغة تفضل؟
language-set = من الآن سأكتب لك باللغة { $language }.
language-unchanged = سأستمر في الكتابة باللغة { $language }.
status-none = ليس لديك أي بلاغ لدينا حتى الآن.
status-case = بلاغك رقم { $reference }: { case-status }.
case-status = { $status ->
    [new] تم استلامه، وينتظر أحد المتطوعين
    [escalated] أُحيل إلى متطوعينا المناوبين
    [claimed] أحد المتطوعين يعمل عليه الآن
    [resolved] تم حله
   *[closed] مغلق
}
forget-confirm = هل تريد أن أحذف كل ما أخبرتني به، بما في ذلك بلاغاتك وملفاتك؟ لا يمكن التراجع عن ذلك.
forget-yes = نعم، احذف كل شيء
forget-no = لا، احتفظ بها
forget-done = حذفتُ كل ما أخبرتني به. إذا احتجت إلى المساعدة مرة أخرى، فقط راسلني. أتمنى لك السلامة.
forget-kept = حسنًا، لم يُحذف أي شيء.
cancel-confirm = هل تريد التوقف هنا؟ ما أخبرتني به حتى الآن لن يُرسل إلى أحد المتطوعين.
cancel-yes = نعم، توقف
cancel-no = لا، تابع
cancel-kept = حسنًا، لنتابع.
cancel-unclear = عذرًا، لم أفهم إجابتك. لم يتم إيقاف أي شيء.
human-requested = طلبتُ من أحد المتطوعين التواصل معك بخصوص بلاغك رقم { $reference }. إن أمكنك، تابع الإجابة عن أسئلتي في هذه الأثناء، فهذا سيساعدهم.
human-after-consent = سأطلب من أحد المتطوعين التحدث معك. أحتاج أولًا إلى موافقتك على حفظ ما تخبرني به، حتى يتمكن من قراءته:
early-kept = شكرًا لأنك أخبرتني. احتفظت بما كتبته: سيصبح جزءًا من بلاغك بمجرد موافقتك.
early-story-used = سجّلت ما كتبته في البداية على أنه روايتك لما حدث. يمكنك تغييره في الملخص.
case-taken = تولّى أحد المتطوعين بلاغك رقم { $reference }، وسيكتب إليك هنا قريبًا.
case-resolved = تم تسجيل بلاغك رقم { $reference } على أنه محلول. إذا احتجت إلى مزيد من المساعدة، فقط اكتب هنا.
case-nobody-yet = يؤسفني أن أخبرك أنه لم يتمكن أي متطوع بعدُ من تولّي بلاغك رقم { $reference }. سيبقى بلاغك في أعلى قائمتنا، وسيكتب إليك أحدهم هنا. وفي هذه الأثناء: احتفظ بكل الرسائل ولقطات الشاشة، ولا تدفع أي مبلغ لأي شخص، وغيّر كلمات المرور من جهاز تثق به. إذا كنت في خطر، فاتصل بالرقم 112 أو برقم الطوارئ المحلي في بلدك.
file-kept = شكرًا، حفظتُ ملفك بأمان مع بلاغك.
file-too-large = هذا الملف كبير جدًا بالنسبة لي (الحد الأقصى { $limit_mb } ميغابايت). هل يمكنك إرسال ملف أصغر أو لقطة شاشة؟
message-unsupported = أستطيع قراءة النصوص والصور والملفات فقط. هل يمكنك كتابة إجابتك؟
command-unknown = لا أعرف هذا الأمر. اكتب /help لترى ما يمكنني فعله.
language-detected = أجيبك باللغة { $language }. إذا كنت تفضل لغة أخرى، اضغط على الزر أدناه.
language-change = تغيير اللغة
language-unsupported = عذرًا، لا أستطيع الكتابة بلغتك بعد. سأجيبك بالإنجليزية، أو يمكنك اختيار إحدى هذه اللغات:
error-try-again = عذرًا، حدث خطأ من جهتي في رسالتك الأخيرة. هل يمكنك إرسالها مرة أخرى؟ إذا تكرر ذلك، اكتب /human وسيساعدك شخص.
discord-moved-to-dm = أرسلت إليك رسالة خاصة. لنكمل هناك، حيث لا يستطيع أحد غيرك قراءة ما تكتبه.
discord-dm-closed = لا أستطيع إرسال رسائل خاصة إليك. للتحدث بأمان، اسمح بالرسائل المباشرة: افتح قائمة هذا الخادم، واختر إعدادات الخصوصية، وفعّل الرسائل المباشرة، ثم اكتب /help مرة أخرى.

## The volunteers' desk
desk-help = هذا مكتب المتطوعين. تظهر هنا الحالات العاجلة، كل حالة في موضوعها أو سلسلتها الخاصة، مع بطاقة: استلام، إرجاع للقائمة، تم الحل. بعد أن تستلم حالة، يظهر ما يكتبه صاحب البلاغ في سلسلة الحالة وفي محادثتك الخاصة مع البوت؛ وما تكتبه أنت في السلسلة (أو كرد في محادثتك الخاصة) يصل إليه موقّعًا باسمك الأول. أما رسائل المتطوعين الآخرين في السلسلة فتبقى ملاحظات داخلية. الأوامر: ‎/cases‎ – الحالات المفتوحة؛ ‎/claim‎ و‎/release‎ و‎/resolve‎ FD-… – التصرف في حالة؛ ‎/reply‎ FD-… نص – الرد على صاحب البلاغ من أي مكان؛ ‎/transfer‎ الاسم – تسليم حالتك لمتطوع آخر؛ ‎/history‎ FD-… – المحادثة كاملة؛ ‎/oncall on|off‎ – توفرك، ‎/oncall‎ – من المناوب؛ ‎/link‎ الرمز – ربط حسابك بدعوة؛ ‎/help‎ – هذه الرسالة.

## Typed answers: yes and no in this language, comma separated (a button meaning yes or no accepts
## them, and so does the /forget question). Case and accents do not matter.
words-yes = نعم, أجل, أيوه, أيوة, بلى, yes
words-no = لا, كلا, لا شكرا, no
forget-unclear = عذرًا، لم أفهم إجابتك. لم يُحذف أي شيء.
# after three unreadable answers to a question that cannot be skipped (consent, the summary)
stuck-ask-person = يبدو أن هذا السؤال صعب. لا بأس: يمكنك الضغط على أحد الأزرار أدناه، أو طلب التحدث مع شخص.

## Changing one answer from the summary
review-which = أي إجابة تريد تعديلها؟ اخترها من الأسفل.
choice-review-back = لا شيء، عودة إلى الملخص
# one line of the summary, and two lines together (keep the line break; the invisible right-to-left
# mark before { $rest } keeps each line right-to-left)
review-line = • { $question }: { $answer }
review-more =
    { $line }
    ‏{ $rest }
