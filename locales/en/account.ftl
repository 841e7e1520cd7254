### An account taken over: which one, what the attacker can do, how to get it back.

account-service = I am sorry this happened. Which account was taken over?
account-service-email = Email (Gmail, Outlook…)
account-service-facebook = Facebook
account-service-instagram = Instagram
account-service-whatsapp = WhatsApp
account-service-tiktok = TikTok
account-service-x = X (Twitter)
account-service-telegram = Telegram
account-service-bank = Online banking
account-service-other = Another account
account-locked_out = Are you locked out of this account, so that you can no longer log in?
account-locked_out-yes = I can't log in any more
account-locked_out-no = I can still log in
account-contacts_messaged = Are your friends or contacts getting strange messages from this account, for example asking for money or a code?
account-contacts_messaged-yes = Yes
account-contacts_messaged-no = No
account-contacts_messaged-unsure = I don't know
account-two_factor = Was two-step verification turned on? That is a code by text message or an app, asked each time you log in on a new device.
account-two_factor-yes = Yes
account-two_factor-no = No
account-two_factor-unsure = I don't know
account-recovery_changed = Has the recovery email address or phone number of the account been changed?
account-recovery_changed-yes = Yes, it was changed
account-recovery_changed-no = No, it is still mine
account-recovery_changed-unsure = I don't know
account-first_aid =
    Thank you. While you wait for a volunteer, these steps help most:
    1. Use a phone or computer you trust. Go to the service's official “hacked account” or “forgot password” page yourself, not through a link someone sent you.
    2. Once you are in: choose a new password you use nowhere else, turn on two-step verification, and log out all other sessions.
    3. Check the recovery email and phone number, and remove anything you don't recognise.
    4. Warn your contacts another way (a call, another app): do not answer messages from this account asking for money or codes.
    5. If you used the same password elsewhere, change it there too.

## Short names of the questions (the summary, the list of answers to change)
account-service-label = Account
account-locked_out-label = Locked out
account-contacts_messaged-label = Contacts get strange messages
account-two_factor-label = Two-step verification
account-recovery_changed-label = Recovery details changed

## Words a person may type instead of pressing a button, comma separated
account-service-email-words = email, e-mail, mail, gmail, outlook, hotmail, yahoo, my email, my e-mail, google, microsoft, icloud
account-service-facebook-words = fb, facebook account, my facebook, messenger
account-service-instagram-words = insta, ig, instagram account, my instagram
account-service-whatsapp-words = whatsapp account, my whatsapp, whats app
account-service-tiktok-words = tik tok, my tiktok
account-service-x-words = twitter, x, my twitter, x account
account-service-telegram-words = my telegram, telegram account
account-service-bank-words = bank, banking, online banking, my bank, bank account, my bank account
account-service-other-words = other, another, another one, something else
account-locked_out-yes-words = locked out, i am locked out, i'm locked out, i can't log in, i cant log in, can't log in, cannot log in, i cannot log in, no access, they changed my password
account-locked_out-no-words = i can log in, i can still log in, still can log in, i still have access, still have access
account-contacts_messaged-yes-words = yes they are, they are, my friends got messages, my contacts got messages, friends got messages
account-contacts_messaged-no-words = not that i know, no one told me
account-contacts_messaged-unsure-words = i don't know, dont know, don't know, not sure, i'm not sure, unsure, maybe, idk
account-two_factor-yes-words = it was on, yes it was on, 2fa, it was turned on
account-two_factor-no-words = it was off, no it was not, not turned on
account-two_factor-unsure-words = i don't know, dont know, don't know, not sure, i'm not sure, unsure, maybe, idk, what is that
account-recovery_changed-yes-words = it was changed, they changed it, changed
account-recovery_changed-no-words = not changed, it is still mine, still mine
account-recovery_changed-unsure-words = i don't know, dont know, don't know, not sure, i'm not sure, unsure, maybe, idk, i can't check, i cant check
