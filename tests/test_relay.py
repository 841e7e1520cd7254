"""The relay on the real services, over the in-memory store and the databases: a claimed case's person and
volunteer talk through the bot; notes stay at the desk; reminders on silence; feedback and reopening."""

from __future__ import annotations

import asyncio

import pytest

from bot.__main__ import main
from bot.domain import ChatKind, ChatRef, DeliveryError, Reply
from bot.storage.memory import MemoryStore
from tests.fakes.channel import RecordingChannel, Victim
from tests.test_escalation import PLATFORM, Desk, Volunteer, desk, urgent_case

__all__ = ["desk"]  # a fixture, used by name


async def settle(desk: Desk) -> None:
    await desk.pipeline.settle()  # relayed posts to volunteer chats go out beside the conversation


async def claimed(desk: Desk, *, coordinator: bool = False) -> str:
    await desk.store.add_volunteer("vera lind", telegram_id="v-1", languages=["en"])
    await desk.store.add_volunteer("Walt", telegram_id="v-2", coordinator=coordinator)
    reference = await urgent_case(desk)
    await desk.handle(Volunteer("v-1").message(choice=f"case:claim:{reference}"))
    await settle(desk)
    return reference


def thread_of(desk: Desk, chat_id: str) -> str:
    return next(thread_id for chat, _, thread_id in desk.channel.threads if chat.chat_id == chat_id)


def in_thread(desk: Desk, chat_id: str) -> list[str]:
    return desk.to(chat_id, thread_of(desk, chat_id))


async def test_after_a_claim_the_persons_words_reach_every_desk_thread_and_the_claimers_private_chat(desk) -> None:
    reference = await claimed(desk)
    brief = desk.to("v-1")
    assert reference in brief[-1] and "Reply to this message" in brief[-1]  # the case and how to answer
    victim = desk.victim("victim")
    said = await victim.send("They posted my photos, I am so scared")
    await settle(desk)
    assert said == []  # the intake waits: no question comes back while a volunteer has the case
    for chat_id in ("desk-a", "desk-b"):
        assert "💬 " + reference in in_thread(desk, chat_id)[-1]
        assert "They posted my photos" in in_thread(desk, chat_id)[-1]
    assert "They posted my photos" in desk.to("v-1")[-1]
    lines = await desk.store.case_messages((await desk.store.case_view(reference)).id)
    assert [(line.author, line.text) for line in lines][-1] == ("victim", "They posted my photos, I am so scared")


async def test_the_claimers_words_in_the_thread_reach_the_person_signed_with_a_first_name(desk) -> None:
    reference = await claimed(desk)
    vera = Volunteer("v-1", desk="desk-a")
    vera.chat = ChatRef(PLATFORM, "desk-a", thread_of(desk, "desk-a"), ChatKind.DESK)
    await desk.handle(vera.message("I am here. <b>Do not pay</b> @everyone"))
    await settle(desk)
    assert desk.to("chat-victim")[-1] == "👤 Volunteer Vera:\nI am here. <b>Do not pay</b> @everyone"
    assert "I am here" in in_thread(desk, "desk-b")[-1]  # the other volunteer chat sees the answer
    assert all("I am here" not in text for text in in_thread(desk, "desk-a")[-1:])  # not echoed where written
    view = await desk.store.case_view(reference)
    assert view.first_reply_at is not None


async def test_other_volunteers_messages_in_the_thread_are_notes_that_never_reach_the_person(desk) -> None:
    reference = await claimed(desk)
    walt = Volunteer("v-2", desk="desk-a")
    walt.chat = ChatRef(PLATFORM, "desk-a", thread_of(desk, "desk-a"), ChatKind.DESK)
    before = desk.to("chat-victim")
    await desk.handle(walt.message("looks like the usual sextortion script"))
    await desk.handle(walt.message(f"/history {reference}"))
    await settle(desk)
    assert desk.to("chat-victim") == before
    assert "Walt (internal note): looks like the usual sextortion script" in in_thread(desk, "desk-a")[-1]


async def test_reply_is_for_the_claimer_or_a_coordinator(desk) -> None:
    reference = await claimed(desk)
    await desk.handle(Volunteer("v-2").message(f"/reply {reference} hello from Walt"))
    assert "taken by vera lind" in desk.to("desk-a")[-1]
    assert all("hello from Walt" not in text for text in desk.to("chat-victim"))
    await desk.store.update_volunteer("Walt", role="coordinator")
    await desk.handle(Volunteer("v-2").message(f"/reply {reference}\nhello from Walt\nsecond line"))
    assert desk.to("chat-victim")[-1] == "👤 Volunteer Walt:\nhello from Walt\nsecond line"


async def test_the_claimer_answers_from_their_private_chat_by_replying_or_with_reply(desk) -> None:
    reference = await claimed(desk)
    await desk.victim("victim").send("are you there?")
    relayed = [(chat, index) for index, (chat, reply) in enumerate(desk.channel.sent)
               if chat.chat_id == "v-1" and "are you there?" in reply.text]
    assert relayed and relayed[-1][0].kind is ChatKind.DIRECT
    message_id = desk.channel.sent_ids[relayed[-1][1]]
    private = Victim("v-1", platform=PLATFORM)
    reply = private.message("Yes, I am with you.")
    await desk.handle(reply.__class__(**{**reply.__dict__, "reply_to": message_id}))
    assert desk.to("chat-victim")[-1] == "👤 Volunteer Vera:\nYes, I am with you."
    await desk.handle(private.message(f"/reply {reference} Let us secure your account."))
    assert desk.to("chat-victim")[-1].endswith("Let us secure your account.")


async def test_universal_commands_still_work_while_a_volunteer_has_the_case(desk) -> None:
    reference = await claimed(desk)
    answer = await desk.victim("victim").send("/status")
    assert reference in answer[0].text
    await settle(desk)
    assert all("/status" not in text for text in in_thread(desk, "desk-a"))


async def test_while_a_volunteer_has_the_case_no_intake_question_comes_back_and_the_words_reach_them(desk) -> None:
    reference = await claimed(desk)  # the intake was at "What happened?" with its buttons when Vera claimed
    victim = desk.victim("victim")
    status = await victim.send("/status")
    assert [r.text for r in status] == [f"Your report {reference}: a volunteer is working on it."]
    helped = await victim.send("/help")
    assert "/forget" in helped[0].text and "has taken your case" in helped[-1].text
    for command in ("/start", "/human", "/back", "/restart"):
        told = await victim.send(command)
        assert [r.text for r in told] == [f"A volunteer has taken your case {reference}. They will write to you "
                                          "here soon."]
    said = []
    words = ("help", "I need help", "help me please", "start over", "back", "I want to talk to a person",
             "talk to a person")
    for typed in words:
        said += await victim.send(typed)
    assert all(not reply.choices for reply in [*status, *helped, *said])  # never a question's buttons again
    assert [r.text for r in said] == [f"A volunteer has taken your case {reference}. They will write to you here "
                                      "soon."]  # for the words that ask for a person, never "I have asked for …"
    await settle(desk)
    assert [text.split("\n")[1] for text in desk.to("v-1") if text.startswith("💬")] == list(words)
    assert "talk to a person" in in_thread(desk, "desk-a")[-1]
    assert all("/status" not in text and "/start" not in text for text in in_thread(desk, "desk-a"))
    view = await desk.store.case_view(reference)
    assert view.status == "claimed" and view.claimed_by.name == "vera lind"


async def test_an_intake_button_pressed_after_the_claim_is_answered_not_dropped(desk) -> None:
    reference = await claimed(desk)
    answer = await desk.victim("victim").press("hacked_account")  # under "What happened?", asked before the claim
    assert [r.text for r in answer] == [f"A volunteer has taken your case {reference}. They will write to you here "
                                        "soon."]
    await settle(desk)
    assert (await desk.store.case_view(reference)).category is None  # the question was not answered by it


async def test_cancel_and_language_still_work_while_a_volunteer_has_the_case(desk) -> None:
    reference = await claimed(desk)
    victim = desk.victim("victim")
    stopped = await victim.send("/cancel")
    assert [r.text for r in stopped] == [f"All right, I stopped. Your report {reference} is still with our "
                                         "volunteers. You can write /start whenever you want."]
    assert (await desk.store.case_view(reference)).status == "claimed"  # the questions stop, not the help
    asked = await victim.send("/language")
    assert "Which language" in asked[0].text and "_lang:fr" in [c.id for c in asked[0].choices]
    chosen = await victim.press("_lang:fr")
    assert [r.text for r in chosen] == ["C'est noté. Je vous écris maintenant dans cette langue\xa0: Français."]
    await victim.send("/language")
    assert await victim.send("my screenshots are ready") == []  # no language named: words for the volunteer
    await desk.handle(Volunteer("v-1").message(f"/reply {reference} Merci, envoyez-les"))
    await settle(desk)
    assert "my screenshots are ready" in desk.to("v-1")[-1]
    assert desk.to("chat-victim")[-1].endswith("Merci, envoyez-les")
    assert (await victim.send("/status"))[0].text.startswith(f"Votre signalement {reference}")


async def test_released_mid_intake_the_person_waits_for_a_volunteer_and_their_words_are_kept(desk) -> None:
    reference = await claimed(desk)
    await desk.handle(Volunteer("v-1").message(f"/release {reference}"))
    victim = desk.victim("victim")
    told = await victim.send("is anyone still there?")
    assert reference in told[0].text and "I have passed your message on" in told[0].text
    assert "While you wait" in told[1].text and all(not r.choices for r in told)  # no question, no buttons
    again = await victim.send("please")
    assert [r.text for r in again] == ["I have passed this on to the volunteers."]
    await settle(desk)
    assert "is anyone still there?" in "\n".join(in_thread(desk, "desk-a")[-2:])
    lines = await desk.store.case_messages((await desk.store.case_view(reference)).id)
    assert [line.text for line in lines if line.author == "victim"] == ["is anyone still there?", "please"]


async def test_released_then_claimed_again_the_new_claimer_gets_the_whole_conversation(desk) -> None:
    reference = await claimed(desk)
    await desk.victim("victim").send("my email was hacked and they changed the phone number")
    await desk.handle(Volunteer("v-1").message(f"/reply {reference} Did you get a code by SMS?"))
    await desk.handle(Volunteer("v-1").message(f"/release {reference}"))
    await desk.victim("victim").send("no code at all")
    await desk.handle(Volunteer("v-2").message(choice=f"case:claim:{reference}"))
    await settle(desk)
    brief = desk.to("v-2")[-1]
    for said in ("my email was hacked", "vera lind: Did you get a code by SMS?", "released by vera lind",
                 "no code at all"):
        assert said in brief
    assert "Reply to this message" in brief
    assert "no code at all" not in desk.to("v-1")[-1]  # Vera no longer gets the person's words


async def test_the_claimer_answers_by_replying_in_a_group_without_topics(desk) -> None:
    plain = PlainGroup()
    plain.sent, plain.threads, plain.sent_ids, plain._ids = (desk.channel.sent, desk.channel.threads,
                                                              desk.channel.sent_ids, desk.channel._ids)
    desk.pipeline.outbox.senders[PLATFORM] = plain
    reference = await claimed(desk)
    assert thread_of(desk, "desk-a").startswith("r")  # a reply chain under the case's title
    await desk.victim("victim").send("they are writing to my mother now")
    await settle(desk)
    post = next(i for i, (chat, reply) in enumerate(desk.channel.sent)
                if chat.chat_id == "desk-a" and "writing to my mother" in reply.text)
    in_group = desk.channel.sent_ids[post]
    await desk.handle(Volunteer("v-1", desk="desk-a").message("Tell her not to answer them", reply_to=in_group))
    assert desk.to("chat-victim")[-1] == "👤 Volunteer Vera:\nTell her not to answer them"
    await desk.handle(Volunteer("v-2", desk="desk-a").message("same gang as last week", reply_to=in_group))
    assert desk.to("chat-victim")[-1] == "👤 Volunteer Vera:\nTell her not to answer them"  # a note stays here
    lines = await desk.store.case_messages((await desk.store.case_view(reference)).id)
    assert [(line.author, line.text) for line in lines][-2:] == [("volunteer", "Tell her not to answer them"),
                                                                 ("note", "same gang as last week")]


class PlainGroup(RecordingChannel):
    """A Telegram group without topics: a case's "thread" is its title post, and what follows replies to it."""

    def __init__(self) -> None:
        super().__init__(platform=PLATFORM)

    async def open_thread(self, chat: ChatRef, title: str) -> str:
        posted = await self.send(chat, Reply(title))
        self.threads.append((chat, title, f"r{posted}"))
        return f"r{posted}"


async def test_a_burst_of_the_persons_messages_becomes_one_post_per_volunteer_chat(desk) -> None:
    reference = await claimed(desk)
    victim = Victim("victim", platform=PLATFORM)
    for text in ("first", "second", "third"):
        await desk.pipeline.ingest(victim.message(text))
    await desk.handle(victim.message("fourth"))
    await settle(desk)
    posts = [text for text in in_thread(desk, "desk-a") if reference in text and "💬" in text]
    assert posts[-1].count("💬") == 1 and posts[-1].endswith("first\nsecond\nthird\nfourth")
    assert [t.split("\n")[1] for t in desk.to("v-1")[-4:]] == ["first", "second", "third", "fourth"]


async def test_resolve_asks_for_a_rating_and_a_comment_and_keeps_them(desk) -> None:
    reference = await claimed(desk)
    await desk.handle(Volunteer("v-1").message(f"/resolve {reference}"))
    victim = desk.victim("victim")
    assert "1 to 5" in desk.to("chat-victim")[-1]
    assert "anything else" in (await victim.press("rate:4"))[0].text
    assert "Thank you" in (await victim.send("You were kind, thank you"))[0].text
    view = await desk.store.case_view(reference)
    assert (view.status, view.rating, view.comment, view.feedback) == ("resolved", 4, "You were kind, thank you",
                                                                       "done")


async def test_writing_again_after_a_resolution_reopens_the_case_with_its_volunteer(desk) -> None:
    reference = await claimed(desk)
    await desk.handle(Volunteer("v-1").message(f"/resolve {reference}"))
    victim = desk.victim("victim")
    await victim.send("5")
    await victim.press("feedback:skip")
    asked = await victim.send("They wrote to me again tonight")
    assert reference in asked[0].text and [c.id for c in asked[0].choices] == ["reopen:same", "reopen:new"]
    done = await victim.send("yes")
    await settle(desk)
    assert "open again" in done[0].text
    view = await desk.store.case_view(reference)
    assert view.status == "claimed" and view.claimed_by.name == "vera lind" and view.rating == 5
    assert "They wrote to me again tonight" in desk.to("v-1")[-1]
    assert any("reopened" in text for text in in_thread(desk, "desk-a"))


async def test_writing_after_the_reopening_days_starts_a_new_intake(desk) -> None:
    reference = await claimed(desk)
    await desk.handle(Volunteer("v-1").message(f"/resolve {reference}"))
    victim = desk.victim("victim")
    await victim.press("rate:5")
    await victim.press("feedback:skip")
    desk.clock.advance(15 * 24 * 3600)  # REOPEN_DAYS is 14
    started = await victim.send("Someone made a fake profile with my name and my photos and writes to my friends")
    assert started[0].text.startswith("Hello.") and "I have kept what you wrote" in started[1].text
    assert [c.id for c in started[-1].choices] == ["agree", "decline"]  # the consent question of a new intake
    assert all("reopen:same" not in [c.id for c in r.choices] for r in started)
    await victim.press("agree")
    asked = await victim.send("/human")
    assert reference not in asked[0].text and "FD-" in asked[0].text  # a new case, the old one left as it was
    assert (await desk.store.case_view(reference)).status == "resolved"


async def test_something_new_after_a_resolution_starts_a_new_intake(desk) -> None:
    reference = await claimed(desk)
    await desk.handle(Volunteer("v-1").message(f"/resolve {reference}"))
    victim = desk.victim("victim")
    await victim.send("my bank account now")
    started = await victim.press("reopen:new")
    assert started and (await desk.store.case_view(reference)).status == "resolved"


async def test_silence_reminds_the_claimer_then_returns_the_case_to_the_chain(desk) -> None:
    reference = await claimed(desk)
    desk.clock.advance(31 * 60)
    assert await desk.tick() == 1
    reminder = [r for chat, r in desk.channel.sent if chat.chat_id == "v-1"][-1]
    assert "Still on it" in reminder.text and reminder.choices[0].id == f"case:keep:{reference}"
    await desk.handle(Volunteer("v-1").message(choice=f"case:keep:{reference}"))
    assert (await desk.store.case_view(reference)).escalation.state == "watching"
    desk.clock.advance(31 * 60)
    await desk.tick()  # reminded again
    desk.clock.advance(31 * 60)
    await desk.tick()  # not confirmed: back to the volunteers
    view = await desk.store.case_view(reference)
    assert view.status == "escalated" and view.claimed_by is None and view.escalation.state == "active"
    assert any("did not answer the reminder" in text for text in in_thread(desk, "desk-a"))
    lines = await desk.store.case_messages(view.id)  # the case's conversation says so, as for a release by hand
    assert [line.text for line in lines if line.author == "event"][-1] == ("released: vera lind did not answer "
                                                                           "the reminder")


async def test_transfer_hands_the_case_over_with_its_history(desk) -> None:
    reference = await claimed(desk)
    await desk.victim("victim").send("my email was hacked")
    await desk.handle(Volunteer("v-1").message(f"/transfer Walt {reference}"))
    await settle(desk)
    view = await desk.store.case_view(reference)
    assert view.claimed_by.name == "Walt"
    assert "my email was hacked" in desk.to("v-2")[-1]  # Walt's brief holds the conversation so far
    await desk.handle(Volunteer("v-1").message(f"/reply {reference} still me"))
    assert "taken by Walt" in desk.to("desk-a")[-1]


async def test_a_person_who_blocked_the_bot_is_reported_at_the_desk_not_retried(desk) -> None:
    reference = await claimed(desk)
    desk.pipeline.tools.desks = desk.pipeline.tools.desks[:1]  # the failure below is then the person's reply
    desk.channel.failures.append(DeliveryError("blocked", blocked=True))
    await desk.handle(Volunteer("v-1").message(f"/reply {reference} hello?"))
    await settle(desk)
    assert any("blocked the bot" in text for text in in_thread(desk, "desk-a"))
    assert any("blocked the bot" in reply.text for _, _, reply in desk.channel.edits)  # on the card
    await desk.handle(Volunteer("v-1").message(f"/reply {reference} are you there?"))
    assert "blocked the bot" in desk.to("desk-a")[-1]
    assert (await desk.store.count_unsent([PLATFORM])) == 0


async def test_volunteers_can_sign_without_their_name(desk) -> None:
    reference = await claimed(desk)
    desk.pipeline.tools.anonymous = True
    await desk.handle(Volunteer("v-1").message(f"/reply {reference} hello"))
    assert desk.to("chat-victim")[-1] == "👤 Volunteer:\nhello"


async def test_someone_who_is_not_a_volunteer_is_refused_every_desk_command(desk) -> None:
    reference = await claimed(desk)
    for text in (f"/reply {reference} hi", f"/history {reference}", f"/transfer Walt {reference}"):
        await desk.handle(Volunteer("stranger").message(text))
        assert "Only registered volunteers" in desk.to("desk-a")[-1]
    assert all(" hi" not in text for text in desk.to("chat-victim"))


async def test_cases_show_prints_the_case_and_its_whole_conversation(desk, settings, monkeypatch, capsys) -> None:
    if isinstance(desk.store, MemoryStore):
        pytest.skip("the command line reads a database; the in-memory store has none")
    reference = await claimed(desk)
    await desk.victim("victim").send("my instagram was taken")
    await desk.handle(Volunteer("v-1").message(f"/reply {reference} Let us get it back together"))
    await desk.handle(Volunteer("v-2").message(f"/reply {reference} sneaky"))  # refused: not in the record
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("DATA_DIR", str(settings.data_dir))
    assert await asyncio.to_thread(main, ["cases", "show", reference]) == 0
    printed = capsys.readouterr().out
    assert f"conversation of {reference}" in printed and '"claimed_by": "vera lind"' in printed
    assert "person: my instagram was taken" in printed
    assert "vera lind: Let us get it back together" in printed and "sneaky" not in printed
    assert '"time_to_first_reply"' in printed


async def test_a_person_who_deletes_their_data_leaves_nothing_at_the_desk_but_a_notice(desk) -> None:
    reference = await claimed(desk)
    victim = desk.victim("victim")
    await victim.send("here is what happened to me")
    await victim.send("/forget")
    await victim.press("yes")
    await settle(desk)
    assert await desk.store.case_view(reference) is None
    assert any("asked for all their data to be deleted" in text for text in desk.to("desk-a"))
    assert await desk.store.count_unsent([PLATFORM]) == 0


class PacedDesk(RecordingChannel):
    """A platform that holds every post to a volunteer chat until told (a group at its rate limit)."""

    def __init__(self) -> None:
        super().__init__(platform=PLATFORM)
        self.gate = asyncio.Event()

    async def send(self, chat: ChatRef, reply):  # type: ignore[no-untyped-def]
        if chat.kind is ChatKind.DESK and chat.thread_id is not None:
            await self.gate.wait()
        return await super().send(chat, reply)


async def test_a_paced_volunteer_chat_holds_up_neither_the_person_nor_the_claimer(desk) -> None:
    await claimed(desk)
    paced = PacedDesk()
    paced.sent, paced.threads, paced._ids = desk.channel.sent, desk.channel.threads, desk.channel._ids
    desk.pipeline.outbox.senders[PLATFORM] = paced
    victim = desk.victim("victim")
    for text in ("one", "two", "three"):
        await victim.send(text)  # returns although the volunteer chats are held
    assert [text.split("\n")[1] for text in desk.to("v-1")[-3:]] == ["one", "two", "three"]
    vera = Volunteer("v-1", desk="desk-a")
    vera.chat = ChatRef(PLATFORM, "desk-a", thread_of(desk, "desk-a"), ChatKind.DESK)
    await desk.handle(vera.message("I read you"))
    assert desk.to("chat-victim")[-1].endswith("I read you")  # the answer did not wait for the group either
    paced.gate.set()
    await settle(desk)
    posts = [text for text in in_thread(desk, "desk-a") if "💬" in text]
    assert posts[-2].endswith("one") and posts[-1].endswith("two\nthree")  # what piled up went as one post
    assert await desk.store.count_unsent([PLATFORM]) == 0


def test_a_rating_typed_in_any_script_counts() -> None:
    from bot.services.relay import rating_of

    assert [rating_of(None, t) for t in ("4", "٤", "۵", "⭐⭐⭐", "6", "0", "great")] == [4, 4, 5, 3, None, None, None]
    assert rating_of("rate:2", None) == 2 and rating_of("rate:9", None) is None


async def test_the_reminders_button_works_from_the_claimers_private_chat(desk) -> None:
    reference = await claimed(desk)
    desk.clock.advance(31 * 60)
    await desk.tick()
    private = Victim("v-1", platform=PLATFORM)  # the volunteer presses in their private chat with the bot
    await desk.handle(private.message(choice=f"case:keep:{reference}"))
    assert "stays with you" in desk.to("chat-v-1")[-1]
    assert (await desk.store.case_view(reference)).escalation.state == "watching"


async def test_while_waiting_for_a_volunteer_the_person_is_told_how_long_then_never_left_in_silence(desk) -> None:
    reference = await urgent_case(desk)
    victim = desk.victim("victim")
    await victim.send("/cancel")  # the questions are over; the case waits at the desk
    first = await victim.send("are you there? I am scared")
    assert reference in first[0].text and "will write to you here" in first[0].text  # no claim measured yet
    assert "While you wait" in first[1].text
    again = await victim.send("hello??")
    assert [r.text for r in again] == ["I have passed this on to the volunteers."]
    await settle(desk)
    assert "hello??" in in_thread(desk, "desk-a")[-1]  # the desk reads every word


async def test_the_wait_a_person_is_told_is_measured_from_the_last_claims(desk) -> None:
    await desk.store.add_volunteer("Vera", telegram_id="v-1")
    first = await urgent_case(desk, "first")
    desk.clock.advance(6 * 60)
    await desk.handle(Volunteer("v-1").message(choice=f"case:claim:{first}"))
    await urgent_case(desk, "second")
    victim = desk.victim("second")
    await victim.send("/cancel")
    told = await victim.send("how long will it take?")
    assert "about 6 min" in told[0].text


def test_a_merged_post_names_each_speaker_where_the_speaker_changes() -> None:
    from bot.domain import OutboundMessage, PlaceRole, Reply
    from bot.services.outbox import _batches, _merged

    desk_chat = ChatRef(PLATFORM, "desk-a", kind=ChatKind.DESK)
    texts = ["💬 FD · the person:\none", "💬 FD · the person:\ntwo", "↪️ FD · Vera to the person:\nI am here",
             "💬 FD · the person:\nthank you"]
    rows = [OutboundMessage(i, desk_chat, Reply(t), case_id=7, role=PlaceRole.RELAY) for i, t in enumerate(texts)]
    batches = _batches(rows)
    assert len(batches) == 1
    assert _merged(batches[0]).reply.text == ("💬 FD · the person:\none\ntwo\n↪️ FD · Vera to the person:\nI am here"
                                              "\n💬 FD · the person:\nthank you")
