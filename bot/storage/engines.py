"""Opening the database: the async engine for `DATABASE_URL`, and for a SQLite file a second, synchronous
engine that runs the per-answer statements on the event loop.

A local WAL write takes tens of microseconds; the async route through aiosqlite costs several thread hops
per statement, which under load was the largest share of the CPU per command. PostgreSQL stays async.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

_UNAVAILABLE = (OperationalError, InterfaceError, DisconnectionError, PoolTimeout, OSError, TimeoutError)


def sqlite_url(path: str) -> str:
    return f"sqlite+aiosqlite:///{path}"


def masked(url: str | URL) -> str:
    """The URL with its password hidden, safe for logs and error messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparseable URL: show only its scheme
        return str(url).split(":", 1)[0] + "://…"


def is_disconnect(exc: BaseException) -> bool:
    return isinstance(exc, _UNAVAILABLE) or (isinstance(exc, DBAPIError) and exc.connection_invalidated)


def _sqlite_pragmas(dbapi_connection: Any, _: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> AsyncEngine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(parsed, connect_args={"timeout": 30}, pool_reset_on_return=None)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    return create_async_engine(
        parsed,
        # Above WORK_CONCURRENCY (16 by default): connections past pool_size are opened and closed per
        # call, which under load cost an eighth of the CPU.
        pool_size=20,
        max_overflow=10,
        pool_timeout=10,
        # no pool_pre_ping: _run retries once on a connection that died instead of pinging every checkout
        connect_args={"timeout": 5, "command_timeout": 10},
    )


def make_loop_engine(engine: AsyncEngine) -> Engine | None:
    """For a SQLite file, a synchronous engine on the same file for the event loop; else None.

    One connection: the loop runs one unit of work at a time, so there is no contention inside the
    process; the async engine (migrations, OAuth stores) shares the file through WAL and the busy timeout.
    """
    url = engine.url
    if url.get_backend_name() != "sqlite" or (url.database or ":memory:") == ":memory:":
        return None  # an in-memory database is private to its connection: stay on the async engine
    loop_engine = create_engine(
        url.set(drivername="sqlite+pysqlite"),
        pool_size=1,
        max_overflow=0,
        pool_reset_on_return=None,
        connect_args={"timeout": 5, "check_same_thread": False},
    )
    event.listen(loop_engine, "connect", _sqlite_pragmas)
    return loop_engine
