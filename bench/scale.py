"""Several workers: one and two `python -m bot run` workers on one PostgreSQL under the same Telegram webhook load.

Not a test: it measures, and asserts nothing about speed (it exits 1 if a victim's conversation went wrong). Each
scenario gets a fresh PostgreSQL database and a fresh fake Telegram (tests/fakes/telegram.py) that posts the updates
to the workers in turn, as a load balancer in front of them would, up to --connections at once (setWebhook's
max_connections; Telegram's default is 40), and a chat's next update only once the one before it was acknowledged.
The workers run in webhook mode behind the same URL and share one DATA_DIR, as in docs/deploy.md.

    .venv/bin/python -m bench.scale                          # 1 and 2 workers, 100 victims, about 3 minutes
    .venv/bin/python -m bench.scale --victims 200 --workers 1,2,3
    .venv/bin/python -m bench.scale --limiter                # with the adapter's AIORateLimiter, as in production

The victims form a closed loop, as in bench/telegram.py: each sends a step of its script (an English transcript
that completes the intake), waits until the bot's answer to that turn arrived at the fake, then sends the next one.
Latency is measured in the fake: from the update being put in the fake to the last message of the turn arriving there.
Both scenarios play the same victims with the same scripts. The workers, PostgreSQL, the fake and the victims share
the machine's cores: the CPU columns say who used them.

By default the adapter's AIORateLimiter is replaced by None in the workers (nothing in bot/ changes) and
TELEGRAM_PER_CHAT_PER_SECOND is 30: the limiter caps each worker at ~23 bot messages a second, and this benchmark is
about what the workers can do, not what Telegram allows. `--limiter` keeps it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import common

SOURCE = common.ROOT  # the code under test: this checkout, or a `git archive` of --commit
SOURCE_COMMIT = ""
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

TOKEN = "123456:FAKE-token-never-in-logs"
READY = "telegram channel started"
SECRET = "bench-scale-webhook-secret"
BALANCER = "http://127.0.0.1:9/telegram/webhook"  # the URL every worker gives setWebhook; the fake posts to the workers


# -- measuring ------------------------------------------------------------------------------------------------------
@dataclass
class Turn:
    pushed: float
    last: float  # the turn's last bot message arrived at the fake


@dataclass
class Result(common.Rates):
    LATENCIES = ("total",)

    workers: int
    victims: int
    round: int = 1
    messages: int = 0
    bot_messages: int = 0
    wall_s: float = 0.0
    finished: int = 0
    failures: list[str] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    per_worker: list[int] = field(default_factory=list)  # updates each worker acknowledged
    worker_cpu_s: float = 0.0
    postgres_cpu_s: float = 0.0
    postgres_other_cpu_s: float = 0.0  # backends of other databases on the same server
    bench_cpu_s: float = 0.0
    busy_cpu_s: float = 0.0  # the whole machine
    cpus: int = 0
    log_lines: list[int] = field(default_factory=list)  # what each worker printed, all levels
    notes: list[str] = field(default_factory=list)

    def ms(self, what: str, q: float) -> float:
        return common.percentile([t.last - t.pushed for t in self.turns], q) * 1000


def _fake_class() -> type:
    from tests.fakes.telegram import FakeTelegram

    class TimedFake(common.UntilSent, FakeTelegram):
        """The fake Bot API, timestamping each bot message, with cheap per-chat waiting."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.sent_at: dict[int, list[float]] = defaultdict(list)
            self._waiting: dict[int, tuple[int, asyncio.Future[None]]] = {}

        def _api_sendMessage(self, p: dict) -> dict:
            message = super()._api_sendMessage(p)
            chat_id = message["chat"]["id"]
            self.sent_at[chat_id].append(time.perf_counter())
            self._wake_until_sent(chat_id)
            return message

    return TimedFake


def postgres_cpu(database: str) -> dict[int, tuple[float, bool, float]]:
    """pid -> (start time, of another database, CPU seconds so far) of every PostgreSQL process on this machine: the
    bench database's backends and the server's own processes count as the bench's, other databases' apart."""
    import psutil

    found = {}
    for proc in psutil.process_iter(["name"]):
        if proc.info["name"] != "postgres":
            continue
        try:
            with proc.oneshot():
                title, times, started = " ".join(proc.cmdline()), proc.cpu_times(), proc.create_time()
        except psutil.Error:
            continue
        other = f" {database} " not in f"{title} " and ("(" in title or "[local]" in title)
        found[proc.pid] = (started, other, times.user + times.system)
    return found


def postgres_used(before: dict[int, tuple[float, bool, float]],
                  after: dict[int, tuple[float, bool, float]]) -> tuple[float, float]:
    """(bench's, other databases') PostgreSQL CPU seconds between two snapshots (a process that ended is missed)."""
    used = [0.0, 0.0]
    for pid, (started, other, cpu) in after.items():
        old = before.get(pid)
        used[other] += cpu - (old[2] if old and old[0] == started else 0.0)
    return used[0], used[1]


def busy_seconds() -> float:
    import psutil

    times = psutil.cpu_times()
    return sum(times) - times.idle - sum(getattr(times, f, 0.0) for f in ("iowait", "guest", "guest_nice"))


# -- the workers and the database --------------------------------------------------------------------------------------
async def pg_admin(url: str, *statements: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as conn:
            for statement in statements:
                await conn.execute(text(statement))
    finally:
        await engine.dispose()


def worker(fake: Any, database_url: str, data_dir: Path, limiter: bool) -> common.BotProcess:
    if limiter:
        argv = [sys.executable, "-m", "bot", "run", "--no-console"]
    else:  # the same command, with the adapter's rate limiter replaced by None in this process only
        argv = [sys.executable, "-c", "import sys, bot.adapters.telegram as t; from bot.__main__ import main; "
                "t.AIORateLimiter = t.RateLimiter = lambda *a, **kw: None; sys.exit(main(['run', '--no-console']))"]
    port = common.free_port()
    process = common.BotProcess(argv, SOURCE, {
        **os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake.api_base,
        "TELEGRAM_FILE_BASE_URL": fake.file_base, "TELEGRAM_MODE": "webhook", "TELEGRAM_WEBHOOK_URL": BALANCER,
        "TELEGRAM_WEBHOOK_SECRET": SECRET, "TELEGRAM_PER_CHAT_PER_SECOND": "30", "DATABASE_URL": database_url,
        "DATA_DIR": str(data_dir), "HTTP_PORT": str(port), "LOG_LEVEL": "INFO", "NO_PROXY": "127.0.0.1,localhost"},
        READY)
    process.url = f"http://127.0.0.1:{port}/telegram/webhook"  # type: ignore[attr-defined]
    return process


# -- the victims -------------------------------------------------------------------------------------------------------
async def play(fake: Any, n: int, uid: int, counts: list[int], think: float, rng: random.Random, turns: list[Turn],
               turn_timeout: float, max_steps: int | None = None) -> tuple[int, str | None]:
    """One victim plays script(n) (its first max_steps steps); returns (messages sent, failure or None)."""
    steps = common.script(n)[:max_steps]
    for i, (text, choice) in enumerate(steps):
        if think:
            await asyncio.sleep(rng.expovariate(1 / think))
        before = len(fake.sent_at[uid])
        pushed = time.perf_counter()
        try:
            if text is not None:
                fake.user_sends(uid, text)
            else:
                fake.user_presses(uid, choice)
            await fake.until_sent(uid, before + counts[i], turn_timeout)
        except (TimeoutError, LookupError) as exc:
            return i, f"victim {n} step {i} ({text or choice!r}): {type(exc).__name__} {exc}"[:300]
        turns.append(Turn(pushed, fake.sent_at[uid][before + counts[i] - 1]))
    return len(steps), None


async def scenario(workers: int, args: argparse.Namespace, counts: dict[int, list[int]], workdir: Path,
                   began: float, round_: int) -> Result:
    result = Result(workers, args.victims, round_)
    database = f"frontdoor_bench_scale_{os.getpid()}"
    admin = args.pg_admin
    await pg_admin(admin, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)', f'CREATE DATABASE "{database}"')
    database_url = f"{admin.rsplit('/', 1)[0]}/{database}"
    fake = await _fake_class()(token=TOKEN).start()
    processes: list[common.BotProcess] = []
    try:
        data_dir = workdir / f"{workers}-workers-{round_}"
        processes = [worker(fake, database_url, data_dir, args.limiter) for _ in range(workers)]
        fake.webhook_targets = [process.url for process in processes]  # type: ignore[attr-defined]
        fake.webhook_connections = args.connections
        for process in processes:  # one after the other: the first migrates the fresh database
            await process.start()
        print(f"[{time.perf_counter() - began:6.1f}s] round {round_}: {workers} worker(s) started", flush=True)
        uids = iter(range(1_000_000, 10**9))
        warm = await asyncio.gather(*(
            play(fake, n, next(uids), counts[n], 0.0, random.Random(n), [], args.turn_timeout, max_steps=5)
            for n in range(common.SCRIPT_KINDS)))
        if any(failure for _, failure in warm):
            raise RuntimeError(f"the warm-up failed: {[failure for _, failure in warm if failure]}")
        acknowledged_before = Counter(url for _, url, status in fake.webhook_attempts if status == 200)
        victims = [next(uids) for _ in range(args.victims)]
        rng = random.Random(args.seed)
        worker_cpu = [process.cpu_seconds() for process in processes]
        pg_before, bench_before, busy_before = postgres_cpu(database), time.process_time(), busy_seconds()
        sent_before = sum(len(times) for times in fake.sent_at.values())
        start = time.perf_counter()
        outcomes = await asyncio.gather(*(
            play(fake, n, uid, counts[n % common.SCRIPT_KINDS], args.think, random.Random(rng.random()),
                 result.turns, args.turn_timeout) for n, uid in enumerate(victims)))
        result.wall_s = max((max(fake.sent_at[uid], default=start) for uid in victims), default=start) - start
        result.worker_cpu_s = sum(p.cpu_seconds() - cpu for p, cpu in zip(processes, worker_cpu, strict=True))
        result.postgres_cpu_s, result.postgres_other_cpu_s = postgres_used(pg_before, postgres_cpu(database))
        result.bench_cpu_s = time.process_time() - bench_before
        result.busy_cpu_s = busy_seconds() - busy_before
        result.cpus = os.cpu_count() or 1
        await asyncio.sleep(0.5)  # a reply sent twice would show now
        result.bot_messages = sum(len(times) for times in fake.sent_at.values()) - sent_before
        acknowledged = Counter(url for _, url, status in fake.webhook_attempts if status == 200)
        result.per_worker = [acknowledged[p.url] - acknowledged_before[p.url] for p in processes]  # type: ignore
        for n, (uid, (sent, failure)) in enumerate(zip(victims, outcomes, strict=True)):
            result.messages += sent
            if failure:
                result.failures.append(failure)
                continue
            texts = fake.sent_texts(uid)
            if len(texts) != sum(counts[n % common.SCRIPT_KINDS]):
                result.failures.append(f"victim {n}: {len(texts)} bot messages, expected "
                                       f"{sum(counts[n % common.SCRIPT_KINDS])}")
            elif "FD-" not in texts[-1]:
                result.failures.append(f"victim {n}: no case reference in the last reply {texts[-1][:80]!r}")
            else:
                result.finished += 1
        print(f"[{time.perf_counter() - began:6.1f}s]   {result.messages} messages in {result.wall_s:.1f} s = "
              f"{result.msgs_per_s:.1f}/s, p50 {result.ms('total', 50):.0f} ms, p99 {result.ms('total', 99):.0f} ms, "
              f"finished {result.finished}/{result.victims}" + (f", {len(result.failures)} failures, e.g. "
                                                                f"{result.failures[0]}" if result.failures else ""),
              flush=True)
    finally:
        for number, process in enumerate(processes, 1):
            result.notes += await process.stop_checked(f"{workers} worker(s), worker {number}")
            result.log_lines.append(len(process.output))
            problems = [line for line in process.log if " ERROR " in line or " WARNING " in line]
            if problems:
                result.notes.append(f"worker {number} of {workers}: {len(problems)} warning/error lines, e.g. "
                                    f"{problems[0][:200]}")
        await fake.stop()
        await pg_admin(admin, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    return result


async def bench(args: argparse.Namespace) -> dict[str, Any]:
    from bench.telegram import flow_counts

    workdir = Path(tempfile.mkdtemp(prefix="frontdoor-bench-scale-"))
    began = time.perf_counter()
    load_at_start = os.getloadavg()
    results: list[Result] = []
    try:
        counts = await flow_counts(workdir)
        print(f"[{time.perf_counter() - began:6.1f}s] bot messages per turn: {common.describe_counts(counts)}",
              flush=True)
        for round_ in range(1, args.rounds + 1):  # alternating: a busy minute on the machine hits both alike
            for workers in args.workers:
                results.append(await scenario(workers, args, counts, workdir, began, round_))
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": common.commit(SOURCE, SOURCE_COMMIT, ("bot",), "bot/ has uncommitted changes"),
        "machine": common.machine(),
        "versions": common.versions("python-telegram-bot", "aiohttp", "SQLAlchemy", "asyncpg"),
        "seconds": time.perf_counter() - began, "args": vars(args), "results": [r.summary() for r in results],
        "notes": [note for r in results for note in r.notes],
        "loadavg": os.getloadavg(), "loadavg_start": load_at_start,
    }


def tables(report: dict[str, Any]) -> str:
    rows = report["results"]
    out = ["| workers | round | victims | messages | wall s | msgs/s | bot msgs/s | p50 ms | p99 ms | finished | "
           "updates per worker |", "|" + " --- |" * 11]
    for r in rows:
        out.append(f"| {r['workers']} | {r['round']} | {r['victims']} | {r['messages']} | {r['wall_s']:.1f} | "
                   f"{r['msgs_per_s']:.1f} | {r['bot_msgs_per_s']:.1f} | {r['total_p50_ms']:.0f} | "
                   f"{r['total_p99_ms']:.0f} | {r['finished']}/{r['victims']} | "
                   f"{' / '.join(map(str, r['per_worker']))} |")
    out += ["", "CPU during each measured run, per inbound message (ms) and as a share of the machine's cores: the "
            "workers together, PostgreSQL (the bench database's backends and the server's own processes), the bench "
            "process (the fake Telegram and the victims), and everything else running on the machine (other "
            "databases' backends included): the machine is shared.", "",
            "| workers | round | workers ms/msg | PostgreSQL ms/msg | bench ms/msg | workers % | PostgreSQL % | "
            "bench % | others % | machine busy % |", "|" + " --- |" * 10]
    for r in rows:
        per, span = r["messages"] or 1, (r["wall_s"] or 1) * (r["cpus"] or 1)
        others = r["busy_cpu_s"] - r["worker_cpu_s"] - r["postgres_cpu_s"] - r["bench_cpu_s"]
        out.append(f"| {r['workers']} | {r['round']} | {1000 * r['worker_cpu_s'] / per:.1f} | "
                   f"{1000 * r['postgres_cpu_s'] / per:.1f} | {1000 * r['bench_cpu_s'] / per:.1f} | "
                   f"{100 * r['worker_cpu_s'] / span:.0f} | {100 * r['postgres_cpu_s'] / span:.0f} | "
                   f"{100 * r['bench_cpu_s'] / span:.0f} | {100 * max(others, 0.0) / span:.0f} | "
                   f"{100 * r['busy_cpu_s'] / span:.0f} |")
    medians = {}
    for workers in dict.fromkeys(r["workers"] for r in rows):
        mine = [r for r in rows if r["workers"] == workers]
        medians[workers] = (statistics.median(r["msgs_per_s"] for r in mine),
                            statistics.median(r["total_p99_ms"] for r in mine))
    out += ["", "| workers | median msgs/s | median p99 ms | msgs/s / one worker's |", "| --- | --- | --- | --- |"]
    one = medians.get(1, (0.0, 0.0))[0]
    out += [f"| {workers} | {rate:.1f} | {p99:.0f} | {rate / one:.2f} |" if one else
            f"| {workers} | {rate:.1f} | {p99:.0f} | – |" for workers, (rate, p99) in medians.items()]
    return "\n".join(out)


async def cancellable(coroutine: Any) -> Any:
    """Runs coroutine; SIGTERM cancels it like Ctrl-C does, so the workers, the fake and the database go."""
    task = asyncio.ensure_future(coroutine)
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
    return await task


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=lambda v: [int(x) for x in v.split(",") if x], default=[1, 2],
                        metavar="N,N,...", help="one scenario per number of workers (1,2)")
    parser.add_argument("--victims", type=int, default=100, help="victims talking at once, closed loop (100)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="how many times each scenario runs, in turn; the ratio is of the medians (3)")
    parser.add_argument("--connections", type=int, default=40,
                        help="webhook deliveries at once, setWebhook's max_connections (40, Telegram's default)")
    parser.add_argument("--think", type=float, default=0.0, help="mean think time before each step, s (0)")
    parser.add_argument("--limiter", action="store_true",
                        help="keep the adapter's AIORateLimiter (~23 bot messages/s per worker)")
    parser.add_argument("--pg-admin", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres",
                        help="where the throwaway database frontdoor_bench_scale_<pid> is made and dropped")
    common.add_flags(parser, "--turn-timeout", "--seed", "--commit", "--keep", "--json", "--markdown")
    args = parser.parse_args(argv)
    global SOURCE, SOURCE_COMMIT
    with common.checkout(args.commit) as (SOURCE, SOURCE_COMMIT):
        sys.path.insert(0, str(SOURCE))  # bot/ and tests/fakes/ from there (nothing imported them yet)
        with contextlib.suppress(asyncio.CancelledError):
            report = asyncio.run(cancellable(bench(args)))
    remark = ("Same victims, same scripts, same webhook load for each number of workers; the limiter was "
              + ("on" if args.limiter else "off (AIORateLimiter replaced by None in the workers)")
              + f"; {args.connections} webhook deliveries at most at once, a chat's next only after its last was "
              "acknowledged. The workers, PostgreSQL and the bench process share the machine's cores.")
    return common.finish(report, tables(report), remark, args)


if __name__ == "__main__":
    sys.exit(main())
