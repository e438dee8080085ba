"""Short texts → unit vectors whose dot product is closeness of meaning.

The vectors come from a static embedding model (model2vec) distilled from the sentence
encoder all-MiniLM-L6-v2 and shipped inside the package (``vectors/``, Apache-2.0, how it
was made: ``scripts/distill_vectors.py``). A static model is a token → vector table, so a
claim costs microseconds instead of a transformer pass, nothing is downloaded, and the same
text gives the same vector in extraction, the store and ``remerge``. Nothing else knows the
model's name. Why this model and not the transformer itself: eval/README.md ("Issue
identity").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

import numpy as np

from stancemap.errors import SetupError

MODEL_DIR = "vectors"


class VectorsMissing(SetupError):
    """The shipped vectors (or model2vec) are missing; the message says what to do."""


@cache
def _model():  # -> model2vec.StaticModel
    from model2vec import StaticModel

    path = resources.files("stancemap").joinpath(MODEL_DIR)
    if not path.joinpath("model.safetensors").is_file():
        raise VectorsMissing(
            f"the issue vectors are missing from the package ({path}); reinstall stancemap "
            "with `make demo` or `pip install -e .`")
    return StaticModel.from_pretrained(str(path))


def is_common_word(word: str) -> bool:
    """True when ``word`` (lower-cased) is a whole word of the model's English vocabulary:
    "court", "news", "smith"; not a rare name such as "tsikhanouskaya"."""
    return word.lower() in _vocabulary()


@cache
def _vocabulary() -> frozenset[str]:
    import json

    path = resources.files("stancemap").joinpath(MODEL_DIR, "tokenizer.json")
    vocab = json.loads(path.read_text("utf-8"))["model"]["vocab"]
    return frozenset(w for w in vocab if w.isalpha())


def dim() -> int:
    return int(_model().dim)


def embed(texts: Sequence[str]) -> np.ndarray:
    """One unit-length float32 row per text (a zero row for a text with no known word)."""
    if not texts:
        return np.zeros((0, dim()), dtype=np.float32)
    # each distinct text once: an article's claims share its title and often a sentence
    distinct = list(dict.fromkeys(texts))
    vecs = _model().encode(distinct, show_progress_bar=False, use_multiprocessing=False)
    vecs = unit(np.asarray(vecs, dtype=np.float32))
    if len(distinct) == len(texts):
        return vecs
    row = {t: i for i, t in enumerate(distinct)}
    return vecs[[row[t] for t in texts]]


def unit(vecs: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1; zero rows stay zero."""
    norms = np.linalg.norm(vecs, axis=-1, keepdims=True)
    return np.divide(vecs, norms, out=np.zeros_like(vecs), where=norms > 0)


def to_bytes(vec: np.ndarray) -> bytes:
    """A vector as stored (float32, little-endian)."""
    return np.asarray(vec, dtype="<f4").tobytes()


def from_bytes(raw: bytes) -> np.ndarray:
    return np.frombuffer(raw, dtype="<f4").astype(np.float32)
