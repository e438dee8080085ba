"""Issue identity by meaning: a claim's vector and the nearest issue it joins.

A claim is placed by what it is about in context — its target, the sentence it was said in
and the article's title — as one unit vector (``claim_vectors``). ``IssueIndex`` is the
online grouping used both inside one article (``extract``, ``article_threshold``) and
across the store (``threshold``): a claim or an article's group of claims joins the nearest
issue of its topic whose centroid is at least that close, else it starts a new issue. The
weights and thresholds are data (``lexicon/issues.yaml``, ``grouping:``), calibrated on the
hand-coded dev + train claims (eval/README.md).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from stancemap import meaning


@dataclass(frozen=True)
class Grouping:
    """How claims are placed and when they share an issue (see ``lexicon/issues.yaml``)."""

    target: float = 1.0
    sentence: float = 1.0
    title: float = 0.5
    label: float = 0.5
    threshold: float = 0.85
    article_threshold: float = 0.5
    title_claims: float = 20.0
    wording_threshold: float = 0.6

    @classmethod
    @cache
    def load(cls) -> Grouping:
        from stancemap import lexicon

        data = (lexicon.load("issues") or {}).get("grouping") or {}
        known = {k: float(v) for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def claim_vectors(targets: Sequence[str], sentences: Sequence[str], titles: Sequence[str],
                  labels: Sequence[str], grouping: Grouping | None = None) -> np.ndarray:
    """One unit vector per claim: the weighted mix of its parts' meanings."""
    return claim_vectors_many([(targets, sentences, titles, labels)], grouping)[0]


ClaimParts = tuple[Sequence[str], Sequence[str], Sequence[str], Sequence[str]]


def claim_vectors_many(articles: Sequence[ClaimParts], grouping: Grouping | None = None
                       ) -> list[np.ndarray]:
    """:func:`claim_vectors` for several articles' claims (targets, sentences, titles,
    labels), with one call of the model for all of them: a writer storing a batch of
    articles pays the model's per-call cost once."""
    g = grouping or Grouping.load()
    texts: list[str] = []
    plans: list[tuple[int, list[tuple[float, int]]]] = []
    for targets, sentences, titles, labels in articles:
        n = len(targets)
        # a headline names the one question of a short article; a long digest of many claims
        # ("On the campaign trail, October") covers many, so its headline counts for less
        title_weight = g.title * min(1.0, g.title_claims / n) if n else 0.0
        parts = [(g.target, targets), (g.sentence, sentences), (title_weight, titles),
                 (g.label, labels)]
        where: list[tuple[float, int]] = []
        for w, p in parts:
            if w and n:
                where.append((w, len(texts)))
                texts += [t or "" for t in p]
        plans.append((n, where))
    vecs = meaning.embed(texts) if texts else np.zeros((0, meaning.dim()), dtype=np.float32)
    out = []
    for n, where in plans:
        mix = np.zeros((n, meaning.dim()), dtype=np.float32)
        for w, at in where:
            mix += w * vecs[at:at + n]
        out.append(meaning.unit(mix))
    return out


@dataclass
class IssueIndex:
    """Issues as centroids, grouped by topic; nearest-centroid search by one matrix product
    per topic, so a claim costs the same whether the store holds ten issues or ten thousand
    (per topic, a few thousand rows at most in practice)."""

    threshold: float
    _keys: dict[str, list[Hashable]] = field(default_factory=dict)
    _sums: dict[str, list[np.ndarray]] = field(default_factory=dict)
    _matrix: dict[str, np.ndarray] = field(default_factory=dict)
    _where: dict[Hashable, tuple[str, int]] = field(default_factory=dict)

    def add(self, key: Hashable, vector_sum: np.ndarray, topic: str | None) -> None:
        """An issue (its members' vector sum) under ``topic``."""
        t = topic or ""
        keys = self._keys.setdefault(t, [])
        self._where[key] = (t, len(keys))
        keys.append(key)
        self._sums.setdefault(t, []).append(np.asarray(vector_sum, dtype=np.float32).copy())
        self._matrix.pop(t, None)

    def nearest(self, vector: np.ndarray, topic: str | None) -> Hashable | None:
        """The key of the issue ``vector`` (a unit vector) joins, or None for a new issue."""
        t = topic or ""
        keys = self._keys.get(t)
        if not keys or not np.any(vector):
            return None
        m = self._matrix.get(t)
        if m is None:
            m = self._matrix[t] = meaning.unit(np.vstack(self._sums[t]))
        sims = m @ vector
        best = int(np.argmax(sims))
        return keys[best] if sims[best] >= self.threshold else None

    def join(self, key: Hashable, vector: np.ndarray) -> None:
        """One more member (its unit vector) for issue ``key``."""
        self.set(key, self.vector_sum(key) + vector)

    def set(self, key: Hashable, vector_sum: np.ndarray) -> None:
        """Issue ``key``'s members' vector sum, replaced."""
        t, i = self._where[key]
        self._sums[t][i] = np.asarray(vector_sum, dtype=np.float32).copy()
        m = self._matrix.get(t)
        if m is not None:
            m[i] = meaning.unit(self._sums[t][i])

    def topic(self, key: Hashable) -> str | None:
        return self._where[key][0] or None

    def vector_sum(self, key: Hashable) -> np.ndarray:
        t, i = self._where[key]
        return self._sums[t][i]

    def __contains__(self, key: Hashable) -> bool:
        return key in self._where
