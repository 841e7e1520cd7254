## The volunteers' commands: /link CODE, /oncall on|off, /oncall (shown in VOLUNTEER_LOCALE)

desk-not-volunteer = Only registered volunteers can use this command. If you are one, ask a coordinator for an invitation code and send it here as /link CODE.
desk-link-usage = To link your account, send /link followed by the code a coordinator gave you, for example: /link ABCD2345
desk-link-invalid = This code is not valid: it may be mistyped, already used or expired (a code lasts 7 days). Ask a coordinator for a new one.
desk-link-taken = This account is already linked to the volunteer { $name }. If that is a mistake, ask a coordinator.
desk-link-platform = Volunteer accounts can be linked on Telegram and Discord only.
desk-link-done = Welcome, { $name }! Your account is now linked. You can use /oncall here and in the volunteers' chat.
desk-oncall-usage = Write /oncall on to be on call, /oncall off to stop, or /oncall to see who is on call now.
desk-oncall-on = { $name }, you are now on call. Urgent cases will reach you until you write /oncall off.
desk-oncall-off = { $name }, you are now off call.
desk-oncall-off-shift = { $name }, you are off call, but one of your weekly shifts is running now, so you still count as on call until it ends. A coordinator can change your shifts.
desk-oncall-nobody = Nobody is on call right now.
desk-oncall-now = On call now:
desk-oncall-line = • { $name } – { $languages }
desk-oncall-line-coordinator = • { $name } – { $languages } (coordinator)
