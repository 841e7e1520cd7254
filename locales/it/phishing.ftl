### A suspicious message or link: what the person did with it, and what to do now.

phishing-clicked = Hai fatto bene a chiedere a noi. Hai cliccato su un link o aperto un file in quel messaggio?
phishing-clicked-yes = Sì
phishing-clicked-no = No
phishing-clicked-unsure = Non lo so
phishing-entered = Nella pagina che si è aperta, hai scritto qualcosa?
phishing-entered-password = Una password
phishing-entered-card = Dati della carta o bancari
phishing-entered-both = Una password e i dati della carta
phishing-entered-nothing = Niente
phishing-entered-unsure = Non lo so
phishing-paid = Hai pagato qualcosa tramite quel messaggio?
phishing-paid-yes = Sì
phishing-paid-no = No
phishing-first_aid =
    Grazie. Può succedere a chiunque: questi messaggi sono fatti per sembrare veri. Ecco cosa aiuta di più adesso:
    1. Se hai dato i dati della carta o bancari, o se hai pagato: chiama subito la tua banca, al numero scritto sulla carta, e chiedi di bloccare la carta.
    2. Se hai scritto una password: cambiala subito da un dispositivo di cui ti fidi, e anche ovunque la usi. Attiva la verifica in due passaggi.
    3. Se hai aperto un file: scollega quel dispositivo da internet e non usarlo per la banca finché non è stato controllato.
    4. Non rispondere e non cliccare di nuovo. Conserva il messaggio (basta uno screenshot), poi segnalalo come phishing o spam.

## Short names of the questions (the summary, the list of answers to change)
phishing-clicked-label = Cliccato o aperto
phishing-entered-label = Dati scritti
phishing-paid-label = Pagato qualcosa

## Words a person may type instead of pressing a button, comma separated
phishing-clicked-yes-words = sì ho cliccato, ho cliccato, l'ho cliccato, ho cliccato il link, cliccato, sì l'ho aperto, l'ho aperto, ho aperto il file, aperto, sì l'ho fatto, l'ho fatto
phishing-clicked-no-words = non ho cliccato, non l'ho cliccato, non cliccato, non l'ho aperto, non ho aperto niente, non l'ho fatto
phishing-clicked-unsure-words = non lo so, non so, non sono sicuro, non sono sicura, forse, boh, credo di sì, penso di sì
phishing-entered-password-words = password, la mia password, ho scritto la password, ho inserito la password, login, credenziali
phishing-entered-card-words = carta, la mia carta, dati della carta, dati bancari, numero della carta, carta di credito, iban, bancomat
phishing-entered-both-words = entrambi, tutte e due, tutti e due, password e carta, carta e password, tutto
phishing-entered-nothing-words = niente, nulla, no, non ho scritto niente, non ho inserito niente, non ho scritto nulla
phishing-entered-unsure-words = non lo so, non so, non sono sicuro, non sono sicura, forse, boh
phishing-paid-yes-words = ho pagato, sì ho pagato, pagato
phishing-paid-no-words = non ho pagato, non pagato, niente, nulla
