"""CPU of the message pipeline itself: simulated victims play the conversations of tests/transcripts, one message
at a time, through the real pipeline on the in-memory store, with and without `bot.runtime.tune_gc()`.

Not a test: it measures. Storage is kept cheap on purpose (the in-memory store, emptied after each victim so that
its linear scans stay short; it still copies a conversation's state on load and on commit, as a database would
(de)serialize it): what is left is the pipeline's own work (the handlers, the flow engine, the validators, the
translations, the turn's bookkeeping) and the garbage collector's pauses.

    .venv/bin/python -m bench.turn_cpu                      # 20 rounds of the transcripts, default GC then tuned GC
    .venv/bin/python -m bench.turn_cpu --victims 200 --modes tuned
    .venv/bin/python -m bench.turn_cpu --source /tmp/before # another tree (e.g. a `git archive` of a commit)
    .venv/bin/python -m bench.turn_cpu --profile            # and the share of copy.deepcopy and dateparser
    .venv/bin/python -m bench.turn_cpu --threshold 50000,20,20 --modes tuned,tuned-late --repeat 3

Victim n plays transcript n % (their number), in its language, files included; the first round warms up (imports
made on first use, caches) and is not measured. Each mode runs in a fresh interpreter (gc.freeze() is for the life
of a process): `default` is CPython's collector as it comes, `tuned` calls tune_gc() after the flows are loaded and
before the first message (where start-up calls it), `tuned-late` after the warm-up round. A victim's messages are
sent one after the other, each awaited as a person waits for the answer (`Pipeline.handle`: store, lock, load,
decide, commit, send to a no-op channel). Per message: the CPU time of the thread (time.thread_time: other
processes on the machine do not count) and the wall time of `handle`. Printed: CPU µs per message (mean) and its
percentiles per message (a collection counts in the message that triggered it), the wall percentiles, the
collector's pauses per generation, and a warning if a conversation did not leave the case its transcript says.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path(os.environ.get("FRONTDOOR_BENCH_SOURCE") or ROOT)
RESULT_MARK = "TURN-CPU-RESULT "
PLATFORM = "bench"
FALLBACK_THRESHOLD = (10_000, 10, 10)  # bot.runtime.GC_THRESHOLD, for a tree from before bot/runtime.py

# The victims play the transcripts of the tree under test (tests/transcripts/*.yaml, every language): victim n
# plays transcript n % len(transcripts), in the order of the file names, so every run is the same.
TRANSCRIPTS = Path("tests") / "transcripts"


def read_transcripts(source: Path) -> list[dict[str, Any]]:
    """[{name, language, turns: [(text, choice, file)], case}], by name."""
    import yaml

    found = []
    for path in sorted((source / TRANSCRIPTS).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        turns = []
        for turn in data.get("turns") or []:
            if "say" in turn:
                turns.append((str(turn["say"]), None, None))
            elif "press" in turn:
                turns.append((None, str(turn["press"]), None))
            elif "file" in turn:
                f = turn["file"]
                turns.append((None, None, (f["name"], f["type"], str(f["content"]))))
        # the case it leaves, as tests/test_transcripts.py checks it: "-" (not said), None (no case), or its fields
        found.append({"name": path.stem, "language": (data.get("user") or {}).get("language", "en"), "turns": turns,
                      "case": data.get("case", "-")})
    if not found:
        raise RuntimeError(f"no transcript in {source / TRANSCRIPTS}")
    return found


class NullSender:
    """A channel that sends nowhere: counts, and returns an id as a platform would."""

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
        return f"out-{self.sent}"

    async def edit(self, chat: Any, message_id: str, reply: Any) -> str:
        return message_id

    async def open_thread(self, chat: Any, title: str) -> str:
        self.sent += 1
        return f"thread-{self.sent}"


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


# -- the child: one mode, one process ------------------------------------------------------------------
class GcPauses:
    """The collector's pauses, by generation, through gc.callbacks: the CPU time of each collection (its wall
    time, on a busy machine, also counts the time other processes had the CPU)."""

    def __init__(self) -> None:
        self.pauses: dict[int, list[float]] = {0: [], 1: [], 2: []}
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.thread_time()
        else:
            self.pauses[info["generation"]].append(time.thread_time() - self._started)

    def summary(self) -> dict[str, Any]:
        return {str(gen): {"count": len(p), "total_ms": 1e3 * sum(p), "max_ms": 1e3 * max(p, default=0.0)}
                for gen, p in self.pauses.items()}


def _tune(threshold: list[int] | None) -> str:
    try:
        from bot.runtime import tune_gc
    except ImportError:  # a tree from before bot/runtime.py: the same calls
        gc.collect()
        gc.freeze()
        gc.set_threshold(*(threshold or FALLBACK_THRESHOLD))
        return "inline (no bot/runtime.py in this tree)"
    if threshold:
        tune_gc((threshold[0], threshold[1], threshold[2]))
    else:
        tune_gc()
    return "bot.runtime.tune_gc"


def _subset(expected: Any, actual: Any) -> bool:
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(_subset(v, actual.get(k)) for k, v in expected.items())
    return bool(expected == actual)


def _case_as_said(expected: Any, cases: list[dict[str, Any]]) -> bool:
    """The victim's conversation left the case its transcript says (the checks of tests/test_transcripts.py)."""
    if expected is None:
        return cases == []
    return len(cases) == 1 and all(_subset(value, cases[0].get(name)) for name, value in expected.items())


def _empty(store: Any) -> None:
    """Between victims (nothing is pending then): drop every row, so the in-memory store's scans stay short."""
    for name in ("messages", "contacts", "conversations", "cases", "evidence", "audit_events", "escalations",
                 "places", "indicators"):
        table = getattr(store, name, None)
        if isinstance(table, dict):
            table.clear()
    if isinstance(getattr(store, "case_log", None), list):
        store.case_log.clear()


async def child(spec: dict[str, Any]) -> dict[str, Any]:
    import bot
    from bot.app import build_pipeline, load_content
    from bot.config import Settings
    from bot.domain import Attachment, ChatRef, InboundMessage, UserRef
    from bot.storage.memory import MemoryFileStore, MemoryStore

    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(data_dir=Path(data_dir), _env_file=None)
        flows, translator = load_content(settings)
        store = MemoryStore(lease_seconds=settings.outbox_lease_seconds)
        sender = NullSender()
        pipeline = build_pipeline(settings, store, MemoryFileStore(), flows, translator, {PLATFORM: sender})
        result: dict[str, Any] = {"mode": spec["mode"], "bot_package": str(Path(bot.__file__).parent)}
        if spec["mode"] == "tuned":  # at start-up: after the imports and the flows, before any message
            result["tuned_by"] = _tune(spec["threshold"])

        transcripts = read_transcripts(SOURCE)
        checked = mismatched = 0
        cpu: list[float] = []
        wall: list[float] = []

        async def victim(n: int, prefix: str, measured: bool) -> None:
            nonlocal checked, mismatched
            transcript = transcripts[n % len(transcripts)]
            user_id = f"{prefix}-{n}"
            user = UserRef(PLATFORM, user_id, language_hint=transcript["language"])
            chat = ChatRef(PLATFORM, f"chat-{user_id}")
            for i, (text, choice, file) in enumerate(transcript["turns"]):
                attachments = (Attachment(file[0], file[1], file[2].encode()),) if file else ()
                message = InboundMessage(platform=PLATFORM, external_id=f"{user_id}-m{i}", user=user, chat=chat,
                                         text=text, choice=choice, attachments=attachments)
                c0, w0 = time.thread_time(), time.perf_counter()
                await pipeline.handle(message)
                w1, c1 = time.perf_counter(), time.thread_time()
                if measured:
                    cpu.append(c1 - c0)
                    wall.append(w1 - w0)
            if measured and transcript["case"] != "-":
                checked += 1
                mismatched += not _case_as_said(transcript["case"], await store.list_cases())
            _empty(store)

        warmup = len(transcripts) if spec["warmup"] is None else spec["warmup"]
        victims = 20 * len(transcripts) if spec["victims"] is None else spec["victims"]
        for n in range(warmup):
            await victim(n, "warmup", False)
        if spec["mode"] == "tuned-late":  # after the warm-up: the modules imported on first use are frozen too
            result["tuned_by"] = _tune(spec["threshold"])
        result["gc_threshold"] = gc.get_threshold()
        result["gc_frozen"] = gc.get_freeze_count()
        pauses = GcPauses()
        profiler = None
        if spec.get("profile"):
            import cProfile

            profiler = cProfile.Profile()
        gc.callbacks.append(pauses)
        if profiler is not None:
            profiler.enable()
        started_cpu, started = time.process_time(), time.perf_counter()
        for n in range(victims):
            await victim(n, "v", True)
        elapsed_cpu, elapsed = time.process_time() - started_cpu, time.perf_counter() - started
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(spec["profile"])
        gc.callbacks.remove(pauses)

    result.update(
        victims=victims, warmup=warmup, transcripts=len(transcripts), messages=len(cpu), checked=checked,
        mismatched=mismatched, sent=sender.sent,
        cpu_us_per_msg=1e6 * sum(cpu) / len(cpu), process_cpu_us_per_msg=1e6 * elapsed_cpu / len(cpu),
        wall_s=elapsed, msg_per_s=len(cpu) / elapsed,
        wall_ms={q: 1e3 * percentile(wall, float(q)) for q in ("50", "90", "99", "99.9", "100")},
        cpu_ms={q: 1e3 * percentile(cpu, float(q)) for q in ("50", "90", "99", "99.9", "100")},
        gc=pauses.summary(), peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return result


# -- the parent ------------------------------------------------------------------------------------------
def run_mode(args: argparse.Namespace, mode: str) -> dict[str, Any]:
    spec = {"mode": mode, "victims": args.victims, "warmup": args.warmup, "threshold": args.threshold,
            "profile": str(Path(args.profile_dir) / f"turn_cpu_{mode}.pstats") if args.profile else None}
    env = {**os.environ, "FRONTDOOR_BENCH_SOURCE": str(args.source)}
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", json.dumps(spec)],
                          cwd=args.source, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        raise RuntimeError(f"mode {mode} failed (exit {proc.returncode})")
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK):])
    raise RuntimeError(f"mode {mode} printed no result:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")


def print_result(r: dict[str, Any]) -> None:
    w, c, gcs = r["wall_ms"], r["cpu_ms"], r["gc"]
    print(f"{r['mode']:<10} {r['victims']} victims, {r['messages']:>6} msgs  CPU {r['cpu_us_per_msg']:5.0f} µs/msg "
          f"(process {r['process_cpu_us_per_msg']:.0f}); per message, ms of CPU: p50 {c['50']:.2f}  p90 {c['90']:.2f}  "
          f"p99 {c['99']:.2f}  p99.9 {c['99.9']:.2f}  max {c['100']:.2f}")
    print(f"         wall: {r['msg_per_s']:5.0f} msg/s; per message, ms: p50 {w['50']:.2f}  p90 {w['90']:.2f}  "
          f"p99 {w['99']:.2f}  p99.9 {w['99.9']:.2f}  max {w['100']:.2f}")
    print(f"         gc threshold {tuple(r['gc_threshold'])}, frozen {r['gc_frozen']} objects"
          + (f" ({r['tuned_by']})" if r.get("tuned_by") else "") + "; pauses: "
          + ", ".join(f"gen{g} {s['count']}x {s['total_ms']:.0f} ms (max {s['max_ms']:.1f})" for g, s in gcs.items())
          + f"; peak RSS {r['peak_rss_mb']:.0f} MB")
    if r["mismatched"]:
        print(f"         WARNING: {r['mismatched']} of {r['checked']} intakes did not end as their transcript says "
              "(its case): the transcripts no longer play as written")


def summarize_profile(path: str, top: int = 12) -> None:
    import pstats

    stats = pstats.Stats(path)
    entries = stats.stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in entries.values()) or 1.0

    def cumulative(match: Any) -> float:
        # the outermost calls only (recursion is counted once): entries none of whose callers match
        return sum(v[3] for k, v in entries.items() if match(k) and not any(match(c) for c in v[4]))

    deepcopy = cumulative(lambda k: k[0].endswith("/copy.py") and k[2] == "deepcopy")
    dateparser = cumulative(lambda k: "/dateparser/" in k[0])
    print(f"  profile {path}: {total:.2f} s own time; copy.deepcopy {100 * deepcopy / total:.1f} %, "
          f"dateparser {100 * dateparser / total:.1f} % (cumulative)")
    by_caller: dict[Any, float] = {}
    for k, v in entries.items():
        if k[0].endswith("/copy.py") and k[2] == "deepcopy":
            for c, cv in v[4].items():
                if not c[0].endswith("/copy.py"):
                    by_caller[c] = by_caller.get(c, 0.0) + cv[3]
    for caller, t in sorted(by_caller.items(), key=lambda kv: -kv[1])[:6]:
        print(f"    deepcopy from {caller[0].split('/')[-2]}/{caller[0].split('/')[-1]}:{caller[1]}({caller[2]}) "
              f"{100 * t / total:.1f} %")
    print(f"    top {top} by own time:")
    for tt, key in sorted(((v[2], k) for k, v in entries.items()), reverse=True)[:top]:
        short = key[0].split("site-packages/")[-1].replace(str(ROOT) + "/", "")
        print(f"      {100 * tt / total:5.1f} %  {short}:{key[1]}({key[2]})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--victims", type=int, help="measured victims (default: 20 rounds of the transcripts)")
    parser.add_argument("--warmup", type=int, help="victims not measured, first (default: one round)")
    parser.add_argument("--modes", default="default,tuned",
                        help="comma-separated: default, tuned (tune_gc at start-up), tuned-late (after the warm-up)")
    parser.add_argument("--threshold", help="gen0,gen1,gen2 thresholds for the tuned modes (default: tune_gc's)")
    parser.add_argument("--source", type=Path, default=SOURCE, help="the tree whose bot/ is measured")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each mode (each in a fresh process)")
    parser.add_argument("--profile", action="store_true", help="cProfile the measured part (slows it 2x)")
    parser.add_argument("--profile-dir", default=tempfile.gettempdir())
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        if str(SOURCE) not in sys.path:
            sys.path.insert(0, str(SOURCE))
        result = asyncio.run(child(json.loads(args.child)))
        print(RESULT_MARK + json.dumps(result), flush=True)
        return 0
    args.threshold = [int(part) for part in args.threshold.split(",")] if args.threshold else None
    args.source = args.source.resolve()
    print(f"source {args.source}; victims play its transcripts in turn, one message at a time; "
          f"Python {sys.version.split()[0]}")
    results = []
    for _ in range(args.repeat):
        for mode in args.modes.split(","):
            result = run_mode(args, mode)
            results.append(result)
            print_result(result)
            if args.profile:
                summarize_profile(result.get("profile") or str(Path(args.profile_dir) / f"turn_cpu_{mode}.pstats"))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
