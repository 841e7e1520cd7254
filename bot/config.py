"""Settings: every knob is an environment variable (or a line in `.env`), documented in the README."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.language import DETECTORS
from bot.ports import Retention

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# A mistake found here carries what the value is and what is allowed; bot.settings_errors makes it one line.
SETTING_ERROR = "frontdoor_setting"
# SQLAlchemy's own URL grammar (sqlalchemy.engine.url), read here without SQLAlchemy: the settings are
# loaded by every command, and SQL belongs under bot/storage (the layer contracts in pyproject.toml).
DATABASE_URL = re.compile(
    r"(?P<driver>[\w+]+)://(?:[^:/]*(?::[^@]*)?@)?(?:(?:\[[^/?]+\]|[^/:?]+)?(?::(?P<port>[^/?]*))?)?"
    r"(?:/[^?]*)?(?:\?.*)?",
    re.DOTALL,
)
DATABASE_DRIVERS = ("sqlite+aiosqlite", "postgresql+asyncpg")
DATABASE_URLS = ("sqlite+aiosqlite:///path/to/frontdoor.db, postgresql+asyncpg://user:password@host:5432/database, "
                 "or empty for SQLite in DATA_DIR")
LANGUAGE_DETECTORS = (*DETECTORS, "none")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
LOG_FORMATS = ("text", "json")
MAX_SHARDS = 4096  # far beyond what a help desk needs; Discord asks for a shard per 2,500 servers


def setting_error(problem: str, allowed: str) -> PydanticCustomError:
    """Raised by a validator below: `problem` follows the value ("is not a folder")."""
    return PydanticCustomError(SETTING_ERROR, "{problem}", {"problem": problem, "allowed": allowed})


class Settings(BaseSettings):
    # hide_input_in_errors: a traceback that escapes must not print a token or a database password
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore",
                                      hide_input_in_errors=True)

    database_url: str = Field(
        default="",
        description="SQLAlchemy async URL: sqlite+aiosqlite:///path or postgresql+asyncpg://user@host/db; "
                    "empty means SQLite at data_dir/frontdoor.db",
    )
    data_dir: Path = Field(default=PROJECT_ROOT / "data", description="Evidence files live in data_dir/evidence")
    flows_dir: Path = PROJECT_ROOT / "flows"
    locales_dir: Path = PROJECT_ROOT / "locales"
    root_flow: str = "intake"
    default_locale: str = "en"
    language_detector: str = Field(default="fasttext", description="fasttext, lingua, langdetect or none")
    max_file_mb: int = Field(default=20, ge=1, le=2000)
    outbox_lease_seconds: float = Field(default=30.0, gt=0, description="How long a worker owns a reply it sends")
    log_level: str = "INFO"
    log_format: Literal["text", "json"] = Field(
        default="text", description="text: one readable line per record; json: one JSON object per line (time, "
                                    "level, logger, message, ids), for a log collector")

    http_host: str = "127.0.0.1"
    http_port: int = Field(default=8080, ge=1, le=65535)

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_file_base_url: str = "https://api.telegram.org/file/bot"
    telegram_mode: Literal["polling", "webhook"] = "polling"
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: SecretStr | None = None
    telegram_per_chat_per_second: float = Field(default=1.0, gt=0, le=30)
    discord_bot_token: SecretStr | None = None
    discord_api_base_url: str | None = None
    discord_gateway_url: str | None = None
    discord_guild_ready_timeout: float = Field(default=2.0, ge=0)
    # Discord sends each server's events to one gateway connection (shard) only: (server id >> 22) % count. Several
    # workers split the servers by running different shards; DMs always come to shard 0.
    discord_shard_count: int | None = Field(
        default=None, description="How many shards the bot runs in all workers together (empty: no sharding)")
    discord_shard_ids: str = Field(
        default="", description="The shards this worker runs, comma-separated, e.g. 0,1 (empty: all of them)")
    telegram_volunteer_chat_id: str = Field(
        default="", description="The Telegram group where volunteers work (the desk); several: comma-separated")
    discord_volunteer_channel_id: str = Field(
        default="", description="The Discord text channel where volunteers work; several: comma-separated")
    discord_volunteer_role_id: str = Field(
        default="", description="The Discord role mentioned when a case needs the whole volunteer channel")
    volunteer_locale: str = Field(default="en", description="The language of case cards and desk messages")
    claim_reminder_minutes: float = Field(
        default=30, ge=0, le=7 * 24 * 60,
        description="Minutes without a word to the person before a claimed case's volunteer is reminded; as long "
                    "again without an answer and the case returns to the escalation chain (0: never)")
    reopen_days: int = Field(default=14, ge=0, le=365,
                             description="Days after a resolution during which the person may reopen their case")
    volunteer_anonymous: bool = Field(default=False,
                                      description="Volunteers sign their answers as \"Volunteer\" without a name")
    escalation_policy: Path = Field(default=PROJECT_ROOT / "flows" / "escalation.yaml",
                                    description="The escalation chain urgent cases start with")
    data_encryption_key: SecretStr | None = Field(
        default=None,
        description="Encrypts message bodies, answers, case conversations and evidence files at rest: a key made by "
                    "`python -m bot keys new`; several comma-separated while rotating (the first encrypts, every one "
                    "decrypts; then `python -m bot keys rotate`). Empty: stored in clear. Lose it and they are lost")
    # Retention (`python -m bot purge`, and once a day in the running bot); 0 keeps that kind of data for ever.
    retention_days_messages: int = Field(
        default=0, ge=0, le=36500,
        description="Days the words of finished messages (in and out, cases' conversations, conversations' answers) "
                    "are kept; then blanked, keeping the rows. Never while the person's case is open. 0: for ever")
    retention_days_evidence: int = Field(
        default=0, ge=0, le=36500,
        description="Days evidence files and their rows are kept (never while the person's case is open). 0: for ever")
    retention_days_cases: int = Field(
        default=0, ge=0, le=36500,
        description="Days after its resolution a case is kept whole; then an anonymous stub remains (reference, "
                    "category, urgency, dates, rating). 0: for ever")

    # Checks of what can be known before starting: a wrong value fails here, as one line per mistake
    # (bot.settings_errors.describe_settings_error), rather than as a traceback deep in the start-up.
    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        if not value:
            return value
        url = DATABASE_URL.fullmatch(value)
        if url is None or not (url["port"] or "0").isdigit():
            raise setting_error("is not a database URL", DATABASE_URLS)
        driver = url["driver"]
        if driver not in DATABASE_DRIVERS:
            raise setting_error(f"uses the driver {driver}, which frontdoor does not support", DATABASE_URLS)
        return value

    @field_validator("data_encryption_key")
    @classmethod
    def _fernet_keys(cls, value: SecretStr | None) -> SecretStr | None:
        keys = [key.strip() for key in (value.get_secret_value() if value else "").split(",") if key.strip()]
        for key in keys:
            try:
                raw = base64.urlsafe_b64decode(key.encode("ascii"))
            except (ValueError, UnicodeEncodeError):
                raw = b""
            if len(raw) != 32:
                raise setting_error("is not a key",
                                    "one or more keys made by `python -m bot keys new`, comma-separated")
        return SecretStr(",".join(keys)) if keys else None

    @field_validator("flows_dir")
    @classmethod
    def _flows_dir(cls, value: Path) -> Path:
        if not value.is_dir():
            raise setting_error("is not a folder", "a folder of flow files (*.yaml)")
        return value

    @field_validator("locales_dir")
    @classmethod
    def _locales_dir(cls, value: Path) -> Path:
        if not value.is_dir():
            raise setting_error("is not a folder", "a folder holding one folder of .ftl files per language")
        return value

    @field_validator("root_flow")
    @classmethod
    def _root_flow(cls, value: str, info: ValidationInfo) -> str:
        flows_dir = info.data.get("flows_dir")
        if flows_dir is None:
            return value  # FLOWS_DIR itself is wrong, and said so
        from bot.engine.loader import NOT_FLOWS

        flows = sorted(path.stem for path in flows_dir.glob("*.yaml") if path.stem not in NOT_FLOWS)
        if value not in flows:
            raise setting_error(f"has no file {value}.yaml in FLOWS_DIR ({flows_dir})", ", ".join(flows) or "none")
        return value

    @field_validator("default_locale")
    @classmethod
    def _default_locale(cls, value: str, info: ValidationInfo) -> str:
        locales_dir = info.data.get("locales_dir")
        if locales_dir is None:
            return value
        locales = sorted(path.name for path in locales_dir.iterdir() if path.is_dir())
        if value not in locales:
            raise setting_error(f"has no folder in LOCALES_DIR ({locales_dir})", ", ".join(locales) or "none")
        return value

    @field_validator("language_detector", mode="before")
    @classmethod
    def _language_detector(cls, value: Any) -> Any:
        name = value.strip().lower() if isinstance(value, str) else value
        if name not in LANGUAGE_DETECTORS:
            raise setting_error("is not a language detector", ", ".join(LANGUAGE_DETECTORS))
        return name

    @field_validator("log_level", mode="before")
    @classmethod
    def _log_level(cls, value: Any) -> Any:
        level = value.strip().upper() if isinstance(value, str) else value
        if level not in LOG_LEVELS:
            raise setting_error("is not a log level", ", ".join(LOG_LEVELS))
        return level

    @field_validator("log_format", mode="before")
    @classmethod
    def _log_format(cls, value: Any) -> Any:
        name = value.strip().lower() if isinstance(value, str) else value
        if name not in LOG_FORMATS:
            raise setting_error("is not a log format", ", ".join(LOG_FORMATS))
        return name

    @field_validator("discord_shard_count", mode="before")
    @classmethod
    def _discord_shard_count(cls, value: Any) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        text = str(value).strip()
        if not text.isdigit() or not 1 <= int(text) <= MAX_SHARDS:
            raise setting_error("is not a number of shards", f"a whole number from 1 to {MAX_SHARDS}, or empty")
        return int(text)

    @field_validator("discord_shard_ids")
    @classmethod
    def _discord_shard_ids(cls, value: str, info: ValidationInfo) -> str:
        ids = [part.strip() for part in value.split(",") if part.strip()]
        if not ids:
            return ""
        if "discord_shard_count" not in info.data:
            return value  # DISCORD_SHARD_COUNT itself is wrong, and said so
        count = info.data["discord_shard_count"]
        if count is None:
            raise setting_error("is set but DISCORD_SHARD_COUNT is not",
                                "shard numbers with DISCORD_SHARD_COUNT set, or empty")
        allowed = f"shard numbers from 0 to {count - 1} (DISCORD_SHARD_COUNT is {count}), comma-separated"
        if not all(part.isdigit() for part in ids):
            raise setting_error("is not a list of shard numbers", allowed)
        if any(int(part) >= count for part in ids):
            raise setting_error("names a shard the bot does not have", allowed)
        return ",".join(str(n) for n in sorted({int(part) for part in ids}))

    @model_validator(mode="after")
    def _default_database(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite+aiosqlite:///{self.data_dir.resolve() / 'frontdoor.db'}"
        return self

    @property
    def retention(self) -> Retention:
        return Retention(self.retention_days_messages, self.retention_days_evidence, self.retention_days_cases)

    @property
    def encryption_keys(self) -> tuple[str, ...]:
        """DATA_ENCRYPTION_KEY's keys, the one that encrypts first (none: data is stored in clear)."""
        return tuple(self.data_encryption_key.get_secret_value().split(",")) if self.data_encryption_key else ()

    @property
    def evidence_dir(self) -> Path:
        return self.data_dir / "evidence"

    @staticmethod
    def _ids(value: str) -> frozenset[str]:
        return frozenset(part.strip() for part in value.split(",") if part.strip())

    @property
    def telegram_desk_chats(self) -> frozenset[str]:
        return self._ids(self.telegram_volunteer_chat_id)

    @property
    def discord_desk_channels(self) -> frozenset[str]:
        return self._ids(self.discord_volunteer_channel_id)

    @property
    def discord_shards(self) -> tuple[int, ...]:
        """The shards this worker runs; empty without sharding."""
        if self.discord_shard_count is None:
            return ()
        if self.discord_shard_ids:
            return tuple(int(part) for part in self.discord_shard_ids.split(","))
        return tuple(range(self.discord_shard_count))

    def channels(self) -> list[str]:
        """The platform channels with credentials; the console needs none."""
        found = []
        if self.telegram_bot_token:
            found.append("telegram")
        if self.discord_bot_token:
            found.append("discord")
        return found
