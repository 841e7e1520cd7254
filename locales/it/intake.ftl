### Il percorso di accoglienza: primo contatto con una persona attaccata, truffata o minacciata online.

intake-greeting = Ciao. Questo è uno sportello di aiuto gratuito per chi ha subito un attacco informatico, una truffa o minacce online. Hai fatto bene a scriverci: siamo qui per te. Ti farò qualche breve domanda, così un volontario potrà aiutarti.
intake-consent = Prima di iniziare: quello che mi scrivi viene conservato in modo sicuro e lo vedono solo i nostri volontari, per aiutarti. Puoi chiedermi di cancellare tutto in qualsiasi momento scrivendo /forget. Per te va bene?
intake-consent-agree = Sì, continua
intake-consent-decline = No, non ora
intake-declined = Va bene così. Non è stato salvato niente. Se cambi idea, scrivi /start. Abbi cura di te.
intake-category = Cosa è successo? Scegli l'opzione più adatta. Se hai dubbi, scegli «Altro».
intake-category-hacked_account = Mi hanno hackerato un account
intake-category-phishing = Un messaggio o un link sospetto
intake-category-ransomware = File bloccati o un virus
intake-category-extortion = Qualcuno mi minaccia o mi ricatta
intake-category-scam = Mi hanno truffato o ho perso soldi
intake-category-harassment = Mi molestano, mi perseguitano o fingono di essere me
intake-category-data_leak = I miei dati personali sono stati diffusi
intake-category-device = Un dispositivo perso, rubato o sequestrato
intake-category-ddos = Un sito è fuori uso o sotto attacco
intake-category-other = Altro, o non lo so
intake-recovery_warning = Ancora una cosa, visto che hai perso dei soldi. Nelle prossime settimane qualcuno potrebbe contattarti e offrirti di recuperare i tuoi soldi in cambio di un pagamento. Potrebbe dire di essere un avvocato, la polizia, la tua banca o una società di recupero. Quasi sempre sono di nuovo gli stessi truffatori. Nessuna persona onesta ti chiede di pagare prima per recuperare i tuoi soldi. Se succede, non pagare e avvisaci.
intake-affected = Ancora qualche domanda per il volontario. Chi è colpito da quello che è successo?
intake-affected-me = Io
intake-affected-someone_else = Un'altra persona (un amico, un familiare)
intake-affected-organisation = Un'organizzazione
intake-organisation_type = Che tipo di organizzazione è?
intake-organisation_type-ngo = Un ente non profit o una ONG
intake-organisation_type-hospital = Un ospedale o un servizio sanitario
intake-organisation_type-school = Una scuola o un'università
intake-organisation_type-business = Un'azienda
intake-organisation_type-public_body = Un ente pubblico o un'amministrazione locale
intake-organisation_type-other = Un altro tipo
intake-story = Racconta con parole tue cosa è successo. Scrivi quanto vuoi, poco o tanto. Non ci sono risposte sbagliate.
intake-when = Quando è successo, o quando è iniziato? Puoi scrivere per esempio «ieri», «lunedì scorso» o «3 maggio». Se non lo sai, scrivi «non lo so».
intake-ongoing = Sta succedendo ancora adesso?
intake-ongoing-yes = Sì, sta ancora succedendo
intake-ongoing-no = No, è finito tutto
intake-ongoing-unsure = Non lo so
intake-evidence = Se hai screenshot, messaggi o file su quello che è successo, puoi mandarli adesso. Puoi anche inoltrarmi i messaggi, o incollare qui il loro testo (per un'email, anche le intestazioni). Per ora non cancellare niente: può essere utile. Quando hai finito, premi «Fatto». Se non hai niente, premi «Salta».
intake-contact_pref = Come preferisci che un volontario ti contatti?
intake-contact_pref-here = Qui, in questa chat
intake-contact_pref-email = Via email
intake-contact_pref-phone = Per telefono
intake-email = Quale indirizzo email usiamo? Se pensi che qualcun altro possa leggere la tua email, scrivi un altro indirizzo o premi «Salta».
intake-phone = Quale numero di telefono usiamo? Scrivi anche il prefisso internazionale, per esempio +41 79 123 45 67.
intake-contact_here = Nessun problema: un volontario ti risponderà qui, in questa chat.
intake-summary =
    Ecco cosa ho capito:
    { $summary }

    È tutto giusto? Se confermi, lo passo a un volontario. Se qualcosa non va, puoi correggerlo.
intake-summary-confirm = Sì, invia
intake-summary-edit = No, correggi una risposta
intake-submitted = Grazie. La tua segnalazione è registrata con il codice { $reference }. Conserva questo codice. Un volontario la leggerà e ti contatterà il prima possibile. Nel frattempo: non pagare, non cancellare i messaggi e, se ti senti in pericolo, chiama il numero di emergenza del tuo paese. Puoi scrivere /status in qualsiasi momento.

## Short names of the questions: the lines of the summary and the list of answers to change
intake-consent-label = Consenso
intake-category-label = Cosa è successo
intake-story-label = Il tuo racconto
intake-affected-label = Chi è colpito
intake-organisation_type-label = Organizzazione
intake-when-label = Quando
intake-ongoing-label = Ancora in corso
intake-evidence-label = File inviati
intake-contact_pref-label = Contatto
intake-email-label = Indirizzo email
intake-phone-label = Numero di telefono

## Words a person may type instead of pressing a button, comma separated (besides the label, its
## number and, for yes / no buttons, words-yes / words-no in common.ftl). Case and accents do not matter.
intake-consent-agree-words = ok, va bene, d'accordo, sono d'accordo, certo, continua, andiamo, avanti, perfetto
intake-consent-decline-words = non ora, no grazie, più tardi, non sono d'accordo
intake-category-hacked_account-words = hackerato, hackerata, hacker, account hackerato, mi hanno hackerato, account
intake-category-ransomware-words = ransomware, riscatto, file bloccati, file criptati, virus, malware, il mio computer ha un virus, ho un virus
intake-category-extortion-words = ricatto, estorsione, minaccia, minacce, mi ricattano, mi minacciano, sextortion
intake-category-scam-words = truffa, truffato, truffata, frode, soldi persi, ho perso soldi
intake-category-harassment-words = molestie, molestato, molestata, cyberbullismo, bullismo, stalking, perseguitato, perseguitata, profilo falso, si spaccia per me, qualcuno finge di essere me, furto d'identità
intake-category-phishing-words = phishing, messaggio sospetto, email sospetta, link sospetto, messaggio strano, link strano, email falsa, sms falso, un link, link
intake-category-data_leak-words = fuga di dati, dati diffusi, dati rubati, i miei dati sono stati diffusi, violazione dei dati, data breach, doxxing
intake-category-device-words = telefono perso, telefono rubato, ho perso il telefono, mi hanno rubato il telefono, cellulare perso, cellulare rubato, portatile rubato, computer rubato, sequestrato, confiscato, dispositivo perso, dispositivo rubato
intake-category-ddos-words = ddos, sito down, sito fuori uso, sito, il nostro sito, il mio sito, sito attaccato, sito bloccato
intake-category-other-words = altro, altra cosa, non lo so, non so, boh, non sono sicuro, non sono sicura
intake-affected-me-words = io, me, solo io, sono io, a me, io stesso, io stessa, proprio io
intake-affected-someone_else-words = un'altra persona, qualcun altro, un amico, un'amica, famiglia, la mia famiglia, mia madre, mio padre, mio figlio, mia figlia, il mio partner, non io, non a me
intake-affected-organisation-words = organizzazione, la nostra organizzazione, azienda, la mia azienda, la nostra azienda, associazione, siamo un'organizzazione
intake-organisation_type-ngo-words = ong, ngo, non profit, no profit, onlus, associazione, fondazione, ente benefico, terzo settore, siamo una ong
intake-organisation_type-hospital-words = ospedale, clinica, sanità, servizio sanitario, ambulatorio, asl, casa di riposo, rsa
intake-organisation_type-school-words = scuola, università, istituto, asilo, liceo
intake-organisation_type-business-words = azienda, impresa, negozio, ditta, piccola impresa, società
intake-organisation_type-public_body-words = ente pubblico, comune, pubblica amministrazione, governo, ministero, regione, provincia, amministrazione locale
intake-organisation_type-other-words = altro, un altro, un altro tipo, altra cosa
intake-ongoing-yes-words = ancora, continua, sta continuando, in corso
intake-ongoing-no-words = finito, è finito, smesso, ha smesso, terminato
intake-ongoing-unsure-words = non so, non lo so, non sono sicuro, non sono sicura, forse, boh
intake-contact_pref-here-words = qui, chat, in chat, in questa chat
intake-contact_pref-email-words = email, e-mail, mail, posta, via mail
intake-contact_pref-phone-words = telefono, chiamata, chiamatemi, per telefono
intake-summary-confirm-words = ok, va bene, giusto, corretto, è giusto, invia, conferma, perfetto
intake-summary-edit-words = modifica, correggi, cambia, sbagliato, non è giusto, non va bene
