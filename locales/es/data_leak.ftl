### Datos personales filtrados.

data_leak-leaked_data = Lo siento, es algo que inquieta. ¿Qué se filtró? Si fueron varias cosas, elige la que más te preocupa.
data_leak-leaked_data-passwords = Contraseñas
data_leak-leaked_data-bank_details = Datos bancarios o de tarjeta
data_leak-leaked_data-id_documents = Documentos de identidad o pasaporte
data_leak-leaked_data-address = Mi dirección o mi teléfono
data_leak-leaked_data-private_content = Fotos o mensajes privados
data_leak-leaked_data-other = Otra cosa
data_leak-leak_source = ¿Cómo te enteraste?
data_leak-leak_source-breach = Una empresa o servicio me avisó de una filtración
data_leak-leak_source-published = Alguien lo publicó en internet
data_leak-leak_source-unsure = No lo sé
data_leak-first_aid =
    Gracias. Mientras esperas a una persona voluntaria, según lo que se filtró:
    1. Contraseñas: cambia la contraseña en todos los sitios donde la usabas y activa la verificación en dos pasos.
    2. Datos bancarios o de tarjeta: llama a tu banco para bloquear la tarjeta y revisa tus movimientos.
    3. Documentos de identidad: avisa a la oficina que los emitió y vigila si abren préstamos o cuentas a tu nombre.
    4. Si lo publicaron: haz capturas de pantalla con la dirección de la página y luego pide al sitio o a la plataforma que lo borre.
    Ten cuidado con llamadas o correos que mencionen la filtración: los estafadores usan datos filtrados para parecer de confianza.

## Short names of the questions (the summary, the list of answers to change)
data_leak-leaked_data-label = Qué se filtró
data_leak-leak_source-label = Cómo te enteraste

## Words a person may type instead of pressing a button, comma separated
data_leak-leaked_data-passwords-words = contraseña, contraseñas, mi contraseña, clave, claves, usuario
data_leak-leaked_data-bank_details-words = banco, datos bancarios, tarjeta, datos de tarjeta, tarjeta de crédito, número de tarjeta, iban, cuenta bancaria
data_leak-leaked_data-id_documents-words = identidad, dni, pasaporte, documento, documentos, documento de identidad, cédula, ine, licencia de conducir, carnet de conducir
data_leak-leaked_data-address-words = dirección, mi dirección, domicilio, teléfono, número de teléfono, mi teléfono, mi número
data_leak-leaked_data-private_content-words = fotos, fotos privadas, mensajes, mensajes privados, imágenes, chats, conversaciones
data_leak-leaked_data-other-words = otra, otra cosa
data_leak-leak_source-breach-words = filtración, filtración de datos, una empresa me avisó, me llegó un correo, me avisaron, notificación, brecha
data_leak-leak_source-published-words = publicado, publicada, en internet, lo publicaron, alguien lo publicó, está en internet, lo subieron
data_leak-leak_source-unsure-words = no sé, no lo sé, no estoy seguro, no estoy segura, ni idea, tal vez, quizás
