### A website down or attacked (DDoS, defacement).

website-website = Это тяжело. Какой адрес у сайта? Например, «example.org». Если не хотите говорить, нажмите «Пропустить».
website-site_problem = Что не так с сайтом?
website-site_problem-down = Совсем не открывается
website-site_problem-slow = Очень медленно работает
website-site_problem-defaced = На нём появилось то, чего мы не размещали
website-site_problem-unsure = Точно не знаю
website-hosting_known = Вы знаете, кто отвечает за хостинг сайта, и можете с ними связаться? Это компания или человек, у которых работает сервер сайта.
website-hosting_known-yes = Да
website-hosting_known-no = Нет
website-first_aid =
    Спасибо. Пока вы ждёте волонтёра:
    1. Проверьте, не открывается ли сайт у всех: попробуйте зайти из другой сети, например через мобильный интернет на телефоне.
    2. Сообщите хостинговой компании или администратору сайта, что вы видите, и попросите сохранить логи.
    3. Если кто-то изменил сайт: сделайте скриншоты, пока ничего не удаляйте и смените пароли от сайта и от хостинга с устройства, которому доверяете.
    4. Если кто-то требует деньги, чтобы прекратить атаку, пожалуйста, не платите. Сохраните их сообщение.
    Для общественных организаций и независимых СМИ есть бесплатная защита от таких атак. Волонтёр поможет подать заявку.

## Short names of the questions (the summary, the list of answers to change)
website-website-label = Сайт
website-site_problem-label = Проблема
website-hosting_known-label = Хостинг известен

## Words a person may type instead of pressing a button, comma separated
website-site_problem-down-words = не открывается, не работает, лежит, сайт лежит, недоступен, не грузится, офлайн
website-site_problem-slow-words = медленно, очень медленно, тормозит, долго грузится, медленно грузится
website-site_problem-defaced-words = взломали, изменили, кто-то изменил, странный контент, чужой текст, дефейс
website-site_problem-unsure-words = не знаю, не уверен, не уверена, может быть, возможно
website-hosting_known-yes-words = знаю, знаем, да знаю, да знаем
website-hosting_known-no-words = не знаю, не знаем, понятия не имею
