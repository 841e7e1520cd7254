### Un mensaje o enlace sospechoso: qué hizo la persona con él y qué hacer ahora.

phishing-clicked = Gracias por consultarnos. ¿Tocaste un enlace o abriste un archivo de ese mensaje?
phishing-clicked-yes = Sí
phishing-clicked-no = No
phishing-clicked-unsure = No lo sé
phishing-entered = En la página que se abrió, ¿escribiste algo?
phishing-entered-password = Una contraseña
phishing-entered-card = Datos bancarios o de tarjeta
phishing-entered-both = Una contraseña y datos de tarjeta
phishing-entered-nothing = Nada
phishing-entered-unsure = No lo sé
phishing-paid = ¿Pagaste algo a través de ahí?
phishing-paid-yes = Sí
phishing-paid-no = No
phishing-first_aid =
    Gracias. Esto le puede pasar a cualquiera: estos mensajes están hechos para parecer reales. Lo que más ayuda ahora:
    1. Si diste datos bancarios o de tarjeta, o pagaste: llama ya a tu banco, al número que aparece en tu tarjeta, y pide que bloqueen la tarjeta.
    2. Si escribiste una contraseña: cámbiala ya desde un dispositivo de confianza, y también en cualquier otro sitio donde la uses. Activa la verificación en dos pasos.
    3. Si abriste un archivo: desconecta ese dispositivo de internet y no lo uses para el banco hasta que lo revisen.
    4. No respondas y no vuelvas a tocar el enlace. Guarda el mensaje (basta con una captura de pantalla) y luego denúncialo como phishing o spam.

## Short names of the questions (the summary, the list of answers to change)
phishing-clicked-label = Tocaste o abriste
phishing-entered-label = Escribiste en la página
phishing-paid-label = Pagaste algo

## Words a person may type instead of pressing a button, comma separated
phishing-clicked-yes-words = sí lo toqué, lo toqué, toqué el enlace, hice clic, sí hice clic, di clic, le di, pinché, abrí el enlace, lo abrí, abrí el archivo, abierto
phishing-clicked-no-words = no lo toqué, no hice clic, no di clic, no le di, no lo abrí, no abrí nada, no toqué nada
phishing-clicked-unsure-words = no sé, no lo sé, no estoy seguro, no estoy segura, ni idea, tal vez, quizás, creo que sí
phishing-entered-password-words = contraseña, mi contraseña, escribí mi contraseña, puse mi contraseña, clave, usuario
phishing-entered-card-words = tarjeta, mi tarjeta, datos de tarjeta, datos bancarios, número de tarjeta, tarjeta de crédito, mis datos bancarios, iban
phishing-entered-both-words = ambos, las dos, los dos, contraseña y tarjeta, tarjeta y contraseña, todo
phishing-entered-nothing-words = nada, no, no escribí nada, no puse nada, ninguno
phishing-entered-unsure-words = no sé, no lo sé, no estoy seguro, no estoy segura, ni idea, tal vez, quizás
phishing-paid-yes-words = pagué, sí pagué, pagado
phishing-paid-no-words = no pagué, no he pagado, nada
