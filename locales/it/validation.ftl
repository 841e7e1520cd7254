### Cosa dire quando una risposta non si riesce a leggere. Un messaggio per ogni errore di bot/engine/validators.py.
### Ognuno dice con gentilezza cosa ci si aspetta, con un esempio; senza mai dare la colpa alla persona.

## Testo libero
invalid-text-too-short = Puoi raccontarmi qualcosa in più? Scrivi almeno { $min } caratteri, per esempio «Mi ha chiamato qualcuno fingendo di essere la mia banca.»
invalid-text-too-long = Grazie per tutti questi dettagli. Questa risposta è troppo lunga per me: usa al massimo { $max } caratteri e scrivi solo le cose più importanti, come cosa è successo e quando.

## Sì o no
invalid-yes-no = Non ho capito se vuol dire sì o no. Rispondi «sì» o «no».

## Numeri
invalid-number = Non riesco a leggerlo come numero. Scrivi solo il numero, per esempio «3» o «1,5».
invalid-number-integer = Scrivi un numero intero, senza decimali, per esempio «3».
invalid-number-range = Scrivi un numero tra { $min } e { $max }, per esempio «{ $min }».
invalid-number-too-small = Scrivi un numero di almeno { $min }, per esempio «{ $min }».
invalid-number-too-large = Scrivi un numero non più grande di { $max }, per esempio «{ $max }».

## Soldi
invalid-money = Non riesco a leggere questa cifra. Scrivi un solo importo con la valuta, per esempio «500 euro», «200 USD» o «0,5 BTC».
invalid-money-currency = In che valuta? Scrivi l'importo con la valuta, per esempio «500 euro», «1000 UAH» o «200 USD».

## Date e orari
invalid-date = Non riesco a leggerla come data. Puoi scrivere per esempio «ieri», «3 maggio» o «03/05/2026». Se hai dubbi, scrivi «non lo so».
invalid-date-incomplete = Puoi dirmi anche il giorno? Per esempio «3 maggio» o «3 giorni fa». Va bene anche un giorno approssimativo.
invalid-date-future = Questa data sembra nel futuro. Dimmi quando è successo, per esempio «ieri» o «3 maggio».
invalid-datetime = Non riesco a leggerla come data e ora. Puoi scrivere per esempio «ieri alle 14:00» o «3 maggio alle 9:30». Se hai dubbi, scrivi «non lo so».
invalid-datetime-no-time = Ti ricordi più o meno che ora era? Per esempio «ieri alle 14:00». Se non ricordi l'ora, basta il momento della giornata, come «ieri sera».

## Contatti e link
invalid-email = Questo non sembra un indirizzo email. Scrivilo per intero, per esempio «nome@esempio.it».
invalid-url = Questo non sembra un indirizzo web. Copialo così come lo vedi, per esempio «www.esempio.it» o «https://esempio.it/accesso».
invalid-phone = Non riesco a leggerlo come numero di telefono. Scrivilo con il prefisso internazionale, per esempio «+41 79 123 45 67».

## Testo conservato come prova
upload-text-kept = Conservato come prova: ho messo questo testo al sicuro insieme alla tua segnalazione. Puoi mandare altro, oppure premere «Fatto».
