### A website down or attacked (DDoS, defacement).

website-website = È una situazione stressante. Qual è l'indirizzo del sito? Per esempio «example.org». Se preferisci non dirlo, premi «Salta».
website-site_problem = Che problema ha il sito?
website-site_problem-down = Non si apre per niente
website-site_problem-slow = È molto lento
website-site_problem-defaced = Mostra cose che non abbiamo messo noi
website-site_problem-unsure = Non lo so
website-hosting_known = Sai chi ospita il sito, e riesci a contattarlo? È l'azienda o la persona che gestisce il suo server.
website-hosting_known-yes = Sì
website-hosting_known-no = No
website-first_aid =
    Grazie. Mentre aspetti un volontario:
    1. Controlla se il sito non funziona per tutti: prova da un'altra rete, per esempio con i dati mobili del telefono.
    2. Spiega al fornitore di hosting o all'amministratore del sito cosa vedi, e chiedi di conservare i log.
    3. Se qualcuno ha modificato il sito: fai degli screenshot, per ora non cancellare niente, e cambia le password del sito e dell'account di hosting da un dispositivo di cui ti fidi.
    4. Se qualcuno chiede soldi per fermare un attacco: per favore, non pagare. Conserva il suo messaggio.
    Esiste una protezione gratuita contro questi attacchi per le organizzazioni della società civile e i media indipendenti. Un volontario può aiutarti a fare domanda.

## Short names of the questions (the summary, the list of answers to change)
website-website-label = Sito
website-site_problem-label = Problema
website-hosting_known-label = Hosting conosciuto

## Words a person may type instead of pressing a button, comma separated
website-site_problem-down-words = non funziona, offline, non si apre, è giù, irraggiungibile, non carica, down
website-site_problem-slow-words = lento, molto lento, è lento, lentissimo, carica lentamente
website-site_problem-defaced-words = modificato, hackerato, cambiato, qualcuno l'ha cambiato, contenuti strani, mostra cose strane, defacement
website-site_problem-unsure-words = non lo so, non so, non sono sicuro, non sono sicura, forse, boh
website-hosting_known-yes-words = lo so, lo sappiamo, sì lo so, sì lo sappiamo
website-hosting_known-no-words = non lo so, non lo sappiamo, non ne ho idea, non so
