### Detalles de una extorsión o sextorsión.

extortion-threat = Siento mucho que te esté pasando esto. No es tu culpa. ¿Con qué te amenaza esa persona?
extortion-threat-intimate_images = Compartir fotos o videos íntimos
extortion-threat-personal_data = Publicar mis datos personales
extortion-threat-other = Otra cosa
extortion-images = ¿De verdad tienen fotos o videos? Cualquier respuesta está bien, y no tienes que contarme qué se ve en ellos.
extortion-images-real = Sí, tienen fotos o videos reales
extortion-images-fake = Son falsos o están editados
extortion-images-not_seen = Dicen que sí, pero no he visto nada
extortion-minor = ¿La persona de las fotos o videos es menor de 18 años?
extortion-minor-yes = Sí, es menor de 18
extortion-minor-no = No, tiene 18 o más
extortion-demand = ¿Qué te piden? Si es dinero, escribe la cantidad y la moneda, por ejemplo “500 euros”. Si no te piden nada, toca “Saltar”.
extortion-paid = ¿Ya pagaste algo?
extortion-paid-yes = Sí
extortion-paid-no = No
extortion-deadline = ¿Te dieron un plazo?
extortion-deadline-within_day = Sí, de menos de un día
extortion-deadline-later = Sí, de más de un día
extortion-deadline-no = No hay plazo
extortion-deadline-unsure = No lo sé
extortion-safety_note =
    Gracias por contármelo. Mientras esperas a una persona voluntaria:
    1. Por favor, no pagues nada más y deja de responderles. Pagar casi nunca detiene las amenazas: normalmente piden más.
    2. Guárdalo todo: haz capturas de pantalla de los mensajes, de su perfil y nombre de usuario, y de cualquier dato de pago que te hayan enviado.
    3. Luego denuncia la cuenta en la plataforma y bloquéala.
    4. Por ahora, pon tus cuentas en privado y oculta tu lista de amigos o seguidores.
    No hiciste nada malo. Quien te amenaza es quien está cometiendo un delito.
extortion-safety_note_images =
    Gracias por contármelo. No es tu culpa. Mientras esperas a una persona voluntaria:
    1. Por favor, no pagues y deja de responderles. Pagar casi nunca detiene las amenazas: normalmente piden más.
    2. Guárdalo todo: haz capturas de pantalla de los mensajes, de su perfil y nombre de usuario, y de cualquier dato de pago que te hayan enviado. No envíes más fotos.
    3. StopNCII.org puede ayudar a impedir que tus imágenes íntimas se compartan en muchas plataformas grandes. Las imágenes nunca salen de tu teléfono.
    4. Denuncia la cuenta en la plataforma y luego bloquéala. Pon tus cuentas en privado y oculta tu lista de amigos o seguidores.
    Quien te amenaza es quien está cometiendo un delito. No hiciste nada malo.
extortion-safety_note_minor =
    Gracias por contármelo. No es tu culpa, y no te vas a meter en problemas. Mientras esperas a una persona voluntaria:
    1. Por favor, no pagues, no envíes más fotos y deja de responderles.
    2. Take It Down (takeitdown.ncmec.org) ayuda a quitar o frenar la difusión de fotos tomadas antes de los 18 años. Las fotos nunca salen de tu teléfono.
    3. Guarda los mensajes y su nombre de usuario: haz capturas de pantalla. Luego denuncia la cuenta y bloquéala.
    4. Si puedes, cuéntaselo a un adulto de confianza. Lo que están haciendo es un delito grave, y la policía puede ayudarte.

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = La amenaza
extortion-images-label = Fotos o videos
extortion-minor-label = Menor de 18
extortion-demand-label = Lo que piden
extortion-paid-label = Ya pagaste algo
extortion-deadline-label = Plazo

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = fotos, videos, vídeos, imágenes, fotos íntimas, desnudos, mis fotos
extortion-threat-personal_data-words = datos, mis datos, datos personales, mi dirección, dirección, información personal, doxxing, publicar mis datos, publicar mi dirección, publicar mis datos personales, filtrar mis datos, difundir mis datos, compartir mi dirección
extortion-threat-other-words = otra, otra cosa
extortion-images-real-words = reales, son reales, las tienen, los tienen, sí las tienen, sí los tienen, tienen fotos reales, yo se las mandé, yo se las envié, le mandé fotos
extortion-images-fake-words = falsas, falsos, son falsas, son falsos, editadas, editados, photoshop, ia, deepfake, no soy yo, montaje
extortion-images-not_seen-words = no he visto nada, no he visto ninguna, no vi nada, solo lo dicen, dicen que sí, no las he visto, no sé, no lo sé, no estoy seguro, no estoy segura
extortion-minor-yes-words = menor de 18, menor de edad, menor, soy menor, soy menor de edad, tengo menos de 18, niño, niña, un niño, una niña
extortion-minor-no-words = mayor de 18, mayor de edad, 18 o más, adulto, adulta, soy adulto, soy adulta, soy mayor de edad
extortion-paid-yes-words = pagué, ya pagué, sí pagué
extortion-paid-no-words = nada, no pagué, no he pagado, todavía no, aún no
extortion-deadline-within_day-words = hoy, esta noche, mañana, menos de un día, 24 horas, en 24 horas, unas horas, horas, antes de esta noche, antes de mañana
extortion-deadline-later-words = más tarde, en unos días, la semana que viene, la próxima semana, días, una semana, sí más tarde, unos días
extortion-deadline-no-words = no hay plazo, sin plazo, ninguno, ningún plazo, no me dieron plazo, sin fecha límite
extortion-deadline-unsure-words = no sé, no lo sé, no estoy seguro, no estoy segura, ni idea, tal vez, quizás
