"""Reading the user's YAML files (actor pins, issue groups) with one-line errors."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from stancemap.errors import InputError
from stancemap.lexicon import yaml_problem


def read_yaml_mapping(path: str | Path, what: str, expect: str) -> tuple[str, Mapping[str, Any]]:
    """The file's text and its top-level mapping; :class:`InputError` naming the file and
    the fix otherwise.

    ``what`` names the file in messages ("pins file"); ``expect`` says what the mapping
    must hold ("'merge:' and/or 'split:' lists").
    """
    p = Path(path)
    try:
        raw = p.read_text("utf-8")
        data = yaml.safe_load(raw) or {}
    except UnicodeDecodeError:
        raise InputError(f"{what} {p} is not UTF-8 text; save it as UTF-8") from None
    except OSError as exc:
        raise InputError(f"cannot read {what} {p}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise InputError(f"{what} {p} is not valid YAML ({yaml_problem(exc)}); fix the "
                         "file") from None
    if not isinstance(data, Mapping):
        raise InputError(f"{what} {p} must hold {expect}")
    return raw, data
