### Acoso, acecho, difusión de datos personales o suplantación: qué, quién, dónde, desde cuándo, peligro físico.

harassment-harassment_type = Siento mucho que estés pasando por esto. No es tu culpa. ¿Qué está pasando?
harassment-harassment_type-messages = Mensajes o publicaciones hirientes o amenazantes
harassment-harassment_type-stalking = Alguien me sigue o me vigila
harassment-harassment_type-doxxing = Publicaron mis datos privados
harassment-harassment_type-impersonation = Alguien se hace pasar por mí
harassment-harassment_type-other = Otra cosa
harassment-harasser = ¿Sabes quién lo está haciendo?
harassment-harasser-known = Alguien que conozco
harassment-harasser-stranger = Una persona desconocida
harassment-harasser-unknown = No sé quién es
harassment-platform = ¿Dónde pasa sobre todo?
harassment-platform-facebook = Facebook
harassment-platform-instagram = Instagram
harassment-platform-tiktok = TikTok
harassment-platform-x = X (Twitter)
harassment-platform-whatsapp = WhatsApp
harassment-platform-telegram = Telegram
harassment-platform-email = Correo electrónico
harassment-platform-phone = Llamadas o SMS
harassment-platform-several = En varios sitios
harassment-platform-other = En otro lugar
harassment-when = ¿Desde cuándo está pasando? Puedes escribir, por ejemplo, “desde hace una semana”, “hace dos meses” o “3 de mayo”. Si no lo sabes, escribe “no lo sé”.
harassment-physical_threat = ¿Alguien amenazó con hacerte daño, o crees que podrías estar en peligro físico?
harassment-physical_threat-yes = Sí
harassment-physical_threat-no = No
harassment-first_aid_danger =
    Gracias por contármelo. Tu seguridad es lo primero.
    1. Si estás en peligro ahora mismo, llama al número de emergencias de tu país.
    2. Cuéntale a alguien de confianza lo que está pasando y dónde estás.
    3. No te encuentres con esa persona y no le digas dónde estás.
    4. Guarda las amenazas: haz capturas de pantalla con la fecha y su nombre de usuario. Son importantes para la policía.
    Una persona voluntaria verá tu caso como urgente.
harassment-first_aid =
    Gracias por contármelo. Mientras esperas a una persona voluntaria:
    1. Guarda pruebas antes de bloquear o denunciar: capturas de pantalla con la fecha, el nombre de usuario y el enlace al perfil o a la publicación.
    2. Denuncia el perfil o las publicaciones en la plataforma. Si alguien se hace pasar por ti, denúncialo como cuenta falsa y pide a tus amigos que también lo denuncien.
    3. No tienes que responderle. Bloquéalo y, por ahora, pon tus cuentas en privado.
    4. Revisa quién puede ver tu ubicación, tu lista de amigos y tu número de teléfono, y oculta lo que puedas.

## Short names of the questions (the summary, the list of answers to change)
harassment-harassment_type-label = Qué está pasando
harassment-harasser-label = Quién
harassment-platform-label = Dónde
harassment-when-label = Desde cuándo
harassment-physical_threat-label = Amenaza física

## Words a person may type instead of pressing a button, comma separated
harassment-harassment_type-messages-words = mensajes, amenazas, mensajes amenazantes, insultos, odio, publicaciones, comentarios, bullying, acoso
harassment-harassment_type-stalking-words = acecho, me sigue, me siguen, me vigila, me vigilan, alguien me sigue, alguien me vigila, me espía, stalker
harassment-harassment_type-doxxing-words = doxxing, publicaron mi dirección, publicaron mis datos, publicaron mi número, mis datos están publicados
harassment-harassment_type-impersonation-words = suplantación, suplantación de identidad, perfil falso, cuenta falsa, se hace pasar por mí, alguien se hace pasar por mí
harassment-harassment_type-other-words = otra, otra cosa
harassment-harasser-known-words = lo conozco, la conozco, sé quién es, mi ex, ex, mi pareja, mi esposo, mi esposa, mi marido, mi mujer, un compañero, una compañera, alguien que conozco
harassment-harasser-stranger-words = desconocido, desconocida, un desconocido, una desconocida, no lo conozco, no la conozco, alguien que no conozco
harassment-harasser-unknown-words = no sé, no lo sé, ni idea, anónimo, anónima, no estoy seguro, no estoy segura
harassment-platform-facebook-words = fb, face, mi facebook, messenger
harassment-platform-instagram-words = insta, ig, mi instagram
harassment-platform-tiktok-words = tik tok
harassment-platform-x-words = twitter, x
harassment-platform-whatsapp-words = whats app, wasap, guasap
harassment-platform-telegram-words = tg
harassment-platform-email-words = correo, email, e-mail, mail
harassment-platform-phone-words = teléfono, llamadas, llamadas telefónicas, sms, mensajes de texto
harassment-platform-several-words = varios, varios sitios, en todas partes, muchos, muchos sitios, todos, varios lugares
harassment-platform-other-words = otro, otro lugar, en otro sitio, otra parte
harassment-physical_threat-yes-words = me amenazó, me amenazaron, me amenazó con hacerme daño, estoy en peligro, tengo miedo, sabe dónde vivo, saben dónde vivo
harassment-physical_threat-no-words = no físicamente, sin amenazas, no creo
