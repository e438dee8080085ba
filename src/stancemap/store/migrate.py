"""Bring a database to the newest schema with the Alembic migrations shipped in the package."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from stancemap.store.db import StoreError, StoreMissing, safe_url

SCRIPT_LOCATION = "stancemap.store:migrations"
PG_LOCK = 7_262_001  # advisory lock id: one migrator at a time on PostgreSQL


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, write: bool = True) -> None:
    """Migrate to head unless already there; ``write=False`` refuses to create a store."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return
    if current is None and not write:
        raise StoreMissing(f"{safe_url(engine.url)} has no stancemap store; "
                           "run `stancemap ingest` into it first")
    heads = ScriptDirectory.from_config(alembic_config())
    if current is not None and heads.get_revision(current) is None:
        raise StoreError(f"{safe_url(engine.url)} was written by a newer stancemap "
                         f"(schema {current}); upgrade stancemap")
    cfg = alembic_config()
    with engine.execution_options(sqlite_immediate=True).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
