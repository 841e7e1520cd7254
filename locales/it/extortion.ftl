### Dettagli di un ricatto o di una sextortion (ricatto sessuale).

extortion-threat = Mi dispiace che ti stia succedendo. Non è colpa tua. Che cosa minaccia di fare questa persona?
extortion-threat-intimate_images = Diffondere foto o video intimi
extortion-threat-personal_data = Pubblicare i miei dati personali
extortion-threat-other = Altro
extortion-demand = Cosa ti chiedono? Se sono soldi, scrivi la cifra e la valuta, per esempio «500 euro». Se non ti chiedono niente, premi «Salta».
extortion-paid = Hai già pagato qualcosa?
extortion-paid-yes = Sì
extortion-paid-no = No
extortion-safety_note = Importante: per ora non pagare altro e non rispondere a questa persona. Di solito pagare non fa smettere le minacce. Conserva i messaggi: sono prove.

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = La minaccia
extortion-demand-label = Cosa chiedono
extortion-paid-label = Già pagato

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = foto, video, immagini, foto intime, video intimi, le mie foto
extortion-threat-personal_data-words = dati, i miei dati, dati personali, indirizzo, il mio indirizzo
extortion-threat-other-words = altro, altra cosa
extortion-paid-yes-words = pagato, ho pagato, sì ho pagato
extortion-paid-no-words = niente, nulla, non ho pagato, non ancora, ancora no
