### O que dizer quando não foi possível ler uma resposta. Uma mensagem por erro de bot/engine/validators.py.
### Cada uma diz com gentileza o que se espera, com um exemplo; nunca culpar a pessoa.

## Free text
invalid-text-too-short = Pode contar um pouco mais? Escreva pelo menos { $min } caracteres, por exemplo: “Alguém me ligou e disse que era do meu banco.”
invalid-text-too-long = Obrigado por todos esses detalhes. Esta resposta é longa demais para mim: escreva no máximo { $max } caracteres, só com o mais importante, como o que aconteceu e quando.

## Yes or no
invalid-yes-no = Não entendi se isso quer dizer sim ou não. Por favor, responda “sim” ou “não”.

## Numbers
invalid-number = Não consegui ler isso como um número. Escreva só o número, por exemplo “3” ou “1,5”.
invalid-number-integer = Escreva um número inteiro, sem casas decimais, por exemplo “3”.
invalid-number-range = Escreva um número entre { $min } e { $max }, por exemplo “{ $min }”.
invalid-number-too-small = Escreva um número igual ou maior que { $min }, por exemplo “{ $min }”.
invalid-number-too-large = Escreva um número que não passe de { $max }, por exemplo “{ $max }”.

## Money
invalid-money = Não consegui ler esse valor. Escreva um valor com a moeda, por exemplo “500 reais”, “200 euros” ou “0,5 BTC”.
invalid-money-currency = Qual era a moeda? Escreva o valor com a moeda, por exemplo “500 reais”, “200 euros” ou “100 USD”.

## Dates and times
invalid-date = Não consegui ler isso como uma data. Pode escrever, por exemplo, “ontem”, “3 de maio” ou “03/05/2026”. Se não souber, escreva “não sei”.
invalid-date-incomplete = Pode dizer também o dia? Por exemplo “3 de maio” ou “há 3 dias”. Um dia aproximado já serve.
invalid-date-future = Essa data parece estar no futuro. Diga quando aconteceu, por exemplo “ontem” ou “3 de maio”.
invalid-datetime = Não consegui ler isso como data e hora. Pode escrever, por exemplo, “ontem às 14h” ou “3 de maio às 9:30”. Se não souber, escreva “não sei”.
invalid-datetime-no-time = Sabe mais ou menos a que horas foi? Por exemplo “ontem às 14h”. Se não souber a hora, basta a parte do dia, como “ontem à noite”.

## Contact details and links
invalid-email = Isso não parece um endereço de e-mail. Escreva o endereço completo, por exemplo “nome@exemplo.com”.
invalid-url = Isso não parece um endereço de site. Copie tal como aparece, por exemplo “www.exemplo.com” ou “https://exemplo.com/login”.
invalid-phone = Não consegui ler isso como um número de telefone. Escreva com o código do país, por exemplo “+55 11 98765 4321” ou “+351 912 345 678”.

## Texto guardado como prova
upload-text-kept = Guardado como prova: guardei este texto em segurança junto com o seu caso. Pode enviar mais ou tocar em “Pronto”.
