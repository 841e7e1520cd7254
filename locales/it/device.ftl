### A device lost, stolen or seized.

device-device_event = Mi dispiace. Che cosa è successo al dispositivo?
device-device_event-lost = L'ho perso
device-device_event-stolen = Me l'hanno rubato
device-device_event-seized = Sequestrato da polizia o autorità
device-device_type = Che tipo di dispositivo è?
device-device_type-phone = Un telefono
device-device_type-laptop = Un portatile o un computer
device-device_type-tablet = Un tablet
device-device_type-other = Altro
device-screen_lock = Era bloccato con un PIN, una password, l'impronta digitale o il riconoscimento del volto?
device-screen_lock-yes = Sì
device-screen_lock-no = No
device-screen_lock-unsure = Non lo so
device-first_aid =
    Grazie. Mentre aspetti un volontario, ecco cosa aiuta di più:
    1. Da un altro dispositivo di cui ti fidi, cambia la password della tua email e dei tuoi account più importanti, e scollega da lì il dispositivo perso.
    2. Usa «Trova il mio dispositivo» (Android) o «Dov'è» (Apple) per bloccare il dispositivo, o per cancellarlo se non lo riavrai.
    3. Se era un telefono, chiama il tuo operatore telefonico per bloccare la SIM, così nessuno riceve i tuoi codici via SMS.
    4. Avvisa i tuoi contatti che i messaggi da questo dispositivo potrebbero non essere tuoi.
    5. Se è stato rubato, fai denuncia alla polizia. Il numero IMEI, che trovi sulla scatola o sullo scontrino, aiuta.
device-first_aid_seized =
    Grazie. Può fare paura. Mentre aspetti un volontario:
    1. Per favore, non provare a cancellare il dispositivo prima di parlare con un avvocato: potrebbe crearti problemi legali.
    2. Da un altro dispositivo di cui ti fidi, scollegalo dai tuoi account (email, WhatsApp, Signal, Telegram, social) e cambia le password.
    3. Avvisa le persone tra i tuoi contatti che potrebbero essere in pericolo.
    4. Scrivi quando, dove e chi l'ha preso, e conserva ogni documento che ti hanno dato.

## Short names of the questions (the summary, the list of answers to change)
device-device_event-label = Cosa è successo al dispositivo
device-device_type-label = Tipo di dispositivo
device-screen_lock-label = Bloccato con PIN o password

## Words a person may type instead of pressing a button, comma separated
device-device_event-lost-words = perso, l'ho perso, ho perso il telefono, smarrito, non lo trovo, non lo trovo più
device-device_event-stolen-words = rubato, me l'hanno rubato, furto, qualcuno l'ha rubato, mi hanno derubato, scippo
device-device_event-seized-words = sequestrato, polizia, confiscato, l'ha preso la polizia, autorità, frontiera, dogana, preso dalla polizia
device-device_type-phone-words = telefono, il mio telefono, cellulare, smartphone, iphone, android, telefonino
device-device_type-laptop-words = portatile, computer, il mio portatile, il mio computer, pc, macbook, notebook
device-device_type-tablet-words = tablet, ipad
device-device_type-other-words = altro, altra cosa
device-screen_lock-yes-words = era bloccato, pin, password, impronta, impronta digitale, face id, sì era bloccato, codice
device-screen_lock-no-words = non era bloccato, nessun pin, senza pin, nessuna password, senza password
device-screen_lock-unsure-words = non lo so, non so, non sono sicuro, non sono sicura, forse, boh
