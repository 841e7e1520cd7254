### Safety: what a person in danger reads first, and why a case is urgent (shown to volunteers).
### Used by bot/triage.py; the reason ids are the rules of flows/triage.yaml.

# Shown at once when a message speaks of ending one's life, of self-harm or of danger right now.
# $numbers: the emergency numbers for the person's country, one `safety-numbers-line` per line.
safety-message = Your safety comes first. If you are in danger right now, or you are thinking about ending your life, please call:
    { $numbers }
    If these numbers do not work where you are, call your local emergency number. You are not alone: I am letting our volunteers know right away, and you can keep writing to me.

# One line of $numbers. $kind: emergency, police, ambulance, crisis (a line to talk to someone), mobile
# (a number that works from most mobile phones: shown when we do not know the person's country).
safety-numbers-line = { $kind ->
        [police] Police
        [ambulance] Ambulance
        [crisis] Someone to talk to
        [mobile] Emergency, from a mobile phone
       *[emergency] Emergency
    }: { $number }

## Why a case is urgent: shown to volunteers on the case card (in VOLUNTEER_LOCALE)
triage-reason-crisis_self_harm = Wrote about suicide or self-harm
triage-reason-crisis_danger = In physical danger right now
triage-reason-sextortion = Intimate images used for blackmail
triage-reason-critical_service = A hospital, clinic or shelter is hit
triage-reason-human_requested = Asked for a person
triage-reason-ongoing = The attack is still going on
triage-reason-money_leaving = Money may be leaving right now
triage-reason-deadline = Blackmail with a deadline
triage-reason-minor = A minor is involved
triage-reason-physical_threat = Threats to physical safety
triage-reason-organisation = An organisation is hit (NGO, school, newsroom)
triage-reason-extortion = Extortion
triage-reason-ransomware = Ransomware
triage-reason-paid = Has already paid
