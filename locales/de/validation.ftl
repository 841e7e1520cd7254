### Was wir sagen, wenn eine Antwort nicht gelesen werden konnte. Eine Nachricht pro Fehler in bot/engine/validators.py.
### Jede sagt freundlich, was erwartet wird, mit einem Beispiel; nie der Person die Schuld geben.

## Free text
invalid-text-too-short = Können Sie mir etwas mehr erzählen? Bitte schreiben Sie mindestens { $min } Zeichen, zum Beispiel „Jemand hat mich angerufen und sich als meine Bank ausgegeben.“
invalid-text-too-long = Danke für all die Einzelheiten. Diese Antwort ist leider zu lang für mich: Bitte schreiben Sie höchstens { $max } Zeichen und nur das Wichtigste, zum Beispiel was passiert ist und wann.

## Yes or no
invalid-yes-no = Ich habe nicht verstanden, ob das Ja oder Nein heißt. Bitte antworten Sie mit „ja“ oder „nein“.

## Numbers
invalid-number = Das habe ich nicht als Zahl erkannt. Bitte schreiben Sie nur die Zahl, zum Beispiel „3“ oder „1,5“.
invalid-number-integer = Bitte schreiben Sie eine ganze Zahl ohne Komma, zum Beispiel „3“.
invalid-number-range = Bitte schreiben Sie eine Zahl zwischen { $min } und { $max }, zum Beispiel „{ $min }“.
invalid-number-too-small = Bitte schreiben Sie eine Zahl von mindestens { $min }, zum Beispiel „{ $min }“.
invalid-number-too-large = Bitte schreiben Sie eine Zahl von höchstens { $max }, zum Beispiel „{ $max }“.

## Money
invalid-money = Diesen Betrag habe ich nicht erkannt. Bitte schreiben Sie einen Betrag mit Währung, zum Beispiel „500 Euro“, „200 USD“ oder „0,5 BTC“.
invalid-money-currency = Welche Währung war es? Bitte schreiben Sie den Betrag mit Währung, zum Beispiel „500 Euro“, „300 Franken“ oder „200 USD“.

## Dates and times
invalid-date = Das habe ich nicht als Datum erkannt. Sie können zum Beispiel „gestern“, „3. Mai“ oder „03.05.2026“ schreiben. Wenn Sie unsicher sind, schreiben Sie „ich weiß nicht“.
invalid-date-incomplete = Können Sie mir auch den Tag sagen? Zum Beispiel „3. Mai“ oder „vor 3 Tagen“. Ein ungefährer Tag reicht.
invalid-date-future = Dieses Datum liegt anscheinend in der Zukunft. Bitte sagen Sie mir, wann es passiert ist, zum Beispiel „gestern“ oder „3. Mai“.
invalid-datetime = Das habe ich nicht als Datum mit Uhrzeit erkannt. Sie können zum Beispiel „gestern um 14 Uhr“ oder „3. Mai um 9:30“ schreiben. Wenn Sie unsicher sind, schreiben Sie „ich weiß nicht“.
invalid-datetime-no-time = Wissen Sie noch ungefähr, wie spät es war? Zum Beispiel „gestern um 14 Uhr“. Wenn Sie die Uhrzeit nicht genau wissen, reicht die Tageszeit, etwa „gestern Abend“.

## Contact details and links
invalid-email = Das sieht nicht wie eine E-Mail-Adresse aus. Bitte schreiben Sie sie vollständig, zum Beispiel „name@beispiel.de“.
invalid-url = Das sieht nicht wie eine Internetadresse aus. Bitte kopieren Sie sie genau so, wie Sie sie sehen, zum Beispiel „www.beispiel.de“ oder „https://beispiel.de/login“.
invalid-phone = Das habe ich nicht als Telefonnummer erkannt. Bitte schreiben Sie sie mit Ländervorwahl, zum Beispiel „+49 151 23456789“.

## Text als Beweis
upload-text-kept = Als Beweis aufbewahrt: Ich habe diesen Text sicher zu Ihrer Meldung gelegt. Sie können mehr schicken oder auf „Fertig“ tippen.
