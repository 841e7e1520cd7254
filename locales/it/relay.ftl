### La conversazione tra una persona e il volontario che ha preso in carico la sua segnalazione.
## Quello che legge la persona (nella sua lingua)

relay-from-volunteer = 👤 { $name } del nostro gruppo di volontari:
relay-from-volunteer-anonymous = 👤 Uno dei nostri volontari:
relay-waiting = La tua segnalazione { $reference } è nelle mani dei nostri volontari. In questo momento { $minutes ->
    [one] ci vuole circa un minuto
   *[other] ci vogliono circa { $minutes } minuti
} perché un volontario prenda in carico una segnalazione. Ho già inoltrato il tuo messaggio.
relay-waiting-unknown = La tua segnalazione { $reference } è nelle mani dei nostri volontari: uno di loro ti scriverà qui appena possibile. Ho già inoltrato il tuo messaggio.
relay-meanwhile = Mentre aspetti, puoi: conservare tutti i messaggi e gli screenshot; non pagare e non rispondere a chi ti minaccia; cambiare le tue password da un dispositivo di cui ti fidi; chiamare subito la tua banca se ti hanno preso dei soldi. Con /status vedi a che punto è la tua segnalazione.
relay-passed-on = Ho inoltrato il tuo messaggio ai volontari.
feedback-ask = Come valuti il nostro aiuto per la segnalazione { $reference }? Premi da 1 a 5 stelle (5 è il voto migliore), oppure scrivi un numero.
feedback-comment-ask = Grazie. Vuoi dirci qualcos'altro? Scrivilo qui, oppure premi «Salta».
feedback-skip = Salta
feedback-thanks = Grazie. Quello che ci dici ci aiuta ad aiutare meglio la prossima persona.
reopen-ask = Si tratta della tua segnalazione { $reference }?
reopen-same = Sì, lo stesso problema
reopen-new = No, è una cosa nuova
reopen-done = La tua segnalazione { $reference } è di nuovo aperta, e il tuo messaggio è arrivato ai volontari.

## Quello che leggono i volontari (VOLUNTEER_LOCALE)

relay-victim-says = 💬 { $reference } · la persona:
relay-volunteer-said = ↪️ { $reference } · { $name } alla persona:
relay-reply-hint = Rispondi a questo messaggio per scrivere alla persona, oppure scrivi /reply seguito dal riferimento del caso e dal tuo testo.
relay-file-refused = file troppo grande, non conservato
relay-victim-unreachable = ⚠️ { $reference }: la persona ha bloccato il bot, quindi non le arriva più niente. Quello che hai scritto resta nel caso come nota.
relay-not-volunteer = Solo i volontari registrati possono scrivere alla persona tramite il bot: quello che scrivi qui non le viene inoltrato. Se sei uno di loro, chiedi un codice di invito a un coordinatore e invialo qui così: /link CODICE.
relay-reply-empty = Scrivi il tuo testo dopo il riferimento, per esempio: /reply { $reference } Ciao, sono qui per aiutarti.
card-victim-blocked = ⚠️ La persona ha bloccato il bot: non le arriva niente.
card-remind = ⏰ { $reference }: nessuno scrive alla persona da { $minutes } min. Ci stai ancora lavorando? Premi il pulsante o scrivile; altrimenti il caso torna ai volontari tra { $minutes } min.
card-keep = Ci sto lavorando
card-kept = Grazie: { $reference } resta a te.
card-unclaimed-silent = { $reference } è tornato ai volontari: { $name } non ha risposto al promemoria.
card-transferred = { $reference } è passato da { $from } a { $to }.
card-no-volunteer = Non c'è nessun volontario di nome «{ $name }». Scrivi /transfer e un nome dalla lista dei volontari (/oncall mostra chi è di turno).
card-reopened = 🔁 { $reference } è stato riaperto dalla persona.
history-title = Conversazione di { $reference } ({ $lines ->
    [one] { $lines } riga
   *[other] { $lines } righe
}):
history-victim = persona
history-note = nota interna
history-empty = (non è stato ancora detto niente)
