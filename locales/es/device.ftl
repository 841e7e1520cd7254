### Un dispositivo perdido, robado o incautado.

device-device_event = Lo siento. ¿Qué pasó con el dispositivo?
device-device_event-lost = Lo perdí
device-device_event-stolen = Me lo robaron
device-device_event-seized = Se lo llevó la policía o las autoridades
device-device_type = ¿Qué tipo de dispositivo es?
device-device_type-phone = Un teléfono
device-device_type-laptop = Una computadora o portátil
device-device_type-tablet = Una tableta
device-device_type-other = Otra cosa
device-screen_lock = ¿Estaba bloqueado con un PIN, una contraseña, tu huella o tu cara?
device-screen_lock-yes = Sí
device-screen_lock-no = No
device-screen_lock-unsure = No lo sé
device-first_aid =
    Gracias. Mientras esperas a una persona voluntaria, esto es lo que más ayuda:
    1. Desde otro dispositivo de confianza, cambia las contraseñas de tu correo y de tus cuentas más importantes, y cierra la sesión del dispositivo perdido en ellas.
    2. Usa “Encontrar mi dispositivo” (Android) o “Buscar” (Apple) para bloquear el dispositivo, o para borrarlo si no lo vas a recuperar.
    3. Si era un teléfono, llama a tu compañía telefónica para bloquear la tarjeta SIM, así nadie recibe tus códigos por SMS.
    4. Avisa a tus contactos de que los mensajes desde este dispositivo quizás no sean tuyos.
    5. Si te lo robaron, denúncialo a la policía. El número IMEI, que está en la caja o en la factura, ayuda.
device-first_aid_seized =
    Gracias. Esto puede dar mucho miedo. Mientras esperas a una persona voluntaria:
    1. Por favor, no intentes borrar el dispositivo por tu cuenta antes de hablar con un abogado: podría causarte problemas legales.
    2. Desde otro dispositivo de confianza, cierra su sesión en tus cuentas (correo, WhatsApp, Signal, Telegram, redes sociales) y cambia tus contraseñas.
    3. Avisa a las personas de tus contactos que podrían estar en riesgo.
    4. Anota cuándo, dónde y quién se lo llevó, y guarda cualquier papel que te hayan dado.

## Short names of the questions (the summary, the list of answers to change)
device-device_event-label = Qué le pasó
device-device_type-label = Tipo de dispositivo
device-screen_lock-label = Bloqueado con PIN o contraseña

## Words a person may type instead of pressing a button, comma separated
device-device_event-lost-words = perdido, perdida, lo perdí, la perdí, perdí mi teléfono, perdí el celular, no lo encuentro, no la encuentro, desaparecido
device-device_event-stolen-words = robado, robada, me lo robaron, me la robaron, robo, asalto, me asaltaron
device-device_event-seized-words = incautado, policía, confiscado, decomisado, se lo llevó la policía, autoridades, frontera, aduana, me lo quitó la policía
device-device_type-phone-words = teléfono, mi teléfono, celular, móvil, mi celular, mi móvil, smartphone, iphone, android
device-device_type-laptop-words = computadora, ordenador, portátil, laptop, mi computadora, mi ordenador, pc, macbook, notebook, compu
device-device_type-tablet-words = tableta, tablet, ipad
device-device_type-other-words = otra, otro, otra cosa
device-screen_lock-yes-words = estaba bloqueado, bloqueado, bloqueada, pin, contraseña, clave, huella, face id, patrón, con cara
device-screen_lock-no-words = no estaba bloqueado, sin bloqueo, sin pin, sin contraseña, sin clave
device-screen_lock-unsure-words = no sé, no lo sé, no estoy seguro, no estoy segura, ni idea, tal vez, quizás
