### Detalles de una extorsión o sextorsión.

extortion-threat = Siento mucho que te esté pasando esto. No es tu culpa. ¿Con qué te amenaza esa persona?
extortion-threat-intimate_images = Compartir fotos o videos íntimos
extortion-threat-personal_data = Publicar mis datos personales
extortion-threat-other = Otra cosa
extortion-demand = ¿Qué te piden? Si es dinero, escribe la cantidad y la moneda, por ejemplo “500 euros”. Si no te piden nada, toca “Saltar”.
extortion-paid = ¿Ya pagaste algo?
extortion-paid-yes = Sí
extortion-paid-no = No
extortion-safety_note = Importante: por ahora no pagues nada más y no le respondas a esa persona. Pagar casi nunca detiene las amenazas. Guarda los mensajes: son pruebas.

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = La amenaza
extortion-demand-label = Lo que piden
extortion-paid-label = Ya pagaste algo

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = fotos, videos, vídeos, imágenes, fotos íntimas, desnudos, mis fotos
extortion-threat-personal_data-words = datos, mis datos, datos personales, mi dirección, dirección
extortion-threat-other-words = otra, otra cosa
extortion-paid-yes-words = pagué, ya pagué, sí pagué
extortion-paid-no-words = nada, no pagué, no he pagado, todavía no, aún no
