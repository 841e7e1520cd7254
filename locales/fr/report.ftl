### Le résumé d'un signalement, que la personne peut remettre à la police ou à sa banque (bot/report.py) :
### en message, et en PDF dans sa langue suivi d'une copie en anglais.

## Le PDF
report-title = Résumé du signalement
report-copy-title = Résumé du signalement (copie en anglais)
report-intro = Ce résumé a été établi par un service d'aide aux personnes touchées par des cyberattaques, à partir de ce que la personne nous a dit. Ce n'est pas une plainte déposée auprès de la police.
report-copy-follows = Le même résumé en anglais suit celui-ci.
report-generated = Établi le { $generated }
report-page = Page { $page } sur { $pages }

## Lignes et titres (le PDF et le message)
report-field = { $label } : { $value }
report-utc = { $time } UTC
report-reference = Référence
report-status = État
report-created = Signalé le
report-category = Type de problème
report-what-happened = Ce qui s'est passé, avec les mots de la personne
report-dates = Dates
report-amounts = Montants
report-indicators = Éléments qui peuvent aider à identifier les auteurs
report-indicators-note = Les liens et les adresses sont écrits de façon à ne pas pouvoir être ouverts par erreur : « hxxp » remplace « http », « [.] » un point, « [@] » le signe @ et « [:] » les deux-points.
report-indicator-kind = { $kind ->
    [url] Lien web
    [domain] Nom de domaine
    [email] Adresse e-mail
    [phone] Numéro de téléphone
    [ipv4] Adresse IP
    [ipv6] Adresse IP
    [btc_address] Adresse Bitcoin
    [eth_address] Adresse Ethereum
    [iban] Compte bancaire (IBAN)
    [tx_hash] Identifiant de transaction (cryptomonnaie)
   *[other] { $kind }
}
report-evidence = Fichiers envoyés par la personne
report-evidence-none = La personne n'a envoyé aucun fichier.
report-file-size = Taille
report-file-received = Reçu le
report-bytes = { $size ->
    [one] { $size } octet
   *[other] { $size } octets
}
report-custody = À propos des valeurs SHA-256 : chacune a été calculée à la réception du fichier. Comme une empreinte digitale, elle identifie exactement le fichier envoyé par la personne. Chacun peut la calculer à nouveau à partir d'une copie du fichier, pour vérifier que cette copie n'a pas été modifiée.

## Le message
report-message-title = Résumé de votre signalement { $reference }
report-message-what-happened = Ce que vous nous avez dit
report-message-evidence = Les fichiers que vous avez envoyés
report-message-use = Vous pouvez montrer ce résumé à la police ou à votre banque.
report-pdf-caption = Le résumé de votre signalement { $reference } en fichier PDF. Vous pouvez l'imprimer, ou l'envoyer à la police ou à votre banque.
