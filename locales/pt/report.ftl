### O resumo de um caso que a pessoa pode entregar à polícia ou ao seu banco (bot/report.py):
### como mensagem, e como PDF no seu idioma seguido de uma cópia em inglês.

## O PDF
report-title = Resumo do caso
report-copy-title = Resumo do caso (cópia em inglês)
report-intro = Este resumo foi feito por um serviço de ajuda para pessoas afetadas por ataques cibernéticos, com base no que a pessoa nos contou. Não é um boletim de ocorrência.
report-copy-follows = Em seguida vem o mesmo resumo em inglês.
report-generated = Gerado em { $generated }
report-page = Página { $page } de { $pages }

## Linhas e títulos (o PDF e a mensagem)
report-field = { $label }: { $value }
report-utc = { $time } UTC
report-reference = Referência
report-status = Situação
report-created = Registrado em
report-category = Tipo de problema
report-what-happened = O que aconteceu, nas palavras da própria pessoa
report-dates = Datas
report-amounts = Valores
report-indicators = Dados que podem ajudar a identificar os autores do ataque
report-indicators-note = Os links e endereços estão escritos de forma que não possam ser abertos por engano: “hxxp” significa “http”, “[.]” um ponto, “[@]” o sinal @ e “[:]” dois-pontos.
report-indicator-kind = { $kind ->
    [url] Link
    [domain] Nome de domínio
    [email] Endereço de e-mail
    [phone] Número de telefone
    [ipv4] Endereço IP
    [ipv6] Endereço IP
    [btc_address] Endereço de Bitcoin
    [eth_address] Endereço de Ethereum
    [iban] Conta bancária (IBAN)
    [tx_hash] ID da transação (criptomoeda)
   *[other] { $kind }
}
report-evidence = Arquivos enviados pela pessoa
report-evidence-none = A pessoa não enviou nenhum arquivo.
report-file-size = Tamanho
report-file-received = Recebido em
report-bytes = { $size ->
    [1] 1 byte
   *[other] { $size } bytes
}
report-custody = Sobre os valores SHA-256: cada um foi calculado quando o arquivo foi recebido. Como uma impressão digital, ele identifica exatamente o arquivo que a pessoa enviou. Qualquer pessoa pode calculá-lo de novo a partir de uma cópia do arquivo, para verificar que a cópia não foi alterada.

## A mensagem
report-message-title = Resumo do seu caso { $reference }
report-message-what-happened = O que você nos contou
report-message-evidence = Arquivos que você enviou
report-message-use = Você pode mostrar este resumo à polícia ou ao seu banco.
report-pdf-caption = O resumo do seu caso { $reference } em um arquivo PDF. Você pode imprimi-lo ou enviá-lo à polícia ou ao seu banco.
