### El resumen de un caso que la persona puede entregar a la policía o a su banco (bot/report.py):
### como mensaje, y como PDF en su idioma seguido de una copia en inglés.

## El PDF
report-title = Resumen del caso
report-copy-title = Resumen del caso (copia en inglés)
report-intro = Este resumen lo preparó un servicio de ayuda para personas afectadas por ciberataques, a partir de lo que la persona nos contó. No es una denuncia policial.
report-copy-follows = A continuación va el mismo resumen en inglés.
report-generated = Generado el { $generated }
report-page = Página { $page } de { $pages }

## Líneas y títulos (el PDF y el mensaje)
report-field = { $label }: { $value }
report-utc = { $time } UTC
report-reference = Referencia
report-status = Estado
report-created = Registrado el
report-category = Tipo de problema
report-what-happened = Qué pasó, con las palabras de la persona
report-dates = Fechas
report-amounts = Importes
report-indicators = Datos que pueden ayudar a identificar a los atacantes
report-indicators-note = Los enlaces y las direcciones están escritos de forma que no se puedan abrir por error: “hxxp” significa “http”, “[.]” un punto, “[@]” una arroba (@) y “[:]” dos puntos.
report-indicator-kind = { $kind ->
    [url] Enlace web
    [domain] Nombre de dominio
    [email] Correo electrónico
    [phone] Número de teléfono
    [ipv4] Dirección IP
    [ipv6] Dirección IP
    [btc_address] Dirección de Bitcoin
    [eth_address] Dirección de Ethereum
    [iban] Cuenta bancaria (IBAN)
    [tx_hash] Identificador de transacción (criptomonedas)
   *[other] { $kind }
}
report-evidence = Archivos que envió la persona
report-evidence-none = La persona no envió ningún archivo.
report-file-size = Tamaño
report-file-received = Recibido el
report-bytes = { $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}
report-custody = Sobre los valores SHA-256: cada uno se calculó al recibir el archivo. Como una huella digital, identifica exactamente el archivo que envió la persona. Cualquiera puede volver a calcularlo a partir de una copia del archivo para comprobar que la copia no ha cambiado.

## El mensaje
report-message-title = Resumen de tu caso { $reference }
report-message-what-happened = Lo que nos contaste
report-message-evidence = Archivos que enviaste
report-message-use = Puedes mostrar este resumen a la policía o a tu banco.
report-pdf-caption = El resumen de tu caso { $reference } en un archivo PDF. Puedes imprimirlo o enviarlo a la policía o a tu banco.
