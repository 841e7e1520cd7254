### Qué decir cuando no se pudo leer una respuesta. Un mensaje por cada error de bot/engine/validators.py.
### Cada uno dice con amabilidad lo que se espera, con un ejemplo; nunca culpa a la persona.

## Free text
invalid-text-too-short = ¿Puedes contarme un poco más? Escribe al menos { $min ->
    [one] 1 carácter
   *[other] { $min } caracteres
}, por ejemplo: “Alguien me llamó haciéndose pasar por mi banco.”
invalid-text-too-long = Gracias por todos estos detalles. Esta respuesta es demasiado larga para mí: usa como máximo { $max ->
    [one] 1 carácter
   *[other] { $max } caracteres
} y escribe solo lo más importante, como qué pasó y cuándo.

## Yes or no
invalid-yes-no = No entendí si eso es un sí o un no. Responde “sí” o “no”.

## Numbers
invalid-number = No pude leer eso como un número. Escribe solo el número, por ejemplo “3” o “1,5”.
invalid-number-integer = Escribe un número entero, sin decimales, por ejemplo “3”.
invalid-number-range = Escribe un número entre { $min } y { $max }, por ejemplo “{ $min }”.
invalid-number-too-small = Escribe un número que sea { $min } o más, por ejemplo “{ $min }”.
invalid-number-too-large = Escribe un número que no pase de { $max }, por ejemplo “{ $max }”.

## Money
invalid-money = No pude leer esa cantidad. Escribe una sola cantidad con su moneda, por ejemplo “500 euros”, “200 USD” o “0,5 BTC”.
invalid-money-currency = ¿En qué moneda era? Escribe la cantidad con su moneda, por ejemplo “500 euros”, “200 dólares” o “5000 MXN”.

## Dates and times
invalid-date = No pude leer eso como una fecha. Puedes escribir, por ejemplo, “ayer”, “3 de mayo” o “2026-05-03”. Si no lo recuerdas, escribe “no lo sé”.
invalid-date-incomplete = ¿Me dices también el día? Por ejemplo “3 de mayo” o “hace 3 días”. Basta con un día aproximado.
invalid-date-future = Esa fecha parece estar en el futuro. Dime cuándo pasó, por ejemplo “ayer” o “3 de mayo”.
invalid-datetime = No pude leer eso como fecha y hora. Puedes escribir, por ejemplo, “ayer a las 14:00” o “3 de mayo a las 9:30”. Si no lo recuerdas, escribe “no lo sé”.
invalid-datetime-no-time = ¿Recuerdas más o menos a qué hora fue? Por ejemplo “ayer a las 14:00”. Si no recuerdas la hora, basta con el momento del día, como “ayer por la tarde”.

## Contact details and links
invalid-email = Eso no parece una dirección de correo electrónico. Escríbela completa, por ejemplo “nombre@ejemplo.com”.
invalid-url = Eso no parece una dirección web. Cópiala tal como la ves, por ejemplo “www.ejemplo.com” o “https://ejemplo.com/login”.
invalid-phone = No pude leer eso como un número de teléfono. Escríbelo con el código de país, por ejemplo “+41 79 123 45 67”.

## Texto guardado como prueba
upload-text-kept = Guardado como prueba: guardé este texto de forma segura junto con tu caso. Puedes enviar más o tocar “Listo”.
