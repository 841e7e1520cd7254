"""Discord channel benchmark: simulated victims play the whole intake in DMs against the fake Discord.

Not a test: it measures. The real bot (`python -m bot run --no-console`, as in tests/test_discord.py) runs as a
subprocess on a fresh SQLite file and talks only to tests/fakes/discord.py (REST + websocket gateway) on
127.0.0.1. Beside it, a BASELINE: a bare discord.py echo bot (a `discord.Client` whose on_message answers every
DM with one message and whose on_interaction answers every button or select click with one message, nothing
stored) in its own subprocess against its own fresh fake, driven by the same victims and steps.

    .venv/bin/python -m bench.discord                          # default run, about 1-2 minutes on 2 cores
    .venv/bin/python -m bench.discord --victims 50 --light-victims 0            # quicker
    .venv/bin/python -m bench.discord --json out.json --markdown out.md
    .venv/bin/python -m bench.discord --commit HEAD            # a clean `git archive` of a commit

Every victim does one thing (a DM, a button click or a select), waits until the bot's reply for that turn has
arrived at the fake (1 or more posts for frontdoor, counted once per script beforehand; always 1 for the echo
bot), and only then does the next one, as a person would. Latency is measured in the fake: from the event being
dispatched (MESSAGE_CREATE or INTERACTION_CREATE put on the bot's gateway socket) to the last message of the
turn arriving there (POST /channels/{id}/messages, or an interaction response, handled). For clicks the fake
also timestamps the interaction's acknowledgement (frontdoor: a deferred update, before storing the click; the
echo bot: its answer), which must come within Discord's 3 seconds.

Scenarios (each system in its own process and fresh fake; frontdoor on a fresh SQLite file). Both bots run side
by side, one of them busy at a time, and the runs alternate (frontdoor, bare, bare, frontdoor, ...) so that the
load of anything else on the machine hits both alike:

* light       --light-victims victims (10) with an exponential think time (--think, mean 0.7 s) before each
              step: far below every limit, this is the latency of the code, not of a queue.
* throughput  --victims victims (100), closed loop (no think time), --repeat times (3) with fresh victims;
              the repeats are pooled (messages and wall time summed, latencies together).

The fake applies no rate limits (no X-RateLimit headers, no 429) unless told to, so only discord.py's own
bucket handling applies: without headers every route + channel is a bucket of one request at a time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import common

# The code under test (bot/ and the fake in tests/fakes/): this checkout, or a `git archive` of --commit.
SOURCE = common.ROOT
SOURCE_COMMIT = ""
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

READY = "discord channel started"  # what the adapter logs once the gateway is READY (tests/test_discord.py too)
READY_BARE = f"{READY} (bare echo bot)"
BARE_BUTTON, BARE_SELECT = "bare:b", "bare:s"

# -- the bare baseline (runs in its own process: `python -m bench.discord --serve-bare`) ---------------
async def serve_bare() -> None:
    """A bare discord.py bot: every DM and every component click gets one message back at once. Each answer
    carries a button and a select, so that the victims can click and select as they do with frontdoor."""
    import discord
    import yarl
    from discord.http import Route

    # pointed at the fake the way bot/adapters/discord.py does it
    Route.BASE = os.environ["DISCORD_API_BASE_URL"].rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["DISCORD_GATEWAY_URL"])
    no_pings = discord.AllowedMentions.none()

    def view() -> discord.ui.View:
        answer = discord.ui.View(timeout=None)
        answer.add_item(discord.ui.Button(label="ok", custom_id=BARE_BUTTON))
        answer.add_item(discord.ui.Select(custom_id=BARE_SELECT, options=[discord.SelectOption(label="x", value="x")]))
        return answer

    class Echo(discord.Client):
        async def on_ready(self) -> None:
            print(READY_BARE, flush=True)

        async def on_message(self, message: discord.Message) -> None:
            if message.author.bot or message.guild is not None:
                return
            answer = view()
            await message.channel.send("ok", view=answer, allowed_mentions=no_pings)
            answer.stop()  # as the adapter does: nothing needs to stay in memory

        async def on_interaction(self, interaction: discord.Interaction) -> None:
            if interaction.type is not discord.InteractionType.component:
                return
            answer = view()
            await interaction.response.send_message("ok", view=answer, allowed_mentions=no_pings)
            answer.stop()

    intents = discord.Intents(guilds=True, dm_messages=True, guild_messages=True, message_content=True)
    client = Echo(intents=intents, allowed_mentions=no_pings, guild_ready_timeout=0.05)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, lambda: asyncio.ensure_future(client.close()))
    async with client:
        await client.start(os.environ["DISCORD_BOT_TOKEN"])


# -- measuring ----------------------------------------------------------------------------------------
@dataclass
class Turn:
    kind: str  # "dm", "button" or "select"
    pushed: float  # the event was dispatched by the fake (on the bot's gateway socket)
    acked: float | None  # clicks: the interaction callback (ack) was handled by the fake
    first: float  # first bot message of the turn handled by the fake
    last: float  # last bot message of the turn


@dataclass
class Result(common.Rates):
    LATENCIES = ("total", "dm", "click", "ack", "first_to_last")

    system: str
    scenario: str
    victims: int
    think_s: float
    repeats: int = 1
    runs_msgs_per_s: list[float] = field(default_factory=list)  # each repeat's own msgs/s
    messages: int = 0
    bot_messages: int = 0
    wall_s: float = 0.0
    finished: int = 0
    late_acks: int = 0  # interaction callbacks the fake refused as too late (10062 after 3 s)
    rest_calls: int = 0  # REST requests the bot made to the fake during the run
    failures: list[str] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    bot_cpu_s: float = 0.0
    bench_cpu_s: float = 0.0
    load_before: float = 0.0  # the machine's 1-minute load average when the run began (the mean, pooled)

    def ms(self, what: str, q: float) -> float:
        clicks = [t for t in self.turns if t.kind != "dm"]
        values = {
            "total": [t.last - t.pushed for t in self.turns],
            "dm": [t.last - t.pushed for t in self.turns if t.kind == "dm"],
            "click": [t.last - t.pushed for t in clicks],
            "ack": [t.acked - t.pushed for t in clicks if t.acked is not None],
            "first_to_last": [t.last - t.first for t in self.turns],
        }[what]
        return common.percentile(values, q) * 1000

    @classmethod
    def pooled(cls, runs: list[Result]) -> Result:
        """Repeats of one scenario as one result: messages and wall time summed, latencies pooled."""
        first = runs[0]
        pooled = cls(first.system, first.scenario, first.victims, first.think_s, repeats=len(runs),
                     runs_msgs_per_s=[r.msgs_per_s for r in runs])
        for r in runs:
            pooled.messages += r.messages
            pooled.bot_messages += r.bot_messages
            pooled.wall_s += r.wall_s
            pooled.finished += r.finished
            pooled.late_acks += r.late_acks
            pooled.rest_calls += r.rest_calls
            pooled.failures += r.failures
            pooled.turns += r.turns
            pooled.bot_cpu_s += r.bot_cpu_s
            pooled.bench_cpu_s += r.bench_cpu_s
        pooled.load_before = sum(r.load_before for r in runs) / len(runs)
        return pooled


def _timed_fake_class() -> type:
    from tests.fakes.discord import EPHEMERAL, ApiError, FakeDiscord

    class TimedFake(common.UntilSent, FakeDiscord):
        """The fake Discord, timestamping the bot's messages and interaction acks, with cheap per-channel waiting
        (FakeDiscord.wait_for re-checks every waiter on every change, and sent_to_user deep-copies)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.sent_at: dict[int, list[float]] = defaultdict(list)  # channel id -> bot message times
            self.bot_messages: dict[int, list[dict]] = defaultdict(list)  # channel id -> the stored messages
            self.acked_at: dict[int, float] = {}  # interaction id -> callback handled
            self.late_acks = 0
            self._waiting: dict[int, tuple[int, asyncio.Future[None]]] = {}

        def _bot_message(self, channel_id: int, fields: dict, payload: dict) -> dict:
            message = super()._bot_message(channel_id, fields, payload)
            if not message["flags"] & EPHEMERAL:
                self.sent_at[channel_id].append(time.perf_counter())
                self.bot_messages[channel_id].append(message)  # read only
                self._wake_until_sent(channel_id)
            return message

        def _api_callback(self, call: Any, interaction_id: str, token: str) -> dict | None:
            now = time.perf_counter()
            try:
                answer = super()._api_callback(call, interaction_id, token)
            except ApiError as error:
                if error.code == 10062:
                    self.late_acks += 1
                raise
            self.acked_at[int(interaction_id)] = now
            return answer

    return TimedFake


def find_choice(messages: list[dict], choice: str) -> tuple[dict, dict] | None:
    """The newest bot message with a button fd:<choice>, or a select offering <choice>: (message, component)."""
    for message in reversed(messages):
        for row in message.get("components") or []:
            for component in row.get("components") or []:
                if component.get("type") == 2 and component.get("custom_id") == f"fd:{choice}":
                    return message, component
                if component.get("type") == 3 and any(o.get("value") == choice for o in component.get("options", [])):
                    return message, component
    return None


class System:
    """One bot process (frontdoor or bare) with its own fake and, for frontdoor, its own SQLite file."""

    def __init__(self, name: str, kind: str, workdir: Path, heartbeat: float, profile: Path | None = None) -> None:
        self.name, self.kind = name, kind
        self.workdir = workdir / name.replace(" ", "_")
        self.heartbeat = heartbeat
        self.profile = profile  # frontdoor only: run the bot under cProfile, write the profile there
        self.fake: Any = None
        self.process: Child | None = None
        self.log: list[str] = []  # what the bot printed, but INFO lines
        self.victim_number = 0

    @property
    def bare(self) -> bool:
        return self.kind == "bare"

    def new_user(self) -> int:
        self.victim_number += 1
        return self.fake.add_user(f"victim{self.victim_number}")

    async def start(self) -> None:
        self.workdir.mkdir(parents=True)
        self.fake = await _timed_fake_class()(heartbeat_interval=self.heartbeat).start()
        if self.bare:  # -m from the checkout: `python bench/discord.py` would shadow the discord package
            argv, cwd = [sys.executable, "-m", "bench.discord", "--serve-bare"], common.ROOT
        else:
            profile = ["-m", "cProfile", "-o", str(self.profile)] if self.profile else []
            argv, cwd = [sys.executable, *profile, "-m", "bot", "run", "--no-console"], SOURCE
        self.process = Child(argv, cwd, self.fake, f"sqlite+aiosqlite:///{self.workdir / 'frontdoor.db'}",
                             self.workdir / "data", READY_BARE if self.bare else READY)
        await self.process.start()

    async def stop(self) -> list[str]:
        """Stops the bot and the fake; returns the warning lines worth reporting."""
        notes = []
        if self.process is not None:
            notes += await self.process.stop_checked(self.name, ok=(0, -signal.SIGTERM))
            self.log = self.process.log
            kinds: dict[str, int] = {}  # each kind of warning once: the line without its time and numbers
            for line in self.log:
                if " WARNING " in line or " ERROR " in line:
                    kind = re.sub(r"\d+(\.\d+)?", "N", line.split(" ", 2)[-1])[:160]
                    kinds[kind] = kinds.get(kind, 0) + 1
            for kind, count in kinds.items():
                notes.append(f"{self.name}: {count}× {kind}")
            self.process = None
        if self.fake is not None:
            if self.fake.errors:
                notes.append(f"{self.name}: the fake could not handle {len(self.fake.errors)} request(s), e.g. "
                             f"{self.fake.errors[0][:200]}")
            await self.fake.stop()
            self.fake = None
        return notes

    def cpu_seconds(self) -> float:
        return self.process.cpu_seconds() if self.process else float("nan")


class Child(common.BotProcess):
    """A bot subprocess configured only by environment, like tests/test_discord.py's DiscordBot (kept apart so
    that the benchmark does not depend on the test harness); `output` keeps what it printed."""

    def __init__(self, argv: list[str], cwd: Path, fake: Any, database_url: str, data_dir: Path,
                 ready: str) -> None:
        from tests.fakes.discord import DEFAULT_TOKEN

        env = {
            **os.environ, "DISCORD_BOT_TOKEN": DEFAULT_TOKEN, "DISCORD_API_BASE_URL": fake.api_base,
            "DISCORD_GATEWAY_URL": fake.gateway_url, "DISCORD_GUILD_READY_TIMEOUT": "0.05",
            "DATABASE_URL": database_url, "DATA_DIR": str(data_dir), "HTTP_PORT": str(common.free_port()),
            "LOG_LEVEL": "INFO", "NO_PROXY": "127.0.0.1,localhost"}
        env.pop("TELEGRAM_BOT_TOKEN", None)  # Discord only
        super().__init__(argv, cwd, env, ready)


# How frontdoor offered the choice of each step that presses one, seen while counting (calibrate): (script number,
# step) -> "select" (more than 5 choices) or "button". The echo bot's victims use the same kind of component at
# that step, so that both bots get the same mix of events.
OFFERED: dict[tuple[int, int], str] = {}


def act(system: System, uid: int, channel_id: int, text: str | None, choice: str | None,
        offered: str = "button") -> tuple[str, int | None]:
    """The victim's step, as an event dispatched by the fake: ("dm" | "button" | "select", interaction id).
    `offered`: for the echo bot, which kind of component frontdoor offered this choice in (see OFFERED)."""
    fake = system.fake
    if text is not None:
        fake.user_dms(uid, text)
        return "dm", None
    messages = fake.bot_messages[channel_id]
    if not messages:
        raise LookupError("no bot message to click on")
    if system.bare:  # the echo bot's answers all carry a button and a select: the same kind of event
        message_id = int(messages[-1]["id"])
        if offered == "select":  # frontdoor shows more than 5 choices as a select
            return "select", fake.user_selects(uid, message_id, BARE_SELECT, ["x"])
        return "button", fake.user_clicks(uid, message_id, BARE_BUTTON)
    found = find_choice(messages, choice)  # type: ignore[arg-type]
    if found is None:
        raise LookupError(f"no button or select offers {choice!r}")
    message, component = found
    if component["type"] == 3:
        return "select", fake.user_selects(uid, int(message["id"]), component["custom_id"], [choice])
    return "button", fake.user_clicks(uid, int(message["id"]), component["custom_id"])


async def play(system: System, n: int, uid: int, counts: list[int] | None, think: float, rng: random.Random,
               turns: list[Turn], turn_timeout: float, max_steps: int | None = None) -> tuple[int, str | None]:
    """One victim plays script(n) (its first max_steps steps); returns (messages sent, failure or None)."""
    fake = system.fake
    channel_id = fake.dm_channel_of(uid)
    steps = common.script(n)[:max_steps]
    for i, (text, choice) in enumerate(steps):
        if think:
            await asyncio.sleep(rng.expovariate(1 / think))
        expect = 1 if system.bare else counts[i]  # type: ignore[index]
        before = len(fake.sent_at[channel_id])
        try:
            kind, interaction = act(system, uid, channel_id, text, choice,
                                    OFFERED.get((n % common.SCRIPT_KINDS, i), "button"))
            pushed = time.perf_counter()  # dispatched: the event is on the bot's gateway socket
            await fake.until_sent(channel_id, before + expect, turn_timeout)
        except (TimeoutError, LookupError) as exc:
            return i, f"victim {n} step {i} ({text or choice!r}): {type(exc).__name__} {exc}"[:300]
        times = fake.sent_at[channel_id]
        turns.append(Turn(kind, pushed, fake.acked_at.get(interaction) if interaction else None, times[before],
                          times[before + expect - 1]))
    return len(steps), None


async def settle_counts(system: System, n: int, uid: int, quiet: float) -> list[int]:
    """Plays script(n) slowly, counting the bot's messages per turn: after the first message of a turn, until the
    choice the next step picks is offered, and then until `quiet` seconds pass without another message. Also notes
    in OFFERED how each choice was offered."""
    fake = system.fake
    channel_id = fake.dm_channel_of(uid)
    steps = common.script(n)
    counts = []
    for i, (text, choice) in enumerate(steps):
        before = len(fake.sent_at[channel_id])
        kind, _ = act(system, uid, channel_id, text, choice)
        if choice is not None:
            OFFERED[n % common.SCRIPT_KINDS, i] = kind
        await fake.until_sent(channel_id, before + 1, 60)
        following = steps[i + 1][1] if i + 1 < len(steps) else None
        deadline = time.perf_counter() + 60
        while following and find_choice(fake.bot_messages[channel_id][before:], following) is None:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"calibration: the bot never offered {following!r}")
            await asyncio.sleep(0.02)
        seen = len(fake.sent_at[channel_id])
        while True:
            await asyncio.sleep(quiet)
            if len(fake.sent_at[channel_id]) == seen:
                break
            seen = len(fake.sent_at[channel_id])
        counts.append(seen - before)
    return counts


async def calibrate(system: System, quiet: float = 0.3) -> dict[int, list[int]]:
    """Messages per turn for each of the SCRIPT_KINDS scripts; also the warm-up of the bot (one victim alone
    first, with a longer quiet time: the first messages of a cold bot are slow)."""
    await settle_counts(system, 0, system.new_user(), 0.5)
    kinds = list(range(common.SCRIPT_KINDS))
    found = await asyncio.gather(*(settle_counts(system, n, system.new_user(), quiet) for n in kinds))
    return dict(zip(kinds, found, strict=True))


async def run_scenario(system: System, scenario: str, victims: int, counts: dict[int, list[int]] | None, *,
                       think: float, seed: int, turn_timeout: float) -> Result:
    fake = system.fake
    result = Result(system.name, scenario, victims, think)
    rng = random.Random(seed)
    uids = [system.new_user() for _ in range(victims)]
    channels = [fake.dm_channel_of(uid) for uid in uids]
    sent_before = sum(len(v) for v in fake.sent_at.values())
    late_before, requests_before = fake.late_acks, len(fake.requests)
    result.load_before = os.getloadavg()[0]
    cpu_before, bench_before = system.cpu_seconds(), time.process_time()
    start = time.perf_counter()
    outcomes = await asyncio.gather(*(
        play(system, n, uid, None if counts is None else counts[n % common.SCRIPT_KINDS], think,
             random.Random(rng.random()), result.turns, turn_timeout)
        for n, uid in enumerate(uids)))
    last = max((max(fake.sent_at[c], default=start) for c in channels), default=start)
    result.wall_s = last - start
    result.bot_cpu_s = system.cpu_seconds() - cpu_before
    result.bench_cpu_s = time.process_time() - bench_before
    await asyncio.sleep(0.3)  # anything the bot sends beyond the counted turns shows up now
    result.bot_messages = sum(len(v) for v in fake.sent_at.values()) - sent_before
    result.late_acks = fake.late_acks - late_before
    result.rest_calls = len(fake.requests) - requests_before
    for n, (channel_id, (messages, failure)) in enumerate(zip(channels, outcomes, strict=True)):
        result.messages += messages
        if failure:
            result.failures.append(failure)
            continue
        if system.bare:
            result.finished += 1
            continue
        sent = fake.bot_messages[channel_id]
        expected = sum(counts[n % common.SCRIPT_KINDS])  # type: ignore[index]
        if len(sent) != expected:
            result.failures.append(f"victim {n}: {len(sent)} bot messages, expected {expected}")
        elif "FD-" in sent[-1].get("content", ""):
            result.finished += 1
        else:
            result.failures.append(f"victim {n}: no case reference in the last reply {sent[-1]['content'][:80]!r}")
    return result


# -- the run ------------------------------------------------------------------------------------------------
async def bench(args: argparse.Namespace) -> dict[str, Any]:
    """Both bots run side by side (each its own subprocess and fake, only one of them busy at a time) and the
    runs alternate between them, so that a change in the machine's load hits both alike."""
    workdir = Path(tempfile.mkdtemp(prefix="frontdoor-bench-discord-"))
    notes: list[str] = []
    counts: dict[int, list[int]] = {}
    logs: dict[str, list[str]] = {}
    began = time.perf_counter()
    load_at_start = os.getloadavg()
    profile = Path(args.profile) if args.profile else None
    systems = [System("frontdoor", "frontdoor", workdir, args.heartbeat, profile),
               System("bare discord.py echo", "bare", workdir, args.heartbeat)]
    runs: dict[tuple[str, str], list[Result]] = defaultdict(list)

    def say(text: str) -> None:
        print(f"[{time.perf_counter() - began:6.1f}s] {text}", flush=True)

    async def one_run(system: System, scenario: str, victims: int, think: float, repeat: int) -> None:
        result = await run_scenario(system, scenario, victims, None if system.bare else counts, think=think,
                                    seed=args.seed + repeat, turn_timeout=args.turn_timeout)
        runs[system.name, scenario].append(result)
        say(f"{system.name}, {scenario}: {result.messages} messages in {result.wall_s:.2f}s = "
            f"{result.msgs_per_s:.1f}/s, p50 {result.ms('total', 50):.0f} ms, p99 {result.ms('total', 99):.0f} ms, "
            f"finished {result.finished}/{victims}, load average {result.load_before:.2f}"
            + (f", {len(result.failures)} failures, e.g. {result.failures[0]}" if result.failures else ""))

    try:
        for system in systems:
            say(f"{system.name}: starting")
            await system.start()
            if not system.bare:
                counts.update(await calibrate(system))
                say("bot messages per turn: " + common.describe_counts(counts))
            else:  # warm-up
                await asyncio.gather(*(play(system, n, system.new_user(), None, 0.0, random.Random(n), [],
                                            args.turn_timeout) for n in range(common.SCRIPT_KINDS)))
        if args.light_victims > 0:
            for system in systems:
                await one_run(system, "light", args.light_victims, args.think, 0)
        if args.victims > 0:
            for repeat in range(args.repeat):
                for system in systems if repeat % 2 == 0 else systems[::-1]:
                    await one_run(system, "throughput", args.victims, 0.0, repeat)
    finally:
        for system in systems:
            notes.extend(await system.stop())
            logs[system.name] = system.log[:200]
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    results = [Result.pooled(runs[s.name, scenario]) for scenario in ("light", "throughput") for s in systems
               if runs[s.name, scenario]]
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": common.commit(SOURCE, SOURCE_COMMIT, ("bot", "tests/fakes/discord.py"),
                                "bot/ or the fake has uncommitted changes"),
        "machine": common.machine(),
        "versions": common.versions("discord.py", "aiohttp", "SQLAlchemy", "aiosqlite"),
        "seconds": time.perf_counter() - began, "counts": counts, "notes": notes, "logs": logs,
        "args": vars(args), "results": [r.summary() for r in results], "loadavg_start": load_at_start,
        "loadavg": os.getloadavg(),
    }


def tables(report: dict[str, Any]) -> str:
    rows = report["results"]
    out = ["| system | scenario | victims | messages | wall s | msgs/s | bot msgs/s | p50 ms | p99 ms | finished | "
           "msgs/s of each repeat |", "|" + " --- |" * 11]
    for r in rows:
        think = f" (think {r['think_s']:g} s)" if r["think_s"] else ""
        times = f" ×{r['repeats']}" if r["repeats"] > 1 else ""
        each = " / ".join(f"{v:.0f}" for v in r["runs_msgs_per_s"]) if r["repeats"] > 1 else ""
        out.append(f"| {r['system']} | {r['scenario']}{think} | {r['victims']}{times} | {r['messages']} | "
                   f"{r['wall_s']:.2f} | {r['msgs_per_s']:.1f} | {r['bot_msgs_per_s']:.1f} | "
                   f"{r['total_p50_ms']:.1f} | {r['total_p99_ms']:.1f} | {r['finished']}/{r['victims'] * r['repeats']} "
                   f"| {each} |")
    by = {(r["system"].split(" ")[0], r["scenario"]): r for r in rows}
    out += common.ratio_table(by, ("light", "throughput"))
    out += ["", "Where the time goes (ms, p50 / p99): *DM* and *click* = the turn's latency by kind of event; *ack* = "
            "click dispatched -> interaction callback handled (Discord allows 3 s; frontdoor acks before storing the "
            "click, the echo bot's ack is its answer); *first->last* = between the first and the last message of a "
            "turn (0 for 1-message turns); *late acks* = callbacks refused after 3 s; *REST/msg* = REST requests "
            "the bot made per inbound message (sends, interaction callbacks); CPU = the bot process's CPU time per "
            "inbound message, and the bench process's (fake + victims); *load* = the machine's 1-minute load "
            "average as each run began (mean over the repeats).", "",
            "| system | scenario | DM | click | ack | first->last | max total | late acks | REST/msg | "
            "bot CPU ms/msg | bot CPU % | bench CPU ms/msg | bench CPU % | load |", "|" + " --- |" * 14]
    for r in rows:
        per, wall = r["messages"] or 1, r["wall_s"] or 1
        out.append(f"| {r['system']} | {r['scenario']} | {r['dm_p50_ms']:.1f} / {r['dm_p99_ms']:.1f} | "
                   f"{r['click_p50_ms']:.1f} / {r['click_p99_ms']:.1f} | {r['ack_p50_ms']:.1f} / "
                   f"{r['ack_p99_ms']:.1f} | {r['first_to_last_p50_ms']:.1f} / {r['first_to_last_p99_ms']:.1f} | "
                   f"{r['total_p100_ms']:.0f} | {r['late_acks']} | {r['rest_calls'] / per:.2f} | "
                   f"{1000 * r['bot_cpu_s'] / per:.2f} | {100 * r['bot_cpu_s'] / wall:.0f} | "
                   f"{1000 * r['bench_cpu_s'] / per:.2f} | {100 * r['bench_cpu_s'] / wall:.0f} | "
                   f"{r['load_before']:.2f} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.discord", description=__doc__.split("\n\n")[0])
    parser.add_argument("--victims", type=int, default=100, help="victims of the throughput scenario (100)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of the throughput scenario per system, fresh victims each time, pooled (3)")
    common.add_flags(parser, "--light-victims", "--think", "--turn-timeout")
    parser.add_argument("--heartbeat", type=float, default=41.25,
                        help="gateway heartbeat interval the fake asks for, s (41.25, as Discord)")
    common.add_flags(parser, "--seed", "--commit")
    parser.add_argument("--profile", metavar="FILE",
                        help="run the frontdoor bot under cProfile (main thread only) and write the profile to FILE")
    common.add_flags(parser, "--keep", "--json", "--markdown", "--serve-bare")
    args = parser.parse_args(argv)
    if args.serve_bare:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve_bare())
        return 0
    del args.serve_bare
    if args.profile:
        args.profile = str(Path(args.profile).resolve())  # the bot runs in another directory
    global SOURCE, SOURCE_COMMIT
    with common.checkout(args.commit) as (SOURCE, SOURCE_COMMIT):
        sys.path.insert(0, str(SOURCE))  # bot/ and tests/fakes/ from there (nothing imported them yet)
        report = asyncio.run(bench(args))
    remark = ("The fake applies no rate limits (no X-RateLimit headers, no 429s): only discord.py's own per-route "
              "buckets apply, one request at a time per route and channel. The bot process and the bench process "
              "(fake + victims) share the machine's cores.")
    return common.finish(report, tables(report), remark, args)


if __name__ == "__main__":
    sys.exit(main())
