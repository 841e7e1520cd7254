### ما يقرؤه المتطوعون في المكتب عن كل حالة: البطاقات والتنبيهات وقائمة الانتظار (تُعرض بلغة VOLUNTEER_LOCALE).

card-urgency-low = منخفضة
card-urgency-medium = متوسطة
card-urgency-high = عالية
card-urgency-critical = حرجة
card-reasons = الأسباب: { $reasons }
card-facts = اللغة: { $language } · الفئة: { $category } · المنصة: { $platform }
card-state-waiting = تنتظر متطوعًا منذ { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
card-state-claimed = في عهدة { $name }
card-state-resolved = حُلّت على يد { $name }
card-claim = استلام
card-release = إرجاع للقائمة
card-resolve = تم الحل
card-page-channel = الحالة { $reference } ما زالت تنتظر متطوعًا (منذ { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}). هل يستطيع أحد أن يتولاها؟
card-page-direct = الحالة العاجلة { $reference } (درجة الإلحاح: { $urgency }) تنتظر متطوعًا منذ { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}. بطاقتها في محادثة المتطوعين.
card-not-volunteer = هذا متاح للمتطوعين المسجّلين فقط. اطلب دعوة من أحد المنسّقين، ثم أرسل /link مع الرمز الخاص بك.
card-no-case = لا توجد حالة مفتوحة برقم { $reference }.
card-taken-by = الحالة { $reference } في عهدة { $name } بالفعل.
card-already-resolved = الحالة { $reference } محلولة بالفعل.
card-not-claimed = لم يتولَّ أحد الحالة { $reference } بعد.
card-not-yours = الحالة { $reference } في عهدة { $name }: لا يستطيع ذلك إلا هذا الشخص أو أحد المنسّقين.
card-queue = الحالات المفتوحة، الأكثر إلحاحًا أولًا:
card-queue-empty = لا توجد حالات مفتوحة الآن.
card-queue-nobody = لا أحد بعد
card-forgotten = 🗑 { $reference }: طلب الشخص حذف جميع بياناته. تم حذف الحالة ومحادثتها، ولم يعد بالإمكان إيصال أي رسالة إليه.
card-indicators = وُجد في كلام الشخص: { $list }{ $more ->
    [0] {""}
   *[other] {" "}(+{ $more })
}
