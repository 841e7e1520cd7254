### The relay between a person and the volunteer who took their case.
## What the person reads (in their own language)

relay-from-volunteer = 👤 Volunteer { $name }:
relay-from-volunteer-anonymous = 👤 Volunteer:
relay-waiting = Your case { $reference } is with our volunteers. Right now it takes about { $minutes } min for one of them to take a case. I have passed your message on.
relay-waiting-unknown = Your case { $reference } is with our volunteers, and one of them will write to you here as soon as they can. I have passed your message on.
relay-meanwhile = While you wait, you can: keep every message and screenshot; not pay or answer anyone who threatens you; change your passwords from a device you trust; call your bank now if money was taken. /status shows where your case is.
relay-passed-on = I have passed this on to the volunteers.
feedback-ask = How did we do with { $reference }? Tap from 1 to 5 stars (5 is best), or type a number.
feedback-comment-ask = Thank you. Would you like to tell us anything else? Write it here, or tap Skip.
feedback-skip = Skip
feedback-thanks = Thank you. What you tell us helps us help the next person.
reopen-ask = Is this about your case { $reference }?
reopen-same = Yes, the same problem
reopen-new = No, something new
reopen-done = Your case { $reference } is open again, and your message was passed on to the volunteers.

## What volunteers read (VOLUNTEER_LOCALE)

relay-victim-says = 💬 { $reference } · the person:
relay-volunteer-said = ↪️ { $reference } · { $name } to the person:
relay-reply-hint = Reply to this message to answer the person, or write /reply followed by the case reference and your words.
relay-file-refused = file too large, not kept
relay-victim-unreachable = ⚠️ { $reference }: the person has blocked the bot, so nothing reaches them any more. What you wrote is kept on the case as a note.
relay-not-volunteer = Only registered volunteers can write to the person through the bot: what you write here is not passed on to them. If you are a volunteer, ask a coordinator for an invitation code and send it here as /link CODE.
relay-reply-empty = Write your words after the reference, for example: /reply { $reference } Hello, I am here to help.
card-victim-blocked = ⚠️ The person has blocked the bot: nothing reaches them.
card-remind = ⏰ { $reference }: nothing has been written to the person for { $minutes } min. Still on it? Press the button or write to them; otherwise the case goes back to the volunteers in { $minutes } min.
card-keep = I'm on it
card-kept = Thank you: { $reference } stays with you.
card-unclaimed-silent = { $reference } went back to the volunteers: { $name } did not answer the reminder.
card-transferred = { $reference } was handed over from { $from } to { $to }.
card-no-volunteer = There is no volunteer named "{ $name }". Write /transfer and a name from the volunteers' list (/oncall shows who is on call).
card-reopened = 🔁 { $reference } was reopened by the person.
history-title = Conversation of { $reference } ({ $lines } lines):
history-victim = person
history-note = internal note
history-empty = (nothing has been said yet)
