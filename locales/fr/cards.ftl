### Ce que les bénévoles lisent au bureau à propos d'un cas : fiches, appels, file d'attente (VOLUNTEER_LOCALE).

card-urgency-low = faible
card-urgency-medium = moyenne
card-urgency-high = élevée
card-urgency-critical = critique
card-reasons = Pourquoi : { $reasons }
card-facts = Langue : { $language } · Catégorie : { $category } · Plateforme : { $platform }
card-state-waiting = En attente d'un bénévole depuis { $minutes } min
card-state-claimed = Pris en charge par { $name }
card-state-resolved = Résolu par { $name }
card-claim = Prendre
card-release = Libérer
card-resolve = Résoudre
card-page-channel = { $reference } attend toujours un bénévole ({ $minutes } min). Quelqu'un peut-il le prendre ?
card-page-direct = Le cas urgent { $reference } (urgence { $urgency }) attend un bénévole depuis { $minutes } min. Sa fiche est dans le salon des bénévoles.
card-not-volunteer = Seuls les bénévoles inscrits peuvent faire cela. Demandez une invitation à un coordinateur ou une coordinatrice, puis envoyez /link avec votre code.
card-no-case = Aucun cas ouvert ne porte la référence { $reference }.
card-taken-by = { $reference } est déjà pris en charge par { $name }.
card-already-resolved = { $reference } est déjà résolu.
card-not-claimed = Personne n'a pris en charge { $reference }.
card-not-yours = { $reference } est pris en charge par { $name } : seule cette personne ou la coordination peut faire cela.
card-queue = Cas ouverts, les plus urgents d'abord :
card-queue-empty = Aucun cas ouvert pour le moment.
card-queue-nobody = personne pour l'instant
card-forgotten = 🗑 { $reference } : la personne a demandé la suppression de toutes ses données. Le dossier et sa conversation sont effacés ; plus rien ne peut lui parvenir.
card-indicators = Relevé dans ses messages : { $list }{ $more ->
    [0] {""}
   *[other] {" "}(+{ $more })
}
