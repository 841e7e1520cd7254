## Os comandos dos voluntários: /link CODE, /oncall on|off, /oncall (mostrados em VOLUNTEER_LOCALE)

desk-not-volunteer = Só os voluntários registados podem usar este comando. Se é um deles, peça um código de convite a um coordenador e envie-o aqui assim: /link CÓDIGO.
desk-link-usage = Para ligar a sua conta, envie /link seguido do código que lhe deram, por exemplo: /link ABCD2345
desk-link-invalid = Este código não é válido: pode estar mal escrito, já ter sido usado ou ter expirado (um código dura 7 dias). Peça um novo a um coordenador.
desk-link-taken = Esta conta já está ligada ao voluntário { $name }. Se for um erro, fale com um coordenador.
desk-link-platform = As contas de voluntários só podem ser ligadas no Telegram e no Discord.
desk-link-done = Bem-vindo, { $name }! A sua conta está agora ligada. Pode usar /oncall aqui e no chat dos voluntários.
desk-oncall-usage = Escreva /oncall on para ficar de serviço, /oncall off para sair, ou /oncall para ver quem está de serviço agora.
desk-oncall-on = { $name }, está agora de serviço. Os casos urgentes vão chegar até si até escrever /oncall off.
desk-oncall-off = { $name }, já não está de serviço.
desk-oncall-off-shift = { $name }, já não está de serviço, mas um dos seus turnos semanais está a decorrer agora: continua a contar como de serviço até ao fim dele. Um coordenador pode alterar os seus turnos.
desk-oncall-nobody = Neste momento ninguém está de serviço.
desk-oncall-now = De serviço agora:
desk-oncall-line = • { $name } – { $languages }
desk-oncall-line-coordinator = • { $name } – { $languages } (coordenação)
