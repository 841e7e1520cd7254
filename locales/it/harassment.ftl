### Harassment, stalking, doxxing or impersonation: what, who, where, since when, physical danger.

harassment-harassment_type = Mi dispiace che tu stia vivendo questo. Non è colpa tua. Che cosa sta succedendo?
harassment-harassment_type-messages = Messaggi o post offensivi o minacciosi
harassment-harassment_type-stalking = Qualcuno mi segue o mi controlla
harassment-harassment_type-doxxing = Hanno pubblicato i miei dati privati
harassment-harassment_type-impersonation = Qualcuno finge di essere me
harassment-harassment_type-other = Altro
harassment-harasser = Sai chi lo sta facendo?
harassment-harasser-known = Una persona che conosco
harassment-harasser-stranger = Uno sconosciuto
harassment-harasser-unknown = Non so chi sia
harassment-platform = Dove succede soprattutto?
harassment-platform-facebook = Facebook
harassment-platform-instagram = Instagram
harassment-platform-tiktok = TikTok
harassment-platform-x = X (Twitter)
harassment-platform-whatsapp = WhatsApp
harassment-platform-telegram = Telegram
harassment-platform-email = Email
harassment-platform-phone = Chiamate o SMS
harassment-platform-several = In più posti
harassment-platform-other = Altrove
harassment-when = Da quando succede? Puoi scrivere per esempio «dalla settimana scorsa», «due mesi fa» o «3 maggio». Se non lo sai, scrivi «non lo so».
harassment-physical_threat = Qualcuno ha minacciato di farti del male, o pensi di poter essere in pericolo fisico?
harassment-physical_threat-yes = Sì
harassment-physical_threat-no = No
harassment-first_aid_danger =
    Grazie per avermelo detto. La tua sicurezza viene prima di tutto.
    1. Se sei in pericolo adesso, chiama il numero di emergenza del tuo paese.
    2. Racconta a una persona di cui ti fidi cosa sta succedendo e dove ti trovi.
    3. Non incontrare questa persona e non dirle dove sei.
    4. Conserva le minacce: fai degli screenshot con la data e il suo nome utente. Sono importanti per la polizia.
    Un volontario vedrà la tua segnalazione come urgente.
harassment-first_aid =
    Grazie per avermelo detto. Mentre aspetti un volontario:
    1. Conserva le prove prima di bloccare o segnalare: screenshot con la data, il nome utente e il link al profilo o al post.
    2. Segnala il profilo o i post alla piattaforma. Se qualcuno finge di essere te, segnalalo come account falso e chiedi anche ai tuoi amici di segnalarlo.
    3. Non devi rispondere. Blocca questa persona e, per ora, rendi privati i tuoi account.
    4. Controlla chi può vedere la tua posizione, la lista dei tuoi amici e il tuo numero di telefono, e nascondi quello che puoi.

## Short names of the questions (the summary, the list of answers to change)
harassment-harassment_type-label = Cosa succede
harassment-harasser-label = Chi
harassment-platform-label = Dove
harassment-when-label = Da quando
harassment-physical_threat-label = Minaccia fisica

## Words a person may type instead of pressing a button, comma separated
harassment-harassment_type-messages-words = messaggi, minacce, messaggi minacciosi, insulti, offese, odio, post, commenti, bullismo
harassment-harassment_type-stalking-words = stalking, stalker, mi segue, mi seguono, mi controlla, mi spia, qualcuno mi segue, qualcuno mi controlla, pedinato, pedinata
harassment-harassment_type-doxxing-words = doxxing, hanno pubblicato il mio indirizzo, hanno pubblicato i miei dati, hanno pubblicato il mio numero, dati pubblicati
harassment-harassment_type-impersonation-words = profilo falso, account falso, finge di essere me, si spaccia per me, qualcuno si spaccia per me, furto d'identità
harassment-harassment_type-other-words = altro, altra cosa
harassment-harasser-known-words = lo conosco, la conosco, so chi è, il mio ex, la mia ex, ex, il mio partner, mio marito, mia moglie, un collega, una collega, un compagno di classe, una compagna di classe, qualcuno che conosco
harassment-harasser-stranger-words = sconosciuto, sconosciuta, una sconosciuta, non lo conosco, non la conosco, qualcuno che non conosco
harassment-harasser-unknown-words = non lo so, non so, non so chi è, nessuna idea, non ne ho idea, anonimo, boh
harassment-platform-facebook-words = fb, il mio facebook, messenger
harassment-platform-instagram-words = insta, ig, il mio instagram
harassment-platform-tiktok-words = tik tok
harassment-platform-x-words = twitter, x
harassment-platform-whatsapp-words = whats app
harassment-platform-telegram-words = tg
harassment-platform-email-words = email, e-mail, mail, posta
harassment-platform-phone-words = telefono, chiamate, telefonate, sms, messaggini
harassment-platform-several-words = più posti, ovunque, dappertutto, dovunque, tanti posti, tutti
harassment-platform-other-words = altro, altrove, da un'altra parte
harassment-physical_threat-yes-words = mi hanno minacciato, hanno minacciato di farmi del male, sono in pericolo, ho paura, sanno dove abito
harassment-physical_threat-no-words = non fisicamente, nessuna minaccia, non credo
