### Under the first message: how to hide this chat, for a person whose phone or screen someone else may see.

hide-chat-telegram = 🔒 If someone else may look at your phone: you can delete this chat at any time (press and hold it in your chat list, then Delete), and make messages disappear by themselves (open this chat, tap the name at the top, then ⋮ or “…” and “Auto-delete”). Writing /forget deletes everything you told us.
hide-chat-discord = 🔒 If someone else may see your screen: you can close this conversation at any time (press and hold it, or right-click it, in your list of messages, then “Close DM”). Writing /forget deletes everything you told us.
