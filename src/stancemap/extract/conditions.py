"""Conditions: the clauses a position hangs on ("if …", "unless …", "provided …", "until …",
"without a clear peace agreement", "should be backed by …").

Read off the parse of the claim's own clause: a subordinator (or a conditional
preposition) and the phrase it governs, worded as in the article.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from stancemap.extract.actors import entity_at
from stancemap.extract.claim_lexicon import ClaimLexicon
from stancemap.extract.stance import manner_phrase

MAX_TOKENS = 40
MEASURES = {"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"}  # a span, not a clause


def _phrase_at(tokens: Sequence[Token], i: int, lex: ClaimLexicon) -> int:
    """Length of a multi-word condition phrase starting at tokens[i], or 0."""
    for p in lex.condition_phrases:
        n = len(p)
        if i + n <= len(tokens) and tuple(t.lower_ for t in tokens[i:i + n]) == p:
            after = tokens[i + n] if i + n < len(tokens) else None
            if after is not None and (after.like_num or after.ent_type_ in MEASURES) \
                    and not _counted_subject(after):
                return 0  # "could last as long as two years", "as soon as Friday": how
                # long or when, not on what condition (but "as long as at least five of
                # the seven points go to …": a clause, its subject counted)
            if _verb_complement(tokens[i + n - 1], lex):
                return 0  # "should deal only with waste and recycling": what it is about
            rest = tokens[i + n + 1] if i + n + 1 < len(tokens) else None
            if i > 0 and tokens[i - 1].lower_ == "for" and p[0] == "as" and after is not None \
                    and (after.pos_ in {"ADJ", "ADV"} or after.tag_ == "VBN") \
                    and (rest is None or rest.is_punct):
                return 0  # "would continue for as long as necessary": how long ("for as
                # long as German controls remain in place" is a condition)
            return n
    return 0


def opens_condition(tokens: Sequence[Token], lex: ClaimLexicon) -> bool:
    """The words open with a condition's phrase ("as long as", "only if", "provided that")."""
    return bool(tokens) and _phrase_at(tokens, 0, lex) > 0


def _counted_subject(tok: Token) -> bool:
    """``tok`` opens a number that is the subject of a verb ("at least five of the seven
    points go to …")."""
    words = list(entity_at(tok)) if tok.ent_type_ else [tok]
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.pos_ in {"VERB", "AUX"}
               for t in words)


def _clause(doc: Doc, marker: Token, lo: int, hi: int) -> tuple[int, int] | None:
    """Token range of the clause a condition marker introduces, within [lo, hi)."""
    # a preposition governs its object; a subordinator with nothing after it ("only after a
    # ceasefire was in place": "only" hangs on "after") opens the clause it hangs on
    gov = marker if any(c.i > marker.i for c in marker.children) else marker.head
    end = min(gov.right_edge.i, hi - 1)
    if marker.head.i > marker.i and gov is not marker:
        end = min(max(end, marker.head.i), hi - 1)
    main = gov.head
    if gov.dep_ == "advcl" and gov.tag_ in {"VBD", "VBZ"} and main.tag_ == "VB":
        # "could support the draft only if it set a timeline … and included tougher
        # measures": the parser coordinates "included" with "support", but a base form with
        # a modal takes no past conjunct; it goes on with the condition's verb
        for c in main.children:
            if c.dep_ == "conj" and c.i > end and c.tag_ == gov.tag_ \
                    and doc[c.i - 1].dep_ == "cc" and c.i - 1 == end + 1 \
                    and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
                end = c.right_edge.i  # (past the claim's own words, which end before it)
                break
    start = marker.i
    while end > start and (doc[end].is_punct or doc[end].dep_ == "cc"):
        end -= 1
    if end - start < 1:
        return None
    return start, min(end, start + MAX_TOKENS) + 1


def find_conditions(tokens: Sequence[Token], lex: ClaimLexicon) -> list[tuple[int, int]]:
    """Character spans of the conditions inside ``tokens`` (one claim's clause)."""
    if not tokens:
        return []
    doc = tokens[0].doc
    lo, hi = tokens[0].i, tokens[-1].i + 1
    out: list[tuple[int, int]] = []
    taken_to = -1
    for k, t in enumerate(tokens):
        if t.i <= taken_to:
            continue
        low = t.lower_
        rng = None
        n = _phrase_at(tokens, k, lex)
        if n:
            rng = _clause(doc, tokens[k + n - 1], lo, hi)
            if rng:
                rng = (t.i, rng[1])
        elif low in lex.condition_marks and (
                t.dep_ in {"mark", "prep", "dep", "advmod", "advcl"}
                or k == 0 and t.dep_ == "ccomp" and low in lex.participle_condition_marks):
            # (a clause opening with the word the parser made a complement: "…, provided
            # a ceasefire was in place")
            if low == "once" and t.dep_ != "mark" and not (
                    t.dep_ == "advmod" and t.head.tag_ == "VBN" and t.head.dep_ == "advcl"
                    and t.head.i == t.i + 1):
                continue  # "once again", "he once said"; but "once elected, he would …"
            if low in {"whether", "if"} and t.dep_ == "mark" \
                    and t.head.dep_ in {"ccomp", "dobj", "xcomp", "pcomp", "csubj"}:
                continue  # "sought to determine whether …", "asked if …": a question
            if t.i > 0 and doc[t.i - 1].lower_ in lex.manner_before_if:
                continue  # "treat this decision as if it does not exist": how, not when
            clause_cut = low == "until" and t.dep_ == "prep" and _finite_after(doc, t.i, hi)
            if low == "until" and t.dep_ == "prep" and not clause_cut and not any(
                    c.pos_ in {"VERB", "NOUN"} and c.dep_ == "pobj" and
                    any(g.dep_ in {"acl", "relcl"} for g in c.children) for c in t.children):
                continue  # "until October 14" is a date, not a condition
            if t.dep_ == "ccomp" or clause_cut \
                    or low in lex.participle_condition_marks and t.dep_ == "prep":
                # ("until Pakistan credibly and irrevocably abjures …": a clause the parser
                # cut, its verb hung elsewhere)
                rng = _rest(doc, t.i, hi)  # the parse cut the clause ("provided a ceasefire
                # | was in place"): what follows is the condition
            else:
                rng = _clause(doc, t, lo, hi)
        elif low in lex.condition_preps and t.dep_ == "prep" and t.head.pos_ in {"VERB", "AUX",
                                                                                  "ADJ"} \
                and not manner_phrase(t, lex):
            # (a gerund says how it was done: "said he died in Britain, without elaborating")
            rng = _clause(doc, t, lo, hi)
        elif _only_restricted(t, lex):
            rng = _clause(doc, t, lo, hi)
        elif _not_before(t):
            rng = _clause(doc, t, lo, hi)
        elif t.lemma_.lower() in lex.condition_verbs and t.tag_ == "VBN" and any(
                c.dep_ == "auxpass" for c in t.children) and any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in t.children):
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            if agent is not None:
                rng = (t.left_edge.i, min(t.right_edge.i, hi - 1) + 1)
        elif _refused_unless(t):
            rng = (t.left_edge.i, min(t.right_edge.i, hi - 1) + 1)
        elif _inverted_condition(t, lex):
            rng = (t.i, min(t.head.right_edge.i, hi - 1) + 1)
        if rng:
            s, e = rng
            out.append((doc[s].idx, doc[e - 1].idx + len(doc[e - 1])))
            taken_to = e - 1
    return out


def _not_before(t: Token) -> bool:
    """ "before" after an act refused ("would not pull back from areas under its control
    before a comprehensive political agreement", "will not sign before Russia withdraws"):
    what must come first, as "until" says; not a time ("not before Friday")."""
    if t.lower_ != "before" or t.dep_ not in {"prep", "mark"}:
        return False
    verb = t.head.head if t.dep_ == "mark" else t.head
    if verb.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "neg" for c in verb.children):
        return False
    if t.dep_ == "mark":
        return True
    objs = [c for c in t.children if c.dep_ in {"pobj", "pcomp"}]
    return bool(objs) and all(o.ent_type_ not in {"DATE", "TIME"} and o.pos_ != "NUM"
                              for o in objs)


def _finite_after(doc: Doc, i: int, hi: int) -> bool:
    """A finite verb follows the word at ``i`` within a few words, before any punctuation
    or time word: a clause, not a time ("until Pakistan abjures its support"; not "until
    October 14", "until the end of the year", "until now is 1501")."""
    if i + 1 < hi and doc[i + 1].pos_ == "ADV":
        return False  # "until now", "until then"
    for t in doc[i + 1:min(i + 6, hi)]:
        if t.is_punct or t.ent_type_ in {"DATE", "TIME"}:
            return False
        if t.tag_ in {"VBZ", "VBP", "VBD", "MD"}:
            return True
    return False


def _rest(doc: Doc, start: int, hi: int) -> tuple[int, int] | None:
    """From ``start`` to the end of the tokens read, without closing punctuation."""
    end = hi - 1
    while end > start and doc[end].is_punct:
        end -= 1
    return (start, min(end, start + MAX_TOKENS) + 1) if end > start else None


def _only_restricted(t: Token, lex: ClaimLexicon) -> bool:
    """A phrase the verb's "only" restricts it to: "will only be preserved here with consent
    of the traditional owners", "would only act after a vote" (the split form of "only
    with", "only after")."""
    if t.dep_ not in {"prep", "mark"} or t.head.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(" ".join(p) == f"only {t.lower_}" for p in lex.condition_phrases) \
            or _verb_complement(t, lex):
        return False
    if any(c.dep_ == "advcl" and c.i > t.i and any(
            m.dep_ == "mark" and m.lower_ in lex.condition_marks for m in c.children)
           for c in t.head.children):
        return False  # "can only sign with the Chinese banks if the terms are comparable":
        # the "only" is the "if" clause's, and "with" says with whom
    return any(c.dep_ == "advmod" and c.lower_ == "only" and c.i < t.i and c.i != t.i - 1
               for c in t.head.children)


def _verb_complement(prep: Token, lex: ClaimLexicon) -> bool:
    """The preposition opens what its verb is about ("deal with", "meet with"; cues.yaml
    prep_complement_verbs), not a condition of it."""
    return prep.dep_ == "prep" and prep.head.pos_ in {"VERB", "AUX"} \
        and prep.head.lemma_.lower() in lex.prep_complement_verbs.get(prep.lower_, ())


def _refused_unless(t: Token) -> bool:
    """A negated relative clause on what a negated verb refuses is the refusal's condition:
    "will not approve a budget that does not allocate funding for a wall" opposes the budget
    unless it allocates that funding."""
    if t.dep_ != "relcl" or not any(c.dep_ == "neg" for c in t.children):
        return False
    noun = t.head
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in {"dobj", "pobj", "nsubjpass"} and verb.pos_ in {"VERB", "AUX"} \
        and any(c.dep_ == "neg" for c in verb.children)


def _inverted_condition(t: Token, lex: ClaimLexicon) -> bool:
    """An auxiliary before its subject opening a clause after the verb it hangs on: "would
    impose new sanctions should Russia fail to comply" (no "if")."""
    clause = t.head
    return t.lower_ in lex.inverted_condition_auxes and t.dep_ in {"aux", "auxpass"} \
        and clause.dep_ in {"advcl", "ccomp"} and clause.head.i < t.i \
        and t.i == clause.left_edge.i \
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > t.i for c in clause.children)
