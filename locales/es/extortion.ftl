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
