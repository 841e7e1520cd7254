## أوامر المتطوعين: /link CODE و /oncall on|off و /oncall (تُعرض بلغة VOLUNTEER_LOCALE)

desk-not-volunteer = هذا الأمر متاح للمتطوعين المسجّلين فقط. إذا كنت منهم، فاطلب رمز دعوة من أحد المنسّقين وأرسله هنا بهذا الشكل: /link الرمز.
desk-link-usage = لربط حسابك، أرسل /link متبوعًا بالرمز الذي أُعطي لك، مثلًا: /link ABCD2345
desk-link-invalid = هذا الرمز غير صالح: ربما كُتب بشكل خاطئ أو استُخدم من قبل أو انتهت صلاحيته (يصلح الرمز 7 أيام). اطلب رمزًا جديدًا من أحد المنسّقين.
desk-link-taken = هذا الحساب مربوط بالفعل بالمتطوع { $name }. إذا كان هذا خطأً، فتواصل مع أحد المنسّقين.
desk-link-platform = لا يمكن ربط حسابات المتطوعين إلا على تيليغرام وديسكورد.
desk-link-done = أهلًا بك يا { $name }! حسابك مربوط الآن. يمكنك استخدام /oncall هنا وفي محادثة المتطوعين.
desk-oncall-usage = اكتب /oncall on لتكون مناوبًا، و /oncall off للتوقف، أو /oncall لمعرفة من المناوب الآن.
desk-oncall-on = { $name }، أنت مناوب الآن. ستصلك الحالات العاجلة حتى تكتب /oncall off.
desk-oncall-off = { $name }، لم تعد مناوبًا.
desk-oncall-off-shift = { $name }، لم تعد مناوبًا، لكن إحدى نوباتك الأسبوعية جارية الآن، لذلك ستبقى معدودًا مناوبًا حتى تنتهي. يمكن لأحد المنسّقين تغيير نوباتك.
desk-oncall-nobody = لا أحد مناوب الآن.
desk-oncall-now = المناوبون الآن:
desk-oncall-line = • { $name } – { $languages }
desk-oncall-line-coordinator = • { $name } – { $languages } (منسّق)
