"""What the channel benchmarks share: the victims' script, the bot subprocess, measuring, the run's report and flags."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import platform
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# -- the victims ------------------------------------------------------------------------------------------
# Their scripts are the English transcripts of the code under test (tests/transcripts/*.yaml, not fr_*, user
# language en) whose `case:` says `intake_complete: true`, read at bench time: `--commit` plays that commit's
# intake with that commit's transcripts. `say: X` is typed (X, None), `press: Y` is pressed (None, Y); a `file:`
# turn is left out (an evidence question then goes on with the `_done` that follows it, as with no file). Script n
# is transcript n % SCRIPT_KINDS in the order of the file names, so a run is the same every time.
# SCRIPT_KINDS (how many) and SCRIPT_NAMES (their file names, without .yaml) are read on first use, from this
# checkout, or from the one `checkout()` gives; bench/pipeline.py reads them with read_scripts(): its children run a
# lone copy of that file and are handed the scripts.
Step = tuple[str | None, str | None]
TRANSCRIPTS = Path("tests") / "transcripts"
_SCRIPTS: list[tuple[str, list[Step]]] = []  # (name, steps), by name


def read_scripts(source: Path = ROOT) -> list[tuple[str, list[Step]]]:
    """(transcript name, steps) of each English transcript under `source` that completes the intake, by name."""
    import yaml

    found = []
    for path in sorted((source / TRANSCRIPTS).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        case, user = data.get("case"), data.get("user") or {}
        if path.name.startswith("fr_") or user.get("language", "en") != "en" or \
                not isinstance(case, dict) or case.get("intake_complete") is not True:
            continue
        steps: list[Step] = []
        for turn in data.get("turns") or []:
            if "say" in turn:
                steps.append((str(turn["say"]), None))  # str(): as tests/test_transcripts.py reads it
            elif "press" in turn:
                steps.append((None, str(turn["press"])))
        found.append((path.stem, steps))
    if not found:
        raise RuntimeError(f"no English transcript in {source / TRANSCRIPTS} completes the intake "
                           "(`case:` with `intake_complete: true`): nothing for the victims to play")
    return found


def use_scripts(source: Path = ROOT) -> None:
    """The victims play the transcripts of `source` from now on (SCRIPT_KINDS and SCRIPT_NAMES follow)."""
    _SCRIPTS[:] = read_scripts(source)


def _scripts() -> list[tuple[str, list[Step]]]:
    if not _SCRIPTS:
        use_scripts()
    return _SCRIPTS


def __getattr__(name: str) -> Any:  # SCRIPT_KINDS and SCRIPT_NAMES: of the scripts in use (this checkout's at first)
    if name == "SCRIPT_KINDS":
        return len(_scripts())
    if name == "SCRIPT_NAMES":
        return tuple(title for title, _ in _scripts())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def script(n: int) -> list[Step]:
    """What victim number n types (text) or presses / picks (choice), in order: a whole intake."""
    scripts = _scripts()
    return list(scripts[n % len(scripts)][1])


def describe_counts(counts: dict[int, list[int]]) -> str:
    """Bot messages per turn of each script (counts: script number -> messages per turn)."""
    scripts = _scripts()
    return "; ".join(f"{scripts[n][0]}: {c}" for n, c in sorted(counts.items()) if n < len(scripts))


# -- measuring ----------------------------------------------------------------------------------------
def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


class Rates:
    """Rates and the summary of one scenario's result. The subclass is a dataclass with messages, bot_messages,
    wall_s and turns, whose ms(what, q) gives the latencies named in LATENCIES."""

    LATENCIES: tuple[str, ...] = ()
    messages: int
    bot_messages: int
    wall_s: float

    @property
    def msgs_per_s(self) -> float:
        return self.messages / self.wall_s if self.wall_s else 0.0

    @property
    def bot_msgs_per_s(self) -> float:
        return self.bot_messages / self.wall_s if self.wall_s else 0.0

    def ms(self, what: str, q: float) -> float:
        raise NotImplementedError

    def summary(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if k != "turns"}  # type: ignore[call-overload]
        data.update(msgs_per_s=self.msgs_per_s, bot_msgs_per_s=self.bot_msgs_per_s)
        for what in self.LATENCIES:
            for q in (50, 90, 99, 100):
                data[f"{what}_p{q}_ms"] = self.ms(what, q)
        return data


class UntilSent:
    """For a timed fake, put before the fake class: cheap waiting for the bot's messages to one chat (channel).
    The fake keeps `sent_at` (a defaultdict(list): chat id -> bot message times) and `_waiting` ({}), and calls
    `_wake_until_sent(chat_id)` after each append to sent_at[chat_id]."""

    sent_at: dict[int, list[float]]
    _waiting: dict[int, tuple[int, asyncio.Future[None]]]

    def _wake_until_sent(self, chat_id: int) -> None:
        waiting = self._waiting.get(chat_id)
        if waiting and len(self.sent_at[chat_id]) >= waiting[0] and not waiting[1].done():
            waiting[1].set_result(None)

    async def until_sent(self, chat_id: int, count: int, timeout: float) -> None:  # noqa: ASYNC109
        """Until the bot has sent `count` messages to the chat (channel) in all."""
        if len(self.sent_at[chat_id]) >= count:
            return
        future = asyncio.get_running_loop().create_future()
        self._waiting[chat_id] = (count, future)
        try:
            await asyncio.wait_for(future, timeout)
        finally:
            self._waiting.pop(chat_id, None)


# -- the bot process ------------------------------------------------------------------------------------
class BotProcess:
    """A bot subprocess configured only by environment (kept here so that the benchmarks do not depend on the
    test harness); `output` keeps what it printed, start() returns once it printed the `ready` line."""

    def __init__(self, argv: list[str], cwd: Path, env: dict[str, str], ready: str) -> None:
        self.argv, self.cwd, self.env, self.ready = argv, cwd, env, ready
        self.process: asyncio.subprocess.Process | None = None
        self.output: list[str] = []
        self._reader: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            *self.argv, cwd=self.cwd, env=self.env, stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        self._reader = asyncio.create_task(self._read(self.process))
        await asyncio.wait_for(self._ready.wait(), 90)  # set when the ready line is printed, or when it exits
        if self.process.returncode is not None:
            raise RuntimeError("the bot exited at start-up:\n" + self.text[-3000:])

    async def _read(self, process: asyncio.subprocess.Process) -> None:
        assert process.stdout is not None
        async for line in process.stdout:
            self.output.append(line.decode(errors="replace"))
            if self.ready in self.output[-1]:
                self._ready.set()
        self._ready.set()

    async def stop(self) -> int:
        if self.process is None:
            return 0
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            code = await asyncio.wait_for(self.process.wait(), 30)
        except TimeoutError:
            self.process.kill()
            code = await self.process.wait()
        if self._reader is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._reader, 5)
        return code

    async def stop_checked(self, name: str, ok: tuple[int, ...] = (0,)) -> list[str]:
        """Stops the bot; returns notes on a traceback in its output and on an exit code not in `ok`."""
        code = await self.stop()
        notes = []
        if "Traceback" in self.text:
            notes.append(f"{name}: a traceback in the bot's output")
        if code not in ok:
            notes.append(f"{name}: exit code {code}")
        return notes

    @property
    def text(self) -> str:
        return "".join(self.output)

    @property
    def log(self) -> list[str]:
        """What it printed, but INFO lines."""
        return [line.rstrip() for line in self.output if " INFO " not in line]

    def cpu_seconds(self) -> float:
        import psutil

        try:
            times = psutil.Process(self.process.pid).cpu_times()  # type: ignore[union-attr]
        except (psutil.Error, AttributeError):
            return float("nan")
        return times.user + times.system


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- the machine and the code under test ------------------------------------------------------------------------
def cpu_model(default: str = "") -> str:
    """The CPU's model name from /proc/cpuinfo, or `default`."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return default


def machine() -> str:
    cpu = cpu_model()
    import psutil

    return (f"{os.cpu_count()} cores ({cpu or platform.processor()}), {psutil.virtual_memory().total / 2**30:.0f} GiB "
            f"RAM, Linux {platform.release()}; Python {platform.python_version()}")


def versions(*names: str) -> str:
    from importlib.metadata import version

    return ", ".join(f"{n} {version(n)}" for n in names)


def git(*args: str) -> str:
    """What `git args` prints in this checkout, "?" where it fails."""
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def snapshot(rev: str, into: Path) -> str:
    """A clean `git archive` of rev in `into`; returns the short commit."""
    short = subprocess.run(["git", "rev-parse", "--short", rev], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.strip()
    archive = subprocess.run(["git", "archive", "--format=tar", rev], cwd=ROOT, capture_output=True, check=True)
    into.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return short


@contextlib.contextmanager
def checkout(rev: str | None) -> Iterator[tuple[Path, str]]:
    """(the code under test, its short commit): a clean `git archive` of rev in a temporary folder, removed on the
    way out; without rev this checkout, and "". The victims' scripts are read from there."""
    if not rev:
        use_scripts(ROOT)
        yield ROOT, ""
        return
    source_dir = Path(tempfile.mkdtemp(prefix="frontdoor-bench-source-"))
    short = snapshot(rev, source_dir / "src")
    use_scripts(source_dir / "src")  # the victims play that commit's transcripts, which fit its flows
    try:
        yield source_dir / "src", short
    finally:
        shutil.rmtree(source_dir, ignore_errors=True)


def commit(source: Path, source_commit: str, paths: tuple[str, ...], changed: str) -> str:
    """The commit under test: the archived one, or HEAD with `changed` said when `paths` have uncommitted changes."""
    if source != ROOT:
        return f"{source_commit} (clean git archive)"
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", *paths], cwd=ROOT, capture_output=True,
                               text=True).stdout.strip()
        return head + (f" ({changed})" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


# -- the report -------------------------------------------------------------------------------------------------
def ratio_table(by: dict[tuple[str, str], dict[str, Any]], scenarios: tuple[str, ...]) -> list[str]:
    """Markdown lines comparing frontdoor with the bare bot per scenario (`by`: (system, scenario) -> row); none
    where no scenario has both."""
    ratios = []
    for scenario in scenarios:
        front, bare = by.get(("frontdoor", scenario)), by.get(("bare", scenario))
        if front and bare and bare["msgs_per_s"]:
            ratios.append(f"| {scenario} | {front['msgs_per_s'] / bare['msgs_per_s']:.2f} | "
                          f"{front['total_p50_ms'] / bare['total_p50_ms']:.1f} | "
                          f"{front['total_p99_ms'] / bare['total_p99_ms']:.1f} |")
    if not ratios:
        return []
    return ["", "| frontdoor / bare | msgs/s | p50 | p99 |", "| --- | --- | --- | --- |", *ratios]


def finish(report: dict[str, Any], text: str, remark: str, args: argparse.Namespace) -> int:
    """Prints the run (its header, the tables `text`, `remark` and the notes), writes --json and --markdown;
    returns the exit code: 1 if a victim failed."""
    print()
    print(f"{report['date']}, commit {report['commit']}, {report['machine']}")
    print(f"{report['versions']}; whole run {report['seconds']:.0f} s; load average (1 min) at the start "
          f"{report['loadavg_start'][0]:.2f}, at the end {report['loadavg'][0]:.2f}")
    print(text)
    print()
    print(remark)
    for note in report["notes"]:
        print("note:", note)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    if args.markdown:
        Path(args.markdown).write_text(text + "\n", encoding="utf-8")
    failures = sum(len(r["failures"]) for r in report["results"])
    return 1 if failures else 0


FLAGS: dict[str, dict[str, Any]] = {
    "--light-victims": {"type": int, "default": 10, "help": "victims of the light-load scenario (10)"},
    "--think": {"type": float, "default": 0.7, "help": "mean think time of the light scenario, s (0.7)"},
    "--turn-timeout": {"type": float, "default": 60.0, "help": "seconds a victim waits for a reply (60)"},
    "--seed": {"type": int, "default": 1},
    "--commit": {"metavar": "REV",
                 "help": "benchmark a clean `git archive` of REV (bot/ and the fake) instead of the checkout"},
    "--keep": {"action": "store_true", "help": "keep the temporary folder (SQLite files)"},
    "--json": {"metavar": "FILE", "help": "also write every number as JSON"},
    "--markdown": {"metavar": "FILE", "help": "also write the tables as Markdown"},
    "--serve-bare": {"action": "store_true", "help": argparse.SUPPRESS},
}


def add_flags(parser: argparse.ArgumentParser, *names: str) -> None:
    """The flags both channel benchmarks take, in the order given."""
    for name in names:
        parser.add_argument(name, **FLAGS[name])
