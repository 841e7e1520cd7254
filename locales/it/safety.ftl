### Safety: what a person in danger reads first, and why a case is urgent (shown to volunteers).
### Used by bot/triage.py; the reason ids are the rules of flows/triage.yaml.

# Shown at once when a message speaks of ending one's life, of self-harm or of danger right now.
# $numbers: the emergency numbers for the person's country, one `safety-numbers-line` per line.
safety-message = La tua sicurezza viene prima di tutto. Se sei in pericolo in questo momento, o stai pensando di toglierti la vita, chiama:
    { $numbers }
    Se questi numeri non funzionano dove ti trovi, chiama il numero di emergenza locale. Non sei solo in questo: avviso subito i nostri volontari, e puoi continuare a scrivermi.

# One line of $numbers. $kind: emergency, police, ambulance, crisis (a line to talk to someone), mobile
# (a number that works from most mobile phones: shown when we do not know the person's country).
safety-numbers-line = { $kind ->
        [police] Polizia
        [ambulance] Ambulanza
        [crisis] Per parlare con qualcuno
        [mobile] Emergenze, da un cellulare
       *[emergency] Emergenze
    }: { $number }

## Why a case is urgent: shown to volunteers on the case card (in VOLUNTEER_LOCALE)
triage-reason-crisis_self_harm = Ha parlato di suicidio o di farsi del male
triage-reason-crisis_danger = In pericolo fisico in questo momento
triage-reason-sextortion = Ricatto con immagini intime
triage-reason-critical_service = Colpito un ospedale, una clinica o una casa rifugio
triage-reason-human_requested = Ha chiesto di parlare con una persona
triage-reason-ongoing = L'attacco è ancora in corso
triage-reason-money_leaving = Potrebbero uscire soldi proprio ora
triage-reason-deadline = Ricatto con una scadenza
triage-reason-minor = È coinvolta una persona minorenne
triage-reason-physical_threat = Minacce alla sua incolumità fisica
triage-reason-organisation = Colpita un'organizzazione (ONG, scuola, redazione)
triage-reason-extortion = Estorsione
triage-reason-ransomware = Ransomware
triage-reason-paid = Ha già pagato
