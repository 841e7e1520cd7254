### Parole comuni a tutti i percorsi: comandi, errori, conferme.

## Il motore
invalid-choice = Scegli uno dei pulsanti qui sotto, oppure scrivi il suo numero.
invalid-upload = Manda i tuoi screenshot o file come foto o documenti. Quando hai finito, premi «Fatto».
invalid-empty = Non ho ricevuto nessun testo. Puoi scrivere la tua risposta?
stuck-offer = Sembra che sia difficile rispondere a questa domanda. Non fa niente: puoi saltarla, oppure chiedere l'aiuto di una persona.
back-at-start = Siamo già alla prima domanda.
upload-received = { $count ->
    [one] Ho ricevuto il tuo file e l'ho messo al sicuro. Puoi mandarne altri, oppure premere «Fatto».
   *[other] Ho ricevuto { $count } file e li ho messi al sicuro. Puoi mandarne altri, oppure premere «Fatto».
}
choice-skip = Salta
choice-human = Parla con una persona
choice-upload-done = Fatto
# under “Did you mean …?”, when part of an answer was guessed (a phone number's country code)
choice-yes = Sì
choice-no = No
# a phone number written without its country code, read with the person's region: asked before it is kept
guess-phone = Con il prefisso internazionale è { $answer }. È il tuo numero?
guess-phone-retry = Va bene. Scrivi di nuovo il numero iniziando dal prefisso internazionale, per esempio +39 312 345 6789.
value-not-given = non indicato
value-skipped = domanda saltata
value-files = { $count ->
    [0] nessuno
    [one] 1 file
   *[other] { $count } file
}
value-yes = sì
value-no = no
value-unknown = non noto

## Comandi
command-start = Inizia o riprendi
command-help = Cosa posso fare
command-back = Torna alla domanda precedente
command-restart = Ricomincia da capo
command-cancel = Interrompi la conversazione
command-language = Cambia lingua
command-status = Vedi la tua segnalazione
command-report = Ricevi un riepilogo della tua segnalazione (messaggio e PDF)
command-forget = Cancella i tuoi dati
command-human = Parla con una persona
# Messaggi interi che valgono come comando, separati da virgole (quasi nessuno scrive la barra).
command-words-start = inizia, iniziare, comincia, avvia
command-words-help = aiuto, aiutami, menu
command-words-back = indietro, torna indietro, domanda precedente
command-words-restart = ricomincia, ricominciare, ricomincia da capo, da capo
command-words-cancel = annulla, annullare, interrompi, esci
command-words-language = lingua, cambia lingua
command-words-status = stato, la mia segnalazione, a che punto è, a che punto siamo
command-words-report = riepilogo, il mio riepilogo, resoconto, pdf
command-words-forget = dimentica, dimenticami, cancella i miei dati, elimina i miei dati
command-words-human = operatore, umano, parlare con qualcuno, parlare con una persona, una persona vera, persona reale

welcome-back = Eccoti di nuovo! Riprendiamo da dove eravamo rimasti.
report-button = 📄 Ricevi il riepilogo della mia segnalazione
help = Ti aiuto a raccontare cosa è successo, così un volontario potrà aiutarti. Puoi scrivere in qualsiasi momento:
# one line per command under `help`, for every command there is
help-line = { $command } – { $description }
restarted = Va bene, ricominciamo dall'inizio.
cancelled = { $cases ->
    [0] Va bene, mi fermo qui. Non è stato inviato niente. Puoi scrivere /start quando vuoi.
   *[other] Va bene, mi fermo qui. La tua segnalazione { $reference } resta nelle mani dei nostri volontari. Puoi scrivere /start quando vuoi.
}
nothing-to-go-back = Non c'è una domanda precedente. Scrivi /start per iniziare.
after-finish = { $cases ->
    [0] La nostra conversazione è finita. Scrivi /start per iniziarne una nuova.
   *[other] La tua segnalazione { $reference } è nelle mani dei nostri volontari. Scrivi /status per sapere a che punto è, oppure /start per segnalare qualcos'altro.
}
language-pick = Quale lingua preferisci?
language-set = Va bene. Da ora ti scrivo in questa lingua: { $language }.
language-unchanged = Continuo a scriverti in questa lingua: { $language }.
status-none = Non hai ancora nessuna segnalazione da noi.
status-case = La tua segnalazione { $reference }: { case-status }.
case-status = { $status ->
    [new] ricevuta, in attesa di un volontario
    [escalated] passata ai nostri volontari di turno
    [claimed] un volontario se ne sta occupando
    [resolved] risolta
   *[closed] chiusa
}
forget-confirm = Vuoi che cancelli tutto quello che mi hai detto, comprese le tue segnalazioni e i tuoi file? Non si potrà tornare indietro.
forget-yes = Sì, cancella tutto
forget-no = No, non cancellare
forget-done = Tutto quello che mi hai detto è stato cancellato. Se avrai di nuovo bisogno di aiuto, scrivimi. Abbi cura di te.
forget-kept = Va bene, non ho cancellato niente.
cancel-confirm = Vuoi fermarti qui? Quello che mi hai detto finora non verrebbe inviato a un volontario.
cancel-yes = Sì, fermati
cancel-no = No, continua
cancel-kept = D'accordo, continuiamo.
cancel-unclear = Scusa, non ho capito la tua risposta. Non è stato interrotto nulla.
human-requested = Ho chiesto a un volontario di contattarti per la tua segnalazione { $reference }. Se te la senti, nel frattempo continua a rispondere alle mie domande: gli sarà utile.
human-after-consent = Chiederò a un volontario di parlare con te. Prima ho bisogno del tuo consenso per conservare quello che mi scrivi, così potrà leggerlo:
early-kept = Grazie per avermelo detto. Ho conservato quello che hai scritto: farà parte della tua segnalazione appena sarai d'accordo.
early-story-used = Ho preso quello che hai scritto all'inizio come il tuo racconto di cosa è successo. Puoi cambiarlo nel riepilogo.
case-taken = Un volontario ha preso in carico la tua segnalazione { $reference }. Ti scriverà qui a breve.
case-resolved = La tua segnalazione { $reference } è segnata come risolta. Se hai bisogno di altro aiuto, scrivi pure qui.
case-nobody-yet = Mi dispiace: nessun volontario ha ancora potuto prendere in carico la tua segnalazione { $reference }. Resta in cima alla nostra lista e qualcuno ti scriverà qui. Nel frattempo: conserva tutti i messaggi e gli screenshot, non pagare nessuno e cambia le tue password da un dispositivo di cui ti fidi. Se sei in pericolo, chiama il numero di emergenza (112 in Europa, 911 in Nord America).
file-kept = Grazie, ho messo il tuo file al sicuro insieme alla tua segnalazione.
file-too-large = Questo file è troppo grande per me (il limite è { $limit_mb } MB). Puoi mandare un file più piccolo o uno screenshot?
message-unsupported = Posso leggere solo testo, foto e file. Puoi scrivere la tua risposta?
command-unknown = Non conosco questo comando. Scrivi /help per vedere cosa posso fare.
language-detected = Ti rispondo in questa lingua: { $language }. Se preferisci un'altra lingua, premi il pulsante qui sotto.
language-change = Cambia lingua
language-unsupported = Mi dispiace, non so ancora scrivere nella tua lingua. Ti risponderò in inglese, oppure puoi scegliere una di queste lingue:
error-try-again = Scusa, qualcosa non ha funzionato da parte mia con il tuo ultimo messaggio. Puoi inviarlo di nuovo? Se succede ancora, scrivi /human e una persona ti aiuterà.
discord-moved-to-dm = Ti ho mandato un messaggio privato. Continuiamo lì, dove nessun altro può leggere quello che scrivi.
discord-dm-closed = Non posso mandarti messaggi privati. Per parlare in sicurezza, consenti i messaggi diretti: apri il menu di questo server, scegli Impostazioni privacy, attiva i messaggi diretti e poi scrivi di nuovo /help.

## The volunteers' desk
desk-help = Questa è la postazione dei volontari. I casi urgenti compaiono qui, ognuno nel proprio argomento o thread, con una scheda: Prendi, Rilascia, Risolvi. Quando prendi un caso, quello che scrive la persona compare nel thread del caso e nella tua chat privata con il bot; quello che scrivi nel thread (o come risposta nella tua chat privata) arriva alla persona, firmato con il tuo nome. I messaggi degli altri volontari nel thread restano note interne. Comandi: /cases – i casi aperti; /claim, /release, /resolve FD-… – agire su un caso; /reply FD-… testo – rispondere alla persona da qualsiasi chat; /transfer NOME – passare il tuo caso a un altro volontario; /history FD-… – tutta la conversazione; /oncall on|off – la tua disponibilità, /oncall – chi è di turno; /link CODICE – collegare il tuo account con un invito; /help – questo messaggio.

## Typed answers: yes and no in this language, comma separated (a button meaning yes or no accepts
## them, and so does the /forget question). Case and accents do not matter.
words-yes = sì, certo, certamente, esatto, sì grazie, yes
words-no = no, no grazie, per niente
forget-unclear = Scusa, non ho capito la tua risposta. Non è stato cancellato niente.
# after three unreadable answers to a question that cannot be skipped (consent, the summary)
stuck-ask-person = Sembra che sia difficile rispondere a questa domanda. Non fa niente: puoi premere uno dei pulsanti qui sotto, oppure chiedere l'aiuto di una persona.

## Changing one answer from the summary
review-which = Quale risposta vuoi cambiare? Sceglila qui sotto.
choice-review-back = Niente, torna al riepilogo
# one line of the summary, and two lines together (keep the line break)
review-line = • { $question }: { $answer }
review-more =
    { $line }
    { $rest }
