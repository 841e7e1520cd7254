### The intake flow: first contact with a person who was attacked, scammed or threatened online.

intake-greeting = Hello. You have reached a free help desk for people affected by cyberattacks, online scams and online threats. You are not alone, and you did the right thing by writing. I will ask a few short questions so that a volunteer can help you.
intake-consent = Before we start: what you tell me is stored safely and is only seen by our volunteers, to help you. You can ask me to delete everything at any time by writing /forget. Is that all right?
intake-consent-agree = Yes, continue
intake-consent-decline = No, not now
intake-declined = That is all right. Nothing has been saved. If you change your mind, just write /start. Take care.
intake-category = What happened? Choose what fits best. If you are not sure, choose “Something else”.
intake-category-hacked_account = An account was hacked
intake-category-phishing = A suspicious message or link
intake-category-ransomware = Files locked or a virus
intake-category-extortion = Someone threatens or blackmails me
intake-category-scam = I was scammed or lost money
intake-category-harassment = I am harassed, stalked or impersonated
intake-category-data_leak = My personal data was leaked
intake-category-device = A device was lost, stolen or taken
intake-category-ddos = A website is down or attacked
intake-category-other = Something else, or I don't know
intake-recovery_warning = One more thing, because you lost money. In the coming weeks, someone may contact you and offer to get your money back for a fee. They may say they are a lawyer, the police, your bank or a recovery company. This is almost always the same scammers again. Nobody honest asks you to pay first to recover your money. If this happens, do not pay, and tell us.
intake-affected = A few more questions for the volunteer. Who is affected by this?
intake-affected-me = Me
intake-affected-someone_else = Someone else (a friend, a family member)
intake-affected-organisation = An organisation
intake-organisation_type = What kind of organisation is it?
intake-organisation_type-ngo = A non-profit or NGO
intake-organisation_type-hospital = A hospital or health service
intake-organisation_type-school = A school or university
intake-organisation_type-business = A business
intake-organisation_type-public_body = A public body or local authority
intake-organisation_type-other = Another kind
intake-story = In your own words, what happened? Write as much or as little as you like. There are no wrong answers.
intake-when = When did it happen, or when did it start? You can write for example “yesterday”, “last Monday” or “3 May”. If you don't know, write “I don't know”.
intake-ongoing = Is it still going on right now?
intake-ongoing-yes = Yes, it is still happening
intake-ongoing-no = No, it has stopped
intake-ongoing-unsure = I am not sure
intake-evidence = If you have screenshots, messages or files about what happened, you can send them now. You can also forward the messages to me, or paste their text here (for an e-mail, its headers too). Please don't delete anything yet: it may help. When you are done, press “Done”. If you have nothing, press “Skip”.
intake-contact_pref = How would you like a volunteer to contact you?
intake-contact_pref-here = Here, in this chat
intake-contact_pref-email = By email
intake-contact_pref-phone = By phone
intake-email = What email address should we use? If the attacker may be reading your email, choose another address or press “Skip”.
intake-phone = What phone number should we use? Please include the country code, for example +41 79 123 45 67.
intake-contact_here = No problem: a volunteer will answer you here, in this chat.
intake-summary =
    Here is what I understood:
    { $summary }

    Is this correct? If you confirm, I will pass it to a volunteer. If something is not right, you can change it.
intake-summary-confirm = Yes, send it
intake-summary-edit = No, change an answer
intake-submitted = Thank you. Your report is registered under the reference { $reference }. Please keep this reference. A volunteer will read it and contact you as soon as possible. Until then: do not pay, do not delete messages, and if you feel in danger call your local emergency number. You can write /status at any time.

## Short names of the questions: the lines of the summary and the list of answers to change
intake-consent-label = Consent
intake-category-label = What happened
intake-story-label = Your story
intake-affected-label = Who is affected
intake-organisation_type-label = Organisation
intake-when-label = When
intake-ongoing-label = Still going on
intake-evidence-label = Files sent
intake-contact_pref-label = Contact
intake-email-label = Email address
intake-phone-label = Phone number

## Words a person may type instead of pressing a button, comma separated (besides the label, its
## number and, for yes / no buttons, words-yes / words-no in common.ftl). Case and accents do not matter.
intake-consent-agree-words = ok, okay, agree, i agree, agreed, continue, go on, go ahead, fine, alright, all right, sure
intake-consent-decline-words = not now, no thanks, later, i don't agree, i do not agree
intake-category-hacked_account-words = hacked, hack, hacker, account hacked, hacked account, my account was hacked, account
intake-category-ransomware-words = ransomware, ransom, files locked, locked files, encrypted, virus, malware, my computer has a virus
intake-category-extortion-words = extortion, sextortion, blackmail, blackmailed, threat, threats, threatened
intake-category-scam-words = scam, scammed, fraud, lost money, i was scammed, fake shop
intake-category-harassment-words = harassment, harassed, bullying, bullied, cyberbullying, stalking, stalker, stalked, impersonation, fake profile, someone pretends to be me
intake-category-phishing-words = phishing, suspicious message, suspicious email, suspicious link, strange message, strange link, fake email, fake sms, a link, link
intake-category-data_leak-words = data leak, leak, leaked, my data was leaked, data breach, breach, doxxed, doxxing
intake-category-device-words = lost phone, stolen phone, phone stolen, lost my phone, my phone was stolen, laptop stolen, stolen laptop, seized, confiscated, device lost, device stolen
intake-category-ddos-words = ddos, website down, site down, website, our website, my website, website attacked
intake-category-other-words = other, something else, not sure, i don't know, don't know, i dont know, dont know
intake-affected-me-words = me, myself, only me, just me, it is me, mine, my own
intake-affected-someone_else-words = someone else, my friend, a friend, family, my mother, my father, my child, my partner, not me
intake-affected-organisation-words = organisation, organization, an organisation, an organization, our organisation, our organization, company, my company, our company, we are an organisation
intake-organisation_type-ngo-words = ngo, non profit, nonprofit, non-profit, charity, association, foundation, we are an ngo
intake-organisation_type-hospital-words = hospital, clinic, health, health service, medical, care home
intake-organisation_type-school-words = school, university, college, kindergarten
intake-organisation_type-business-words = business, company, shop, firm, small business
intake-organisation_type-public_body-words = public body, government, municipality, city council, council, town hall, ministry, local authority
intake-organisation_type-other-words = other, another, another kind, something else
intake-ongoing-yes-words = still, still happening, still going on, it continues, ongoing
intake-ongoing-no-words = stopped, it stopped, it has stopped, over, it's over, finished, ended
intake-ongoing-unsure-words = not sure, unsure, i'm not sure, i don't know, don't know, dont know, idk, maybe, perhaps
intake-contact_pref-here-words = here, chat, this chat, in this chat
intake-contact_pref-email-words = email, e-mail, mail, by email, by e-mail
intake-contact_pref-phone-words = phone, telephone, call, call me, by phone, phone call
intake-summary-confirm-words = ok, okay, correct, that's right, right, send, send it, confirm, all good, looks good
intake-summary-edit-words = change, edit, change an answer, correct it, wrong, that's wrong, not right, not correct
