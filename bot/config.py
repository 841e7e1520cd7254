"""Settings: every knob is an environment variable (or a line in `.env`), documented in the README."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

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

    http_host: str = "127.0.0.1"
    http_port: int = 8080

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
    telegram_desk_chat_ids: str = Field(
        default="", description="Comma-separated ids of the Telegram groups where volunteers work (the desk)")
    discord_desk_channel_ids: str = Field(
        default="", description="Comma-separated ids of the Discord text channels where volunteers work")

    @model_validator(mode="after")
    def _default_database(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite+aiosqlite:///{self.data_dir.resolve() / 'frontdoor.db'}"
        return self

    @property
    def evidence_dir(self) -> Path:
        return self.data_dir / "evidence"

    @staticmethod
    def _ids(value: str) -> frozenset[str]:
        return frozenset(part.strip() for part in value.split(",") if part.strip())

    @property
    def telegram_desk_chats(self) -> frozenset[str]:
        return self._ids(self.telegram_desk_chat_ids)

    @property
    def discord_desk_channels(self) -> frozenset[str]:
        return self._ids(self.discord_desk_channel_ids)

    def channels(self) -> list[str]:
        """The platform channels with credentials; the console needs none."""
        found = []
        if self.telegram_bot_token:
            found.append("telegram")
        if self.discord_bot_token:
            found.append("discord")
        return found
