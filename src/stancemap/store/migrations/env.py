"""Alembic environment: runs on the connection ``stancemap.store.migrate`` hands over.

Run by hand (e.g. to autogenerate a revision) with ``STANCEMAP_DB=... alembic -c
src/stancemap/alembic.ini revision --autogenerate -m "..."``.
"""

from __future__ import annotations

from alembic import context

from stancemap.store.tables import metadata

config = context.config
connection = config.attributes.get("connection")


def run(conn) -> None:
    context.configure(connection=conn, target_metadata=metadata,
                      render_as_batch=conn.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:  # invoked from the alembic command line
    from stancemap.store.db import database_url, make_engine

    engine = make_engine(database_url(None))
    with engine.begin() as conn:
        run(conn)
    engine.dispose()
