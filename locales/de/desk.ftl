## Die Befehle der Freiwilligen: /link CODE, /oncall on|off, /oncall (angezeigt in VOLUNTEER_LOCALE)

desk-not-volunteer = Nur registrierte Freiwillige können diesen Befehl verwenden. Wenn du dazugehörst, bitte eine Koordinatorin oder einen Koordinator um einen Einladungscode und sende ihn hier als /link CODE.
desk-link-usage = Um dein Konto zu verknüpfen, sende /link und danach den Code, den du bekommen hast, zum Beispiel: /link ABCD2345
desk-link-invalid = Dieser Code ist nicht gültig: Vielleicht ist er falsch geschrieben, schon benutzt oder abgelaufen (ein Code gilt 7 Tage). Bitte eine Koordinatorin oder einen Koordinator um einen neuen.
desk-link-taken = Dieses Konto ist bereits mit der freiwilligen Person { $name } verknüpft. Falls das ein Fehler ist, wende dich an die Koordination.
desk-link-platform = Konten von Freiwilligen können nur auf Telegram und Discord verknüpft werden.
desk-link-done = Willkommen, { $name }! Dein Konto ist jetzt verknüpft. Du kannst /oncall hier und im Chat der Freiwilligen verwenden.
desk-oncall-usage = Schreibe /oncall on, um Bereitschaft zu übernehmen, /oncall off, um sie zu beenden, oder /oncall, um zu sehen, wer gerade Bereitschaft hat.
desk-oncall-on = { $name }, du hast jetzt Bereitschaft. Dringende Fälle erreichen dich, bis du /oncall off schreibst.
desk-oncall-off = { $name }, deine Bereitschaft ist beendet.
desk-oncall-off-shift = { $name }, deine Bereitschaft ist beendet, aber gerade läuft eine deiner wöchentlichen Schichten: Bis zu ihrem Ende giltst du weiter als in Bereitschaft. Die Koordination kann deine Schichten ändern.
desk-oncall-nobody = Im Moment hat niemand Bereitschaft.
desk-oncall-now = Jetzt in Bereitschaft:
desk-oncall-line = • { $name } – { $languages }
desk-oncall-line-coordinator = • { $name } – { $languages } (Koordination)
