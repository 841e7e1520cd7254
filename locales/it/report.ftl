### Il riepilogo di una segnalazione che la persona può consegnare alla polizia o alla sua banca (bot/report.py):
### come messaggio, e come PDF nella sua lingua seguito da una copia in inglese.

## Il PDF
report-title = Riepilogo della segnalazione
report-copy-title = Riepilogo della segnalazione (copia in inglese)
report-intro = Questo riepilogo è stato preparato da un servizio di aiuto per le persone colpite da attacchi informatici, in base a quello che la persona ci ha raccontato. Non è una denuncia alla polizia.
report-copy-follows = Segue lo stesso riepilogo in inglese.
report-generated = Generato il { $generated }
report-page = Pagina { $page } di { $pages }

## Righe e titoli (il PDF e il messaggio)
report-field = { $label }: { $value }
report-utc = { $time } UTC
report-reference = Riferimento
report-status = Stato
report-created = Segnalato il
report-category = Tipo di problema
report-what-happened = Che cosa è successo, con le parole della persona
report-dates = Date
report-amounts = Importi
report-indicators = Elementi che possono aiutare a identificare gli autori dell'attacco
report-indicators-note = I link e gli indirizzi sono scritti in modo che non si possano aprire per errore: «hxxp» sta per «http», «[.]» per un punto, «[@]» per la chiocciola (@) e «[:]» per i due punti.
report-indicator-kind = { $kind ->
    [url] Link
    [domain] Nome di dominio
    [email] Indirizzo email
    [phone] Numero di telefono
    [ipv4] Indirizzo IP
    [ipv6] Indirizzo IP
    [btc_address] Indirizzo Bitcoin
    [eth_address] Indirizzo Ethereum
    [iban] Conto bancario (IBAN)
    [tx_hash] ID della transazione (criptovaluta)
   *[other] { $kind }
}
report-evidence = File inviati dalla persona
report-evidence-none = La persona non ha inviato file.
report-file-size = Dimensione
report-file-received = Ricevuto il
report-bytes = { $size ->
    [one] { $size } byte
   *[other] { $size } byte
}
report-custody = Sui valori SHA-256: ognuno è stato calcolato quando il file è stato ricevuto. Come un'impronta digitale, identifica esattamente il file inviato dalla persona. Chiunque può ricalcolarlo da una copia del file, per verificare che la copia non sia stata modificata.

## Il messaggio
report-message-title = Riepilogo della tua segnalazione { $reference }
report-message-what-happened = Quello che ci hai raccontato
report-message-evidence = I file che hai inviato
report-message-use = Puoi mostrare questo riepilogo alla polizia o alla tua banca.
report-pdf-caption = Il riepilogo della tua segnalazione { $reference } in un file PDF. Puoi stamparlo, oppure inviarlo alla polizia o alla tua banca.
