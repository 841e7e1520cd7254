### تفاصيل الابتزاز، ومنه الابتزاز الجنسي.

extortion-threat = يؤسفني ما تمر به. هذا ليس ذنبك. بماذا يهددك هذا الشخص؟
extortion-threat-intimate_images = نشر صور أو فيديوهات خاصة
extortion-threat-personal_data = نشر بياناتي الشخصية
extortion-threat-other = شيء آخر
extortion-demand = ماذا يطلب منك؟ إذا كان يطلب مالًا، فاكتب المبلغ والعملة، مثلًا «500 دولار». إذا لم يطلب شيئًا، اضغط «تخطي».
extortion-paid = هل دفعت أي شيء حتى الآن؟
extortion-paid-yes = نعم
extortion-paid-no = لا
extortion-safety_note = مهم: من فضلك لا تدفع أي مبلغ آخر، ولا ترد على هذا الشخص الآن. الدفع نادرًا ما يوقف التهديد. احتفظ بالرسائل، فهي أدلة.
