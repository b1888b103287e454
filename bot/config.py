"""Settings from the environment (and a `.env` file if present), via pydantic-settings."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SLACK_API_URL = "https://slack.com/api/"


class MissingSetting(Exception):
    """A required variable is unset; the message names it, for a one-line error."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_api_url: str = SLACK_API_URL
    database_path: str = Field("framework-advisor.db", description="SQLite file, when DATABASE_URL is unset")
    database_url: SecretStr | None = Field(None, description="sqlite+aiosqlite:///file or postgresql+asyncpg://…")
    conversation_ttl_days: float = Field(90, gt=0, description="conversations idle this long are deleted")
    slack_client_id: str | None = None  # with SLACK_CLIENT_SECRET: OAuth, installable in many workspaces
    slack_client_secret: SecretStr | None = None
    design_channel: str | None = Field(None, description="Channel ID where 'Share' posts by default")
    port: int = Field(3000, ge=1, le=65535)
    host: str = "0.0.0.0"  # a container must listen beyond loopback
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["auto", "json", "console"] = "auto"  # auto: JSON unless stderr is a terminal
    slack_retry_budget_s: float = Field(30.0, ge=0, description="Per answer: how long 429s and 5xx are retried")
    slack_retry_tries: int = Field(4, ge=1, description="Tries in all for 5xx and connection errors")
    slack_backoff_s: float = Field(0.5, ge=0, description="First backoff after a 5xx; doubles, with jitter")
    work_concurrency: int = Field(16, ge=1, description="Answers worked on at once; the rest wait (acked)")
    shutdown_timeout_s: float = Field(20.0, ge=0, description="SIGTERM: how long answers in flight may finish")
    answer_cache_size: int = Field(512, ge=0, description="Answers kept for repeated questions (0: none)")

    @field_validator("slack_api_url")
    @classmethod
    def _trailing_slash(cls, value: str) -> str:
        return value if value.endswith("/") else value + "/"

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @property
    def socket_mode(self) -> bool:
        return self.slack_app_token is not None

    @property
    def store_url(self) -> str:
        """DATABASE_URL, else the embedded SQLite file at DATABASE_PATH."""
        if self.database_url is not None and self.database_url.get_secret_value().strip():
            return self.database_url.get_secret_value().strip()
        return f"sqlite+aiosqlite:///{self.database_path}"

    @property
    def oauth(self) -> bool:
        """Multi-workspace: client id, client secret and signing secret all set (HTTP mode)."""
        return bool(self.slack_client_id and self.slack_client_secret and self.slack_signing_secret)

    def require(self) -> None:
        """Raise MissingSetting naming the first variable this mode needs but lacks."""
        needed = [] if self.oauth else ["slack_bot_token"]
        needed += ["slack_app_token"] if self.socket_mode else ["slack_signing_secret"]
        for name in needed:
            value = getattr(self, name)
            if value is None or not value.get_secret_value().strip():
                mode = "Socket Mode" if self.socket_mode else "HTTP mode"
                raise MissingSetting(
                    f"{name.upper()} is not set (needed in {mode}); see README.md, 'Running in Slack'."
                )
