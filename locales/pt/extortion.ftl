### Detalhes de extorsão e sextorsão.

extortion-threat = Sinto muito. A culpa não é sua. O que a pessoa ameaça fazer?
extortion-threat-intimate_images = Divulgar fotos ou vídeos íntimos
extortion-threat-personal_data = Publicar os meus dados pessoais
extortion-threat-other = Outra coisa
extortion-demand = O que a pessoa exige? Se for dinheiro, escreva o valor e a moeda, por exemplo “500 reais” ou “500 euros”. Se a pessoa não pediu nada, toque em “Pular”.
extortion-paid = Já pagou alguma coisa até agora?
extortion-paid-yes = Sim
extortion-paid-no = Não
extortion-safety_note = Importante: por favor, não pague mais nada e não responda à pessoa por enquanto. Pagar quase nunca faz as ameaças pararem. Guarde as mensagens: elas são provas.

## Short names of the questions (the summary, the list of answers to change)
extortion-threat-label = A ameaça
extortion-demand-label = O que exigem
extortion-paid-label = Já pagou

## Words a person may type instead of pressing a button, comma separated
extortion-threat-intimate_images-words = fotos, vídeos, imagens, nudes, fotos íntimas, as minhas fotos, minhas fotos
extortion-threat-personal_data-words = dados, meus dados, os meus dados, dados pessoais, morada, endereço
extortion-threat-other-words = outra, outra coisa
extortion-paid-yes-words = paguei, já paguei, sim paguei
extortion-paid-no-words = nada, não paguei, ainda não
