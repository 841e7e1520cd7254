### What to say when an answer could not be read. One message per error of bot/engine/validators.py.
### Each one says kindly what is expected, with an example; never blame the person.

## Free text
invalid-text-too-short = Could you tell me a little more? Please write at least { $min } characters, for example “Someone called me pretending to be my bank.”
invalid-text-too-long = Thank you for all these details. This answer is too long for me: please keep it to { $max } characters or fewer, and write only the most important things, such as what happened and when.

## Yes or no
invalid-yes-no = I did not understand if that means yes or no. Please answer “yes” or “no”.

## Numbers
invalid-number = I could not read that as a number. Please write only the number, for example “3” or “1.5”.
invalid-number-integer = Please write a whole number, without decimals, for example “3”.
invalid-number-range = Please write a number between { $min } and { $max }, for example “{ $min }”.
invalid-number-too-small = Please write a number of at least { $min }, for example “{ $min }”.
invalid-number-too-large = Please write a number no bigger than { $max }, for example “{ $max }”.

## Money
invalid-money = I could not read that amount. Please write one amount with its currency, for example “500 euros”, “200 USD” or “0.5 BTC”.
invalid-money-currency = Which currency was it? Please write the amount with its currency, for example “500 euros”, “1000 UAH” or “200 USD”.

## Dates and times
invalid-date = I could not read that as a date. You can write, for example, “yesterday”, “3 May” or “2026-05-03”. If you are not sure, write “I don't know”.
invalid-date-incomplete = Could you tell me the day as well? For example “3 May” or “3 days ago”. A day that is roughly right is fine.
invalid-date-future = That date seems to be in the future. Please tell me when it happened, for example “yesterday” or “3 May”.
invalid-datetime = I could not read that as a date and time. You can write, for example, “yesterday at 14:00” or “3 May at 9:30”. If you are not sure, write “I don't know”.
invalid-datetime-no-time = Do you remember roughly what time it was? For example “yesterday at 14:00”. If you are not sure of the time, the part of the day is enough, like “yesterday evening”.

## Contact details and links
invalid-email = That does not look like an email address. Please write it in full, for example “name@example.com”.
invalid-url = That does not look like a web address. Please copy it as you see it, for example “www.example.com” or “https://example.com/login”.
invalid-phone = I could not read that as a phone number. Please write it with the country code, for example “+41 79 123 45 67”.

## Words kept as evidence
upload-text-kept = Kept as evidence: I saved this text safely with your report. You can send more, or press “Done”.
