"""Storage benchmark: one turn's unit of work alone (ingest, snapshot, commit with a reply, sent mark).

Not a test: it measures. N contacts at once each play `turns` turns against a real database through
`SqlStore`, once on the hot path (`bot/storage/hotpath.py`) and once with it switched off (SQLAlchemy's async
layer, as before), in fresh child processes. Reports units/s, CPU ms per unit (this process, all threads; on
PostgreSQL also the server's: the database's backends and the server's own processes) and p50/p99 of a unit.

    .venv/bin/python -m bench.store                      # both backends, 200 contacts x 10 turns
    .venv/bin/python -m bench.store --backend sqlite --contacts 200 --turns 20
    .venv/bin/python -m bench.store --backend postgres --hot-only --rounds 3 --source /tmp/before
        # side by side with another tree's bot/ (e.g. a `git worktree` of an earlier commit), rounds interleaved
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

PG_ADMIN_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
MARK = "STORE-RESULT "


async def unit(store: Any, n: int, turn: int) -> None:
    from bot.domain import ChatRef, InboundMessage, Outgoing, Reply, UserRef
    from bot.ports import ChangeSet, WorkKey

    user = UserRef("bench", f"u{n}", language_hint="en")
    chat = ChatRef("bench", f"c{n}")
    message = InboundMessage(platform="bench", external_id=f"u{n}-m{turn}", user=user, chat=chat,
                             text="someone logged into my email and changed the password")
    await store.ingest(message, [])
    snapshot = await store.load(WorkKey.of(message))
    record = snapshot.conversation
    record.state = {"flow": "intake", "step": f"q{turn}", "answers": {f"q{i}": "an answer" for i in range(turn)},
                    "history": [{"flow": "intake", "step": f"q{i}", "stack": []} for i in range(turn)]}
    committed = await store.commit(ChangeSet(
        snapshot.key, processed=[e.id for e in snapshot.inbound], contact=snapshot.contact, contact_changed=False,
        conversation=record, outbox=[Outgoing(chat, Reply(f"Question {turn + 1}: what happened next?"))]))
    for row in committed.outbound:
        await store.mark_sent(row.id, f"x{row.id}", now=datetime.now(UTC))


async def child(url: str, hot: bool, contacts: int, turns: int) -> dict[str, Any]:
    from bench.pipeline import postgres_cpu, postgres_cpu_used
    from bot.storage.db import Database
    from bot.storage.repository import SqlStore

    db = Database(url)
    await db.upgrade()
    store = SqlStore(db)
    if not hot:
        store.hot = None
    for turn in range(2):  # warm-up: every connection of the pool opened, its statements prepared (both commits)
        await asyncio.gather(*(unit(store, 10_000 + n, turn) for n in range(min(contacts, 20))))
    gate = asyncio.Semaphore(contacts)
    latencies: list[float] = []

    async def contact(n: int) -> None:
        async with gate:
            for turn in range(turns):
                started = time.perf_counter()
                await unit(store, n, turn)
                latencies.append(time.perf_counter() - started)

    database = url.rsplit("/", 1)[1] if url.startswith("postgresql") else None
    server = postgres_cpu(database) if database else {}
    cpu, wall = time.process_time(), time.perf_counter()
    await asyncio.gather(*(contact(n) for n in range(contacts)))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    used = postgres_cpu_used(server, postgres_cpu(database)) if database else {}
    await db.dispose()
    latencies.sort()
    units = contacts * turns
    return {"units": units, "units_per_s": units / wall, "cpu_ms_per_unit": cpu / units * 1000,
            "server_ms_per_unit": (used["bench"] + used["server"]) / units * 1000 if database else None,
            "p50_ms": latencies[len(latencies) // 2] * 1000, "p99_ms": latencies[int(len(latencies) * 0.99)] * 1000}


def run_child(backend: str, hot: bool, contacts: int, turns: int, source: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        name = f"frontdoor_store_{os.getpid()}"
        if backend == "sqlite":
            url = f"sqlite+aiosqlite:///{tmp}/bench.db"
        else:
            subprocess.run([sys.executable, str(ROOT / "scripts" / "throwaway_db.py"), "create", PG_ADMIN_URL, name],
                           check=True)
            url = f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
        try:
            out = subprocess.run([sys.executable, "-m", "bench.store", "--child", json.dumps(
                {"url": url, "hot": hot, "contacts": contacts, "turns": turns, "source": str(source)})], cwd=ROOT,
                check=True, capture_output=True, text=True).stdout
        finally:
            if backend != "sqlite":
                subprocess.run([sys.executable, str(ROOT / "scripts" / "throwaway_db.py"), "drop", PG_ADMIN_URL,
                                name], check=True)
        [line] = [x for x in out.splitlines() if x.startswith(MARK)]
        return json.loads(line[len(MARK):])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--contacts", type=int, default=200)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=1, help="runs of each scenario (fresh processes)")
    parser.add_argument("--hot-only", action="store_true", help="only the hot path, not SQLAlchemy's")
    parser.add_argument("--source", type=Path, action="append", default=[],
                        help="a tree whose bot/ is measured (repeatable; default: this checkout); with several, "
                             "each round runs every tree in turn")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        spec = json.loads(args.child)
        sys.path.insert(0, spec["source"])  # its bot/ before this checkout's
        print(MARK + json.dumps(asyncio.run(child(spec["url"], spec["hot"], spec["contacts"], spec["turns"]))))
        return 0
    backends = ("sqlite", "postgres") if args.backend == "both" else (args.backend,)
    sources = [source.resolve() for source in args.source] or [ROOT]
    print("| backend | path | tree | units/s | CPU ms/unit | PostgreSQL CPU ms/unit | p50 ms | p99 ms |\n"
          "|---|---|---|---|---|---|---|---|")
    for backend in backends:
        for hot in (True,) if args.hot_only else (False, True):
            for _ in range(args.rounds):
                for source in sources:
                    r = run_child(backend, hot, args.contacts, args.turns, source)
                    server = "-" if r["server_ms_per_unit"] is None else f"{r['server_ms_per_unit']:.2f}"
                    print(f"| {backend} | {'hot path' if hot else 'SQLAlchemy'} | {source.name} | "
                          f"{r['units_per_s']:,.0f} | {r['cpu_ms_per_unit']:.2f} | {server} | {r['p50_ms']:.1f} | "
                          f"{r['p99_ms']:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
