### Una página web caída o atacada (DDoS, desfiguración).

website-website = Esto es estresante. ¿Cuál es la dirección de la página web? Por ejemplo, “example.org”. Si prefieres no decirlo, toca “Saltar”.
website-site_problem = ¿Qué problema tiene la página web?
website-site_problem-down = No abre para nada
website-site_problem-slow = Va muy lenta
website-site_problem-defaced = Muestra cosas que no pusimos nosotros
website-site_problem-unsure = No lo sé
website-hosting_known = ¿Sabes quién aloja la página web y puedes contactar con esa persona o empresa? Es quien gestiona su servidor.
website-hosting_known-yes = Sí
website-hosting_known-no = No
website-first_aid =
    Gracias. Mientras esperas a una persona voluntaria:
    1. Comprueba si está caída para todo el mundo: prueba desde otra red, por ejemplo con los datos móviles de tu teléfono.
    2. Cuéntale a tu empresa de hosting o a quien administra la web lo que ves, y pide que guarden sus registros (logs).
    3. Si alguien cambió la página: haz capturas de pantalla, no borres nada todavía y cambia las contraseñas de la web y de la cuenta de hosting desde un dispositivo de confianza.
    4. Si alguien pide dinero para detener un ataque: por favor, no pagues. Guarda su mensaje.
    Existe protección gratuita contra estos ataques para organizaciones de la sociedad civil y medios independientes. Una persona voluntaria puede ayudarte a solicitarla.

## Short names of the questions (the summary, the list of answers to change)
website-website-label = Página web
website-site_problem-label = Problema
website-hosting_known-label = Hosting conocido

## Words a person may type instead of pressing a button, comma separated
website-site_problem-down-words = caída, caído, está caída, no abre, no carga, no funciona, fuera de línea, offline, inaccesible
website-site_problem-slow-words = lenta, lento, muy lenta, va lenta, carga lento, tarda mucho
website-site_problem-defaced-words = desfigurada, hackeada, cambiada, alguien la cambió, contenido raro, muestra cosas raras, la modificaron
website-site_problem-unsure-words = no sé, no lo sé, no estoy seguro, no estoy segura, ni idea, tal vez, quizás
website-hosting_known-yes-words = lo sé, lo sabemos, sí lo sé, sí lo sabemos, sé quién es
website-hosting_known-no-words = no lo sé, no sé, no lo sabemos, no sabemos, no sé quién es, ni idea
