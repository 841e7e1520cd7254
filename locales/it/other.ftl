### Something else, or the person does not know what it is: their own words first.

other-story = Va bene: non serve sapere come si chiama. Raccontami con parole tue cosa sta succedendo. Scrivi quanto vuoi, poco o tanto. Non ci sono risposte sbagliate.
other-concern = Grazie. Che cosa ti preoccupa di più in questo momento?
other-concern-money = I soldi
other-concern-accounts = I miei account o dispositivi
other-concern-safety = La mia sicurezza o quella di qualcuno
other-concern-privacy = Le mie informazioni private
other-concern-unsure = Non lo so
other-paid = Hai perso soldi o hai pagato qualcuno?
other-paid-yes = Sì
other-paid-no = No
other-first_aid =
    Grazie. Hai fatto bene a scrivere. Mentre aspetti un volontario:
    1. Per favore, non pagare nessuno e non dare codici o password, nemmeno a chi dice di essere della tua banca, della polizia o di un'azienda.
    2. Conserva tutto: screenshot, messaggi, email, ricevute. Per ora non cancellare niente.
    3. Se pensi che qualcuno possa entrare nei tuoi account, cambia le password da un dispositivo di cui ti fidi.

## Short names of the questions (the summary, the list of answers to change)
other-story-label = Il tuo racconto
other-concern-label = Preoccupazione principale
other-paid-label = Soldi persi

## Words a person may type instead of pressing a button, comma separated
other-concern-money-words = soldi, i miei soldi, denaro, pagamento
other-concern-accounts-words = account, i miei account, il mio account, dispositivi, il mio telefono, il mio computer
other-concern-safety-words = sicurezza, la mia sicurezza, ho paura, pericolo, sono in pericolo, mi sento in pericolo
other-concern-privacy-words = privacy, la mia privacy, informazioni private, le mie informazioni, i miei dati, dati, le mie foto
other-concern-unsure-words = non lo so, non so, non sono sicuro, non sono sicura, forse, boh
other-paid-yes-words = ho perso soldi, ho pagato, sì ho pagato, pagato, soldi persi
other-paid-no-words = non ho pagato, non pagato, niente, nulla, nessun soldo
