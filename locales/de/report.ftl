### Die Zusammenfassung einer Meldung, die die Person der Polizei oder ihrer Bank geben kann (bot/report.py):
### als Nachricht und als PDF in ihrer Sprache, gefolgt von einer englischen Fassung.

## Das PDF
report-title = Zusammenfassung der Meldung
report-copy-title = Zusammenfassung der Meldung (englische Fassung)
report-intro = Diese Zusammenfassung hat eine Hilfestelle für Menschen erstellt, die von Cyberangriffen betroffen sind, nach den Angaben der Person selbst. Sie ist keine Anzeige bei der Polizei.
report-copy-follows = Im Anschluss folgt dieselbe Zusammenfassung auf Englisch.
report-generated = Erstellt am { $generated }
report-page = Seite { $page } von { $pages }

## Zeilen und Überschriften (PDF und Nachricht)
report-field = { $label }: { $value }
report-utc = { $time } UTC
report-reference = Referenz
report-status = Stand
report-created = Gemeldet am
report-category = Art des Problems
report-what-happened = Was passiert ist, in den eigenen Worten der Person
report-dates = Datumsangaben
report-amounts = Beträge
report-indicators = Angaben, die helfen können, die Täter zu ermitteln
report-indicators-note = Links und Adressen sind so geschrieben, dass sie sich nicht versehentlich öffnen lassen: „hxxp“ steht für „http“, „[.]“ für einen Punkt, „[@]“ für das @-Zeichen und „[:]“ für einen Doppelpunkt.
report-indicator-kind = { $kind ->
    [url] Link
    [domain] Domainname
    [email] E-Mail-Adresse
    [phone] Telefonnummer
    [ipv4] IP-Adresse
    [ipv6] IP-Adresse
    [btc_address] Bitcoin-Adresse
    [eth_address] Ethereum-Adresse
    [iban] Bankkonto (IBAN)
    [tx_hash] Transaktions-ID (Kryptowährung)
   *[other] { $kind }
}
report-evidence = Dateien, die die Person geschickt hat
report-evidence-none = Die Person hat keine Dateien geschickt.
report-file-size = Größe
report-file-received = Empfangen am
report-bytes = { $size ->
    [one] { $size } Byte
   *[other] { $size } Byte
}
report-custody = Zu den SHA-256-Werten: Jeder Wert wurde berechnet, als die Datei ankam. Wie ein Fingerabdruck bezeichnet er genau die Datei, die die Person geschickt hat. Jeder kann ihn aus einer Kopie der Datei neu berechnen und so prüfen, dass die Kopie nicht verändert wurde.

## Die Nachricht
report-message-title = Zusammenfassung Ihrer Meldung { $reference }
report-message-what-happened = Was Sie uns erzählt haben
report-message-evidence = Dateien, die Sie geschickt haben
report-message-use = Sie können diese Zusammenfassung der Polizei oder Ihrer Bank zeigen.
report-pdf-caption = Die Zusammenfassung Ihrer Meldung { $reference } als PDF-Datei. Sie können sie ausdrucken oder an die Polizei oder Ihre Bank schicken.
