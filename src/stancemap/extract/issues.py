"""Issue labels: a target's words normalised so the same issue groups across sentences.

Content lemmas of the target's head phrase, stop-words out, synonyms (issues.yaml) applied,
at most ``max_words`` of them: "pulling out US troops" and "the withdrawal of US troops"
both become "withdrawal united states troop".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from stancemap.extract.claim_lexicon import ClaimLexicon

KEEP_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}


def issue_label(tokens: Sequence[Token], lex: ClaimLexicon) -> str | None:
    """The normalised label of ``tokens`` (a claim's target), or None if nothing is left."""
    lemmas = []
    for t in tokens:
        lemma = t.lemma_.lower() if t.pos_ != "PROPN" else t.lower_
        if t.pos_ not in KEEP_POS or lemma in STOP_WORDS or lemma in lex.issue_stop_words:
            continue
        if not any(ch.isalnum() for ch in lemma):
            continue
        lemmas.append(lemma)
    out: list[str] = []
    i = 0
    while i < len(lemmas) and len(out) < lex.issue_max_words:
        for n in range(min(lex.max_synonym_words, len(lemmas) - i), 0, -1):
            key = " ".join(lemmas[i:i + n])
            if key in lex.synonyms:
                word = lex.synonyms[key]
                i += n
                break
        else:
            word = lemmas[i]
            i += 1
        if word not in out:
            out.append(word)
    return " ".join(out) or None
