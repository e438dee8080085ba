"""One issue per question within an article: claims grouped by meaning, each group labelled
with its most central wording and filed under one topic.

Each claim arrives with ``issue`` set to a readable phrase of its own target
(``issues.issue_phrase``). Claims are placed by ``issue_space.claim_vectors`` and grouped
online (``IssueIndex``, the same rule the store applies across articles); every claim of a
group then carries the phrase of the member nearest the group's centroid, so "the
withdrawal of US troops" and "pulling American soldiers out" in one article read as one
issue, and the topic nearest the centroid.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from stancemap import meaning
from stancemap.issue_space import Grouping, IssueIndex, claim_vectors
from stancemap.model import Claim
from stancemap.topics import topic_of

MAX_LABEL_WORDS = 7


def article_threshold(n_claims: int, g: Grouping) -> float:
    """How close two claims of one article must be to share an issue: ``article_threshold``
    for a short article (one question, as a rule), rising for a long one by 0.1 per
    doubling beyond ``title_claims`` claims (a digest or live blog covers many questions),
    never above the store's bar across articles."""
    if n_claims <= g.title_claims:
        return g.article_threshold
    return min(g.threshold, g.article_threshold + 0.1 * math.log2(n_claims / g.title_claims))


def group_issues(claims: Sequence[Claim], title: str | None,
                 title_phrases: Sequence[str] = (), people: Sequence[str] = ()) -> None:
    """Set ``issue`` and ``topic`` on ``claims`` (one article's, in text order).
    ``title_phrases``: readable phrases of the headline, candidate labels for a group (a
    headline usually names the question the article is about). ``people``: the names of
    the article's persons; a wording made only of them ("Pelosi") names no question."""
    if not claims:
        return
    g = Grouping.load()
    vecs = claim_vectors([c.target for c in claims], [c.evidence.text for c in claims],
                         [title or "" for _ in claims], [c.issue or c.target for c in claims], g)
    index = IssueIndex(threshold=article_threshold(len(claims), g))
    groups: list[list[int]] = []
    for i, vec in enumerate(vecs):
        key = index.nearest(vec, None)
        if key is None:
            index.add(len(groups), vec, None)
            groups.append([i])
        else:
            index.join(key, vec)
            groups[key].append(i)  # type: ignore[index]
    person_words = {w for name in people for w in _words(name)}
    title_words = set(_words(title or "")) - person_words  # the headline's question, not
    # whom it names ("… as Scholz fires finance minister")

    def names_someone(text: str) -> bool:
        words = _words(text)
        return bool(words) and set(words) <= person_words

    for n, members in enumerate(groups):
        centroid = meaning.unit(index.vector_sum(n))
        named = [claims[i].issue for i in members if claims[i].issue
                 and not names_someone(claims[i].issue)]
        if named or title_phrases:
            label = central_wording(named, centroid, title_words, title_phrases)
        else:  # no phrase names a thing: the shortest target, cut to a label's length
            targets = [claims[i].target for i in members]
            shortest = min([t for t in targets if not names_someone(t)] or targets, key=len)
            label = " ".join(shortest.split()[:MAX_LABEL_WORDS])
        topic = topic_of(centroid)
        for i in members:
            claims[i].issue = label
            claims[i].topic = topic


def central_wording(wordings: Sequence[str], centroid: np.ndarray,
                    title_words: set[str] = frozenset(),  # type: ignore[assignment]
                    extra: Sequence[str] = ()) -> str:
    """The wording that best names a group: nearest the centroid in meaning, preferring a
    phrase of two to four words and one that shares words with the article's title (a
    headline names the question the article is about) over a lone generic word. ``extra``
    wordings (the headline's phrases) compete too."""
    distinct = list(dict.fromkeys(w for w in [*wordings, *extra] if w))
    if len(distinct) <= 1:
        return distinct[0] if distinct else ""
    sims = meaning.embed(distinct) @ centroid
    counts = {w: wordings.count(w) for w in distinct}

    def score(k: int) -> float:
        words = _words(distinct[k])
        size = min(len(words), 4) if len(words) <= 6 else 2
        shared = len(set(words) & title_words)
        return float(sims[k]) * (1 + 0.15 * (size - 1)) + 0.1 * min(shared, 2) \
            + 0.05 * min(counts[distinct[k]] - 1, 3)

    return distinct[max(range(len(distinct)), key=score)]


def _words(text: str) -> list[str]:
    return [w for w in "".join(ch.lower() if ch.isalnum() else " " for ch in text).split()
            if len(w) > 2]
