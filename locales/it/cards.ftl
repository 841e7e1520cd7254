### Quello che i volontari leggono alla postazione su un caso: schede, avvisi, la coda (VOLUNTEER_LOCALE).

card-urgency-low = bassa
card-urgency-medium = media
card-urgency-high = alta
card-urgency-critical = critica
card-reasons = Motivi: { $reasons }
card-facts = Lingua: { $language } · Categoria: { $category } · Piattaforma: { $platform }
card-state-waiting = In attesa di un volontario da { $minutes } min
card-state-claimed = Preso in carico da { $name }
card-state-resolved = Risolto da { $name }
card-claim = Prendi
card-release = Rilascia
card-resolve = Risolvi
card-page-channel = { $reference } aspetta ancora un volontario ({ $minutes } min). Qualcuno può prenderlo?
card-page-direct = Il caso urgente { $reference } (urgenza { $urgency }) aspetta un volontario da { $minutes } min. La sua scheda è nella chat dei volontari.
card-not-volunteer = Solo i volontari registrati possono farlo. Chiedi un invito a un coordinatore, poi invia /link con il tuo codice.
card-no-case = Non c'è nessun caso aperto { $reference }.
card-taken-by = { $reference } è già stato preso in carico da { $name }.
card-already-resolved = { $reference } è già risolto.
card-not-claimed = Nessuno ha preso in carico { $reference }.
card-not-yours = { $reference } è preso in carico da { $name }: solo questa persona o un coordinatore possono farlo.
card-queue = Casi aperti, prima i più urgenti:
card-queue-empty = Al momento non ci sono casi aperti.
card-queue-nobody = ancora nessuno
card-forgotten = 🗑 { $reference }: la persona ha chiesto di cancellare tutti i suoi dati. Il caso e la sua conversazione sono stati eliminati; non le si può più scrivere.
card-indicators = Trovato nelle sue parole: { $list }{ $more ->
    [0] {""}
   *[other] {" "}(+{ $more })
}
