### Lo que las personas voluntarias leen en el puesto sobre un caso: fichas, avisos, la cola (VOLUNTEER_LOCALE).

card-urgency-low = baja
card-urgency-medium = media
card-urgency-high = alta
card-urgency-critical = crítica
card-reasons = Motivos: { $reasons }
card-facts = Idioma: { $language } · Categoría: { $category } · Plataforma: { $platform }
card-state-waiting = Esperando a una persona voluntaria desde hace { $minutes } min
card-state-claimed = Asignado a { $name }
card-state-resolved = Resuelto por { $name }
card-claim = Tomar
card-release = Liberar
card-resolve = Resolver
card-page-channel = { $reference } sigue esperando a una persona voluntaria ({ $minutes } min). ¿Alguien puede tomarlo?
card-page-direct = El caso urgente { $reference } (urgencia { $urgency }) lleva { $minutes } min esperando a una persona voluntaria. Su ficha está en el chat de voluntariado.
card-not-volunteer = Solo las personas voluntarias registradas pueden hacer esto. Pide una invitación a la coordinación y luego envía /link con tu código.
card-no-case = No hay ningún caso abierto { $reference }.
card-taken-by = { $reference } ya está asignado a { $name }.
card-already-resolved = { $reference } ya está resuelto.
card-not-claimed = Nadie ha tomado { $reference }.
card-not-yours = { $reference } está asignado a { $name }: solo esa persona o la coordinación pueden hacer esto.
card-queue = Casos abiertos, los más urgentes primero:
card-queue-empty = Ahora mismo no hay casos abiertos.
card-queue-nobody = nadie todavía
card-forgotten = 🗑 { $reference }: la persona pidió borrar todos sus datos. El caso y su conversación se han eliminado; ya no se le puede enviar nada.
card-indicators = Encontrado en sus palabras: { $list }{ $more ->
    [0] {""}
   *[other] {" "}(+{ $more })
}
