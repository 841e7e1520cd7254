### A device lost, stolen or seized.

device-device_event = Sinto muito. O que aconteceu com o aparelho?
device-device_event-lost = Eu perdi
device-device_event-stolen = Foi roubado
device-device_event-seized = Foi apreendido pela polícia ou autoridades
device-device_type = Que tipo de aparelho é?
device-device_type-phone = Um celular
device-device_type-laptop = Um notebook ou computador
device-device_type-tablet = Um tablet
device-device_type-other = Outra coisa
device-screen_lock = Estava bloqueado com PIN, senha, impressão digital ou reconhecimento facial?
device-screen_lock-yes = Sim
device-screen_lock-no = Não
device-screen_lock-unsure = Não sei bem
device-first_aid =
    Obrigado. Enquanto espera por um voluntário, estes passos são os que mais ajudam:
    1. Num outro aparelho de confiança, troque as senhas do seu e-mail e das suas contas mais importantes, e desconecte delas o aparelho perdido.
    2. Use “Encontrar meu dispositivo” (Android) ou “Buscar” (Apple) para bloquear o aparelho, ou para apagá-lo se não for recuperá-lo.
    3. Se era um celular, ligue para a sua operadora para bloquear o chip (cartão SIM), assim ninguém recebe os seus códigos por SMS.
    4. Avise os seus contatos que as mensagens vindas deste aparelho podem não ser suas.
    5. Se foi roubado, faça uma denúncia na polícia. O número IMEI, que está na caixa ou na nota fiscal, ajuda.
device-first_aid_seized =
    Obrigado. Isso pode assustar. Enquanto espera por um voluntário:
    1. Por favor, não tente apagar o aparelho por conta própria antes de falar com um advogado: isso pode trazer problemas legais.
    2. Num outro aparelho de confiança, desconecte-o das suas contas (e-mail, WhatsApp, Signal, Telegram, redes sociais) e troque as suas senhas.
    3. Avise as pessoas nos seus contatos que possam correr risco.
    4. Anote quando, onde e por quem ele foi levado, e guarde qualquer papel que tenha recebido.

## Short names of the questions (the summary, the list of answers to change)
device-device_event-label = O que aconteceu com o aparelho
device-device_type-label = Tipo de aparelho
device-screen_lock-label = Bloqueado com PIN ou senha

## Words a person may type instead of pressing a button, comma separated
device-device_event-lost-words = perdi, perdido, perdida, perdi o celular, perdi o telemóvel, sumiu, não encontro, não acho
device-device_event-stolen-words = roubado, roubada, me roubaram, roubaram, roubo, furto, furtado, assalto, fui assaltado, fui assaltada
device-device_event-seized-words = apreendido, apreendida, polícia, confiscado, a polícia levou, autoridades, fronteira, levado pela polícia
device-device_type-phone-words = celular, telefone, meu celular, telemóvel, o meu telemóvel, smartphone, iphone, android
device-device_type-laptop-words = notebook, computador, portátil, meu computador, meu notebook, pc, macbook, laptop
device-device_type-tablet-words = tablet, ipad
device-device_type-other-words = outra, outro, outra coisa
device-screen_lock-yes-words = estava bloqueado, pin, senha, digital, impressão digital, face id, sim estava bloqueado, código
device-screen_lock-no-words = não estava bloqueado, sem pin, sem senha, desbloqueado
device-screen_lock-unsure-words = não sei, não sei bem, não tenho certeza, talvez, sei lá
