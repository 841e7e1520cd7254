### Una cuenta robada: cuál, qué puede hacer quien la tomó, cómo recuperarla.

account-service = Siento mucho que te haya pasado esto. ¿Qué cuenta te robaron?
account-service-email = Correo (Gmail, Outlook…)
account-service-facebook = Facebook
account-service-instagram = Instagram
account-service-whatsapp = WhatsApp
account-service-tiktok = TikTok
account-service-x = X (Twitter)
account-service-telegram = Telegram
account-service-bank = Banca en línea
account-service-other = Otra cuenta
account-locked_out = ¿Perdiste el acceso a esta cuenta, es decir, ya no puedes entrar?
account-locked_out-yes = Ya no puedo entrar
account-locked_out-no = Todavía puedo entrar
account-contacts_messaged = ¿Tus amigos o contactos están recibiendo mensajes raros desde esta cuenta, por ejemplo pidiendo dinero o un código?
account-contacts_messaged-yes = Sí
account-contacts_messaged-no = No
account-contacts_messaged-unsure = No lo sé
account-two_factor = ¿Tenías activada la verificación en dos pasos? Es un código por SMS o en una app que te piden cada vez que entras desde un dispositivo nuevo.
account-two_factor-yes = Sí
account-two_factor-no = No
account-two_factor-unsure = No lo sé
account-recovery_changed = ¿Cambiaron el correo o el número de teléfono de recuperación de la cuenta?
account-recovery_changed-yes = Sí, los cambiaron
account-recovery_changed-no = No, siguen siendo míos
account-recovery_changed-unsure = No lo sé
account-first_aid =
    Gracias. Mientras esperas a una persona voluntaria, esto es lo que más ayuda:
    1. Usa un teléfono o una computadora de confianza. Entra por tu cuenta en la página oficial del servicio para “cuenta hackeada” u “olvidé mi contraseña”, no desde un enlace que te hayan enviado.
    2. Cuando recuperes la cuenta: elige una contraseña nueva que no uses en ningún otro sitio, activa la verificación en dos pasos y cierra todas las demás sesiones.
    3. Revisa el correo y el teléfono de recuperación, y quita todo lo que no reconozcas.
    4. Avisa a tus contactos por otra vía (una llamada, otra app): que no respondan a mensajes de esta cuenta que pidan dinero o códigos.
    5. Si usabas la misma contraseña en otros sitios, cámbiala también allí.

## Short names of the questions (the summary, the list of answers to change)
account-service-label = Cuenta
account-locked_out-label = Sin acceso
account-contacts_messaged-label = Mensajes raros a contactos
account-two_factor-label = Verificación en dos pasos
account-recovery_changed-label = Datos de recuperación cambiados

## Words a person may type instead of pressing a button, comma separated
account-service-email-words = correo, correo electrónico, email, e-mail, mail, gmail, outlook, hotmail, yahoo, mi correo, mi email, google, microsoft, icloud
account-service-facebook-words = fb, face, cuenta de facebook, mi facebook, messenger
account-service-instagram-words = insta, ig, cuenta de instagram, mi instagram
account-service-whatsapp-words = cuenta de whatsapp, mi whatsapp, whats app, wasap, guasap
account-service-tiktok-words = tik tok, mi tiktok
account-service-x-words = twitter, x, mi twitter, cuenta de x
account-service-telegram-words = mi telegram, cuenta de telegram
account-service-bank-words = banco, mi banco, banca, banca en línea, banca online, cuenta bancaria, mi cuenta bancaria, cuenta del banco
account-service-other-words = otra, otra cuenta, otro, otra cosa
account-locked_out-yes-words = bloqueado, bloqueada, no puedo entrar, ya no puedo entrar, no puedo iniciar sesión, sin acceso, no tengo acceso, me cambiaron la contraseña, cambiaron mi contraseña
account-locked_out-no-words = puedo entrar, todavía puedo entrar, aún puedo entrar, todavía tengo acceso, aún tengo acceso, tengo acceso
account-contacts_messaged-yes-words = sí les llegan, les llegan, mis amigos recibieron mensajes, mis contactos recibieron mensajes, les están escribiendo
account-contacts_messaged-no-words = que yo sepa no, nadie me dijo nada
account-contacts_messaged-unsure-words = no sé, no lo sé, no estoy seguro, no estoy segura, ni idea, tal vez, quizás
account-two_factor-yes-words = estaba activada, la tenía activada, activada, 2fa, doble factor
account-two_factor-no-words = no estaba activada, desactivada, no la tenía, no activada
account-two_factor-unsure-words = no sé, no lo sé, no estoy seguro, no estoy segura, ni idea, tal vez, quizás, qué es eso
account-recovery_changed-yes-words = los cambiaron, lo cambiaron, cambiados, cambiado, cambiaron
account-recovery_changed-no-words = no los cambiaron, siguen siendo míos, son míos, no cambiaron
account-recovery_changed-unsure-words = no sé, no lo sé, no estoy seguro, no estoy segura, ni idea, tal vez, quizás, no puedo verlo, no puedo revisarlo
