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

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = بماذا يهدد
extortion-demand-label = ماذا يطلب
extortion-paid-label = هل دفعت

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = صور, فيديو, فيديوهات, صوري, صور خاصة
extortion-threat-personal_data-words = بيانات, بياناتي, بيانات شخصية, عنواني, عنوان
extortion-threat-other-words = آخر, شيء آخر
extortion-paid-yes-words = دفعت, نعم دفعت, دفعت لهم
extortion-paid-no-words = لا شيء, لم أدفع, ليس بعد
