### Words every flow shares: commands, errors, confirmations.

## The engine
invalid-choice = Please choose one of the buttons below, or type its number.
invalid-upload = Please send your screenshots or files as photos or documents. When you are done, press “Done”.
invalid-empty = I did not get any text. Could you write your answer?
stuck-offer = It seems this question is hard to answer. That is fine: you can skip it, or ask for a person to help you.
back-at-start = We are at the first question already.
upload-received = { $count ->
    [one] I received your file and kept it safely. You can send more, or press “Done”.
   *[other] I have received { $count } files and kept them safely. You can send more, or press “Done”.
}
choice-skip = Skip
choice-human = Talk to a person
choice-upload-done = Done
# under “Did you mean …?”, when part of an answer was guessed (a phone number's country code)
choice-yes = Yes
choice-no = No
# a phone number written without its country code, read with the person's region: asked before it is kept
guess-phone = With the country code, that is { $answer }. Is that your number?
guess-phone-retry = All right. Please write the number again, starting with its country code, for example +44 7911 123456.
value-not-given = not given
value-skipped = skipped
value-files = { $count ->
    [0] none
    [one] 1 file
   *[other] { $count } files
}
value-yes = yes
value-no = no
value-unknown = not known

## Commands
command-start = Start or continue
command-help = What I can do
command-back = Go back one question
command-restart = Start again from the beginning
command-cancel = Stop this conversation
command-language = Change the language
command-status = See your case
command-report = Get a summary of your report (message and PDF)
command-forget = Delete your data
command-human = Talk to a person
# Whole messages that count as a command, comma separated (people rarely type the slash).
command-words-start = start
command-words-help = help, menu
command-words-back = back, go back
command-words-restart = restart, start again, start over
command-words-cancel = cancel, stop
command-words-language = language
command-words-status = status
command-words-report = report, my report, summary, pdf
command-words-forget = forget, forget me, delete my data
command-words-human = human, person, talk to a person, agent, operator

welcome-back = Welcome back. Let's continue where we stopped.
report-button = 📄 Get a summary of my report
help = I help you report what happened so that a volunteer can help you. You can write at any time:
# one line per command under `help`, for every command there is
help-line = { $command } – { $description }
restarted = All right, let's start again from the beginning.
cancelled = { $cases ->
    [0] All right, I stopped. Nothing was sent. You can write /start whenever you want.
   *[other] All right, I stopped. Your report { $reference } is still with our volunteers. You can write /start whenever you want.
}
nothing-to-go-back = There is no question to go back to. Write /start to begin.
after-finish = { $cases ->
    [0] Our conversation has ended. Write /start to begin a new one.
   *[other] Your report { $reference } is with our volunteers. Write /status to see where it is, or /start to report something new.
}
language-pick = Which language do you prefer?
language-set = From now on I will write in { $language }.
language-unchanged = I will keep writing in { $language }.
status-none = You have no report with us yet.
status-case = Your report { $reference }: { case-status }.
case-status = { $status ->
    [new] received, waiting for a volunteer
    [escalated] passed to our on-call volunteers
    [claimed] a volunteer is working on it
    [resolved] resolved
   *[closed] closed
}
forget-confirm = Do you want me to delete everything you told me, including your reports and files? This cannot be undone.
forget-yes = Yes, delete everything
forget-no = No, keep it
forget-done = Everything you told me has been deleted. If you ever need help again, just write to me. Take care.
forget-kept = All right, nothing was deleted.
cancel-confirm = Do you want to stop here? What you have told me so far would not be sent to a volunteer.
cancel-yes = Yes, stop
cancel-no = No, continue
cancel-kept = All right, let's continue.
cancel-unclear = Sorry, I did not understand your answer. Nothing was stopped.
human-requested = I have asked for a volunteer to contact you about your report { $reference }. If you can, keep answering my questions meanwhile: it will help them.
human-after-consent = I will ask a volunteer to talk with you. First I need your agreement to keep what you tell me, so that they can read it:
early-kept = Thank you for telling me. I have kept what you wrote: it will be part of your report once you agree.
early-story-used = I have noted what you wrote at the start as your account of what happened. You can change it in the summary.
case-taken = A volunteer has taken your case { $reference }. They will write to you here soon.
case-resolved = Your case { $reference } is marked as resolved. If you need more help, just write here.
case-nobody-yet = I am sorry: no volunteer has been free to take your case { $reference } yet. It stays at the top of our list and someone will write to you here. Meanwhile: keep all messages and screenshots, do not pay anyone, and change your passwords from a device you trust. If you are in danger, call your local emergency number (112 in Europe, 911 in North America).
file-kept = Thank you, I kept your file safely with your report.
file-too-large = This file is too large for me (the limit is { $limit_mb } MB). Could you send a smaller file or a screenshot?
message-unsupported = I can only read text, photos and files. Could you write your answer?
command-unknown = I do not know this command. Write /help to see what I can do.
language-detected = I am answering in { $language }. If you prefer another language, press the button below.
language-change = Change language
language-unsupported = I cannot write in your language yet, sorry. I will answer in English, or you can choose one of these languages:
error-try-again = Sorry, something went wrong on my side with your last message. Could you send it again? If it keeps happening, write /human and a person will help you.
discord-moved-to-dm = I have sent you a private message. Let's continue there, where nobody else can read what you write.
discord-dm-closed = I cannot send you private messages. To talk safely, allow direct messages: open this server's menu, choose Privacy Settings, turn on Direct Messages, then write /help again.

## The volunteers' desk
desk-help = This is the volunteers' desk. Urgent cases appear here, each in its own topic or thread, with a card: Claim, Release, Resolve. Once you claim a case, what the person writes appears in its thread and in your private chat with the bot; what you write in the thread (or as a reply in your private chat) goes to them, signed with your first name. Other volunteers' messages in the thread stay internal notes. Commands: /cases – the open cases; /claim, /release, /resolve FD-… – act on a case; /reply FD-… words – answer the person from anywhere; /transfer NAME – hand your case over; /history FD-… – the whole conversation; /oncall on|off – your availability, /oncall – who is on call; /link CODE – connect your account with an invitation; /help – this message.

## Typed answers: yes and no in this language, comma separated (a button meaning yes or no accepts
## them, and so does the /forget question). Case and accents do not matter.
words-yes = yes, y, yeah, yep, yup, yes please, sure, of course
words-no = no, n, nope, nah, no thanks
forget-unclear = Sorry, I did not understand your answer. Nothing has been deleted.
# after three unreadable answers to a question that cannot be skipped (consent, the summary)
stuck-ask-person = It seems this question is hard to answer. That is fine: you can press one of the buttons below, or ask for a person to help you.

## Changing one answer from the summary
review-which = Which answer would you like to change? Choose it below.
choice-review-back = Nothing, back to the summary
# one line of the summary, and two lines together (keep the line break)
review-line = • { $question }: { $answer }
review-more =
    { $line }
    { $rest }
