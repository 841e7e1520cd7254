### What volunteers read at the desk about a case: cards, pages, the queue (VOLUNTEER_LOCALE).

card-urgency-low = low
card-urgency-medium = medium
card-urgency-high = high
card-urgency-critical = critical
card-reasons = Why: { $reasons }
card-facts = Language: { $language } · Category: { $category } · Platform: { $platform }
card-state-waiting = Waiting for a volunteer for { $minutes } min
card-state-claimed = Taken by { $name }
card-state-resolved = Resolved by { $name }
card-claim = Claim
card-release = Release
card-resolve = Resolve
card-page-channel = { $reference } is still waiting for a volunteer ({ $minutes } min). Can someone take it?
card-page-direct = Urgent case { $reference } ({ $urgency }) has been waiting for a volunteer for { $minutes } min. Its card is in the volunteer chat.
card-not-volunteer = Only registered volunteers can do this. Ask a coordinator for an invitation, then send /link with your code.
card-no-case = There is no open case { $reference }.
card-taken-by = { $reference } is already taken by { $name }.
card-already-resolved = { $reference } is already resolved.
card-not-claimed = Nobody has taken { $reference }.
card-not-yours = { $reference } is taken by { $name }: only they or a coordinator can do this.
card-queue = Open cases, most urgent first:
card-queue-empty = No open cases right now.
card-queue-nobody = nobody yet
card-forgotten = 🗑 { $reference }: the person asked for all their data to be deleted. The case and its conversation are gone; nothing more can reach them.
card-indicators = Found in their words: { $list }{ $more ->
    [0] {""}
   *[other] {" "}(+{ $more })
}
