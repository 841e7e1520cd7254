### Il percorso di accoglienza: primo contatto con una persona attaccata, truffata o minacciata online.

intake-greeting = Ciao. Questo è uno sportello di aiuto gratuito per chi ha subito un attacco informatico, una truffa o minacce online. Hai fatto bene a scriverci: siamo qui per te. Ti farò qualche breve domanda, così un volontario potrà aiutarti.
intake-consent = Prima di iniziare: quello che mi scrivi viene conservato in modo sicuro e lo vedono solo i nostri volontari, per aiutarti. Puoi chiedermi di cancellare tutto in qualsiasi momento scrivendo /forget. Per te va bene?
intake-consent-agree = Sì, continua
intake-consent-decline = No, non ora
intake-declined = Va bene così. Non è stato salvato niente. Se cambi idea, scrivi /start. Abbi cura di te.
intake-category = Cosa è successo? Scegli l'opzione più adatta. Se hai dubbi, scegli «Altro».
intake-category-hacked_account = Mi hanno hackerato un account
intake-category-ransomware = File bloccati, chiesto un riscatto
intake-category-extortion = Qualcuno mi minaccia o mi ricatta
intake-category-scam = Mi hanno truffato o ho perso soldi
intake-category-harassment = Mi molestano online
intake-category-other = Altro
intake-story = Racconta con parole tue cosa è successo. Scrivi quanto vuoi, poco o tanto. Non ci sono risposte sbagliate.
intake-when = Quando è successo, o quando è iniziato? Puoi scrivere per esempio «ieri», «lunedì scorso» o «3 maggio». Se non lo sai, scrivi «non lo so».
intake-ongoing = Sta succedendo ancora adesso?
intake-ongoing-yes = Sì, sta ancora succedendo
intake-ongoing-no = No, è finito tutto
intake-ongoing-unsure = Non lo so
intake-evidence = Se hai screenshot, messaggi o file su quello che è successo, puoi mandarli adesso. Per ora non cancellare niente: può essere utile. Quando hai finito, premi «Fatto». Se non hai niente, premi «Salta».
intake-contact_pref = Come preferisci che un volontario ti contatti?
intake-contact_pref-here = Qui, in questa chat
intake-contact_pref-email = Via email
intake-contact_pref-phone = Per telefono
intake-email = Quale indirizzo email usiamo? Se pensi che qualcun altro possa leggere la tua email, scrivi un altro indirizzo o premi «Salta».
intake-phone = Quale numero di telefono usiamo? Scrivi anche il prefisso internazionale, per esempio +41 79 123 45 67.
intake-summary =
    Ecco cosa ho capito:
    • Cosa è successo: { $category }
    • Quando: { $when }
    • Ancora in corso: { $ongoing }
    • File inviati: { $evidence }
    • Contatto: { $contact_pref }
    • Il tuo racconto: { $story }

    È tutto giusto? Se confermi, lo passo a un volontario.
intake-summary-confirm = Sì, invia
intake-summary-edit = No, modifica le risposte
intake-submitted = Grazie. La tua segnalazione è registrata con il codice { $reference }. Conserva questo codice. Un volontario la leggerà e ti contatterà il prima possibile. Nel frattempo: non pagare, non cancellare i messaggi e, se ti senti in pericolo, chiama il numero di emergenza del tuo paese. Puoi scrivere /status in qualsiasi momento.
