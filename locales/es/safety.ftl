### Safety: what a person in danger reads first, and why a case is urgent (shown to volunteers).
### Used by bot/triage.py; the reason ids are the rules of flows/triage.yaml.

# Shown at once when a message speaks of ending one's life, of self-harm or of danger right now.
# $numbers: the emergency numbers for the person's country, one `safety-numbers-line` per line.
safety-message = Tu seguridad es lo primero. Si estás en peligro ahora mismo, o estás pensando en quitarte la vida, por favor llama:
    { $numbers }
    Si estos números no funcionan donde estás, llama al número de emergencias local. No estás solo ni sola: aviso ahora mismo a nuestras personas voluntarias, y puedes seguir escribiéndome.

# One line of $numbers. $kind: emergency, police, ambulance, crisis (a line to talk to someone), mobile
# (a number that works from most mobile phones: shown when we do not know the person's country).
safety-numbers-line = { $kind ->
        [police] Policía
        [ambulance] Ambulancia
        [crisis] Para hablar con alguien
        [mobile] Emergencias, desde un celular o móvil
       *[emergency] Emergencias
    }: { $number }

## Why a case is urgent: shown to volunteers on the case card (in VOLUNTEER_LOCALE)
triage-reason-crisis_self_harm = Habló de suicidio o de hacerse daño
triage-reason-crisis_danger = En peligro físico ahora mismo
triage-reason-sextortion = Chantaje con imágenes íntimas
triage-reason-critical_service = Afecta a un hospital, una clínica o un refugio
triage-reason-human_requested = Pidió hablar con una persona
triage-reason-ongoing = El ataque sigue en curso
triage-reason-money_leaving = Puede que esté saliendo dinero ahora mismo
triage-reason-deadline = Chantaje con plazo
triage-reason-minor = Hay una persona menor de edad
triage-reason-physical_threat = Amenazas contra su seguridad física
triage-reason-organisation = Afecta a una organización (ONG, escuela, redacción)
triage-reason-extortion = Extorsión
triage-reason-ransomware = Ransomware
triage-reason-paid = Ya pagó
