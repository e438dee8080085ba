"""Issue phrases: what a claim's target is about, as a short readable noun phrase in the
article's own words ("withdrawal of US troops"), and the headline's phrases; the grouping of
claims into issues by meaning is ``issue_groups``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from stancemap.extract.claim_lexicon import ClaimLexicon

NAMES = {"PERSON", "GPE", "NORP"}
PHRASE_NAMES = {"PERSON"}  # places and peoples stay in a readable phrase ("Hong Kong protests")
WHO_ENTITIES = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
HYPHENS = {"-", "–"}
NOT_TOPICS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


MODIFIER_DEPS = {"compound", "amod", "poss", "nmod"}


def _modifies(t: Token, head: Token) -> bool:
    """``t`` is ``head`` or sits in its chain of modifiers ("United" in "United States troops")."""
    while t.i != head.i:
        if t.dep_ not in MODIFIER_DEPS or t.head.i == t.i:
            return False
        t = t.head
    return True


def _focus(tokens: Sequence[Token], lex: ClaimLexicon, names: set[str] = NAMES) -> list[Token]:
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
        words = [t for t in head.subtree if t.i in inside and _modifies(t, head)]
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in lex.complement_preps:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.i in inside:
                        words += [t for t in obj.subtree if t.i in inside and (
                            t.i == obj.i or t.head.i == obj.i and t.dep_ in {"compound", "amod"})]
        # a speaker's name is not the issue ("Trump's state of emergency"); a named object is
        return sorted((t for t in words if t.ent_type_ not in names or t.i == head.i
                       or t.dep_ == "compound" and _modifies(t, head)), key=lambda t: t.i)

    if root.pos_ == "VERB":
        objs = [c for c in root.children if c.dep_ in {"dobj", "attr", "xcomp"} and c.i in inside]
        if objs and objs[0].pos_ in {"NOUN", "PROPN"}:
            return [root, *phrase(objs[0])]
    for t in tokens:
        if t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ not in NAMES | NOT_TOPICS \
                and t.dep_ not in {"compound", "amod", "poss", "nmod"}:
            return phrase(t)
    return list(tokens)


DROP_DEPS = {"det", "predet", "punct", "case", "cc", "aux", "auxpass", "neg", "mark", "advmod"}
MAX_PHRASE_WORDS = 7


def issue_phrase(tokens: Sequence[Token], lex: ClaimLexicon,
                 people: frozenset[int] = frozenset()) -> str | None:
    """A readable short noun phrase for what ``tokens`` are about, in the article's own
    words ("withdrawal of US troops", "EastMed pipeline project"): the focus of the target
    without articles, pronouns, dates, numbers or people's names; None if nothing is left
    or only an office ("Finance Minister"). ``people``: indices of the tokens the article's
    persons are named by, where the tagger saw less of a name ("Yoon Suk" of "Yoon Suk
    Yeol")."""
    focus = _focus(tokens, lex, PHRASE_NAMES)
    if len(focus) > 1 and focus[0].pos_ in {"VERB", "AUX"} \
            and focus[0].lemma_.lower() in lex.issue_light_verbs:
        focus = focus[1:]
    phrase = _phrase(focus, lex, people)
    if phrase is None and len(tokens) <= MAX_PHRASE_WORDS:
        phrase = _phrase(list(tokens), lex, people)
    if phrase is not None and phrase.lower() in lex.issue_offices:
        return None  # "dismissed Finance Minister Christian Lindner": an office is no issue
    return phrase


NOMINAL = {"NOUN", "PROPN"}
FINITE_VERB_TAGS = {"VB", "VBD", "VBZ", "VBP", "VBN"}
CLAUSE_VERB_TAGS = {"VBD", "VBZ", "VBP", "MD"}  # a verb that makes a phrase a clause


def _phrase(focus: Sequence[Token], lex: ClaimLexicon,
            people: frozenset[int] = frozenset()) -> str | None:
    """The readable phrase of ``focus``, or None when it names no thing (no noun)."""
    chosen = {t.i for t in focus}
    # the prepositions that join the chosen words ("withdrawal [of] troops")
    for t in focus:
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i in chosen:
            chosen.add(t.head.i)
    doc = focus[0].doc if focus else None
    words = [doc[i] for i in sorted(chosen) if i not in people and not (
        doc[i].dep_ == "compound" and doc[i].head.i in people
        and not any(doc[i].children))  # nor a bare title of one ("President")
             and _keep_in_phrase(doc[i], lex)] if doc else []
    words = _with_hyphened(words, people)
    out: list[Token] = []
    for n, t in enumerate(words):
        if t.pos_ == "ADP" and not (n + 1 < len(words) and words[n + 1].pos_ != "ADP"):
            continue
        out.append(t)
    while out and out[0].pos_ in {"ADP", "CCONJ", "PART"}:
        out = out[1:]
    of = next((n for n, t in enumerate(out[:4]) if t.lower_ == "of"), None)
    if of and of + 1 < len(out) and out[of - 1].lemma_.lower() in lex.issue_quantity_words \
            and all(t.pos_ in {"ADJ", "NOUN", "DET"} for t in out[:of]):
        out = out[of + 1:]  # "great deal of comedy films": the films
    kept = {t.i for t in out}
    finite = next((n for n, t in enumerate(out) if n and any(x.pos_ in NOMINAL for x in out[:n])
                   and (t.tag_ in CLAUSE_VERB_TAGS or t.pos_ in {"VERB", "AUX"} and any(
                       c.dep_ in {"nsubj", "nsubjpass"} and c.i in kept for c in t.children))),
                  None)
    if finite is not None:
        out = out[:finite]  # "Washington would work to ensure …": a clause, not a phrase;
        # its subject is the phrase left
    while len(out) > 1 and out[-1].pos_ in {"ADP", "CCONJ", "PART", "ADJ"}:
        out = out[:-1]
    # "wrote resignation offer" → "resignation offer"; a gerund stays ("leaving Syria")
    while len(out) > 1 and out[0].tag_ in FINITE_VERB_TAGS and any(
            t.pos_ in NOMINAL for t in out[1:]):
        out = out[1:]
        while out and out[0].pos_ in {"ADP", "CCONJ", "PART"}:
            out = out[1:]
    if not any(t.pos_ in NOMINAL for t in out):
        return None
    text = ""
    for n, t in enumerate(out[:MAX_PHRASE_WORDS + 2 * sum(t.text in HYPHENS for t in out)]):
        word = t.text if t.pos_ == "PROPN" or t.ent_type_ or t.text.isupper() else t.lower_
        glued = n and _hyphen_pair(out[n - 1], t)
        text += word if not n or glued else " " + word
    return text if any(ch.isalpha() for ch in text) else None


def _hyphen_pair(a: Token, b: Token) -> bool:
    """``a`` and ``b`` are written as one word joined by a hyphen ("last-ditch")."""
    return b.i == a.i + 1 and not a.whitespace_ and (a.text in HYPHENS or b.text in HYPHENS)


def _joined(doc: Doc, i: int, j: int) -> bool:
    """Tokens ``i`` and ``j``, next to each other either way round, are hyphened."""
    return _hyphen_pair(doc[min(i, j)], doc[max(i, j)])


def _with_hyphened(words: list[Token], people: frozenset[int]) -> list[Token]:
    """The kept words with the rest of any word they are hyphened to ("last-ditch talks",
    not "ditch talks"; "one-China policy", not "China policy"), in text order."""
    if not words:
        return words
    doc = words[0].doc
    ids = {t.i for t in words}
    for t in words:
        for step in (-1, 1):  # walk out each way over "<word>-" and "-<word>"
            j = t.i
            while 0 <= j + 2 * step < len(doc) and _joined(doc, j, j + step) \
                    and _joined(doc, j + step, j + 2 * step) and doc[j + 2 * step].is_alpha \
                    and j + 2 * step not in people:
                ids.update({j + step, j + 2 * step})
                j += 2 * step
    return [doc[i] for i in sorted(ids)]


def _keep_in_phrase(t: Token, lex: ClaimLexicon) -> bool:
    if t.is_punct or t.is_space or t.dep_ in DROP_DEPS and t.pos_ != "ADP":
        return False
    if t.pos_ == "ADP":
        return t.dep_ == "prep"
    if t.ent_type_ in NOT_TOPICS or t.like_num or t.pos_ in {"PRON", "NUM", "X", "SYM", "AUX"}:
        return False
    if t.ent_type_ == "PERSON":
        return False
    if t.lower_ in lex.issue_stop_words:
        return False
    if t.lower_ in STOP_WORDS and t.pos_ != "ADP":
        return False
    return any(ch.isalpha() for ch in t.text)


def title_phrases(title: Doc, lex: ClaimLexicon) -> list[str]:
    """Readable phrases of a parsed headline's noun chunks with their complements
    ("troop withdrawal from Syria"), candidates for an issue's label."""
    out = []
    for chunk in title.noun_chunks:
        root = chunk.root
        if root.ent_type_ in WHO_ENTITIES or root.lower_ in lex.issue_who_words:
            continue  # who ("Iraqi Parliament", "prime minister"), not what
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.pos_ == "VERB":
            continue  # the headline's actor ("House issues subpoena"), not its question
        phrase = issue_phrase(list(chunk.root.subtree), lex)
        if phrase and len(phrase.split()) >= 2:
            out.append(phrase)
    return out
