"""Telegram channel benchmark: simulated victims play the whole intake against the fake Bot API.

Not a test: it measures. The real bot (`python -m bot run --no-console`, as in tests/telegram_harness.py) runs as a
subprocess on a fresh SQLite file and talks only to tests/fakes/telegram.py on 127.0.0.1. Beside it, a BASELINE:
a bare python-telegram-bot echo bot (an `Application`, nothing stored, as many replies per update as frontdoor sends
for that step) in its own subprocess against its own fresh fake, driven by the same victims and steps.

    .venv/bin/python -m bench.telegram                    # default run, about 4 minutes on 2 cores
    .venv/bin/python -m bench.telegram --victims 50 --no-unlimited      # quicker
    .venv/bin/python -m bench.telegram --json out.json --markdown out.md

Every victim sends one message, waits until the bot's reply for that turn has arrived at the fake (1 to 3 messages
for frontdoor, counted beforehand by playing each script in-process through `App.handle`; the echo bot is told the
same count with each step, `text#N`), and only then sends the next one, as a person would. Latency is measured in
the fake: from the update being put in the fake to the last message of the turn arriving there (sendMessage
handled). The fake also timestamps when getUpdates hands an update to the bot, which splits that latency into
"pick-up" (the update waits for the bot's next getUpdates) and "bot" (getUpdates answered -> first sendMessage of the
turn arrives: storing, the flow, the commit, per-chat pacing, the overall limiter and the HTTP call).

Scenarios (each system in its own process and fresh fake; frontdoor on a fresh SQLite file per process):

* light      --light-victims victims (10) with an exponential think time (--think, mean 0.7 s) before each step:
               far below every limit, this is the latency of the code, not of a queue.
* throughput --victims (200) victims, closed loop (no think time), TELEGRAM_PER_CHAT_PER_SECOND=30.
* paced      --paced-victims (20) victims, closed loop, at the production per-chat pacing of 1 msg/s.
* unlimited  (optional, --no-unlimited skips) the throughput scenario without AIORateLimiter (frontdoor: the
               limiter is replaced by None in the child process, nothing in bot/ is changed).

The overall limiter stays ON in every scenario but "unlimited": frontdoor's as bot/adapters/telegram.py configures
its AIORateLimiter (read from the code under test and printed with the results), the echo bot's at PTB's default
of 30 per second (Telegram's limit). It caps bot messages (sendMessage), so it caps inbound messages at that
rate / (bot messages per turn).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
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

TOKEN = "123456:FAKE-token-never-in-logs"  # as tests/telegram_harness.py
READY = "telegram channel started"  # what the bot logs once it polls (tests/telegram_harness.py waits for it too)
READY_BARE = f"{READY} (bare echo bot)"
REPLIES_MARK = "#"  # "text#2": the echo bot answers this step with 2 messages, as frontdoor does

# -- the bare baseline (runs in its own process: `python -m bench.telegram --serve-bare`) -----------
async def serve_bare(limiter: bool) -> None:
    """A bare python-telegram-bot echo bot: every message or button press gets as many messages back at once as
    frontdoor's answer to that step has (the victim appends `#N` to what it sends; 1 without), one after the other."""
    from telegram import Update
    from telegram.ext import AIORateLimiter, ApplicationBuilder, CallbackQueryHandler, MessageHandler, filters

    async def on_message(update: Update, context: Any) -> None:
        said = (update.callback_query.data if update.callback_query else update.effective_message.text) or ""
        _, mark, count = said.rpartition(REPLIES_MARK)
        for _ in range(int(count) if mark and count.isdigit() else 1):
            await context.bot.send_message(update.effective_chat.id, "ok")

    builder = (ApplicationBuilder().token(os.environ["TELEGRAM_BOT_TOKEN"])
               .base_url(os.environ["TELEGRAM_API_BASE_URL"]).base_file_url(os.environ["TELEGRAM_FILE_BASE_URL"])
               .concurrent_updates(64).connection_pool_size(64))  # frontdoor's 64 workers and connections
    if limiter:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=5))
    application = builder.build()
    application.add_handler(MessageHandler(filters.ALL, on_message))
    application.add_handler(CallbackQueryHandler(on_message))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await application.initialize()
    await application.start()
    await application.updater.start_polling(poll_interval=0.0, timeout=25,
                                            allowed_updates=["message", "callback_query"])
    print(READY_BARE, flush=True)
    await stop.wait()
    await application.updater.stop()
    await application.stop()
    await application.shutdown()


# -- measuring ----------------------------------------------------------------------------------------
@dataclass
class Turn:
    pushed: float
    delivered: float  # getUpdates returned it to the bot
    first: float  # first sendMessage of the turn handled by the fake
    last: float  # last sendMessage of the turn


@dataclass
class Result(common.Rates):
    LATENCIES = ("total", "pickup", "bot", "first_to_last")

    system: str
    scenario: str
    victims: int
    per_chat: str
    limiter: bool
    think_s: float
    messages: int = 0
    bot_messages: int = 0
    wall_s: float = 0.0
    elapsed_s: float = 0.0  # to the end of the last victim (the CPU columns are divided by it)
    finished: int = 0
    failures: list[str] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    bot_cpu_s: float = 0.0
    bench_cpu_s: float = 0.0
    other_cpu_s: float = 0.0  # CPU time of everything else on the machine during the run

    def ms(self, what: str, q: float) -> float:
        values = {
            "total": [t.last - t.pushed for t in self.turns],
            "pickup": [t.delivered - t.pushed for t in self.turns],
            "bot": [t.first - t.delivered for t in self.turns],
            "first_to_last": [t.last - t.first for t in self.turns],
        }[what]
        return common.percentile(values, q) * 1000


def _timed_fake_class() -> type:
    from tests.fakes.telegram import FakeTelegram

    class TimedFake(common.UntilSent, FakeTelegram):
        """The fake Bot API, timestamping what the bot receives and sends, with cheap per-chat waiting."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.sent_at: dict[int, list[float]] = defaultdict(list)
            self.last_message_id: dict[int, int] = {}
            self.sent_ids: dict[int, list[int]] = defaultdict(list)
            self.delivered_at: dict[int, float] = {}
            self._waiting: dict[int, tuple[int, asyncio.Future[None]]] = {}

        async def _api_getUpdates(self, p: dict) -> list[dict]:
            updates = await super()._api_getUpdates(p)
            now = time.perf_counter()
            for update in updates:
                # the last hand-over counts: an answer to a poll the bot already gave up on (a read timeout)
                # is never read, and the update comes again in a later getUpdates
                self.delivered_at[update["update_id"]] = now
            return updates

        def _api_sendMessage(self, p: dict) -> dict:
            message = super()._api_sendMessage(p)
            chat_id = message["chat"]["id"]
            self.sent_at[chat_id].append(time.perf_counter())
            self.last_message_id[chat_id] = message["message_id"]
            self.sent_ids[chat_id].append(message["message_id"])
            self._wake_until_sent(chat_id)
            return message

    return TimedFake


class System:
    """One bot process (frontdoor or bare) with its own fake and, for frontdoor, its own SQLite file."""

    def __init__(self, name: str, kind: str, workdir: Path, *, per_chat: float | None, limiter: bool) -> None:
        self.name, self.kind, self.per_chat, self.limiter = name, kind, per_chat, limiter
        self.workdir = workdir / name.replace(" ", "_").replace(",", "")
        self.fake: Any = None
        self.process: Any = None
        self.uids = iter(range(1_000_000, 10**9))
        self.log: list[str] = []  # what the bot printed, but INFO lines

    @property
    def bare(self) -> bool:
        return self.kind == "bare"

    async def start(self) -> None:
        self.workdir.mkdir(parents=True)
        self.fake = await _timed_fake_class()(token=TOKEN).start()
        if self.bare:
            # not `python bench/telegram.py`: that would put bench/ first on sys.path, and this file is "telegram"
            flags = ["--serve-bare"] + ([] if self.limiter else ["--no-limiter"])
            argv = [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(common.ROOT)!r}); "
                    f"from bench.telegram import main; sys.exit(main({flags!r}))"]
        elif self.limiter:
            argv = [sys.executable, "-m", "bot", "run", "--no-console"]
        else:  # the same command, with the adapter's rate limiter replaced by None in this process only
            argv = [sys.executable, "-c", "import sys, bot.adapters.telegram as t; from bot.__main__ import main; "
                    "t.AIORateLimiter = t.RateLimiter = lambda *a, **kw: None; sys.exit(main(['run', '--no-console']))"]
        env = {"TELEGRAM_PER_CHAT_PER_SECOND": f"{self.per_chat:g}"} if self.per_chat else {}
        self.process = Child(argv, self.fake, f"sqlite+aiosqlite:///{self.workdir / 'frontdoor.db'}",
                             self.workdir / "data", **env)
        await self.process.start()

    async def stop(self) -> list[str]:
        """Stops the bot and the fake; returns the warning lines worth reporting."""
        notes = []
        if self.process is not None:
            notes += await self.process.stop_checked(self.name)
            self.log = self.process.log
            warnings = [line for line in self.log if " WARNING " in line or " ERROR " in line]
            if warnings:
                notes.append(f"{self.name}: {len(warnings)} warning/error lines, e.g. {warnings[0][:200]}")
            self.process = None
        if self.fake is not None:
            await self.fake.stop()
            self.fake = None
        return notes

    def cpu_seconds(self) -> float:
        return self.process.cpu_seconds()


class Child(common.BotProcess):
    """A bot subprocess configured only by environment, like tests/telegram_harness.py's BotProcess (kept apart
    so that the benchmark does not depend on that file's internals); `output` keeps what it printed."""

    def __init__(self, argv: list[str], fake: Any, database_url: str, data_dir: Path, **env: str) -> None:
        super().__init__(argv, SOURCE, {
            **os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake.api_base,
            "TELEGRAM_FILE_BASE_URL": fake.file_base, "DATABASE_URL": database_url, "DATA_DIR": str(data_dir),
            "HTTP_PORT": str(common.free_port()), "LOG_LEVEL": "INFO", "NO_PROXY": "127.0.0.1,localhost", **env}, READY)


async def play(system: System, n: int, uid: int, counts: list[int] | None, think: float, rng: random.Random,
               turns: list[Turn], turn_timeout: float, max_steps: int | None = None) -> tuple[int, str | None]:
    """One victim plays script(n) (its first max_steps steps); returns (messages sent, failure or None)."""
    fake = system.fake
    steps = common.script(n)[:max_steps]
    for i, (text, choice) in enumerate(steps):
        if think:
            await asyncio.sleep(rng.expovariate(1 / think))
        expect = counts[i] if counts else 1
        before = len(fake.sent_at[uid])
        pushed = time.perf_counter()
        try:
            if text is not None:
                update = fake.user_sends(uid, f"{text}{REPLIES_MARK}{expect}" if system.bare else text)
            elif system.bare:  # the echo bot shows no buttons: press "its" button on its last message
                update = fake.user_presses(uid, f"{choice}{REPLIES_MARK}{expect}",
                                           message_id=fake.last_message_id[uid])
            else:
                update = fake.user_presses(uid, choice)
            await fake.until_sent(uid, before + expect, turn_timeout)
        except (TimeoutError, LookupError) as exc:
            return i, f"victim {n} step {i} ({text or choice!r}): {type(exc).__name__} {exc}"[:300]
        following = steps[i + 1][1] if i + 1 < len(steps) else None
        if following and not system.bare:  # the turn's last message must offer the next button
            from tests.fakes.telegram import _has_button

            last = fake._messages[uid].get(fake.sent_ids[uid][before + expect - 1], {})
            if not _has_button(last, following):
                return i, f"victim {n} step {i}: the turn's last message has no {following!r} button (miscounted?)"
        times = fake.sent_at[uid]
        turns.append(Turn(pushed, fake.delivered_at.get(update["update_id"], pushed), times[before],
                          times[before + expect - 1]))
    return len(steps), None


async def flow_counts(workdir: Path) -> dict[int, list[int]]:
    """Bot messages per turn of each of the SCRIPT_KINDS scripts, counted in this process: the same flows played
    through `App.handle` on a scratch SQLite file, each reply counted as the Telegram adapter sends it (split into
    4096-character chunks). Counting in the fake instead would need a quiet time after each turn, and a second
    message that comes late under load would be mistaken for the next turn's."""
    from bot.adapters.telegram import split_text
    from bot.app import build_app
    from bot.config import Settings
    from bot.domain import ChatRef, InboundMessage, UserRef

    class Counter:
        platform = "telegram"  # the outbox counts replies per platform

        def __init__(self) -> None:
            self.sent: dict[str, int] = defaultdict(int)

        async def send(self, chat: Any, reply: Any) -> str:
            self.sent[chat.chat_id] += len(split_text(reply.text))
            return str(sum(self.sent.values()))

    counter = Counter()
    settings = Settings(database_url=f"sqlite+aiosqlite:///{workdir / 'counts.db'}", data_dir=workdir / "counts",
                        _env_file=None)
    app = await build_app(settings, {"telegram": counter})
    try:
        found: dict[int, list[int]] = {}
        for n in range(common.SCRIPT_KINDS):
            user, chat = UserRef("telegram", str(n), language_hint="en"), ChatRef("telegram", str(n))
            found[n] = []
            for i, (text, choice) in enumerate(common.script(n)):
                before = counter.sent[chat.chat_id]
                await app.handle(InboundMessage(platform="telegram", external_id=f"{n}-{i}", user=user, chat=chat,
                                                text=text, choice=choice))
                found[n].append(counter.sent[chat.chat_id] - before)
    finally:
        await app.close()
    return found


async def run_scenario(system: System, scenario: str, victims: int, counts: dict[int, list[int]] | None, *,
                       think: float, seed: int, turn_timeout: float, max_steps: int | None = None) -> Result:
    fake = system.fake
    result = Result(system.name, scenario, victims, "-" if system.bare else f"{system.per_chat:g}/s",
                    system.limiter, think)
    rng = random.Random(seed)
    uids = [next(system.uids) for _ in range(victims)]
    sent_before = sum(len(v) for v in fake.sent_at.values())
    cpu_before, bench_before, machine_before = system.cpu_seconds(), time.process_time(), busy_seconds()
    start = time.perf_counter()
    outcomes = await asyncio.gather(*(
        play(system, n, uid, None if counts is None else counts[n % common.SCRIPT_KINDS], think,
             random.Random(rng.random()), result.turns, turn_timeout, max_steps)
        for n, uid in enumerate(uids)))
    last = max((max(fake.sent_at[uid], default=start) for uid in uids), default=start)
    result.wall_s = last - start
    result.elapsed_s = time.perf_counter() - start
    result.bot_cpu_s = system.cpu_seconds() - cpu_before
    result.bench_cpu_s = time.process_time() - bench_before
    result.other_cpu_s = busy_seconds() - machine_before - result.bot_cpu_s - result.bench_cpu_s
    await asyncio.sleep(0.3)  # anything the bot sends beyond the counted turns shows up now
    result.bot_messages = sum(len(v) for v in fake.sent_at.values()) - sent_before
    for n, (uid, (messages, failure)) in enumerate(zip(uids, outcomes, strict=True)):
        result.messages += messages
        if failure:
            result.failures.append(failure)
            continue
        if system.bare:
            result.finished += 1
            continue
        texts = fake.sent_texts(uid)
        expected = sum(counts[n % common.SCRIPT_KINDS][:max_steps])  # type: ignore[index]
        if len(texts) != expected:
            result.failures.append(f"victim {n}: {len(texts)} bot messages, expected {expected}")
        elif max_steps is not None or "FD-" in texts[-1]:
            result.finished += 1
        else:
            result.failures.append(f"victim {n}: no case reference in the last reply {texts[-1][:80]!r}")
    return result


async def limits_of_the_bot(per_chat: float) -> dict[str, Any]:
    """The limits bot/adapters/telegram.py (of the code under test) configures, read from its objects: the overall
    leaky bucket of its AIORateLimiter and its per-chat bucket at `per_chat` and at 1/s."""
    from bot.adapters.telegram import TelegramChannel, TelegramConfig

    found: dict[str, Any] = {}
    for rate in (per_chat, 1.0):
        channel = TelegramChannel(TelegramConfig(token=TOKEN, per_chat_per_second=rate), inbox=None)  # type: ignore
        limiter = channel.bot.rate_limiter
        base = getattr(limiter, "_base_limiter", None)
        if base is not None:  # a leaky bucket (before the strict pacer)
            found["overall"] = (base.max_rate, base.time_period)
        elif getattr(limiter, "overall", None) is not None:
            found["overall_paced"] = limiter.overall.per_second
        await channel._pace("1")
        chat = channel._chat_limits["1"][0]
        found[f"per_chat_{rate:g}"] = (chat.max_rate, chat.time_period)
    return found


def describe_limits(limits: dict[str, Any], per_chat: float, per_turn: float) -> str:
    if not limits:
        return "(the bot's limits could not be read)"
    out = []
    if "overall" in limits:
        burst, period = limits["overall"]
        out.append(f"frontdoor's overall limiter (AIORateLimiter as bot/adapters/telegram.py configures it): a bucket "
                   f"of {burst:g} per {period:g} s = {burst / period:.1f} messages/s sustained, at most "
                   f"{burst + burst / period:.1f} in any second; with {per_turn:.2f} bot messages per inbound "
                   f"message that caps frontdoor at {burst / period / per_turn:.1f} inbound messages/s")
    if "overall_paced" in limits:
        rate = limits["overall_paced"]
        out.append(f"frontdoor's overall pacer (bot/adapters/telegram.py): one message per {1000 / rate:.1f} ms = "
                   f"{rate:g} messages/s, no burst (at most {rate + 1:g} in any second), the rest of a turn's answer "
                   f"first; with {per_turn:.2f} bot messages per inbound message that caps frontdoor at "
                   f"{rate / per_turn:.1f} inbound messages/s")
    for rate in (per_chat, 1.0):
        key = f"per_chat_{rate:g}"
        if key in limits:
            burst, period = limits[key]
            out.append(f"per chat at TELEGRAM_PER_CHAT_PER_SECOND={rate:g}: a bucket of {burst:g} per {period:.3g} s")
    out.append("the bare echo bot: PTB's AIORateLimiter defaults, 30 per 1 s (Telegram's 30 messages/s), no per-chat "
               f"pacing, and as many messages per turn as frontdoor ({per_turn:.2f} per inbound message)")
    return "; ".join(out) + "."


def bot_messages_per_inbound(counts: dict[int, list[int]], victims: int) -> float:
    """Bot messages per inbound message over victims 0..victims-1 (the mix of scripts of the throughput run)."""
    chosen = [counts[n % common.SCRIPT_KINDS] for n in range(max(victims, common.SCRIPT_KINDS))] if counts else []
    return sum(map(sum, chosen)) / max(1, sum(map(len, chosen)))


def busy_seconds() -> float:
    """CPU seconds the whole machine spent not idle, all cores together."""
    import psutil

    times = psutil.cpu_times()
    # guest time is counted in user time already (Linux); steal (another VM on the host) counts as busy
    skip = times.idle + sum(getattr(times, f, 0.0) for f in ("iowait", "guest", "guest_nice"))
    return sum(times) - skip


# -- the run ------------------------------------------------------------------------------------------------
async def bench(args: argparse.Namespace) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="frontdoor-bench-telegram-"))
    results: list[Result] = []
    notes: list[str] = []
    counts: dict[int, list[int]] = {}
    logs: dict[str, list[str]] = {}
    began = time.perf_counter()
    load_at_start = os.getloadavg()
    shared = {"seed": args.seed, "turn_timeout": args.turn_timeout}

    async def with_system(name: str, kind: str, per_chat: float | None, limiter: bool, plan: list) -> None:
        if not any(victims > 0 for _, victims, _ in plan):
            return
        system = System(name, kind, workdir, per_chat=per_chat, limiter=limiter)
        print(f"[{time.perf_counter() - began:6.1f}s] {name}: starting", flush=True)
        try:
            await system.start()
            # warm-up (imports, fastText, SQLAlchemy's statement cache), not measured: short, the pacing may be 1/s
            warm = await asyncio.gather(*(
                play(system, n, next(system.uids), counts[n], 0.0, random.Random(n), [],
                     args.turn_timeout, max_steps=None if system.bare else 5) for n in range(common.SCRIPT_KINDS)))
            if any(failure for _, failure in warm):
                raise RuntimeError(f"{name}: the warm-up failed: {[f for _, f in warm if f]}")
            for scenario, victims, think in plan:
                if victims <= 0:
                    continue
                if scenario == "idle":  # `victims` is the idle time: one victim writes "hello" after it
                    await asyncio.sleep(victims)
                    result = await run_scenario(system, f"idle {victims:g} s", 1, counts,
                                                think=0.0, max_steps=1, **shared)
                else:
                    result = await run_scenario(system, scenario, victims, counts,
                                                think=think, **shared)
                results.append(result)
                print(f"[{time.perf_counter() - began:6.1f}s]   {scenario}: {result.messages} messages in "
                      f"{result.wall_s:.1f}s = {result.msgs_per_s:.1f}/s, p50 {result.ms('total', 50):.0f} ms, "
                      f"p99 {result.ms('total', 99):.0f} ms, finished {result.finished}/{result.victims}"
                      + (f", {len(result.failures)} failures, e.g. {result.failures[0]}" if result.failures else ""),
                      flush=True)
        finally:
            notes.extend(await system.stop())
            logs[name] = system.log[:200]

    light = ("light", args.light_victims, args.think)
    limits: dict[str, Any] = {}
    try:
        counts.update(await flow_counts(workdir))
        with contextlib.suppress(Exception):
            limits = await limits_of_the_bot(args.per_chat)
        print(f"[{time.perf_counter() - began:6.1f}s] bot messages per turn: "
              + common.describe_counts(counts), flush=True)
        idle = [("idle", gap, 0.0) for gap in args.idle]
        await with_system("frontdoor", "frontdoor", args.per_chat, True,
                          [light, ("throughput", args.victims, 0.0), *idle])
        await with_system("bare PTB echo", "bare", None, True,
                          [light, ("throughput", args.victims, 0.0), ("paced", args.paced_victims, 0.0), *idle])
        await with_system("frontdoor, per-chat 1/s", "frontdoor", 1.0, True, [("paced", args.paced_victims, 0.0)])
        if args.unlimited:
            await with_system("frontdoor, no limiter", "frontdoor", args.per_chat, False,
                              [("unlimited", args.victims, 0.0)])
            await with_system("bare PTB echo, no limiter", "bare", None, False, [("unlimited", args.victims, 0.0)])
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": common.commit(SOURCE, SOURCE_COMMIT, ("bot",), "bot/ has uncommitted changes"),
        "machine": common.machine(),
        "versions": common.versions("python-telegram-bot", "httpx", "aiolimiter", "aiohttp", "SQLAlchemy",
                                    "aiosqlite"),
        "seconds": time.perf_counter() - began, "counts": counts, "notes": notes, "logs": logs,
        "limits": limits, "per_turn": bot_messages_per_inbound(counts, args.victims),
        "args": vars(args), "results": [r.summary() for r in results],
        "loadavg": os.getloadavg(), "loadavg_start": load_at_start,
    }


async def cancellable(coroutine: Any) -> Any:
    """Runs coroutine; SIGTERM cancels it like Ctrl-C does, so the bots and fakes are stopped on the way out."""
    task = asyncio.ensure_future(coroutine)
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
    return await task


def tables(report: dict[str, Any]) -> str:
    rows = report["results"]
    out = ["| system | scenario | victims | per-chat | limiter | messages | wall s | msgs/s | bot msgs/s | p50 ms | "
           "p99 ms | finished |", "|" + " --- |" * 12]
    for r in rows:
        think = f" (think {r['think_s']:g} s)" if r["think_s"] else ""
        out.append(f"| {r['system']} | {r['scenario']}{think} | "
                   f"{r['victims']} | {r['per_chat']} | {'on' if r['limiter'] else 'off'} | {r['messages']} | "
                   f"{r['wall_s']:.1f} | {r['msgs_per_s']:.1f} | {r['bot_msgs_per_s']:.1f} | "
                   f"{r['total_p50_ms']:.1f} | {r['total_p99_ms']:.1f} | {r['finished']}/{r['victims']} |")
    out += ["", "Where the time goes (ms, p50 / p99): *pick-up* = update put in the fake -> getUpdates hands it to the "
            "bot; *bot* = getUpdates answered -> first sendMessage of the turn arrives; *first->last* = between the "
            "first and the last message of a turn (0 for 1-message turns); CPU = the bot process's CPU "
            "time per inbound message, and the bench process's (fake + victims); *other processes* = CPU used by "
            "everything else on the machine during the run, in % of one core (the machine is shared).", "",
            "| system | scenario | pick-up | bot | first->last | max total | bot CPU ms/msg | bot CPU % | "
            "bench CPU ms/msg | other processes CPU % |", "|" + " --- |" * 10]
    for r in rows:
        per = r["messages"] or 1
        cpu = (f"{1000 * r['bot_cpu_s'] / per:.2f} | {100 * r['bot_cpu_s'] / (r['elapsed_s'] or 1):.0f} | "
               f"{1000 * r['bench_cpu_s'] / per:.2f} | {100 * r['other_cpu_s'] / (r['elapsed_s'] or 1):.0f}"
               if per >= 20 else "– | – | – | –")  # the CPU clocks tick in 10 ms
        out.append(f"| {r['system']} | {r['scenario']} | {r['pickup_p50_ms']:.1f} / {r['pickup_p99_ms']:.1f} | "
                   f"{r['bot_p50_ms']:.1f} / {r['bot_p99_ms']:.1f} | {r['first_to_last_p50_ms']:.1f} / "
                   f"{r['first_to_last_p99_ms']:.1f} | {r['total_p100_ms']:.0f} | {cpu} |")
    by = {(r["system"].split(",")[0].split(" ")[0], r["scenario"]): r for r in rows}
    out += common.ratio_table(by, ("light", "throughput", "paced", "unlimited"))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.telegram", description=__doc__.split("\n\n")[0])
    parser.add_argument("--victims", type=int, default=200, help="victims of the throughput scenario (200)")
    parser.add_argument("--paced-victims", type=int, default=20,
                        help="victims of the scenario at the production per-chat pacing of 1/s (20)")
    common.add_flags(parser, "--light-victims", "--think")
    parser.add_argument("--per-chat", type=float, default=30.0,
                        help="TELEGRAM_PER_CHAT_PER_SECOND for the light/throughput runs (30; production: 1)")
    parser.add_argument("--no-unlimited", dest="unlimited", action="store_false",
                        help="skip the optional runs without AIORateLimiter")
    parser.add_argument("--idle", type=lambda v: [float(x) for x in v.split(",") if x], default=[],
                        metavar="S,S,...", help="after the throughput run, for each S: the bot stays idle S seconds, "
                        "then one victim says hello (how fast a quiet bot picks up a message); off by default")
    common.add_flags(parser, "--turn-timeout", "--seed", "--commit", "--keep", "--json", "--markdown", "--serve-bare")
    parser.add_argument("--no-limiter", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_bare:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve_bare(limiter=not args.no_limiter))
        return 0
    del args.serve_bare, args.no_limiter
    global SOURCE, SOURCE_COMMIT
    with common.checkout(args.commit) as (SOURCE, SOURCE_COMMIT):
        sys.path.insert(0, str(SOURCE))  # bot/ and tests/fakes/ from there (nothing imported them yet)
        report = asyncio.run(cancellable(bench(args)))
        report["limits_text"] = describe_limits(report["limits"], args.per_chat, report["per_turn"])
    remark = (f"The overall limiters are on in every run but 'unlimited'. {report['limits_text']} The light and "
              f"throughput runs use TELEGRAM_PER_CHAT_PER_SECOND={args.per_chat:g}; production uses Telegram's advice "
              f"of 1 message/s per chat (the 'paced' run).")
    return common.finish(report, tables(report), remark, args)


if __name__ == "__main__":
    sys.exit(main())
