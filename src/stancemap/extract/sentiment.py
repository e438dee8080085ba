"""General evaluative words of English, for the stance of what was said.

The project's own cue lists (lexicon/cues.yaml) hold the words of political argument;
they cannot hold every word that praises or condemns. The VADER lexicon (Hutto & Gilbert
2014, MIT licence, shipped in the ``vaderSentiment`` package: 7,500 words rated by people
from -4 to +4) fills that gap: a word rated strongly enough votes like a cue word.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

THRESHOLD = 99  # |mean rating| from which a word counts as taking a side


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """word -> mean human rating, for the single words of the lexicon."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(
        encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            try:
                out[parts[0].lower()] = float(parts[1])
            except ValueError:
                continue
    return out


def polarity(word: str, lemma: str) -> int:
    """+1 / -1 when the word (or its lemma) is rated beyond the threshold, else 0."""
    table = valences()
    v = table.get(word)
    if v is None:
        v = table.get(lemma)
    if v is None or abs(v) < THRESHOLD:
        return 0
    return 1 if v > 0 else -1
