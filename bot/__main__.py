"""Command line: run, chat, check, db, cases. `python -m bot --help` lists them."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import json
import logging
import os
import signal
import sys
from pathlib import Path

from bot.config import Settings
from bot.logs import setup_logging


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
    except (ValueError, FileNotFoundError) as exc:
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
    from bot.engine.lint import flow_keys
    from bot.engine.loader import load_flows
    from bot.engine.validators import ERROR_KEYS
    from bot.i18n import Translator
    from bot.services.texts import ENGINE_KEYS, SERVICE_KEYS

    flows = load_flows(settings.flows_dir, settings.root_flow)
    translator = Translator(settings.locales_dir, settings.default_locale)
    wanted = {key for flow in flows for key in flow_keys(flow)} | ENGINE_KEYS | SERVICE_KEYS | ERROR_KEYS
    keys = translator.keys()
    print(f"{'locale':<8}{'language':<14}{'messages':>9}{'missing':>9}{'unused':>8}{'coverage':>10}")
    complete = True
    for locale in translator.locales:
        present = set(keys[locale])
        missing, unused = wanted - present, present - wanted
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
        if args.reference:
            case = await store.case_by_reference(args.reference)
            if case is None:
                print(f"no case {args.reference}")
                return 1
            print(json.dumps(case, default=str, indent=2, ensure_ascii=False))
            return 0
        for case in await store.list_cases(args.limit):
            print(f"{case['reference']}  {case['status']:<9} urgency={case['urgency']} "
                  f"category={case['category'] or '-'} created={case['created_at']:%Y-%m-%d %H:%M}")
    finally:
        await db.dispose()
    return 0


# -- chat and run ---------------------------------------------------------------------------------
async def _chat(settings: Settings, user: str, language: str | None) -> int:
    from bot.adapters.console import ConsoleChannel
    from bot.app import build_app

    app = await build_app(settings)
    console = ConsoleChannel(app, user=user, language_hint=language)
    app.add_channel(console)
    sweeper: asyncio.Task[None] | None = None
    try:
        await app.recover()  # before the sweeper starts: recovery may take over the crashed process's leases
        sweeper = asyncio.create_task(app.outbox.run())
        print("(type your messages; numbers pick a button; /help lists commands; Ctrl-D quits)", flush=True)
        await console.listen()
        await app.outbox.drain(settings.outbox_lease_seconds + 5)
    finally:
        await _cancel(sweeper)
        await app.close()
    return 0


async def _cancel(task: asyncio.Task[None] | None) -> None:
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
    web_app = create_web_app(app.ready)
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
    try:
        await app.recover()  # before anything new arrives: finish what a crash left
        for channel in channels:
            await channel.start()
        sweeper = asyncio.create_task(app.outbox.run())
        await stop.wait()
        log.info("stopping")
    finally:
        for channel in channels:
            await channel.stop()
        await _cancel(sweeper)
        await runner.cleanup()
        await app.close()
    return 0


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
    cases = sub.add_parser("cases", help="list cases, or show one by reference")
    cases.add_argument("reference", nargs="?")
    cases.add_argument("--limit", type=int, default=50)
    args = parser.parse_args(argv)

    settings = Settings()
    tokens = [token.get_secret_value() for token in (settings.telegram_bot_token, settings.discord_bot_token,
                                                      settings.telegram_webhook_secret) if token]
    setup_logging(settings.log_level if args.command in ("run",) else os.environ.get("LOG_LEVEL", "WARNING"),
                  secrets=tokens)
    if args.command == "check":
        return cmd_check(settings, args)
    if args.command == "i18n":
        return cmd_i18n_status(settings)
    with contextlib.suppress(KeyboardInterrupt):
        if args.command == "db":
            return asyncio.run(_db(settings, args))
        if args.command == "cases":
            return asyncio.run(_cases(settings, args))
        if args.command == "chat":
            return asyncio.run(_chat(settings, args.user or getpass.getuser(), args.lang))
        if args.command == "run":
            return asyncio.run(_run(settings, args))
    return 130


if __name__ == "__main__":
    sys.exit(main())
