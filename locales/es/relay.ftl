### La conversación entre una persona y la persona voluntaria que tomó su caso.
## Lo que lee la persona (en su propio idioma)

relay-from-volunteer = 👤 { $name }, persona voluntaria:
relay-from-volunteer-anonymous = 👤 Persona voluntaria:
relay-waiting = Tu caso { $reference } está en manos de nuestros voluntarios. Ahora mismo, una persona voluntaria tarda { $minutes ->
    [one] alrededor de un minuto
   *[other] unos { $minutes } minutos
} en hacerse cargo de un caso. Ya les hice llegar tu mensaje.
relay-waiting-unknown = Tu caso { $reference } está en manos de nuestros voluntarios, y una persona voluntaria te escribirá aquí en cuanto pueda. Ya les hice llegar tu mensaje.
relay-meanwhile = Mientras esperas, puedes: guardar todos los mensajes y capturas de pantalla; no pagar ni responder a nadie que te amenace; cambiar tus contraseñas desde un dispositivo de confianza; llamar ahora mismo a tu banco si te quitaron dinero. Con /status puedes ver cómo va tu caso.
relay-passed-on = He pasado tu mensaje al equipo de voluntariado.
feedback-ask = ¿Cómo valoras nuestra ayuda con tu caso { $reference }? Toca de 1 a 5 estrellas (5 es la mejor nota), o escribe un número.
feedback-comment-ask = Gracias. ¿Quieres contarnos algo más? Escríbelo aquí, o toca “Saltar”.
feedback-skip = Saltar
feedback-thanks = Gracias. Lo que nos cuentas nos ayuda a ayudar mejor a la próxima persona.
reopen-ask = ¿Es sobre tu caso { $reference }?
reopen-same = Sí, el mismo problema
reopen-new = No, es algo nuevo
reopen-done = Tu caso { $reference } vuelve a estar abierto, y tu mensaje ya llegó a nuestros voluntarios.

## Lo que leen las personas voluntarias (VOLUNTEER_LOCALE)

relay-victim-says = 💬 { $reference } · la persona:
relay-volunteer-said = ↪️ { $reference } · { $name } a la persona:
relay-reply-hint = Responde a este mensaje para contestar a la persona, o escribe /reply seguido de la referencia del caso y tu texto.
relay-file-refused = archivo demasiado grande, no se guardó
relay-victim-unreachable = ⚠️ { $reference }: la persona ha bloqueado el bot, así que ya no le llega nada. Lo que escribiste queda guardado en el caso como nota.
relay-not-volunteer = Solo las personas voluntarias registradas pueden escribir a la persona a través del bot: lo que escribes aquí no le llega. Si eres una de ellas, pide un código de invitación a la coordinación y envíalo aquí así: /link CÓDIGO.
relay-reply-empty = Escribe tu texto después de la referencia, por ejemplo: /reply { $reference } Hola, estoy aquí para ayudarte.
card-victim-blocked = ⚠️ La persona ha bloqueado el bot: no le llega nada.
card-remind = ⏰ { $reference }: nadie le ha escrito a la persona desde hace { $minutes } min. ¿Sigues con el caso? Toca el botón o escríbele; si no, el caso vuelve a las personas voluntarias dentro de { $minutes } min.
card-keep = Sigo con el caso
card-kept = Gracias: { $reference } sigue asignado a ti.
card-unclaimed-silent = { $reference } volvió a las personas voluntarias: { $name } no respondió al recordatorio.
card-transferred = { $reference } pasó de { $from } a { $to }.
card-no-volunteer = No hay ninguna persona voluntaria llamada “{ $name }”. Escribe /transfer y un nombre de la lista de voluntariado (/oncall muestra quién está de guardia).
card-reopened = 🔁 La persona ha reabierto { $reference }.
history-title = Conversación de { $reference } ({ $lines ->
    [one] { $lines } línea
   *[other] { $lines } líneas
}):
history-victim = persona
history-note = nota interna
history-empty = (todavía no se ha dicho nada)
