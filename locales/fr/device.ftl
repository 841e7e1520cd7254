### Un appareil perdu, volé ou saisi.

device-device_event = Je suis désolé. Qu'est-il arrivé à l'appareil ?
device-device_event-lost = Je l'ai perdu
device-device_event-stolen = On me l'a volé
device-device_event-seized = La police ou les autorités l'ont pris
device-device_type = Quel type d'appareil est-ce ?
device-device_type-phone = Un téléphone
device-device_type-laptop = Un ordinateur, portable ou fixe
device-device_type-tablet = Une tablette
device-device_type-other = Autre chose
device-screen_lock = Était-il verrouillé par un code PIN, un mot de passe, une empreinte digitale ou votre visage ?
device-screen_lock-yes = Oui
device-screen_lock-no = Non
device-screen_lock-unsure = Je ne sais pas
device-first_aid =
    Merci. En attendant un bénévole, voici ce qui aide le plus :
    1. Depuis un autre appareil de confiance, changez les mots de passe de votre messagerie et de vos comptes les plus importants, et déconnectez-en l'appareil perdu.
    2. Utilisez « Localiser mon appareil » (Android) ou « Localiser » (Apple) pour verrouiller l'appareil, ou pour l'effacer si vous ne le récupérerez pas.
    3. Si c'est un téléphone, appelez votre opérateur mobile pour bloquer la carte SIM, afin que personne ne reçoive vos codes par SMS.
    4. Prévenez vos contacts que les messages venant de cet appareil ne viennent peut-être pas de vous.
    5. S'il a été volé, portez plainte à la police. Le numéro IMEI, sur la boîte ou la facture, est utile.
device-first_aid_seized =
    Merci. C'est une situation qui peut faire peur. En attendant un bénévole :
    1. S'il vous plaît, n'essayez pas d'effacer l'appareil vous-même avant d'avoir parlé à un avocat : cela pourrait vous causer des problèmes juridiques.
    2. Depuis un autre appareil de confiance, déconnectez-le de vos comptes (e-mail, WhatsApp, Signal, Telegram, réseaux sociaux) et changez vos mots de passe.
    3. Prévenez les personnes de vos contacts qui pourraient être en danger.
    4. Notez quand, où et par qui il a été pris, et gardez tous les papiers qu'on vous a remis.

## Short names of the questions (the summary, the list of answers to change)
device-device_event-label = Ce qui est arrivé
device-device_type-label = Type d'appareil
device-screen_lock-label = Verrouillé par code ou mot de passe

## Words a person may type instead of pressing a button, comma separated
device-device_event-lost-words = perdu, je l'ai perdu, j'ai perdu mon téléphone, disparu, je ne le trouve plus, introuvable
device-device_event-stolen-words = volé, on me l'a volé, on l'a volé, vol, cambriolage, agression
device-device_event-seized-words = saisi, police, confisqué, la police l'a pris, autorités, frontière, douane, pris par la police
device-device_type-phone-words = téléphone, mon téléphone, portable, mon portable, mobile, smartphone, iphone, android
device-device_type-laptop-words = ordinateur, ordi, mon ordinateur, mon ordi, pc, macbook, ordinateur portable, laptop
device-device_type-tablet-words = tablette, ipad
device-device_type-other-words = autre, autre chose
device-screen_lock-yes-words = il était verrouillé, verrouillé, code, code pin, pin, mot de passe, empreinte, empreinte digitale, face id, reconnaissance faciale
device-screen_lock-no-words = pas verrouillé, il n'était pas verrouillé, pas de code, pas de mot de passe
device-screen_lock-unsure-words = je ne sais pas, je sais pas, sais pas, jsp, pas sûr, pas sûre, je ne suis pas sûr, je ne suis pas sûre, peut-être
