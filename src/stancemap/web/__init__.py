"""The web dashboard and JSON API over a store (``stancemap serve``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(db_url: str | None = None, token: str | None = None, **kwargs: Any) -> FastAPI:
    """The FastAPI app over the store at ``db_url`` (see :mod:`stancemap.web.app`)."""
    from stancemap.web.app import create_app as make

    return make(db_url, token, **kwargs)
