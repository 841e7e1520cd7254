### Personal data leaked.

data_leak-leaked_data = I am sorry, that is unsettling. What was leaked? If several things, choose the one that worries you most.
data_leak-leaked_data-passwords = Passwords
data_leak-leaked_data-bank_details = Bank or card details
data_leak-leaked_data-id_documents = ID documents or passport
data_leak-leaked_data-address = My address or phone number
data_leak-leaked_data-private_content = Private photos or messages
data_leak-leaked_data-other = Something else
data_leak-leak_source = How did you find out?
data_leak-leak_source-breach = A company or service told me about a data breach
data_leak-leak_source-published = Someone published it online
data_leak-leak_source-unsure = I am not sure
data_leak-first_aid =
    Thank you. While you wait for a volunteer, depending on what was leaked:
    1. Passwords: change the password everywhere you used it, and turn on two-step verification.
    2. Bank or card details: call your bank to block the card, and check your statements.
    3. ID documents: tell the office that issued them, and watch for loans or accounts opened in your name.
    4. If it was published: take screenshots with the page address, then ask the site or platform to remove it.
    Be careful with calls or emails that mention the leak: scammers use leaked data to look trustworthy.

## Short names of the questions (the summary, the list of answers to change)
data_leak-leaked_data-label = What was leaked
data_leak-leak_source-label = Found out through

## Words a person may type instead of pressing a button, comma separated
data_leak-leaked_data-passwords-words = password, passwords, my password, login
data_leak-leaked_data-bank_details-words = bank, bank details, card, card details, credit card, iban
data_leak-leaked_data-id_documents-words = id, passport, id card, documents, identity card, driving licence, driver's license
data_leak-leaked_data-address-words = address, my address, home address, phone number, my phone number, my number
data_leak-leaked_data-private_content-words = photos, private photos, messages, private messages, pictures, chats
data_leak-leaked_data-other-words = other, something else
data_leak-leak_source-breach-words = breach, data breach, a company told me, i got an email, they told me, notification
data_leak-leak_source-published-words = published, online, posted, someone posted it, it is online, it's online
data_leak-leak_source-unsure-words = i don't know, dont know, don't know, not sure, i'm not sure, unsure, maybe, idk
