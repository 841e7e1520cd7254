### A suspicious message or link: what the person did with it, and what to do now.

phishing-clicked = Thank you for checking with us. Did you click a link or open a file in that message?
phishing-clicked-yes = Yes
phishing-clicked-no = No
phishing-clicked-unsure = I am not sure
phishing-entered = On the page that opened, did you type anything in?
phishing-entered-password = A password
phishing-entered-card = Card or bank details
phishing-entered-both = A password and card details
phishing-entered-nothing = Nothing
phishing-entered-unsure = I am not sure
phishing-paid = Did you pay anything through it?
phishing-paid-yes = Yes
phishing-paid-no = No
phishing-first_aid =
    Thank you. This can happen to anyone: these messages are made to look real. What helps most now:
    1. If you gave card or bank details, or paid: call your bank now, with the number on your card, and ask them to block the card.
    2. If you typed a password: change it now from a device you trust, and everywhere else you use it. Turn on two-step verification.
    3. If you opened a file: disconnect that device from the internet and don't use it for banking until it has been checked.
    4. Don't reply and don't click again. Keep the message (a screenshot is enough), then report it as phishing or junk.

## Short names of the questions (the summary, the list of answers to change)
phishing-clicked-label = Clicked or opened
phishing-entered-label = Typed in
phishing-paid-label = Paid something

## Words a person may type instead of pressing a button, comma separated
phishing-clicked-yes-words = yes i clicked it, yes i clicked, i clicked it, i clicked, i clicked the link, clicked, yes i opened it, i opened it, i opened the file, opened, i did, yes i did
phishing-clicked-no-words = no i didn't, i didn't, i didn't click, i did not click, i didn't click it, didn't click, not clicked, i didn't open it
phishing-clicked-unsure-words = i don't know, dont know, don't know, not sure, i'm not sure, unsure, maybe, idk, i think so
phishing-entered-password-words = password, my password, i typed my password, i entered my password, login, my login
phishing-entered-card-words = card, my card, card details, bank details, card number, credit card, my bank details, iban
phishing-entered-both-words = both, password and card, card and password, everything
phishing-entered-nothing-words = nothing, no, nope, i typed nothing, i didn't type anything, none
phishing-entered-unsure-words = i don't know, dont know, don't know, not sure, i'm not sure, unsure, maybe, idk
phishing-paid-yes-words = i paid, yes i paid, paid
phishing-paid-no-words = i didn't pay, i did not pay, not paid, nothing
