### Extortion and sextortion details.

extortion-threat = I am sorry this is happening to you. It is not your fault. What is the person threatening to do?
extortion-threat-intimate_images = Share intimate images or videos
extortion-threat-personal_data = Publish my personal data
extortion-threat-other = Something else
extortion-demand = What are they asking for? If it is money, write the amount and currency, for example “500 euros”. If there is no demand, press “Skip”.
extortion-paid = Have you paid anything so far?
extortion-paid-yes = Yes
extortion-paid-no = No
extortion-safety_note = Important: please do not pay more and do not answer the person for now. Paying rarely stops the threats. Keep the messages: they are evidence.

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = What they threaten
extortion-demand-label = What they ask for
extortion-paid-label = Paid so far

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = intimate, photos, pictures, images, videos, nudes, nude photos, intimate images, intimate photos, intimate pictures, my photos, my pictures, sexual images
extortion-threat-personal_data-words = personal data, my data, data, address, my address, personal information, doxxing
extortion-threat-other-words = other, something else
extortion-paid-yes-words = paid, i paid, i have paid, yes i paid
extortion-paid-no-words = not paid, nothing, i didn't pay, i did not pay, not yet
