### Palabras que comparten todos los flujos: comandos, errores, confirmaciones.

## The engine
invalid-choice = Elige uno de los botones de abajo, o escribe su número.
invalid-upload = Envía tus capturas de pantalla o archivos como fotos o documentos. Cuando termines, toca “Listo”.
invalid-empty = No me llegó ningún texto. ¿Puedes escribir tu respuesta?
stuck-offer = Parece que esta pregunta es difícil de responder. No pasa nada: puedes saltarla o pedir que te ayude una persona.
back-at-start = Ya estamos en la primera pregunta.
upload-received = { $count ->
    [one] Recibí tu archivo y está guardado de forma segura. Puedes enviar más o tocar “Listo”.
   *[other] Ya recibí { $count } archivos y están guardados de forma segura. Puedes enviar más o tocar “Listo”.
}
choice-skip = Saltar
choice-human = Hablar con una persona
choice-upload-done = Listo
# under “Did you mean …?”, when part of an answer was guessed (a phone number's country code)
choice-yes = Sí
choice-no = No
# a phone number written without its country code, read with the person's region: asked before it is kept
guess-phone = Con el código de país, sería { $answer }. ¿Es tu número?
guess-phone-retry = De acuerdo. Escribe el número otra vez empezando por el código de país, por ejemplo +34 612 34 56 78.
value-not-given = no indicado
value-skipped = omitido
value-files = { $count ->
    [0] ninguno
    [one] 1 archivo
   *[other] { $count } archivos
}
value-yes = sí
value-no = no
value-unknown = no se sabe

## Commands
command-start = Empezar o continuar
command-help = Qué puedo hacer
command-back = Volver a la pregunta anterior
command-restart = Empezar de nuevo desde el principio
command-cancel = Terminar esta conversación
command-language = Cambiar el idioma
command-status = Ver tu caso
command-report = Recibir un resumen de tu caso (mensaje y PDF)
command-forget = Borrar tus datos
command-human = Hablar con una persona
# Mensajes completos que cuentan como un comando, separados por comas (casi nadie escribe la barra).
command-words-start = empezar, comenzar, iniciar, inicio
command-words-help = ayuda, ayúdame, menú
command-words-back = atrás, volver, volver atrás, anterior
command-words-restart = reiniciar, empezar de nuevo, volver a empezar, empezar otra vez
command-words-cancel = cancelar, parar, salir
command-words-language = idioma, cambiar idioma, cambiar de idioma, lengua
command-words-status = estado, mi caso, estado de mi caso
command-words-report = informe, mi informe, resumen, mi resumen, pdf
command-words-forget = olvídame, borrar mis datos, borra mis datos, eliminar mis datos
command-words-human = humano, persona real, hablar con una persona, hablar con alguien, agente, operador

welcome-back = Hola de nuevo. Sigamos donde lo dejamos.
report-button = 📄 Recibir el resumen de mi caso
help = Te ayudo a contar lo que pasó para que una persona voluntaria pueda ayudarte. Puedes escribir en cualquier momento:
# one line per command under `help`, for every command there is
help-line = { $command } – { $description }
restarted = De acuerdo, empecemos de nuevo desde el principio.
cancelled = { $cases ->
    [0] De acuerdo, lo dejamos aquí. No se envió nada. Puedes escribir /start cuando quieras.
   *[other] De acuerdo, lo dejamos aquí. Tu caso { $reference } sigue en manos de nuestros voluntarios. Puedes escribir /start cuando quieras.
}
nothing-to-go-back = No hay ninguna pregunta anterior. Escribe /start para empezar.
after-finish = { $cases ->
    [0] Nuestra conversación terminó. Escribe /start para empezar una nueva.
   *[other] Tu caso { $reference } está en manos de nuestros voluntarios. Escribe /status para ver cómo va, o /start para contar algo nuevo.
}
language-pick = ¿Qué idioma prefieres?
language-set = A partir de ahora te escribo en { $language }.
language-unchanged = Sigo escribiéndote en { $language }.
status-none = Todavía no tienes ningún caso abierto con nosotros.
status-case = Tu caso { $reference }: { case-status }.
case-status = { $status ->
    [new] recibido, esperando a una persona voluntaria
    [escalated] enviado a nuestros voluntarios de guardia
    [claimed] una persona voluntaria se está ocupando de él
    [resolved] resuelto
   *[closed] cerrado
}
forget-confirm = ¿Quieres que borre todo lo que me contaste, incluidos tus casos y archivos? No se puede deshacer.
forget-yes = Sí, borrar todo
forget-no = No, conservarlo
forget-done = Borré todo lo que me contaste. Si algún día necesitas ayuda otra vez, solo escríbeme. Cuídate.
forget-kept = De acuerdo, no borré nada.
cancel-confirm = ¿Quieres parar aquí? Lo que me has contado hasta ahora no se enviaría a una persona voluntaria.
cancel-yes = Sí, parar
cancel-no = No, seguir
cancel-kept = De acuerdo, sigamos.
cancel-unclear = Perdona, no he entendido tu respuesta. No se ha detenido nada.
human-requested = Pedí que una persona voluntaria te contacte por tu caso { $reference }. Si puedes, mientras tanto sigue respondiendo mis preguntas: así podrá ayudarte mejor.
human-after-consent = Voy a pedir a una persona voluntaria que hable contigo. Antes necesito tu permiso para guardar lo que me cuentes, para que pueda leerlo:
early-kept = Gracias por contármelo. He guardado lo que escribiste: formará parte de tu denuncia en cuanto estés de acuerdo.
early-story-used = He anotado lo que escribiste al principio como tu relato de lo que pasó. Puedes cambiarlo en el resumen.
case-taken = Una persona voluntaria se ha hecho cargo de tu caso { $reference }. Te escribirá aquí muy pronto.
case-resolved = Tu caso { $reference } está marcado como resuelto. Si necesitas más ayuda, solo escribe aquí.
case-nobody-yet = Lo siento mucho: todavía ninguna persona voluntaria ha podido hacerse cargo de tu caso { $reference }. Sigue en lo más alto de nuestra lista y alguien te escribirá aquí. Mientras tanto: guarda todos los mensajes y capturas de pantalla, no le pagues a nadie y cambia tus contraseñas desde un dispositivo de confianza. Si estás en peligro, llama al número de emergencias (112 en España, 911 en México y gran parte de Latinoamérica).
file-kept = Gracias, guardé tu archivo de forma segura junto con tu caso.
file-too-large = Este archivo es demasiado grande para mí (el límite es { $limit_mb } MB). ¿Puedes enviar un archivo más pequeño o una captura de pantalla?
message-unsupported = Solo puedo leer texto, fotos y archivos. ¿Puedes escribir tu respuesta?
command-unknown = No conozco ese comando. Escribe /help para ver lo que puedo hacer.
language-detected = Te respondo en { $language }. Si prefieres otro idioma, toca el botón de abajo.
language-change = Cambiar idioma
language-unsupported = Lo siento, todavía no puedo escribir en tu idioma. Te responderé en inglés, o puedes elegir uno de estos idiomas:
error-try-again = Lo siento, algo falló de mi lado con tu último mensaje. ¿Puedes enviarlo otra vez? Si vuelve a pasar, escribe /human y una persona te ayudará.
discord-moved-to-dm = Te he enviado un mensaje privado. Sigamos allí, donde nadie más puede leer lo que escribes.
discord-dm-closed = No puedo enviarte mensajes privados. Para hablar con seguridad, permite los mensajes directos: abre el menú de este servidor, elige Ajustes de privacidad, activa los mensajes directos y vuelve a escribir /help.

## The volunteers' desk
desk-help = Este es el puesto de las personas voluntarias. Los casos urgentes aparecen aquí, cada uno en su propio tema o hilo, con una ficha: Tomar, Liberar, Resolver. Cuando tomas un caso, lo que escribe la persona aparece en el hilo del caso y en tu chat privado con el bot; lo que escribes en el hilo (o como respuesta en tu chat privado) le llega a ella, firmado con tu nombre de pila. Los mensajes de otras personas voluntarias en el hilo quedan como notas internas. Comandos: /cases – los casos abiertos; /claim, /release, /resolve FD-… – actuar sobre un caso; /reply FD-… texto – responder a la persona desde cualquier lugar; /transfer NOMBRE – pasar tu caso a otra persona; /history FD-… – toda la conversación; /oncall on|off – tu disponibilidad, /oncall – quién está de guardia; /link CÓDIGO – vincular tu cuenta con una invitación; /help – este mensaje.

## Typed answers: yes and no in this language, comma separated (a button meaning yes or no accepts
## them, and so does the /forget question). Case and accents do not matter.
words-yes = sí, claro, por supuesto, sí por favor, yes
words-no = no, no gracias, para nada
forget-unclear = Perdona, no entendí tu respuesta. No se borró nada.
# after three unreadable answers to a question that cannot be skipped (consent, the summary)
stuck-ask-person = Parece que esta pregunta es difícil de responder. No pasa nada: puedes tocar uno de los botones de abajo o pedir que te ayude una persona.

## Changing one answer from the summary
review-which = ¿Qué respuesta quieres cambiar? Elígela abajo.
choice-review-back = Nada, volver al resumen
# one line of the summary, and two lines together (keep the line break)
review-line = • { $question }: { $answer }
review-more =
    { $line }
    { $rest }
