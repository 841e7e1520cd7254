"""/link CODE, /oncall on|off and /oncall on the real pipeline over the memory store: at the desk and in a
private chat with the bot, for registered volunteers only, never touching a victim's intake."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from bot.domain import ChatKind, ChatRef, InboundMessage, UserRef
from bot.ports import WorkKey
from bot.services.handlers.volunteers import VolunteerCommands
from bot.services.roster import invite_hash
from tests.fakes.channel import RecordingChannel
from tests.test_volunteers import wire_memory_volunteer_changes

_ids = itertools.count(1)
CODE = "K7PX4M2Q"


@pytest.fixture
def channel() -> RecordingChannel:
    # identities exist on Telegram and Discord only, so these tests speak Telegram (the fakes' builders
    # in tests/fakes/channel.py are bound to the "test" platform)
    return RecordingChannel(platform="telegram")


@pytest.fixture
def bot(memory_app, monkeypatch):
    """The memory app with the volunteer commands first in both handler lists (where app.py does not
    list them yet) and the memory store applying a change set's volunteer changes."""
    wire_memory_volunteer_changes(monkeypatch)
    router = memory_app.pipeline.router
    for handlers in (router.victim, router.desk):
        if not any(isinstance(h, VolunteerCommands) for h in handlers):
            handlers.insert(0, VolunteerCommands())
    return memory_app


class Person:
    """Someone writing on a platform, privately to the bot or in a volunteer chat."""

    def __init__(self, user_id: str, platform: str = "telegram", language: str | None = "en") -> None:
        self.platform = platform
        self.user = UserRef(platform, user_id, display_name=f"name-{user_id}", language_hint=language)
        self.dm = ChatRef(platform, f"chat-{user_id}")
        self.desk = ChatRef(platform, "desk-1", "topic-1", ChatKind.DESK)

    def says(self, text: str, *, at_desk: bool = False) -> InboundMessage:
        return InboundMessage(platform=self.platform, external_id=f"m-{next(_ids)}", user=self.user,
                              chat=self.desk if at_desk else self.dm, text=text)


async def invite(store, name: str = "Dee", code: str = CODE, *, languages=("uk", "ru"), days: float = 7):
    volunteer = await store.volunteer_by_name(name) or await store.add_volunteer(name, languages=list(languages))
    await store.update_volunteer(volunteer.name, invite_hash=invite_hash(code),
                                 invite_expires_at=datetime.now(UTC) + timedelta(days=days))
    return volunteer


def said(channel: RecordingChannel, chat: ChatRef) -> list[str]:
    return [reply.text for where, reply in channel.sent if where == chat]


# -- /link ---------------------------------------------------------------------------------------------
async def test_link_in_a_dm_binds_the_sender_and_starts_no_intake(bot, channel) -> None:
    store = bot.store
    dee = await invite(store)
    person = Person("9001")
    await bot.handle(person.says(f"/link {CODE}"))
    assert said(channel, person.dm) == ["Welcome, Dee! Your account is now linked. You can use /oncall here and in "
                                        "the volunteers' chat."]
    linked = await store.volunteer_by_identity("telegram", "9001")
    assert linked is not None and linked.id == dee.id
    assert await store.volunteer_by_invite(invite_hash(CODE), datetime.now(UTC)) is None  # used once
    # no intake, and the volunteer is not stored as a victim: no contact, no conversation, no case
    assert store.cases == {} and store.conversations == {} and store.contacts == {}
    audit = [a for a in store.audit_events.values() if a["action"] == "volunteer_linked"]
    assert [(a["actor"], a["detail"]) for a in audit] == [(f"volunteer:{dee.id}",
                                                          {"platform": "telegram", "replaced": False})]
    assert CODE not in repr(store.audit_events)


async def test_link_at_the_desk_answers_in_the_topic_and_stores_no_contact(bot, channel) -> None:
    await invite(bot.store, "Eve", "ABCD2345", languages=("fr",))
    eve = Person("4242")
    await bot.handle(eve.says("/link@frontdoor_bot abcd-2345", at_desk=True))  # as typed, lower case, a dash
    assert said(channel, eve.desk)[-1].startswith("Welcome, Eve!")
    assert (await bot.store.volunteer_by_identity("telegram", "4242")).name == "Eve"
    assert bot.store.contacts == {}


async def test_link_on_discord_binds_the_discord_identity(bot, channel) -> None:
    channel.platform = "discord"
    bot.pipeline.outbox.senders["discord"] = channel
    await invite(bot.store)
    person = Person("777000111", platform="discord")
    await bot.handle(person.says(f"/link {CODE}"))
    dee = await bot.store.volunteer_by_identity("discord", "777000111")
    assert dee is not None and dee.name == "Dee" and dee.telegram_id is None


async def test_a_wrong_or_expired_code_is_refused_and_changes_nothing(bot, channel) -> None:
    store = bot.store
    await invite(store)
    await invite(store, "Old", "ZZZZ9999", days=-1)
    person = Person("9002")
    await bot.handle(person.says("/link WRONG123"))
    await bot.handle(person.says("/link ZZZZ9999"))
    await bot.handle(person.says("/link"))
    replies = said(channel, person.dm)
    assert replies[0].startswith("This code is not valid") and replies[1] == replies[0]
    assert replies[2].startswith("To link your account, send /link")
    assert await store.volunteer_by_identity("telegram", "9002") is None
    assert await store.volunteer_by_invite(invite_hash(CODE), datetime.now(UTC)) is not None  # still usable
    assert store.cases == {} and all(not c["state"] for c in store.conversations.values())
    assert not [a for a in store.audit_events.values() if a["action"].startswith("volunteer")]


async def test_a_code_works_once_even_twice_in_one_batch(bot, channel) -> None:
    await invite(bot.store)
    person = Person("9003")
    first, second = person.says(f"/link {CODE}"), person.says(f"/link {CODE}")
    await bot.pipeline.ingest(first)
    await bot.pipeline.ingest(second)
    await bot.pipeline.process(WorkKey.of(first))
    await bot.pipeline.settle()  # the second answer waited for the first to be sent (each chat in order)
    replies = said(channel, person.dm)
    assert replies[0].startswith("Welcome, Dee!") and replies[1].startswith("This code is not valid")
    # another person with the same (used) code
    other = Person("9004")
    await bot.handle(other.says(f"/link {CODE}", at_desk=True))
    assert said(channel, other.desk)[-1].startswith("This code is not valid")
    assert (await bot.store.volunteer_by_name("Dee")).telegram_id == "9003"


async def test_an_account_linked_to_one_volunteer_cannot_take_anothers_invite(bot, channel) -> None:
    store = bot.store
    await store.add_volunteer("Ana", telegram_id="9005", languages=["en"])
    await invite(store, "Dee")
    ana = Person("9005")
    await bot.handle(ana.says(f"/link {CODE}", at_desk=True))
    assert said(channel, ana.desk) == ["This account is already linked to the volunteer Ana. If that is a mistake, "
                                       "ask a coordinator."]
    assert (await store.volunteer_by_name("Dee")).telegram_id is None
    assert await store.volunteer_by_invite(invite_hash(CODE), datetime.now(UTC)) is not None


async def test_link_elsewhere_than_telegram_or_discord_is_explained(bot, channel) -> None:
    channel.platform = "console"
    bot.pipeline.outbox.senders["console"] = channel
    await invite(bot.store)
    person = Person("me", platform="console")
    await bot.handle(person.says(f"/link {CODE}"))
    assert said(channel, person.dm) == ["Volunteer accounts can be linked on Telegram and Discord only."]


# -- /oncall -------------------------------------------------------------------------------------------
async def test_oncall_on_off_and_who_is_on_call(bot, channel) -> None:
    store = bot.store
    await store.add_volunteer("Ana", telegram_id="9010", languages=["en", "fr"], coordinator=True)
    await store.add_volunteer("Bo", telegram_id="9011", languages=["de"])
    await store.add_volunteer("Cy", languages=["uk"])  # no identity: cannot act, but may be on call by a shift
    await store.update_volunteer("Cy", shifts=[{"days": list(range(7)), "from": "00:00", "to": "24:00", "tz": "UTC"}])
    ana, bo = Person("9010"), Person("9011")
    await bot.handle(ana.says("/oncall on", at_desk=True))
    assert said(channel, ana.desk)[-1] == ("Ana, you are now on call. Urgent cases will reach you until you write "
                                           "/oncall off.")
    assert (await store.volunteer_by_name("Ana")).on_call
    await bot.handle(bo.says("/oncall"))  # in a DM with the bot
    assert said(channel, bo.dm) == ["On call now:\n• Ana – en, fr (coordinator)\n• Cy – uk"]
    await bot.handle(ana.says("/oncall off", at_desk=True))
    assert said(channel, ana.desk)[-1] == "Ana, you are now off call."
    assert not (await store.volunteer_by_name("Ana")).on_call
    await bot.handle(bo.says("/oncall", at_desk=True))
    assert said(channel, bo.desk)[-1] == "On call now:\n• Cy – uk"
    await bot.handle(bo.says("/oncall maybe", at_desk=True))
    assert said(channel, bo.desk)[-1].startswith("Write /oncall on to be on call")
    actions = [(a["actor"], a["action"]) for a in store.audit_events.values()]
    assert actions == [("volunteer:1", "volunteer_on_call"), ("volunteer:1", "volunteer_off_call")]
    # a volunteer's commands in a DM leave no victim behind but the inbox's contact row
    assert store.cases == {} and all(not c["state"] for c in store.conversations.values())


async def test_nobody_on_call_and_off_during_a_shift(bot, channel) -> None:
    store = bot.store
    await store.add_volunteer("Ana", telegram_id="9020", languages=["en"])
    ana = Person("9020")
    await bot.handle(ana.says("/oncall", at_desk=True))
    assert said(channel, ana.desk) == ["Nobody is on call right now."]
    await store.update_volunteer("Ana", on_call=True,
                                 shifts=[{"days": list(range(7)), "from": "00:00", "to": "24:00", "tz": "UTC"}])
    await bot.handle(ana.says("/oncall off", at_desk=True))
    assert said(channel, ana.desk)[-1].startswith("Ana, you are off call, but one of your weekly shifts is running")


async def test_oncall_then_list_in_one_batch_sees_the_change(bot, channel) -> None:
    await bot.store.add_volunteer("Ana", telegram_id="9030", languages=["en"])
    ana = Person("9030")
    first, second = ana.says("/oncall on", at_desk=True), ana.says("/oncall", at_desk=True)
    await bot.pipeline.ingest(first)
    await bot.pipeline.ingest(second)
    await bot.pipeline.process(WorkKey.of(first))
    await bot.pipeline.settle()  # the second answer waited for the first to be sent (each chat in order)
    assert said(channel, ana.desk)[-1] == "On call now:\n• Ana – en"


@pytest.mark.parametrize("text", ["/oncall on", "/oncall off", "/oncall"])
async def test_strangers_are_refused_and_nothing_happens(bot, channel, text: str) -> None:
    store = bot.store
    await store.add_volunteer("Ana", telegram_id="9040", languages=["en"])
    await store.update_volunteer("Ana", on_call=True)
    stranger = Person("6666")
    await bot.handle(stranger.says(text, at_desk=True))
    assert said(channel, stranger.desk) == [
        "Only registered volunteers can use this command. If you are one, ask a coordinator for an invitation "
        "code and send it here as /link CODE."]
    assert [v.on_call for v in await store.volunteers()] == [True]
    assert [a["action"] for a in store.audit_events.values()] == ["refused"] and store.contacts == {}


async def test_a_victim_typing_oncall_is_refused_in_their_language_and_their_intake_is_untouched(
        bot, channel) -> None:
    store = bot.store
    victim = Person("7001", language="fr")
    await bot.handle(victim.says("bonjour"))
    before = [dict(c["state"]) for c in store.conversations.values()]
    assert before and before[0].get("step")
    answers = len(said(channel, victim.dm))
    await bot.handle(victim.says("/oncall on"))
    replies = said(channel, victim.dm)[answers:]
    assert replies == ["Seuls les bénévoles inscrits peuvent utiliser cette commande. Si vous en faites partie, "
                       "demandez un code d'invitation à un coordinateur ou une coordinatrice et envoyez-le ici sous "
                       "la forme /link CODE."]
    assert [dict(c["state"]) for c in store.conversations.values()] == before
    assert await store.volunteers() == []


async def test_everything_else_goes_on_to_the_other_handlers(bot, channel) -> None:
    person = Person("7002")
    await bot.handle(person.says("/help", at_desk=True))
    assert "volunteers' desk" in said(channel, person.desk)[-1]
    await bot.handle(person.says("/linkedin is where they found me"))
    assert said(channel, person.dm) and not any(text.startswith("This code") for text in said(channel, person.dm))
    await bot.handle(person.says("hello"))
    assert [c["state"].get("step") for c in bot.store.conversations.values()] != [None]  # the intake began


async def test_link_and_oncall_on_the_database(app, channel) -> None:
    """The same through SQL: the change set's volunteer changes, conditional on the invite."""
    router = app.pipeline.router
    for handlers in (router.victim, router.desk):
        if not any(isinstance(h, VolunteerCommands) for h in handlers):
            handlers.insert(0, VolunteerCommands())
    await invite(app.store)
    dee = Person("9050")
    await app.handle(dee.says(f"/link {CODE}"))
    await app.handle(dee.says("/oncall on", at_desk=True))
    await app.handle(dee.says("/oncall"))
    assert said(channel, dee.dm) == [
        "Welcome, Dee! Your account is now linked. You can use /oncall here and in the volunteers' chat.",
        "On call now:\n• Dee – uk, ru"]
    linked = await app.store.volunteer_by_identity("telegram", "9050")
    assert linked is not None and linked.on_call
    assert await app.store.volunteer_by_invite(invite_hash(CODE), datetime.now(UTC)) is None
    other = Person("9051")
    await app.handle(other.says(f"/link {CODE}", at_desk=True))
    assert said(channel, other.desk)[-1].startswith("This code is not valid")
    assert await app.store.list_cases() == []
