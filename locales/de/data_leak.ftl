### Personal data leaked.

data_leak-leaked_data = Das tut mir leid, das ist beunruhigend. Welche Daten sind betroffen? Wenn es mehrere sind, wählen Sie die, die Ihnen am meisten Sorgen machen.
data_leak-leaked_data-passwords = Passwörter
data_leak-leaked_data-bank_details = Bank- oder Kartendaten
data_leak-leaked_data-id_documents = Ausweis oder Reisepass
data_leak-leaked_data-address = Meine Adresse oder Telefonnummer
data_leak-leaked_data-private_content = Private Fotos oder Nachrichten
data_leak-leaked_data-other = Etwas anderes
data_leak-leak_source = Wie haben Sie davon erfahren?
data_leak-leak_source-breach = Eine Firma oder ein Dienst hat mir von einem Datenleck berichtet
data_leak-leak_source-published = Jemand hat es im Internet veröffentlicht
data_leak-leak_source-unsure = Ich bin nicht sicher
data_leak-first_aid =
    Danke. Während Sie auf jemanden aus unserem Team warten, je nachdem, was betroffen ist:
    1. Passwörter: Ändern Sie das Passwort überall, wo Sie es benutzt haben, und schalten Sie die Bestätigung in zwei Schritten ein.
    2. Bank- oder Kartendaten: Rufen Sie Ihre Bank an, um die Karte sperren zu lassen, und prüfen Sie Ihre Kontoauszüge.
    3. Ausweisdokumente: Informieren Sie die Behörde, die sie ausgestellt hat, und achten Sie auf Kredite oder Konten, die in Ihrem Namen eröffnet werden.
    4. Wenn es veröffentlicht wurde: Machen Sie Screenshots mit der Adresse der Seite und bitten Sie dann die Website oder Plattform, es zu entfernen.
    Seien Sie vorsichtig bei Anrufen oder E-Mails, die das Datenleck erwähnen: Betrüger nutzen geleakte Daten, um vertrauenswürdig zu wirken.

## Short names of the questions (the summary, the list of answers to change)
data_leak-leaked_data-label = Betroffene Daten
data_leak-leak_source-label = Erfahren durch

## Words a person may type instead of pressing a button, comma separated
data_leak-leaked_data-passwords-words = passwort, passwörter, mein passwort, kennwort, login, zugangsdaten
data_leak-leaked_data-bank_details-words = bank, bankdaten, kontodaten, karte, kartendaten, kreditkarte, iban
data_leak-leaked_data-id_documents-words = ausweis, personalausweis, reisepass, pass, dokumente, führerschein, id
data_leak-leaked_data-address-words = adresse, meine adresse, wohnadresse, telefonnummer, meine telefonnummer, handynummer, meine nummer
data_leak-leaked_data-private_content-words = fotos, private fotos, bilder, nachrichten, private nachrichten, chats
data_leak-leaked_data-other-words = anderes, etwas anderes
data_leak-leak_source-breach-words = datenleck, datenpanne, leck, eine firma hat es mir gesagt, ich habe eine e-mail bekommen, sie haben es mir gesagt, benachrichtigung
data_leak-leak_source-published-words = veröffentlicht, online, im internet, gepostet, jemand hat es gepostet, es ist online, es steht im internet
data_leak-leak_source-unsure-words = weiß nicht, ich weiß nicht, nicht sicher, unsicher, keine ahnung, vielleicht
