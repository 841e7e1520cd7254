### Personal data leaked.

data_leak-leaked_data = Mi dispiace, è una cosa che fa stare in ansia. Che cosa è stato diffuso? Se sono più cose, scegli quella che ti preoccupa di più.
data_leak-leaked_data-passwords = Password
data_leak-leaked_data-bank_details = Dati bancari o della carta
data_leak-leaked_data-id_documents = Documenti d'identità o passaporto
data_leak-leaked_data-address = Il mio indirizzo o numero di telefono
data_leak-leaked_data-private_content = Foto o messaggi privati
data_leak-leaked_data-other = Altro
data_leak-leak_source = Come l'hai scoperto?
data_leak-leak_source-breach = Un'azienda o un servizio mi ha avvisato di una violazione dei dati
data_leak-leak_source-published = Qualcuno li ha pubblicati online
data_leak-leak_source-unsure = Non lo so
data_leak-first_aid =
    Grazie. Mentre aspetti un volontario, ecco cosa fare, in base a cosa è stato diffuso:
    1. Password: cambia la password ovunque la usavi e attiva la verifica in due passaggi.
    2. Dati bancari o della carta: chiama la tua banca per bloccare la carta e controlla i movimenti del conto.
    3. Documenti d'identità: avvisa l'ufficio che li ha rilasciati e fai attenzione a prestiti o conti aperti a tuo nome.
    4. Se è stato pubblicato: fai degli screenshot con l'indirizzo della pagina, poi chiedi al sito o alla piattaforma di toglierlo.
    Attenzione a chiamate o email che parlano della fuga di dati: i truffatori usano i dati rubati per sembrare affidabili.

## Short names of the questions (the summary, the list of answers to change)
data_leak-leaked_data-label = Cosa è stato diffuso
data_leak-leak_source-label = Scoperto tramite

## Words a person may type instead of pressing a button, comma separated
data_leak-leaked_data-passwords-words = password, la mia password, le mie password, login, credenziali
data_leak-leaked_data-bank_details-words = banca, dati bancari, carta, dati della carta, carta di credito, iban, bancomat
data_leak-leaked_data-id_documents-words = documenti, documento, carta d'identità, passaporto, patente, codice fiscale, id
data_leak-leaked_data-address-words = indirizzo, il mio indirizzo, indirizzo di casa, numero di telefono, il mio numero, telefono
data_leak-leaked_data-private_content-words = foto, foto private, messaggi, messaggi privati, immagini, chat
data_leak-leaked_data-other-words = altro, altra cosa
data_leak-leak_source-breach-words = violazione, violazione dei dati, data breach, un'azienda mi ha avvisato, mi è arrivata un'email, mi hanno avvisato, notifica
data_leak-leak_source-published-words = pubblicati, pubblicato, online, su internet, qualcuno li ha pubblicati, è online, sono online
data_leak-leak_source-unsure-words = non lo so, non so, non sono sicuro, non sono sicura, forse, boh
