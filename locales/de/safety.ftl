### Safety: what a person in danger reads first, and why a case is urgent (shown to volunteers).
### Used by bot/triage.py; the reason ids are the rules of flows/triage.yaml.

# Shown at once when a message speaks of ending one's life, of self-harm or of danger right now.
# $numbers: the emergency numbers for the person's country, one `safety-numbers-line` per line.
safety-message = Ihre Sicherheit geht vor. Wenn Sie gerade in Gefahr sind oder daran denken, sich das Leben zu nehmen, rufen Sie bitte an:
    { $numbers }
    Falls diese Nummern dort, wo Sie sind, nicht funktionieren, rufen Sie den örtlichen Notruf an. Sie sind damit nicht allein: Ich gebe unserem Team sofort Bescheid, und Sie können mir weiter schreiben.

# One line of $numbers. $kind: emergency, police, ambulance, crisis (a line to talk to someone), mobile
# (a number that works from most mobile phones: shown when we do not know the person's country).
safety-numbers-line = { $kind ->
        [police] Polizei
        [ambulance] Rettungsdienst
        [crisis] Jemand zum Reden
        [mobile] Notruf, vom Handy aus
       *[emergency] Notruf
    }: { $number }

## Why a case is urgent: shown to volunteers on the case card (in VOLUNTEER_LOCALE)
triage-reason-crisis_self_harm = Hat von Suizid oder Selbstverletzung geschrieben
triage-reason-crisis_danger = Gerade in körperlicher Gefahr
triage-reason-sextortion = Erpressung mit intimen Bildern
triage-reason-critical_service = Ein Krankenhaus, eine Praxis oder ein Frauenhaus ist betroffen
triage-reason-human_requested = Möchte mit einem Menschen sprechen
triage-reason-ongoing = Der Angriff läuft noch
triage-reason-money_leaving = Gerade fließt womöglich Geld ab
triage-reason-deadline = Erpressung mit Frist
triage-reason-minor = Eine minderjährige Person ist betroffen
triage-reason-physical_threat = Drohungen gegen die körperliche Sicherheit
triage-reason-organisation = Eine Organisation ist betroffen (NGO, Schule, Redaktion)
triage-reason-extortion = Erpressung
triage-reason-ransomware = Ransomware
triage-reason-paid = Hat schon gezahlt
