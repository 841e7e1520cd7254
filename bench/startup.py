"""Start-up benchmark: how long `python -m bot run` takes to answer `GET /healthz`.

Not a test: it measures, it asserts nothing about speed. Each run starts `python -m bot run --no-console` as a
subprocess with no platform token (SQLite, the HTTP endpoints only), polls `http://127.0.0.1:PORT/healthz` every
10 ms from the moment the process is spawned, records the time to the first 200, then stops the bot (SIGTERM,
then SIGKILL after 15 s) and checks that it exited cleanly. Two cases:

- existing: a database the schema is already current in (the figure that counts: every restart of a worker);
- fresh: a new, empty SQLite file each run (the first start migrates it).

One run on a fresh database comes first and is not counted: it writes the .pyc files (a `--commit` archive has
none) and leaves the database the "existing" runs start on. The runs then alternate existing / fresh, so that a
busy machine weighs on both alike. Last, `python -X importtime -c "import bot.app"` shows where import time goes.

    .venv/bin/python -m bench.startup                    # 5 runs of each, about 30 s
    .venv/bin/python -m bench.startup --runs 10 --json startup.json
    .venv/bin/python -m bench.startup --commit HEAD      # a clean `git archive` of a commit (before/after)

The bot runs with the working directory in a temporary folder (no `.env` is read) and PYTHONPATH pointing at the
code under test; every setting it needs is in its environment: DATABASE_URL, DATA_DIR, HTTP_HOST, HTTP_PORT and
LOG_LEVEL. Platform tokens and channel settings of the caller's environment are removed.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DROPPED = re.compile(r"^(TELEGRAM_|DISCORD_|DATABASE_URL$|DATA_DIR$|HTTP_|LOG_LEVEL$|FRONTDOOR_)")
IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


@dataclass
class Run:
    case: str  # "existing" or "fresh"
    seconds: float | None  # to the first 200 from /healthz; None: never
    exit_code: int | None
    notes: list[str] = field(default_factory=list)


# -- the bot process ------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bot_env(source: Path, data_dir: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not DROPPED.match(k)}
    env.update(PYTHONPATH=str(source), DATABASE_URL=f"sqlite+aiosqlite:///{data_dir / 'frontdoor.db'}",
               DATA_DIR=str(data_dir), HTTP_HOST="127.0.0.1", HTTP_PORT=str(port), LOG_LEVEL="WARNING")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the warm-up run writes the .pyc files the measured runs use
    return env


def healthy(port: int) -> bool:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        conn.request("GET", "/healthz")
        return conn.getresponse().status == 200
    except OSError:  # not listening yet
        return False
    finally:
        conn.close()


def stop(process: subprocess.Popen[bytes]) -> int:
    """SIGTERM, then SIGKILL if it has not exited within 15 s; its exit code."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        return process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


def start_once(case: str, source: Path, data_dir: Path, timeout: float, work: Path) -> Run:
    """One start of the bot on the database in `data_dir`: the time to its first 200 on /healthz."""
    port = free_port()
    log_path = work / f"bot-{time.monotonic_ns()}.log"
    with log_path.open("wb") as log:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "bot", "run", "--no-console"], cwd=work,
                                   env=bot_env(source, data_dir, port), stdin=subprocess.DEVNULL, stdout=log,
                                   stderr=subprocess.STDOUT)
        seconds: float | None = None
        try:
            while time.perf_counter() - started < timeout and process.poll() is None:
                if healthy(port):
                    seconds = time.perf_counter() - started
                    break
                time.sleep(0.01)
        finally:
            code = stop(process)
    output = log_path.read_text(encoding="utf-8", errors="replace")
    notes = []
    if seconds is None:
        notes.append(f"{case}: no 200 from /healthz within {timeout:.0f} s (exit code {code}):\n{output[-2000:]}")
    elif code != 0:
        notes.append(f"{case}: exit code {code} after SIGTERM")
    if "Traceback" in output:
        notes.append(f"{case}: a traceback in the bot's output:\n{output[-2000:]}")
    return Run(case, seconds, code, notes)


# -- the code under test --------------------------------------------------------------------------------------
@contextlib.contextmanager
def checkout(rev: str | None) -> Iterator[tuple[Path, str]]:
    """(the code under test, its description): a clean `git archive` of rev in a temporary folder, or this
    checkout (whose uncommitted changes, everyone's, are then measured too)."""
    if not rev:
        head = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--", "bot")
        yield ROOT, head + (" + uncommitted changes under bot/" if dirty else "")
        return
    folder = Path(tempfile.mkdtemp(prefix="frontdoor-startup-source-"))
    try:
        short = git("rev-parse", "--short", rev)
        archive = subprocess.run(["git", "archive", "--format=tar", rev], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
        yield folder, f"{short} (clean git archive)"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


# -- import time ----------------------------------------------------------------------------------------------
Timings = list[tuple[str, float]]


def import_times(source: Path, work: Path, module: str) -> tuple[float, Timings, Timings]:
    """`python -X importtime -c "import module"`: its total (ms), the top-level packages by the time their own
    modules took (ms, self time summed: no double counting), and the slowest single modules (self ms)."""
    env = {k: v for k, v in os.environ.items() if not DROPPED.match(k)}
    env["PYTHONPATH"] = str(source)
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"], cwd=work, env=env,
                          capture_output=True, text=True, check=True)
    rows = [(int(m[1]), int(m[2]), len(m[3]) // 2, m[4]) for m in map(IMPORT_LINE.match, done.stderr.splitlines())
            if m]
    total = next((cum for _, cum, depth, name in rows if name == module and depth == 0), 0) / 1000
    packages: dict[str, float] = {}
    for own, _, _, name in rows:
        root = name.split(".")[0]
        packages[root] = packages.get(root, 0.0) + own / 1000
    modules = sorted(((name, own / 1000) for own, _, _, name in rows), key=lambda item: -item[1])
    return total, sorted(packages.items(), key=lambda item: -item[1]), modules


# -- the run -------------------------------------------------------------------------------------------------
def summary(runs: list[Run], case: str) -> dict[str, Any]:
    times = [r.seconds for r in runs if r.case == case and r.seconds is not None]
    failed = sum(1 for r in runs if r.case == case and r.seconds is None)
    if not times:
        return {"runs": 0, "failed": failed}
    return {"runs": len(times), "failed": failed, "median_s": statistics.median(times), "min_s": min(times),
            "max_s": max(times), "all_s": times}


def measure(args: argparse.Namespace, source: Path, work: Path) -> list[Run]:
    existing = work / "existing"
    existing.mkdir()
    warmup = start_once("warm-up", source, existing, args.timeout, work)  # migrates `existing`, writes .pyc
    if warmup.seconds is None:
        raise RuntimeError("the bot did not start:\n" + "\n".join(warmup.notes))
    print(f"warm-up (fresh database, not counted): {warmup.seconds:.2f} s", flush=True)
    runs = [warmup] if warmup.notes else []  # its notes are reported; its time is not counted
    for n in range(args.runs):
        for case in ("existing", "fresh"):
            if case == "existing":
                data_dir = existing
            else:
                data_dir = work / f"fresh-{n}"
                data_dir.mkdir()
            run = start_once(case, source, data_dir, args.timeout, work)
            runs.append(run)
            shown = f"{run.seconds:.2f} s" if run.seconds is not None else "no answer"
            print(f"run {n + 1}/{args.runs} {case:<8} {shown}", flush=True)
            if case == "fresh" and not args.keep:
                shutil.rmtree(data_dir, ignore_errors=True)
    return runs


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each case (5)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a run may take to answer (60)")
    parser.add_argument("--top", type=int, default=12, help="import-time offenders shown (12)")
    parser.add_argument("--module", default="bot.app", help="the module `-X importtime` imports (bot.app)")
    parser.add_argument("--no-importtime", action="store_true", help="skip the import-time breakdown")
    parser.add_argument("--commit", metavar="REV", help="measure a clean `git archive` of REV instead of the checkout")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (databases, bot logs)")
    parser.add_argument("--json", metavar="FILE", help="also write every number as JSON")
    args = parser.parse_args(argv)

    # SIGTERM to the benchmark unwinds like Ctrl-C: every `finally` stops its bot and removes its folder
    signal.signal(signal.SIGTERM, _interrupt)
    work = Path(tempfile.mkdtemp(prefix="frontdoor-startup-"))
    began = time.time()
    try:
        with checkout(args.commit) as (source, described):
            print(f"code under test: {described}; {os.cpu_count()} cores, Python {platform.python_version()}, "
                  f"load average {os.getloadavg()[0]:.2f}", flush=True)
            runs = measure(args, source, work)
            imports = None if args.no_importtime else import_times(source, work, args.module)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    report: dict[str, Any] = {"commit": described, "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(began)),
                              "cores": os.cpu_count(), "python": platform.python_version(),
                              "loadavg_end": os.getloadavg()[0], "runs": [asdict(r) for r in runs],
                              "existing": summary(runs, "existing"), "fresh": summary(runs, "fresh")}
    print()
    print(f"time to the first 200 from /healthz, {args.runs} runs each ({described}):")
    print("| database | median s | min s | max s |")
    print("| --- | ---: | ---: | ---: |")
    for case in ("existing", "fresh"):
        row = report[case]
        if row["runs"]:
            print(f"| {case} | {row['median_s']:.2f} | {row['min_s']:.2f} | {row['max_s']:.2f} |")
        else:
            print(f"| {case} | - | - | - |")
    if imports is not None:
        total, packages, modules = imports
        report["importtime"] = {"module": args.module, "total_ms": total, "packages_ms": dict(packages),
                                "modules_ms": dict(modules[: args.top])}
        print()
        print(f"`python -X importtime -c \"import {args.module}\"`: {total:.0f} ms in all")
        print("by package (own time of its modules, ms): " +
              ", ".join(f"{name} {ms:.0f}" for name, ms in packages[: args.top]))
        print("slowest modules (own time, ms): " + ", ".join(f"{name} {ms:.1f}" for name, ms in modules[: args.top]))
    notes = [note for run in runs for note in run.notes]
    for note in notes:
        print("note:", note)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 1 if any(r.seconds is None for r in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
