"""The words stancemap knows, loaded from the YAML files beside this module.

Users extend them by editing the files or by pointing ``STANCEMAP_LEXICON`` at a folder
holding files of the same names, whose entries are added to (and override) the shipped ones.
"""

from __future__ import annotations

import os
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


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


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return extra


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed ``<name>.yaml``, with the user's override folder merged in."""
    raw = resources.files("stancemap.lexicon").joinpath(f"{name}.yaml").read_text("utf-8")
    data = parse(raw) or {}
    extra_dir = os.environ.get("STANCEMAP_LEXICON")
    if extra_dir:
        extra = Path(extra_dir) / f"{name}.yaml"
        if extra.is_file():
            data = _merge(data, parse(extra.read_text("utf-8")) or {})
    return data
