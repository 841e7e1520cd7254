### Die Weiterleitung zwischen einer Person und der freiwilligen Person, die ihren Fall übernommen hat.
### Anrede: die Person mit „Sie“; die Freiwilligen mit „du“ (wie in desk.ftl und cards.ftl).
## Was die Person liest (in ihrer eigenen Sprache)

relay-from-volunteer = 👤 { $name } aus unserem Team:
relay-from-volunteer-anonymous = 👤 Jemand aus unserem Team:
relay-waiting = Ihre Meldung { $reference } liegt bei unserem Team. Im Moment dauert es { $minutes ->
    [one] etwa eine Minute
   *[other] etwa { $minutes } Minuten
}, bis jemand eine Meldung übernimmt. Ich habe Ihre Nachricht weitergegeben.
relay-waiting-unknown = Ihre Meldung { $reference } liegt bei unserem Team, und jemand wird Ihnen hier schreiben, sobald es geht. Ich habe Ihre Nachricht weitergegeben.
relay-meanwhile = Während Sie warten, können Sie: alle Nachrichten und Screenshots aufbewahren; niemandem, der Sie bedroht, etwas zahlen oder antworten; Ihre Passwörter auf einem Gerät ändern, dem Sie vertrauen; sofort Ihre Bank anrufen, falls Ihnen Geld genommen wurde. Mit /status sehen Sie den Stand Ihrer Meldung.
relay-passed-on = Ich habe Ihre Nachricht an unser Team weitergegeben.
feedback-ask = Wie bewerten Sie unsere Hilfe bei Ihrer Meldung { $reference }? Tippen Sie auf 1 bis 5 Sterne (5 ist am besten) oder schreiben Sie eine Zahl.
feedback-comment-ask = Danke. Möchten Sie uns noch etwas sagen? Schreiben Sie es einfach hier oder tippen Sie auf „Überspringen“.
feedback-skip = Überspringen
feedback-thanks = Danke. Was Sie uns sagen, hilft uns, auch der nächsten Person gut zu helfen.
reopen-ask = Geht es um Ihre Meldung { $reference }?
reopen-same = Ja, um dasselbe Problem
reopen-new = Nein, um etwas Neues
reopen-done = Ihre Meldung { $reference } ist wieder offen, und Ihre Nachricht ist an unser Team weitergegeben.

## Was die Freiwilligen lesen (VOLUNTEER_LOCALE)

relay-victim-says = 💬 { $reference } · die Person:
relay-volunteer-said = ↪️ { $reference } · { $name } an die Person:
relay-reply-hint = Antworte auf diese Nachricht, um der Person zu schreiben, oder schreibe /reply, dann die Fallnummer und deinen Text.
relay-file-refused = Datei zu groß, nicht gespeichert
relay-victim-unreachable = ⚠️ { $reference }: Die Person hat den Bot blockiert, bei ihr kommt nichts mehr an. Was du geschrieben hast, ist als Notiz beim Fall gespeichert.
relay-not-volunteer = Nur registrierte Freiwillige können der Person über den Bot schreiben: Was du hier schreibst, wird nicht an sie weitergegeben. Wenn du dazugehörst, bitte eine Koordinatorin oder einen Koordinator um einen Einladungscode und sende ihn hier als /link CODE.
relay-reply-empty = Schreibe deinen Text hinter die Fallnummer, zum Beispiel: /reply { $reference } Hallo, ich bin da, um Ihnen zu helfen.
card-victim-blocked = ⚠️ Die Person hat den Bot blockiert: Bei ihr kommt nichts an.
card-remind = ⏰ { $reference }: Seit { $minutes } Min. hat niemand der Person geschrieben. Bist du noch dran? Tippe auf „Ich bin dran“ oder schreib ihr; sonst geht der Fall in { $minutes } Min. zurück an die Freiwilligen.
card-keep = Ich bin dran
card-kept = Danke: { $reference } bleibt bei dir.
card-unclaimed-silent = { $reference } ist zurück bei den Freiwilligen: { $name } hat nicht auf die Erinnerung reagiert.
card-transferred = { $reference } wurde von { $from } an { $to } übergeben.
card-no-volunteer = Es gibt keine freiwillige Person namens „{ $name }“. Schreibe /transfer und einen Namen aus der Liste der Freiwilligen (/oncall zeigt, wer Bereitschaft hat).
card-reopened = 🔁 { $reference } wurde von der Person wieder geöffnet.
history-title = Verlauf von { $reference } ({ $lines ->
    [one] { $lines } Zeile
   *[other] { $lines } Zeilen
}):
history-victim = Person
history-note = interne Notiz
history-empty = (noch nichts geschrieben)
