"""Opening a store: database URLs, engines tuned per backend, migrations, clear errors.

Everything that knows which database is behind the store lives here; the rest of
``stancemap.store`` speaks SQLAlchemy and works the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    Connection,
    Engine,
    Table,
    any_,
    bindparam,
    create_engine,
    event,
    insert,
    inspect,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from stancemap.errors import StoreError

DEFAULT_DB = "stancemap.db"
ENV_DB = "STANCEMAP_DB"
ENV_LOCK_TIMEOUT = "STANCEMAP_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 10.0  # seconds a SQLite writer waits for another writer's lock


class StoreMissing(StoreError):
    """The database does not exist yet (and the caller did not ask to create it)."""


def database_url(value: str | None = None) -> URL:
    """``--db`` value (or ``$STANCEMAP_DB``, or ``./stancemap.db``) → a SQLAlchemy URL.

    A plain path is a SQLite file; ``postgresql://`` and ``postgres://`` use psycopg 3.
    """
    raw = value or os.environ.get(ENV_DB) or DEFAULT_DB
    if "://" not in raw:
        return URL.create("sqlite+pysqlite", database=str(Path(raw).expanduser()))
    try:
        url = make_url(raw)
    except ArgumentError:
        raise StoreError(f"{raw!r} is not a database URL; give a file path, "
                         "sqlite:///FILE or postgresql://USER:PASSWORD@HOST/DB") from None
    backend = url.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if url.drivername not in ("sqlite", "sqlite+pysqlite"):
            raise StoreError(f"unsupported SQLite driver {url.drivername!r}; use sqlite:///FILE")
        return url.set(drivername="sqlite+pysqlite")
    raise StoreError(f"unsupported database {url.drivername!r} in {safe_url(url)}; "
                     "use a file path, sqlite:///FILE or postgresql://USER:PASSWORD@HOST/DB")


def safe_url(url: URL | str) -> str:
    """The URL with its password hidden, fit for messages (also when given as text)."""
    if isinstance(url, str):
        try:
            url = make_url(url)
        except ArgumentError:
            return url  # a path, not a URL: no password in it
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def lock_timeout() -> float:
    try:
        return float(os.environ.get(ENV_LOCK_TIMEOUT, DEFAULT_LOCK_TIMEOUT))
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


def make_engine(url: URL) -> Engine:
    """An engine with real transactions on SQLite (WAL, foreign keys, busy timeout)."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"timeout": lock_timeout(), "check_same_thread": False}
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
            # let SQLAlchemy, not pysqlite, decide when transactions begin
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            try:
                cur.execute("PRAGMA journal_mode=WAL")
            except sqlite3.OperationalError:
                pass  # a read-only file keeps its journal mode; reading still works
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):
            # writers take the write lock up front, so two writers queue instead of deadlocking
            if conn.get_execution_options().get("sqlite_immediate"):
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.exec_driver_sql("BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True,
                         connect_args={"connect_timeout": 10, "application_name": "stancemap"})


def explain(exc: BaseException, url: URL | str) -> str:
    """One line saying what went wrong with the database and what to do about it."""
    where = safe_url(url)
    orig = getattr(exc, "orig", None) or exc
    text = " ".join(str(orig).split())
    low = text.lower()
    if isinstance(exc, StoreError):
        return str(exc)
    if "database is locked" in low or "database table is locked" in low:
        return (f"{where} is locked by another process (waited {lock_timeout():g}s); "
                f"wait for it to finish or raise ${ENV_LOCK_TIMEOUT}")
    if "readonly database" in low or "read-only" in low or "readonly" in low:
        return f"{where} is read-only; make the file and its folder writable or use another --db"
    if "disk is full" in low or "no space left" in low or "diskfull" in low \
            or "could not extend file" in low:
        return (f"the disk holding {where} is full; free some space and re-run "
                "(every document stored so far is complete)")
    if "unable to open database" in low:
        return f"cannot open {where}; check that its folder exists and is writable"
    if "file is not a database" in low or "file is encrypted" in low:
        return f"{where} is not a SQLite database; give another --db"
    if "password authentication failed" in low:
        return f"PostgreSQL refused the login for {where}; check the user and password"
    if "does not exist" in low and "database" in low:
        return f"{where}: {text}; create it (createdb) or fix the URL"
    if "connection refused" in low or "could not connect" in low or "timeout" in low \
            or "name or service not known" in low or "could not translate host" in low:
        return f"cannot reach the database server at {where} ({text}); is it running?"
    if "not currently accepting connections" in low or "shutting down" in low \
            or "starting up" in low:
        return (f"the database server at {where} is not accepting connections ({text}); "
                "documents already stored are complete, re-run when it is back")
    if "terminating connection" in low or "server closed the connection" in low \
            or "connection is closed" in low or "consuming input failed" in low \
            or "connection is lost" in low or "the connection is bad" in low \
            or "sending query failed" in low:  # (psycopg, the server gone mid-pipeline)
        return (f"lost the connection to {where} ({text}); documents already stored are "
                "complete, re-run to store the rest")
    if isinstance(exc, NoSuchModuleError):
        return f"no driver for {where}; use a file path, sqlite:/// or postgresql:// URL"
    return f"database error on {where}: {text}"


@dataclass
class Store:
    """An open store: the engine, a session factory, and where it lives."""

    url: URL
    engine: Engine

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def session(self) -> Session:
        return self.sessions()

    def writer(self) -> Engine:
        """The engine for write transactions (SQLite takes its write lock at BEGIN)."""
        return self.engine.execution_options(sqlite_immediate=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(db: str | URL | None = None, *, create: bool = True) -> Store:
    """Open (and, with ``create``, make or upgrade) the store at ``db``.

    Without ``create`` a missing SQLite file raises :class:`StoreMissing` instead of
    leaving an empty database behind. Raises :class:`StoreError` with a one-line message.
    """
    url = db if isinstance(db, URL) else database_url(db)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        if not path.exists():
            if not create:
                raise StoreMissing(f"no store at {path}; run `stancemap ingest FILES --db "
                                   f"{path}` first, or give --db / ${ENV_DB}")
            if not path.parent.exists():
                raise StoreError(f"cannot create {path}: folder {path.parent} does not exist")
    try:
        engine = make_engine(url)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError(explain(exc, url)) from None
    try:
        from stancemap.store.migrate import upgrade

        upgrade(engine, write=create)
    except StoreError:
        engine.dispose()
        raise
    except (DBAPIError, SQLAlchemyError, OSError) as exc:
        engine.dispose()
        raise StoreError(explain(exc, url)) from None
    return Store(url, engine)


def has_tables(engine: Engine) -> bool:
    return inspect(engine).has_table("documents")


def one_of(conn: Connection, col: Any, values: Iterable[Any]) -> Any:
    """``col IN values``; on PostgreSQL ``col = ANY(:array)``: one parameter, so the
    statement's text is the same for any number of values and the driver parses it once
    (a batch's long IN lists cost more to parse than to run)."""
    if conn.dialect.name == "postgresql":
        return col == any_(bindparam(None, list(values), type_=postgresql.ARRAY(col.type)))
    return col.in_(list(values))


def copy_rows(conn: Connection, table: Table, rows: list[dict[str, Any]], *,
              ignore_conflicts: bool = False) -> None:
    """Insert ``rows`` (dicts with the same keys) in bulk: on PostgreSQL with ``COPY``, the
    fastest way in (an executemany costs the driver a round of Python work per row); rows
    whose key is taken are skipped with ``ignore_conflicts`` (copied into a session-local
    stage table, then ``INSERT … SELECT … ON CONFLICT DO NOTHING``). Values are stored as
    SQLAlchemy would store them: JSON columns as JSON text (None as JSON null), a column's
    Python default where a row leaves it out."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        if ignore_conflicts:
            insert_ignore(conn, table, rows)
        else:
            conn.execute(insert(table), rows)
        return
    given = list(rows[0])
    defaults = {c.name: c.default.arg for c in table.columns if c.name not in rows[0]
                and c.default is not None and c.default.is_scalar}
    names = [*given, *defaults]
    json_cols = {c.name: c.type.none_as_null for c in table.columns if isinstance(c.type, JSON)}
    cols = ", ".join(f'"{n}"' for n in names)
    target = f"stancemap_stage_{table.name}" if ignore_conflicts else table.name
    import psycopg  # the PostgreSQL driver (``postgresql+psycopg``)

    raw = conn.connection.driver_connection
    try:
        with raw.cursor() as cur:
            if ignore_conflicts:
                cur.execute(f"CREATE TEMP TABLE IF NOT EXISTS {target} "
                            f"(LIKE {table.name} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS")
            with cur.copy(f"COPY {target} ({cols}) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row([_json_text(r[n], json_cols[n]) if n in json_cols else r[n]
                                    for n in given] + list(defaults.values()))
            if ignore_conflicts:
                cur.execute(f"INSERT INTO {table.name} ({cols}) SELECT {cols} FROM {target} "
                            "ON CONFLICT DO NOTHING")
                cur.execute(f"DELETE FROM {target}")
    except psycopg.Error as exc:  # as SQLAlchemy's own statements raise it (IntegrityError…)
        raise DBAPIError.instance(f"COPY {target} ({cols})", None, exc, psycopg.Error,
                                  dialect=conn.dialect) from exc


def _json_text(value: Any, none_as_null: bool) -> str | None:
    """A JSON column's value as SQLAlchemy binds it: JSON text, None as JSON null unless
    the column stores it as SQL NULL."""
    return None if value is None and none_as_null else json.dumps(value)


def insert_ignore(conn: Connection, table, rows: list[dict[str, Any]]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING on either backend."""
    if not rows:
        return
    ins = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    conn.execute(ins(table).on_conflict_do_nothing(), rows)


WRITE_PATIENCE = 600.0  # seconds a writer waits out another writer (a remerge) before failing
T = TypeVar("T")


def write_patience() -> float:
    """Seconds a writer keeps trying while the store is locked ($STANCEMAP_WRITE_PATIENCE)."""
    try:
        return float(os.environ.get("STANCEMAP_WRITE_PATIENCE", WRITE_PATIENCE))
    except ValueError:
        return WRITE_PATIENCE


def patiently(store: Store, write: Callable[[], T]) -> T:
    """Run ``write`` (one transaction that raises StoreError when it fails); while another
    process holds the store's write lock, back off and try again, up to
    ``write_patience()`` seconds in all, so a long `remerge` delays an ingest, not fails it."""
    waited, pause = 0.0, 0.5
    while True:
        try:
            return write()
        except StoreError as exc:
            if not _locked(exc.__cause__):
                raise
            if waited >= write_patience():
                raise StoreError(
                    f"{safe_url(store.url)} stayed locked by another process (waited "
                    f"{waited:.0f}s in all); wait for it to finish or raise "
                    "$STANCEMAP_WRITE_PATIENCE") from exc.__cause__
        time.sleep(pause)
        waited += pause + lock_timeout()
        pause = min(pause * 2, 15.0)


def _locked(exc: BaseException | None) -> bool:
    text = str(getattr(exc, "orig", exc) or "").lower()
    return any(s in text for s in ("database is locked", "lock timeout", "deadlock detected",
                                   "could not serialize", "lock not available"))
