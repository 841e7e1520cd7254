### Dettagli di un ricatto o di una sextortion (ricatto sessuale).

extortion-threat = Mi dispiace che ti stia succedendo. Non è colpa tua. Che cosa minaccia di fare questa persona?
extortion-threat-intimate_images = Diffondere foto o video intimi
extortion-threat-personal_data = Pubblicare i miei dati personali
extortion-threat-other = Altro
extortion-images = Hanno davvero foto o video? Qualsiasi risposta va bene, e non devi dirmi cosa contengono.
extortion-images-real = Sì, hanno foto o video veri
extortion-images-fake = Sono falsi o modificati
extortion-images-not_seen = Dicono di averli, ma non ho visto niente
extortion-minor = La persona nelle foto o nei video ha meno di 18 anni?
extortion-minor-yes = Sì, meno di 18 anni
extortion-minor-no = No, 18 anni o più
extortion-demand = Cosa ti chiedono? Se sono soldi, scrivi la cifra e la valuta, per esempio «500 euro». Se non ti chiedono niente, premi «Salta».
extortion-paid = Hai già pagato qualcosa?
extortion-paid-yes = Sì
extortion-paid-no = No
extortion-deadline = Ti hanno dato una scadenza?
extortion-deadline-within_day = Sì, entro un giorno
extortion-deadline-later = Sì, più avanti
extortion-deadline-no = Nessuna scadenza
extortion-deadline-unsure = Non lo so
extortion-safety_note =
    Grazie per avermelo detto. Mentre aspetti un volontario:
    1. Per favore, non pagare altro e smetti di rispondere. Di solito pagare non ferma le minacce: chiedono ancora di più.
    2. Conserva tutto: fai degli screenshot dei messaggi, del loro profilo e nome utente, e dei dati di pagamento che ti hanno mandato.
    3. Poi segnala l'account alla piattaforma e bloccalo.
    4. Per ora rendi privati i tuoi account e nascondi la lista dei tuoi amici o follower.
    Non hai fatto niente di sbagliato. Chi ti minaccia sta commettendo un reato.
extortion-safety_note_images =
    Grazie per avermelo detto. Non è colpa tua. Mentre aspetti un volontario:
    1. Per favore, non pagare e smetti di rispondere. Di solito pagare non ferma le minacce: chiedono ancora di più.
    2. Conserva tutto: fai degli screenshot dei messaggi, del loro profilo e nome utente, e dei dati di pagamento che ti hanno mandato. Non mandare altre foto.
    3. StopNCII.org può aiutare a impedire che le tue immagini intime vengano condivise su molte grandi piattaforme. Le immagini non lasciano mai il tuo telefono.
    4. Segnala l'account alla piattaforma, poi bloccalo. Rendi privati i tuoi account e nascondi la lista dei tuoi amici o follower.
    Chi ti minaccia sta commettendo un reato. Non hai fatto niente di sbagliato.
extortion-safety_note_minor =
    Grazie per avermelo detto. Non è colpa tua, e non sei nei guai. Mentre aspetti un volontario:
    1. Per favore, non pagare, non mandare altre foto e smetti di rispondere.
    2. Take It Down (takeitdown.ncmec.org) aiuta a rimuovere o a fermare la condivisione di foto fatte prima dei 18 anni. Le foto non lasciano mai il tuo telefono.
    3. Conserva i messaggi e il loro nome utente: fai degli screenshot. Poi segnala l'account e bloccalo.
    4. Se puoi, parlane con un adulto di cui ti fidi. Quello che stanno facendo è un reato grave, e la polizia può aiutarti.

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = La minaccia
extortion-images-label = Foto o video
extortion-minor-label = Meno di 18 anni
extortion-demand-label = Cosa chiedono
extortion-paid-label = Già pagato
extortion-deadline-label = Scadenza

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = foto, video, immagini, foto intime, video intimi, le mie foto
extortion-threat-personal_data-words = dati, i miei dati, dati personali, indirizzo, il mio indirizzo, informazioni personali, doxxing, pubblicare i miei dati, pubblicare il mio indirizzo, pubblicare i miei dati personali, diffondere i miei dati, diffondere il mio indirizzo
extortion-threat-other-words = altro, altra cosa
extortion-images-real-words = veri, vere, sono veri, sono vere, ce li hanno, ce le hanno, li hanno, le hanno, sì ce li hanno, li ho mandati io, le ho mandate io, gliele ho mandate
extortion-images-fake-words = false, falsi, sono false, sono falsi, modificate, modificati, fotomontaggio, photoshop, ia, deepfake, non sono io
extortion-images-not_seen-words = non ho visto niente, non ho visto nulla, non ne ho visto nessuna, lo dicono solo, dicono così, non viste, non lo so, non so, non sono sicuro, non sono sicura
extortion-minor-yes-words = meno di 18, ho meno di 18 anni, minorenne, sono minorenne, un minore, una minore, bambino, bambina, ragazzino, ragazzina
extortion-minor-no-words = più di 18, 18 o più, maggiorenne, sono maggiorenne, adulto, adulta, sono adulto, sono adulta
extortion-paid-yes-words = pagato, ho pagato, sì ho pagato
extortion-paid-no-words = niente, nulla, non ho pagato, non ancora, ancora no
extortion-deadline-within_day-words = oggi, stasera, domani, entro un giorno, 24 ore, entro 24 ore, tra qualche ora, poche ore, ore, entro stasera, entro domani
extortion-deadline-later-words = più avanti, più tardi, tra qualche giorno, la settimana prossima, giorni, una settimana, sì più avanti, qualche giorno
extortion-deadline-no-words = nessuna scadenza, non c'è una scadenza, non c'è scadenza, nessuna, nessun limite
extortion-deadline-unsure-words = non lo so, non so, non sono sicuro, non sono sicura, forse, boh
