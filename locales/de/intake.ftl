### Der Erstkontakt: jemand wurde online angegriffen, betrogen oder bedroht.

intake-greeting = Hallo. Sie sind bei einer kostenlosen Anlaufstelle für Menschen, die von Cyberangriffen, Online-Betrug oder Drohungen im Internet betroffen sind. Sie sind nicht allein, und es war richtig, dass Sie geschrieben haben. Ich stelle Ihnen ein paar kurze Fragen, damit jemand aus unserem ehrenamtlichen Team Ihnen helfen kann.
intake-consent = Bevor wir anfangen: Was Sie mir erzählen, wird sicher gespeichert und nur von unseren Ehrenamtlichen gelesen, um Ihnen zu helfen. Sie können jederzeit alles löschen lassen, indem Sie /forget schreiben. Sind Sie einverstanden?
intake-consent-agree = Ja, weiter
intake-consent-decline = Nein, jetzt nicht
intake-declined = Das ist in Ordnung. Es wurde nichts gespeichert. Wenn Sie es sich anders überlegen, schreiben Sie einfach /start. Passen Sie auf sich auf.
intake-category = Was ist passiert? Wählen Sie, was am besten passt. Wenn Sie unsicher sind, wählen Sie „Etwas anderes“.
intake-category-hacked_account = Ein Konto wurde gehackt
intake-category-phishing = Eine verdächtige Nachricht oder ein Link
intake-category-ransomware = Dateien gesperrt oder ein Virus
intake-category-extortion = Jemand bedroht oder erpresst mich
intake-category-scam = Ich wurde betrogen oder habe Geld verloren
intake-category-harassment = Ich werde belästigt, verfolgt oder jemand gibt sich als mich aus
intake-category-data_leak = Meine persönlichen Daten wurden geleakt
intake-category-device = Ein Gerät ist verloren, gestohlen oder beschlagnahmt
intake-category-ddos = Eine Website ist nicht erreichbar oder wird angegriffen
intake-category-other = Etwas anderes, oder ich weiß es nicht
intake-recovery_warning = Noch etwas, weil Sie Geld verloren haben: In den nächsten Wochen meldet sich vielleicht jemand bei Ihnen und bietet an, Ihr Geld gegen eine Gebühr zurückzuholen. Diese Leute geben sich vielleicht als Anwalt, Polizei, Ihre Bank oder eine Firma aus, die Geld zurückholt. Fast immer sind es wieder dieselben Betrüger. Niemand, der ehrlich ist, verlangt, dass Sie zuerst bezahlen, um Ihr Geld zurückzubekommen. Wenn das passiert, zahlen Sie nicht und sagen Sie uns Bescheid.
intake-affected = Noch ein paar Fragen für unser Team. Wer ist davon betroffen?
intake-affected-me = Ich
intake-affected-someone_else = Jemand anderes (Freunde, Familie)
intake-affected-organisation = Eine Organisation
intake-organisation_type = Was für eine Organisation ist es?
intake-organisation_type-ngo = Ein gemeinnütziger Verein oder eine NGO
intake-organisation_type-hospital = Ein Krankenhaus oder Gesundheitsdienst
intake-organisation_type-school = Eine Schule oder Hochschule
intake-organisation_type-business = Ein Unternehmen
intake-organisation_type-public_body = Eine Behörde oder Gemeindeverwaltung
intake-organisation_type-other = Eine andere Art
intake-story = Was ist passiert? Erzählen Sie es mit Ihren eigenen Worten, so viel oder so wenig Sie möchten. Es gibt keine falschen Antworten.
intake-when = Wann ist es passiert, oder wann hat es angefangen? Sie können zum Beispiel „gestern“, „letzten Montag“ oder „3. Mai“ schreiben. Wenn Sie es nicht wissen, schreiben Sie „ich weiß nicht“.
intake-ongoing = Geht es im Moment noch weiter?
intake-ongoing-yes = Ja, es geht noch weiter
intake-ongoing-no = Nein, es hat aufgehört
intake-ongoing-unsure = Ich bin nicht sicher
intake-evidence = Wenn Sie Screenshots, Nachrichten oder Dateien zu dem Vorfall haben, können Sie sie jetzt schicken. Sie können mir die Nachrichten auch weiterleiten oder ihren Text hier einfügen (bei einer E-Mail auch die Kopfzeilen, den „Header“). Bitte löschen Sie vorerst nichts: Alles kann noch wichtig sein. Wenn Sie fertig sind, tippen Sie auf „Fertig“. Wenn Sie nichts haben, tippen Sie auf „Überspringen“.
intake-contact_pref = Wie soll sich jemand aus unserem Team bei Ihnen melden?
intake-contact_pref-here = Hier in diesem Chat
intake-contact_pref-email = Per E-Mail
intake-contact_pref-phone = Per Telefon
intake-email = An welche E-Mail-Adresse sollen wir schreiben? Falls der Angreifer Ihre E-Mails mitlesen könnte, nehmen Sie eine andere Adresse oder tippen Sie auf „Überspringen“.
intake-phone = Unter welcher Telefonnummer erreichen wir Sie? Bitte mit Ländervorwahl, zum Beispiel +49 151 23456789.
intake-contact_here = Kein Problem: Jemand aus unserem Team antwortet Ihnen hier in diesem Chat.
intake-summary =
    Das habe ich verstanden:
    { $summary }

    Stimmt das so? Wenn Sie bestätigen, gebe ich es an unser Team weiter. Wenn etwas nicht stimmt, können Sie es ändern.
intake-summary-confirm = Ja, abschicken
intake-summary-edit = Nein, eine Antwort ändern
intake-submitted = Danke. Ihre Meldung hat die Nummer { $reference }. Bitte notieren Sie sich diese Nummer. Jemand aus unserem Team liest Ihre Meldung und meldet sich so bald wie möglich bei Ihnen. Bis dahin: Zahlen Sie nichts, löschen Sie keine Nachrichten, und wenn Sie sich in Gefahr fühlen, rufen Sie den Notruf an (112). Sie können jederzeit /status schreiben.

## Short names of the questions: the lines of the summary and the list of answers to change
intake-consent-label = Einverständnis
intake-category-label = Was passiert ist
intake-story-label = Ihre Schilderung
intake-affected-label = Wer betroffen ist
intake-organisation_type-label = Organisation
intake-when-label = Wann
intake-ongoing-label = Dauert noch an
intake-evidence-label = Geschickte Dateien
intake-contact_pref-label = Kontakt
intake-email-label = E-Mail-Adresse
intake-phone-label = Telefonnummer

## Words a person may type instead of pressing a button, comma separated (besides the label, its
## number and, for yes / no buttons, words-yes / words-no in common.ftl). Case and accents do not matter.
intake-consent-agree-words = ok, okay, einverstanden, in ordnung, alles klar, passt, weiter, gerne, gern
intake-consent-decline-words = jetzt nicht, nein danke, später, nicht einverstanden
intake-category-hacked_account-words = gehackt, hack, hacker, konto gehackt, account gehackt, mein konto wurde gehackt, konto
intake-category-ransomware-words = ransomware, lösegeld, erpressungstrojaner, dateien gesperrt, dateien verschlüsselt, verschlüsselt, virus, malware, schadsoftware, trojaner, mein computer hat einen virus
intake-category-extortion-words = erpressung, erpresst, drohung, drohungen, bedroht, sextortion
intake-category-scam-words = betrug, betrogen, abzocke, geld verloren, fake shop, betrüger
intake-category-harassment-words = belästigung, belästigt, mobbing, cybermobbing, stalking, gestalkt, verfolgt, fake profil, fake-profil, identitätsdiebstahl, jemand gibt sich als mich aus
intake-category-phishing-words = phishing, verdächtige nachricht, verdächtige e-mail, verdächtiger link, seltsame nachricht, seltsamer link, komische nachricht, gefälschte e-mail, fake sms, ein link, link
intake-category-data_leak-words = datenleck, leck, geleakt, meine daten wurden geleakt, datenpanne, doxxing, gedoxxt
intake-category-device-words = handy verloren, handy gestohlen, handy weg, mein handy wurde gestohlen, laptop gestohlen, laptop verloren, beschlagnahmt, konfisziert, gerät verloren, gerät gestohlen
intake-category-ddos-words = ddos, website down, seite down, website, webseite, unsere website, meine website, website angegriffen, seite nicht erreichbar
intake-category-other-words = anderes, etwas anderes, sonstiges, weiß nicht, ich weiß nicht, nicht sicher, keine ahnung
intake-affected-me-words = ich, mich, mir, nur ich, nur mich, ich selbst, mich selbst
intake-affected-someone_else-words = jemand anderes, jemand anders, ein freund, eine freundin, mein freund, meine freundin, familie, meine mutter, mein vater, mein kind, mein partner, meine partnerin, nicht ich
intake-affected-organisation-words = organisation, eine organisation, unsere organisation, firma, meine firma, unsere firma, verein, unser verein, wir sind eine organisation
intake-organisation_type-ngo-words = ngo, verein, gemeinnützig, gemeinnütziger verein, e.v., stiftung, hilfsorganisation, wohltätigkeit, wir sind eine ngo
intake-organisation_type-hospital-words = krankenhaus, klinik, gesundheit, gesundheitsdienst, arztpraxis, praxis, pflegeheim
intake-organisation_type-school-words = schule, universität, uni, hochschule, kindergarten, kita
intake-organisation_type-business-words = unternehmen, firma, geschäft, laden, betrieb, kleines unternehmen
intake-organisation_type-public_body-words = behörde, amt, gemeinde, stadt, stadtverwaltung, rathaus, ministerium, verwaltung, öffentliche stelle
intake-organisation_type-other-words = anderes, andere, etwas anderes, eine andere
intake-ongoing-yes-words = noch, immer noch, geht weiter, es geht weiter, dauert an
intake-ongoing-no-words = vorbei, aufgehört, es hat aufgehört, nicht mehr
intake-ongoing-unsure-words = weiß nicht, ich weiß nicht, nicht sicher, unsicher, keine ahnung, vielleicht
intake-contact_pref-here-words = hier, chat, im chat, hier im chat
intake-contact_pref-email-words = e-mail, email, mail, per mail, per e-mail
intake-contact_pref-phone-words = telefon, anruf, anrufen, per telefon, ruft mich an
intake-summary-confirm-words = ok, okay, stimmt, richtig, passt, abschicken, senden, bestätigen, alles richtig
intake-summary-edit-words = ändern, korrigieren, falsch, stimmt nicht, nicht richtig, bearbeiten
