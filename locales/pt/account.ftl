### An account taken over: which one, what the attacker can do, how to get it back.

account-service = Sinto muito que isso tenha acontecido. Qual conta foi invadida?
account-service-email = E-mail (Gmail, Outlook…)
account-service-facebook = Facebook
account-service-instagram = Instagram
account-service-whatsapp = WhatsApp
account-service-tiktok = TikTok
account-service-x = X (Twitter)
account-service-telegram = Telegram
account-service-bank = Banco online
account-service-other = Outra conta
account-locked_out = Perdeu o acesso a esta conta, ou seja, não consegue mais entrar?
account-locked_out-yes = Não consigo mais entrar
account-locked_out-no = Ainda consigo entrar
account-contacts_messaged = Os seus amigos ou contatos estão recebendo mensagens estranhas desta conta, por exemplo pedindo dinheiro ou um código?
account-contacts_messaged-yes = Sim
account-contacts_messaged-no = Não
account-contacts_messaged-unsure = Não sei
account-two_factor = A verificação em duas etapas estava ativada? É um código por SMS ou por um aplicativo, pedido sempre que você entra num aparelho novo.
account-two_factor-yes = Sim
account-two_factor-no = Não
account-two_factor-unsure = Não sei
account-recovery_changed = O e-mail ou o número de telefone de recuperação da conta foi alterado?
account-recovery_changed-yes = Sim, foi alterado
account-recovery_changed-no = Não, ainda é o meu
account-recovery_changed-unsure = Não sei
account-first_aid =
    Obrigado. Enquanto espera por um voluntário, estes passos são os que mais ajudam:
    1. Use um telefone ou computador de confiança. Vá diretamente à página oficial do serviço para “conta invadida” ou “esqueci a senha”, e não por um link que alguém enviou.
    2. Quando conseguir entrar: escolha uma senha nova, que não use em nenhum outro lugar, ative a verificação em duas etapas e encerre todas as outras sessões.
    3. Confira o e-mail e o telefone de recuperação, e remova tudo o que não reconhecer.
    4. Avise os seus contatos de outra forma (uma ligação, outro aplicativo): eles não devem responder às mensagens desta conta que pedem dinheiro ou códigos.
    5. Se usava a mesma senha em outros lugares, troque-a lá também.

## Short names of the questions (the summary, the list of answers to change)
account-service-label = Conta
account-locked_out-label = Sem acesso
account-contacts_messaged-label = Contatos recebem mensagens estranhas
account-two_factor-label = Verificação em duas etapas
account-recovery_changed-label = Dados de recuperação alterados

## Words a person may type instead of pressing a button, comma separated
account-service-email-words = email, e-mail, mail, correio, gmail, outlook, hotmail, yahoo, meu e-mail, meu email, o meu e-mail, google, microsoft, icloud
account-service-facebook-words = fb, conta do facebook, meu facebook, o meu facebook, messenger
account-service-instagram-words = insta, ig, conta do instagram, meu instagram, o meu instagram
account-service-whatsapp-words = conta do whatsapp, meu whatsapp, o meu whatsapp, whats app, zap
account-service-tiktok-words = tik tok, meu tiktok
account-service-x-words = twitter, x, meu twitter, conta do x
account-service-telegram-words = meu telegram, conta do telegram
account-service-bank-words = banco, conta bancária, internet banking, homebanking, meu banco, o meu banco, app do banco
account-service-other-words = outra, outro, outra coisa
account-locked_out-yes-words = não consigo entrar, não consigo acessar, bloqueado, bloqueada, perdi o acesso, sem acesso, mudaram a minha senha, mudaram minha senha, trocaram a senha
account-locked_out-no-words = consigo entrar, ainda tenho acesso, tenho acesso, consigo acessar
account-contacts_messaged-yes-words = estão, estão sim, receberam, meus amigos receberam mensagens, os meus amigos receberam mensagens, meus contatos receberam mensagens
account-contacts_messaged-no-words = não que eu saiba, ninguém me disse
account-contacts_messaged-unsure-words = não sei, não sei bem, não tenho certeza, talvez, sei lá
account-two_factor-yes-words = estava ativada, sim estava ativada, 2fa, estava ligada, eu tinha ativado
account-two_factor-no-words = estava desativada, não estava ativada, não estava, nunca ativei
account-two_factor-unsure-words = não sei, não sei bem, não tenho certeza, talvez, sei lá, o que é isso
account-recovery_changed-yes-words = foi alterado, alteraram, mudaram, trocaram, mudou
account-recovery_changed-no-words = não foi alterado, não mudou, continua o mesmo, ainda é meu
account-recovery_changed-unsure-words = não sei, não sei bem, não tenho certeza, talvez, sei lá, não consigo verificar, não consigo ver
