"""The outbox's own promises, on the memory store: each reply goes out once and in order, whoever sends it."""

from __future__ import annotations

import asyncio

from bot.domain import ChatRef, Choice, InboundMessage, Outgoing, Reply, UserRef
from bot.ports import ChangeSet, WorkKey
from bot.services.outbox import Outbox
from bot.storage.memory import MemoryStore
from tests.fakes.channel import PLATFORM, RecordingChannel


async def committed_turn(store: MemoryStore, who: str, texts: list[str]):  # type: ignore[no-untyped-def]
    message = InboundMessage(platform=PLATFORM, external_id=f"{who}-1", user=UserRef(PLATFORM, who),
                             chat=ChatRef(PLATFORM, f"chat-{who}"), text="hello")
    await store.ingest(message, [])
    snapshot = await store.load(WorkKey.of(message))
    assert snapshot is not None
    snapshot.conversation.state = {"flow": "intake", "step": "start"}
    return await store.commit(ChangeSet(
        snapshot.key, processed=[e.id for e in snapshot.inbound], contact=snapshot.contact,
        conversation=snapshot.conversation,
        outbox=[Outgoing(ChatRef(PLATFORM, f"chat-{who}"), Reply(text)) for text in texts]))


async def test_the_start_up_sweep_and_a_turn_send_the_same_rows_once() -> None:
    """At start-up the only worker takes over every unsent row, while the first person's turn, just committed,
    sends its own: both reach for the same rows. The person gets each reply once, in order."""
    store, channel = MemoryStore(), RecordingChannel()
    outbox = Outbox(store, {PLATFORM: channel})
    committed = await committed_turn(store, "ana", ["Hello.", "Before we start: is that all right?"])
    await asyncio.gather(outbox.sweep(take_over=True), outbox.deliver(committed.outbound))
    assert [reply.text for reply in channel.replies_to("ana")] == ["Hello.", "Before we start: is that all right?"]
    assert await store.count_unsent([PLATFORM]) == 0


async def test_a_turns_stale_copy_of_rows_the_start_up_sweep_already_sent_is_not_sent_again() -> None:
    """The start-up sweep may take a turn's rows and send them all before that turn gets to send its own copy of
    them: the person still gets each reply once."""
    store, channel = MemoryStore(), RecordingChannel()
    outbox = Outbox(store, {PLATFORM: channel})
    committed = await committed_turn(store, "ana", ["Hello.", "Before we start: is that all right?"])
    await outbox.sweep(take_over=True)
    await outbox.deliver(committed.outbound)
    assert [reply.text for reply in channel.replies_to("ana")] == ["Hello.", "Before we start: is that all right?"]
    assert await store.count_unsent([PLATFORM]) == 0


async def test_the_rest_of_a_turns_answer_is_marked_as_continuing_the_first_message() -> None:
    """A channel that limits all chats together (Telegram's 30 a second) lets the rest of an answer through first;
    the outbox tells it which messages those are: the second and later of one turn to one chat."""
    store, channel = MemoryStore(), RecordingChannel()
    outbox = Outbox(store, {PLATFORM: channel})
    committed = await committed_turn(store, "ana", ["Hello.", "Before we start:", "is that all right?"])
    await outbox.deliver(committed.outbound)
    assert [reply.continues for reply in channel.replies_to("ana")] == [False, True, True]
    again = await committed_turn(store, "bo", ["One answer."])
    await outbox.deliver(again.outbound)
    assert [reply.continues for reply in channel.replies_to("bo")] == [False]
    assert "continues" not in channel.replies_to("ana")[1].to_json()  # never stored


class JoiningChannel(RecordingChannel):
    """A channel whose platform shows a bot's messages one after the other as one block (Discord)."""

    joins_answers = True


async def test_a_channel_that_joins_answers_gets_a_turns_messages_up_to_the_buttons_as_one_post() -> None:
    """Where the channel asks for it, a turn's messages to a person go out as one post, up to the one with buttons
    (its buttons under them); what follows is another post. Each row is marked sent; elsewhere nothing changes."""
    buttons = (Choice("agree", "Yes"), Choice("decline", "No"))
    for channel, posts in ((JoiningChannel(), [("Hello.\n\nIs that all right?", buttons), ("Take your time.", ())]),
                           (RecordingChannel(), [("Hello.", ()), ("Is that all right?", buttons),
                                                 ("Take your time.", ())])):
        store = MemoryStore()
        outbox = Outbox(store, {PLATFORM: channel})
        message = InboundMessage(platform=PLATFORM, external_id="ana-1", user=UserRef(PLATFORM, "ana"),
                                 chat=ChatRef(PLATFORM, "chat-ana"), text="hello")
        await store.ingest(message, [])
        snapshot = await store.load(WorkKey.of(message))
        assert snapshot is not None
        snapshot.conversation.state = {"flow": "intake", "step": "start"}
        chat = ChatRef(PLATFORM, "chat-ana")
        committed = await store.commit(ChangeSet(
            snapshot.key, processed=[e.id for e in snapshot.inbound], contact=snapshot.contact,
            conversation=snapshot.conversation,
            outbox=[Outgoing(chat, Reply("Hello.")), Outgoing(chat, Reply("Is that all right?", buttons)),
                    Outgoing(chat, Reply("Take your time."))]))
        await outbox.deliver(committed.outbound)
        assert [(reply.text, reply.choices) for reply in channel.replies_to("ana")] == posts
        assert await store.count_unsent([PLATFORM]) == 0
