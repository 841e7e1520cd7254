"""Relay benchmark: how long a word takes between a person and the volunteer who has their case, through the bot,
with the platforms' limits in force. Not a test: it measures and prints; it asserts nothing about speed.

    .venv/bin/python -m bench.relay                              # 100 cases, 60 s of conversation: ~5 minutes
    .venv/bin/python -m bench.relay --cases 20 --duration 30     # quicker
    .venv/bin/python -m bench.relay --no-limits                  # the fakes' limits off: the bot's own pace only
    .venv/bin/python -m bench.relay --commit HEAD                # a clean `git archive` of HEAD, not the checkout

The real bot (`python -m bot run`, configured by environment as tests/escalation_harness.py does it) on a fresh
SQLite file, against the fake Telegram with `enforce_rate_limits` on (1 message a second to a private chat, 20 a
minute to a group, 30 a second in all: 429 beyond) and the fake Discord with Discord's message limits added here
(5 messages per 5 s per channel, 50 requests a second in all: 429 beyond; interaction answers are exempt, as on
Discord). One volunteer chat on each platform: a Telegram forum group and a Discord channel (`--desks discord`: the
Discord one only, while measuring).

Set-up: `--cases` people (half on Telegram, half on Discord) say hello, agree and ask for a person; `--volunteers`
volunteers (each with a Telegram and a Discord identity) claim them in turn on Discord. The cases are opened with
only the Discord desk configured, and their Telegram forum topics are then made directly in the fake and recorded in
`case_place`, before the bot is restarted with both desks: 100 topics, cards and card edits through a group paced
at 20 messages a minute would take a quarter of an hour and measure the escalation, not the relay.

Measured for `--duration` seconds: each person writes every `--interval` s on average (exponential, seeded; with
`--wait-for-delivery` only once their previous message reached the other side), and so does their case's volunteer,
in the case's Telegram topic for half the cases and in its Discord thread for the others (its Discord thread for all
with `--desks discord`). Each message carries a token; the fakes note the moment
they accept a bot message (after any 429), and the time from the moment the message was put in a fake to that moment
is the latency:
  - volunteer -> person: the signed answer in the person's chat; and the copy in the other platform's desk thread
  - person -> claimer: the copy in the volunteer's private chat with the bot, on Telegram and on Discord
  - person -> desk: the post in the case's Telegram topic and in its Discord thread (posts that waited are merged)
A latency is "free" when the chat it went to had not reached its platform's limit when the message was put in
(Telegram private chat: no bot message in the 1.1 s before, the bot's own pace; group: fewer than 2 in the 7 s
before; Discord channel: fewer than 5 in the 5 s before), nor while it was on its way because of messages put in
before it (accepted after the window began and before it: it queued behind them), nor held by Discord's global
limit (the fake answered a global 429 while it was on its way): what is left of it is the bot's own delay.
After the last message, up to `--drain` s for everything to arrive; then the bot is stopped.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import common

sys.path.insert(0, str(common.ROOT))  # tests/ (the fakes and the harness) when run as a file
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

TOKEN = re.compile(r"\bm(\d{6})\b")
AIM_MS = 300.0
# (window s, most messages) of a chat before its platform (or the bot's own pace, which keeps to it) holds the next
PRIVATE_PACE, GROUP_PACE, DISCORD_PACE = (1.1, 1), (7.0, 2), (5.0, 5)


# -- the fakes, timed and (Discord) limited -----------------------------------------------------------------------
@dataclass
class Clock:
    """What the fakes accepted from the bot, when (time.monotonic()): per chat, and per token per place."""

    at: dict[tuple[str, int], list[float]] = field(default_factory=lambda: defaultdict(list))
    arrived: dict[tuple[int, str], float] = field(default_factory=dict)  # (token, place) -> first arrival
    twice: list[tuple[int, str]] = field(default_factory=list)  # (token, place) seen in a second message
    places: dict[tuple[str, int], str] = field(default_factory=dict)  # (platform, chat) -> place name
    stalls: list[float] = field(default_factory=list)  # when the fake Discord answered a global 429 (all wait)

    def saw(self, platform: str, chat: int, text: str) -> None:
        now = time.monotonic()
        self.at[platform, chat].append(now)
        place = self.places.get((platform, chat))
        if place is None:
            return
        for token in {int(t) for t in TOKEN.findall(text or "")}:
            if (token, place) in self.arrived:
                self.twice.append((token, place))
            else:
                self.arrived[token, place] = now

    def busy(self, platform: str, chat: int, put: float, pace: tuple[float, int]) -> bool:
        window, most = pace
        return sum(put - window <= t <= put for t in self.at.get((platform, chat), ())) >= most

    def queued(self, platform: str, chat: int, put: float, arrived: float, ahead: list[float],
               pace: tuple[float, int]) -> bool:
        """Whether the chat's limit held the message even though it was free when put: messages put before it
        (`ahead`: when each was accepted) filled the chat's window before it could go."""
        window, most = pace
        return sum(put - window < t < arrived for t in ahead) >= most


def timed_fakes(clock: Clock) -> tuple[type, type]:
    from tests.fakes.discord import FakeDiscord, _json
    from tests.fakes.telegram import FakeTelegram

    class TimedTelegram(FakeTelegram):
        def _bot_message(self, chat_id: int, p: dict, **content: Any) -> dict:
            message = super()._bot_message(chat_id, p, **content)  # raises the 429 before anything is kept
            clock.saw("telegram", chat_id, str(content.get("text") or content.get("caption") or ""))
            return message

    class LimitedDiscord(FakeDiscord):
        enforce_limits = True

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._calls: dict[Any, deque[float]] = defaultdict(deque)
            self.limited = 0

        def _bot_message(self, channel_id: int, fields: dict, payload: dict) -> dict:
            message = super()._bot_message(channel_id, fields, payload)
            clock.saw("discord", channel_id, str(fields.get("content") or ""))
            return message

        def _take_failure(self, call: str) -> Any:
            failure = super()._take_failure(call)
            if failure is not None or not self.enforce_limits:
                return failure
            method, _, where = call.partition(" ")
            path = where.split("?", 1)[0]
            if path.startswith(("/interactions/", "/webhooks/")):
                return None  # interaction answers are not under the global limit
            limits: list[tuple[Any, float, int, bool]] = [("global", 1.0, 50, True)]
            if method == "POST" and (found := re.fullmatch(r"/channels/(\d+)/messages", path)):
                limits.append((("messages", found[1]), 5.0, 5, False))
            now = time.monotonic()
            for key, window, most, is_global in limits:
                calls = self._calls[key]
                while calls and calls[0] <= now - window:
                    calls.popleft()
                if len(calls) >= most:
                    self.limited += 1
                    if is_global:
                        clock.stalls.append(now)
                    retry_after = round(calls[0] + window - now + 0.001, 3)
                    body = {"message": "You are being rate limited.", "retry_after": retry_after,
                            "global": is_global}
                    return _json(body, 429, {"Via": "1.1 google", "Retry-After": str(max(1, math.ceil(retry_after))),
                                             **({"X-RateLimit-Global": "true"} if is_global else {})})
            for key, *_ in limits:
                self._calls[key].append(now)
            return None

    return TimedTelegram, LimitedDiscord


# -- the run --------------------------------------------------------------------------------------------------
@dataclass
class Case:
    n: int
    victim_platform: str
    victim: int  # Telegram user id, or Discord user id
    volunteer: Any  # tests.escalation_harness.Person
    volunteer_writes_on: str  # "telegram" (the forum topic) or "discord" (the thread)
    reference: str = ""
    topic: int = 0
    thread: int = 0
    chats: dict[str, tuple[str, int]] = field(default_factory=dict)  # place -> (platform, chat id)


@dataclass
class Put:
    token: int
    kind: str  # "person" or "volunteer"
    case: Case
    at: float


async def run(args: argparse.Namespace, notes: list[str]) -> dict[str, Any]:
    from bot.storage.db import Database
    from bot.storage.repository import SqlStore
    from tests.escalation_harness import FORUM, Desk, DeskBot, enrol, write_policy
    from tests.relay_harness import DiscordVictim, TelegramVictim, eventually
    from tests.telegram_harness import TOKEN as TELEGRAM_TOKEN

    clock = Clock()
    TimedTelegram, LimitedDiscord = timed_fakes(clock)
    folder = Path(tempfile.mkdtemp(prefix="bench-relay-"))
    url = f"sqlite+aiosqlite:///{folder / 'frontdoor.db'}"
    rng = random.Random(args.seed)
    result: dict[str, Any] = {"cases": args.cases, "volunteers": args.volunteers, "interval_s": args.interval,
                              "duration_s": args.duration, "limits": not args.no_limits, "desks": args.desks,
                              "wait_for_delivery": args.wait_for_delivery}
    async with TimedTelegram(token=TELEGRAM_TOKEN) as telegram, LimitedDiscord(heartbeat_interval=0.5) as discord:
        telegram.enforce_rate_limits = not args.no_limits
        discord.enforce_limits = not args.no_limits
        desk = Desk(telegram, discord)
        volunteers = [desk.person(f"Volunteer{n:02d}", ["en"]) for n in range(args.volunteers)]
        await enrol(url, volunteers, on_call=False)  # nobody paged: the chain would only add noise
        policy = write_policy(folder / "policy.yaml", ["1h", "1h", "1h"])
        extra = {"TELEGRAM_PER_CHAT_PER_SECOND": "30"} if args.no_limits else {}
        bot = DeskBot(desk, url, folder, policy=policy, TELEGRAM_VOLUNTEER_CHAT_ID="", **extra)  # Discord desk only
        cases: list[Case] = []
        people: dict[int, Any] = {}
        for n in range(args.cases):
            platform = "telegram" if n % 2 == 0 else "discord"
            people[n] = TelegramVictim(telegram, 30_001 + n) if platform == "telegram" \
                else DiscordVictim(discord, f"person{n}")
            writes_on = "discord" if args.desks == "discord" else ("telegram" if (n // 2) % 2 == 0 else "discord")
            cases.append(Case(n, platform, people[n].user_id, volunteers[n % len(volunteers)], writes_on))

        started = time.monotonic()
        await bot.start()
        try:
            # 1. every person asks for a volunteer; every case is claimed on Discord
            gate = asyncio.Semaphore(args.concurrency)

            async def ask(case: Case) -> None:
                async with gate:
                    case.reference = await people[case.n].asks_for_a_human()

            await asyncio.wait_for(asyncio.gather(*(ask(c) for c in cases)), args.setup_timeout)
            await eventually(lambda: _now(all(desk.discord_card(c.reference) for c in cases)), args.setup_timeout,
                             "every case's Discord card")
            for case in cases:  # one at a time: a claim is not what is measured here
                card = desk.discord_card(case.reference)
                discord.user_clicks(case.volunteer.discord_id, int(card["id"]), f"fd:case:claim:{case.reference}")
                await eventually(lambda case=case: _now(any("has taken your case" in m.text
                                                            for m in people[case.n].received())),
                                 args.setup_timeout, f"{case.reference} claimed")
            await eventually(lambda: _now(all("Taken by" in (desk.discord_card(c.reference) or {}).get("content", "")
                                              for c in cases)), args.setup_timeout, "every card showing its claimer")
            await bot.stop()
            result["setup_s"] = time.monotonic() - started

            # 2. the Telegram forum topics, made in the fake as the bot would have, recorded for the cases
            db = Database(url)
            try:
                store = SqlStore(db)
                for case in cases:
                    found = await store.case_by_reference(case.reference)
                    assert found is not None and found["status"] == "claimed", (case.reference, found)
                    if args.desks == "both":
                        topic = telegram._topic_created(FORUM, dict(telegram.bot_user), f"🟠 {case.reference}", 0)
                        case.topic = topic["message_id"]
                        await store.set_place(found["id"], "telegram", str(FORUM), thread_id=str(case.topic))
            finally:
                await db.dispose()
            for case in cases:  # and which chat is which place
                case.thread = desk.discord_thread(case.reference) or 0
                assert case.thread, case.reference
                volunteer = case.volunteer
                case.chats = {
                    "person's chat": (case.victim_platform, case.victim if case.victim_platform == "telegram"
                                      else discord.dm_channel_of(case.victim)),
                    "claimer on Telegram": ("telegram", volunteer.telegram_id),
                    "claimer on Discord": ("discord", discord.dm_channel_of(volunteer.discord_id)),
                    "Telegram topic": ("telegram", FORUM),
                    "Discord thread": ("discord", case.thread),
                }
                for place, chat in case.chats.items():
                    clock.places[chat] = place

            if args.desks == "both":
                bot.env.update(desk.env())  # both desks from now on
            await bot.start()
            await asyncio.sleep(2.0)  # the start-up's own work (desk checks, catch-up) out of the way
            cpu_before = _cpu(bot)

            # 3. the conversation
            puts: list[Put] = []
            tokens = iter(range(1, 1_000_000))
            measuring = time.monotonic()
            until = measuring + args.duration

            async def pause(seconds: float) -> bool:
                """Sleep, but not past the end; False once it is over."""
                await asyncio.sleep(max(0.0, min(seconds, until - time.monotonic())))
                return time.monotonic() < until

            async def delivered(put: Put, place: str) -> None:
                """With --wait-for-delivery: until the previous message reached the other side (bounded)."""
                if args.wait_for_delivery:
                    with contextlib.suppress(TimeoutError):
                        await eventually(lambda: _now((put.token, place) in clock.arrived), until - time.monotonic()
                                         + args.drain, "the previous message")

            async def person(case: Case) -> None:
                going = await pause(rng.uniform(0, args.interval))
                while going:
                    put = Put(next(tokens), "person", case, time.monotonic())
                    puts.append(put)
                    people[case.n].says(f"m{put.token:06d} and then they wrote to me again, number {put.token}")
                    await delivered(put, "claimer on Discord")
                    going = await pause(rng.expovariate(1 / args.interval))

            async def volunteer(case: Case) -> None:
                going = await pause(rng.uniform(0, args.interval))
                who = case.volunteer
                while going:
                    put = Put(next(tokens), "volunteer", case, time.monotonic())
                    puts.append(put)
                    text = f"m{put.token:06d} I read it. Keep it, do not answer them ({put.token})."
                    if case.volunteer_writes_on == "telegram":
                        telegram.group_message(FORUM, who.telegram_id, text, thread_id=case.topic,
                                               first_name=who.name)
                    else:
                        discord.user_posts(case.thread, who.discord_id, text)
                    await delivered(put, "person's chat")
                    going = await pause(rng.expovariate(1 / args.interval))

            await asyncio.gather(*(person(c) for c in cases), *(volunteer(c) for c in cases))
            sent_s = max((p.at for p in puts), default=measuring) - measuring
            expected = {(p.token, place) for p in puts for place in _places(p, args.desks)}
            with contextlib.suppress(TimeoutError):
                await eventually(lambda: _now(expected <= clock.arrived.keys()), args.drain, "everything relayed")
            drained_s = time.monotonic() - measuring
            cpu = _cpu(bot) - cpu_before
        finally:
            await bot.stop()
            if args.log:
                Path(args.log).write_text(bot.text, encoding="utf-8")  # noqa: ASYNC240 - once, after the run
        warnings = [line.strip() for line in bot.output if " WARNING " in line and "voice will NOT" not in line]
        if "Traceback" in bot.text:
            notes.append("a traceback in the bot's output: " + bot.text[bot.text.index("Traceback"):][:800])
        if warnings:
            notes.append(f"{len(warnings)} warning(s) from the bot, the first: {warnings[0][:300]}")
        missing = [(token, place) for token, place in expected if (token, place) not in clock.arrived]
        result.update(messages=len(puts), person_messages=sum(p.kind == "person" for p in puts),
                      volunteer_messages=sum(p.kind == "volunteer" for p in puts), sent_s=sent_s,
                      drained_s=drained_s, bot_cpu_s=cpu, discord_429s=discord.limited,
                      telegram_429s=sum(1 for _, status in telegram.errors if status == 429),
                      twice=sorted(set(clock.twice)), missing=len(missing),
                      measures=_measures(puts, clock, args.desks), gave_up=bot.text.count("gave up on WorkKey"))
        if missing:
            by_place: dict[str, int] = defaultdict(int)
            for _, place in missing:
                by_place[place] += 1
            notes.append(f"{len(missing)} relayed copies had not arrived {args.drain:.0f} s after the last message "
                         f"(by place: {dict(sorted(by_place.items()))})")
        if clock.twice:
            notes.append(f"{len(set(clock.twice))} token(s) arrived twice in one place: {sorted(set(clock.twice))[:5]}")
    if not args.keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return result


def _places(put: Put, desks: str) -> list[str]:
    """Where a message must arrive: a person's everywhere at the desk; a volunteer's with the person, and in the
    other platform's desk thread (the one it was written in does not get it again)."""
    if desks == "discord":
        return ["claimer on Discord", "Discord thread"] if put.kind == "person" else ["person's chat"]
    if put.kind == "person":
        return ["claimer on Telegram", "claimer on Discord", "Telegram topic", "Discord thread"]
    other = "Discord thread" if put.case.volunteer_writes_on == "telegram" else "Telegram topic"
    return ["person's chat", other]


PACES = {"claimer on Telegram": PRIVATE_PACE, "claimer on Discord": DISCORD_PACE, "Telegram topic": GROUP_PACE,
         "Discord thread": DISCORD_PACE}


def _measures(puts: list[Put], clock: Clock, desks: str) -> dict[str, Any]:
    """Per (kind, place): latencies in ms, all of them, and those whose chat was free when the message was put."""
    by_place: dict[tuple[str, str], list[tuple[float, bool]]] = defaultdict(list)
    expected: dict[tuple[str, str], int] = defaultdict(int)
    # per chat, (put, accepted) of the measured messages that reached it: a message put while an earlier one
    # still waited for the chat's window queues behind it, which is the platform's limit, not the bot
    reached: dict[tuple[str, int], list[tuple[float, float]]] = defaultdict(list)
    for put in puts:
        for place in _places(put, desks):
            if (arrived := clock.arrived.get((put.token, place))) is not None:
                reached[put.case.chats[place]].append((put.at, arrived))
    for put in puts:
        case = put.case
        for place in _places(put, desks):
            platform, chat = case.chats[place]
            pace = PACES.get(place) or (PRIVATE_PACE if platform == "telegram" else DISCORD_PACE)
            free = not clock.busy(platform, chat, put.at, pace)
            if free and (arrived := clock.arrived.get((put.token, place))) is not None:
                ahead = [accepted for at, accepted in reached[platform, chat] if at < put.at]
                free = not clock.queued(platform, chat, put.at, arrived, ahead, pace)
                # Discord's global limit makes every request of the bot wait, whatever its chat
                free = free and not (platform == "discord" and any(put.at <= t <= arrived for t in clock.stalls))
            if place == "person's chat":
                label = f"person's chat on {platform.title()} (written on {case.volunteer_writes_on.title()})"
            elif put.kind == "volunteer":
                label = f"{place} (the copy of the answer)"
            else:
                label = place
            expected[put.kind, label] += 1
            arrived = clock.arrived.get((put.token, place))
            if arrived is not None:
                by_place[put.kind, label].append(((arrived - put.at) * 1000, free))
    out: dict[str, Any] = {}
    for (kind, label), count in sorted(expected.items()):
        values = by_place.get((kind, label), [])
        every = [ms for ms, _ in values]
        free = [ms for ms, is_free in values if is_free]
        out[f"{kind} -> {label}"] = {
            "expected": count, "n": len(every), "p50": common.percentile(every, 50),
            "p99": common.percentile(every, 99), "max": max(every) if every else math.nan, "free_n": len(free),
            "free_p50": common.percentile(free, 50), "free_p99": common.percentile(free, 99)}
    return out


def _cpu(bot: Any) -> float:
    import psutil

    try:
        times = psutil.Process(bot.process.pid).cpu_times()
    except (psutil.Error, AttributeError):
        return math.nan
    return times.user + times.system


async def _now(value: Any) -> Any:
    return value


def fmt(ms: float) -> str:
    return "–" if ms is None or (isinstance(ms, float) and math.isnan(ms)) else f"{ms:,.0f}"


def report(result: dict[str, Any]) -> list[str]:
    limits = ("on (Telegram: 1/s per private chat, 20/min per group, 30/s; Discord: 5 per 5 s per channel, 50/s)"
              if result["limits"] else "off in the fakes (the bot still paces Telegram groups at 20/min)")
    desks = "a Telegram forum group and a Discord channel" if result["desks"] == "both" else "a Discord channel"
    lines = [f"{result['cases']} claimed cases ({(result['cases'] + 1) // 2} people on Telegram, the rest on Discord), "
             f"{result['volunteers']} volunteers, volunteer chats: {desks}; each side writes every "
             f"{result['interval_s']:.0f} s on average"
             f"{' once its previous message has arrived' if result['wait_for_delivery'] else ''}"
             f" for {result['duration_s']:.0f} s: {result['person_messages']} "
             f"messages from people, {result['volunteer_messages']} from volunteers; platform limits {limits}",
             f"set-up {result['setup_s']:.0f} s; waited until {result['drained_s']:.0f} s after the first message "
             f"(the last was put at {result['sent_s']:.0f} s); bot CPU {result['bot_cpu_s']:.1f} s; 429 answers: "
             f"Telegram {result['telegram_429s']}, Discord {result['discord_429s']}; turns given up (\"gave up on "
             f"WorkKey\"): {result['gave_up']}; copies not arrived: {result['missing']}; arrived twice: "
             f"{len(result['twice'])}",
             "",
             "| from -> to | expected | arrived | p50 ms | p99 ms | max ms | free n | free p50 ms | free p99 ms |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, m in result["measures"].items():
        lines.append(f"| {name} | {m['expected']} | {m['n']} | {fmt(m['p50'])} | {fmt(m['p99'])} | {fmt(m['max'])} | "
                     f"{m['free_n']} | {fmt(m['free_p50'])} | {fmt(m['free_p99'])} |")
    return lines


def in_snapshot(rev: str, argv: list[str]) -> int:
    """Runs this benchmark again from a clean `git archive` of rev (the bot, the fakes, the harness and this file
    as committed), so that unfinished edits in the checkout do not leak into the figures."""
    rest, skip = [], False
    for arg in argv:
        if skip or arg.startswith("--commit"):
            skip = arg == "--commit"
            continue
        rest.append(arg)
    with common.checkout(rev) as (source, short):
        env = {**os.environ, "BENCH_RELAY_COMMIT": f"{short} (clean git archive)"}
        return subprocess.run([sys.executable, "-m", "bench.relay", *rest], cwd=source, env=env).returncode


async def main(args: argparse.Namespace) -> int:
    notes: list[str] = []
    out: dict[str, Any] = {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
                           "commit": os.environ.get("BENCH_RELAY_COMMIT") or common.git("rev-parse", "--short", "HEAD")
                           + (" (with uncommitted changes in bot/)" if common.git("status", "--porcelain", "bot")
                              else ""),
                           "machine": common.machine(), "loadavg_start": os.getloadavg()}
    started = time.monotonic()
    out["run"] = await asyncio.wait_for(run(args, notes), args.setup_timeout + args.duration + args.drain + 300)
    out.update(seconds=time.monotonic() - started, loadavg_end=os.getloadavg(), notes=notes)
    print()
    print(f"{out['date']}, commit {out['commit']}, {out['machine']}")
    print(f"whole run {out['seconds']:.0f} s; load average (1 min) at the start {out['loadavg_start'][0]:.2f}, "
          f"at the end {out['loadavg_end'][0]:.2f}")
    print()
    print("\n".join(report(out["run"])))
    print()
    print(f"Aim: p99 under {AIM_MS:.0f} ms on top of the platforms' own limits (compare the free columns).")
    for note in notes:
        print("note:", note)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as file:  # noqa: ASYNC230 - once, at the very end
            json.dump(out, file, indent=2, default=str)
    return 1 if out["run"]["twice"] else 0


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.relay", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100, help="claimed cases talking at once (100)")
    parser.add_argument("--volunteers", type=int, default=20, help="volunteers sharing them (20)")
    parser.add_argument("--interval", type=float, default=20.0,
                        help="mean seconds between two messages of one side of a case (20)")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of conversation measured (60)")
    parser.add_argument("--drain", type=float, default=180.0,
                        help="seconds after the last message to wait for the last copies (180)")
    parser.add_argument("--concurrency", type=int, default=50, help="people asking for a volunteer at a time (50)")
    parser.add_argument("--setup-timeout", type=float, default=600.0, help="bound on each set-up step (600)")
    parser.add_argument("--no-limits", action="store_true", help="the fakes enforce no limits")
    parser.add_argument("--wait-for-delivery", action="store_true",
                        help="each side writes again only once its previous message reached the other side")
    parser.add_argument("--desks", choices=("both", "discord"), default="both",
                        help="the volunteer chats while measuring (both; the cases are opened on Discord either way)")
    parser.add_argument("--seed", type=int, default=7, help="of the random intervals")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (SQLite file)")
    parser.add_argument("--json", metavar="FILE", help="also write every number as JSON")
    parser.add_argument("--log", metavar="FILE", help="write what the bot printed (both runs) there")
    parser.add_argument("--commit", metavar="REV",
                        help="benchmark a clean `git archive` of REV instead of the checkout")
    return parser.parse_args(argv)


if __name__ == "__main__":
    arguments = parse()
    sys.exit(in_snapshot(arguments.commit, sys.argv[1:]) if arguments.commit else asyncio.run(main(arguments)))
