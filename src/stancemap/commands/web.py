"""`serve` (the dashboard and JSON API) and `report` (one self-contained HTML file)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Annotated

import typer

from stancemap.app import app, fail, out, warn
from stancemap.commands.options import ExtractorName

Db = Annotated[str | None, typer.Option(
    "--db", help="SQLite file or database URL (postgresql://user:pass@host/db); "
    "default $STANCEMAP_DB or ./stancemap.db.", show_default=False)]


def _date(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD",
                                 param_hint=name) from None


@app.command()
def serve(
    db: Db = None,
    host: Annotated[str, typer.Option(help="Address to listen on; 127.0.0.1 keeps it "
                                      "on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    token: Annotated[str | None, typer.Option(
        help="Allow uploads (POST /api/documents, the Upload page) from requests carrying "
        "`Authorization: Bearer TOKEN`; default $STANCEMAP_TOKEN; without it the dashboard "
        "is read-only.", show_default=False)] = None,
    header_timeout: Annotated[float, typer.Option(
        min=0.1, help="Seconds a client has to send a whole request head before the "
        "connection is cut (slow clients cannot hold the server).")] = 10.0,
    extractor: ExtractorName = "rules",
) -> None:
    """Serve the dashboard (overview, issues, actors, documents, network, search) and the
    JSON API (/docs) over the store."""
    from stancemap import extractors
    from stancemap.store.db import StoreError
    from stancemap.web.app import create_app
    from stancemap.web.server import run as run_server

    token = token or os.environ.get("STANCEMAP_TOKEN") or None
    if token:
        extractors.get(extractor)  # an unknown name stops here, not at the first upload
    try:
        web = create_app(db, token, extractor=extractor)
    except StoreError as exc:
        fail(str(exc))
    if host not in ("127.0.0.1", "localhost", "::1"):
        warn(f"listening on {host}: other machines can read the store"
             + ("" if token is None else " and, with the token, add to it"))
    out.print(f"stancemap: dashboard at http://{'[' + host + ']' if ':' in host else host}"
              f":{port}/ (API docs at /docs); {'uploads on' if token else 'read-only'}; "
              "Ctrl-C stops it", markup=False, highlight=False)
    run_server(web, host=host, port=port, header_timeout=header_timeout)


@app.command()
def report(
    db: Db = None,
    out_path: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.",
                                           dir_okay=False)] = Path("report.html"),
    since: Annotated[str | None, typer.Option(help="Only articles published on or after "
                                              "this date (YYYY-MM-DD).",
                                              show_default=False)] = None,
    until: Annotated[str | None, typer.Option(help="Only articles published on or before "
                                              "this date (YYYY-MM-DD).",
                                              show_default=False)] = None,
    source: Annotated[str | None, typer.Option(help="Only articles whose source contains "
                                               "this text.", show_default=False)] = None,
) -> None:
    """Write one self-contained HTML report (opens offline): overview, stance matrix,
    timeline, who stands where on the main issues, and the evidence."""
    from stancemap.questions import Filters
    from stancemap.report import write_report
    from stancemap.store.db import StoreError, open_store

    f = Filters(_date(since, "--since"), _date(until, "--until"), source or None)
    try:
        with open_store(db, create=False) as store:
            size = write_report(store, out_path, f)
    except StoreError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write {out_path}: {exc.strerror or exc}; choose another --out")
    out.print(f"stancemap: wrote {out_path} ({size / 1024:.0f} KiB, self-contained)",
              markup=False, highlight=False)
