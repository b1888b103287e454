"""What can be checked here about running the bot: manifest, Dockerfile, config, `serve`, logs."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import socket
import subprocess
import sys
import tomllib
from pathlib import Path
from urllib.parse import parse_qsl

import aiohttp
import jsonschema
import pytest
import yaml

from bot.config import MissingSetting, Settings
from bot.slack.app import BOT_EVENTS, BOT_SCOPES, METHOD_SCOPES
from bot.slack.posting import RedactTokens
from tests import signed
from tests.conftest import SEEDS_DIR
from tests.slack_standin import SlackStandIn

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = SEEDS_DIR.parent / "slack" / "manifest.schema.1.0.0.json"


@pytest.fixture(scope="module")
def manifest() -> dict:
    return yaml.safe_load((ROOT / "manifest.yml").read_text(encoding="utf-8"))


@pytest.mark.skipif(not SCHEMA.exists(), reason="../shared/slack is not beside this checkout")
def test_manifest_validates_against_slacks_schema(manifest: dict) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(manifest)
    broken = {**manifest, "surprise": True}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(schema).validate(broken)


def test_manifest_asks_for_exactly_what_the_code_uses(manifest: dict) -> None:
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == BOT_SCOPES
    assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == BOT_EVENTS
    assert all(scopes <= BOT_SCOPES for scopes in METHOD_SCOPES.values())
    (command,) = manifest["features"]["slash_commands"]
    assert command["command"] == "/framework" and command["usage_hint"] and command["should_escape"] is True
    assert manifest["settings"]["interactivity"]["is_enabled"] and manifest["settings"]["socket_mode_enabled"]


def test_every_web_api_method_called_is_covered_by_a_scope() -> None:
    called = set(re.findall(r"client\.(\w+)\(", "".join(p.read_text() for p in (ROOT / "bot").rglob("*.py"))))
    as_methods = {re.sub(r"_(?!v2$)", ".", name) for name in called}  # files_upload_v2 keeps its suffix
    assert as_methods <= set(METHOD_SCOPES), as_methods - set(METHOD_SCOPES)


def test_dockerfile_installs_this_package_and_runs_serve_as_non_root() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim AS build$", dockerfile, re.M)
    build, runtime = re.split(r"^FROM python:3\.11-slim$", dockerfile, flags=re.M)
    # the build stage installs exactly the lock (hashes checked), then this package without dependencies
    assert "pip install --require-hashes -r requirements.lock" in build and "COPY knowledge ./knowledge" in build
    assert "pip install --no-deps .\n" in build
    # the runtime stage copies only the installed environment: no sources, no pip install of its own
    assert "COPY --from=build /opt/venv /opt/venv" in runtime
    assert "pip install" not in runtime and "COPY knowledge" not in runtime and "COPY bot" not in runtime
    dockerfile = runtime
    user = re.findall(r"^USER (\S+)$", dockerfile, re.M)
    assert user and user[-1] not in ("root", "0")
    assert 'CMD ["framework-bot", "serve"]' in dockerfile and "/healthz" in dockerfile.split("HEALTHCHECK")[1]


def test_the_lock_files_match_pyproject() -> None:
    """`make test` refuses to install past a changed pyproject.toml; `make lock` refreshes both locks."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "lock.py"), "check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    for name in ("requirements.lock", "requirements-dev.lock"):
        text = (ROOT / name).read_text(encoding="utf-8")
        pins = re.findall(r"^([A-Za-z0-9_.-]+)==\S+ \\$", text, re.M)
        assert {"slack-bolt", "slack-sdk", "aiohttp", "prometheus-client", "structlog"} <= set(pins)
        assert text.count("--hash=sha256:") >= len(pins)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["framework-bot"] == "bot.cli:run"
    assert "data/*.yaml" in project["tool"]["setuptools"]["package-data"]["knowledge"]


def test_packaging_ships_every_package_and_the_yaml() -> None:
    """A wheel (and so the Docker image) must contain bot.slack.listeners and knowledge/data/*.yaml."""
    from setuptools import find_packages

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = set(find_packages(where=str(ROOT), **project["tool"]["setuptools"]["packages"]["find"]))
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("bot", "knowledge")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert on_disk <= shipped and "bot.slack.listeners" in shipped
    assert not any(name.startswith(("tests", "bench")) for name in shipped)


def test_missing_credentials_name_the_variable() -> None:
    with pytest.raises(MissingSetting, match="SLACK_SIGNING_SECRET is not set"):
        Settings(_env_file=None, slack_bot_token="xoxb-1").require()  # type: ignore[call-arg]
    with pytest.raises(MissingSetting, match=r"SLACK_BOT_TOKEN is not set \(needed in Socket Mode"):
        Settings(_env_file=None, slack_app_token="xapp-1").require()  # type: ignore[call-arg]
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "serve"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
        cwd=ROOT / "tests",
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "framework-bot: SLACK_BOT_TOKEN is not set (needed in HTTP mode); see README.md, 'Running in Slack'."
    ]


def test_tokens_never_reach_the_logs(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("framework_advisor.test")
    logger.addFilter(RedactTokens())
    with caplog.at_level(logging.INFO):
        logger.info("calling with %s and %s", "xoxb-123-456-abcdef", "xapp-1-A1-zzz")
    assert "xoxb-123" not in caplog.text and "xapp-1-A1" not in caplog.text and "xoxb-[redacted]" in caplog.text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _healthy(session: aiohttp.ClientSession, port: int) -> dict:
    for _ in range(150):
        try:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as resp:
                if resp.status == 200:
                    return dict(await resp.json())
        except aiohttp.ClientConnectionError:
            pass
        await asyncio.sleep(0.1)
    raise AssertionError("no /healthz answer")


async def _serve(standin: SlackStandIn, tmp_path: Path, **env: str) -> tuple[asyncio.subprocess.Process, int]:
    """`framework-bot serve` as a real process, its Web API pointed at the stand-in; returns it and its port."""
    port = _free_port()
    full_env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SLACK_")},
        "SLACK_BOT_TOKEN": "xoxb-fake",
        "SLACK_API_URL": standin.api_url,
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "DATABASE_PATH": str(tmp_path / "c.db"),
        **env,
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "serve",
        env=full_env,
        cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    return proc, port


async def _stop(proc: asyncio.subprocess.Process) -> str:
    proc.terminate()  # SIGTERM, as `docker stop` sends
    return (await proc.communicate())[0].decode()


async def test_framework_bot_serve_answers_a_signed_command_against_the_standin(tmp_path: Path) -> None:
    """What the README shows: `framework-bot serve` with a fake token, pointed at the stand-in."""
    standin = await SlackStandIn().start()
    proc, port = await _serve(standin, tmp_path, SLACK_SIGNING_SECRET="demo-secret", LOG_LEVEL="DEBUG")
    try:
        async with aiohttp.ClientSession() as session:
            assert await _healthy(session, port) == {"ok": True, "mode": "http"}
            body = signed.slash_command("microservice, high concurrency, 5-year horizon", standin.response_url())
            url = f"http://127.0.0.1:{port}/slack/events"
            status, _ = await signed.send(session, url, "demo-secret", body, signed.FORM)
            assert status == 200
            await standin.wait_for(lambda: len(standin.posted("C1")) >= 2, within=20)
        assert "FastAPI" in json.dumps(standin.posted("C1", thread_ts="")[0].params["blocks"])
    finally:
        output = await _stop(proc)
        await standin.stop()
    assert "xoxb-fake" not in output  # DEBUG logging on, and still no token
    assert proc.returncode == 0 and "shutting down" in output


async def test_framework_bot_serve_in_socket_mode(tmp_path: Path) -> None:
    standin = await SlackStandIn().start()
    proc, port = await _serve(standin, tmp_path, SLACK_APP_TOKEN="xapp-fake")
    try:
        async with aiohttp.ClientSession() as session:
            assert await _healthy(session, port) == {"ok": True, "mode": "socket"}
        await standin.wait_for(lambda: "apps.connections.open" in standin.methods(), within=20)
        command = dict(parse_qsl(signed.slash_command("websockets and ML inference", standin.response_url())))
        envelope = {"envelope_id": "e1", "type": "slash_commands", "payload": command, "accepts_response_payload": True}
        await standin.push(envelope)
        await standin.wait_for(lambda: bool(standin.posted("C1", thread_ts="")), within=20)
        await standin.wait_for(lambda: any(a.get("envelope_id") == "e1" for a in standin.socket_acks), within=20)
    finally:
        output = await _stop(proc)
        await standin.stop()
    assert proc.returncode == 0 and "shutting down" in output and "xapp-fake" not in output


def test_env_sample_lists_every_setting_with_its_default() -> None:
    sample = dict(re.findall(r"^([A-Z_]+)=(.*)$", (ROOT / ".env.sample").read_text(encoding="utf-8"), re.M))
    assert set(sample) == {name.upper() for name in Settings.model_fields}
    for name, field in Settings.model_fields.items():
        default = field.get_default()
        secret = getattr(default, "get_secret_value", None)
        expected = "" if default is None else str(secret() if secret else default)
        assert sample[name.upper()] == expected, name


def test_manifest_declares_every_new_surface(manifest: dict) -> None:
    features = manifest["features"]
    assert features["app_home"]["home_tab_enabled"] is True
    shortcuts = {(s["type"], s["callback_id"]) for s in features["shortcuts"]}
    assert shortcuts == {("global", "ask_framework_advisor"), ("message", "ask_about_message")}
    assert {"canvases:write", "files:write"} <= set(manifest["oauth_config"]["scopes"]["bot"])
    assert "app_home_opened" in manifest["settings"]["event_subscriptions"]["bot_events"]
