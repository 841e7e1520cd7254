### Safety: what a person in danger reads first, and why a case is urgent (shown to volunteers).
### Used by bot/triage.py; the reason ids are the rules of flows/triage.yaml.

# Shown at once when a message speaks of ending one's life, of self-harm or of danger right now.
# $numbers: the emergency numbers for the person's country, one `safety-numbers-line` per line.
safety-message = سلامتك أولًا. إذا كنت في خطر الآن، أو تفكر في إنهاء حياتك، فاتصل من فضلك بـ:
    { $numbers }
    إذا لم تعمل هذه الأرقام حيث أنت، فاتصل برقم الطوارئ المحلي. لست وحدك: سأُبلغ متطوعينا فورًا، ويمكنك أن تواصل الكتابة إليّ.

# One line of $numbers. $kind: emergency, police, ambulance, crisis (a line to talk to someone), mobile
# (a number that works from most mobile phones: shown when we do not know the person's country).
safety-numbers-line = { $kind ->
        [police] الشرطة
        [ambulance] الإسعاف
        [crisis] للتحدث مع شخص ما
        [mobile] الطوارئ، من الهاتف المحمول
       *[emergency] الطوارئ
    }: { $number }

## Why a case is urgent: shown to volunteers on the case card (in VOLUNTEER_LOCALE)
triage-reason-crisis_self_harm = كتب عن الانتحار أو إيذاء النفس
triage-reason-crisis_danger = في خطر جسدي الآن
triage-reason-sextortion = ابتزاز بصور حميمة
triage-reason-critical_service = استُهدف مستشفى أو عيادة أو مأوى
triage-reason-human_requested = طلب التحدث مع شخص
triage-reason-ongoing = الهجوم ما زال مستمرًا
triage-reason-money_leaving = ربما تُسحب أموال الآن
triage-reason-deadline = ابتزاز مع مهلة
triage-reason-minor = الأمر يخص قاصرًا
triage-reason-physical_threat = تهديدات للسلامة الجسدية
triage-reason-organisation = استُهدفت منظمة (منظمة غير حكومية، مدرسة، غرفة أخبار)
triage-reason-extortion = ابتزاز مالي
triage-reason-ransomware = برنامج فدية
triage-reason-paid = دفع بالفعل
