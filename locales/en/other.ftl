### Something else, or the person does not know what it is: their own words first.

other-story = That is all right: you don't need to know what it is called. Tell me in your own words what is happening. Write as much or as little as you like. There are no wrong answers.
other-concern = Thank you. What worries you most right now?
other-concern-money = Money
other-concern-accounts = My accounts or devices
other-concern-safety = My safety or someone's safety
other-concern-privacy = My private information
other-concern-unsure = I am not sure
other-paid = Have you lost money, or paid anyone?
other-paid-yes = Yes
other-paid-no = No
other-first_aid =
    Thank you. You did the right thing by writing. While you wait for a volunteer:
    1. Please do not pay anyone, and do not share codes or passwords, even with someone who says they are from your bank, the police or a company.
    2. Keep everything: screenshots, messages, emails, receipts. Don't delete anything yet.
    3. If you think someone can get into your accounts, change your passwords from a device you trust.

## Short names of the questions (the summary, the list of answers to change)
other-story-label = Your story
other-concern-label = Worries most
other-paid-label = Lost money

## Words a person may type instead of pressing a button, comma separated
other-concern-money-words = money, my money, the money, payment
other-concern-accounts-words = accounts, my accounts, account, devices, my phone, my computer, my account
other-concern-safety-words = safety, my safety, i am scared, i'm scared, i am afraid, i'm afraid, danger, i am in danger
other-concern-privacy-words = privacy, my privacy, private information, my information, my data, data, my photos
other-concern-unsure-words = i don't know, dont know, don't know, not sure, i'm not sure, unsure, maybe, idk
other-paid-yes-words = i lost money, i paid, yes i paid, paid, lost money
other-paid-no-words = i didn't pay, i did not pay, not paid, nothing, no money
