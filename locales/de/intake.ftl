### Der Erstkontakt: jemand wurde online angegriffen, betrogen oder bedroht.

intake-greeting = Hallo. Sie sind bei einer kostenlosen Anlaufstelle für Menschen, die von Cyberangriffen, Online-Betrug oder Drohungen im Internet betroffen sind. Sie sind nicht allein, und es war richtig, dass Sie geschrieben haben. Ich stelle Ihnen ein paar kurze Fragen, damit jemand aus unserem ehrenamtlichen Team Ihnen helfen kann.
intake-consent = Bevor wir anfangen: Was Sie mir erzählen, wird sicher gespeichert und nur von unseren Ehrenamtlichen gelesen, um Ihnen zu helfen. Sie können jederzeit alles löschen lassen, indem Sie /forget schreiben. Sind Sie einverstanden?
intake-consent-agree = Ja, weiter
intake-consent-decline = Nein, jetzt nicht
intake-declined = Das ist in Ordnung. Es wurde nichts gespeichert. Wenn Sie es sich anders überlegen, schreiben Sie einfach /start. Passen Sie auf sich auf.
intake-category = Was ist passiert? Wählen Sie, was am besten passt. Wenn Sie unsicher sind, wählen Sie „Etwas anderes“.
intake-category-hacked_account = Ein Konto wurde gehackt
intake-category-ransomware = Dateien gesperrt, Lösegeld gefordert
intake-category-extortion = Jemand bedroht oder erpresst mich
intake-category-scam = Ich wurde betrogen oder habe Geld verloren
intake-category-harassment = Ich werde im Internet belästigt
intake-category-other = Etwas anderes
intake-story = Was ist passiert? Erzählen Sie es mit Ihren eigenen Worten, so viel oder so wenig Sie möchten. Es gibt keine falschen Antworten.
intake-when = Wann ist es passiert, oder wann hat es angefangen? Sie können zum Beispiel „gestern“, „letzten Montag“ oder „3. Mai“ schreiben. Wenn Sie es nicht wissen, schreiben Sie „ich weiß nicht“.
intake-ongoing = Geht es im Moment noch weiter?
intake-ongoing-yes = Ja, es geht noch weiter
intake-ongoing-no = Nein, es hat aufgehört
intake-ongoing-unsure = Ich bin nicht sicher
intake-evidence = Wenn Sie Screenshots, Nachrichten oder Dateien zu dem Vorfall haben, können Sie sie jetzt schicken. Bitte löschen Sie vorerst nichts: Alles kann noch wichtig sein. Wenn Sie fertig sind, tippen Sie auf „Fertig“. Wenn Sie nichts haben, tippen Sie auf „Überspringen“.
intake-contact_pref = Wie soll sich jemand aus unserem Team bei Ihnen melden?
intake-contact_pref-here = Hier in diesem Chat
intake-contact_pref-email = Per E-Mail
intake-contact_pref-phone = Per Telefon
intake-email = An welche E-Mail-Adresse sollen wir schreiben? Falls der Angreifer Ihre E-Mails mitlesen könnte, nehmen Sie eine andere Adresse oder tippen Sie auf „Überspringen“.
intake-phone = Unter welcher Telefonnummer erreichen wir Sie? Bitte mit Ländervorwahl, zum Beispiel +49 151 23456789.
intake-summary =
    Das habe ich verstanden:
    • Was passiert ist: { $category }
    • Wann: { $when }
    • Dauert noch an: { $ongoing }
    • Geschickte Dateien: { $evidence }
    • Kontakt: { $contact_pref }
    • Ihre Schilderung: { $story }

    Stimmt das so? Wenn Sie bestätigen, gebe ich es an unser Team weiter.
intake-summary-confirm = Ja, abschicken
intake-summary-edit = Nein, Antworten ändern
intake-submitted = Danke. Ihre Meldung hat die Nummer { $reference }. Bitte notieren Sie sich diese Nummer. Jemand aus unserem Team liest Ihre Meldung und meldet sich so bald wie möglich bei Ihnen. Bis dahin: Zahlen Sie nichts, löschen Sie keine Nachrichten, und wenn Sie sich in Gefahr fühlen, rufen Sie den Notruf an (112). Sie können jederzeit /status schreiben.
