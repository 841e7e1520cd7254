"""The relay seen from outside: victims on Telegram or Discord, volunteers in the Telegram forum group, the Discord
desk channel's threads and their private chats with the bot, all through the fake platforms and the real bot
(`python -m bot run`, see tests/escalation_harness.py). What is read here is what people see: a Telegram message's
text as the app shows it (after the HTML the bot sent is parsed), a Discord message's text as the client shows it
(markdown escapes removed), the bytes of the files, the buttons."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tests.escalation_harness import (
    FORUM,
    REFERENCE,
    Desk,
    Person,
    ask_for_a_human,
    cli,
    discord_buttons,
    eventually,
    telegram_buttons,
)
from tests.fakes.discord import FakeDiscord
from tests.fakes.telegram import FakeTelegram

WAIT = 90.0  # generous bounds for anything the bot does: the machine is busy, nothing here measures speed
# Files to pass on: a few bytes that start like the format they claim (the fakes decode nothing)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 3
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(255, -1, -1)) * 3
# markdown escapes discord.utils.escape_markdown adds, which the Discord client does not show
DISCORD_ESCAPE = re.compile(r"\\([*_~`|>#\-\[\]])")


@dataclass
class Seen:
    """One message as the person who got it sees it."""

    text: str
    files: list[bytes] = field(default_factory=list)
    buttons: list[str] = field(default_factory=list)  # the choice ids behind the buttons
    raw: dict = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        return f"Seen({self.text!r}, files={[len(f) for f in self.files]} bytes, buttons={self.buttons})"

    @property
    def id(self) -> int:
        return int(self.raw.get("message_id") or self.raw["id"])


def seen_on_telegram(fake: FakeTelegram, message: dict) -> Seen:
    files = []
    if message.get("photo"):
        files.append(fake.file_bytes(message["photo"][-1]["file_id"]))
    for kind in ("document", "voice", "video", "audio"):
        if message.get(kind):
            files.append(fake.file_bytes(message[kind]["file_id"]))
    return Seen(message.get("text", message.get("caption", "")) or "", files, telegram_buttons(message), message)


def seen_on_discord(fake: FakeDiscord, message: dict) -> Seen:
    return Seen(DISCORD_ESCAPE.sub(r"\1", message.get("content") or ""),
                [fake.attachment_data(a) for a in message.get("attachments", [])],
                [b.removeprefix("fd:") for b in discord_buttons(message)], message)


# -- victims ------------------------------------------------------------------------------------------------------
class TelegramVictim:
    platform = "telegram"

    def __init__(self, fake: FakeTelegram, user_id: int, language: str = "en") -> None:
        self.fake, self.user_id, self.language = fake, user_id, language

    def says(self, text: str) -> None:
        self.fake.user_sends(self.user_id, text, language_code=self.language)

    def sends_photo(self, data: bytes, caption: str | None = None) -> None:
        self.fake.user_sends_photo(self.user_id, data, caption=caption)

    def presses(self, choice: str) -> None:
        """The button with that choice on the newest message that has it."""
        self.fake.user_presses(self.user_id, choice)

    def received(self) -> list[Seen]:
        return [seen_on_telegram(self.fake, m) for m in self.fake.sent(self.user_id)]

    async def asks_for_a_human(self) -> str:
        return await ask_for_a_human(self.fake, self.user_id, language=self.language, seconds=WAIT)


class DiscordVictim:
    platform = "discord"

    def __init__(self, fake: FakeDiscord, name: str = "victim") -> None:
        self.fake, self.user_id = fake, fake.add_user(name)

    def says(self, text: str) -> None:
        self.fake.user_dms(self.user_id, text)

    def sends_photo(self, data: bytes, caption: str | None = None) -> None:
        self.fake.user_dms(self.user_id, caption or "", [("screenshot.png", data, "image/png")])

    def presses(self, choice: str) -> None:
        message = next((m for m in reversed(self.received()) if choice in m.buttons), None)
        if message is None:
            raise LookupError(f"no message to {self.user_id} has the button {choice!r}")
        self.fake.user_clicks(self.user_id, message.id, f"fd:{choice}")

    def received(self) -> list[Seen]:
        return [seen_on_discord(self.fake, m) for m in self.fake.sent_to_user(self.user_id)]

    async def asks_for_a_human(self) -> str:
        """hello -> agree -> /human in DMs; the case reference the bot gave."""
        await self._answered(lambda: self.says("hello"))  # the welcome and the consent question: one post
        await self._answered(lambda: self.presses("agree"))
        said = await self._answered(lambda: self.says("/human"), until=lambda new: any(
            REFERENCE.search(m.text) for m in new))
        return next(REFERENCE.search(m.text).group(0) for m in said if REFERENCE.search(m.text))  # type: ignore[union-attr]

    async def _answered(self, action: Callable[[], object], count: int = 1,
                        until: Callable[[list[Seen]], bool] | None = None) -> list[Seen]:
        before = len(self.received())
        action()
        wanted = until or (lambda new: len(new) >= count)
        return await eventually(lambda: _now(self.received()[before:] if wanted(self.received()[before:]) else None),
                                WAIT, f"the bot's answer to discord user {self.user_id}")


Victim = TelegramVictim | DiscordVictim


async def _now(value: Any) -> Any:
    return value


# -- volunteers -----------------------------------------------------------------------------------------------------
async def enrol_with_cli(database_url: str, person: Person, *, coordinator: bool = False) -> str:
    """`python -m bot volunteer add …`, as an operator does; what it printed."""
    args = ["volunteer", "add", "--name", person.name, "--languages", ",".join(person.languages or ["en"])]
    if person.telegram_id:
        args += ["--telegram-id", str(person.telegram_id)]
    if person.discord_id:
        args += ["--discord-id", str(person.discord_id)]
    if coordinator:
        args.append("--coordinator")
    code, output = await cli(database_url, *args)
    assert code == 0 and f"added {person.name} (" in output, output
    return output


class RelayDesk(Desk):
    """The desk of tests/escalation_harness.py, with what volunteers do and see about a case's conversation."""

    # -- what the bot showed --------------------------------------------------------------------------------
    def topic(self, reference: str) -> list[Seen]:
        """The bot's messages in the case's Telegram forum topic, the card first."""
        topic = self.telegram_topic(reference)
        return [] if topic is None else [seen_on_telegram(self.telegram, m) for m in self.telegram.sent(FORUM, topic)]

    def thread(self, reference: str) -> list[Seen]:
        """The bot's messages in the case's Discord thread, the card first."""
        thread = self.discord_thread(reference)
        return [] if thread is None else [seen_on_discord(self.discord, m) for m in self.discord.sent(thread)]

    def place(self, platform: str, reference: str) -> list[Seen]:
        return self.topic(reference) if platform == "telegram" else self.thread(reference)

    def direct(self, person: Person, platform: str) -> list[Seen]:
        """What the bot wrote to the volunteer in their private chat with it."""
        if platform == "telegram":
            return [seen_on_telegram(self.telegram, m) for m in self.telegram.sent(person.telegram_id)]
        return [seen_on_discord(self.discord, m) for m in self.discord.sent_to_user(person.discord_id)]

    async def until(self, what: Callable[[], Any], seconds: float = WAIT, why: str = "") -> Any:
        try:
            return await super().until(what, seconds, why)
        except TimeoutError as timeout:  # a rare wait that ran out must say what each platform saw meanwhile
            raise TimeoutError(f"{timeout}; {self.seen_at_the_desk()}") from None

    def seen_at_the_desk(self) -> str:
        """What the volunteer chats got, in order, and every error the fakes answered (429s included)."""
        group = [f"{m.get('message_thread_id')}:{(m.get('text') or m.get('caption') or '')[:40]!r}"
                 for m in self.telegram.sent(FORUM)]
        return (f"Telegram group posts {group}; Telegram errors {self.telegram.errors}; "
                f"Discord errors {self.discord.errors}")

    # -- what volunteers do ---------------------------------------------------------------------------------
    def claims(self, person: Person, platform: str, reference: str) -> None:
        """Presses Claim on the case's card."""
        if platform == "telegram":
            card = self.telegram_card(reference)
            assert card is not None, f"no Telegram card for {reference}"
            self.telegram.user_presses(person.telegram_id, f"case:claim:{reference}", chat_id=FORUM,
                                       message_id=card["message_id"], )
        else:
            card = self.discord_card(reference)
            assert card is not None, f"no Discord card for {reference}"
            self.discord.user_clicks(person.discord_id, int(card["id"]), f"fd:case:claim:{reference}")

    def writes_in_case(self, person: Person, platform: str, reference: str, text: str, *,
                       photo: bytes | None = None) -> None:
        """A message in the case's topic (Telegram) or thread (Discord), with a photo if given."""
        if platform == "telegram":
            topic = self.telegram_topic(reference)
            assert topic is not None, f"no Telegram topic for {reference}"
            if photo is None:
                self.telegram.group_message(FORUM, person.telegram_id, text, thread_id=topic,
                                            first_name=person.name.split()[0])
            else:
                telegram_group_photo(self.telegram, FORUM, person.telegram_id, photo, caption=text, thread_id=topic,
                                     first_name=person.name.split()[0])
        else:
            thread = self.discord_thread(reference)
            assert thread is not None, f"no Discord thread for {reference}"
            files = [("answer.png", photo, "image/png")] if photo is not None else []
            self.discord.user_posts(thread, person.discord_id, text, attachments=files)

    def writes_at_desk(self, person: Person, platform: str, text: str) -> None:
        """A message in the volunteer chat itself, outside any case's topic or thread."""
        if platform == "telegram":
            self.telegram.group_message(FORUM, person.telegram_id, text, first_name=person.name.split()[0])
        else:
            self.discord.user_posts(self.channel, person.discord_id, text)

    def writes_privately(self, person: Person, platform: str, text: str, *, reply_to: Seen | None = None) -> None:
        """A message to the bot in the volunteer's private chat, answering one of the bot's messages if given."""
        if platform == "telegram":
            self.telegram.user_sends(person.telegram_id, text, first_name=person.name.split()[0],
                                     reply_to=reply_to.id if reply_to else None)
        else:
            self.discord.user_dms(person.discord_id, text, reply_to=reply_to.id if reply_to else None)

    def slash(self, person: Person, case: str, command: str, **options: str) -> int:
        """A Discord slash command in the thread of the case `case`."""
        thread = self.discord_thread(case)
        assert thread is not None, f"no Discord thread for {case}"
        return self.discord.user_slash(person.discord_id, command, channel_id=thread, options=options)


def telegram_group_photo(fake: FakeTelegram, chat_id: int, user_id: int, data: bytes, *, caption: str | None,
                         thread_id: int | None, first_name: str = "Alice") -> dict:
    """A photo with a caption posted in a group's forum topic. The fake has no such user action (group_message is
    text only), so this builds the update as Telegram sends it from the fake's own parts."""
    fake._remember_user(user_id, "en", first_name, None)
    sizes = []
    for side in (90, 320, 1280):
        stored = fake._store_file("photos", "photo.jpg", data)
        sizes.append({**fake._file_fields(stored), "width": side, "height": round(side * 0.75)})
    placement = fake._placement(chat_id, thread_id, None)
    message = fake._user_message(chat_id, user_id, photo=sizes, caption=caption, **placement)
    return fake._push({"message": copy.deepcopy(message)})


# -- reading the conversation -----------------------------------------------------------------------------------
HEADING = re.compile(r"^(?:💬 FD-\d{4}-\d{6} · the person:|↪️ FD-\d{4}-\d{6} · .+ to the person:|👤 Volunteer.*:)$")


def sections(text: str) -> list[tuple[str, list[str]]]:
    """A relayed post as (heading, lines) pairs: several relayed messages may share one post, each under the
    heading of who said it (left out when the one before had the same). A blank line ends a section (the hint
    after a relayed message in a volunteer's private chat)."""
    found: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for line in text.split("\n"):
        if HEADING.match(line):
            found.append((line, current := []))
        elif not line:
            current = None
        elif current is not None:
            current.append(line)
    return found


def relayed_words(messages: Sequence[Seen], heading: str) -> list[str]:
    """The lines said under `heading` in these messages, in order."""
    return [line for m in messages for said, lines in sections(m.text) if said == heading for line in lines]


def spoken(messages: Sequence[Seen], reference: str) -> list[tuple[str, str]]:
    """What was relayed about a case in a volunteer chat, as (who, line): "person" for the person's words, the
    volunteer's name for their words to the person, in order."""
    mirror = re.compile(rf"^↪️ {re.escape(reference)} · (.+) to the person:$")
    said: list[tuple[str, str]] = []
    for message in messages:
        for heading, lines in sections(message.text):
            who = "person" if heading == from_person(reference) else (m.group(1) if (m := mirror.match(heading))
                                                                       else None)
            if who is not None:
                said += [(who, line) for line in lines]
    return said


def lines(said: Sequence[tuple[str, str]]) -> list[str]:
    return [line for _, line in said]


def from_person(reference: str) -> str:
    """The heading of the person's words in a volunteer chat."""
    return f"💬 {reference} · the person:"


def signed(name: str) -> str:
    """How the person sees who answers."""
    return f"👤 Volunteer {name}:"


def answers(victim: Victim, name: str) -> list[str]:
    """The volunteer's words as the person received them, in order."""
    return relayed_words(victim.received(), signed(name))


def mirrored(messages: Sequence[Seen], reference: str, name: str) -> list[str]:
    """A volunteer's words to the person as the other volunteer chats see them."""
    return relayed_words(messages, f"↪️ {reference} · {name} to the person:")


def with_files(messages: Sequence[Seen]) -> list[Seen]:
    return [m for m in messages if m.files]


def texts(messages: Sequence[Seen]) -> list[str]:
    return [m.text for m in messages]


def count_containing(messages: Sequence[Seen], part: str) -> int:
    return sum(part in m.text for m in messages)
