### A website down or attacked (DDoS, defacement).

website-website = That is stressful. What is the address of the website? For example “example.org”. If you would rather not say, press “Skip”.
website-site_problem = What is wrong with the website?
website-site_problem-down = It does not open at all
website-site_problem-slow = It is very slow
website-site_problem-defaced = It shows things we did not put there
website-site_problem-unsure = I am not sure
website-hosting_known = Do you know who hosts the website, and can you reach them? That is the company or person who runs its server.
website-hosting_known-yes = Yes
website-hosting_known-no = No
website-first_aid =
    Thank you. While you wait for a volunteer:
    1. Check whether it is down for everyone: try it from another network, for example your phone's mobile data.
    2. Tell your hosting company or web administrator what you see, and ask them to keep their logs.
    3. If someone changed the site: take screenshots, delete nothing yet, and change the passwords of the site and the hosting account from a device you trust.
    4. If someone asks for money to stop an attack: please do not pay. Keep their message.
    Free protection against these attacks exists for civil society groups and independent media. A volunteer can help you apply.

## Short names of the questions (the summary, the list of answers to change)
website-website-label = Website
website-site_problem-label = Problem
website-hosting_known-label = Host known

## Words a person may type instead of pressing a button, comma separated
website-site_problem-down-words = down, offline, it is down, it's down, does not open, doesn't open, not loading, unreachable
website-site_problem-slow-words = slow, very slow, it is slow, loading slowly
website-site_problem-defaced-words = defaced, hacked, changed, someone changed it, strange content, it shows strange things
website-site_problem-unsure-words = i don't know, dont know, don't know, not sure, i'm not sure, unsure, maybe, idk
website-hosting_known-yes-words = i know, we know, yes we know, yes i know
website-hosting_known-no-words = i don't know, we don't know, no idea, don't know
