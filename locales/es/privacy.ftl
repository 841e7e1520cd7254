### Debajo del primer mensaje: cómo ocultar este chat, para una persona cuyo teléfono o pantalla puede ver otra persona.

hide-chat-telegram = 🔒 Si otra persona puede mirar tu teléfono: puedes borrar este chat cuando quieras (mantén el dedo sobre él en tu lista de chats y toca Eliminar), y hacer que los mensajes desaparezcan solos (abre este chat, toca el nombre arriba, luego ⋮ o “…” y la opción de borrado automático, “Auto-Delete”). Si escribes /forget, se borra todo lo que nos contaste.
hide-chat-discord = 🔒 Si otra persona puede ver tu pantalla: puedes cerrar esta conversación cuando quieras (mantén el dedo sobre ella, o haz clic derecho, en tu lista de mensajes directos, y elige cerrar el mensaje directo, “Close DM”). Si escribes /forget, se borra todo lo que nos contaste.
