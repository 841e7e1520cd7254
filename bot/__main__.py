"""Command line: run, chat, check, db, cases, purge. `python -m bot --help` lists them."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import importlib
import json
import logging
import os
import signal
import sys
import typing
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from bot.config import Settings
from bot.logs import setup_logging
from bot.settings_errors import EXIT_CONFIG, describe_settings_error, probe_database


# -- check ----------------------------------------------------------------------------------------
def cmd_check(settings: Settings, args: argparse.Namespace) -> int:
    from bot.engine.diagram import mermaid
    from bot.engine.lint import lint_locales, lint_structure, lint_variables
    from bot.engine.loader import FlowLoadError, load_flows
    from bot.engine.validators import ERROR_ARGS, ERROR_KEYS
    from bot.i18n import Translator
    from bot.services.texts import CODE_VARIABLES, ENGINE_KEYS, SERVICE_KEYS

    try:
        flows = load_flows(settings.flows_dir, settings.root_flow)
    except FlowLoadError as exc:
        for problem in exc.problems:
            print(problem)
        return 1
    try:
        translator = Translator(settings.locales_dir, settings.default_locale)
        translator.load_all()  # it reads the default locale only until asked
    except (ValueError, FileNotFoundError) as exc:
        print(exc)
        return 1
    from bot.triage import TriageError, load_triage

    try:
        load_triage(settings.flows_dir)
    except TriageError as exc:
        print(exc)
        return 1
    problems = (lint_structure(flows)
                + lint_locales(flows, translator.keys(), ENGINE_KEYS | SERVICE_KEYS | ERROR_KEYS)
                + lint_variables(flows, translator.variables(), translator.keys(), CODE_VARIABLES | ERROR_ARGS))
    for problem in problems:
        print(problem)
    if args.diagrams:
        out = Path(args.diagrams)
        out.mkdir(parents=True, exist_ok=True)
        for flow in flows:
            (out / f"{flow.id}.mmd").write_text(mermaid(flow), encoding="utf-8")
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"ok: {len(flows.flows)} flows, {len(translator.locales)} locale(s): {', '.join(translator.locales)}")
    return 0


def cmd_i18n_status(settings: Settings) -> int:
    """A coverage table: for each locale, how many of the messages people can read it has."""
    from bot.engine.lint import flow_keys, optional_keys
    from bot.engine.loader import load_flows
    from bot.engine.validators import ERROR_KEYS
    from bot.i18n import Translator
    from bot.services.texts import ENGINE_KEYS, SERVICE_KEYS

    flows = load_flows(settings.flows_dir, settings.root_flow)
    translator = Translator(settings.locales_dir, settings.default_locale)
    wanted = {key for flow in flows for key in flow_keys(flow)} | ENGINE_KEYS | SERVICE_KEYS | ERROR_KEYS
    optional = optional_keys(flows)  # synonyms a locale may leave out: neither missing nor unused
    keys = translator.keys()
    print(f"{'locale':<8}{'language':<14}{'messages':>9}{'missing':>9}{'unused':>8}{'coverage':>10}")
    complete = True
    for locale in translator.locales:
        present = set(keys[locale])
        missing, unused = wanted - present, present - wanted - optional
        complete &= not missing
        print(f"{locale:<8}{translator.native_name(locale):<14}{len(present & wanted):>9}{len(missing):>9}"
              f"{len(unused):>8}{100 * len(present & wanted) / len(wanted):>9.1f}%")
    return 0 if complete else 1


# -- db and cases ---------------------------------------------------------------------------------
async def _db(settings: Settings, args: argparse.Namespace) -> int:
    from bot.storage.db import Database

    db = Database(settings.database_url)
    try:
        if args.action == "upgrade":
            await db.upgrade()
        print(f"schema revision: {await db.revision() or 'none'}")
    finally:
        await db.dispose()
    return 0


async def _cases(settings: Settings, args: argparse.Namespace) -> int:
    from bot.storage.db import Database
    from bot.storage.repository import SqlStore

    db = Database(settings.database_url)
    try:
        store = SqlStore(db)
        words = list(args.reference)
        if words and words[0] == "export":
            if args.contact is not None:
                return await _export_contact(settings, store, words[1:], args.contact, args.format,
                                             Path(args.files) if args.files else None)
            return await _export(store, words[1:], args.format)
        show = bool(words) and words[0] == "show"
        if show:
            words = words[1:]
            if not words:
                print("usage: python -m bot cases show FD-2026-000123", file=sys.stderr)
                return 2
        if words:
            case = await store.case_by_reference(words[0])
            if case is None:
                print(f"no case {words[0]}")
                return 1
            view = await store.case_view(case["id"])
            assert view is not None
            case.update(_desk_facts(view))
            # every file whole, as kept (a card shows the first few, with the start of the hash)
            case["evidence"] = await store.case_evidence(view.id)
            print(json.dumps(case, default=str, indent=2, ensure_ascii=False))
            if show:  # and the whole conversation, as /history shows it at the desk
                from bot.services.relay import history_plain

                names = {v.id: v.name for v in await store.volunteers()}
                print(f"\nconversation of {view.reference}:")
                print(history_plain(view, await store.case_messages(view.id), names))
            return 0
        for case in await store.list_cases(args.limit):
            view = await store.case_view(case["id"])
            facts = _desk_facts(view) if view else {}
            claimed = facts.get("claimed_by")
            claim = f" claimed by {claimed} after {facts['time_to_claim']}" if claimed else ""
            print(f"{case['reference']}  {case['status']:<9} urgency={_urgency(case['urgency'])} "
                  f"reasons={','.join(case.get('reasons') or []) or '-'} category={case['category'] or '-'} "
                  f"created={case['created_at']:%Y-%m-%d %H:%M}{claim}")
    finally:
        await db.dispose()
    return 0


def _urgency(level: int) -> str:
    from bot.domain import Urgency

    return Urgency(level).label


async def _export(store, words: list[str], form: str) -> int:  # type: ignore[no-untyped-def]
    """A case's indicators and evidence for a CERT or a bank: JSON, CSV, a MISP event or a STIX 2.1 bundle."""
    from bot import export
    from bot.indicators import Indicator

    if len(words) != 1:
        print("usage: python -m bot cases export FD-2026-000123 [--format json|csv|misp|stix]", file=sys.stderr)
        return 2
    view = await store.case_view(words[0])
    if view is None:
        print(f"no case {words[0]}", file=sys.stderr)
        return 1
    case = {"reference": view.reference, "status": view.status, "urgency": view.urgency, "category": view.category,
            "created_at": view.created_at, "locale": view.locale}
    found = [Indicator(i.kind, i.value, i.valid) for i in view.indicators]
    evidence = await store.case_evidence(view.id)
    seen = await _first_seen(store, view.id)
    if form == "csv":
        sys.stdout.write(export.to_csv(case, found, evidence, first_seen=seen))
    elif form == "misp":
        print(json.dumps(export.to_misp(case, found, evidence, first_seen=seen), ensure_ascii=False, indent=2,
                         default=str))
    elif form == "stix":
        print(json.dumps(export.to_stix(case, found, evidence, first_seen=seen), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(export.to_json(case, found, evidence, first_seen=seen))
    return 0


def _readable_copy(files, item: dict[str, typing.Any], folder: Path) -> str:  # type: ignore[no-untyped-def]
    """An evidence file's clear content written into `folder` for an access request (0600): its path."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    copy = folder / f"{item['sha256'][:12]}-{Path(item['filename']).name or 'file'}"
    fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(files.read(item["sha256"]) or b"")
    return str(copy)


async def _export_contact(settings: Settings, store, words: list[str], contact: str,  # type: ignore[no-untyped-def]
                          form: str, copy_to: Path | None = None) -> int:
    """An access request: everything stored about one person, as JSON. Evidence is listed with its SHA-256 and
    the path of its file, which the operator hands over with it (the bytes are not copied into the JSON)."""
    from bot.storage.files import DiskFileStore

    platform, _, user_id = contact.partition(":")
    if words or form != "json" or not platform or not user_id:
        print("usage: python -m bot cases export --contact PLATFORM:USER_ID (e.g. telegram:123456789; JSON only)",
              file=sys.stderr)
        return 2
    found = await store.contact_export(platform.strip().lower(), user_id.strip())
    if found is None:
        print(f"nothing is stored about {platform}:{user_id} (never written, or forgotten)", file=sys.stderr)
        return 1
    files = DiskFileStore(settings.evidence_dir)
    for item in found["evidence"]:
        path = files.path(item["sha256"])
        item["file"] = str(path) if path.exists() else None  # None: deleted (retention), or not on this machine
        if copy_to is not None and path.exists():  # readable copies: the stored files may be encrypted
            item["file"] = _readable_copy(files, item, copy_to)
    print(json.dumps(found, default=str, indent=2, ensure_ascii=False))
    return 0


def cmd_new_key() -> int:
    from bot.storage.sealing import new_key

    print(new_key())
    print("put it in DATA_ENCRYPTION_KEY (first, before any older key); keep a copy somewhere safe: without it the "
          "encrypted messages and files cannot be read", file=sys.stderr)
    return 0


async def _check_keys(settings: Settings) -> str | None:
    """Start-up: the keys given open what the database holds (before anything reads it), one line if not."""
    from bot.storage import sealing
    from bot.storage.db import Database
    from bot.storage.keys import check_keys

    sealing.use(sealing.Sealer(settings.encryption_keys))
    db = Database(settings.database_url)
    try:
        return await check_keys(db)
    finally:
        await db.dispose()


async def _rotate_keys(settings: Settings) -> int:
    from bot.storage.db import Database
    from bot.storage.files import DiskFileStore
    from bot.storage.keys import rotate

    if not settings.data_encryption_key:
        print("DATA_ENCRYPTION_KEY is not set: make one with `python -m bot keys new`", file=sys.stderr)
        return EXIT_CONFIG
    db = Database(settings.database_url)
    try:
        await db.upgrade()
        done = await rotate(db, DiskFileStore(settings.evidence_dir))
    finally:
        await db.dispose()
    for name, count in done.rewritten.items():
        print(f"{name}: {count} encrypted with the first key, {done.kept[name]} already were (or empty)")
    print(f"evidence files: {done.files_rewritten} encrypted with the first key, of {done.files_seen}")
    if done.changed_meanwhile:
        print(f"{done.changed_meanwhile} rows were written by the bot meanwhile (with its own first key); run again "
              "once every worker has the new key list if unsure")
    print("done: keys after the first may now be removed from DATA_ENCRYPTION_KEY")
    return 0


async def _purge(settings: Settings, args: argparse.Namespace) -> int:
    """RETENTION_DAYS_* applied now (the running bot does it once a day): counts, never what was said."""
    from bot.storage.db import Database
    from bot.storage.files import DiskFileStore
    from bot.storage.repository import SqlStore

    retention = settings.retention
    print(f"retention: {retention.describe()}")
    if retention.keeps_everything:
        print("nothing to purge: every RETENTION_DAYS_* setting is 0 or unset, so everything is kept")
        return 0
    db = Database(settings.database_url)
    try:
        await db.upgrade()
        report = await SqlStore(db).purge(retention, now=datetime.now(UTC), dry_run=args.dry_run,
                                          files=DiskFileStore(settings.evidence_dir))
    finally:
        await db.dispose()
    if report is None:
        print("another purge is running (a worker's daily one); try again in a few minutes", file=sys.stderr)
        return 1
    print(f"message bodies blanked: {report.messages}")
    print(f"case conversation lines blanked or deleted: {report.case_lines}")
    print(f"conversations whose answers were blanked: {report.conversations}")
    print(f"evidence rows deleted: {report.evidence} (files deleted: {report.files})")
    print(f"resolved cases made anonymous: {report.cases}")
    if args.dry_run:
        print("dry run: nothing was changed; the counts are what a purge would do now")
    return 0


async def _first_seen(store, case_id: int) -> dict[tuple[str, str], object]:  # type: ignore[no-untyped-def]
    """When each of the case's indicators was first recorded: the `first_seen` of its row (the store's
    IndicatorRow does not carry it; nothing but the export needs it)."""
    from sqlalchemy import select

    from bot.storage.tables import Indicator

    table = Indicator.__table__
    async with store.db.engine.connect() as conn:
        rows = await conn.execute(select(table.c.kind, table.c.value, table.c.first_seen)
                                  .where(table.c.case_id == case_id))
        return {(row.kind, row.value): row.first_seen for row in rows}


def _desk_facts(view) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """What an operator asks of a case at the desk: how urgent and why, who has it, how long it took."""
    facts: dict[str, object] = {"urgency_label": _urgency(view.urgency), "claimed_by": None, "time_to_claim": None,
                                "escalation": None}
    if view.claimed_by is not None:
        facts["claimed_by"] = view.claimed_by.name
        if view.claimed_at is not None:
            waited = int((view.claimed_at - view.created_at).total_seconds())
            facts["time_to_claim"] = f"{waited // 60} min {waited % 60} s"
    for name, at in (("time_to_first_reply", view.first_reply_at), ("time_to_resolve", view.resolved_at)):
        if at is not None:
            waited = int((at - view.created_at).total_seconds())
            facts[name] = f"{waited // 60} min {waited % 60} s"
    if view.escalation is not None and view.escalation.state in ("watching", "reminded"):
        # a claimed case: its timer is the silence reminder, not the chain
        facts["escalation"] = {"state": view.escalation.state, "reminder_due_at": view.escalation.due_at}
    elif view.escalation is not None:
        facts["escalation"] = {"state": view.escalation.state, "next_step": view.escalation.step + 1,
                               "round": view.escalation.round + 1, "due_at": view.escalation.due_at}
    facts["places"] = [{"platform": p.platform, "chat": p.chat_id, "thread": p.thread_id} for p in view.places]
    return facts


# -- volunteers -----------------------------------------------------------------------------------
VOLUNTEER = "python -m bot volunteer"


class _OneLineParser(argparse.ArgumentParser):
    """Bad input to a volunteer command: one clear line and exit code 2 (not argparse's whole usage)."""

    def error(self, message: str) -> typing.NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _volunteer_parser(sub: typing.Any) -> None:
    volunteer = sub.add_parser("volunteer", help="the volunteer roster: add, list, remove, oncall, shift, invite")
    volunteer.error = lambda message: _OneLineParser.error(volunteer, message)  # one line here too
    actions = volunteer.add_subparsers(dest="action", required=True, parser_class=_OneLineParser)
    add = actions.add_parser("add", help="add a volunteer whose numeric platform ids you know (else: invite)")
    add.add_argument("--name", required=True)
    add.add_argument("--telegram-id", help="their numeric Telegram user id")
    add.add_argument("--discord-id", help="their numeric Discord user id")
    add.add_argument("--languages", required=True, help="the languages they help in, e.g. en,fr")
    add.add_argument("--coordinator", action="store_true", help="may release and resolve others' cases")
    actions.add_parser("list", help="everyone: identities, languages, role, on call now, shifts")
    remove = actions.add_parser("remove", help="remove a volunteer")
    remove.add_argument("name")
    oncall = actions.add_parser("oncall", help="put a volunteer on call or take them off")
    oncall.add_argument("name")
    oncall.add_argument("state", choices=["on", "off"])
    shift = actions.add_parser("shift", help="add a weekly shift (in the volunteer's time zone), or --clear them")
    shift.add_argument("name")
    shift.add_argument("--days", help="the days it starts: mon-fri, sat,sun, fri-mon, daily")
    shift.add_argument("--from", dest="start", metavar="HH:MM", help="start, e.g. 18:00")
    shift.add_argument("--to", dest="end", metavar="HH:MM", help="end, e.g. 23:00 (earlier than --from: next day)")
    shift.add_argument("--tz", help="their time zone, e.g. Europe/Paris")
    shift.add_argument("--clear", action="store_true", help="remove all of the volunteer's shifts")
    invite = actions.add_parser("invite", help="a one-time code the person sends to the bot as /link CODE")
    invite.add_argument("--name", required=True)
    invite.add_argument("--languages", help="needed when the volunteer is new, e.g. en,fr")
    invite.add_argument("--coordinator", action="store_true")


def _bad(message: str) -> int:
    print(f"{VOLUNTEER}: {message}", file=sys.stderr)
    return 2


def _languages(settings: Settings, text: str) -> list[str]:
    known = sorted(p.name for p in settings.locales_dir.iterdir() if p.is_dir())
    chosen = list(dict.fromkeys(code.strip().lower() for code in text.split(",") if code.strip()))
    unknown = [code for code in chosen if code not in known]
    if unknown or not chosen:
        what = f"unknown language {', '.join(unknown)}" if unknown else "no language given"
        raise ValueError(f"{what}: use codes from {', '.join(known)}, comma-separated (e.g. --languages en,fr)")
    return chosen


def _platform_id(option: str, value: str | None) -> str | None:
    if value is None:
        return None
    if not value.strip().isdigit() or len(value.strip()) > 20:
        raise ValueError(f"{option} {value!r} is not a numeric user id; if you do not know it, use: "
                         f"{VOLUNTEER} invite --name NAME")
    return value.strip()


async def _volunteer(settings: Settings, args: argparse.Namespace) -> int:
    from bot.services import roster

    try:  # everything that can be checked before the database is opened
        languages = _languages(settings, args.languages) if getattr(args, "languages", None) is not None else None
        if args.action == "add":
            telegram_id = _platform_id("--telegram-id", args.telegram_id)
            discord_id = _platform_id("--discord-id", args.discord_id)
        shift = None
        if args.action == "shift":
            given = [args.days, args.start, args.end, args.tz]
            if args.clear and any(v is not None for v in given):
                raise ValueError("--clear removes every shift: give it alone")
            if not args.clear:
                if any(v is None for v in given):
                    raise ValueError("a shift needs --days, --from, --to and --tz (or --clear to remove all)")
                shift = roster.parse_shift(args.days, args.start, args.end, args.tz)
    except ValueError as exc:
        return _bad(str(exc))
    from bot.storage.db import Database
    from bot.storage.repository import SqlStore

    db = Database(settings.database_url)
    try:
        await db.upgrade()
        store = SqlStore(db)
        now = datetime.now(UTC)
        if args.action == "add":
            added = await store.add_volunteer(args.name, telegram_id=telegram_id, discord_id=discord_id,
                                              languages=languages or (), coordinator=args.coordinator)
            print(f"added {added.name} ({added.role}; {', '.join(added.languages)}; {_identities(added)})")
            if not added.telegram_id and not added.discord_id:
                print(f"to link their Telegram or Discord account: {VOLUNTEER} invite --name {_quoted(added.name)}")
            return 0
        if args.action == "list":
            _print_roster(await store.volunteers(), now)
            return 0
        if args.action == "invite":
            return await _invite(store, args, languages, now)
        found = await store.volunteer_by_name(args.name)
        if found is None:
            return _bad(f"no volunteer named {args.name!r} (see: {VOLUNTEER} list)")
        if args.action == "remove":
            return await _remove(store, found.name)
        if args.action == "oncall":
            changed = await store.update_volunteer(found.name, on_call=args.state == "on")
            assert changed is not None
            print(f"{changed.name} is now {'on call' if changed.on_call else 'off call'}")
            if not changed.on_call and roster.in_a_shift(changed, now):
                print(f"(but a weekly shift of theirs is running now: they count as on call until it ends; "
                      f"{VOLUNTEER} shift {_quoted(changed.name)} --clear removes their shifts)")
            return 0
        # shift
        shifts = [] if shift is None else [s for s in found.shifts if s != shift] + [shift]
        changed = await store.update_volunteer(found.name, shifts=shifts)
        assert changed is not None
        described = "; ".join(roster.describe_shift(s) for s in changed.shifts) or "none"
        print(f"{changed.name}'s shifts: {described}")
        return 0
    except ValueError as exc:
        return _bad(str(exc))
    finally:
        await db.dispose()


async def _invite(store: typing.Any, args: argparse.Namespace, languages: list[str] | None, now: datetime) -> int:
    from bot.services import roster

    found = await store.volunteer_by_name(args.name)
    if found is None:
        if languages is None:
            return _bad(f"{args.name!r} is not on the roster yet: add --languages (e.g. --languages en,fr) "
                        "to invite a new volunteer")
        found = await store.add_volunteer(args.name, languages=languages, coordinator=args.coordinator)
        print(f"added {found.name} ({found.role}; {', '.join(found.languages)})")
    else:
        changes: dict[str, typing.Any] = {}
        if languages is not None:
            changes["languages"] = languages
        if args.coordinator:
            changes["role"] = "coordinator"
        if changes:
            found = await store.update_volunteer(found.name, **changes)
    code = roster.new_invite_code()
    expires = roster.invite_expiry(now)
    await store.update_volunteer(found.name, invite_hash=roster.invite_hash(code), invite_expires_at=expires)
    print(f"One-time code for {found.name}, valid until {expires:%Y-%m-%d %H:%M} UTC ({roster.INVITE_DAYS} days); "
          "it replaces any earlier code.")
    print(f"Ask {found.name} to send this message to the bot on Telegram or Discord, in a private chat with the "
          "bot or in the volunteers' chat:")
    print()
    print(f"/link {code}")
    return 0


async def _remove(store: typing.Any, name: str) -> int:
    try:
        await store.remove_volunteer(name)
    except ValueError as exc:
        # cases keep the name of who claimed them: the volunteer stays listed, but can no longer act
        await store.update_volunteer(name, telegram_id=None, discord_id=None, on_call=False, shifts=[],
                                     invite_hash=None, invite_expires_at=None)
        print(f"{exc}: {name} stays on the list, without identities, on-call, shifts or invitation, so they can "
              "no longer act as a volunteer")
        return 0
    print(f"removed {name}")
    return 0


def _quoted(name: str) -> str:
    return f'"{name}"' if " " in name else name


def _identities(volunteer: typing.Any) -> str:
    found = [f"{platform} {volunteer.identity(platform)}" for platform in ("telegram", "discord")
             if volunteer.identity(platform)]
    return ", ".join(found) or "no identity yet"


def _print_roster(volunteers: list[typing.Any], now: datetime) -> None:
    from bot.services import roster

    if not volunteers:
        print(f"no volunteers yet: {VOLUNTEER} add --name NAME --languages en (or: {VOLUNTEER} invite ...)")
        return
    header = ("NAME", "IDENTITIES", "LANGUAGES", "ROLE", "ON CALL NOW", "SHIFTS")
    rows = [(v.name, _identities(v), ",".join(v.languages) or "-", v.role,
             "yes" if v.on_call else "yes (shift)" if roster.on_call_now(v, now) else "no",
             "; ".join(roster.describe_shift(s) for s in v.shifts) or "-") for v in volunteers]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


# -- chat and run ---------------------------------------------------------------------------------
async def _chat(settings: Settings, user: str, language: str | None) -> int:
    from bot.adapters.console import ConsoleChannel
    from bot.app import build_app

    app = await build_app(settings)
    console = ConsoleChannel(app, user=user, language_hint=language)
    app.add_channel(console)
    sweeper: asyncio.Task[None] | None = None
    scheduler: asyncio.Task[None] | None = None
    warm = asyncio.create_task(_warm_up(app))
    try:
        await app.recover()  # before the sweeper starts: recovery may take over the crashed process's leases
        sweeper = asyncio.create_task(app.outbox.run())
        scheduler = asyncio.create_task(app.escalations.run())
        print("(type your messages; numbers pick a button; /help lists commands; Ctrl-D quits)", flush=True)
        await console.listen()
        await app.outbox.drain(settings.outbox_lease_seconds + 5)
    finally:
        await _cancel(warm)
        await _cancel(scheduler)
        await _cancel(sweeper)
        await app.close()
    return 0


async def _warm_up(app: typing.Any) -> str | None:
    """What start-up leaves for later, read in a thread once the worker answers: every locale but the default
    one, the language detector's model. The first messages then find them ready, and none waits for them (one
    that comes sooner reads what it needs itself). A translation file that cannot be read is the one problem
    returned, as start-up reported it before it was deferred; the caller stops the worker."""
    try:
        await asyncio.to_thread(app.translator.load_all)
    except Exception as exc:  # ValueError: a file that cannot be parsed; OSError: one that cannot be read
        logging.getLogger("bot").error("cannot read the translations: %s", exc)
        return str(exc) or type(exc).__name__
    language = getattr(app.pipeline.tools, "language", None)  # bot.language.LanguagePolicy, or None: no detector
    if language is not None:
        try:
            await asyncio.to_thread(language.warm)
        except Exception:  # the first message that needs it will say the same, as before
            logging.getLogger("bot").exception("the language detector could not be loaded")
    for module in ("dateparser", "phonenumbers"):  # the answers' validators import them on first use
        with contextlib.suppress(ImportError):
            await asyncio.to_thread(importlib.import_module, module)
    from bot.runtime import tune_gc

    tune_gc()  # what start-up loaded lives as long as the process: out of the collector's way from now on
    return None


async def _cancel(task: asyncio.Task[typing.Any] | None) -> None:
    """Cancel and wait: a transaction the task is in rolls back before the database is closed."""
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _run(settings: Settings, args: argparse.Namespace) -> int:
    from aiohttp import web

    from bot.app import build_app, start_channels
    from bot.web import create_web_app

    if not settings.channels():
        print("No chat channel is configured. Set TELEGRAM_BOT_TOKEN and/or DISCORD_BOT_TOKEN "
              "(see README.md), or talk to the bot here with: python -m bot chat")
        if sys.stdin.isatty() and not args.no_console:
            print("Starting the console chat now.\n")
            logging.getLogger().setLevel(logging.WARNING)  # a conversation, not a log, in this terminal
            return await _chat(settings, getpass.getuser(), None)
    app = await build_app(settings)
    web_app = create_web_app(app.db.revision, observe=app.store.observe, channels=app.outbox.senders)
    channels = start_channels(app, settings, web_app)
    runner = web.AppRunner(web_app)
    await runner.setup()
    await web.TCPSite(runner, settings.http_host, settings.http_port).start()
    log = logging.getLogger("bot")
    log.info("listening on http://%s:%s", settings.http_host, settings.http_port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    sweeper: asyncio.Task[None] | None = None
    scheduler: asyncio.Task[None] | None = None
    purger: asyncio.Task[None] | None = None
    warm = asyncio.create_task(_warm_up(app))  # after the listening socket: /healthz does not wait for it
    warm.add_done_callback(lambda task: None if task.cancelled() or task.result() is None else stop.set())
    try:
        for channel in channels:
            await channel.start()
        # what a crash left is finished once the channels can send it (per-key locks keep it apart from
        # what arrives meanwhile)
        await app.recover()
        sweeper = asyncio.create_task(app.outbox.run())
        scheduler = asyncio.create_task(app.escalations.run())  # the escalation chains of every worker
        purger = asyncio.create_task(app.retention.run())  # RETENTION_DAYS_*: once a day, by one worker
        await stop.wait()
        log.info("stopping")
    finally:
        for channel in channels:
            await channel.stop()
        await _cancel(purger)
        await _cancel(scheduler)
        await _cancel(sweeper)
        await runner.cleanup()
        await _cancel(warm)
        await app.close()
    return 0 if warm.cancelled() or warm.result() is None else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="frontdoor help desk bot")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="start every configured channel (upgrades the database first)")
    run.add_argument("--no-console", action="store_true", help="never offer the console chat")
    chat = sub.add_parser("chat", help="talk to the bot in this terminal")
    chat.add_argument("--user", default=None, help="who you are in this chat (default: your login name)")
    chat.add_argument("--lang", default=None, help="language hint, e.g. en")
    check = sub.add_parser("check", help="lint every flow and locale; non-zero exit on any problem")
    check.add_argument("--diagrams", metavar="DIR", help="also write a Mermaid diagram per flow into DIR")
    i18n = sub.add_parser("i18n", help="translations")
    i18n.add_argument("action", choices=["status"], help="status: coverage per locale")
    db = sub.add_parser("db", help="database schema")
    db.add_argument("action", choices=["upgrade", "current"])
    cases = sub.add_parser("cases", help="list cases; REFERENCE: one case; show REFERENCE: it and its conversation; "
                                         "export REFERENCE: its indicators and evidence")
    cases.add_argument("reference", nargs="*", metavar="[show|export] REFERENCE")
    cases.add_argument("--limit", type=int, default=50)
    cases.add_argument("--format", choices=["json", "csv", "misp", "stix"], default="json",
                       help="for `cases export REFERENCE`: the indicators and evidence as JSON, CSV, a MISP event "
                            "or a STIX 2.1 bundle")
    cases.add_argument("--contact", metavar="PLATFORM:USER_ID",
                       help="for `cases export --contact telegram:123456789`: everything stored about that person, "
                            "as JSON (an access request)")
    cases.add_argument("--files", metavar="DIR",
                       help="with --contact: also write readable copies of the person's evidence files into DIR "
                            "(the stored ones are encrypted when DATA_ENCRYPTION_KEY is set)")
    purge = sub.add_parser("purge", help="apply RETENTION_DAYS_* now: blank old messages, delete old evidence, "
                                         "make old resolved cases anonymous (counts only)")
    purge.add_argument("--dry-run", action="store_true", help="count what would go, change nothing")
    keys = sub.add_parser("keys", help="DATA_ENCRYPTION_KEY: `new` prints a fresh key; `rotate` encrypts everything "
                                       "stored again with the first key of the list (and what was stored in clear)")
    keys.add_argument("action", choices=["new", "rotate"])
    _volunteer_parser(sub)
    args = parser.parse_args(argv)

    try:
        settings = Settings()
    except ValidationError as exc:  # one line per mistake, naming the variable, never a traceback
        print(describe_settings_error(exc), file=sys.stderr)
        return EXIT_CONFIG
    if args.command == "keys" and args.action == "new":
        return cmd_new_key()
    if args.command in ("db", "cases", "volunteer", "chat", "run", "purge", "keys"):
        problem = asyncio.run(probe_database(settings.database_url)) or asyncio.run(_check_keys(settings))
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_CONFIG
    tokens = [token.get_secret_value() for token in (settings.telegram_bot_token, settings.discord_bot_token,
                                                      settings.telegram_webhook_secret) if token]
    tokens += settings.encryption_keys
    setup_logging(settings.log_level if args.command in ("run",) else os.environ.get("LOG_LEVEL", "WARNING"),
                  secrets=tokens, log_format=settings.log_format)
    if args.command == "check":
        return cmd_check(settings, args)
    if args.command == "i18n":
        return cmd_i18n_status(settings)
    with contextlib.suppress(KeyboardInterrupt):
        if args.command == "db":
            return asyncio.run(_db(settings, args))
        if args.command == "cases":
            return asyncio.run(_cases(settings, args))
        if args.command == "volunteer":
            return asyncio.run(_volunteer(settings, args))
        if args.command == "purge":
            return asyncio.run(_purge(settings, args))
        if args.command == "keys":
            return asyncio.run(_rotate_keys(settings))
        if args.command == "chat":
            return asyncio.run(_chat(settings, args.user or getpass.getuser(), args.lang))
        if args.command == "run":
            return asyncio.run(_run(settings, args))
    return 130


if __name__ == "__main__":
    sys.exit(main())
