"""Stance from the words: cue lemmas, their negation, and the predicate's own polarity.

A speech verb takes no side, so the content decides: evaluative words (cues.yaml) vote,
a negated cue votes the other way ("not right" opposes, "don't seek to exclude" supports),
and a negation that no cue absorbs opposes what is said ("nobody is conducting a formal
inquiry", "I put no pressure on them": a denial is a position against). Ties support,
because reported statements in the news mostly put forward what the speaker wants.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from stancemap.extract.claim_lexicon import ClaimLexicon, Predicate

SIGN = {"support": 1, "oppose": -1}
MAX_CLIMB = 6
STRONG = 1.0  # a word this far from 0 on VADER's -4 … +4 scale praises or condemns


def negations(tok: Token, lex: ClaimLexicon) -> list[Token]:
    """Negating words attached to ``tok`` ("not", "never", "no", "nobody", "without"), and
    the "no" of "no longer", which the parser hangs on "longer". A "without" phrase after
    the word says how or on what terms ("urged MPs to pass the bill without the theatrics
    of the past"), not that it is denied; before it, it does ("Without Nigeria the zone
    would have been handicapped")."""
    return [c for c in tok.children if (c.dep_ == "neg"
            or (c.lower_ in lex.negators and c.dep_ in {"det", "nsubj", "advmod", "prep",
                                                        "nsubjpass", "dobj", "aux"}))
            and not additive(c, lex) and not manner_phrase(c, lex)
            and not (c.dep_ == "prep" and c.lower_ in lex.condition_preps and c.i > tok.i)
            ] + [
        g for c in tok.children if c.dep_ == "advmod" and c.lower_ in lex.negated_adverbs
        for g in c.children if g.dep_ == "neg" and g.lower_ == "no"]


def manner_phrase(neg: Token, lex: ClaimLexicon) -> bool:
    """A "without" phrase with a gerund says how the act was done, not that it was not
    ("accused foreign services of orchestrating the unrest, without offering evidence"; "said
    he died in Britain without elaborating" is no condition either); so does one of the
    idioms of readiness ("adopt the resolution without delay"; cues.yaml manner_nouns)."""
    return neg.dep_ == "prep" and any(
        g.dep_ == "pcomp" or g.dep_ == "pobj" and g.lemma_.lower() in lex.manner_nouns
        for g in neg.children)


def additive(neg: Token, lex: ClaimLexicon) -> bool:
    """A negating word that adds rather than denies: "not just X but Y", "not only … but
    also", "for everyone — not just the wealthy", "with or without a deal"."""
    low = neg.lower_
    if low == "without":
        return neg.dep_ == "conj" and neg.head.lower_ == "with"
    if neg.dep_ != "neg" and low not in {"not", "n't"}:
        return False
    nxt = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    if nxt is None or nxt.lower_ not in lex.additive_adverbs:
        return False
    prev = neg.doc[neg.i - 1] if neg.i > 0 else None
    if prev is not None and prev.text in {"—", "–", "-", ","}:
        return True  # "works for everyone — not just the wealthy": set after what it widens
    sent_end = neg.sent.end
    return any(t.lower_ == "but" for t in neg.doc[nxt.i + 1:sent_end])


def is_negated(tok: Token, lex: ClaimLexicon) -> bool:
    """A negation on the verb, or on its subject ("neither X nor Y would endorse", "no
    country backed")."""
    if negations(tok, lex) or _shares_negation(tok, lex) or denied_existence(tok):
        return True
    return any(c.dep_ in {"nsubj", "nsubjpass"} and any(
        g.lower_ in lex.subject_negators and g.dep_ in {"preconj", "det"}
        for g in c.children) for c in tok.children)


def denied_existence(tok: Token) -> bool:
    """ "There would be no Section 30 order", "there will be no ceasefire": a "there is"
    clause whose thing is "no X" denies X as a negated verb does."""
    return any(c.dep_ == "expl" for c in tok.children) and any(
        c.dep_ in {"attr", "nsubj"} and any(g.dep_ == "det" and g.lower_ == "no"
                                            for g in c.children) for c in tok.children)


def _shares_negation(tok: Token, lex: ClaimLexicon) -> bool:
    """A bare verb joined by "or"/"nor" to a negated one shares its auxiliary and its
    negation: "did not concede or admit defeat", "will not sign nor support"."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ != "VB" or head.i == tok.i:
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "neg"} for c in tok.children):
        return False
    joined_by = [c.lower_ for c in head.children if c.dep_ == "cc" and head.i < c.i < tok.i]
    return bool(joined_by) and joined_by[-1] in {"or", "nor"} and bool(negations(head, lex))


NAME_ENTITIES = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "EVENT", "LAW",
                           "WORK_OF_ART", "PRODUCT"})


def word_cue(tok: Token, lex: ClaimLexicon) -> int:
    """-1 / +1 when the word is in the oppose / support cue lists (or says too much of what
    follows: "too large"), else 0. A word of a
    name takes no side ("Anti-Corruption Commission", "Freedom Party", "Defender of
    Democracy Award")."""
    if tok.ent_type_ in NAME_ENTITIES and tok.text[:1].isupper() and tok.i != tok.sent.start:
        return 0
    if tok.pos_ == "ADP" and tok.dep_ == "prep" and tok.head.pos_ in {"NOUN", "PROPN"}:
        return 0  # "sanctions against Russia", "measures against China": what they are
    joined = _hyphen_joined(tok)
    if joined is not None and joined in lex.oppose_cues:  # "counter-productive" is
        return -1  # "counterproductive"
    if joined is not None and joined in lex.support_cues:
        return 1
    if _hyphen_tail(tok, lex):
        return 0  # (its word was read with the one before the hyphen)
    lemma = tok.lemma_.lower()
    if lemma in lex.oppose_cues or tok.lower_ in lex.oppose_cues:
        return -1
    if lemma in lex.support_cues or tok.lower_ in lex.support_cues:
        return 1
    if tok.lower_ in lex.excess_adverbs and tok.dep_ == "advmod" \
            and tok.head.pos_ in {"ADJ", "ADV"} and tok.head.i == tok.i + 1:
        return -1  # "too large", "too little": more or less than is right
    return 0


def _hyphen_joined(tok: Token) -> str | None:
    """The word a hyphen splits, written whole ("counter-productive" → "counterproductive"),
    when ``tok`` is its first part; else None."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or tok.whitespace_ or doc[tok.i + 1].text != "-" \
            or doc[tok.i + 1].whitespace_ or not tok.is_alpha or not doc[tok.i + 2].is_alpha:
        return None
    return tok.lower_ + doc[tok.i + 2].lower_


def _hyphen_tail(tok: Token, lex: ClaimLexicon) -> bool:
    """``tok`` is the second part of a hyphened word that is a cue when written whole."""
    if tok.i < 2:
        return False
    first = tok.doc[tok.i - 2]
    joined = _hyphen_joined(first)
    return joined is not None and (joined in lex.oppose_cues or joined in lex.support_cues)


def about_nothing(verb: Token, pred: Predicate) -> bool:
    """The act is about one of the things it takes no side on: "withdrew from the race",
    "questioned the car's owner" (an interrogation, not a doubt), "declined to comment",
    "declined to give details", "asked not to be named": an infinitive with an object is
    about that object ("asked the court to name a mediator" is a request)."""
    return bool(pred.not_about) and any(
        o.lemma_.lower() in pred.not_about for c in verb.children
        for o in ([c] if c.dep_ == "dobj" else
                  ([g for g in c.children if g.dep_ == "dobj"] or [c]) if c.dep_ == "xcomp" else
                  [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []))


def _cue(tok: Token, lex: ClaimLexicon) -> int:
    found = word_cue(tok, lex)
    if found:
        return found
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and tok.dep_ not in {"advcl", "relcl", "acl", "pcomp", "csubj"}:
        # a verb that takes a side as a predicate does so inside what was said too
        # ("We appreciate the Iraqi Security Forces' response", "we reject the plan"), but
        # not in a clause that gives a reason or describes ("as it has committed itself to")
        pred = lex.verbs.get(lemma) or next(
            (lex.verbs[k] for c in tok.children if c.dep_ in {"prep", "prt"}
             and (k := f"{lemma} {c.lower_}") in lex.verbs), None)  # "objected to the text"
        if pred is not None and pred.frame == "act" and pred.stance in SIGN \
                and pred.plover in lex.evaluative_types and not about_nothing(tok, pred):
            return SIGN[pred.stance]
    return 0


def phrase_cues(tokens: Sequence[Token], lex: ClaimLexicon) -> tuple[int, int]:
    """How many oppose and support cue phrases (cues.yaml entries of several words: "red
    line", "null and void") the tokens hold."""
    lemmas = [t.lemma_.lower() for t in tokens]
    return len(_phrase_hits(lemmas, lex.oppose_phrases)), \
        len(_phrase_hits(lemmas, lex.support_phrases))


def _phrase_hits(lemmas: list[str], phrases: tuple[tuple[str, ...], ...]
                 ) -> list[tuple[int, int]]:
    """(start, length) of cue phrases in a lemma sequence."""
    hits = []
    for p in phrases:
        n = len(p)
        for i in range(len(lemmas) - n + 1):
            if tuple(lemmas[i:i + n]) == p:
                hits.append((i, n))
    return hits


def _prohibitive(verb: Token) -> bool:
    """A negated imperative ("don't hold … hostage"): no subject, "do" as auxiliary."""
    return verb.pos_ == "VERB" and not any(c.dep_ in {"nsubj", "nsubjpass"}
                                           for c in verb.children) \
        and any(c.lemma_ == "do" and c.dep_ == "aux" for c in verb.children)


def _condition_tokens(tokens: Sequence[Token], lex: ClaimLexicon) -> set[int]:
    """Token indices of the conditions in ``tokens`` ("if the other side does not make
    excessive demands"): what a position hangs on does not vote on its direction."""
    out: set[int] = set()
    for t in tokens:
        if t.dep_ == "mark" and t.lower_ in lex.condition_marks and t.lower_ != "whether" \
                and t.head.dep_ == "advcl":
            out.update(x.i for x in t.head.subtree)
        elif t.dep_ == "mark" and t.head.dep_ == "advcl" and (phrase := _phrase_ending(t, lex)):
            # "would respect the truce as long as Pakistan did not carry out air strikes"
            out.update(x.i for x in t.head.subtree)
            out.update(range(t.i - len(phrase) + 1, t.i + 1))
    return out


def _phrase_ending(mark: Token, lex: ClaimLexicon) -> tuple[str, ...] | None:
    """The condition phrase (cues.yaml condition_phrases) a clause's mark ends ("as long
    as", "provided that"), if any."""
    doc = mark.doc
    for p in lex.condition_phrases:
        start = mark.i - len(p) + 1
        if start >= 0 and tuple(t.lower_ for t in doc[start:mark.i + 1]) == p:
            return p
    return None


def _judged(tok: Token, inside: set[int], lex: ClaimLexicon) -> bool:
    """``tok`` is inside what an evaluative adjective judges ("it was premature to sign
    it", "it is important to stop the war"): the adjective's side is the content's, not the
    words of the act it judges."""
    for a in (tok, *tok.ancestors):
        if a.i not in inside:
            return False
        if a.dep_ == "xcomp" and a.head.lemma_ == "be" and a.head.i in inside \
                and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in a.head.children) \
                and any(c.dep_ == "acomp" and _cue(c, lex) for c in a.head.children):
            return True
    return False


def content_polarity(tokens: Sequence[Token], lex: ClaimLexicon) -> int:
    """Signed vote of the cues in ``tokens``; negative means the content opposes. In "A, but
    B" what comes after "but" decides when it votes ("Spain respects the aspirations of
    other countries, but we will not commit to a figure …")."""
    return _polarity(decisive_part(tokens, lex), lex)


def decisive_part(tokens: Sequence[Token], lex: ClaimLexicon) -> Sequence[Token]:
    """The words that decide the stance: after the "but" that joins two clauses, when
    they vote ("respects the aspirations of other countries, but we will not commit");
    else all."""
    but = next((t for t in tokens if t.lower_ == "but" and t.dep_ == "cc"
                and t.head.pos_ in {"VERB", "AUX"} and t.head.i < t.i
                and any(c.dep_ == "conj" and c.i > t.i and c.pos_ in {"VERB", "AUX"}
                        for c in t.head.children)), None)
    if but is not None:
        after = [t for t in tokens if t.i > but.i]
        if _polarity(after, lex):
            return after
    return tokens


def _polarity(tokens: Sequence[Token], lex: ClaimLexicon) -> int:
    if not tokens:
        return 0
    hanging = _condition_tokens(tokens, lex)
    tokens = [t for t in tokens if t.i not in hanging]
    if not tokens:
        return 0
    inside = {t.i for t in tokens}
    used_neg: set[int] = set()
    score = 0
    lemmas = [t.lemma_.lower() for t in tokens]
    in_phrase: set[int] = set()
    for phrases, sign in ((lex.oppose_phrases, -1), (lex.support_phrases, 1)):
        for i, n in _phrase_hits(lemmas, phrases):
            score += sign
            in_phrase.update(tokens[j].i for j in range(i, i + n))
    for t in tokens:
        if t.i in in_phrase or t.lower_ in lex.negators or t.dep_ == "neg":
            continue
        p = _cue(t, lex)
        if not p or _judged(t, inside, lex):
            continue
        if t.pos_ == "NOUN" and t.dep_ in {"nsubj", "nsubjpass"}:
            continue  # "sanctions should stay in place": the topic, not a judgement of it
        if t.tag_ == "VBN" and t.dep_ == "amod" and t.lemma_.lower() in lex.verbs:
            continue  # "return hubs for rejected asylum seekers", "the banned party": what
            # others did to them names them, the speaker takes no side by it
        if p < 0 and t.pos_ == "VERB" and t.lemma_.lower() in lex.counter_verbs and any(
                c.dep_ in {"dobj", "nsubjpass"} and word_valence(c) <= -STRONG
                for c in t.children):
            p = -p  # "needed to reduce the country's public debt": the debt gone
        elif p < 0 and t.dep_ in {"dobj", "pobj"} and t.head.lemma_.lower() in lex.counter_verbs:
            p = -p  # "neutralizing the threat" wants the threat gone
        elif p < 0 and t.dep_ == "pobj" and t.head.lower_ in {"to", "of"} \
                and t.head.head.pos_ == "NOUN" \
                and t.head.head.lemma_.lower() in lex.counter_verbs:
            p = -p  # "an end to the war", "the release of hostages": the war gone
        node, climbed = t, 0
        while climbed < MAX_CLIMB:
            negs = [n for n in negations(node, lex) if n.i in inside and n.i not in used_neg]
            if negs:
                used_neg.update(n.i for n in negs)
                if not _prohibitive(node):
                    p = -p  # "not right"; but "don't hold them hostage" still opposes
                break
            if node.head.i == node.i or node.head.i not in inside \
                    or node.dep_ in {"advcl", "relcl", "conj"}:
                break
            if node.i != t.i and t.dep_ == "amod" and node.i == t.head.i \
                    and node.dep_ in {"dobj", "pobj"}:
                break  # "will not pay for failed migration policies": the word describes
                # what is refused, the refusal is not of its judgement ("is not a good
                # idea" still is)
            node, climbed = node.head, climbed + 1
        score += p
    for t in tokens:
        if (t.dep_ == "neg" or (t.lower_ in lex.negators and t.dep_ != "prep")) \
                and t.i not in used_neg and not additive(t, lex):
            score -= 1
    if score == 0 and any(t.lemma_.lower() in lex.volition and not negations(t, lex)
                          for t in tokens):
        score = 1  # a stated need or wish, with nothing against it, is in favour
    return score


def stance_of(predicate_stance: str, negated: bool, polarity: int) -> str:
    """Combine the predicate's stance, its negation and the content's polarity."""
    if predicate_stance == "neutral":
        return "neutral"
    if predicate_stance == "content":
        sign = -1 if polarity < 0 else 1
    else:
        sign = SIGN[predicate_stance]
    if negated:
        sign = -sign
    return "support" if sign > 0 else "oppose"


def word_valence(tok: Token) -> float:
    """The word's valence; 0 for a word of a name ("Liberty University", "Justice Party")."""
    if tok.ent_type_:
        return 0.0
    table = valences()
    return table.get(tok.lower_, table.get(tok.lemma_.lower(), 0.0))


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """Word → mean valence rated by human judges (-4 … +4): VADER's lexicon (Hutto &
    Gilbert 2014, MIT), as shipped in the vaderSentiment package."""
    path = resources.files("vaderSentiment").joinpath("vader_lexicon.txt")
    out: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            out[parts[0].lower()] = float(parts[1])
    return out


def valence_polarity(tokens: Sequence[Token]) -> int:
    """-1 / +1 when the strongly rated words among ``tokens`` lean that way, else 0: how a
    name given judges what it names ("a mess", "a decent man")."""
    total = sum(v for v in (word_valence(t) for t in tokens) if abs(v) >= STRONG)
    return -1 if total <= -STRONG else 1 if total >= STRONG else 0
