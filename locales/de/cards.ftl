### Was Freiwillige am Schreibtisch über einen Fall lesen: Karten, Benachrichtigungen, die Warteschlange (VOLUNTEER_LOCALE).

card-urgency-low = niedrig
card-urgency-medium = mittel
card-urgency-high = hoch
card-urgency-critical = kritisch
card-reasons = Warum: { $reasons }
card-facts = Sprache: { $language } · Kategorie: { $category } · Plattform: { $platform }
card-state-waiting = Wartet seit { $minutes } Min. auf eine freiwillige Person
card-state-claimed = Übernommen von { $name }
card-state-resolved = Erledigt von { $name }
card-claim = Übernehmen
card-release = Freigeben
card-resolve = Erledigen
card-page-channel = { $reference } wartet noch auf eine freiwillige Person ({ $minutes } Min.). Kann jemand übernehmen?
card-page-direct = Der dringende Fall { $reference } (Dringlichkeit: { $urgency }) wartet seit { $minutes } Min. auf eine freiwillige Person. Die Karte dazu ist im Chat der Freiwilligen.
card-not-volunteer = Das können nur registrierte Freiwillige. Bitte die Koordination um eine Einladung und sende dann /link mit deinem Code.
card-no-case = Es gibt keinen offenen Fall { $reference }.
card-taken-by = { $reference } wurde bereits von { $name } übernommen.
card-already-resolved = { $reference } ist bereits erledigt.
card-not-claimed = Niemand hat { $reference } übernommen.
card-not-yours = { $reference } wurde von { $name } übernommen: Das können nur diese Person oder die Koordination tun.
card-queue = Offene Fälle, die dringendsten zuerst:
card-queue-empty = Gerade gibt es keine offenen Fälle.
card-queue-nobody = noch niemand
card-forgotten = 🗑 { $reference }: Die Person hat die Löschung aller ihrer Daten verlangt. Der Fall und sein Gesprächsverlauf sind gelöscht; nichts erreicht sie mehr.
card-indicators = In den Worten der Person gefunden: { $list }{ $more ->
    [0] {""}
   *[other] {" "}(+{ $more })
}
