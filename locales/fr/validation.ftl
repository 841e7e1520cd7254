### Que dire quand une réponse n'a pas pu être lue. Un message par erreur de bot/engine/validators.py.
### Chacun dit gentiment ce qui est attendu, avec un exemple ; sans jamais faire de reproche.

## Texte libre
invalid-text-too-short = Pouvez-vous m'en dire un peu plus ? Écrivez au moins { $min } caractères, par exemple « Quelqu'un m'a téléphoné en se faisant passer pour ma banque. »
invalid-text-too-long = Merci pour tous ces détails. Cette réponse est trop longue pour moi : { $max } caractères maximum. Écrivez seulement l'essentiel, par exemple ce qui s'est passé et quand.

## Oui ou non
invalid-yes-no = Je n'ai pas compris si c'est oui ou non. Répondez « oui » ou « non », s'il vous plaît.

## Nombres
invalid-number = Je n'ai pas pu lire ce nombre. Écrivez seulement le nombre, par exemple « 3 » ou « 1,5 ».
invalid-number-integer = Écrivez un nombre entier, sans virgule, par exemple « 3 ».
invalid-number-range = Écrivez un nombre entre { $min } et { $max }, par exemple « { $min } ».
invalid-number-too-small = Écrivez un nombre d'au moins { $min }, par exemple « { $min } ».
invalid-number-too-large = Écrivez un nombre qui ne dépasse pas { $max }, par exemple « { $max } ».

## Argent
invalid-money = Je n'ai pas pu lire ce montant. Écrivez un seul montant avec sa monnaie, par exemple « 500 euros », « 200 USD » ou « 0,5 BTC ».
invalid-money-currency = Dans quelle monnaie ? Écrivez le montant avec sa monnaie, par exemple « 500 euros », « 1000 UAH » ou « 200 USD ».

## Dates et heures
invalid-date = Je n'ai pas pu lire cette date. Vous pouvez écrire par exemple « hier », « 3 mai » ou « 03/05/2026 ». En cas de doute, écrivez « je ne sais pas ».
invalid-date-incomplete = Pouvez-vous aussi me donner le jour ? Par exemple « 3 mai » ou « il y a 3 jours ». Un jour approximatif, c'est très bien.
invalid-date-future = Cette date semble être dans le futur. Dites-moi quand cela s'est passé, par exemple « hier » ou « 3 mai ».
invalid-datetime = Je n'ai pas pu lire cette date et cette heure. Vous pouvez écrire par exemple « hier à 14 h » ou « 3 mai à 9 h 30 ». En cas de doute, écrivez « je ne sais pas ».
invalid-datetime-no-time = Vous souvenez-vous à peu près de l'heure ? Par exemple « hier à 14 h ». Si vous ne savez plus l'heure, le moment de la journée suffit, comme « hier soir ».

## Coordonnées et liens
invalid-email = Cela ne ressemble pas à une adresse e-mail. Écrivez-la en entier, par exemple « nom@exemple.com ».
invalid-url = Cela ne ressemble pas à une adresse de site web. Copiez-la telle que vous la voyez, par exemple « www.exemple.com » ou « https://exemple.com/connexion ».
invalid-phone = Je n'ai pas pu lire ce numéro de téléphone. Écrivez-le avec l'indicatif du pays, par exemple « +41 79 123 45 67 ».

## Texte gardé comme preuve
upload-text-kept = Gardé comme preuve : j'ai mis ce texte en sécurité avec votre signalement. Vous pouvez en envoyer d'autres, ou appuyer sur « Terminé ».
