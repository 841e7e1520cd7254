### A device lost, stolen or seized.

device-device_event = I am sorry. What happened to the device?
device-device_event-lost = It was lost
device-device_event-stolen = It was stolen
device-device_event-seized = It was taken by police or authorities
device-device_type = What kind of device is it?
device-device_type-phone = A phone
device-device_type-laptop = A laptop or computer
device-device_type-tablet = A tablet
device-device_type-other = Something else
device-screen_lock = Was it locked with a PIN, a password, a fingerprint or your face?
device-screen_lock-yes = Yes
device-screen_lock-no = No
device-screen_lock-unsure = I am not sure
device-first_aid =
    Thank you. While you wait for a volunteer, these steps help most:
    1. From another device you trust, change the passwords of your email and your most important accounts, and log out the lost device from them.
    2. Use “Find My Device” (Android) or “Find My” (Apple) to lock the device, or to erase it if you will not get it back.
    3. If it was a phone, call your mobile operator to block the SIM card, so that nobody gets your text message codes.
    4. Warn your contacts that messages from this device may not come from you.
    5. If it was stolen, report it to the police. The IMEI number on the box or the bill helps.
device-first_aid_seized =
    Thank you. This can be frightening. While you wait for a volunteer:
    1. Please do not try to erase the device yourself before you talk to a lawyer: it could cause you legal trouble.
    2. From another device you trust, log it out of your accounts (email, WhatsApp, Signal, Telegram, social media) and change your passwords.
    3. Warn the people in your contacts who could be at risk.
    4. Write down when, where and by whom it was taken, and keep any paper you were given.

## Short names of the questions (the summary, the list of answers to change)
device-device_event-label = What happened to it
device-device_type-label = Kind of device
device-screen_lock-label = Locked with a PIN or password

## Words a person may type instead of pressing a button, comma separated
device-device_event-lost-words = lost, i lost it, i lost my phone, missing, i can't find it
device-device_event-stolen-words = stolen, it was stolen, someone stole it, theft, robbed
device-device_event-seized-words = seized, police, confiscated, the police took it, authorities, border, taken by police
device-device_type-phone-words = phone, my phone, mobile, smartphone, iphone, android, cell phone
device-device_type-laptop-words = laptop, computer, my laptop, my computer, pc, macbook, notebook
device-device_type-tablet-words = tablet, ipad
device-device_type-other-words = other, something else
device-screen_lock-yes-words = it was locked, pin, password, fingerprint, face id, yes it was locked
device-screen_lock-no-words = not locked, it was not locked, no pin, no password
device-screen_lock-unsure-words = i don't know, dont know, don't know, not sure, i'm not sure, unsure, maybe, idk
