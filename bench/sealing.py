"""What encryption at rest (DATA_ENCRYPTION_KEY) costs a message: the English transcripts' victims play their
conversations through the real pipeline on SQLite, once in clear and once with a key, in fresh interpreters; the
sealer's own calls are timed where they happen (the column types, the hot path, the file store).

Not a test: it measures.

    .venv/bin/python -m bench.sealing                      # 60 victims, 10 at a time, clear then sealed, 3 rounds
    .venv/bin/python -m bench.sealing --victims 200 --rounds 5
    .venv/bin/python -m bench.sealing --backend postgres   # on a throwaway PostgreSQL database

Printed per run: messages/s, the bot's CPU per message (the process's user+system time over the measured part),
and with a key the sealer's CPU per message (every seal and open, counted and timed with thread_time around the
real calls), how many values it sealed and opened per message, and a 1 MB evidence file's seal and open time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MARK = "SEALING-RESULT "
PG_ADMIN_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"


def timed_sealer(counts: dict[str, float]) -> None:
    """Wrap the process's sealer's methods: each call adds its thread CPU time to `counts` (the real calls run)."""
    from bot.storage import sealing

    sealer = sealing.current()
    for name in ("seal", "open", "seal_bytes", "open_bytes"):
        real = getattr(sealer, name)

        def timed(value: Any, _real: Any = real, _name: str = name) -> Any:
            started = time.thread_time()
            try:
                return _real(value)
            finally:
                counts[_name + "_s"] = counts.get(_name + "_s", 0.0) + time.thread_time() - started
                counts[_name] = counts.get(_name, 0) + 1

        setattr(sealer, name, timed)


async def child(spec: dict[str, Any]) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from bench.pipeline import NullSender, add_channel, run_victims, victim_scripts
    from bot.app import build_app
    from bot.config import Settings
    from bot.runtime import tune_gc

    scripts = victim_scripts(ROOT)["scripts"]
    settings = Settings(database_url=spec["url"], data_dir=Path(spec["data_dir"]), _env_file=None,
                        data_encryption_key=spec["key"])
    app = await build_app(settings)
    add_channel(app, NullSender())
    tune_gc()
    counts: dict[str, float] = {}
    try:
        await run_victims(app, scripts, "warmup", 5, 5)
        timed_sealer(counts)
        cpu = os.times()
        latencies, wall = await run_victims(app, scripts, "measured", spec["victims"], spec["concurrency"])
        cpu_after = os.times()
        file_cost = {}
        if spec["key"]:
            from bot.storage import sealing

            photo = os.urandom(1 << 20)
            started = time.perf_counter()
            sealed = sealing.current().seal_bytes(photo)
            file_cost["seal_1mb_ms"] = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            sealing.current().open_bytes(sealed)
            file_cost["open_1mb_ms"] = (time.perf_counter() - started) * 1000
    finally:
        await app.close()
    messages = len(latencies)
    used = (cpu_after.user - cpu.user) + (cpu_after.system - cpu.system)
    sealer_s = sum(v for k, v in counts.items() if k.endswith("_s"))
    return {"messages": messages, "msgs_per_s": messages / wall, "cpu_ms_per_msg": used * 1000 / messages,
            "sealer_us_per_msg": sealer_s * 1e6 / messages,
            "sealed_per_msg": counts.get("seal", 0) / messages, "opened_per_msg": counts.get("open", 0) / messages,
            "p99_ms": sorted(latencies)[int(0.99 * (messages - 1))] * 1000, **file_cost}


def run_child(url: str, key: str | None, victims: int, concurrency: int, workdir: Path) -> dict[str, Any]:
    spec = {"url": url, "key": key, "victims": victims, "concurrency": concurrency, "data_dir": str(workdir / "data")}
    out = subprocess.run([sys.executable, "-m", "bench.sealing", "--child", json.dumps(spec)], cwd=ROOT,
                         capture_output=True, text=True, check=True, timeout=1800).stdout
    return json.loads(next(line for line in out.splitlines() if line.startswith(MARK))[len(MARK):])


def fresh_url(backend: str, workdir: Path, name: str) -> str:
    if backend == "sqlite":
        return f"sqlite+aiosqlite:///{workdir / 'frontdoor.db'}"
    subprocess.run([sys.executable, "scripts/throwaway_db.py", "create", PG_ADMIN_URL, name], cwd=ROOT, check=True)
    return f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--victims", type=int, default=60)
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(MARK + json.dumps(asyncio.run(child(json.loads(args.child)))))
        return 0
    from bot.storage.sealing import new_key

    key = new_key()
    print(f"bench.sealing: {args.victims} victims, {args.concurrency} at a time, {args.rounds} rounds, "
          f"{args.backend}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load {os.getloadavg()[0]:.1f}")
    results: dict[str, list[dict[str, Any]]] = {"clear": [], "sealed": []}
    for round_ in range(args.rounds):
        for mode in ("clear", "sealed"):  # side by side, each in a fresh interpreter and database
            with tempfile.TemporaryDirectory(prefix="frontdoor-sealing-") as tmp:
                name = f"frontdoor_sealing_{os.getpid()}_{round_}_{mode}"
                url = fresh_url(args.backend, Path(tmp), name)
                try:
                    result = run_child(url, key if mode == "sealed" else None, args.victims, args.concurrency,
                                       Path(tmp))
                finally:
                    if args.backend == "postgres":
                        subprocess.run([sys.executable, "scripts/throwaway_db.py", "drop", PG_ADMIN_URL, name],
                                       cwd=ROOT, check=False)
            results[mode].append(result)
            extra = (f", sealer {result['sealer_us_per_msg']:.0f} µs/msg ({result['sealed_per_msg']:.1f} sealed, "
                     f"{result['opened_per_msg']:.1f} opened), 1 MB file {result['seal_1mb_ms']:.1f}/"
                     f"{result['open_1mb_ms']:.1f} ms" if mode == "sealed" else "")
            print(f"  round {round_ + 1} {mode:>6}: {result['msgs_per_s']:6.0f} msg/s, "
                  f"CPU {result['cpu_ms_per_msg']:.2f} ms/msg, p99 {result['p99_ms']:.0f} ms{extra}", flush=True)
    for mode, runs in results.items():
        print(f"median {mode:>6}: {statistics.median(r['msgs_per_s'] for r in runs):.0f} msg/s, "
              f"CPU {statistics.median(r['cpu_ms_per_msg'] for r in runs):.2f} ms/msg")
    print(f"median sealer CPU: {statistics.median(r['sealer_us_per_msg'] for r in results['sealed']):.0f} µs/msg")
    return 0


if __name__ == "__main__":
    sys.exit(main())
