"""Escalation benchmark: how fast an urgent case reaches the volunteer chats, and how fast the scheduler drains due
escalation steps. Not a test: it measures and prints; it asserts nothing about speed.

    .venv/bin/python -m bench.escalation                         # both parts, about 10 minutes on 2 busy cores
    .venv/bin/python -m bench.escalation --victims 10 --escalations 200      # quicker
    .venv/bin/python -m bench.escalation --part cards --desks discord        # one part, one volunteer chat

1. cards: the real bot (`python -m bot run`, as tests/escalation_harness.py runs it) on the fake Telegram AND the fake
   Discord, on a fresh SQLite file. N victims on Telegram (`--victims`, 50) each say hello and agree; then each sends
   /human (all at once with `--interval 0`, else one every `--interval` s). Measured in the fakes, from the moment
   the /human update is put in the fake Telegram to the moment the case's card (the message with its Claim button)
   arrives in the Telegram forum group and in the Discord desk channel's thread; also to the victim's answer with
   the reference, and to the first page of an on-call volunteer (step 1 of the chain).
2. scheduler: `EscalationRunner` in this process on PostgreSQL (a throwaway database) with recording channels (no
   network, no rate limits: the scheduler and the database alone). `--escalations` cases (1,000) are stored with an
   active escalation through the store's change sets; one change set then makes every first step due at the same
   instant T0 (a backlog, as after an outage); the runner's own loop (tick, then 0.25 s pause when idle, as
   `python -m bot run` does) runs until every chain has run out: three steps `--wait` s apart, then the victim is
   told that nobody is free. Reported: steps per second while the backlog drains, and each step's lateness (when
   its pages were sent minus its due time), by step. Checked: every step once in the audit, every page once in the
   recording channels.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench import common

sys.path.insert(0, str(common.ROOT))  # tests/ (the fakes and the harness) when run as a file
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

ADMIN_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
REFERENCE = re.compile(r"FD-\d{4}-\d{6}")


# -- 1. the cards: victim's /human -> card in each volunteer chat ------------------------------------------------
@dataclass
class Arrivals:
    """When (time.monotonic()) each thing about a case was first seen in a fake."""

    asked: dict[int, float] = field(default_factory=dict)  # victim -> /human put in the fake
    reference: dict[int, str] = field(default_factory=dict)  # victim -> case reference
    answered: dict[int, float] = field(default_factory=dict)  # victim -> answer with the reference
    telegram_card: dict[str, float] = field(default_factory=dict)  # reference -> card in the Telegram topic
    discord_card: dict[str, float] = field(default_factory=dict)  # reference -> card in the Discord thread
    first_page: dict[str, float] = field(default_factory=dict)  # reference -> first DM page to a volunteer


async def cards(args: argparse.Namespace, notes: list[str]) -> dict[str, Any]:
    from tests.escalation_harness import FORUM, Desk, DeskBot, enrol, telegram_buttons
    from tests.fakes.discord import FakeDiscord
    from tests.fakes.telegram import FakeTelegram
    from tests.telegram_harness import TOKEN

    desks = {"both": ("telegram", "discord"), "telegram": ("telegram",), "discord": ("discord",)}[args.desks]
    folder = Path(tempfile.mkdtemp(prefix="bench-escalation-"))
    url = f"sqlite+aiosqlite:///{folder / 'frontdoor.db'}"
    seen = Arrivals()
    victims = list(range(20_001, 20_001 + args.victims))
    async with FakeTelegram(token=TOKEN) as telegram, FakeDiscord(heartbeat_interval=0.5) as discord:
        desk = Desk(telegram, discord)
        people = [desk.person("Ann", ["en"]), desk.person("Olena", ["uk", "en"])]
        await enrol(url, people)
        env = {} if "telegram" in desks else {"TELEGRAM_VOLUNTEER_CHAT_ID": ""}
        bot = DeskBot(desk, url, folder, discord="discord" in desks, **env)
        await bot.start()
        try:
            started = time.monotonic()
            await asyncio.gather(*(_prepare(telegram, v) for v in victims))
            print(f"cards: {len(victims)} victims said hello and agreed in {time.monotonic() - started:.1f} s",
                  flush=True)

            # The watchers run in this process's event loop, beside the fakes: they read only what is new since
            # their last look (the fakes' own dicts, in arrival order), so that watching does not slow the fakes.
            offsets: Counter[Any] = Counter()

            def new_messages(fake: Any, chat: int) -> list[dict]:
                messages = list(fake._messages.get(chat, {}).values())
                fresh = messages[offsets[(id(fake), chat)]:]
                offsets[(id(fake), chat)] = len(messages)
                return fresh

            bot_id = str(discord.bot_id)

            def look_telegram() -> bool:
                now = time.monotonic()
                for victim in victims:
                    if victim in seen.asked and victim not in seen.answered:
                        for message in new_messages(telegram, victim):
                            if found := REFERENCE.search(message.get("text", "")):
                                seen.reference[victim], seen.answered[victim] = found.group(0), now
                for message in new_messages(telegram, FORUM):
                    for data in telegram_buttons(message):
                        if data.startswith("case:claim:"):
                            seen.telegram_card.setdefault(data.removeprefix("case:claim:"), now)
                for person in people:
                    for message in new_messages(telegram, person.telegram_id):
                        if found := REFERENCE.search(message.get("text", "")):
                            seen.first_page.setdefault(found.group(0), now)
                return done()

            def look_discord() -> bool:
                now = time.monotonic()
                channels = list(discord._channels.items())  # the fake lists no threads: its own dict
                for channel_id, channel in channels[offsets["discord channels"]:]:
                    if channel.get("parent_id") == str(desk.channel):
                        threads.append(channel_id)
                offsets["discord channels"] = len(channels)
                for thread in threads:
                    for message in new_messages(discord, thread):
                        if message["author"]["id"] != bot_id:
                            continue
                        for row in message.get("components", []):
                            for item in row.get("components", []):
                                custom_id = item.get("custom_id", "")
                                if custom_id.startswith("fd:case:claim:"):
                                    seen.discord_card.setdefault(custom_id.removeprefix("fd:case:claim:"), now)
                for person in people:
                    if person.discord_id in discord._dm_of:
                        for message in new_messages(discord, discord._dm_of[person.discord_id]):
                            if found := REFERENCE.search(message.get("content", "")):
                                seen.first_page.setdefault(found.group(0), now)
                return done()

            threads: list[int] = []

            def done() -> bool:
                if len(seen.answered) < len(victims):
                    return False
                wanted = [seen.telegram_card] if "telegram" in desks else []
                wanted += [seen.discord_card] if "discord" in desks else []
                return all(reference in arrived for arrived in wanted for reference in seen.reference.values())

            async def ask() -> None:
                for victim in victims:
                    seen.asked[victim] = time.monotonic()
                    telegram.user_sends(victim, "/human")
                    if args.interval:
                        await asyncio.sleep(args.interval)

            asking = asyncio.create_task(ask())
            watchers = [asyncio.create_task(telegram.wait_for(look_telegram, timeout=args.card_timeout))]
            if "discord" in desks:
                watchers.append(asyncio.create_task(discord.wait_for(look_discord, timeout=args.card_timeout)))
            try:
                await asyncio.gather(asking, *watchers)
            except TimeoutError as exc:
                notes.append(f"cards: not every card arrived within {args.card_timeout:.0f} s ({str(exc)[:200]})")
                for task in watchers:
                    task.cancel()
            finished = time.monotonic()
            look_telegram()
            look_discord()
        finally:
            notes.extend(await bot_notes(bot))
        result: dict[str, Any] = {"victims": len(victims), "desks": list(desks), "interval_s": args.interval,
                                  "wall_s": finished - started}
        for name, table in (("victim's answer", None), ("Telegram card", seen.telegram_card),
                            ("Discord card", seen.discord_card), ("first page", seen.first_page)):
            platform = name.split()[0].lower()
            if platform in ("telegram", "discord") and platform not in desks:
                continue
            times = []
            for victim in victims:
                reference = seen.reference.get(victim)
                when = seen.answered.get(victim) if table is None else (table.get(reference) if reference else None)
                if when is not None:
                    times.append(when - seen.asked[victim])
            result[name] = summary(times, len(victims))
        result["topics"] = len([t for t in telegram.topics(FORUM).values() if REFERENCE.search(t["name"])])
        result["threads"] = len([c for c in discord._channels.values() if c.get("parent_id") == str(desk.channel)])
    if not args.keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return result


async def _prepare(telegram: Any, victim: int) -> None:
    """hello, then agree: the victim is at the first question, ready to ask for a person."""
    telegram.user_sends(victim, "hello")
    await telegram.wait_for(lambda: len(telegram.sent(victim)) >= 2, timeout=300)
    telegram.user_presses(victim, "agree")
    await telegram.wait_for(lambda: len(telegram.sent(victim)) >= 3, timeout=300)


async def bot_notes(bot: Any) -> list[str]:
    await bot.stop()
    notes = []
    if "Traceback" in bot.text:
        notes.append("cards: a traceback in the bot's output: " + bot.text[bot.text.index("Traceback"):][:600])
    warnings = [line.strip() for line in bot.output if " WARNING " in line and "voice will NOT" not in line]
    if warnings:
        notes.append(f"cards: {len(warnings)} warning(s) from the bot, the first: {warnings[0][:300]}")
    return notes


def summary(seconds: list[float], expected: int) -> dict[str, Any]:
    return {"n": len(seconds), "missing": expected - len(seconds),
            **{f"p{q}": common.percentile(seconds, q) for q in (50, 90, 99)},
            "max": max(seconds) if seconds else float("nan")}


# -- 2. the scheduler on PostgreSQL -----------------------------------------------------------------------------
@dataclass
class Taken:
    case_id: int
    step: int  # 1.. for a step of the policy; len(steps) + 1 for "nobody is free" (the chain ran out)
    due: datetime
    started: datetime
    done: datetime


async def scheduler(args: argparse.Namespace, notes: list[str]) -> dict[str, Any]:
    name = f"bench_escalation_{os.getpid()}"
    admin = args.pg_admin
    url = args.database_url or f"{admin.rsplit('/', 1)[0]}/{name}"
    if not args.database_url:
        await _admin(admin, f'DROP DATABASE IF EXISTS "{name}"')
        await _admin(admin, f'CREATE DATABASE "{name}"')
    try:
        return await _scheduler(args, url, notes)
    finally:
        if not args.database_url:
            with contextlib.suppress(Exception):
                await _admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _admin(url: str, statement: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as conn:
            await conn.execute(text(statement))
    finally:
        await engine.dispose()


async def _scheduler(args: argparse.Namespace, url: str, notes: list[str]) -> dict[str, Any]:
    from sqlalchemy import func, select

    from bot.app import build_app
    from bot.config import Settings
    from bot.domain import ChatKind, ChatRef, InboundMessage, Urgency, UserRef
    from bot.ports import NEW_CASE, CaseDraft, ChangeSet, EscalationChange, WorkKey
    from bot.services.escalation import new_token, parse_policy
    from bot.storage.tables import AuditEvent, Case, Escalation
    from tests.fakes.channel import RecordingChannel

    policy = parse_policy({"steps": [{"notify": "oncall_language", "wait": args.wait},
                                     {"notify": "oncall_all", "wait": args.wait},
                                     {"notify": "channel", "wait": args.wait}], "repeat": 0})
    desks = (ChatRef("telegram", "-1001900000001", kind=ChatKind.DESK), ChatRef("discord", "500", kind=ChatKind.DESK))
    channels = {p: RecordingChannel(platform=p) for p in ("telegram", "discord")}
    folder = Path(tempfile.mkdtemp(prefix="bench-escalation-"))
    settings = Settings(database_url=url, data_dir=folder, _env_file=None)
    app = await build_app(settings, channels, desks=desks, policy=policy, roles={"discord": "600"})
    store = app.store
    volunteers = [("Ann", ["en"]), ("Bea", ["en", "fr"]), ("Olena", ["uk"]), ("Dan", ["de", "en"])]
    for number, (person, languages) in enumerate(volunteers):
        await store.add_volunteer(person, telegram_id=str(7001 + number), discord_id=str(9001 + number),
                                  languages=languages)
        await store.update_volunteer(person, on_call=True)

    # seed: each case through the store's change sets, its escalation active but not yet due
    locales = ("en", "fr", "uk", "de", "es")
    later = datetime.now(UTC) + timedelta(days=1)
    started = time.monotonic()
    semaphore = asyncio.Semaphore(16)

    async def seed(n: int) -> None:
        async with semaphore:
            user = f"seed-{n}"
            chat = ChatRef("telegram", str(100_000 + n))
            await store.ingest(InboundMessage("telegram", f"seed-{n}", UserRef("telegram", user, None,
                                                                                  locales[n % 5]), chat,
                                              text="/human"), [])
            key = WorkKey("telegram", "contact", user)
            number = await store.next_case_number()
            snapshot = await store.load(key)
            assert snapshot is not None and snapshot.conversation is not None
            snapshot.conversation.case_id = NEW_CASE
            draft = CaseDraft(reference=f"FD-2026-{number:06d}", category=None, answers={"consent": "agree"},
                              urgency=int(Urgency.HIGH), locale=locales[n % 5], complete=False, human=True,
                              platform="telegram", escalated=True)
            await store.commit(ChangeSet(key, processed=[m.id for m in snapshot.inbound],
                                         conversation=snapshot.conversation, case=draft,
                                         escalations=[EscalationChange(NEW_CASE, {
                                             "policy": policy, "step": 0, "round": 0, "state": "active",
                                             "due_at": later, "token": new_token(), "lease_until": None})]))

    await asyncio.gather(*(seed(n) for n in range(args.escalations)))
    seeded_s = time.monotonic() - started
    table = Escalation.__table__
    async with app.db.engine.connect() as conn:
        rows = (await conn.execute(select(table.c.id, table.c.case_id, table.c.token))).all()
    print(f"scheduler: {len(rows)} escalations stored in {seeded_s:.1f} s", flush=True)

    runner = TimedRunner(app)
    # one change set makes every first step due at the same instant: a backlog of len(rows) due steps
    t0 = datetime.now(UTC)
    await store.commit(ChangeSet(WorkKey("desk", "bench", "due"), escalations=[
        EscalationChange(r.case_id, {"due_at": t0}, id=r.id, expect_token=r.token) for r in rows]))
    loop_task = asyncio.create_task(runner.loop())
    try:
        while True:
            await asyncio.sleep(0.5)
            async with app.db.engine.connect() as conn:
                active = (await conn.execute(select(func.count()).select_from(table)
                                             .where(table.c.state == "active"))).scalar_one()
            if not active:
                break
            if (datetime.now(UTC) - t0).total_seconds() > args.drain_timeout:
                notes.append(f"scheduler: {active} chains still active after {args.drain_timeout:.0f} s")
                break
    finally:
        loop_task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await loop_task
    audit = AuditEvent.__table__
    async with app.db.engine.connect() as conn:
        events = (await conn.execute(select(audit.c.case_id, audit.c.action, audit.c.detail)
                                     .where(audit.c.action.in_(["escalation_step", "escalation_exhausted"])))).all()
        statuses = Counter((await conn.execute(select(func.count(), table.c.state).group_by(table.c.state))).all())
    fired = Counter((e.case_id, e.detail.get("round"), e.detail.get("step", "exhausted")) for e in events)
    twice = {k: v for k, v in fired.items() if v > 1}
    expected_takes = len(rows) * (len(policy["steps"]) + 1)
    # what each chat must have received about each case, exactly once per step: the desks one call (step 3), the
    # victim one "nobody is free", each volunteer one page per step that named them (step 1 if they speak the
    # victim's language, step 2 always), on each platform
    cases = {r.case_id: r for r in rows}
    case_t = Case.__table__
    async with app.db.engine.connect() as conn:
        refs = {c.id: (c.reference, c.locale) for c in (await conn.execute(
            select(case_t.c.id, case_t.c.reference, case_t.c.locale).where(case_t.c.id.in_(list(cases))))).all()}
    expected: Counter[tuple[str, str, str]] = Counter()
    for reference, locale in refs.values():
        for platform, desk_chat in (("telegram", desks[0].chat_id), ("discord", desks[1].chat_id)):
            expected[(platform, desk_chat, reference)] += 1
            for number, (_, languages) in enumerate(volunteers):
                chat = str((7001 if platform == "telegram" else 9001) + number)
                expected[(platform, chat, reference)] += 1 + (locale in languages)
    got: Counter[tuple[str, str, str]] = Counter()
    victims_told: Counter[str] = Counter()
    for channel in channels.values():
        for chat, reply in channel.sent:
            found = REFERENCE.search(reply.text)
            if found is None:
                continue
            if int(chat.chat_id) >= 100_000:  # a victim's chat (see seed)
                victims_told[found.group(0)] += 1
            else:
                got[(channel.platform, chat.chat_id, found.group(0))] += 1
    expected = +expected
    pages_twice = {k: v for k, v in got.items() if v > expected.get(k, 0)}
    pages_missing = {k: v for k, v in expected.items() if got.get(k, 0) < v}
    told_wrong = {r: n for r, n in victims_told.items() if n != 1}
    told_wrong.update({reference: 0 for reference, _ in refs.values() if reference not in victims_told})
    await app.close()
    if twice:
        notes.append(f"scheduler: {len(twice)} step(s) fired more than once, e.g. {list(twice.items())[:3]}")
    if pages_twice:
        notes.append(f"scheduler: {len(pages_twice)} chat(s) received a page more than once, e.g. "
                     f"{list(pages_twice.items())[:3]}")
    if pages_missing:
        notes.append(f"scheduler: {len(pages_missing)} expected page(s) missing, e.g. "
                     f"{list(pages_missing.items())[:3]}")
    if told_wrong:
        notes.append(f"scheduler: {len(told_wrong)} victim(s) not told exactly once, e.g. "
                     f"{list(told_wrong.items())[:3]}")
    if len(fired) != expected_takes:
        notes.append(f"scheduler: {len(fired)} distinct steps recorded, {expected_takes} expected")
    by_step: dict[str, Any] = {}
    labels = [s["notify"] for s in policy["steps"]] + ["nobody free"]
    for number, label in enumerate(labels, start=1):
        taken = [t for t in runner.taken if t.step == number]
        by_step[f"{number} {label}"] = {
            "n": len(taken),
            "lateness started": summary([(t.started - t.due).total_seconds() for t in taken], len(rows)),
            "lateness sent": summary([(t.done - t.due).total_seconds() for t in taken], len(rows))}
    first = [t for t in runner.taken if t.step == 1]
    backlog_s = (max(t.done for t in first) - t0).total_seconds() if first else float("nan")
    whole_s = (max(t.done for t in runner.taken) - t0).total_seconds() if runner.taken else float("nan")
    return {"escalations": len(rows), "seed_s": seeded_s, "wait_s": args.wait, "backlog_s": backlog_s,
            "backlog_steps_per_s": len(first) / backlog_s if first else 0.0,
            "takes": len(runner.taken), "whole_s": whole_s, "steps_per_s_overall": len(runner.taken) / whole_s,
            "fired_twice": len(twice), "pages_twice": len(pages_twice), "pages_missing": len(pages_missing),
            "pages": sum(got.values()) + sum(victims_told.values()),
            "lost_races": runner.lost, "states": {state: n for (n, state), _ in statuses.items()},
            "by_step": by_step}


class TimedRunner:
    """The app's EscalationRunner, with each step's due time and when it was started and done recorded."""

    def __init__(self, app: Any) -> None:
        from bot.ports import ConcurrentUpdate

        runner = app.escalations
        self.runner, self.taken, self.lost = runner, [], 0
        steps = len(runner.tools.policy["steps"])
        take = runner.take

        async def timed(record: Any) -> None:
            started = datetime.now(UTC)
            try:
                await take(record)
            except ConcurrentUpdate:
                self.lost += 1
                raise
            number = record.step + 1 if record.step < steps else steps + 1
            self.taken.append(Taken(record.case_id, number, record.due_at, started, datetime.now(UTC)))

        runner.take = timed  # an instance attribute: tick() calls self.take(record)

    async def loop(self) -> None:
        await self.runner.run()  # the production loop: tick until nothing is due, pause 0.25 s


# -- report -----------------------------------------------------------------------------------------------------
def fmt(seconds: float) -> str:
    """Milliseconds, or a dash for nothing measured."""
    return "—" if seconds != seconds else f"{seconds * 1000:,.0f}"


def report_cards(result: dict[str, Any]) -> list[str]:
    pace = f"every {result['interval_s']} s" if result["interval_s"] else "all at once"
    lines = [f"1. cards: {result['victims']} victims on Telegram, volunteer chats: {', '.join(result['desks'])}; "
             f"/human {pace}; "
             f"{result['topics']} Telegram topics, {result['threads']} Discord threads",
             "",
             "| from the victim's /human to | n | p50 ms | p90 ms | p99 ms | max ms |",
             "|---|---:|---:|---:|---:|---:|"]
    for name in ("victim's answer", "Telegram card", "Discord card", "first page"):
        if name in result:
            s = result[name]
            missing = f" ({s['missing']} missing)" if s["missing"] else ""
            lines.append(f"| {name}{missing} | {s['n']} | {fmt(s['p50'])} | {fmt(s['p90'])} | {fmt(s['p99'])} | "
                         f"{fmt(s['max'])} |")
    return lines


def report_scheduler(result: dict[str, Any]) -> list[str]:
    lines = [f"2. scheduler on PostgreSQL: {result['escalations']} escalations (seeded in {result['seed_s']:.1f} s), "
             f"every first step due at once; then steps {result['wait_s']} apart",
             "",
             f"- backlog of {result['escalations']} first steps drained in {result['backlog_s']:.2f} s: "
             f"**{result['backlog_steps_per_s']:.0f} steps/s**",
             f"- all {result['takes']} steps (3 per chain + \"nobody is free\") in {result['whole_s']:.1f} s "
             f"({result['steps_per_s_overall']:.0f}/s overall, waits included); {result['pages']} messages recorded",
             f"- fired twice: {result['fired_twice']} steps, {result['pages_twice']} pages (missing: "
             f"{result['pages_missing']}); lost races (a step "
             f"another take had moved on): {result['lost_races']}; chains: {result['states']}",
             "",
             "| step | n | late p50 ms | late p99 ms | late max ms | (started) p99 ms | (started) max ms |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, step in result["by_step"].items():
        sent, started = step["lateness sent"], step["lateness started"]
        lines.append(f"| {name} | {step['n']} | {fmt(sent['p50'])} | {fmt(sent['p99'])} | {fmt(sent['max'])} | "
                     f"{fmt(started['p99'])} | {fmt(started['max'])} |")
    lines.append("")
    lines.append("late = when the step's pages were sent (its commit and deliveries done) minus its due time; "
                 "(started) = when the runner began it.")
    return lines


async def main(args: argparse.Namespace) -> int:
    notes: list[str] = []
    report: dict[str, Any] = {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
                              "commit": common.git("rev-parse", "--short", "HEAD") +
                              ("+changes" if common.git("status", "--porcelain", "bot") else ""),
                              "machine": common.machine(), "loadavg_start": os.getloadavg()}
    started = time.monotonic()
    lines: list[str] = []
    if args.part in ("cards", "both"):
        report["cards"] = await cards(args, notes)
        lines += [*report_cards(report["cards"]), ""]
    if args.part in ("scheduler", "both"):
        report["scheduler"] = await scheduler(args, notes)
        lines += report_scheduler(report["scheduler"])
    report.update(seconds=time.monotonic() - started, loadavg_end=os.getloadavg(), notes=notes)
    print()
    print(f"{report['date']}, commit {report['commit']}, {report['machine']}")
    print(f"whole run {report['seconds']:.0f} s; load average (1 min) at the start {report['loadavg_start'][0]:.2f}, "
          f"at the end {report['loadavg_end'][0]:.2f}")
    print()
    print("\n".join(lines))
    print()
    print("Aim (issue 10): p99 under one second from the victim's message to the card; no step fired twice; "
          "none later than one second after its due time.")
    for note in notes:
        print("note:", note)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:  # noqa: ASYNC230 - once, at the very end
            json.dump(report, out, indent=2, default=str)
    return 1 if any("twice" in n or "more than once" in n for n in notes) else 0


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.escalation", description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("both", "cards", "scheduler"), default="both")
    parser.add_argument("--victims", type=int, default=50, help="victims asking for a person (50)")
    parser.add_argument("--interval", type=float, default=0.0,
                        help="seconds between two victims' /human (0: all at once)")
    parser.add_argument("--desks", choices=("both", "telegram", "discord"), default="both",
                        help="the volunteer chats configured (both)")
    parser.add_argument("--card-timeout", type=float, default=900.0, help="seconds to wait for every card (900)")
    parser.add_argument("--escalations", type=int, default=1000, help="open escalations in the scheduler part")
    parser.add_argument("--wait", type=float, default=10.0, help="seconds between the steps of a chain (10)")
    parser.add_argument("--drain-timeout", type=float, default=900.0, help="seconds to wait for every chain (900)")
    parser.add_argument("--pg-admin", default=ADMIN_URL, help="where a throwaway database is created and dropped")
    parser.add_argument("--database-url", help="an existing PostgreSQL database to use instead (it is not dropped)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (SQLite file)")
    parser.add_argument("--json", metavar="FILE", help="also write every number as JSON")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(asyncio.run(main(parse())))
