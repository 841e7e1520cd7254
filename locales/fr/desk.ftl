## Les commandes des bénévoles : /link CODE, /oncall on|off, /oncall (affichées dans VOLUNTEER_LOCALE)

desk-not-volunteer = Seuls les bénévoles inscrits peuvent utiliser cette commande. Si vous en faites partie, demandez un code d'invitation à un coordinateur ou une coordinatrice et envoyez-le ici sous la forme /link CODE.
desk-link-usage = Pour lier votre compte, envoyez /link suivi du code que l'on vous a donné, par exemple : /link ABCD2345
desk-link-invalid = Ce code n'est pas valable : il est peut-être mal tapé, déjà utilisé ou expiré (un code dure 7 jours). Demandez-en un nouveau à un coordinateur ou une coordinatrice.
desk-link-taken = Ce compte est déjà lié au bénévole { $name }. Si c'est une erreur, adressez-vous à un coordinateur ou une coordinatrice.
desk-link-platform = Les comptes de bénévoles ne peuvent être liés que sur Telegram et Discord.
desk-link-done = Bienvenue, { $name } ! Votre compte est maintenant lié. Vous pouvez utiliser /oncall ici et dans le salon des bénévoles.
desk-oncall-usage = Écrivez /oncall on pour être de permanence, /oncall off pour arrêter, ou /oncall pour voir qui est de permanence maintenant.
desk-oncall-on = { $name }, vous êtes maintenant de permanence. Les cas urgents vous parviendront jusqu'à ce que vous écriviez /oncall off.
desk-oncall-off = { $name }, vous n'êtes plus de permanence.
desk-oncall-off-shift = { $name }, vous n'êtes plus de permanence, mais l'un de vos créneaux hebdomadaires est en cours : vous restez compté·e de permanence jusqu'à sa fin. Un coordinateur ou une coordinatrice peut modifier vos créneaux.
desk-oncall-nobody = Personne n'est de permanence en ce moment.
desk-oncall-now = De permanence maintenant :
desk-oncall-line = • { $name } – { $languages }
desk-oncall-line-coordinator = • { $name } – { $languages } (coordination)
