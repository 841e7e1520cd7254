### O que os voluntários leem no balcão sobre um caso: fichas, avisos, a fila (VOLUNTEER_LOCALE).

card-urgency-low = baixa
card-urgency-medium = média
card-urgency-high = alta
card-urgency-critical = crítica
card-reasons = Motivos: { $reasons }
card-facts = Idioma: { $language } · Categoria: { $category } · Plataforma: { $platform }
card-state-waiting = À espera de um voluntário há { $minutes } min
card-state-claimed = Assumido por { $name }
card-state-resolved = Resolvido por { $name }
card-claim = Assumir
card-release = Libertar
card-resolve = Resolver
card-page-channel = { $reference } ainda está à espera de um voluntário ({ $minutes } min). Alguém o pode assumir?
card-page-direct = O caso urgente { $reference } (urgência { $urgency }) está à espera de um voluntário há { $minutes } min. A ficha dele está no chat dos voluntários.
card-not-volunteer = Só os voluntários registados podem fazer isto. Peça um convite a um coordenador e depois envie /link com o seu código.
card-no-case = Não há nenhum caso aberto { $reference }.
card-taken-by = { $reference } já foi assumido por { $name }.
card-already-resolved = { $reference } já está resolvido.
card-not-claimed = Ninguém assumiu { $reference }.
card-not-yours = { $reference } foi assumido por { $name }: só essa pessoa ou um coordenador pode fazer isto.
card-queue = Casos abertos, os mais urgentes primeiro:
card-queue-empty = Neste momento não há casos abertos.
card-queue-nobody = ninguém ainda
card-forgotten = 🗑 { $reference }: a pessoa pediu que todos os seus dados fossem apagados. O caso e a conversa foram eliminados; nada mais lhe pode chegar.
card-indicators = Encontrado nas palavras da pessoa: { $list }{ $more ->
    [0] {""}
   *[other] {" "}(+{ $more })
}
