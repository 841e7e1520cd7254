"""Who may do what, on the real pipeline: every volunteer-only button and command, pressed or typed by a
stranger at the desk, by a victim in their private chat, by a volunteer who does not hold the case and by a
coordinator. A refusal says why, changes nothing and is kept as an audit event; a victim only ever sees
their own case; no chat command makes anyone a coordinator."""

from __future__ import annotations

from typing import Any

import pytest

from bot.domain import ChatKind, ChatRef, DeliveryError, InboundMessage, UserRef
from tests.fakes.channel import Victim
from tests.test_escalation import PLATFORM, Volunteer, desk, urgent_case  # noqa: F401  (desk: a fixture)
from tests.test_store_contract import rows

NOT_VOLUNTEER = "Only registered volunteers"
NOT_YOURS = "only they or a coordinator"

# every volunteer-only action, as (name, what is sent): "{ref}" is the case's reference
BUTTONS = [("claim", {"choice": "case:claim:{ref}"}), ("release", {"choice": "case:release:{ref}"}),
           ("resolve", {"choice": "case:resolve:{ref}"}), ("keep", {"choice": "case:keep:{ref}"})]
COMMANDS = [("claim", "/claim {ref}"), ("release", "/release {ref}"), ("resolve", "/resolve {ref}"),
            ("transfer", "/transfer Walt {ref}"), ("cases", "/cases"), ("reply", "/reply {ref} hello there"),
            ("history", "/history {ref}"), ("oncall", "/oncall on"), ("oncall", "/oncall off"), ("oncall", "/oncall")]
EVERY_ACTION = [(name, sent) for name, sent in BUTTONS] + [(name, {"text": text}) for name, text in COMMANDS]
# what only the case's claimer (or a coordinator) may do to a claimed case
CLAIMER_ONLY = [("release", {"choice": "case:release:{ref}"}), ("resolve", {"choice": "case:resolve:{ref}"}),
                ("keep", {"choice": "case:keep:{ref}"}), ("release", {"text": "/release {ref}"}),
                ("resolve", {"text": "/resolve {ref}"}), ("transfer", {"text": "/transfer Walt {ref}"}),
                ("reply", {"text": "/reply {ref} hello there"})]


def names(actions: list[tuple[str, dict[str, str]]]) -> list[str]:
    return [f"{name}-{next(iter(sent.values()))}" for name, sent in actions]


def filled(sent: dict[str, str], reference: str) -> dict[str, str]:
    return {key: value.format(ref=reference) for key, value in sent.items()}


async def claimed_case(desk) -> str:  # noqa: F811
    """Vera holds the victim's case; Walt is a volunteer, Coord a coordinator."""
    await desk.store.add_volunteer("Vera", telegram_id="v-1", languages=["en"])
    await desk.store.add_volunteer("Walt", telegram_id="v-2", languages=["en"])
    await desk.store.add_volunteer("Coord", telegram_id="c-1", languages=["en"], coordinator=True)
    reference = await urgent_case(desk)
    await desk.handle(Volunteer("v-1").message(choice=f"case:claim:{reference}"))
    return reference


async def state(desk, reference: str) -> tuple[Any, ...]:  # noqa: F811
    """What a refusal must leave alone: the case, its claim and chain, its conversation, the roster."""
    view = await desk.store.case_view(reference)
    roster = sorted((v.name, v.on_call, v.coordinator) for v in await desk.store.volunteers())
    return (view.status, view.claimed_by.name if view.claimed_by else None, view.escalation.state,
            view.escalation.step, len(await desk.store.case_messages(view.id)), roster)


async def refusals(desk) -> list[tuple[str, dict[str, Any]]]:  # noqa: F811
    return [(a["actor"], a["detail"]) for a in await rows(desk.store, "audit_event") if a["action"] == "refused"]


@pytest.mark.parametrize(("action", "sent"), EVERY_ACTION, ids=names(EVERY_ACTION))
async def test_a_stranger_at_the_desk_is_refused_and_nothing_changes(desk, action, sent) -> None:  # noqa: F811
    reference = await claimed_case(desk)
    before, to_victim = await state(desk, reference), len(desk.to("chat-victim"))
    await desk.handle(Volunteer("s-1").message(**filled(sent, reference)))
    assert NOT_VOLUNTEER in desk.to("desk-a")[-1]
    assert await state(desk, reference) == before and len(desk.to("chat-victim")) == to_victim
    [(actor, detail)] = await refusals(desk)
    assert actor == f"{PLATFORM}:s-1" and detail["asked"] == action and detail["reason"] == "not_volunteer"


@pytest.mark.parametrize(("action", "sent"), EVERY_ACTION, ids=names(EVERY_ACTION))
async def test_a_victim_typing_or_forging_a_desk_action_is_refused_in_private(desk, action, sent) -> None:  # noqa: F811
    reference = await claimed_case(desk)
    before, to_victim = await state(desk, reference), len(desk.to("chat-victim"))
    await desk.handle(Victim("victim", platform=PLATFORM).message(**filled(sent, reference)))
    told = desk.to("chat-victim")[to_victim:]
    assert len(told) == 1 and NOT_VOLUNTEER in told[0] and reference not in told[0]  # no queue, no history
    assert await state(desk, reference) == before
    [(actor, detail)] = await refusals(desk)
    assert actor == f"{PLATFORM}:victim" and detail["asked"] == action


async def test_a_refusal_in_a_private_chat_is_in_the_persons_language(desk) -> None:  # noqa: F811
    reference = await claimed_case(desk)
    person = Victim("pierre", language_hint="fr", platform=PLATFORM)
    for sent in ({"choice": f"case:resolve:{reference}"}, {"text": "/oncall on"}, {"text": f"/history {reference}"}):
        await desk.handle(person.message(**sent))
    told = desk.to("chat-pierre")
    assert len(told) == 3 and all("bénévoles" in text for text in told), told
    assert len(await refusals(desk)) == 3


@pytest.mark.parametrize(("action", "sent"), CLAIMER_ONLY, ids=names(CLAIMER_ONLY))
async def test_a_volunteer_who_does_not_hold_the_case_is_refused(desk, action, sent) -> None:  # noqa: F811
    reference = await claimed_case(desk)
    walt = await desk.store.volunteer_by_name("Walt")
    before, to_victim = await state(desk, reference), len(desk.to("chat-victim"))
    await desk.handle(Volunteer("v-2").message(**filled(sent, reference)))
    assert NOT_YOURS in desk.to("desk-a")[-1] and "Vera" in desk.to("desk-a")[-1]
    assert await state(desk, reference) == before and len(desk.to("chat-victim")) == to_victim
    [(actor, detail)] = await refusals(desk)
    assert actor == f"volunteer:{walt.id}" and detail == {"asked": action, "reference": reference,
                                                          "reason": "not_claimer", "platform": PLATFORM}


async def test_a_volunteer_who_no_longer_holds_the_case_cannot_answer_by_replying_in_private(desk) -> None:  # noqa: F811
    reference = await claimed_case(desk)
    await desk.handle(Volunteer("v-1").message(f"/transfer Walt {reference}"))  # Walt gets the brief, then
    await desk.handle(Volunteer("v-2").message(choice=f"case:release:{reference}"))  # gives the case back
    await desk.handle(Volunteer("v-1").message(choice=f"case:claim:{reference}"))
    brief = next(i for i, (chat, reply) in enumerate(desk.channel.sent)
                 if chat.chat_id == "v-2" and reference in reply.text)
    to_victim, refused_before = len(desk.to("chat-victim")), len(await refusals(desk))
    walt_dm = ChatRef(PLATFORM, "v-2", kind=ChatKind.PRIVATE)
    await desk.handle(InboundMessage(PLATFORM, "walt-dm-1", UserRef(PLATFORM, "v-2"), walt_dm, text="still me",
                                     reply_to=desk.channel.sent_ids[brief]))
    assert NOT_YOURS in desk.to("v-2")[-1] and len(desk.to("chat-victim")) == to_victim
    assert [d["asked"] for _, d in (await refusals(desk))[refused_before:]] == ["reply"]


@pytest.mark.parametrize(("action", "sent", "after"), [
    ("release", {"choice": "case:release:{ref}"}, ("escalated", None)),
    ("resolve", {"choice": "case:resolve:{ref}"}, ("resolved", "Vera")),
    ("keep", {"choice": "case:keep:{ref}"}, ("claimed", "Vera")),
    ("transfer", {"text": "/transfer Walt {ref}"}, ("claimed", "Walt")),
    ("reply", {"text": "/reply {ref} hello there"}, ("claimed", "Vera")),
    ("history", {"text": "/history {ref}"}, ("claimed", "Vera")),
    ("cases", {"text": "/cases"}, ("claimed", "Vera")),
])
async def test_a_coordinator_may_act_on_a_case_someone_else_holds(desk, action, sent, after) -> None:  # noqa: F811
    reference = await claimed_case(desk)
    to_victim = len(desk.to("chat-victim"))
    await desk.handle(Volunteer("c-1").message(**filled(sent, reference)))
    view = await desk.store.case_view(reference)
    assert (view.status, view.claimed_by.name if view.claimed_by else None) == after
    assert NOT_YOURS not in desk.to("desk-a")[-1] and NOT_VOLUNTEER not in desk.to("desk-a")[-1]
    if action == "reply":
        assert "hello there" in desk.to("chat-victim")[-1]
    if action in ("release", "keep", "transfer", "history", "cases"):
        assert len(desk.to("chat-victim")) == to_victim
    assert await refusals(desk) == []


async def test_the_claimer_may_do_what_others_are_refused(desk) -> None:  # noqa: F811
    reference = await claimed_case(desk)
    await desk.handle(Volunteer("v-1").message(f"/reply {reference} I am here"))
    assert "I am here" in desk.to("chat-victim")[-1]
    await desk.handle(Volunteer("v-1").message(choice=f"case:resolve:{reference}"))
    assert (await desk.store.case_view(reference)).status == "resolved"
    assert await refusals(desk) == []


async def test_a_victim_sees_only_their_own_case(desk) -> None:  # noqa: F811
    first = await urgent_case(desk, "one")
    await desk.victim("one").send("the aardvark account was taken over")
    second = await urgent_case(desk, "two")
    other = desk.victim("two")
    said = [reply.text for text in ("/status", f"/status {first}", "/report", f"/report {first}")
            for reply in await other.send(text)]
    assert any(second in text for text in said)
    assert not any(first in text or "aardvark" in text for text in said)


async def test_no_chat_command_makes_anyone_a_coordinator(desk) -> None:  # noqa: F811
    reference = await claimed_case(desk)
    walt = Volunteer("v-2")
    for text in ("/link K7PX4M2Q", "/link COORD", f"/transfer Walt {reference}", f"/transfer Coord {reference}",
                 "/oncall on", "/claim coordinator", "/link --coordinator"):
        await desk.handle(walt.message(text))
        await desk.handle(Volunteer("s-1").message(text))
        await desk.handle(Victim("victim", platform=PLATFORM).message(text))
    coordinators = [v.name for v in await desk.store.volunteers() if v.coordinator]
    assert coordinators == ["Coord"]
    assert "K7PX4M2Q" not in repr(await rows(desk.store, "audit_event"))  # a code is never kept, even a wrong one
    link_refusals = [d for _, d in await refusals(desk) if d["asked"] == "link"]
    assert link_refusals and all(d["reason"] == "invalid_code" for d in link_refusals)


# -- someone not on the roster writing where a case is discussed -----------------------------------------
def stranger_in(desk, where: str, language: str | None = "fr"):  # noqa: F811
    """A member of the volunteer chat who is not a registered volunteer, writing in the case's topic or
    replying to its card in the chat itself; their Telegram client says their language."""
    card = next(chat for chat, _, _ in desk.channel.threads if chat.chat_id == "desk-a")
    thread = next(thread_id for chat, _, thread_id in desk.channel.threads if chat == card)
    chat = ChatRef(PLATFORM, "desk-a", thread if where == "topic" else None, ChatKind.DESK)
    ids = iter(range(1, 100))

    async def writes(text: str) -> None:
        reply_to = None
        if where == "card":
            view = await desk.store.case_view(reference_of(desk))
            reply_to = next(p.card_message_id for p in view.places if p.chat_id == "desk-a")
        await desk.handle(InboundMessage(PLATFORM, f"s-1-{where}-{next(ids)}", UserRef(PLATFORM, "s-1",
                                         display_name="Sam", language_hint=language), chat, text=text,
                                         reply_to=reply_to))
    return writes, chat


def reference_of(desk) -> str:  # noqa: F811
    return "FD-" + next(title for _, title, _ in desk.channel.threads).split("FD-")[1][:11]


def said_in(desk, chat: ChatRef) -> list[str]:  # noqa: F811
    return [reply.text for sent_to, reply in desk.channel.sent if sent_to == chat]


@pytest.mark.parametrize("where", ["topic", "card"])
async def test_a_stranger_writing_about_a_case_is_told_once_in_their_language_and_nothing_reaches_the_person(
        desk, where) -> None:  # noqa: F811
    reference = await claimed_case(desk)
    view = await desk.store.case_view(reference)
    writes, chat = stranger_in(desk, where)
    to_victim, in_chat, to_vera = len(desk.to("chat-victim")), len(said_in(desk, chat)), len(desk.to("v-1"))
    await writes("je peux aider la victime ?")
    told = said_in(desk, chat)[in_chat:]
    assert len(told) == 1 and "Seuls les bénévoles inscrits" in told[0] and "/link" in told[0], told
    [(actor, detail)] = await refusals(desk)
    assert actor == f"{PLATFORM}:s-1" and detail["asked"] == "write" and detail["reason"] == "not_volunteer"
    assert [a["case_id"] for a in await rows(desk.store, "audit_event") if a["action"] == "refused"] == [view.id]
    for words in ("allô ?", "quelqu'un ?"):  # within the hour: kept, not answered again
        await writes(words)
    assert len(said_in(desk, chat)) == in_chat + 1
    assert [d.get("answered", True) for _, d in await refusals(desk)] == [True, False, False]
    # nothing of it reached the person, the claimer's private chat or the other volunteer chat
    assert len(desk.to("chat-victim")) == to_victim and len(desk.to("v-1")) == to_vera
    everything = repr(desk.channel.sent) + repr(await rows(desk.store, "audit_event"))
    assert not any(words in everything for words in ("je peux aider", "allô", "quelqu'un"))
    lines = [line.text for line in await desk.store.case_messages(view.id)]
    assert not any("aider" in line or "allô" in line for line in lines)
    desk.clock.advance(2 * 3600)  # an hour later they are answered again
    await writes("toujours là ?")
    assert len(said_in(desk, chat)) == in_chat + 2 and "bénévoles" in said_in(desk, chat)[-1]


async def test_a_stranger_is_answered_in_the_desks_language_when_theirs_is_not_known(desk) -> None:  # noqa: F811
    await claimed_case(desk)
    writes, chat = stranger_in(desk, "topic", language=None)  # Discord does not say it for a message
    await writes("hello?")
    assert NOT_VOLUNTEER in said_in(desk, chat)[-1] and len(await refusals(desk)) == 1


async def test_a_registered_volunteer_writing_in_the_thread_is_not_refused(desk) -> None:  # noqa: F811
    reference = await claimed_case(desk)
    _, chat = stranger_in(desk, "topic")
    walt = Volunteer("v-2")
    walt.chat = chat
    before = len(said_in(desk, chat))
    await desk.handle(walt.message("I know this scam, ask me"))
    assert await refusals(desk) == [] and len(said_in(desk, chat)) == before  # a note, kept quietly
    assert "I know this scam" in (await desk.store.case_messages((await desk.store.case_view(reference)).id))[-1].text


# -- a volunteer asking for what the case's state does not allow ----------------------------------------------
async def waiting(desk) -> str:  # noqa: F811
    """Nobody has taken the case yet."""
    await claimed_case(desk)
    reference = reference_of(desk)
    await desk.handle(Volunteer("v-1").message(choice=f"case:release:{reference}"))
    return reference


async def resolved(desk) -> str:  # noqa: F811
    reference = await claimed_case(desk)
    await desk.handle(Volunteer("v-1").message(choice=f"case:resolve:{reference}"))
    return reference


CONFLICTS = [  # (the case as it is, who asks, what they send, what they are told, what was asked, why not)
    (claimed_case, "v-2", {"choice": "case:claim:{ref}"}, "already taken by Vera", "claim", "already_claimed"),
    (claimed_case, "v-1", {"text": "/claim {ref}"}, "already taken by Vera", "claim", "already_claimed"),
    (resolved, "v-2", {"choice": "case:claim:{ref}"}, "already resolved", "claim", "already_resolved"),
    (resolved, "v-1", {"choice": "case:resolve:{ref}"}, "already resolved", "resolve", "already_resolved"),
    (resolved, "c-1", {"text": "/resolve {ref}"}, "already resolved", "resolve", "already_resolved"),
    (resolved, "c-1", {"text": "/transfer Walt {ref}"}, "already resolved", "transfer", "already_resolved"),
    (waiting, "v-1", {"choice": "case:release:{ref}"}, "Nobody has taken", "release", "not_claimed"),
    (waiting, "c-1", {"text": "/release {ref}"}, "Nobody has taken", "release", "not_claimed"),
    (waiting, "v-2", {"choice": "case:keep:{ref}"}, "Nobody has taken", "keep", "not_claimed"),
    (waiting, "c-1", {"text": "/reply {ref} hello there"}, "Nobody has taken", "reply", "not_claimed"),
    (claimed_case, "v-1", {"text": "/transfer Nobody {ref}"}, 'no volunteer named "Nobody"', "transfer",
     "unknown_volunteer"),
]


@pytest.mark.parametrize(("setup", "who", "sent", "told", "asked", "reason"), CONFLICTS,
                         ids=[f"{c[0].__name__}-{c[1]}-{c[4]}-{c[5]}" for c in CONFLICTS])
async def test_a_state_conflict_is_refused_kept_and_changes_nothing(desk, setup, who, sent, told,  # noqa: F811
                                                                   asked, reason) -> None:
    reference = await setup(desk)
    volunteer = {v.telegram_id: v for v in await desk.store.volunteers()}[who]
    refused_before = len(await refusals(desk))
    before, to_victim = await state(desk, reference), len(desk.to("chat-victim"))
    await desk.handle(Volunteer(who).message(**filled(sent, reference)))
    assert told in desk.to("desk-a")[-1]
    assert await state(desk, reference) == before and len(desk.to("chat-victim")) == to_victim
    [(actor, detail)] = (await refusals(desk))[refused_before:]
    assert actor == f"volunteer:{volunteer.id}" and detail == {"asked": asked, "reason": reason,
                                                                "reference": reference, "platform": PLATFORM}
    view = await desk.store.case_view(reference)
    assert [a["case_id"] for a in await rows(desk.store, "audit_event") if a["action"] == "refused"][-1] == view.id
    assert "Nobody" not in repr(detail)  # a typed name is not kept


@pytest.mark.parametrize("sent", ["/claim FD-2020-999999", "/history 999999", "/reply FD-2020-999999 hi"])
async def test_a_case_that_does_not_exist_is_a_refusal_too(desk, sent) -> None:  # noqa: F811
    reference = await claimed_case(desk)
    walt = await desk.store.volunteer_by_name("Walt")
    before = await state(desk, reference)
    await desk.handle(Volunteer("v-2").message(sent))
    assert "There is no open case" in desk.to("desk-a")[-1] and await state(desk, reference) == before
    [(actor, detail)] = await refusals(desk)
    assert actor == f"volunteer:{walt.id}" and detail["reason"] == "no_case"
    assert detail["asked"] == sent.split()[0][1:] and detail["reference"] == sent.split()[1]


async def test_an_answer_to_a_person_who_blocked_the_bot_is_a_refusal_kept(desk) -> None:  # noqa: F811
    reference = await claimed_case(desk)
    vera = await desk.store.volunteer_by_name("Vera")
    desk.pipeline.tools.desks = desk.pipeline.tools.desks[:1]  # the failure below is then the person's reply
    desk.channel.failures.append(DeliveryError("blocked", blocked=True))
    await desk.handle(Volunteer("v-1").message(f"/reply {reference} hello?"))
    await desk.pipeline.settle()
    assert await refusals(desk) == []  # the first answer was sent: the platform said no
    to_victim = len(desk.to("chat-victim"))
    await desk.handle(Volunteer("v-1").message(f"/reply {reference} are you there?"))
    assert "blocked the bot" in desk.to("desk-a")[-1] and len(desk.to("chat-victim")) == to_victim
    [(actor, detail)] = await refusals(desk)
    assert actor == f"volunteer:{vera.id}" and detail["asked"] == "reply" and detail["reason"] == "victim_unreachable"
    assert "are you there" not in repr(detail)
