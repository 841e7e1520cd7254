### Safety: what a person in danger reads first, and why a case is urgent (shown to volunteers).
### Used by bot/triage.py; the reason ids are the rules of flows/triage.yaml.

# Shown at once when a message speaks of ending one's life, of self-harm or of danger right now.
# $numbers: the emergency numbers for the person's country, one `safety-numbers-line` per line.
safety-message = Sua segurança vem em primeiro lugar. Se você está em perigo agora, ou está pensando em tirar a própria vida, ligue:
    { $numbers }
    Se esses números não funcionarem onde você está, ligue para o número de emergência local. Você não está sozinho nisso: vou avisar nossos voluntários agora mesmo, e você pode continuar me escrevendo.

# One line of $numbers. $kind: emergency, police, ambulance, crisis (a line to talk to someone), mobile
# (a number that works from most mobile phones: shown when we do not know the person's country).
safety-numbers-line = { $kind ->
        [police] Polícia
        [ambulance] Ambulância
        [crisis] Para conversar com alguém
        [mobile] Emergência, pelo celular
       *[emergency] Emergência
    }: { $number }

## Why a case is urgent: shown to volunteers on the case card (in VOLUNTEER_LOCALE)
triage-reason-crisis_self_harm = Falou de suicídio ou de se machucar
triage-reason-crisis_danger = Em perigo físico agora
triage-reason-sextortion = Chantagem com imagens íntimas
triage-reason-critical_service = Um hospital, clínica ou abrigo foi atingido
triage-reason-human_requested = Pediu para falar com uma pessoa
triage-reason-ongoing = O ataque ainda está acontecendo
triage-reason-money_leaving = Pode estar saindo dinheiro agora
triage-reason-deadline = Chantagem com prazo
triage-reason-minor = Envolve uma pessoa menor de idade
triage-reason-physical_threat = Ameaças à segurança física
triage-reason-organisation = Uma organização foi atingida (ONG, escola, redação)
triage-reason-extortion = Extorsão
triage-reason-ransomware = Ransomware
triage-reason-paid = Já pagou
