"""The deployment files agree with the code, without a container engine: Dockerfile, docker-compose.yml,
.env.example and .dockerignore name only real settings, their commands parse with the CLI's own parser, and
the image's health check gets 200 from the real server."""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import io
import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
import typing
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from pydantic import SecretStr

import bot.__main__ as cli
from bot.adapters.telegram import WEBHOOK_PATH
from bot.config import PROJECT_ROOT, Settings

DOCKERFILE = PROJECT_ROOT / "Dockerfile"
COMPOSE = PROJECT_ROOT / "docker-compose.yml"
ENV_EXAMPLE = PROJECT_ROOT / ".env.example"
DOCKERIGNORE = PROJECT_ROOT / ".dockerignore"
BASE_IMAGE = "python:3.11-slim"


def _names(name: str, field: Any) -> set[str]:
    names = {name, field.alias} | ({field.validation_alias} if isinstance(field.validation_alias, str) else set())
    return {n.upper() for n in names if n}


SETTINGS = frozenset().union(*(_names(name, field) for name, field in Settings.model_fields.items()))
SECRETS = frozenset(name.upper() for name, field in Settings.model_fields.items()
                    if field.annotation is SecretStr or SecretStr in typing.get_args(field.annotation))
# Read by docker-compose.yml only (interpolated into the services), never by the bot: .env holds them too.
COMPOSE_ONLY = {"POSTGRES_PASSWORD": "a-postgres-password", "PUBLIC_HOST": "bot.example.org"}
# The interpreter's and pip's own variables are no settings of ours.
NOT_OURS = ("PYTHON", "PIP_")
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


# -- reading the files ----------------------------------------------------------------------------
def dockerfile_stages() -> list[list[tuple[str, str]]]:
    """The Dockerfile's instructions (KEYWORD, arguments), continuation lines joined, one list per stage."""
    stages: list[list[tuple[str, str]]] = []
    current = ""
    for raw in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue  # a comment, also between continuation lines
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        keyword, _, rest = (current + line).partition(" ")
        current = ""
        if keyword.upper() == "FROM":
            stages.append([])
        assert stages, "the Dockerfile must start with FROM"
        stages[-1].append((keyword.upper(), rest.strip()))
    return stages


def instructions(stage: list[tuple[str, str]], keyword: str) -> list[str]:
    return [rest for kw, rest in stage if kw == keyword]


def env_of(stage: list[tuple[str, str]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for rest in instructions(stage, "ENV"):
        tokens = shlex.split(rest)
        if "=" not in tokens[0]:  # the old form: ENV NAME value
            found[tokens[0]] = " ".join(tokens[1:])
            continue
        for token in tokens:
            key, _, value = token.partition("=")
            found[key] = value
    return found


def final_stage() -> list[tuple[str, str]]:
    return dockerfile_stages()[-1]


def image_env() -> dict[str, str]:
    return env_of(final_stage())


def healthcheck() -> str:
    """The HEALTHCHECK's command, in shell form."""
    (rest,) = instructions(final_stage(), "HEALTHCHECK")
    options, _, command = rest.partition(" CMD ")
    assert command, f"HEALTHCHECK without CMD: {rest}"
    assert all(option.startswith("--") for option in options.split()), options
    return command.strip()


def healthcheck_path() -> str:
    found = re.search(r"http://127\.0\.0\.1:[^/'\"\s]+(/[^'\"\s]*)", healthcheck())
    assert found, f"the health check asks no http://127.0.0.1:PORT/PATH: {healthcheck()}"
    return found.group(1)


def copied_from_repo() -> dict[str, Path]:
    """Where the final stage COPYs parts of the repository: {path in the image: path in the repository}."""
    workdir, copies = "/", {}
    for keyword, rest in final_stage():
        if keyword == "WORKDIR":
            workdir = os.path.join(workdir, rest)
        if keyword == "COPY":
            tokens = shlex.split(rest)
            if any(token.startswith("--from") for token in tokens):
                continue
            *sources, dest = [token for token in tokens if not token.startswith("--")]
            for source in sources:
                target = os.path.normpath(os.path.join(workdir, dest))
                copies[target if len(sources) == 1 else os.path.join(target, source)] = PROJECT_ROOT / source
    return copies


def in_repo(path: str) -> Path | None:
    """The repository's file or folder behind a path in the image, if the image copies it from the repository."""
    for dest, source in copied_from_repo().items():
        if path == dest or path.startswith(dest + "/"):
            return source / os.path.relpath(path, dest)
    return None


def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))  # PyYAML's safe loader reads the << merge keys


def bot_services() -> dict[str, dict[str, Any]]:
    """The services that run the image of this repository."""
    found = {name: service for name, service in compose()["services"].items()
             if "build" in service or str(service.get("image", "")).startswith("frontdoor")}
    assert found, "docker-compose.yml runs no frontdoor worker"
    return found


def environment(service: dict[str, Any]) -> dict[str, str | None]:
    env = service.get("environment") or {}
    if isinstance(env, list):  # the list form: NAME=value, or NAME alone (passed on from the shell)
        return {key: (value if sep else None) for key, sep, value in (item.partition("=") for item in env)}
    return {key: None if value is None else str(value) for key, value in env.items()}


def strings(node: Any) -> typing.Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from strings(item)
    elif isinstance(node, str):
        yield node


REFERENCE = re.compile(r"\$(?:\{(?P<braced>[A-Za-z_]\w*)(?P<op>:?[-?+])?(?P<arg>[^}]*)\}|(?P<bare>[A-Za-z_]\w*))")


def references(text: str) -> set[str]:
    text = text.replace("$$", "")  # an escaped dollar sign
    return {m["braced"] or m["bare"] for m in REFERENCE.finditer(text)}


def interpolate(text: str, values: dict[str, str]) -> str:
    """Compose's ${VAR}, ${VAR:-default}, ${VAR:?error} with `values` as .env."""
    def one(m: re.Match[str]) -> str:
        name = m["braced"] or m["bare"]
        value = values.get(name, "")
        if m["op"] in (":-", "-") and not value:
            return m["arg"]
        assert value or m["op"] not in (":?", "?"), f"compose needs {name}: {m['arg']}"
        return value
    return REFERENCE.sub(one, text.replace("$$", "\0")).replace("\0", "$")


ASSIGNMENT = re.compile(r"^(?P<commented>#\s*)?(?P<name>[A-Z][A-Z0-9_]*)=(?P<value>.*)$")


def env_example() -> list[tuple[str, str, bool, int]]:
    """(name, value, commented out, line index) of every assignment in .env.example, commented out or not."""
    found = []
    for index, line in enumerate(ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()):
        m = ASSIGNMENT.match(line.strip())
        if m:
            found.append((m["name"], m["value"].strip(), bool(m["commented"]), index))
    return found


def parse_cli(argv: list[str]) -> argparse.Namespace:
    """`python -m bot ARGV` read by the CLI's own parser, and nothing run."""
    build = getattr(cli, "build_parser", None)
    if callable(build):
        return build().parse_args(argv)

    class Parsed(Exception):
        def __init__(self, namespace: argparse.Namespace) -> None:
            self.namespace = namespace

    original = argparse.ArgumentParser.parse_args

    def capture(self: argparse.ArgumentParser, args: Any = None, namespace: Any = None) -> Any:
        raise Parsed(original(self, args, namespace))

    argparse.ArgumentParser.parse_args = capture  # type: ignore[method-assign]
    try:
        cli.main(argv)
    except Parsed as parsed:
        return parsed.namespace
    finally:
        argparse.ArgumentParser.parse_args = original  # type: ignore[method-assign]
    raise AssertionError(f"python -m bot {shlex.join(argv)}: the CLI did not parse its arguments")


def bot_argv(command: list[str]) -> list[str]:
    assert command[:3] == ["python", "-m", "bot"], f"not `python -m bot ...`: {command}"
    return command[3:]


def check_command(command: list[str]) -> argparse.Namespace:
    """Parsed by the CLI's parser, and every flag spelt in full as `--help` lists it (argparse also takes a
    prefix, which a new flag could make ambiguous)."""
    argv = bot_argv(command)
    args = parse_cli(argv)
    words = [word for word in argv if not word.startswith("-")][:1]
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as exited:
        cli.main([*words, "--help"])
    assert exited.value.code == 0
    listed = set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", out.getvalue()))
    for flag in (word.split("=")[0] for word in argv if word.startswith("--")):
        assert flag in listed, f"python -m bot {shlex.join(argv)}: {flag} is not a flag of its own"
    return args


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- the Dockerfile ---------------------------------------------------------------------------------
def test_the_image_is_slim_python_built_in_stages_and_runs_as_a_non_root_user() -> None:
    stages = dockerfile_stages()
    for stage in stages:
        (base,) = instructions(stage, "FROM")
        assert base.split()[0] == BASE_IMAGE
    assert len(stages) >= 2, "wheels are built in a stage of their own"
    final = final_stage()
    final_text = " ".join(rest for _, rest in final)
    for compiler in ("gcc", "build-essential", "g++", "clang", "apt-get install"):
        assert compiler not in final_text, f"the final image installs {compiler}"
    users = instructions(final, "USER")
    assert users, "the image runs as root"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0")
    assert instructions(final, "HEALTHCHECK") and healthcheck_path() == "/healthz"
    assert "HTTP_PORT" in healthcheck(), "the health check asks the configured port"


def test_every_variable_the_dockerfile_sets_is_a_setting() -> None:
    names = {name for stage in dockerfile_stages() for name in env_of(stage)}
    ours = {name for name in names if not name.startswith(NOT_OURS)}
    assert ours, "the image sets none of the bot's settings"
    assert {name.upper() for name in ours} <= SETTINGS, f"not settings: {sorted(ours - SETTINGS)}"
    referenced = {name for stage in dockerfile_stages() for _, rest in stage for name in references(rest)}
    assert {name for name in referenced if not name.startswith(NOT_OURS)} <= SETTINGS


def test_the_image_finds_its_flows_locales_and_data_folder() -> None:
    env = image_env()
    for name in ("FLOWS_DIR", "LOCALES_DIR", "ESCALATION_POLICY"):
        # the package's defaults point next to its code, in site-packages: the image must say where these are
        assert name in env, f"the image does not set {name}"
        source = in_repo(env[name])
        assert source is not None and source.exists(), f"{name}={env[name]} is not copied into the image"
    data = env["DATA_DIR"]
    assert in_repo(data) is None, "DATA_DIR is a volume, not part of the image"
    assert any(data in json.loads(rest) if rest.startswith("[") else data in rest.split()
               for rest in instructions(final_stage(), "VOLUME")), f"DATA_DIR {data} is no VOLUME"
    assert env["HTTP_HOST"] == "0.0.0.0", "in a container the server must listen beyond the loopback"


def test_the_image_command_parses_with_the_cli() -> None:
    (cmd,) = instructions(final_stage(), "CMD")
    args = check_command(json.loads(cmd))
    assert args.command == "run"
    assert args.no_console, "a container has no terminal: the console chat is never offered"


def test_dockerignore_keeps_secrets_and_data_out_of_the_build() -> None:
    rules = [line.strip() for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]

    def ignored(path: str) -> bool:
        verdict = False
        for rule in rules:
            negated, pattern = rule.startswith("!"), rule.lstrip("!").rstrip("/")
            parts = path.split("/")
            prefixes = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]  # a folder covers what is in it
            patterns = {pattern, pattern.replace("**/", ""), pattern.replace("**/", "*/")}
            if any(fnmatch.fnmatchcase(prefix, p) for prefix in prefixes for p in patterns):
                verdict = not negated
        return verdict

    for path in (".env", "data/frontdoor.db", "data/evidence/ab12", ".git/config", ".venv/bin/python",
                 "tests/test_config.py", "bot/__pycache__/config.cpython-311.pyc"):
        assert ignored(path), f"{path} would be sent to the image builder"
    sources = [token for stage in dockerfile_stages() for rest in instructions(stage, "COPY")
               if "--from" not in rest for token in shlex.split(rest)[:-1]]
    for source in sources:
        assert not ignored(source.rstrip("/")), f"the Dockerfile copies {source}, which .dockerignore leaves out"
    assert not ignored("bot/config.py") and not ignored("flows/intake.yaml")


# -- docker-compose.yml -----------------------------------------------------------------------------
def test_every_variable_compose_sets_or_reads_is_a_setting() -> None:
    for name, service in bot_services().items():
        unknown = {key for key in environment(service) if key.upper() not in SETTINGS}
        assert not unknown, f"{name} sets {sorted(unknown)}, which are no settings"
        assert ".env" in (service.get("env_file") if isinstance(service.get("env_file"), list)
                          else [service.get("env_file")]), f"{name} does not read .env"
    referenced = {name for text in strings(compose()) for name in references(text)}
    assert referenced <= SETTINGS | set(COMPOSE_ONLY), f"unknown: {sorted(referenced - SETTINGS - set(COMPOSE_ONLY))}"
    for name in COMPOSE_ONLY:
        assert name not in SETTINGS, f"{name} is a setting now: drop it from COMPOSE_ONLY"
        assert name in referenced, f"{name} is listed as read by compose, which does not read it"


def test_compose_holds_no_secret() -> None:
    """Secrets come from .env: a secret setting in the compose file is a reference, or empty (channel off)."""
    for name, service in bot_services().items():
        for key, value in environment(service).items():
            if key.upper() in SECRETS:
                assert not value or references(value), f"{name} writes {key} into the compose file"
    for name, service in compose()["services"].items():
        for key, value in environment(service).items():
            if "PASSWORD" in key.upper() or "SECRET" in key.upper() or "TOKEN" in key.upper():
                assert not value or references(value), f"{name} writes {key} into the compose file"
    for key, value in ((k, v) for s in bot_services().values() for k, v in environment(s).items()):
        url = interpolate(value or "", COMPOSE_ONLY)
        if key.upper() == "DATABASE_URL":
            assert urlsplit(url).password == COMPOSE_ONLY["POSTGRES_PASSWORD"], "the password comes from .env"


def test_compose_commands_parse_with_the_cli() -> None:
    for name, service in bot_services().items():
        command = service.get("command")
        if command is None:
            continue  # the image's CMD, parsed above
        args = check_command(command if isinstance(command, list) else shlex.split(command))
        assert args.command == "run" and args.no_console, name
        test = (service.get("healthcheck") or {}).get("test")
        if test:  # a health check of its own must ask the same path
            assert healthcheck_path() in " ".join(test if isinstance(test, list) else [test]), name


def test_two_workers_on_the_compose_postgres_in_webhook_mode() -> None:
    spec = compose()
    services, workers = spec["services"], bot_services()
    assert len(workers) >= 2
    for name, service in services.items():
        assert service.get("restart") in ("always", "unless-stopped", "on-failure"), f"{name} is never restarted"

    (db_name,) = [n for n, s in services.items() if str(s.get("image", "")).startswith("postgres:")]
    db = services[db_name]
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    volumes = [v.split(":") for v in db["volumes"]]
    assert any(source in spec["volumes"] and target == "/var/lib/postgresql/data" for source, target, *_ in volumes)
    db_env = {key: interpolate(value or "", COMPOSE_ONLY) for key, value in environment(db).items()}

    data_dir = image_env()["DATA_DIR"]
    for name, service in workers.items():
        env = {key: interpolate(value or "", COMPOSE_ONLY) for key, value in environment(service).items()}
        settings = Settings(_env_file=None, **{key.lower(): value for key, value in env.items()})
        url = urlsplit(settings.database_url)
        assert url.scheme == "postgresql+asyncpg" and url.hostname == db_name
        assert (url.username, url.path.lstrip("/"), url.password) == (
            db_env["POSTGRES_USER"], db_env["POSTGRES_DB"], db_env["POSTGRES_PASSWORD"])
        assert service["depends_on"][db_name]["condition"] == "service_healthy"
        assert settings.telegram_mode == "webhook", f"{name}: several workers cannot all poll Telegram"
        assert urlsplit(settings.telegram_webhook_url or "").scheme == "https"
        assert urlsplit(settings.telegram_webhook_url or "").path == WEBHOOK_PATH
        assert settings.http_host == "0.0.0.0"
        # every worker sends any evidence file: one volume for all, at the image's DATA_DIR
        assert any(v.split(":")[1] == data_dir and v.split(":")[0] in spec["volumes"] for v in service["volumes"])
    with_discord = [name for name, service in workers.items()
                    if environment(service).get("DISCORD_BOT_TOKEN", "unset") != ""]
    assert len(with_discord) == 1, f"Discord's gateway in one worker only, not {with_discord}"


def test_the_proxy_passes_the_webhook_and_health_check_to_every_worker() -> None:
    spec = compose()
    services, workers = spec["services"], bot_services()
    proxies = {name: s for name, s in services.items() if any(name in (s.get("depends_on") or {}) for name in workers)
               and name not in workers}
    assert len(proxies) == 1, "one reverse proxy in front of the workers"
    ((proxy_name, proxy),) = proxies.items()
    assert proxy.get("ports"), "the proxy publishes the port"
    assert not any(s.get("ports") for name, s in services.items() if name != proxy_name), "only the proxy is public"
    for name in workers:
        assert proxy["depends_on"][name]["condition"] == "service_healthy"
    (config,) = proxy["configs"]
    caddyfile = interpolate(spec["configs"][config["source"]]["content"], COMPOSE_ONLY)
    assert COMPOSE_ONLY["PUBLIC_HOST"] in caddyfile.split("{")[0], "the site is PUBLIC_HOST (HTTPS)"
    (upstreams,) = re.findall(r"reverse_proxy\s+([^{\n]+)", caddyfile)
    for name, service in workers.items():
        port = Settings(_env_file=None, **{k.lower(): interpolate(v or "", COMPOSE_ONLY)
                                          for k, v in environment(service).items()}).http_port
        assert f"{name}:{port}" in upstreams.split(), f"the proxy does not reach {name} on HTTP_PORT {port}"
    (matcher,) = re.findall(r"@\w+\s+path\s+([^\n]+)", caddyfile)
    paths = matcher.split()
    for wanted in (WEBHOOK_PATH, healthcheck_path()):
        assert any(fnmatch.fnmatchcase(wanted, p) for p in paths), f"the proxy does not pass {wanted}"
    assert not any(fnmatch.fnmatchcase("/metrics", p) for p in paths), "/metrics stays inside"


# -- .env.example -----------------------------------------------------------------------------------
def test_env_example_lists_every_setting_once_with_a_comment() -> None:
    found = env_example()
    names = [name for name, *_ in found]
    assert len(names) == len(set(names)), f"listed twice: {sorted({n for n in names if names.count(n) > 1})}"
    unknown = set(names) - SETTINGS - set(COMPOSE_ONLY)
    assert not unknown, f"no settings: {sorted(unknown)}"
    fields = {name.upper() for name in Settings.model_fields}
    assert fields <= set(names), f"missing from .env.example: {sorted(fields - set(names))}"
    assert set(COMPOSE_ONLY) <= set(names), "what docker-compose.yml reads from .env is listed too"
    lines = ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
    for name, value, _commented, index in found:
        above = lines[index - 1].strip() if index else ""
        assert above.startswith("#") and not ASSIGNMENT.match(above), f"{name} has no comment of its own"
        if name in SECRETS or (name in COMPOSE_ONLY and "PASSWORD" in name):
            assert value == "", f"{name} has a value in .env.example"


@pytest.mark.parametrize("uncomment", [False, True], ids=["as-copied", "every-line-uncommented"])
def test_env_example_is_valid_settings(uncomment: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.upper() in SETTINGS:
            monkeypatch.delenv(key)
    monkeypatch.chdir(PROJECT_ROOT)  # the example's relative paths are the checkout's folders
    env = tmp_path / ".env"
    env.write_text("".join(f"{name}={value}\n" for name, value, commented, _ in env_example()
                           if uncomment or not commented), encoding="utf-8")
    settings = Settings(_env_file=env)
    if uncomment:  # the commented lines show the defaults (or examples of optional values)
        defaults = Settings(_env_file=None)
        for name, value, commented, _ in env_example():
            field = name.lower()
            if commented and field in Settings.model_fields and Settings.model_fields[field].default is not None:
                given, default = getattr(settings, field), getattr(defaults, field)
                if isinstance(given, Path):  # relative to the checkout, where the defaults point
                    given, default = given.resolve(), default.resolve()
                assert given == default, f"{name}={value} is not the default"
    assert settings.channels() == []  # no token in the example


# -- the health check against the real server --------------------------------------------------------
@pytest.mark.slow
def test_the_health_check_answers_from_the_real_server(tmp_path: Path) -> None:
    """The image's CMD with the image's ENV (its paths mapped to the checkout) on SQLite and no token: the
    HEALTHCHECK's path answers 200, and the HEALTHCHECK command itself succeeds."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key.upper() not in SETTINGS}
    for key, value in image_env().items():
        env[key] = str(in_repo(value) or value) if value.startswith("/") else value
    env.update(DATA_DIR=str(tmp_path / "data"), HTTP_HOST="127.0.0.1", HTTP_PORT=str(port),
               NO_PROXY="127.0.0.1,localhost", PYTHONPATH=os.pathsep.join(
                   filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")])))
    (cmd,) = instructions(final_stage(), "CMD")
    log = tmp_path / "bot.log"
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, *json.loads(cmd)[1:]], cwd=tmp_path, env=env,
                                   stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}{healthcheck_path()}"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        deadline, answer = time.monotonic() + 60, None
        while answer is None:
            assert process.poll() is None, "the bot exited:\n" + log.read_text(errors="replace")
            assert time.monotonic() < deadline, "no answer on /healthz:\n" + log.read_text(errors="replace")
            try:
                with opener.open(url, timeout=2) as response:
                    answer = (response.status, json.loads(response.read()))
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        assert answer == (200, {"status": "ok"})

        check = shlex.split(healthcheck())
        assert check[0] == "python"
        done = subprocess.run([sys.executable, *check[1:]], env={**env, "HTTP_PORT": str(port)},
                              capture_output=True, text=True, timeout=30)
        assert done.returncode == 0, done.stderr
        nobody = subprocess.run([sys.executable, *check[1:]], env={**env, "HTTP_PORT": str(free_port())},
                                capture_output=True, text=True, timeout=30)
        assert nobody.returncode != 0, "the health check passes with no server"
    finally:
        process.send_signal(signal.SIGTERM)  # what `docker stop` sends
        try:
            code = process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    assert code == 0, log.read_text(errors="replace")
