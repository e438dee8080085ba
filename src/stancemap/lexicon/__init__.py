"""The words stancemap knows, loaded from the YAML files beside this module.

Users extend them by editing the files or by pointing ``STANCEMAP_LEXICON`` at a folder
holding files of the same names, whose entries are added to (and override) the shipped ones.
A user file that cannot be used stops the run with a :class:`LexiconError` naming the file:
a silently ignored file would give a different extractor than the user asked for.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

from stancemap.errors import LexiconError

ENV = "STANCEMAP_LEXICON"
_USER_FIX = f"fix the YAML or unset {ENV}"
_SHIPPED_FIX = "fix the file (it ships with stancemap) or reinstall stancemap"

F = TypeVar("F", bound=Callable[..., Any])
_caches: list[Any] = []


class WordLoader(yaml.SafeLoader):
    """YAML 1.2 booleans: only ``true``/``false``. Word lists hold "no", "on", "yes" and
    "off" as words; YAML 1.1 would silently read them as booleans."""


WordLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
WordLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))


def parse(text: str) -> Any:
    """Parse one lexicon file's text."""
    return yaml.load(text, Loader=WordLoader)  # noqa: S506 - a SafeLoader subclass


def yaml_problem(exc: yaml.YAMLError) -> str:
    """A YAML error as one line: "line 3: mapping values are not allowed here"."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    problem = " ".join(str(problem).split())
    return f"line {mark.line + 1}: {problem}" if mark is not None else problem


def cached(fn: F) -> F:
    """``functools.cache`` for anything built from the word lists; :func:`reset` clears it."""
    wrapped = cache(fn)
    _caches.append(wrapped)
    return wrapped  # type: ignore[return-value]


def reset() -> None:
    """Forget every parsed word list, so edited files or a changed ``$STANCEMAP_LEXICON``
    are read again (tests; a long-running process after the user edits a file)."""
    for fn in _caches:
        fn.cache_clear()


def load(name: str) -> dict[str, Any]:
    """The parsed ``<name>.yaml``, with the user's override folder merged in."""
    return _load(name, os.environ.get(ENV) or "")


def check() -> None:
    """Read the user's override folder now: a :class:`LexiconError` before any work rather
    than halfway through it, or never for a command that happens not to need the words."""
    _user_files(os.environ.get(ENV) or "")


@cached
def _load(name: str, folder: str) -> dict[str, Any]:
    data = _shipped(name)
    extra = _user_files(folder).get(name)
    return _merge(data, extra) if extra else data


def _shipped(name: str) -> dict[str, Any]:
    path = resources.files("stancemap.lexicon").joinpath(f"{name}.yaml")
    data = _read(path, _SHIPPED_FIX)
    if not isinstance(data, dict):
        raise LexiconError(f"lexicon file {path}: must hold a mapping — {_SHIPPED_FIX}")
    return data


def _read(path: Any, fix: str) -> Any:
    """One file's parsed YAML, or a :class:`LexiconError` naming it and the fix."""
    try:
        return parse(path.read_text("utf-8")) or {}
    except yaml.YAMLError as exc:
        raise LexiconError(f"lexicon file {path}: {yaml_problem(exc)} — {fix}") from None
    except UnicodeDecodeError:
        raise LexiconError(f"lexicon file {path}: not UTF-8 text — save it as UTF-8 or "
                           f"unset {ENV}") from None
    except OSError as exc:
        raise LexiconError(f"lexicon file {path}: cannot read it ({exc.strerror}) — {fix}"
                           ) from None


@cached
def _user_files(folder: str) -> dict[str, dict[str, Any]]:
    """Every override file in the user's folder, read and checked at once: one broken
    file stops the run at its start, not halfway through the articles."""
    if not folder:
        return {}
    root = Path(folder)
    if not root.is_dir():
        raise LexiconError(f"{ENV}={folder} is not a folder — point it at a folder of "
                           f"lexicon YAML files or unset it")
    out: dict[str, dict[str, Any]] = {}
    for name in _shipped_names():
        path = root / f"{name}.yaml"
        if path.is_file():
            out[name] = _checked(path, _shipped(name), _read(path, _USER_FIX))
    return out


def _shipped_names() -> list[str]:
    files = resources.files("stancemap.lexicon").iterdir()
    return sorted(f.name[:-5] for f in files if f.name.endswith(".yaml"))


def _checked(path: Path, shipped: dict[str, Any], data: Any) -> dict[str, Any]:
    """The user's file if its keys and their shapes match the shipped file's."""
    if not isinstance(data, dict):
        raise LexiconError(f"lexicon file {path}: must hold a mapping of word lists like the "
                           f"shipped {path.name} — {_USER_FIX}")
    for key, value in data.items():
        if key not in shipped:
            known = ", ".join(map(str, shipped))
            raise LexiconError(f"lexicon file {path}: unknown key {key!r} (the shipped "
                               f"{path.name} has {known}) — fix the key or unset {ENV}")
        want = _shape(shipped[key])
        if want != "value" and _shape(value) != want:
            raise LexiconError(f"lexicon file {path}: {key!r} must be a {want} as in the "
                               f"shipped {path.name} — {_USER_FIX}")
    return data


def _shape(value: Any) -> str:
    if isinstance(value, dict):
        return "mapping"
    return "list" if isinstance(value, list) else "value"


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return extra
