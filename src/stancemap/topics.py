"""Topics: the policy area of a claim (``lexicon/topics.yaml``, the Comparative Agendas
Project's major topics plus Elections), chosen as the topic whose words are nearest in
meaning to the claim's vector. One prototype per topic: the mean of its words' vectors, so a
user adds a topic or sharpens one by editing the word list, not code."""

from __future__ import annotations

from functools import cache

import numpy as np

from stancemap import meaning


@cache
def prototypes() -> tuple[tuple[str, ...], np.ndarray]:
    """(topic names, one unit row per topic)."""
    from stancemap import lexicon

    data = (lexicon.load("topics") or {}).get("topics") or {}
    names = tuple(str(k) for k in data)
    rows = []
    for name in names:
        words = [str(w) for w in (data[name] or [])] or [name]
        rows.append(meaning.embed([name, *words]).mean(axis=0))
    return names, meaning.unit(np.vstack(rows)) if rows else np.zeros((0, meaning.dim()))


def topic_of(vector: np.ndarray) -> str | None:
    """The topic nearest ``vector`` (a claim's or an issue's), or None for a zero vector."""
    names, protos = prototypes()
    if not names or not np.any(vector):
        return None
    return names[int(np.argmax(protos @ vector))]

