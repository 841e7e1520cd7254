## Los comandos de las personas voluntarias: /link CODE, /oncall on|off, /oncall (en VOLUNTEER_LOCALE)

desk-not-volunteer = Solo las personas voluntarias registradas pueden usar este comando. Si eres una de ellas, pide un código de invitación a la coordinación y envíalo aquí así: /link CÓDIGO.
desk-link-usage = Para vincular tu cuenta, envía /link seguido del código que te dieron, por ejemplo: /link ABCD2345
desk-link-invalid = Este código no es válido: puede que esté mal escrito, ya usado o caducado (un código dura 7 días). Pide uno nuevo a la coordinación.
desk-link-taken = Esta cuenta ya está vinculada a la persona voluntaria { $name }. Si es un error, habla con la coordinación.
desk-link-platform = Las cuentas de voluntariado solo se pueden vincular en Telegram y Discord.
desk-link-done = ¡Bienvenida o bienvenido, { $name }! Tu cuenta ya está vinculada. Puedes usar /oncall aquí y en el chat de voluntariado.
desk-oncall-usage = Escribe /oncall on para estar de guardia, /oncall off para dejarlo, o /oncall para ver quién está de guardia ahora.
desk-oncall-on = { $name }, ahora estás de guardia. Los casos urgentes te llegarán hasta que escribas /oncall off.
desk-oncall-off = { $name }, ya no estás de guardia.
desk-oncall-off-shift = { $name }, ya no estás de guardia, pero ahora mismo está en curso uno de tus turnos semanales, así que sigues contando como de guardia hasta que termine. La coordinación puede cambiar tus turnos.
desk-oncall-nobody = Ahora mismo no hay nadie de guardia.
desk-oncall-now = De guardia ahora:
desk-oncall-line = • { $name } – { $languages }
desk-oncall-line-coordinator = • { $name } – { $languages } (coordinación)
