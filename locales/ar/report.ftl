### ملخص البلاغ الذي يمكن للشخص أن يقدمه إلى الشرطة أو إلى البنك (bot/report.py):
### في رسالة، وفي ملف PDF بلغته تليه نسخة باللغة الإنجليزية.

## ملف PDF
report-title = ملخص البلاغ
report-copy-title = ملخص البلاغ (نسخة باللغة الإنجليزية)
report-intro = أعدّ هذا الملخص مكتبُ مساعدةٍ للأشخاص المتضررين من الهجمات الإلكترونية، بناءً على ما أخبرنا به الشخص نفسه. وهو ليس بلاغًا رسميًا لدى الشرطة.
report-copy-follows = بعد هذا الملخص نسخة منه باللغة الإنجليزية.
report-generated = تاريخ الإنشاء: { $generated }
report-page = الصفحة { $page } من { $pages }

## الأسطر والعناوين (ملف PDF والرسالة)
report-field = { $label }: { $value }
report-utc = { $time } بالتوقيت العالمي (UTC)
report-reference = الرقم المرجعي
report-status = الحالة
report-created = تاريخ البلاغ
report-category = نوع المشكلة
report-what-happened = ما حدث، بكلمات الشخص نفسه
report-dates = التواريخ
report-amounts = المبالغ
report-indicators = معلومات قد تساعد على معرفة المهاجمين
report-indicators-note = كُتبت الروابط والعناوين بطريقة تمنع فتحها عن طريق الخطأ: «hxxp» تعني «http»، و«[.]» تعني نقطة، و«[@]» تعني الرمز @، و«[:]» تعني نقطتين رأسيتين.
report-indicator-kind = { $kind ->
    [url] رابط
    [domain] اسم نطاق
    [email] عنوان بريد إلكتروني
    [phone] رقم هاتف
    [ipv4] عنوان IP
    [ipv6] عنوان IP
    [btc_address] عنوان بيتكوين (Bitcoin)
    [eth_address] عنوان إيثيريوم (Ethereum)
    [iban] حساب مصرفي (IBAN)
    [tx_hash] معرّف معاملة بعملة رقمية
   *[other] { $kind }
}
report-evidence = الملفات التي أرسلها الشخص
report-evidence-none = لم يرسل الشخص أي ملفات.
report-file-size = الحجم
report-file-received = تاريخ الاستلام
report-bytes = { $size ->
    [zero] { $size } بايت
    [one] بايت واحد
    [two] بايتان
    [few] { $size } بايتات
    [many] { $size } بايتًا
   *[other] { $size } بايت
}
report-custody = حول قيم SHA-256: حُسبت كل قيمة منها عند استلام الملف. وهي مثل البصمة، تدل بدقة على الملف الذي أرسله الشخص. ويمكن لأي أحد أن يحسبها من جديد من نسخة من الملف، للتأكد من أن هذه النسخة لم تتغير.

## الرسالة
report-message-title = ملخص بلاغك رقم { $reference }
report-message-what-happened = ما أخبرتنا به
report-message-evidence = الملفات التي أرسلتها
report-message-use = يمكنك عرض هذا الملخص على الشرطة أو على البنك الذي تتعامل معه.
report-pdf-caption = ملخص بلاغك رقم { $reference } في ملف PDF. يمكنك طباعته، أو إرساله إلى الشرطة أو إلى البنك الذي تتعامل معه.
