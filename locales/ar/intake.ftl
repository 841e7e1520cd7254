### محادثة الاستقبال: أول تواصل مع شخص تعرض لهجوم أو احتيال أو تهديد عبر الإنترنت.

intake-greeting = مرحبًا. هذه خدمة مساعدة مجانية للأشخاص المتضررين من الهجمات الإلكترونية والاحتيال والتهديدات عبر الإنترنت. لست وحدك، وقد أحسنت بالكتابة إلينا. سأطرح عليك بعض الأسئلة القصيرة حتى يتمكن أحد المتطوعين من مساعدتك.
intake-consent = قبل أن نبدأ: ما تخبرني به يُحفظ بأمان، ولا يراه إلا متطوعونا لمساعدتك. يمكنك أن تطلب مني حذف كل شيء في أي وقت بكتابة /forget. هل هذا مناسب لك؟
intake-consent-agree = نعم، لنكمل
intake-consent-decline = لا، ليس الآن
intake-declined = لا بأس. لم يُحفظ أي شيء. إذا غيرت رأيك، فقط اكتب /start. أتمنى لك السلامة.
intake-category = ماذا حدث؟ اختر الأقرب لما حدث لك. إن لم يكن الأمر واضحًا، اختر «شيء آخر».
intake-category-hacked_account = تم اختراق حسابي
intake-category-phishing = رسالة أو رابط مشبوه
intake-category-ransomware = ملفات مقفلة أو فيروس
intake-category-extortion = شخص يهددني أو يبتزني
intake-category-scam = تعرضت لاحتيال أو خسرت مالًا
intake-category-harassment = أتعرض للتحرش أو الملاحقة أو انتحال شخصيتي
intake-category-data_leak = تسرّبت بياناتي الشخصية
intake-category-device = ضاع جهاز أو سُرق أو أُخذ مني
intake-category-ddos = موقع إلكتروني متوقف أو يتعرض لهجوم
intake-category-other = شيء آخر، أو لا أعرف
intake-recovery_warning = أمر أخير، لأنك خسرت مالًا. في الأسابيع القادمة، قد يتواصل معك شخص ويعرض عليك استعادة أموالك مقابل رسوم. قد يدّعي أنه محامٍ، أو من الشرطة، أو من بنكك، أو من شركة لاسترداد الأموال. في أغلب الأحيان يكون هؤلاء هم المحتالين أنفسهم مرة أخرى. لا أحد نزيه يطلب منك أن تدفع أولًا لتستعيد أموالك. إذا حدث ذلك، فلا تدفع، وأخبرنا.
intake-affected = بضعة أسئلة أخرى للمتطوع. من المتضرر من هذا؟
intake-affected-me = أنا
intake-affected-someone_else = شخص آخر (صديق، أو أحد أفراد العائلة)
intake-affected-organisation = منظمة أو مؤسسة
intake-organisation_type = ما نوع هذه المنظمة؟
intake-organisation_type-ngo = منظمة غير ربحية أو غير حكومية
intake-organisation_type-hospital = مستشفى أو خدمة صحية
intake-organisation_type-school = مدرسة أو جامعة
intake-organisation_type-business = شركة أو نشاط تجاري
intake-organisation_type-public_body = جهة حكومية أو سلطة محلية
intake-organisation_type-other = نوع آخر
intake-story = بكلماتك أنت، ماذا حدث؟ اكتب ما تشاء، قليلًا كان أو كثيرًا. لا توجد إجابة خاطئة.
intake-when = متى حدث ذلك، أو متى بدأ؟ يمكنك أن تكتب مثلًا «أمس» أو «الإثنين الماضي» أو «3 مايو». إذا كنت لا تعرف، اكتب «لا أعرف».
intake-ongoing = هل ما زال هذا يحدث الآن؟
intake-ongoing-yes = نعم، ما زال يحدث
intake-ongoing-no = لا، توقف
intake-ongoing-unsure = لا أعرف
intake-evidence = إذا كانت لديك لقطات شاشة أو رسائل أو ملفات عما حدث، يمكنك إرسالها الآن. يمكنك أيضًا إعادة توجيه الرسائل إليّ، أو لصق نصها هنا (وفي حالة البريد الإلكتروني، ترويساته أيضًا). من فضلك لا تحذف أي شيء حاليًا، فقد يفيد ذلك. عند الانتهاء، اضغط «تم». إذا لم يكن لديك شيء، اضغط «تخطي».
intake-contact_pref = كيف تفضل أن نتواصل معك؟
intake-contact_pref-here = هنا، في هذه المحادثة
intake-contact_pref-email = عبر البريد الإلكتروني
intake-contact_pref-phone = عبر الهاتف
intake-email = ما البريد الإلكتروني الذي نراسلك عليه؟ إذا كان المهاجم قد يطّلع على بريدك، فاختر عنوانًا آخر أو اضغط «تخطي».
intake-phone = ما رقم الهاتف الذي نتصل بك عليه؟ من فضلك اكتبه مع رمز الدولة، مثلًا 0041791234567.
intake-contact_here = لا بأس: سيرد عليك أحد المتطوعين هنا، في هذه المحادثة.
intake-summary =
    هذا ما فهمته:
    ‏{ $summary }

    هل هذا صحيح؟ إذا أكدت، سأرسله إلى أحد المتطوعين. وإذا كان هناك خطأ، يمكنك تصحيحه.
intake-summary-confirm = نعم، أرسله
intake-summary-edit = لا، أريد تعديل إجابة
intake-submitted = شكرًا لك. تم تسجيل بلاغك برقم المرجع { $reference }. من فضلك احتفظ بهذا الرقم. سيقرؤه أحد المتطوعين ويتواصل معك في أقرب وقت ممكن. وحتى ذلك الحين: لا تدفع، ولا تحذف الرسائل، وإذا شعرت بأنك في خطر فاتصل برقم الطوارئ في بلدك. يمكنك كتابة /status في أي وقت.

## Short names of the questions: the lines of the summary and the list of answers to change
intake-consent-label = الموافقة
intake-category-label = ماذا حدث
intake-story-label = قصتك
intake-affected-label = من المتضرر
intake-organisation_type-label = المنظمة
intake-when-label = متى
intake-ongoing-label = هل ما زال مستمرًا
intake-evidence-label = الملفات المرسلة
intake-contact_pref-label = التواصل
intake-email-label = البريد الإلكتروني
intake-phone-label = رقم الهاتف

## Words a person may type instead of pressing a button, comma separated (besides the label, its
## number and, for yes / no buttons, words-yes / words-no in common.ftl). Case and accents do not matter.
intake-consent-agree-words = موافق, موافقة, حسنا, طيب, تمام, ok, لنكمل, أكمل, متابعة
intake-consent-decline-words = ليس الآن, لا شكرا, لاحقا, غير موافق
intake-category-hacked_account-words = اختراق, اخترقوا حسابي, تم اختراق حسابي, هكر, تهكير, حسابي
intake-category-ransomware-words = فدية, برنامج فدية, ملفات مقفلة, ملفاتي مقفلة, تشفير, فيروس, فيروسات, برنامج خبيث, جهازي فيه فيروس
intake-category-extortion-words = ابتزاز, تهديد, يهددني, يبتزني, ابتزاز جنسي
intake-category-scam-words = احتيال, نصب, خسرت مالا, تعرضت للاحتيال, نصاب
intake-category-harassment-words = تحرش, تنمر, مضايقة, تنمر إلكتروني, ملاحقة, يلاحقني, انتحال, انتحال شخصية, حساب مزيف, شخص ينتحل شخصيتي
intake-category-phishing-words = تصيد, تصيد احتيالي, رسالة مشبوهة, بريد مشبوه, رابط مشبوه, رسالة غريبة, رابط غريب, رسالة مزيفة, رابط
intake-category-data_leak-words = تسريب, تسريب بيانات, تسربت بياناتي, سرقة بيانات, نشروا بياناتي, اختراق بيانات
intake-category-device-words = فقدت هاتفي, ضاع هاتفي, هاتف مسروق, سرقوا هاتفي, سرقة هاتف, لابتوب مسروق, سرقوا حاسوبي, جهاز مسروق, فقدت جهازي, مصادرة, صادروا جهازي, أخذت الشرطة هاتفي
intake-category-ddos-words = ddos, الموقع متوقف, موقعنا متوقف, الموقع لا يعمل, موقع, موقعنا, موقعي, هجوم على الموقع
intake-category-other-words = آخر, شيء آخر, لا أعرف, لست متأكدا, لست متأكدة
intake-affected-me-words = أنا, نفسي, أنا فقط, فقط أنا, أنا المتضرر, أنا المتضررة
intake-affected-someone_else-words = شخص آخر, صديقي, صديقتي, صديق, عائلتي, أمي, أبي, ابني, ابنتي, زوجي, زوجتي, ليس أنا
intake-affected-organisation-words = منظمة, مؤسسة, منظمتنا, مؤسستنا, شركة, شركتي, شركتنا, جمعيتنا
intake-organisation_type-ngo-words = ngo, منظمة غير حكومية, غير ربحية, منظمة غير ربحية, جمعية, جمعية خيرية, مؤسسة خيرية, مجتمع مدني
intake-organisation_type-hospital-words = مستشفى, عيادة, صحة, خدمة صحية, مركز صحي, طبي, دار رعاية
intake-organisation_type-school-words = مدرسة, جامعة, كلية, روضة, معهد
intake-organisation_type-business-words = شركة, شركة تجارية, متجر, محل, مشروع صغير, تجارة
intake-organisation_type-public_body-words = جهة حكومية, حكومة, حكومي, بلدية, وزارة, سلطة محلية, مجلس محلي
intake-organisation_type-other-words = آخر, نوع آخر, شيء آخر, غير ذلك
intake-ongoing-yes-words = ما زال, مستمر, ما زال مستمرا, ما زال يحدث
intake-ongoing-no-words = توقف, انتهى, لم يعد
intake-ongoing-unsure-words = لا أعرف, لست متأكدا, لست متأكدة, ربما
intake-contact_pref-here-words = هنا, المحادثة, في المحادثة, الدردشة
intake-contact_pref-email-words = البريد, بريد, إيميل, email, البريد الإلكتروني
intake-contact_pref-phone-words = هاتف, الهاتف, اتصال, اتصلوا بي, تلفون
intake-summary-confirm-words = موافق, حسنا, تمام, صحيح, أرسل, تأكيد, ok
intake-summary-edit-words = تعديل, تغيير, خطأ, غير صحيح, تصحيح
