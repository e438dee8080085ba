"""Extractors by name: what turns articles into documents is swappable.

An extractor is anything that maps ``RawDocument``\\ s to ``Document``\\ s (the
:class:`Extractor` protocol; the contract's JSON dicts are accepted too). They are found by
name — as spaCy finds its components — in this order:

1. the built-in registry (``@register("name")``; ``rules`` is the default: spaCy's parse and
   the rule stages of :mod:`stancemap.pipeline`);
2. the ``stancemap.extractors`` entry-point group, so a package can add one by declaring
   ``[project.entry-points."stancemap.extractors"] mine = "pkg.module:extract"``;
3. ``module:function`` written out.

``extract``, ``ingest``, ``eval`` and the upload API take ``--extractor NAME``; nothing else
needs to change to swap it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from importlib.metadata import entry_points
from typing import Any, Protocol

from stancemap.errors import SetupError
from stancemap.model import Document, RawDocument

DEFAULT = "rules"
GROUP = "stancemap.extractors"


class Extractor(Protocol):
    """Articles in, documents out, one per article and in the same order."""

    def __call__(self, raws: Iterable[RawDocument], /) -> Iterator[Document | dict[str, Any]]:
        ...


_FACTORIES: dict[str, Callable[[], Extractor]] = {}  # name -> factory
_ABOUT: dict[str, str] = {}


Factory = Callable[[], Extractor]


def register(name: str, about: str = "") -> Callable[[Factory], Factory]:
    """Register a factory (called once, on first use) under ``name``."""

    def wrap(factory: Factory) -> Factory:
        _FACTORIES[name] = factory
        _ABOUT[name] = about or (factory.__doc__ or "").strip().split("\n")[0]
        return factory

    return wrap


@register("rules")
def _rules() -> Extractor:
    """spaCy's parse, then the rule stages (actors, claims, issues, events); the default."""
    from stancemap.pipeline import extract_many

    return extract_many


def available() -> dict[str, str]:
    """Every extractor name this install knows, with one line about it."""
    found = dict(_ABOUT)
    for ep in entry_points(group=GROUP):
        found.setdefault(ep.name, f"from the package that declares {ep.value}")
    return found


@cache
def get(name: str = DEFAULT) -> Extractor:
    """The extractor called ``name`` (registry, entry point, or ``module:function``)."""
    if name in _FACTORIES:
        return _FACTORIES[name]()
    for ep in entry_points(group=GROUP):
        if ep.name == name:
            return ep.load()
    if ":" in name:
        module, _, attr = name.partition(":")
        try:
            return getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as exc:
            raise SetupError(f"extractor {name!r} cannot be loaded ({exc}); give a known name "
                             f"({', '.join(sorted(available()))}) or module:function") from None
    raise SetupError(f"no extractor called {name!r}; known: {', '.join(sorted(available()))} "
                     "(or give module:function)")


def documents(raws: Iterable[RawDocument], name: str = DEFAULT) -> Iterator[Document]:
    """Run the extractor called ``name``; contract dicts it yields become ``Document``\\ s."""
    for doc in get(name)(raws):
        yield doc if isinstance(doc, Document) else Document.from_dict(doc)
