"""The store: documents from many articles, actors and issues merged across them, and the
questions to ask (``queries``). See README.md in this folder."""

from stancemap.store.db import Store, StoreError, StoreMissing, database_url, open_store

__all__ = ["Store", "StoreError", "StoreMissing", "database_url", "open_store"]
