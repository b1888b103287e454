"""A real PostgreSQL server for tests: initdb + pg_ctl in a temp dir, on a loopback port.

As root (CI), the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
Without PostgreSQL installed the tests that need it fail under CI=true, and are skipped elsewhere.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return found[0] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    datadir: Path
    port: int
    user: str = "postgres"

    def url(self, database: str = "postgres", password: str | None = None) -> str:
        auth = f"{self.user}:{password}" if password else self.user
        return f"postgresql+asyncpg://{auth}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        pg_ctl = _bin("pg_ctl")
        assert pg_ctl
        command = [pg_ctl, "-D", str(self.datadir), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.datadir} -c fsync=off -c max_connections=200"
        self._run("-w", "-o", options, "-l", str(self.datadir / "server.log"), "start")

    def stop(self) -> None:
        self._run("-w", "-m", "fast", "stop")


def start_server() -> PgServer:
    initdb = _bin("initdb")
    if initdb is None:
        if os.environ.get("CI"):
            raise RuntimeError("PostgreSQL is not installed (initdb not found); .ci/run installs it")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    # as root, under /tmp: the postgres user must reach it, and TMPDIR may be private to root
    root = Path(tempfile.mkdtemp(prefix="fa-pg-", dir="/tmp" if os.geteuid() == 0 else None))
    datadir = root / "data"
    datadir.mkdir()
    command = [initdb, "-D", str(datadir), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(datadir, "postgres")
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    server = PgServer(datadir, _free_port())
    server.start()
    return server


@contextlib.contextmanager
def running_server() -> Iterator[PgServer]:
    server = start_server()
    try:
        yield server
    finally:
        with contextlib.suppress(Exception):
            server.stop()
        shutil.rmtree(server.datadir.parent, ignore_errors=True)


async def fresh_database(server: PgServer) -> str:
    """A new empty database on the server; returns its SQLAlchemy URL."""
    import asyncpg

    name = "t_" + uuid.uuid4().hex[:12]
    conn = await asyncpg.connect(host="127.0.0.1", port=server.port, user=server.user, database="postgres")
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return server.url(name)
