### A website down or attacked (DDoS, defacement).

website-website = Das ist belastend. Wie lautet die Adresse der Website? Zum Beispiel „example.org“. Wenn Sie es lieber nicht sagen möchten, tippen Sie auf „Überspringen“.
website-site_problem = Was stimmt mit der Website nicht?
website-site_problem-down = Sie öffnet sich gar nicht
website-site_problem-slow = Sie ist sehr langsam
website-site_problem-defaced = Sie zeigt Dinge, die wir nicht dort eingestellt haben
website-site_problem-unsure = Ich bin nicht sicher
website-hosting_known = Wissen Sie, wer die Website hostet, und können Sie diese Firma oder Person erreichen? Gemeint ist, wer den Server der Website betreibt.
website-hosting_known-yes = Ja
website-hosting_known-no = Nein
website-first_aid =
    Danke. Während Sie auf jemanden aus unserem Team warten:
    1. Prüfen Sie, ob die Website für alle nicht erreichbar ist: Versuchen Sie es über ein anderes Netz, zum Beispiel über die mobilen Daten Ihres Handys.
    2. Sagen Sie Ihrem Hosting-Anbieter oder Ihrer Web-Administration, was Sie sehen, und bitten Sie darum, die Logdateien aufzubewahren.
    3. Wenn jemand die Website verändert hat: Machen Sie Screenshots, löschen Sie noch nichts und ändern Sie die Passwörter der Website und des Hosting-Kontos auf einem Gerät, dem Sie vertrauen.
    4. Wenn jemand Geld verlangt, um einen Angriff zu beenden: Bitte zahlen Sie nicht. Bewahren Sie die Nachricht auf.
    Für zivilgesellschaftliche Gruppen und unabhängige Medien gibt es kostenlosen Schutz gegen solche Angriffe. Jemand aus unserem Team kann Ihnen beim Antrag helfen.

## Short names of the questions (the summary, the list of answers to change)
website-website-label = Website
website-site_problem-label = Problem
website-hosting_known-label = Hoster bekannt

## Words a person may type instead of pressing a button, comma separated
website-site_problem-down-words = down, offline, nicht erreichbar, geht nicht, öffnet sich nicht, lädt nicht, ist down, ist offline
website-site_problem-slow-words = langsam, sehr langsam, ist langsam, lädt langsam
website-site_problem-defaced-words = verändert, gehackt, jemand hat sie verändert, seltsame inhalte, komische inhalte, fremde inhalte
website-site_problem-unsure-words = weiß nicht, ich weiß nicht, nicht sicher, unsicher, keine ahnung, vielleicht
website-hosting_known-yes-words = ich weiß es, wir wissen es, ja weiß ich, ja wissen wir, bekannt
website-hosting_known-no-words = weiß ich nicht, wissen wir nicht, ich weiß nicht, keine ahnung, unbekannt
