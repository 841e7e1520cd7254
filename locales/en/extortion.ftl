### Extortion and sextortion details.

extortion-threat = I am sorry this is happening to you. It is not your fault. What is the person threatening to do?
extortion-threat-intimate_images = Share intimate images or videos
extortion-threat-personal_data = Publish my personal data
extortion-threat-other = Something else
extortion-images = Do they really have pictures or videos? Any answer is fine, and you don't have to tell me what is in them.
extortion-images-real = Yes, they have real ones
extortion-images-fake = They are fake or edited
extortion-images-not_seen = They say so, but I have seen none
extortion-minor = Is the person in the pictures or videos under 18?
extortion-minor-yes = Yes, under 18
extortion-minor-no = No, 18 or older
extortion-demand = What are they asking for? If it is money, write the amount and currency, for example “500 euros”. If there is no demand, press “Skip”.
extortion-paid = Have you paid anything so far?
extortion-paid-yes = Yes
extortion-paid-no = No
extortion-deadline = Did they give you a deadline?
extortion-deadline-within_day = Yes, within a day
extortion-deadline-later = Yes, later than that
extortion-deadline-no = No deadline
extortion-deadline-unsure = I am not sure
extortion-safety_note =
    Thank you for telling me. While you wait for a volunteer:
    1. Please do not pay more, and stop answering them. Paying rarely stops the threats: they usually ask for more.
    2. Keep everything: take screenshots of the messages, their profile and username, and any payment details they sent.
    3. Then report the account to the platform and block it.
    4. Make your own accounts private for now, and hide your friends or followers list.
    You did nothing wrong. The person threatening you is the one committing a crime.
extortion-safety_note_images =
    Thank you for telling me. This is not your fault. While you wait for a volunteer:
    1. Please do not pay, and stop answering them. Paying rarely stops the threats: they usually ask for more.
    2. Keep everything: take screenshots of the messages, their profile and username, and any payment details they sent. Do not send any more pictures.
    3. StopNCII.org can help stop your intimate images from being shared on many big platforms. The images never leave your phone.
    4. Report the account to the platform, then block it. Make your own accounts private and hide your friends or followers list.
    The person threatening you is the one committing a crime. You did nothing wrong.
extortion-safety_note_minor =
    Thank you for telling me. This is not your fault, and you are not in trouble. While you wait for a volunteer:
    1. Please do not pay, do not send any more pictures, and stop answering them.
    2. Take It Down (takeitdown.ncmec.org) helps remove or stop the sharing of pictures taken before the age of 18. The pictures never leave your phone.
    3. Keep the messages and their username: take screenshots. Then report the account and block it.
    4. If you can, tell an adult you trust. What they are doing is a serious crime, and the police can help.

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = What they threaten
extortion-images-label = Pictures or videos
extortion-minor-label = Under 18
extortion-demand-label = What they ask for
extortion-paid-label = Paid so far
extortion-deadline-label = Deadline

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = intimate, photos, pictures, images, videos, nudes, nude photos, intimate images, intimate photos, intimate pictures, my photos, my pictures, sexual images
extortion-threat-personal_data-words = personal data, my data, data, address, my address, personal information, doxxing, publish my data, publish my address, publish my personal data, leak my data, share my address, post my address
extortion-threat-other-words = other, something else
extortion-images-real-words = real, they are real, they have them, they have real ones, yes they have them, i sent them, i sent them pictures
extortion-images-fake-words = fake, they are fake, edited, photoshop, ai, deepfake, it is not me, it's not me
extortion-images-not_seen-words = i have seen none, i haven't seen any, i have not seen any, they only say so, they say so, not seen, i don't know, don't know, not sure, i'm not sure
extortion-minor-yes-words = under 18, i am under 18, i'm under 18, minor, i am a minor, i'm a minor, a minor, child, a child
extortion-minor-no-words = over 18, 18 or older, adult, i am an adult, i'm an adult, an adult
extortion-paid-yes-words = paid, i paid, i have paid, yes i paid
extortion-paid-no-words = not paid, nothing, i didn't pay, i did not pay, not yet
extortion-deadline-within_day-words = today, tonight, tomorrow, within a day, 24 hours, in 24 hours, a few hours, hours, by tonight, by tomorrow, within 24 hours
extortion-deadline-later-words = later, in a few days, next week, days, a week, yes later, a few days
extortion-deadline-no-words = no deadline, there is no deadline, none, no time limit
extortion-deadline-unsure-words = i don't know, dont know, don't know, not sure, i'm not sure, unsure, maybe, idk
