### Fraudes y estafas: de qué tipo, dónde, el dinero (cuánto, cómo, cuándo, adónde fue), el banco.

scam-scam_type = Siento mucho que te haya pasado esto. Los estafadores son muy hábiles, y le puede pasar a cualquiera. ¿Qué tipo de estafa fue?
scam-scam_type-investment = Una oferta de inversión o trading
scam-scam_type-romance = Alguien que conocí en internet (estafa romántica)
scam-scam_type-shopping = Compra o venta en internet
scam-scam_type-tech_support = Falso soporte técnico o falsa llamada del banco
scam-scam_type-crypto = Criptomonedas
scam-scam_type-other = Otra cosa
scam-scam_platform = ¿Dónde pasó, o por dónde te contactaron por primera vez?
scam-scam_platform-website = En una página web
scam-scam_platform-social_media = En redes sociales
scam-scam_platform-messaging = WhatsApp, Telegram u otra app de mensajes
scam-scam_platform-dating = En una app o página de citas
scam-scam_platform-phone_call = Por llamada o SMS
scam-scam_platform-email = Por correo electrónico
scam-scam_platform-other = En otro lugar
scam-paid = ¿Enviaste dinero o pagaste algo?
scam-paid-yes = Sí
scam-paid-no = No
scam-amount = ¿Cuánto perdiste en total? Escribe la cantidad y la moneda, por ejemplo “300 euros” o “0,05 BTC”. Basta con un cálculo aproximado. Si prefieres no decirlo, toca “Saltar”.
scam-payment_method = ¿Cómo pagaste? Si pagaste de varias formas, elige la principal.
scam-payment_method-bank_transfer = Transferencia bancaria
scam-payment_method-card = Tarjeta de crédito o débito
scam-payment_method-crypto = Criptomonedas
scam-payment_method-gift_cards = Tarjetas regalo o vales
scam-payment_method-money_transfer = Un servicio de envío de dinero (Western Union, PayPal…)
scam-payment_method-cash = Efectivo
scam-payment_method-other = De otra forma
scam-paid_on = ¿Cuándo pagaste? Si pagaste varias veces, ¿cuándo fue el último pago? Por ejemplo, “ayer” o “3 de mayo”. Si no lo sabes, escribe “no lo sé”.
scam-destination = ¿Adónde fue el dinero? Si tienes el número de cuenta (IBAN) o la dirección de la billetera cripto que te dieron, cópialo aquí tal cual. Si no lo tienes, toca “Saltar”.
scam-money_leaving = ¿Sigue saliendo dinero de tu cuenta, o te siguen pidiendo que pagues?
scam-money_leaving-yes = Sí
scam-money_leaving-no = No
scam-money_leaving-unsure = No lo sé
scam-bank_told = ¿Ya avisaste a tu banco o a tu servicio de pago?
scam-bank_told-yes = Sí
scam-bank_told-no = Todavía no
scam-first_aid_money =
    Gracias. Esto es lo que más ayuda, ahora mismo:
    1. Llama ya a tu banco, servicio de pago o plataforma de criptomonedas, al número de tu tarjeta o de su página web oficial. Pide que detengan o devuelvan el pago y que bloqueen tu tarjeta. Cuanto antes, mejor.
    2. Por favor, no envíes más dinero, aunque te prometan devolvértelo o te pidan “comisiones” o “impuestos” para liberar tu dinero.
    3. Deja de responderles. Si tuvieron acceso a tu computadora (AnyDesk, TeamViewer…), desconéctala de internet y cambia tus contraseñas del banco desde otro dispositivo.
    4. Guárdalo todo: recibos, extractos bancarios, chats, direcciones de páginas web, números de cuenta o de billetera.
    5. Denúncialo a la policía. Tu banco puede pedirte la denuncia.
scam-first_aid =
    Gracias. Mientras esperas a una persona voluntaria:
    1. Por favor, no envíes dinero, códigos ni copias de tus documentos, y deja de responderles.
    2. Si diste los datos de tu tarjeta o una contraseña, avisa a tu banco y cambia la contraseña ya.
    3. Guarda los mensajes, su perfil y la dirección de la página web: haz capturas de pantalla.
    4. Denuncia el perfil, el anuncio o la página web en la plataforma donde lo encontraste.

## Short names of the questions (the summary, the list of answers to change)
scam-scam_type-label = Tipo de estafa
scam-scam_platform-label = Dónde pasó
scam-paid-label = Pagaste dinero
scam-amount-label = Cantidad perdida
scam-payment_method-label = Forma de pago
scam-paid_on-label = Fecha del pago
scam-destination-label = Cuenta o billetera
scam-money_leaving-label = Sigue saliendo dinero
scam-bank_told-label = Banco avisado

## Words a person may type instead of pressing a button, comma separated
scam-scam_type-investment-words = inversión, inversiones, invertir, trading, plataforma de trading, forex, bolsa, acciones
scam-scam_type-romance-words = romance, romántica, amor, citas, novio, novia, alguien que conocí en internet, un hombre que conocí en internet, una mujer que conocí en internet
scam-scam_type-shopping-words = compra, compras, compra en internet, tienda falsa, tienda, comprar, vender, venta, marketplace, compré algo, vendí algo
scam-scam_type-tech_support-words = soporte técnico, microsoft, falso microsoft, soporte, falso banco, llamada del banco, alguien de mi banco, acceso remoto, anydesk, teamviewer
scam-scam_type-crypto-words = cripto, bitcoin, btc, usdt, criptomoneda, criptomonedas, billetera cripto
scam-scam_type-other-words = otra, otra cosa
scam-scam_platform-website-words = página web, una página web, web, sitio web, página, tienda en línea, tienda online
scam-scam_platform-social_media-words = redes sociales, redes, facebook, instagram, tiktok, twitter, x, facebook marketplace
scam-scam_platform-messaging-words = whatsapp, telegram, messenger, signal, viber, chat, mensajes
scam-scam_platform-dating-words = citas, app de citas, página de citas, tinder, bumble, hinge
scam-scam_platform-phone_call-words = teléfono, llamada, por teléfono, sms, mensaje de texto, me llamaron
scam-scam_platform-email-words = correo, correo electrónico, email, e-mail, mail, por correo
scam-scam_platform-other-words = otro, otro lugar, en otro sitio, en persona
scam-paid-yes-words = pagué, sí pagué, pagado, envié dinero, sí envié dinero, perdí dinero
scam-paid-no-words = no pagué, no he pagado, nada, no pagué nada, todavía no
scam-payment_method-bank_transfer-words = transferencia, transferencia bancaria, banco, iban, sepa, bizum, spei
scam-payment_method-card-words = tarjeta, tarjeta de crédito, tarjeta de débito, mi tarjeta, visa, mastercard
scam-payment_method-crypto-words = cripto, bitcoin, btc, usdt, billetera cripto, criptomoneda, criptomonedas, ethereum
scam-payment_method-gift_cards-words = tarjeta regalo, tarjetas regalo, tarjeta de regalo, vale, vales, itunes, google play, tarjeta amazon, paysafecard, steam
scam-payment_method-money_transfer-words = western union, paypal, moneygram, revolut, wise, envío de dinero, remitly
scam-payment_method-cash-words = efectivo, en efectivo, en mano, en persona
scam-payment_method-other-words = otra, otra forma, de otra forma, otra cosa
scam-money_leaving-yes-words = sigue saliendo, sigue saliendo dinero, siguen sacando dinero, siguen pidiendo, piden más, quieren más
scam-money_leaving-no-words = paró, ya paró, ya no sale, ya no piden
scam-money_leaving-unsure-words = no sé, no lo sé, no estoy seguro, no estoy segura, ni idea, tal vez, quizás
scam-bank_told-yes-words = ya les avisé, ya avisé, llamé a mi banco, llamé al banco, el banco lo sabe, sí les avisé, hecho
scam-bank_told-no-words = todavía no, aún no, no les avisé, no he avisado, no todavía
