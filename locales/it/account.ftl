### An account taken over: which one, what the attacker can do, how to get it back.

account-service = Mi dispiace che ti sia successo. Quale account ti hanno preso?
account-service-email = Email (Gmail, Outlook…)
account-service-facebook = Facebook
account-service-instagram = Instagram
account-service-whatsapp = WhatsApp
account-service-tiktok = TikTok
account-service-x = X (Twitter)
account-service-telegram = Telegram
account-service-bank = Home banking
account-service-other = Un altro account
account-locked_out = Hai perso l'accesso a questo account, cioè non riesci più a entrare?
account-locked_out-yes = Non riesco più a entrare
account-locked_out-no = Riesco ancora a entrare
account-contacts_messaged = I tuoi amici o contatti ricevono messaggi strani da questo account, per esempio richieste di soldi o di un codice?
account-contacts_messaged-yes = Sì
account-contacts_messaged-no = No
account-contacts_messaged-unsure = Non lo so
account-two_factor = Era attiva la verifica in due passaggi? È un codice via SMS o con un'app, chiesto ogni volta che entri da un nuovo dispositivo.
account-two_factor-yes = Sì
account-two_factor-no = No
account-two_factor-unsure = Non lo so
account-recovery_changed = L'email o il numero di telefono di recupero dell'account sono stati cambiati?
account-recovery_changed-yes = Sì, li hanno cambiati
account-recovery_changed-no = No, sono ancora i miei
account-recovery_changed-unsure = Non lo so
account-first_aid =
    Grazie. Mentre aspetti un volontario, ecco cosa aiuta di più:
    1. Usa un telefono o un computer di cui ti fidi. Vai direttamente alla pagina ufficiale del servizio per «account hackerato» o «password dimenticata», non da un link che qualcuno ti ha mandato.
    2. Quando riesci a entrare: scegli una nuova password che non usi da nessun'altra parte, attiva la verifica in due passaggi ed esci da tutte le altre sessioni.
    3. Controlla l'email e il numero di telefono di recupero, e togli tutto quello che non riconosci.
    4. Avvisa i tuoi contatti in un altro modo (una chiamata, un'altra app): non devono rispondere ai messaggi di questo account che chiedono soldi o codici.
    5. Se usavi la stessa password altrove, cambiala anche lì.

## Short names of the questions (the summary, the list of answers to change)
account-service-label = Account
account-locked_out-label = Accesso perso
account-contacts_messaged-label = Messaggi strani ai contatti
account-two_factor-label = Verifica in due passaggi
account-recovery_changed-label = Dati di recupero cambiati

## Words a person may type instead of pressing a button, comma separated
account-service-email-words = email, e-mail, mail, posta, gmail, outlook, hotmail, yahoo, libero, la mia email, la mia mail, google, microsoft, icloud
account-service-facebook-words = fb, account facebook, il mio facebook, messenger
account-service-instagram-words = insta, ig, account instagram, il mio instagram
account-service-whatsapp-words = account whatsapp, il mio whatsapp, whats app
account-service-tiktok-words = tik tok, il mio tiktok
account-service-x-words = twitter, x, il mio twitter, account x
account-service-telegram-words = il mio telegram, account telegram
account-service-bank-words = banca, home banking, conto, conto corrente, il mio conto, la mia banca, conto in banca
account-service-other-words = altro, un altro, un altro account, altra cosa
account-locked_out-yes-words = non riesco a entrare, non riesco ad accedere, non posso entrare, bloccato, bloccata, sono bloccato, sono bloccata, ho perso l'accesso, niente accesso, mi hanno cambiato la password
account-locked_out-no-words = riesco a entrare, riesco ancora a entrare, riesco ad accedere, ho ancora accesso, posso ancora entrare
account-contacts_messaged-yes-words = li ricevono, sì li ricevono, i miei amici hanno ricevuto messaggi, i miei contatti hanno ricevuto messaggi, gli amici hanno ricevuto messaggi
account-contacts_messaged-no-words = non che io sappia, nessuno me l'ha detto
account-contacts_messaged-unsure-words = non lo so, non so, non sono sicuro, non sono sicura, forse, boh
account-two_factor-yes-words = era attiva, sì era attiva, 2fa, l'avevo attivata
account-two_factor-no-words = non era attiva, era disattivata, non l'avevo attivata
account-two_factor-unsure-words = non lo so, non so, non sono sicuro, non sono sicura, forse, boh, cos'è, che cos'è
account-recovery_changed-yes-words = li hanno cambiati, l'hanno cambiato, cambiati, cambiato, cambiata
account-recovery_changed-no-words = non cambiati, non è cambiato, sono ancora i miei, ancora i miei
account-recovery_changed-unsure-words = non lo so, non so, non sono sicuro, non sono sicura, forse, boh, non posso controllare, non riesco a controllare
