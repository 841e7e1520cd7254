"""Pipeline benchmark: N simulated victims complete the whole intake flow through the real pipeline.

Not a test: it measures. Every message goes through `App.handle` (store -> per-contact lock -> one
transaction with engine + outbox -> send) on a real database, SQLite and/or PostgreSQL, with a no-op
in-memory sender. Each scenario runs in a fresh child process, so its peak RSS is its own.

    .venv/bin/python -m bench.pipeline                   # defaults: 200 victims x 200 concurrent, 10,000 stored
    .venv/bin/python -m bench.pipeline --quick           # smoke run, a few seconds
    .venv/bin/python -m bench.pipeline --backend sqlite --profile pyinstrument

See bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
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


def thread_cpu() -> dict[int, float]:
    return {t.id: t.user_time + t.system_time for t in psutil.Process().threads()}


def cpu_split(before: dict[int, float], after: dict[int, float]) -> tuple[float, float]:
    """CPU seconds spent between two snapshots: (main thread, all other threads: aiosqlite workers etc.)."""
    main = threading.main_thread().native_id
    delta = {tid: cpu - before.get(tid, 0.0) for tid, cpu in after.items()}
    return delta.get(main, 0.0), sum(v for tid, v in delta.items() if tid != main)


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
                latencies, _ = await run_victims(app, spec["scripts"], "warmup", spec["warmup"], spec["concurrency"])
            result.update(sql_per_msg=counted["statements"] / len(latencies),
                          control_per_msg=counted["control"] / len(latencies),
                          tx_per_msg=counted["transactions"] / len(latencies),
                          sql_kinds={k: v / len(latencies) for k, v in counted.items() if k[0].isupper()})
        counts_before = await app.store.counts()
        sent_before = sender.sent
        cpu_before, wall_cpu_before = thread_cpu(), psutil.Process().cpu_times()
        with RssSampler() as rss, profiling(spec.get("profile"), spec.get("profile_out")):
            latencies, wall = await run_victims(app, spec["scripts"], spec["prefix"], spec["victims"],
                                                spec["concurrency"], backlog=spec.get("backlog", False),
                                                think=spec.get("think", 0.0))
        cpu_main, cpu_other = cpu_split(cpu_before, thread_cpu())
        wall_cpu_after = psutil.Process().cpu_times()
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


def run_child(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one phase in a fresh interpreter, so that its peak RSS is its own."""
    proc = subprocess.run(_child_command(spec), cwd=SOURCE, env=_child_env(), capture_output=True, text=True)
    return _child_result(spec, proc.returncode, proc.stdout, proc.stderr)


def run_children(specs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Run phases side by side (seeding with several worker processes); all must succeed."""
    procs = [(spec, subprocess.Popen(_child_command(spec), cwd=SOURCE, env=_child_env(), stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)) for spec in specs]
    try:
        outputs = [(spec, proc, *proc.communicate()) for spec, proc in procs]
    except BaseException:
        for _spec, proc in procs:  # only the processes started here
            proc.kill()
        raise
    return [_child_result(spec, proc.returncode, out, err) for spec, proc, out, err in outputs]


def seed(base: dict[str, Any], stored: int, workers: int, concurrency: int, backlog: bool) -> dict[str, Any]:
    """Store `stored` finished conversations through the real pipeline, with `workers` processes."""
    share = [stored // workers + (1 if w < stored % workers else 0) for w in range(workers)]
    specs = [{**base, "phase": "seed", "prefix": f"seed{w}", "victims": n, "concurrency": concurrency,
              "warmup": 0, "backlog": backlog} for w, n in enumerate(share) if n]
    run_child({**base, "phase": "migrate"})  # several processes upgrading one fresh database at once collide
    started = time.perf_counter()
    results = run_children(specs) if len(specs) > 1 else [run_child(specs[0])]
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
        if "error" in r:
            print(f"| {r['backend']} | {r['scenario']} | failed: {r['error']} |")
            continue
        print(f"| {r['backend']} | {r['scenario']} | {r['stored']:,} | {r['victims']} | {r['concurrency']} | "
              f"{r['messages']:,} | {r['wall']:.2f} | {r['rate']:,.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | "
              f"{r['peak_rss_mb']:.0f} |")


def print_details(rows: list[dict[str, Any]]) -> None:
    header = ("backend", "scenario", "p90 ms", "max ms", "replies", "finished/cases", "SQL stmts/msg", "tx/msg",
              "CPU ms/msg main", "CPU ms/msg other threads", "CPU/wall", "RSS MB bare/imported/built/end", "seeding")
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
              f"{1000 * r['cpu_other'] / n:.2f} | {r['cpu_total'] / r['wall']:.2f} | "
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
        print(f"  settings    victims={args.victims} concurrency={args.concurrency} stored={args.stored} "
              f"think={args.think}s seed-concurrency={args.seed_concurrency} seed-mode={args.seed_mode} "
              f"warmup={args.warmup} "
              f"backends={','.join(backends)}")
        print(f"  script      {messages_for(scripts, args.victims) / args.victims:.2f} messages per victim; victim n "
              f"plays transcript n % {len(scripts)} of tests/transcripts: "
              + ", ".join(f"{name} ({len(steps)})" for name, steps in zip(played["names"], scripts, strict=True))
              + "\n", flush=True)
        for name in backends:
            current = Backend(name, workdir, pg_name=f"frontdoor_bench_{os.getpid()}" if name == "postgres" else None)
            scenarios = ["throughput"] + (["stored"] if args.stored else [])
            for scenario in scenarios:
                row: dict[str, Any] = {"backend": name, "scenario": scenario, "stored": 0}
                try:
                    url = current.fresh(scenario)
                    base = {"backend": name, "url": url, "data_dir": str(workdir / scenario / "data"),
                            "scripts_file": str(scripts_file)}
                    if scenario == "stored":
                        print(f"[{name}] seeding {args.stored:,} finished conversations "
                              f"({messages_for(scripts, args.stored):,} messages) ...", flush=True)
                        seeded = seed(base, args.stored, args.seed_workers or (1 if name == "sqlite" else 2),
                                      args.seed_concurrency, backlog=args.seed_mode == "backlog")
                        if seeded["finished"] != args.stored:
                            raise RuntimeError(f"only {seeded['finished']} of {args.stored} seeded conversations "
                                               "finished")
                        print(f"    seeded in {seeded['elapsed']:.0f} s ({seeded['rate']:,.0f} msg/s, "
                              f"{seeded['workers']} process(es), {args.seed_mode})", flush=True)
                        row.update(seed=seeded)
                    print(f"[{name}] {scenario}: {args.victims} victims, {args.concurrency} at a time ...", flush=True)
                    profile_out = None
                    if args.profile and scenario == "throughput":
                        profile_out = str(Path(args.profile_dir) / f"{name}-{scenario}.{args.profile}.prof")
                        Path(args.profile_dir).mkdir(parents=True, exist_ok=True)
                    result = run_child({**base, "phase": "measure", "prefix": "victim", "victims": args.victims,
                                        "concurrency": args.concurrency, "warmup": args.warmup, "think": args.think,
                                        "profile": args.profile if profile_out else None, "profile_out": profile_out})
                    if not Path(result["bot_package"]).is_relative_to(SOURCE):
                        raise RuntimeError(f"measured {result['bot_package']}, not the code under {SOURCE}")
                    row.update(result)
                    row["stored"] = result["conversations_before"]  # incl. the warm-up victims
                    if result["finished"] != args.victims or result["cases"] != args.victims:
                        row["warning"] = f"only {result['finished']} finished / {result['cases']} cases"
                    print(f"    {result['messages']:,} messages in {result['wall']:.2f} s = {result['rate']:,.0f}/s, "
                          f"p50 {result['p50_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms, "
                          f"peak RSS {result['peak_rss_mb']:.0f} MB", flush=True)
                    if profile_out:
                        summarize_profile(Path(profile_out))
                    if args.stages and scenario == "throughput":
                        stages = run_child({**base, "phase": "stages", "victims": args.stages})
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
    print("\nResults (one worker process; latency = time of `await app.handle(msg)`; "
          "peak RSS = ru_maxrss of the measuring process)\n")
    print_table(rows)
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
                             "the next message goes as soon as the reply is there)")
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
