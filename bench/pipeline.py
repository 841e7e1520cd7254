"""Pipeline benchmark: N simulated victims complete the whole intake flow through the real pipeline.

Not a test: it measures. Every message goes through `App.handle` (store -> per-contact lock -> one
transaction with engine + outbox -> send) on a real database, SQLite and/or PostgreSQL, with a no-op
in-memory sender. Each scenario runs in a fresh child process, so its peak RSS is its own.

    .venv/bin/python -m bench.pipeline                   # defaults: 200 victims x 200 concurrent, 10,000 stored
    .venv/bin/python -m bench.pipeline --quick           # smoke run, a few seconds
    .venv/bin/python -m bench.pipeline --backend sqlite --profile pyinstrument
    .venv/bin/python -m bench.pipeline --backend sqlite --rate 1000 --seconds 20   # paced: the open loop

The closed loop (default): C victims at a time, each sending its next message as soon as the previous one is
answered. The paced mode (--rate R): messages arrive R per second in total on a fixed schedule, whatever the bot
does, each from a victim whose previous message has been answered (or a new victim); latency counts from the
scheduled arrival. See bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import heapq
import json
import os
import platform
import pstats
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The code under test: this checkout, or a `git archive` of --commit that the parent hands to its children.
SOURCE = Path(os.environ.get("FRONTDOOR_BENCH_SOURCE") or ROOT)
if str(SOURCE) not in sys.path:  # allow `python bench/pipeline.py` as well as `python -m bench.pipeline`
    sys.path.insert(0, str(SOURCE))

os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

import psutil  # noqa: E402

PLATFORM = "bench"
PG_ADMIN_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
RESULT_MARK = "BENCH-RESULT "
Step = tuple[str | None, str | None]


# -- the victims -----------------------------------------------------------------------------------
# They play bench/common.py's scripts: the English transcripts of the code under test that complete the intake.
# The parent reads them (common.script) and hands them to its children in a file (the spec's scripts_file): a list
# of SCRIPT_KINDS scripts of which victim n plays number n % SCRIPT_KINDS, as common.script(n) does. The children
# run a lone copy of this file and import nothing from bench/.
def victim_scripts(source: Path) -> dict[str, Any]:
    """The scripts of the transcripts under `source` (the code under test) and their names."""
    from bench import common  # here, not at the top: the children run a lone copy of this file

    common.use_scripts(source)
    scripts = [common.script(k) for k in range(common.SCRIPT_KINDS)]
    return {"scripts": scripts, "names": common.SCRIPT_NAMES}


def messages_for(scripts: list[list[Step]], victims: int) -> int:
    return sum(len(scripts[n % len(scripts)]) for n in range(victims))


class NullSender:
    """The no-op channel: counts what it is given and returns an id, like a platform would."""

    platform = PLATFORM

    def __init__(self) -> None:
        self.sent = 0

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    def routes(self) -> list[Any]:
        return []

    async def send(self, chat: Any, reply: Any) -> str:
        self.sent += 1
        return f"bench-out-{self.sent}"

    async def edit(self, chat: Any, message_id: str, reply: Any) -> str:
        return message_id

    async def open_thread(self, chat: Any, title: str) -> str:
        self.sent += 1
        return f"bench-thread-{self.sent}"


def add_channel(app: Any, channel: NullSender) -> None:
    """Works on this tree and on older commits (`--commit`), whose app took (platform, sender)."""
    try:
        app.add_channel(channel)
    except TypeError:
        app.add_channel(PLATFORM, channel)


async def ingest(app: Any, message: Any) -> None:
    await (app.pipeline if hasattr(app, "pipeline") else app.dispatcher).ingest(message)


async def process(app: Any, user_id: str) -> None:
    if hasattr(app, "pipeline"):
        from bot.ports import WorkKey

        await app.pipeline.process(WorkKey(PLATFORM, "contact", user_id))
    else:  # commits before the pipeline of handlers
        await app.dispatcher.process(PLATFORM, user_id)


async def run_victims(app: Any, scripts: list[list[Step]], prefix: str, victims: int, concurrency: int, *,
                      backlog: bool = False, think: float = 0.0) -> tuple[list[float], float]:
    """Run `victims` conversations, `concurrency` at a time, victim n playing scripts[n % len(scripts)]. Returns
    per-message latencies (s) and wall time.

    Live (the measured mode): each message is one `await app.handle(msg)`, the next one is sent after it
    returned, as a person waits for the reply. Backlog (used only to seed stored conversations faster): all
    of a victim's messages are stored with `ingest`, then one `process` works through
    them in one transaction - the path a backlog takes after an outage. Latencies are then ingest times.
    `think`: mean seconds (exponentially distributed) a victim waits before each message, the first one
    included (arrivals spread out); 0 (the default) is a closed loop, the hardest load for the concurrency.
    """
    from bot.domain import ChatRef, InboundMessage, UserRef

    gate = asyncio.Semaphore(concurrency)
    latencies: list[float] = []
    clock = time.perf_counter

    async def victim(n: int) -> None:
        user_id = f"{prefix}-{n}"
        user = UserRef(PLATFORM, user_id, language_hint="en")
        chat = ChatRef(PLATFORM, f"chat-{user_id}")
        rng = random.Random(n)  # the same pauses on every run
        async with gate:
            for i, (text, choice) in enumerate(scripts[n % len(scripts)]):
                if think:  # also before the first message: people do not all arrive at the same instant
                    await asyncio.sleep(rng.expovariate(1 / think))
                message = InboundMessage(platform=PLATFORM, external_id=f"{user_id}-m{i}", user=user, chat=chat,
                                         text=text, choice=choice)
                started = clock()
                if backlog:
                    await ingest(app, message)
                else:
                    await app.handle(message)
                latencies.append(clock() - started)
            if backlog:
                await process(app, user_id)

    started = clock()
    await asyncio.gather(*(victim(n) for n in range(victims)))
    return latencies, clock() - started


def arrival_offsets(rate: float, count: int, arrivals: str, seed: int = 1) -> list[float]:
    """Seconds after the start at which the `count` messages of a paced run arrive: every 1/rate s (uniform), or
    a Poisson process of that rate (exponential gaps, the same on every run)."""
    if arrivals == "uniform":
        return [k / rate for k in range(count)]
    rng, t, offsets = random.Random(seed), 0.0, []
    for _ in range(count):
        offsets.append(t)
        t += rng.expovariate(rate)
    return offsets


async def run_paced(app: Any, scripts: list[list[Step]], prefix: str, rate: float, count: int, *,
                    arrivals: str = "uniform", think: float = 0.0, drain: float = 30.0) -> dict[str, Any]:
    """The open loop: `count` messages arrive at `rate` per second in total, on a schedule fixed beforehand,
    however fast the bot answers.

    Each arrival is a message of some victim; a victim never has two messages in flight. At each arrival the
    victim who has been ready longest (its previous message answered, plus `think`, exponential with that mean,
    if any) sends its next message; if no victim is ready, a new victim starts its intake. So a slow bot does not
    slow the arrivals down: more victims talk at once instead. Latency is counted from the arrival's scheduled
    time (not from when this loop, busy with the bot in the same event loop, got round to sending it) to
    `app.handle` returning: the message stored, the turn committed, the replies sent to the NullSender and
    marked sent. After the last arrival the run waits at most `drain` seconds for answers; messages still
    unanswered then are counted, cancelled, and left out of the latencies.
    """
    from bot.domain import ChatRef, InboundMessage, UserRef

    clock = time.perf_counter
    offsets = arrival_offsets(rate, count, arrivals)
    ready: list[tuple[float, int, int]] = []  # heap of (ready at, victim, next step)
    rngs: dict[int, random.Random] = {}
    latencies: list[float] = []
    lags: list[float] = []
    answered_at: list[float] = []
    errors: list[str] = []
    in_flight: set[asyncio.Task[None]] = set()
    state = {"victims": 0, "completed": 0, "max_in_flight": 0, "max_talking": 0}

    async def one(n: int, step: int, due: float) -> None:
        user_id = f"{prefix}-{n}"
        text, choice = scripts[n % len(scripts)][step]
        message = InboundMessage(platform=PLATFORM, external_id=f"{user_id}-m{step}",
                                 user=UserRef(PLATFORM, user_id, language_hint="en"),
                                 chat=ChatRef(PLATFORM, f"chat-{user_id}"), text=text, choice=choice)
        try:
            await app.handle(message)
        except Exception as exc:  # counted, the victim stops; the run goes on
            errors.append(f"{type(exc).__name__}: {exc}")
            return
        done = clock()
        latencies.append(done - due)
        answered_at.append(done)
        seconds[int(due - started)][1] = max(seconds[int(due - started)][1], done - due)
        if step + 1 < len(scripts[n % len(scripts)]):
            pause = rngs.setdefault(n, random.Random(n)).expovariate(1 / think) if think else 0.0
            heapq.heappush(ready, (done + pause, n, step + 1))
        else:
            state["completed"] += 1

    started = clock() + 0.05
    seconds = [[0, 0.0, 0.0] for _ in range(int(offsets[-1]) + 1 if offsets else 0)]  # arrivals, max latency, lag
    for offset in offsets:
        due = started + offset
        now = clock()
        if due > now:
            await asyncio.sleep(due - now)
            now = clock()
        lags.append(max(0.0, now - due))
        seconds[int(offset)][0] += 1
        seconds[int(offset)][2] = max(seconds[int(offset)][2], now - due)
        if ready and ready[0][0] <= now:
            _, n, step = heapq.heappop(ready)
        else:
            n, step = state["victims"], 0
            state["victims"] += 1
        task = asyncio.create_task(one(n, step, due))
        in_flight.add(task)
        task.add_done_callback(in_flight.discard)
        state["max_in_flight"] = max(state["max_in_flight"], len(in_flight))
        state["max_talking"] = max(state["max_talking"], state["victims"] - state["completed"] - len(errors))
    last_arrival = clock()
    unanswered = 0
    if in_flight:
        _done, pending = await asyncio.wait(set(in_flight), timeout=drain)
        unanswered = len(pending)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    answered = len(latencies)
    end = max(answered_at) if answered_at else last_arrival
    offered_s = offsets[-1] + 1 / rate if offsets else 0.0  # count arrivals spread over count/rate s
    return {"latencies": latencies, "lags": lags, "errors": errors, "unanswered": unanswered,
            "offered": count, "answered": answered, "offered_s": offered_s, "wall": end - started,
            "by_second": [(n, 1000 * worst, 1000 * lag) for n, worst, lag in seconds],
            "generator_late_s": last_arrival - (started + (offsets[-1] if offsets else 0.0)), **state}


async def finished_count(app: Any, prefix: str) -> tuple[int, int]:
    """How many of this prefix's conversations are finished, and how many cases they opened (read-only)."""
    from sqlalchemy import func, select

    from bot.storage.tables import Case, Contact, Conversation

    contact, conversation, case = Contact.__table__, Conversation.__table__, Case.__table__
    mine = contact.c.external_id.like(f"{prefix}-%")
    async with app.db.engine.connect() as conn:
        finished = (await conn.execute(
            select(func.count()).select_from(conversation.join(contact, conversation.c.contact_id == contact.c.id))
            .where(mine, conversation.c.status == "finished"))).scalar_one()
        cases = (await conn.execute(
            select(func.count()).select_from(case.join(contact, case.c.contact_id == contact.c.id))
            .where(mine, case.c.intake_complete.is_(True)))).scalar_one()
    return finished, cases


# -- measuring helpers -------------------------------------------------------------------------------
class RssSampler:
    """Samples this process's RSS every `interval` s in a thread; `peak` is the highest seen."""

    def __init__(self, interval: float = 0.02) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="rss-sampler")
        self._proc = psutil.Process()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._proc.memory_info().rss)
            self._stop.wait(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._proc.memory_info().rss)


class GcPauses:
    """Garbage collections while the block runs: how many of each generation, and their pauses (s)."""

    def __init__(self) -> None:
        self.pauses: list[tuple[int, float]] = []
        self._started = 0.0

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.pauses.append((info["generation"], time.perf_counter() - self._started))

    def __enter__(self) -> GcPauses:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._callback)

    def summary(self) -> dict[str, Any]:
        full = [p for g, p in self.pauses if g == 2]
        return {"collections": len(self.pauses), "gen2": len(full), "total_ms": 1000 * sum(p for _, p in self.pauses),
                "max_ms": 1000 * max((p for _, p in self.pauses), default=0.0),
                "gen2_max_ms": 1000 * max(full, default=0.0)}


def thread_cpu() -> dict[int, float]:
    return {t.id: t.user_time + t.system_time for t in psutil.Process().threads()}


def cpu_split(before: dict[int, float], after: dict[int, float]) -> tuple[float, float]:
    """CPU seconds spent between two snapshots: (main thread, all other threads: aiosqlite workers etc.)."""
    main = threading.main_thread().native_id
    delta = {tid: cpu - before.get(tid, 0.0) for tid, cpu in after.items()}
    return delta.get(main, 0.0), sum(v for tid, v in delta.items() if tid != main)


def postgres_cpu(database: str | None) -> dict[int, tuple[float, str, float]]:
    """CPU seconds (utime + stime) so far of every PostgreSQL process on this machine: pid -> (start time, kind,
    seconds). Kind: `bench` (a backend or autovacuum worker of `database`), `server` (the postmaster and its
    auxiliary processes: checkpointer, WAL writer, ...), `other` (backends of other databases)."""
    found: dict[int, tuple[float, str, float]] = {}
    for proc in psutil.process_iter(["name"]):
        if proc.info["name"] != "postgres":
            continue
        try:
            with proc.oneshot():
                title = " ".join(proc.cmdline())
                times = proc.cpu_times()
                started = proc.create_time()
        except psutil.Error:
            continue
        if database and f" {database} " in f"{title} ":
            kind = "bench"
        elif "(" in title or "[local]" in title:  # "postgres: 15/main: user db 127.0.0.1(port) state"
            kind = "other"
        else:
            kind = "server"
        found[proc.pid] = (started, kind, times.user + times.system)
    return found


def postgres_cpu_used(before: dict[int, tuple[float, str, float]],
                      after: dict[int, tuple[float, str, float]]) -> dict[str, float]:
    """CPU seconds each kind of PostgreSQL process used between two snapshots. A process that ended in between is
    lost (the bench's own backends live as long as its pool; other databases' short connections do not)."""
    used = {"bench": 0.0, "server": 0.0, "other": 0.0}
    for pid, (started, kind, cpu) in after.items():
        old = before.get(pid)
        used[kind] += cpu - (old[2] if old and old[0] == started else 0.0)
    used["ended"] = float(sum(1 for pid in before if pid not in after))
    return used


def machine_busy() -> tuple[float, float]:
    """(busy CPU seconds, all CPU seconds) of the whole machine so far."""
    times = psutil.cpu_times()
    total = sum(times)
    return total - times.idle - getattr(times, "iowait", 0.0), total


def percentile(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, -(-len(sorted_values) * q // 100))
    return sorted_values[int(rank) - 1]


def mb(n_bytes: float) -> float:
    return n_bytes / (1024 * 1024)


# -- one phase, in a child process -------------------------------------------------------------------
@contextlib.contextmanager
def profiling(kind: str | None, out: str | None) -> Iterator[None]:
    if not kind:
        yield
        return
    if kind == "cprofile":
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
        try:
            yield
        finally:
            profiler.disable()
            profiler.dump_stats(out)
        return
    from pyinstrument import Profiler
    from pyinstrument.renderers import PstatsRenderer

    sampler = Profiler(interval=0.0005, async_mode="disabled")  # wall time of the main thread, idle included
    sampler.start()
    try:
        yield
    finally:
        sampler.stop()
        rendered = sampler.output(PstatsRenderer())  # marshalled bytes, decoded with surrogateescape
        Path(out).write_bytes(rendered.encode("utf-8", errors="surrogateescape"))
        Path(out).with_suffix(".txt").write_text(
            sampler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")


@contextlib.contextmanager
def counting_statements(app: Any) -> Iterator[dict[str, int]]:
    """Count SQL statements (by verb and table) and transactions while the block runs; used on warm-up only."""
    from sqlalchemy import event

    counts: dict[str, int] = {"statements": 0, "control": 0, "transactions": 0}
    engine = app.db.engine.sync_engine

    def on_statement(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        words = statement.split()
        upper = [w.upper() for w in words]
        verb = upper[0] if upper else "?"
        anchor = {"SELECT": "FROM", "INSERT": "INTO", "DELETE": "FROM", "UPDATE": "UPDATE"}.get(verb)
        if anchor is None:  # BEGIN, SAVEPOINT, RELEASE ...: a round trip too, but no data
            counts["control"] += 1
            key = " ".join(w for w in upper[:2] if w.isalpha())
        else:
            counts["statements"] += 1
            table = words[upper.index(anchor) + 1].strip('"') if anchor in upper[:-1] else "?"
            key = f"{verb} {table}" + (" FOR UPDATE" if "FOR UPDATE" in statement.upper() else "")
        counts[key] = counts.get(key, 0) + 1

    def on_begin(_conn: Any) -> None:
        counts["transactions"] += 1

    event.listen(engine, "before_cursor_execute", on_statement)
    event.listen(engine, "begin", on_begin)
    try:
        yield counts
    finally:
        event.remove(engine, "before_cursor_execute", on_statement)
        event.remove(engine, "begin", on_begin)


async def child_phase(spec: dict[str, Any]) -> dict[str, Any]:
    import bot
    from bot.app import build_app
    from bot.config import Settings

    result: dict[str, Any] = {"phase": spec["phase"], "bot_package": str(Path(bot.__file__).parent),
                              "rss_bare_mb": spec.get("rss_bare_mb"),
                              "rss_imported_mb": mb(psutil.Process().memory_info().rss)}
    sender = NullSender()
    app = await build_app(Settings(database_url=spec["url"], data_dir=Path(spec["data_dir"]), _env_file=None))
    add_channel(app, sender)
    result["rss_built_mb"] = mb(psutil.Process().memory_info().rss)
    try:
        if spec.get("warmup"):
            with counting_statements(app) as counted:
                latencies, _ = await run_victims(app, spec["scripts"], spec.get("warmup_prefix", "warmup"),
                                                  spec["warmup"], spec["concurrency"])
            result.update(sql_per_msg=counted["statements"] / len(latencies),
                          control_per_msg=counted["control"] / len(latencies),
                          tx_per_msg=counted["transactions"] / len(latencies),
                          sql_kinds={k: v / len(latencies) for k, v in counted.items() if k[0].isupper()})
        if spec.get("tune_gc"):  # as a server's start-up would (bot/runtime.py), once warm
            from bot.runtime import tune_gc

            tune_gc()
        result["gc_threshold"] = gc.get_threshold()
        result["gc_frozen"] = gc.get_freeze_count()
        counts_before = await app.store.counts()
        sent_before = sender.sent
        pg_database = spec["url"].rsplit("/", 1)[1] if spec["url"].startswith("postgresql") else None
        pg_before = postgres_cpu(pg_database) if pg_database else {}
        result["loadavg_start"] = psutil.getloadavg()
        busy_before, window_started = machine_busy(), time.perf_counter()
        cpu_before, wall_cpu_before = thread_cpu(), psutil.Process().cpu_times()
        with RssSampler() as rss, GcPauses() as collections, profiling(spec.get("profile"), spec.get("profile_out")):
            if spec.get("rate"):
                paced = await run_paced(app, spec["scripts"], spec["prefix"], spec["rate"], spec["count"],
                                        arrivals=spec.get("arrivals", "uniform"), think=spec.get("think", 0.0),
                                        drain=spec.get("drain", 30.0))
                latencies, wall = paced.pop("latencies"), paced["wall"]
            else:
                latencies, wall = await run_victims(app, spec["scripts"], spec["prefix"], spec["victims"],
                                                    spec["concurrency"], backlog=spec.get("backlog", False),
                                                    think=spec.get("think", 0.0))
        cpu_main, cpu_other = cpu_split(cpu_before, thread_cpu())
        wall_cpu_after = psutil.Process().cpu_times()
        busy_after, result["window_s"] = machine_busy(), time.perf_counter() - window_started
        if pg_database:
            result["postgres_cpu"] = postgres_cpu_used(pg_before, postgres_cpu(pg_database))
        result["machine_busy"] = (busy_after[0] - busy_before[0]) / ((busy_after[1] - busy_before[1]) or 1.0)
        result["cpus"] = psutil.cpu_count(logical=True)
        result["gc"] = collections.summary()
        if spec.get("rate"):
            lags = sorted(paced.pop("lags"))
            result.update(paced=True, offered_rate=paced["offered"] / paced["offered_s"],
                          achieved_rate=paced["answered"] / wall if wall else 0.0,
                          lag_p99_ms=percentile(lags, 99) * 1000, lag_max_ms=(lags[-1] if lags else 0.0) * 1000,
                          **paced)
            spec = {**spec, "victims": paced["victims"], "concurrency": paced["max_talking"]}
        finished, cases = await finished_count(app, spec["prefix"])
        counts_after = await app.store.counts()
        latencies.sort()
        result.update(
            victims=spec["victims"], concurrency=spec["concurrency"], messages=len(latencies), wall=wall,
            rate=len(latencies) / wall if wall else 0.0,
            p50_ms=percentile(latencies, 50) * 1000, p90_ms=percentile(latencies, 90) * 1000,
            p99_ms=percentile(latencies, 99) * 1000, max_ms=latencies[-1] * 1000 if latencies else 0.0,
            replies=sender.sent - sent_before, finished=finished, cases=cases,
            cpu_main=cpu_main, cpu_other=cpu_other,
            cpu_total=(wall_cpu_after.user + wall_cpu_after.system) - (wall_cpu_before.user + wall_cpu_before.system),
            phase_peak_rss_mb=mb(rss.peak), rss_end_mb=mb(psutil.Process().memory_info().rss),
            conversations_before=counts_before["conversations"], conversations_after=counts_after["conversations"],
            messages_rows=counts_after["messages"],
        )
        if spec["url"].startswith("sqlite"):
            db_file = Path(spec["url"].split("///", 1)[1])
            result["db_mb"] = mb(sum(p.stat().st_size for p in db_file.parent.glob(db_file.name + "*")))
    finally:
        await app.close()
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return result


STAGES = (  # (object path on the app, method, label): the transactions one inbound message goes through
    ("store", "ingest", "1 ingest tx: store the message"),
    ("store", "load", "2a snapshot: contact, conversation, cases, events"),
    ("store", "commit", "2b change set tx: state, case, evidence, audit, outbox"),
    ("dispatcher", "_process_locked", "2 contact tx: flow engine + queue replies (before the handler pipeline)"),
    ("store", "lease_outbound", "3 lease tx: take the replies to send"),
    ("store", "mark_sent", "4 mark_sent tx: one per reply"),
)


async def child_stages(spec: dict[str, Any]) -> dict[str, Any]:
    """Where one message's time goes, transaction by transaction: victims one at a time, no queueing.

    Wraps a few methods of the wired app (skipped if a refactoring renamed them) with wall and
    main-thread CPU timers. Not part of the table: a diagnosis for whoever optimises the pipeline.
    """
    from bot.app import build_app
    from bot.config import Settings

    app = await build_app(Settings(database_url=spec["url"], data_dir=Path(spec["data_dir"]), _env_file=None))
    add_channel(app, NullSender())
    timings: dict[str, list[float]] = {}

    def wrap(owner: Any, method: str, label: str) -> None:
        inner = getattr(owner, method)

        async def timed(*args: Any, **kwargs: Any) -> Any:
            wall, cpu = time.perf_counter(), time.thread_time()
            try:
                return await inner(*args, **kwargs)
            finally:
                entry = timings.setdefault(label, [0.0, 0.0, 0])
                entry[0] += time.perf_counter() - wall
                entry[1] += time.thread_time() - cpu
                entry[2] += 1

        setattr(owner, method, timed)

    try:
        await run_victims(app, spec["scripts"], "warmup", 3, 1)
        for path, method, label in STAGES:
            owner = getattr(app, path, None)
            if owner is not None and hasattr(owner, method):
                wrap(owner, method, label)
        latencies, wall = await run_victims(app, spec["scripts"], "stages", spec["victims"], 1)
    finally:
        await app.close()
    latencies.sort()
    return {"phase": "stages", "messages": len(latencies), "wall": wall,
            "p50_ms": percentile(latencies, 50) * 1000, "p99_ms": percentile(latencies, 99) * 1000,
            "stages": {label: {"wall_ms": 1000 * w / len(latencies), "cpu_ms": 1000 * c / len(latencies),
                               "calls": n / len(latencies)} for label, (w, c, n) in sorted(timings.items())}}


def print_stages(backend: str, result: dict[str, Any]) -> None:
    n = result["messages"]
    per = 1000 * result["wall"] / n
    print(f"\n[{backend}] one victim at a time ({n} messages): {n / result['wall']:.0f} msg/s, "
          f"{per:.2f} ms per message (p50 {result['p50_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms)")
    print(f"  {'stage':<45} {'wall ms/msg':>11} {'share':>6} {'CPU ms/msg':>10} {'calls/msg':>9}")
    accounted = 0.0
    for label, t in result["stages"].items():
        accounted += t["wall_ms"]
        print(f"  {label:<45} {t['wall_ms']:11.2f} {100 * t['wall_ms'] / per:5.0f}% {t['cpu_ms']:10.2f} "
              f"{t['calls']:9.2f}")
    print(f"  {'rest: locks, dispatch, the bench itself':<45} {per - accounted:11.2f} "
          f"{100 * (per - accounted) / per:5.0f}%")


async def child_migrate(spec: dict[str, Any]) -> dict[str, Any]:
    """Bring a fresh database to the newest schema once, before several seeding processes start."""
    from bot.storage.db import Database

    db = Database(spec["url"])
    try:
        await db.upgrade()
        return {"phase": "migrate", "revision": await db.revision()}
    finally:
        await db.dispose()


def child_main(spec_json: str) -> None:
    spec = json.loads(spec_json)
    spec["rss_bare_mb"] = mb(psutil.Process().memory_info().rss)  # interpreter + psutil, before bot is imported
    if "scripts_file" in spec:  # the victims' scripts (not the migration's business)
        spec["scripts"] = json.loads(Path(spec["scripts_file"]).read_text(encoding="utf-8"))
    phases = {"migrate": child_migrate, "stages": child_stages}
    result = asyncio.run(phases.get(spec["phase"], child_phase)(spec))
    print(RESULT_MARK + json.dumps(result), flush=True)


# -- the parent: databases, scenarios, the table -----------------------------------------------------
CHILD_SCRIPT = Path(__file__).resolve()  # the parent points this at a private copy, see parent_main


def _child_command(spec: dict[str, Any]) -> list[str]:
    return [sys.executable, str(CHILD_SCRIPT), "--child", json.dumps(spec)]


def _child_env() -> dict[str, str]:
    return {**os.environ, "FRONTDOOR_BENCH_SOURCE": str(SOURCE)}


def _child_result(spec: dict[str, Any], returncode: int, stdout: str, stderr: str) -> dict[str, Any]:
    if returncode != 0:
        sys.stderr.write(stderr[-4000:])
        raise RuntimeError(f"phase {spec['phase']} on {spec['backend']} failed (exit {returncode})")
    for line in stdout.splitlines():
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK):])
    raise RuntimeError(f"phase {spec['phase']} printed no result:\n{stdout[-2000:]}{stderr[-2000:]}")


def run_child(spec: dict[str, Any], timeout: float | None = None) -> dict[str, Any]:
    """Run one phase in a fresh interpreter, so that its peak RSS is its own; killed after `timeout` s."""
    try:
        proc = subprocess.run(_child_command(spec), cwd=SOURCE, env=_child_env(), capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired as exc:  # subprocess.run killed it
        raise RuntimeError(f"phase {spec['phase']} on {spec['backend']} still ran after {timeout:g} s: killed "
                           "(--timeout)") from exc
    return _child_result(spec, proc.returncode, proc.stdout, proc.stderr)


def run_children(specs: list[dict[str, Any]], timeout: float | None = None) -> list[dict[str, Any]]:
    """Run phases side by side (seeding with several worker processes); all must succeed within `timeout` s."""
    procs = [(spec, subprocess.Popen(_child_command(spec), cwd=SOURCE, env=_child_env(), stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)) for spec in specs]
    deadline = None if timeout is None else time.monotonic() + timeout
    try:
        outputs = [(spec, proc, *proc.communicate(timeout=None if deadline is None
                                                  else max(0.0, deadline - time.monotonic())))
                   for spec, proc in procs]
    except BaseException:
        for _spec, proc in procs:  # only the processes started here
            proc.kill()
            proc.wait()
        raise
    return [_child_result(spec, proc.returncode, out, err) for spec, proc, out, err in outputs]


def seed(base: dict[str, Any], stored: int, workers: int, concurrency: int, backlog: bool,
         timeout: float | None = None) -> dict[str, Any]:
    """Store `stored` finished conversations through the real pipeline, with `workers` processes."""
    share = [stored // workers + (1 if w < stored % workers else 0) for w in range(workers)]
    specs = [{**base, "phase": "seed", "prefix": f"seed{w}", "victims": n, "concurrency": concurrency,
              "warmup": 0, "backlog": backlog} for w, n in enumerate(share) if n]
    run_child({**base, "phase": "migrate"}, timeout=timeout)  # several processes upgrading one database collide
    started = time.perf_counter()
    results = run_children(specs, timeout) if len(specs) > 1 else [run_child(specs[0], timeout)]
    elapsed = time.perf_counter() - started
    wall = max(r["wall"] for r in results)
    messages = sum(r["messages"] for r in results)
    return {"victims": sum(r["victims"] for r in results), "messages": messages, "wall": wall,
            "elapsed": elapsed, "rate": messages / wall, "workers": len(specs), "backlog": backlog,
            "finished": sum(r["finished"] for r in results), "p99_ms": max(r["p99_ms"] for r in results),
            "peak_rss_mb": max(r["peak_rss_mb"] for r in results),
            "conversations_after": max(r["conversations_after"] for r in results)}


async def _pg_admin(*statements: str) -> list[Any]:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as conn:
            results = []
            for statement in statements:
                result = await conn.execute(text(statement))
                results.append(result.scalar() if result.returns_rows else None)
            return results
    finally:
        await engine.dispose()


@dataclass
class Backend:
    name: str
    workdir: Path
    pg_name: str | None = None

    def fresh(self, label: str) -> str:
        """A new, empty database for one scenario; returns its URL."""
        if self.name == "sqlite":
            path = self.workdir / label / "frontdoor.db"
            path.parent.mkdir(parents=True, exist_ok=True)
            return f"sqlite+aiosqlite:///{path}"
        assert self.pg_name
        asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{self.pg_name}" WITH (FORCE)',
                              f'CREATE DATABASE "{self.pg_name}"'))
        return f"postgresql+asyncpg://postgres@127.0.0.1:5432/{self.pg_name}"

    def drop(self) -> None:
        if self.pg_name:
            asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{self.pg_name}" WITH (FORCE)'))


def environment(commit_ref: str | None) -> dict[str, str]:
    import aiosqlite
    import asyncpg
    import sqlalchemy

    from bench.common import cpu_model, git  # here, not at the top: the children run a lone copy of this file

    if commit_ref:
        commit = git("rev-parse", "--short", commit_ref) + f" (clean `git archive` of {commit_ref})"
    else:
        commit = git("rev-parse", "--short", "HEAD")
        played = ("bot", "flows", "locales", "tests/transcripts")  # the code and the victims' scripts
        if git("status", "--porcelain", "--untracked-files=no", "--", *played) not in ("", "?") or \
                git("ls-files", "--others", "--exclude-standard", "--", *played):
            commit += " + uncommitted changes in bot/, flows/, locales/ or tests/transcripts/ (working tree)"
    try:
        pg_version = asyncio.run(_pg_admin("SHOW server_version"))[0]
    except Exception as exc:  # PostgreSQL is optional for --backend sqlite
        pg_version = f"unreachable ({type(exc).__name__})"
    return {
        "commit": commit,
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "machine": f"{psutil.cpu_count(logical=True)} CPUs ({cpu_model('?')}), "
                   f"{mb(psutil.virtual_memory().total) / 1024:.1f} GiB RAM, {platform.system()} {platform.release()}",
        "load": "load average " + " ".join(f"{x:.2f}" for x in psutil.getloadavg()) + " (1, 5, 15 min) at start",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "postgresql": str(pg_version),
        "libraries": f"SQLAlchemy {sqlalchemy.__version__}, aiosqlite {aiosqlite.__version__}, "
                     f"asyncpg {asyncpg.__version__}",
    }


def print_table(rows: list[dict[str, Any]]) -> None:
    header = ("backend", "scenario", "stored", "victims", "concurrency", "messages", "wall s", "msg/s",
              "p50 ms", "p99 ms", "peak RSS MB")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" if i < 2 else "---:" for i in range(len(header))) + "|")
    for r in rows:
        if r.get("paced"):
            continue
        if "error" in r:
            print(f"| {r['backend']} | {r['scenario']} | failed: {r['error']} |")
            continue
        print(f"| {r['backend']} | {r['scenario']} | {r['stored']:,} | {r['victims']} | {r['concurrency']} | "
              f"{r['messages']:,} | {r['wall']:.2f} | {r['rate']:,.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | "
              f"{r['peak_rss_mb']:.0f} |")


def window(r: dict[str, Any]) -> float:
    """Seconds between the CPU snapshots of a measured part (the run, a paced run's drain included)."""
    return r.get("window_s") or r["wall"]


def postgres_share(r: dict[str, Any]) -> str:
    """PostgreSQL's CPU during the measured part: the bench database's backends + the server's own processes, in
    seconds and as a share of the machine (all its cores over the wall time); other databases' backends apart."""
    pg = r.get("postgres_cpu")
    if not pg:
        return "-"
    own = pg["bench"] + pg["server"]
    return (f"{own:.1f} s = {100 * own / (window(r) * r['cpus']):.0f} % ({1000 * own / max(1, r['messages']):.2f} "
            f"ms/msg; other dbs {pg['other']:.1f} s)")


def print_paced(rows: list[dict[str, Any]]) -> None:
    """The paced (open-loop) runs: offered against achieved, latency from arrival, CPU."""
    header = ("backend", "scenario", "stored", "offered msg/s", "achieved msg/s", "achieved %", "answered",
              "p50 ms", "p99 ms", "max ms", "bot CPU ms/msg", "bot CPU % of machine", "PostgreSQL CPU (% of machine)",
              "machine busy %", "peak RSS MB")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" if i < 2 else "---:" for i in range(len(header))) + "|")
    for r in rows:
        if "error" in r:
            print(f"| {r['backend']} | {r['scenario']} | failed: {r['error']} |")
            continue
        n = r["messages"] or 1
        print(f"| {r['backend']} | {r['scenario']} | {r['stored']:,} | {r['offered_rate']:,.0f} | "
              f"{r['achieved_rate']:,.0f} | {100 * r['achieved_rate'] / r['offered_rate']:.1f} | "
              f"{r['answered']:,}/{r['offered']:,} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['max_ms']:.0f} | "
              f"{1000 * r['cpu_total'] / n:.2f} | {100 * r['cpu_total'] / (window(r) * r['cpus']):.0f} | "
              f"{postgres_share(r)} | {100 * r['machine_busy']:.0f} | {r['peak_rss_mb']:.0f} |")
    print("\n| backend | scenario | victims started / played their whole script / finished / cases | "
          "most victims talking at once | most messages in flight | arrivals late p99 / max ms | "
          "unanswered | errors | GC: full collections, longest pause ms |")
    print("|---|---|---|---:|---:|---|---:|---:|---|")
    for r in rows:
        if "error" not in r:
            print(f"| {r['backend']} | {r['scenario']} | {r['victims']:,} / {r['completed']:,} / {r['finished']:,} / "
                  f"{r['cases']:,} | {r['max_talking']:,} | {r['max_in_flight']:,} | "
                  f"{r['lag_p99_ms']:.1f} / {r['lag_max_ms']:.0f} | {r['unanswered']:,} | {len(r['errors'])} | "
                  f"{r['gc']['gen2']}, {r['gc']['max_ms']:.0f} |")


def print_details(rows: list[dict[str, Any]]) -> None:
    header = ("backend", "scenario", "p90 ms", "max ms", "replies", "finished/cases", "SQL stmts/msg", "tx/msg",
              "CPU ms/msg main", "CPU ms/msg other threads", "CPU/wall", "PostgreSQL CPU (% of machine)",
              "RSS MB bare/imported/built/end", "seeding")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for r in rows:
        if "error" in r:
            continue
        seed = r.get("seed")
        seeding = (f"{seed['victims']:,} victims, {seed['messages']:,} msgs in {seed['wall']:.0f} s "
                   f"({seed['rate']:,.0f} msg/s, p99 {seed['p99_ms']:.0f} ms), peak RSS {seed['peak_rss_mb']:.0f} MB"
                   if seed else "-")
        if "db_mb" in r:
            seeding += f"; db {r['db_mb']:.0f} MB"
        n = r["messages"] or 1
        print(f"| {r['backend']} | {r['scenario']} | {r['p90_ms']:.1f} | {r['max_ms']:.1f} | {r['replies']:,} | "
              f"{r['finished']}/{r['cases']} | {r.get('sql_per_msg', float('nan')):.1f} | "
              f"{r.get('tx_per_msg', float('nan')):.1f} | {1000 * r['cpu_main'] / n:.2f} | "
              f"{1000 * r['cpu_other'] / n:.2f} | {r['cpu_total'] / r['wall']:.2f} | {postgres_share(r)} | "
              f"{r['rss_bare_mb']:.0f}/{r['rss_imported_mb']:.0f}/{r['rss_built_mb']:.0f}/{r['rss_end_mb']:.0f} | "
              f"{seeding} |")


def print_statement_mix(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        if r.get("scenario") == "throughput" and r.get("sql_kinds"):
            kinds = sorted(r["sql_kinds"].items(), key=lambda kv: -kv[1])
            print(f"\nSQL per inbound message on {r['backend']} (warm-up victims): "
                  f"{r['sql_per_msg']:.1f} statements + {r.get('control_per_msg', 0):.1f} BEGIN/SAVEPOINT/... "
                  f"in {r['tx_per_msg']:.1f} transactions (not counted: COMMIT, pool pre-ping)")
            for kind, per in kinds:
                print(f"  {per:5.2f}  {kind}")


PROFILE_AREAS = (  # (substring of the file name, area); first match wins
    ("/bot/", "frontdoor bot/ (own code)"),
    ("sqlalchemy/sql/", "SQLAlchemy: build statements, cache keys, compile"),
    ("sqlalchemy/engine/", "SQLAlchemy: execute, results"),
    ("sqlalchemy/ext/asyncio", "SQLAlchemy: async bridge (greenlet)"),
    ("sqlalchemy/util/concurrency", "SQLAlchemy: async bridge (greenlet)"),
    ("sqlalchemy/dialects", "SQLAlchemy: dialect adaptors"),
    ("sqlalchemy/pool", "SQLAlchemy: pool"),
    ("sqlalchemy", "SQLAlchemy: other"),
    ("aiosqlite", "aiosqlite"),
    ("asyncpg", "asyncpg"),
    ("/asyncio/", "asyncio event loop"),
    ("/selectors.py", "asyncio event loop"),
    ("fluent", "fluent (i18n)"),
    ("babel", "babel"),
    ("dateparser", "dateparser"),
    ("/json/", "json"),
    ("prometheus", "prometheus_client"),
    ("bench/", "bench driver"),
)


def _area(filename: str, func: str) -> str:
    if "select.epoll" in func or "poll' of" in func or func in ("epoll.poll", "poll"):  # cProfile / pyinstrument
        return "idle: epoll wait (DB thread / socket)"
    if "greenlet" in func:
        return "SQLAlchemy: async bridge (greenlet)"
    if filename == "~":
        return "builtins / C calls"
    for key, name in PROFILE_AREAS:
        if key in filename:
            return name
    return "other Python"


def _short(filename: str, line: int, func: str) -> str:
    if filename == "~":
        return func
    short = filename.split("site-packages/")[-1].split("/lib/python3")[-1].replace(str(ROOT) + "/", "")
    return f"{short}:{line}({func})"


def summarize_profile(path: Path, top: int = 15) -> None:
    """Own time per area, and the top functions: overall by own time, project/SQLAlchemy by cumulative time."""
    stats = pstats.Stats(str(path))
    entries = stats.stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in entries.values()) or 1.0
    by_area: dict[str, float] = {}
    for (filename, _line, func), (_cc, _nc, tt, _ct, _callers) in entries.items():
        name = _area(filename, func)
        by_area[name] = by_area.get(name, 0.0) + tt
    idle = sum(tt for name, tt in by_area.items() if name.startswith("idle"))
    busy = (total - idle) or 1.0
    print(f"\nprofile {path}: {total:.2f} s of main-thread time, {idle:.2f} s of it idle in epoll")
    print(f"  {'area':<52} {'own s':>7} {'% all':>6} {'% busy':>7}")
    for name, tt in sorted(by_area.items(), key=lambda kv: -kv[1]):
        busy_share = "" if name.startswith("idle") else f"{100 * tt / busy:6.1f}%"
        print(f"  {name:<52} {tt:7.2f} {100 * tt / total:5.1f}% {busy_share:>7}")
    print(f"\n  top {top} functions by own time (% of busy time):")
    for tt, key in sorted(((v[2], k) for k, v in entries.items() if not _area(k[0], k[2]).startswith("idle")),
                          reverse=True)[:top]:
        print(f"    {100 * tt / busy:5.1f}%  {_short(*key)}")
    own = sorted(((v[2], v[1], k) for k, v in entries.items() if "/bot/" in k[0]), reverse=True)[:top]
    print(f"\n  top {top} frontdoor bot/ functions by own time (% of busy time, calls):")
    for tt, calls, key in own:
        print(f"    {100 * tt / busy:5.1f}%  {calls:>7}  {_short(*key)}")
    # cumulative time is only meaningful for plain functions: a coroutine's is counted once per resumption
    built = sorted(((v[3], v[1], k) for k, v in entries.items() if "sqlalchemy/sql/" in k[0]), reverse=True)[:top]
    print(f"\n  top {top} SQLAlchemy statement-building functions by cumulative time (% of busy time, calls):")
    for ct, calls, key in built:
        print(f"    {100 * ct / busy:5.1f}%  {calls:>7}  {_short(*key)}")
    print("\n  (cumulative times of coroutines are not shown: cProfile counts them once per resumption; "
          "--stages gives the share of each transaction of the pipeline instead)")


def _terminate(*_: object) -> None:
    raise KeyboardInterrupt  # so that `finally` drops the throwaway database on SIGTERM too


def parent_main(args: argparse.Namespace) -> int:
    global SOURCE, CHILD_SCRIPT
    quick = {"victims": 20, "concurrency": 10, "stored": 200, "seed_concurrency": 50, "warmup": 2}
    full = {"victims": 200, "concurrency": 200, "stored": 10_000, "seed_concurrency": 200, "warmup": 5}
    if args.rate:  # the paced mode measures a fresh database unless --stored is given
        full["stored"] = quick["stored"] = 0
    for key, value in (quick if args.quick else full).items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    workdir = Path(tempfile.mkdtemp(prefix="frontdoor-bench-"))
    rows: list[dict[str, Any]] = []
    current: Backend | None = None
    previous_term = signal.signal(signal.SIGTERM, _terminate)
    try:
        # children run a copy of this file, so that editing it during a long run changes nothing
        CHILD_SCRIPT = Path(shutil.copy2(Path(__file__).resolve(), workdir / "bench_pipeline.py"))
        if args.commit:  # benchmark exactly one commit, whatever is being edited in the checkout
            from bench.common import snapshot  # here, not at the top: the children run a lone copy of this file

            SOURCE = workdir / "src"
            snapshot(args.commit, SOURCE)
        played = victim_scripts(SOURCE)  # from the transcripts of the code under test, read now
        scripts = played["scripts"]
        scripts_file = workdir / "scripts.json"
        scripts_file.write_text(json.dumps(scripts), encoding="utf-8")
        env = environment(args.commit)
        print("frontdoor pipeline benchmark")
        for key, value in env.items():
            print(f"  {key:<11} {value}")
        measured = (f"paced rate={','.join(f'{r:g}' for r in args.rate)}/s "
                    + (f"messages={args.messages}" if args.messages else f"seconds={args.seconds:g}")
                    + f" arrivals={args.arrivals} drain={args.drain:g}s" if args.rate
                    else f"victims={args.victims} concurrency={args.concurrency}")
        print(f"  settings    {measured} stored={args.stored} "
              f"think={args.think}s seed-concurrency={args.seed_concurrency} seed-mode={args.seed_mode} "
              f"warmup={args.warmup} tune-gc={args.tune_gc} "
              f"backends={','.join(backends)}")
        print(f"  script      {messages_for(scripts, args.victims) / args.victims:.2f} messages per victim; victim n "
              f"plays transcript n % {len(scripts)} of tests/transcripts: "
              + ", ".join(f"{name} ({len(steps)})" for name, steps in zip(played["names"], scripts, strict=True))
              + "\n", flush=True)
        for name in backends:
            current = Backend(name, workdir, pg_name=f"frontdoor_bench_{os.getpid()}" if name == "postgres" else None)
            first = "paced" if args.rate else "throughput"
            rates: list[float | None] = list(args.rate) if args.rate else [None]
            scenarios = [(first, i, r) for i, r in enumerate(rates)]
            scenarios += [("stored", i, r) for i, r in enumerate(rates)] if args.stored else []
            seeded_url: str | None = None
            for scenario, index, rate in scenarios:
                label = scenario if rate is None else f"{scenario} {rate:g}/s"
                row: dict[str, Any] = {"backend": name, "scenario": label, "stored": 0}
                try:
                    if scenario == "stored" and seeded_url:  # the next rate on the database seeded before
                        url = seeded_url
                    else:
                        url = current.fresh(scenario if index == 0 else f"{scenario}-{index}")
                    base = {"backend": name, "url": url, "data_dir": str(workdir / f"{scenario}-{index}" / "data"),
                            "scripts_file": str(scripts_file)}
                    if scenario == "stored" and not seeded_url:
                        print(f"[{name}] seeding {args.stored:,} finished conversations "
                              f"({messages_for(scripts, args.stored):,} messages) ...", flush=True)
                        seeded = seed(base, args.stored, args.seed_workers or (1 if name == "sqlite" else 2),
                                      args.seed_concurrency, backlog=args.seed_mode == "backlog",
                                      timeout=args.timeout)
                        if seeded["finished"] != args.stored:
                            raise RuntimeError(f"only {seeded['finished']} of {args.stored} seeded conversations "
                                               "finished")
                        print(f"    seeded in {seeded['elapsed']:.0f} s ({seeded['rate']:,.0f} msg/s, "
                              f"{seeded['workers']} process(es), {args.seed_mode})", flush=True)
                        row.update(seed=seeded)
                        seeded_url = url
                    spec: dict[str, Any] = {**base, "phase": "measure", "prefix": "victim", "victims": args.victims,
                                            "concurrency": args.concurrency, "warmup": args.warmup,
                                            "think": args.think, "tune_gc": args.tune_gc}
                    if rate is None:
                        print(f"[{name}] {label}: {args.victims} victims, {args.concurrency} at a time ...",
                              flush=True)
                    else:
                        count = args.messages or max(1, round(rate * args.seconds))
                        # a database that serves several rates gets new victims each time
                        spec.update(rate=rate, count=count, arrivals=args.arrivals, drain=args.drain,
                                    prefix=f"victim{index}", warmup_prefix=f"warmup{index}")
                        print(f"[{name}] {label}: {count:,} messages offered at {rate:g}/s ({args.arrivals}) over "
                              f"{count / rate:.1f} s, then at most {args.drain:g} s for the last answers ...",
                              flush=True)
                    profile_out = None
                    if args.profile and scenario == first:
                        profile_out = str(Path(args.profile_dir) / f"{name}-{label.replace(' ', '-').replace('/', '')}"
                                          f".{args.profile}.prof")
                        Path(args.profile_dir).mkdir(parents=True, exist_ok=True)
                    result = run_child({**spec, "profile": args.profile if profile_out else None,
                                        "profile_out": profile_out}, timeout=args.timeout)
                    if not Path(result["bot_package"]).is_relative_to(SOURCE):
                        raise RuntimeError(f"measured {result['bot_package']}, not the code under {SOURCE}")
                    row.update(result)
                    row["stored"] = result["conversations_before"]  # incl. the warm-up victims
                    if rate is None and (result["finished"] != args.victims or result["cases"] != args.victims):
                        row["warning"] = f"only {result['finished']} finished / {result['cases']} cases"
                    if rate is not None:
                        problems = []
                        # a transcript may go on after the intake finished: more finished than completed is fine
                        if result["finished"] < result["completed"] or result["cases"] < result["completed"]:
                            problems.append(f"{result['completed']} victims played their whole script but only "
                                            f"{result['finished']} conversations finished / {result['cases']} cases")
                        if result["unanswered"]:
                            problems.append(f"{result['unanswered']} messages unanswered {args.drain:g} s after "
                                            "the last arrival (cancelled)")
                        if result["errors"]:
                            problems.append(f"{len(result['errors'])} messages failed, first: {result['errors'][0]}")
                        if problems:
                            row["warning"] = "; ".join(problems)
                        print(f"    offered {result['offered_rate']:,.0f}/s, answered {result['answered']:,} of "
                              f"{result['offered']:,} = {result['achieved_rate']:,.0f}/s "
                              f"({100 * result['achieved_rate'] / result['offered_rate']:.1f} %), "
                              f"p50 {result['p50_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms, "
                              f"max {result['max_ms']:.0f} ms, "
                              f"CPU {1000 * result['cpu_total'] / max(1, result['messages']):.2f} ms/msg, "
                              f"peak RSS {result['peak_rss_mb']:.0f} MB", flush=True)
                        print("    worst latency of each second's arrivals, ms (-: none answered): "
                              + " ".join(f"{worst:.0f}" if worst else "-" for _n, worst, _lag in result["by_second"]),
                              flush=True)
                        gcs = result["gc"]
                        print(f"    garbage collections: {gcs['collections']:,} ({gcs['gen2']} full), "
                              f"{gcs['total_ms']:.0f} ms in all, longest {gcs['max_ms']:.0f} ms", flush=True)
                    else:
                        print(f"    {result['messages']:,} messages in {result['wall']:.2f} s = "
                              f"{result['rate']:,.0f}/s, p50 {result['p50_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms, "
                              f"peak RSS {result['peak_rss_mb']:.0f} MB", flush=True)
                    if profile_out:
                        summarize_profile(Path(profile_out))
                    if args.stages and scenario == first and index == 0:
                        stages = run_child({**base, "phase": "stages", "victims": args.stages}, timeout=args.timeout)
                        row["stages"] = stages
                        print_stages(name, stages)
                except Exception as exc:  # report and go on with the next scenario
                    row["error"] = f"{type(exc).__name__}: {exc}"
                    print(f"    FAILED: {row['error']}", file=sys.stderr, flush=True)
                rows.append(row)
            current.drop()
            current = None
    finally:
        if current is not None:
            with contextlib.suppress(Exception):
                current.drop()
        signal.signal(signal.SIGTERM, previous_term)
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    print(f"\nload average at the end: {' '.join(f'{x:.2f}' for x in psutil.getloadavg())} "
          f"(other processes on the machine skew the numbers)")
    paced = [r for r in rows if r.get("paced") or (args.rate and "error" in r)]
    if len(paced) < len(rows):
        print("\nResults (one worker process; latency = time of `await app.handle(msg)`; "
              "peak RSS = ru_maxrss of the measuring process)\n")
        print_table(rows)
    if paced:
        print("\nPaced runs (one worker process; latency = from the message's scheduled arrival to `app.handle` "
              "returning, its replies sent; CPU = the measuring process, all threads, during the run; PostgreSQL = "
              "this database's backends + the server's own processes; % of machine = over all "
              f"{psutil.cpu_count(logical=True)} CPUs)\n")
        print_paced(paced)
    print("\nDetails\n")
    print_details(rows)
    print_statement_mix(rows)
    for r in rows:
        if "warning" in r:
            print(f"WARNING {r['backend']} {r['scenario']}: {r['warning']}")
    if args.json:
        Path(args.json).write_text(json.dumps({"environment": env, "settings": vars(args),
                                               "scripts": dict(zip(played["names"], scripts, strict=True)),
                                               "rows": rows}, indent=2))
    return 1 if any("error" in r or "warning" in r for r in rows) else 0


def rates_list(text: str) -> list[float]:
    rates = [float(part) for part in text.split(",") if part.strip()]
    if not rates or any(r <= 0 for r in rates):
        raise argparse.ArgumentTypeError("rates are positive numbers, e.g. 500 or 250,500,750")
    return rates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--victims", type=int, help="victims measured per scenario (default 200)")
    parser.add_argument("--concurrency", type=int, help="victims talking at the same time (default 200)")
    parser.add_argument("--stored", type=int,
                        help="finished conversations stored before the second scenario; 0 skips it (default 10000)")
    parser.add_argument("--seed-concurrency", type=int, help="concurrency while seeding (default 200)")
    parser.add_argument("--seed-workers", type=int,
                        help="processes that seed stored conversations (default: 1 on SQLite, 2 on PostgreSQL)")
    parser.add_argument("--seed-mode", choices=("backlog", "live"), default="backlog",
                        help="seed with ingest-all-then-process per victim (backlog, faster) or message by "
                             "message like the measured run (live); both go through the real pipeline")
    parser.add_argument("--warmup", type=int, help="victims run before measuring, not counted (default 5)")
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean seconds a measured victim waits before each answer (default 0: closed loop, "
                             "the next message goes as soon as the reply is there); paced mode: a victim is ready "
                             "for its next arrival this long (mean) after its answer")
    parser.add_argument("--rate", type=rates_list, metavar="R[,R...]",
                        help="paced (open-loop) mode: messages arrive at R per second in total, however fast the "
                             "bot answers; several rates: one run each, on a fresh database each")
    parser.add_argument("--seconds", type=float, default=20.0,
                        help="paced mode: how long messages arrive (default 20 s: R x 20 messages)")
    parser.add_argument("--messages", type=int, help="paced mode: this many messages instead of --seconds")
    parser.add_argument("--drain", type=float, default=30.0,
                        help="paced mode: seconds to wait for answers after the last arrival; messages still "
                             "unanswered are counted and cancelled (default 30)")
    parser.add_argument("--arrivals", choices=("uniform", "poisson"), default="uniform",
                        help="paced mode: one message every 1/R s (uniform, the default) or a Poisson process")
    parser.add_argument("--tune-gc", action="store_true",
                        help="call bot.runtime.tune_gc() (gc.freeze() after a collection, higher thresholds) after "
                             "the warm-up, before measuring; the code under test must have it")
    parser.add_argument("--timeout", type=float, default=3600.0,
                        help="seconds after which a measuring or seeding process is killed (default 3600)")
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--quick", action="store_true", help="tiny numbers for a smoke run")
    parser.add_argument("--profile", choices=("cprofile", "pyinstrument"),
                        help="profile the measured part of the throughput scenario (main thread only)")
    parser.add_argument("--stages", type=int, default=0, metavar="N",
                        help="after the throughput scenario, run N victims one at a time and time each "
                             "transaction of the pipeline (ingest, contact, lease, mark_sent)")
    parser.add_argument("--profile-dir", default=str(Path(tempfile.gettempdir()) / "frontdoor-bench-profiles"),
                        help="where profiles are written (default: a folder in the system temp dir)")
    parser.add_argument("--json", help="also write the results to this JSON file")
    parser.add_argument("--commit", help="benchmark this git revision (a clean `git archive` of it) instead of "
                                          "the working tree, e.g. --commit HEAD")
    parser.add_argument("--keep", action="store_true", help="keep the temporary SQLite files")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child_main(args.child)
        return 0
    return parent_main(args)


if __name__ == "__main__":
    sys.exit(main())
