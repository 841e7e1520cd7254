## I comandi dei volontari: /link CODE, /oncall on|off, /oncall (mostrati in VOLUNTEER_LOCALE)

desk-not-volunteer = Solo i volontari registrati possono usare questo comando. Se sei uno di loro, chiedi un codice di invito a un coordinatore e invialo qui così: /link CODICE.
desk-link-usage = Per collegare il tuo account, invia /link seguito dal codice che ti è stato dato, per esempio: /link ABCD2345
desk-link-invalid = Questo codice non è valido: forse è scritto male, già usato o scaduto (un codice dura 7 giorni). Chiedine uno nuovo a un coordinatore.
desk-link-taken = Questo account è già collegato al volontario { $name }. Se è un errore, rivolgiti a un coordinatore.
desk-link-platform = Gli account dei volontari si possono collegare solo su Telegram e Discord.
desk-link-done = Benvenuto, { $name }! Il tuo account ora è collegato. Puoi usare /oncall qui e nella chat dei volontari.
desk-oncall-usage = Scrivi /oncall on per essere di turno, /oncall off per smettere, oppure /oncall per vedere chi è di turno adesso.
desk-oncall-on = { $name }, ora sei di turno. I casi urgenti ti arriveranno finché non scrivi /oncall off.
desk-oncall-off = { $name }, ora non sei più di turno.
desk-oncall-off-shift = { $name }, non sei più di turno, ma in questo momento è in corso uno dei tuoi turni settimanali: fino alla sua fine risulti ancora di turno. Un coordinatore può cambiare i tuoi turni.
desk-oncall-nobody = Al momento nessuno è di turno.
desk-oncall-now = Di turno adesso:
desk-oncall-line = • { $name } – { $languages }
desk-oncall-line-coordinator = • { $name } – { $languages } (coordinamento)
