"""The store: documents from many articles, actors and issues merged across them (the
questions to ask it are :mod:`stancemap.questions`). See README.md in this folder."""

from stancemap.store.db import Store, StoreError, StoreMissing, database_url, open_store

__all__ = ["Store", "StoreError", "StoreMissing", "database_url", "open_store"]
