### Harassment, stalking, doxxing or impersonation: what, who, where, since when, physical danger.

harassment-harassment_type = I am sorry you are going through this. It is not your fault. What is happening?
harassment-harassment_type-messages = Hurtful or threatening messages or posts
harassment-harassment_type-stalking = Someone follows or watches me
harassment-harassment_type-doxxing = My private details were published
harassment-harassment_type-impersonation = Someone pretends to be me
harassment-harassment_type-other = Something else
harassment-harasser = Do you know who is doing this?
harassment-harasser-known = Someone I know
harassment-harasser-stranger = A stranger
harassment-harasser-unknown = I don't know who it is
harassment-platform = Where is it happening mostly?
harassment-platform-facebook = Facebook
harassment-platform-instagram = Instagram
harassment-platform-tiktok = TikTok
harassment-platform-x = X (Twitter)
harassment-platform-whatsapp = WhatsApp
harassment-platform-telegram = Telegram
harassment-platform-email = Email
harassment-platform-phone = Phone calls or text messages
harassment-platform-several = In several places
harassment-platform-other = Somewhere else
harassment-when = Since when has this been happening? You can write for example “since last week”, “two months ago” or “3 May”. If you don't know, write “I don't know”.
harassment-physical_threat = Has anyone threatened to hurt you, or do you think you could be in physical danger?
harassment-physical_threat-yes = Yes
harassment-physical_threat-no = No
harassment-first_aid_danger =
    Thank you for telling me. Your safety comes first.
    1. If you are in danger right now, call your local emergency number.
    2. Tell someone you trust what is happening and where you are.
    3. Do not meet this person, and do not tell them where you are.
    4. Keep the threats: take screenshots with the date and their username. They matter for the police.
    A volunteer will see your report as urgent.
harassment-first_aid =
    Thank you for telling me. While you wait for a volunteer:
    1. Keep evidence before you block or report: screenshots with the date, the username and the link to the profile or post.
    2. Report the profile or posts to the platform. If someone pretends to be you, report it as a fake account and ask friends to report it too.
    3. You don't have to answer them. Block them, and make your accounts private for now.
    4. Check who can see your location, your friends list and your phone number, and hide what you can.

## Short names of the questions (the summary, the list of answers to change)
harassment-harassment_type-label = What is happening
harassment-harasser-label = Who
harassment-platform-label = Where
harassment-when-label = Since when
harassment-physical_threat-label = Physical threat

## Words a person may type instead of pressing a button, comma separated
harassment-harassment_type-messages-words = messages, threats, threatening messages, insults, hate, posts, comments, bullying
harassment-harassment_type-stalking-words = stalking, stalker, stalked, followed, watched, someone follows me, someone watches me
harassment-harassment_type-doxxing-words = doxxing, doxxed, my address was published, my details were published, my number was published
harassment-harassment_type-impersonation-words = impersonation, fake profile, fake account, pretending to be me, someone pretends to be me
harassment-harassment_type-other-words = other, something else
harassment-harasser-known-words = i know them, i know who, my ex, ex, my partner, my husband, my wife, a colleague, a classmate, someone i know
harassment-harasser-stranger-words = stranger, a stranger, i don't know them, someone i don't know
harassment-harasser-unknown-words = i don't know, dont know, don't know, no idea, unknown, anonymous, not sure
harassment-platform-facebook-words = fb, my facebook, messenger
harassment-platform-instagram-words = insta, ig, my instagram
harassment-platform-tiktok-words = tik tok
harassment-platform-x-words = twitter, x
harassment-platform-whatsapp-words = whats app
harassment-platform-telegram-words = tg
harassment-platform-email-words = email, e-mail, mail
harassment-platform-phone-words = phone, calls, phone calls, sms, text, texts, text messages
harassment-platform-several-words = several, everywhere, many, many places, all of them, several places
harassment-platform-other-words = other, somewhere else, elsewhere
harassment-physical_threat-yes-words = they threatened me, they threatened to hurt me, i am in danger, i'm in danger, i'm scared, they know where i live
harassment-physical_threat-no-words = not physically, no threats, i don't think so
