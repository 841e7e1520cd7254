### The summary of a case that a person can give to the police or their bank (bot/report.py):
### as a chat message, and as a PDF in their language followed by an English copy.

## The PDF
report-title = Case summary
# the title of the English copy that follows the person's language
report-copy-title = Case summary (English copy)
report-intro = This summary was made by a help desk for people affected by cyberattacks, from what the person told us. It is not a police report.
# in the person's language, when an English copy follows
report-copy-follows = The same summary in English follows this one.
# $generated: date and time, already written out with report-utc
report-generated = Generated on { $generated }
# at the foot of every page
report-page = Page { $page } of { $pages }

## Lines and headings (the PDF and the message)
# one labelled value, e.g. "Status: resolved"
report-field = { $label }: { $value }
# a date and time in Coordinated Universal Time
report-utc = { $time } UTC
report-reference = Reference
report-status = Status
report-created = Reported on
report-category = Kind of problem
report-what-happened = What happened, in the person's own words
report-dates = Dates
report-amounts = Amounts
report-indicators = Details that may identify the attackers
report-indicators-note = Links and addresses are written so that they cannot be opened by mistake: “hxxp” stands for “http”, “[.]” for a dot, “[@]” for @ and “[:]” for a colon.
# $kind: what an indicator is (bot/indicators.py KINDS); an unknown kind is shown as it is
report-indicator-kind = { $kind ->
    [url] Web link
    [domain] Domain name
    [email] Email address
    [phone] Phone number
    [ipv4] IP address
    [ipv6] IP address
    [btc_address] Bitcoin address
    [eth_address] Ethereum address
    [iban] Bank account (IBAN)
    [tx_hash] Cryptocurrency transaction ID
   *[other] { $kind }
}
report-evidence = Files the person sent
report-evidence-none = The person did not send any files.
report-file-size = Size
report-file-received = Received
report-bytes = { $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}
report-custody = About the SHA-256 values: each one was calculated when the file was received. Like a fingerprint, it identifies exactly the file the person sent. Anyone can calculate it again from a copy of the file to check that the copy has not been changed.

## The message
report-message-title = Summary of your report { $reference }
report-message-what-happened = What you told us
report-message-evidence = Files you sent
report-message-use = You can show this summary to the police or to your bank.
# sent with the PDF file
report-pdf-caption = The summary of your report { $reference } as a PDF file. You can print it, or send it to the police or to your bank.
