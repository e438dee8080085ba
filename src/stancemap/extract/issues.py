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


NAMES = {"PERSON", "GPE", "NORP"}
NOT_TOPICS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
COMPLEMENT_PREPS = {"of", "for", "on", "to", "against"}


def _focus(tokens: Sequence[Token]) -> list[Token]:
    """The words of a target that name what it is about: the verb with its object
    ("stem illegal immigration"), else the first noun phrase that is not a pronoun or a
    speaker's name ("Trump's state of emergency" -> "state of emergency"), with its
    "of/for/on" complement. Falls back to all the target's words."""
    if not tokens:
        return []
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    root = roots[0] if roots else tokens[0]

    def phrase(head: Token) -> list[Token]:
        words = [t for t in head.subtree if t.i in inside and (
            t.i == head.i or t.head.i == head.i and t.dep_ in {"compound", "amod", "poss", "nmod"})]
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in COMPLEMENT_PREPS:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.i in inside:
                        words += [t for t in obj.subtree if t.i in inside and (
                            t.i == obj.i or t.head.i == obj.i and t.dep_ in {"compound", "amod"})]
        # a speaker's name is not the issue ("Trump's state of emergency"); a named object is
        return sorted((t for t in words if t.ent_type_ not in NAMES or t.i == head.i
                       or t.head.i == head.i and t.dep_ == "compound"), key=lambda t: t.i)

    if root.pos_ == "VERB":
        objs = [c for c in root.children if c.dep_ in {"dobj", "attr", "xcomp"} and c.i in inside]
        if objs and objs[0].pos_ in {"NOUN", "PROPN"}:
            return [root, *phrase(objs[0])]
    for t in tokens:
        if t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ not in NAMES | NOT_TOPICS \
                and t.dep_ not in {"compound", "amod", "poss", "nmod"}:
            return phrase(t)
    return list(tokens)


def issue_label(tokens: Sequence[Token], lex: ClaimLexicon) -> str | None:
    """The normalised label of ``tokens`` (a claim's target), or None if nothing is left."""
    return _label(_focus(tokens), lex) or _label(tokens, lex)


def _label(tokens: Sequence[Token], lex: ClaimLexicon) -> str | None:
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
