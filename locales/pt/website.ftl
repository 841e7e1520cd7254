### A website down or attacked (DDoS, defacement).

website-website = Isso é estressante. Qual é o endereço do site? Por exemplo “example.org”. Se preferir não dizer, toque em “Pular”.
website-site_problem = Qual é o problema com o site?
website-site_problem-down = Não abre de jeito nenhum
website-site_problem-slow = Está muito lento
website-site_problem-defaced = Mostra coisas que não colocamos lá
website-site_problem-unsure = Não sei bem
website-hosting_known = Sabe quem hospeda o site, e consegue falar com essa empresa ou pessoa? É quem administra o servidor do site.
website-hosting_known-yes = Sim
website-hosting_known-no = Não
website-first_aid =
    Obrigado. Enquanto espera por um voluntário:
    1. Veja se o site está fora do ar para todos: tente a partir de outra rede, por exemplo os dados móveis do seu celular.
    2. Conte à empresa de hospedagem ou ao administrador do site o que está vendo, e peça que guardem os registros (logs).
    3. Se alguém alterou o site: tire capturas de tela, não apague nada por enquanto e troque as senhas do site e da conta de hospedagem a partir de um aparelho de confiança.
    4. Se alguém pedir dinheiro para parar um ataque: por favor, não pague. Guarde a mensagem.
    Existe proteção gratuita contra esses ataques para grupos da sociedade civil e meios de comunicação independentes. Um voluntário pode ajudar a fazer o pedido.

## Short names of the questions (the summary, the list of answers to change)
website-website-label = Site
website-site_problem-label = Problema
website-hosting_known-label = Hospedagem conhecida

## Words a person may type instead of pressing a button, comma separated
website-site_problem-down-words = fora do ar, offline, não abre, caiu, o site caiu, não carrega, inacessível, down
website-site_problem-slow-words = lento, muito lento, está lento, carrega devagar, devagar
website-site_problem-defaced-words = alterado, hackeado, invadido, mudaram, alguém mudou, conteúdo estranho, mostra coisas estranhas, desfigurado
website-site_problem-unsure-words = não sei, não tenho certeza, talvez, sei lá
website-hosting_known-yes-words = sei, sabemos, sim sei, sim sabemos, eu sei
website-hosting_known-no-words = não sei, não sabemos, não faço ideia, sei lá
