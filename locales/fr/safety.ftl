### Safety: what a person in danger reads first, and why a case is urgent (shown to volunteers).
### Used by bot/triage.py; the reason ids are the rules of flows/triage.yaml.

# Shown at once when a message speaks of ending one's life, of self-harm or of danger right now.
# $numbers: the emergency numbers for the person's country, one `safety-numbers-line` per line.
safety-message = Votre sécurité passe avant tout. Si vous êtes en danger en ce moment, ou si vous pensez à mettre fin à vos jours, appelez :
    { $numbers }
    Si ces numéros ne fonctionnent pas là où vous êtes, appelez le numéro d'urgence local. Vous n'êtes pas seul face à cela : je préviens nos bénévoles tout de suite, et vous pouvez continuer à m'écrire.

# One line of $numbers. $kind: emergency, police, ambulance, crisis (a line to talk to someone), mobile
# (a number that works from most mobile phones: shown when we do not know the person's country).
safety-numbers-line = { $kind ->
        [police] Police
        [ambulance] SAMU / ambulance
        [crisis] Pour parler à quelqu'un
        [mobile] Urgences, depuis un téléphone portable
       *[emergency] Urgences
    } : { $number }

## Why a case is urgent: shown to volunteers on the case card (in VOLUNTEER_LOCALE)
triage-reason-crisis_self_harm = A parlé de suicide ou de se faire du mal
triage-reason-crisis_danger = En danger physique en ce moment
triage-reason-sextortion = Chantage avec des images intimes
triage-reason-critical_service = Un hôpital, une clinique ou un foyer est touché
triage-reason-human_requested = A demandé à parler à une personne
triage-reason-ongoing = L'attaque est toujours en cours
triage-reason-money_leaving = De l'argent part peut-être en ce moment
triage-reason-deadline = Chantage avec un délai
triage-reason-minor = Une personne mineure est concernée
triage-reason-physical_threat = Menaces contre sa sécurité physique
triage-reason-organisation = Une organisation est touchée (ONG, école, rédaction)
triage-reason-extortion = Extorsion
triage-reason-ransomware = Rançongiciel
triage-reason-paid = A déjà payé
