### El flujo de acogida: primer contacto con una persona que sufrió un ataque, una estafa o amenazas en internet.

intake-greeting = Hola. Este es un servicio de ayuda gratuito para personas afectadas por ciberataques, estafas y amenazas en internet. No tienes que pasar por esto sin ayuda, e hiciste bien en escribir. Te haré unas preguntas cortas para que una persona voluntaria pueda ayudarte.
intake-consent = Antes de empezar: lo que me cuentes se guarda de forma segura y solo lo ven nuestros voluntarios, para ayudarte. Puedes pedirme que lo borre todo en cualquier momento escribiendo /forget. ¿Te parece bien?
intake-consent-agree = Sí, continuar
intake-consent-decline = No, ahora no
intake-declined = Está bien. No se guardó nada. Si cambias de opinión, solo escribe /start. Cuídate.
intake-category = ¿Qué pasó? Elige lo que mejor encaje. Si no lo tienes claro, elige “Otra cosa”.
intake-category-hacked_account = Me hackearon una cuenta
intake-category-phishing = Un mensaje o enlace sospechoso
intake-category-ransomware = Archivos bloqueados o un virus
intake-category-extortion = Me amenazan o me chantajean
intake-category-scam = Me estafaron o perdí dinero
intake-category-harassment = Me acosan, me acechan o se hacen pasar por mí
intake-category-data_leak = Se filtraron mis datos personales
intake-category-device = Perdí un dispositivo, me lo robaron o me lo quitaron
intake-category-ddos = Una página web caída o atacada
intake-category-other = Otra cosa, o no lo sé
intake-recovery_warning = Una cosa más, porque perdiste dinero. En las próximas semanas, puede que alguien te contacte y te ofrezca recuperar tu dinero a cambio de un pago. Puede decir que es un abogado, la policía, tu banco o una empresa de recuperación. Casi siempre son los mismos estafadores otra vez. Nadie honesto te pide pagar primero para recuperar tu dinero. Si pasa, no pagues y avísanos.
intake-affected = Unas preguntas más para la persona voluntaria. ¿A quién afecta esto?
intake-affected-me = A mí
intake-affected-someone_else = A otra persona (un amigo, un familiar)
intake-affected-organisation = A una organización
intake-organisation_type = ¿Qué tipo de organización es?
intake-organisation_type-ngo = Una ONG o asociación sin ánimo de lucro
intake-organisation_type-hospital = Un hospital o servicio de salud
intake-organisation_type-school = Una escuela o universidad
intake-organisation_type-business = Una empresa
intake-organisation_type-public_body = Un organismo público o administración local
intake-organisation_type-other = Otro tipo
intake-story = Con tus propias palabras, ¿qué pasó? Escribe lo que quieras, mucho o poco. No hay respuestas incorrectas.
intake-when = ¿Cuándo pasó, o cuándo empezó? Puedes escribir, por ejemplo, “ayer”, “el lunes pasado” o “3 de mayo”. Si no lo sabes, escribe “no lo sé”.
intake-ongoing = ¿Sigue pasando ahora mismo?
intake-ongoing-yes = Sí, sigue pasando
intake-ongoing-no = No, ya terminó
intake-ongoing-unsure = No lo sé
intake-evidence = Si tienes capturas de pantalla, mensajes o archivos sobre lo que pasó, puedes enviarlos ahora. También puedes reenviarme los mensajes o pegar aquí su texto (si es un correo, también sus encabezados). Por favor, no borres nada todavía: puede servir. Cuando termines, toca “Listo”. Si no tienes nada, toca “Saltar”.
intake-contact_pref = ¿Cómo prefieres que te contactemos?
intake-contact_pref-here = Aquí, en este chat
intake-contact_pref-email = Por correo electrónico
intake-contact_pref-phone = Por teléfono
intake-email = ¿A qué correo te escribimos? Si crees que quien te atacó puede leer tu correo, elige otra dirección o toca “Saltar”.
intake-phone = ¿A qué número de teléfono te llamamos? Incluye el código de país, por ejemplo +41 79 123 45 67.
intake-contact_here = No pasa nada: un voluntario te responderá aquí, en este chat.
intake-summary =
    Esto es lo que entendí:
    { $summary }

    ¿Es correcto? Si lo confirmas, se lo paso a una persona voluntaria. Si algo no está bien, puedes cambiarlo.
intake-summary-confirm = Sí, enviar
intake-summary-edit = No, cambiar una respuesta
intake-submitted = Gracias. Tu caso quedó registrado con la referencia { $reference }. Guarda esta referencia. Una persona voluntaria lo leerá y te contactará lo antes posible. Mientras tanto: no pagues, no borres mensajes y, si te sientes en peligro, llama al número de emergencias de tu país. Puedes escribir /status en cualquier momento.

## Short names of the questions: the lines of the summary and the list of answers to change
intake-consent-label = Consentimiento
intake-category-label = Qué pasó
intake-story-label = Tu relato
intake-affected-label = A quién afecta
intake-organisation_type-label = Organización
intake-when-label = Cuándo
intake-ongoing-label = Sigue pasando
intake-evidence-label = Archivos enviados
intake-contact_pref-label = Contacto
intake-email-label = Correo electrónico
intake-phone-label = Teléfono

## Words a person may type instead of pressing a button, comma separated (besides the label, its
## number and, for yes / no buttons, words-yes / words-no in common.ftl). Case and accents do not matter.
intake-consent-agree-words = ok, vale, de acuerdo, está bien, bueno, dale, adelante, continuar, claro que sí
intake-consent-decline-words = ahora no, no gracias, más tarde, no estoy de acuerdo
intake-category-hacked_account-words = hackeo, hackeada, hackeado, me hackearon, cuenta hackeada, pirateada, cuenta
intake-category-ransomware-words = ransomware, rescate, archivos bloqueados, archivos cifrados, secuestro de datos, virus, malware, mi computadora tiene un virus, mi ordenador tiene un virus
intake-category-extortion-words = extorsión, chantaje, amenaza, amenazas, me amenazan, me chantajean, sextorsión
intake-category-scam-words = estafa, estafaron, me estafaron, fraude, perdí dinero, timo
intake-category-harassment-words = acoso, acosan, me acosan, ciberacoso, bullying, hostigamiento, acecho, me acechan, me siguen, suplantación, perfil falso, se hacen pasar por mí, alguien se hace pasar por mí
intake-category-phishing-words = phishing, mensaje sospechoso, correo sospechoso, enlace sospechoso, link sospechoso, mensaje raro, enlace raro, correo falso, sms falso, un enlace, enlace, link
intake-category-data_leak-words = filtración, filtración de datos, filtraron mis datos, se filtraron mis datos, datos filtrados, brecha de datos, doxxing
intake-category-device-words = perdí mi teléfono, perdí el celular, perdí el móvil, me robaron el teléfono, me robaron el celular, me robaron el móvil, teléfono robado, celular robado, móvil robado, computadora robada, portátil robado, incautado, confiscado, dispositivo perdido, dispositivo robado
intake-category-ddos-words = ddos, página caída, web caída, sitio caído, página web, mi página, nuestra página, nuestra web, página atacada, web atacada
intake-category-other-words = otra, otro, otra cosa, no sé, no lo sé, no estoy seguro, no estoy segura, ni idea
intake-affected-me-words = a mí, yo, solo a mí, soy yo, yo mismo, yo misma
intake-affected-someone_else-words = otra persona, a otra persona, mi amigo, mi amiga, un amigo, una amiga, familia, un familiar, mi madre, mi mamá, mi padre, mi papá, mi hijo, mi hija, mi pareja, no a mí
intake-affected-organisation-words = organización, una organización, a una organización, nuestra organización, empresa, mi empresa, nuestra empresa, somos una organización
intake-organisation_type-ngo-words = ong, sin ánimo de lucro, sin fines de lucro, asociación, fundación, beneficencia, somos una ong
intake-organisation_type-hospital-words = hospital, clínica, salud, servicio de salud, centro de salud, médico, residencia
intake-organisation_type-school-words = escuela, colegio, universidad, instituto, facultad, guardería
intake-organisation_type-business-words = empresa, negocio, tienda, compañía, pyme, pequeña empresa
intake-organisation_type-public_body-words = organismo público, gobierno, ayuntamiento, municipio, alcaldía, ministerio, administración, administración local
intake-organisation_type-other-words = otro, otra, otro tipo, otra cosa
intake-ongoing-yes-words = sigue, todavía, aún, sigue pasando, continúa
intake-ongoing-no-words = terminó, ya terminó, se acabó, paró, ya paró, ya no
intake-ongoing-unsure-words = no sé, no estoy seguro, no estoy segura, ni idea, tal vez, quizás
intake-contact_pref-here-words = aquí, chat, por aquí, en este chat
intake-contact_pref-email-words = correo, email, e-mail, mail, por correo
intake-contact_pref-phone-words = teléfono, llamada, llamar, llámame, por teléfono
intake-summary-confirm-words = ok, vale, correcto, está bien, es correcto, enviar, envíalo, confirmar
intake-summary-edit-words = cambiar, corregir, editar, no es correcto, incorrecto, está mal, mal
