### Otra cosa, o la persona no sabe qué es: primero sus propias palabras.

other-story = No pasa nada: no necesitas saber cómo se llama. Cuéntame con tus propias palabras qué está pasando. Escribe lo que quieras, mucho o poco. No hay respuestas incorrectas.
other-concern = Gracias. ¿Qué es lo que más te preocupa ahora mismo?
other-concern-money = El dinero
other-concern-accounts = Mis cuentas o dispositivos
other-concern-safety = Mi seguridad o la de otra persona
other-concern-privacy = Mi información privada
other-concern-unsure = No lo sé
other-paid = ¿Perdiste dinero o le pagaste a alguien?
other-paid-yes = Sí
other-paid-no = No
other-first_aid =
    Gracias. Hiciste bien en escribir. Mientras esperas a una persona voluntaria:
    1. Por favor, no le pagues a nadie y no compartas códigos ni contraseñas, aunque te digan que son de tu banco, de la policía o de una empresa.
    2. Guárdalo todo: capturas de pantalla, mensajes, correos, recibos. No borres nada todavía.
    3. Si crees que alguien puede entrar en tus cuentas, cambia tus contraseñas desde un dispositivo de confianza.

## Short names of the questions (the summary, the list of answers to change)
other-story-label = Tu relato
other-concern-label = Lo que más preocupa
other-paid-label = Dinero perdido

## Words a person may type instead of pressing a button, comma separated
other-concern-money-words = dinero, mi dinero, el dinero, pago, plata
other-concern-accounts-words = cuentas, mis cuentas, cuenta, mi cuenta, dispositivos, mi teléfono, mi celular, mi computadora
other-concern-safety-words = seguridad, mi seguridad, tengo miedo, peligro, estoy en peligro
other-concern-privacy-words = privacidad, mi privacidad, información privada, mi información, mis datos, datos, mis fotos
other-concern-unsure-words = no sé, no lo sé, no estoy seguro, no estoy segura, ni idea, tal vez, quizás
other-paid-yes-words = perdí dinero, pagué, sí pagué, pagado, dinero perdido
other-paid-no-words = no pagué, no he pagado, nada, no perdí dinero
