"""One `python -m bot run` with BOTH the fake Telegram and the fake Discord, configured only by environment: a
Telegram forum group and a Discord desk channel (with a volunteer role) are the volunteer chats, volunteers are
on the roster, victims write on Telegram. What the tests and bench/escalation.py read comes from the fakes (what
the platforms received); the database only says what the bot recorded."""

from __future__ import annotations

import asyncio
import json
import os
import re
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import yaml
from sqlalchemy import select

from bot.config import PROJECT_ROOT
from bot.storage.db import Database
from bot.storage.repository import SqlStore
from bot.storage.tables import AuditEvent, MessageLog
from tests.fakes.discord import DEFAULT_TOKEN as DISCORD_TOKEN
from tests.fakes.discord import FakeDiscord
from tests.fakes.telegram import FakeTelegram
from tests.telegram_harness import TOKEN as TELEGRAM_TOKEN
from tests.telegram_harness import BotProcess

FORUM = -1001900000001  # the volunteers' Telegram group, with topics
REFERENCE = re.compile(r"FD-\d{4}-\d{6}")
WEBHOOK_SECRET = "escalation-webhook-secret"


def write_policy(path: Path, waits: Sequence[float | str], notify: Sequence[str] = ("oncall_language", "oncall_all",
                                                                                     "channel"),
                 repeat: int = 0) -> Path:
    """A policy file for ESCALATION_POLICY: one step per `notify`, with its wait."""
    steps = [{"notify": n, "wait": w if isinstance(w, str) else f"{w}s"} for n, w in zip(notify, waits, strict=True)]
    path.write_text(yaml.safe_dump({"kind": "escalation-policy", "steps": steps, "repeat": repeat}), encoding="utf-8")
    return path


@dataclass
class Person:
    """A volunteer: the same person on Telegram (a numeric user id) and on Discord (a snowflake)."""

    name: str
    telegram_id: int | None
    discord_id: int | None
    languages: list[str] = field(default_factory=list)


class Desk:
    """Both fake platforms with the volunteers' chats: a Telegram forum group, a Discord server with a #desk
    channel and a @volunteers role; and what each of them shows about a case."""

    def __init__(self, telegram: FakeTelegram, discord: FakeDiscord) -> None:
        self.telegram, self.discord = telegram, discord
        telegram.add_group(FORUM, forum=True, title="Volunteers")
        self.guild = discord.add_guild("Helpers")
        self.channel = discord.add_text_channel(self.guild, "desk")
        self.role = discord.add_role(self.guild, "volunteers")
        self.people: dict[str, Person] = {}
        self._telegram_ids = iter(range(7001, 8000))

    def person(self, name: str, languages: Sequence[str] = ("en",), *, telegram: bool = True,
               discord: bool = True) -> Person:
        person = Person(name, next(self._telegram_ids) if telegram else None,
                        self.discord.add_user(name) if discord else None, list(languages))
        self.people[name] = person
        return person

    def env(self) -> dict[str, str]:
        return {"TELEGRAM_VOLUNTEER_CHAT_ID": str(FORUM), "DISCORD_VOLUNTEER_CHANNEL_ID": str(self.channel),
                "DISCORD_VOLUNTEER_ROLE_ID": str(self.role)}

    # -- the case's place in each volunteer chat ------------------------------------------------------
    def telegram_topic(self, reference: str) -> int | None:
        return next((tid for tid, topic in self.telegram.topics(FORUM).items() if reference in topic["name"]), None)

    def telegram_card(self, reference: str) -> dict | None:
        """The card in the case's topic: the bot's message there with the case's buttons."""
        topic = self.telegram_topic(reference)
        if topic is None:
            return None
        return next((m for m in self.telegram.sent(FORUM, topic) if reference in m.get("text", "")
                     and any(reference in data for data in telegram_buttons(m))), None)

    def discord_thread(self, reference: str) -> int | None:
        threads = [c for c in self.discord._channels.values()  # the fake keeps no public list of threads
                   if c.get("parent_id") == str(self.channel) and c["type"] in (11, 12) and reference in c["name"]]
        return int(threads[0]["id"]) if threads else None

    def discord_card(self, reference: str) -> dict | None:
        thread = self.discord_thread(reference)
        if thread is None:
            return None
        return next((m for m in self.discord.sent(thread) if reference in m.get("content", "")
                     and any(reference in cid for cid in discord_buttons(m))), None)

    def cards(self, reference: str) -> tuple[dict | None, dict | None]:
        return self.telegram_card(reference), self.discord_card(reference)

    def cards_showing(self, reference: str, text: str) -> tuple[dict, dict] | None:
        """Both cards, once both show `text`; else None."""
        telegram, discord = self.cards(reference)
        if telegram and discord and text in telegram.get("text", "") and text in discord.get("content", ""):
            return telegram, discord
        return None

    # -- what people received ---------------------------------------------------------------------------
    def pages(self, person: Person, reference: str) -> dict[str, int]:
        """How many direct pages about the case the person received, per platform."""
        telegram = [m for m in self.telegram.sent(person.telegram_id) if reference in m.get("text", "")] \
            if person.telegram_id else []
        discord = [m for m in self.discord.sent_to_user(person.discord_id) if reference in m.get("content", "")] \
            if person.discord_id else []
        return {"telegram": len(telegram), "discord": len(discord)}

    def channel_pages(self, reference: str) -> dict[str, int]:
        """How many "still waiting" calls to the whole volunteer chat the case caused, per platform: outside its
        topic or thread (the General topic on Telegram, the #desk channel itself on Discord)."""
        return {"telegram": len(self.telegram_desk_messages(reference)),
                "discord": len(self.discord_desk_messages(reference))}

    def telegram_desk_messages(self, reference: str) -> list[dict]:
        return [m for m in self.telegram.sent(FORUM) if not m.get("is_topic_message")
                and reference in m.get("text", "")]

    def discord_desk_messages(self, reference: str) -> list[dict]:
        return [m for m in self.discord.sent(self.channel) if reference in m.get("content", "")]

    async def until(self, what: Callable[[], Any], seconds: float = 60.0, why: str = "") -> Any:
        """Until what() is truthy, whichever fake changes; returns it. Polls (each fake wakes only its own)."""
        return await eventually(lambda: _now(what()), seconds, why or str(what))


async def _now(value: Any) -> Any:
    return value


async def eventually(check: Callable[[], Awaitable[Any]], seconds: float, why: str) -> Any:
    """Until `await check()` is truthy (polled); returns it. A TimeoutError that says what was awaited."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while True:
        if result := await check():
            return result
        if loop.time() > deadline:
            raise TimeoutError(f"waited {seconds}s for {why}")
        await asyncio.sleep(0.05)


def telegram_buttons(message: dict) -> list[str]:
    keyboard = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [button.get("callback_data", "") for row in keyboard for button in row]


def discord_buttons(message: dict) -> list[str]:
    return [c.get("custom_id", "") for row in message.get("components", []) for c in row.get("components", [])]


def telegram_labels(message: dict) -> list[str]:
    keyboard = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [button["text"] for row in keyboard for button in row]


class DeskBot(BotProcess):
    """The bot on both fakes (or on one: `telegram=False` / `discord=False`), ready when every configured
    channel has started. `webhook`: Telegram in webhook mode, updates posted to this worker; `webhook_to`: to
    that other worker (several workers can share one Telegram bot that way: polling cannot be shared)."""

    secrets = (TELEGRAM_TOKEN, TELEGRAM_TOKEN.split(":")[1], DISCORD_TOKEN, DISCORD_TOKEN.split(".")[-1])

    def __init__(self, desk: Desk, database_url: str, data_dir: Path, *, policy: Path | None = None,
                 telegram: bool = True, discord: bool = True, webhook_to: DeskBot | None = None,
                 webhook: bool = False, **env: str) -> None:
        self.desk, self.use_telegram, self.use_discord = desk, telegram, discord
        extra = dict(desk.env())
        if policy is not None:
            extra["ESCALATION_POLICY"] = str(policy)
        super().__init__(desk.telegram, database_url, data_dir, **{**extra, **env})
        if telegram and (webhook or webhook_to is not None):
            port = (webhook_to or self).port
            self.env.update(TELEGRAM_MODE="webhook", TELEGRAM_WEBHOOK_SECRET=WEBHOOK_SECRET,
                            TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram/webhook")
        self.ready_lines = (["telegram channel started"] if telegram else []) + \
                           (["discord channel started"] if discord else [])

    def platform_env(self) -> dict[str, str]:
        env: dict[str, str] = {}
        if self.use_telegram:
            env.update(TELEGRAM_BOT_TOKEN=TELEGRAM_TOKEN, TELEGRAM_API_BASE_URL=self.desk.telegram.api_base,
                       TELEGRAM_FILE_BASE_URL=self.desk.telegram.file_base)
        if self.use_discord:
            env.update(DISCORD_BOT_TOKEN=DISCORD_TOKEN, DISCORD_API_BASE_URL=self.desk.discord.api_base,
                       DISCORD_GATEWAY_URL=self.desk.discord.gateway_url, DISCORD_GUILD_READY_TIMEOUT="0.05")
        return env

    async def _read(self, process: asyncio.subprocess.Process) -> None:
        assert process.stdout is not None
        waiting = set(self.ready_lines)
        async for line in process.stdout:
            self.output.append(line.decode(errors="replace"))
            waiting = {wanted for wanted in waiting if wanted not in self.output[-1]}
            if not waiting:
                self._ready.set()
        self._ready.set()


# -- the roster and the database --------------------------------------------------------------------------
async def enrol(database_url: str, people: Sequence[Person], *, on_call: bool = True,
                coordinators: Sequence[str] = ()) -> None:
    """Put people on the roster through the store (the schema is brought up to date first)."""
    db = Database(database_url)
    try:
        await db.upgrade()
        store = SqlStore(db)
        for person in people:
            await store.add_volunteer(person.name, telegram_id=_id(person.telegram_id),
                                      discord_id=_id(person.discord_id), languages=person.languages,
                                      coordinator=person.name in coordinators)
            if on_call:
                await store.update_volunteer(person.name, on_call=True)
    finally:
        await db.dispose()


def _id(value: int | None) -> str | None:
    return None if value is None else str(value)


async def audit(database_url: str, reference: str | None = None) -> list[dict[str, Any]]:
    """The case's audit events, oldest first (all events without a reference)."""
    db = Database(database_url)
    try:
        store = SqlStore(db)
        query = select(AuditEvent.__table__).order_by(AuditEvent.__table__.c.id)
        if reference is not None:
            case = await store.case_by_reference(reference)
            assert case is not None, f"no case {reference}"
            query = query.where(AuditEvent.__table__.c.case_id == case["id"])
        async with db.engine.connect() as conn:
            return [dict(row._mapping) for row in await conn.execute(query)]
    finally:
        await db.dispose()


async def steps_fired(database_url: str, reference: str) -> list[tuple[int, int]]:
    """(round, step) of every escalation step the bot recorded for the case, in order."""
    return [(e["detail"]["round"], e["detail"]["step"]) for e in await audit(database_url, reference)
            if e["action"] == "escalation_step"]


async def cli(database_url: str, *args: str) -> tuple[int, str]:
    """`python -m bot ARGS` on the database (without blocking the fakes, which run in this event loop)."""
    env = {**os.environ, "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=PROJECT_ROOT, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    output, _ = await asyncio.wait_for(process.communicate(), 120)
    return process.returncode or 0, output.decode(errors="replace")


async def case_row(database_url: str, reference: str) -> dict[str, Any]:
    """The case as `python -m bot cases REF` prints it."""
    code, output = await cli(database_url, "cases", reference)
    assert code == 0, output
    return json.loads(output[output.index("{"):])


# -- a victim on Telegram ---------------------------------------------------------------------------------
async def ask_for_a_human(telegram: FakeTelegram, user_id: int, *, language: str = "en", first: str = "hello",
                          seconds: float = 90.0) -> str:
    """hello -> agree -> /human, as a person on Telegram; the case reference the bot gave them."""
    async def answered(action: Callable[[], object], count: int = 1) -> list[dict]:
        before = len(telegram.sent(user_id))
        action()
        await telegram.wait_for(lambda: len(telegram.sent(user_id)) >= before + count, timeout=seconds)
        return telegram.sent(user_id)[before:]

    await answered(lambda: telegram.user_sends(user_id, first, language_code=language), 2)
    await answered(lambda: telegram.user_presses(user_id, "agree"))
    before = len(telegram.sent(user_id))
    telegram.user_sends(user_id, "/human", language_code=language)
    said = await telegram.wait_for(
        lambda: [m for m in telegram.sent(user_id)[before:] if REFERENCE.search(m.get("text", ""))], timeout=seconds)
    return REFERENCE.search(said[0]["text"]).group(0)  # type: ignore[union-attr]


async def unsent(database_url: str, chat_ids: Sequence[int | str] | None = None) -> int:
    """How many outbound rows (to these chats, or to any) are neither sent nor failed yet."""
    table = MessageLog.__table__
    db = Database(database_url)
    try:
        query = select(table.c.id).where(table.c.direction == "out", table.c.sent_at.is_(None),
                                         table.c.failed_at.is_(None))
        if chat_ids is not None:
            query = query.where(table.c.chat_id.in_([str(c) for c in chat_ids]))
        async with db.engine.connect() as conn:
            return len((await conn.execute(query)).all())
    finally:
        await db.dispose()


async def steps_taken(bot: BotProcess) -> dict[str, float]:
    """The worker's escalation step counters from /metrics, by what the step notified ({} if it has none)."""
    async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{bot.port}/metrics") as response:
        body = await response.text()
    found = re.findall(r'^frontdoor_escalation_steps_total\{notify="(\w+)"\} ([\d.]+)$', body, re.MULTILINE)
    return {notify: float(count) for notify, count in found}


async def case_record(database_url: str, reference: str) -> dict[str, Any]:
    """The case row, read from the database directly (what `python -m bot cases REF` prints, without starting
    a Python process)."""
    db = Database(database_url)
    try:
        case = await SqlStore(db).case_by_reference(reference)
        assert case is not None, f"no case {reference}"
        return case
    finally:
        await db.dispose()
