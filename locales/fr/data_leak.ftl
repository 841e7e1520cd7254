### Des données personnelles ont fuité.

data_leak-leaked_data = Je suis désolé, c'est inquiétant. Qu'est-ce qui a fuité ? S'il y a plusieurs choses, choisissez celle qui vous inquiète le plus.
data_leak-leaked_data-passwords = Des mots de passe
data_leak-leaked_data-bank_details = Des coordonnées bancaires ou de carte
data_leak-leaked_data-id_documents = Des papiers d'identité ou un passeport
data_leak-leaked_data-address = Mon adresse ou mon numéro de téléphone
data_leak-leaked_data-private_content = Des photos ou des messages privés
data_leak-leaked_data-other = Autre chose
data_leak-leak_source = Comment l'avez-vous appris ?
data_leak-leak_source-breach = Une entreprise ou un service m'a signalé une fuite de données
data_leak-leak_source-published = Quelqu'un l'a publié en ligne
data_leak-leak_source-unsure = Je ne sais pas
data_leak-first_aid =
    Merci. En attendant un bénévole, selon ce qui a fuité :
    1. Mots de passe : changez le mot de passe partout où vous l'utilisiez, et activez la validation en deux étapes.
    2. Coordonnées bancaires ou de carte : appelez votre banque pour faire bloquer la carte, et vérifiez vos relevés.
    3. Papiers d'identité : prévenez l'administration qui les a délivrés, et surveillez les crédits ou les comptes ouverts à votre nom.
    4. Si c'est publié en ligne : faites des captures d'écran avec l'adresse de la page, puis demandez au site ou à la plateforme de le retirer.
    Méfiez-vous des appels ou des e-mails qui parlent de cette fuite : les escrocs utilisent les données volées pour paraître dignes de confiance.

## Short names of the questions (the summary, the list of answers to change)
data_leak-leaked_data-label = Ce qui a fuité
data_leak-leak_source-label = Appris par

## Words a person may type instead of pressing a button, comma separated
data_leak-leaked_data-passwords-words = mot de passe, mots de passe, mon mot de passe, identifiants, login
data_leak-leaked_data-bank_details-words = banque, coordonnées bancaires, carte, carte bancaire, carte de crédit, numéro de carte, iban, rib
data_leak-leaked_data-id_documents-words = identité, papiers, papiers d'identité, pièce d'identité, passeport, carte d'identité, documents, permis de conduire
data_leak-leaked_data-address-words = adresse, mon adresse, adresse postale, téléphone, numéro de téléphone, mon numéro, mon numéro de téléphone
data_leak-leaked_data-private_content-words = photos, photos privées, messages, messages privés, images, conversations
data_leak-leaked_data-other-words = autre, autre chose
data_leak-leak_source-breach-words = fuite de données, fuite, une entreprise m'a prévenu, une entreprise m'a prévenue, j'ai reçu un e-mail, j'ai reçu un mail, on m'a prévenu, on m'a prévenue, notification
data_leak-leak_source-published-words = publié, publiée, en ligne, c'est en ligne, posté, quelqu'un l'a publié, sur internet
data_leak-leak_source-unsure-words = je ne sais pas, je sais pas, sais pas, jsp, pas sûr, pas sûre, je ne suis pas sûr, je ne suis pas sûre, peut-être
