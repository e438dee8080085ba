"""A learned stance decision over the rules' reading of a claim (issue 9, part 3).

The rules find a claim and read a stance from cue words; this model re-decides the stance
from what the rules saw, as features that hold for any article: the rules' own stance, the
path that found the claim, the predicate's lexicon stance and its negation, cue-word counts
and the content words of what was said (conditions left out), negators, modal words,
numbers, first person, the clause's own negation and tense, a question, a news
organisation as speaker, each speaker's kind and the head word of its role, and how much the
words said praise or condemn (human-rated word valence, VADER's lexicon). A multinomial
logistic regression over them (numpy; weights in ``lexicon/stance_model.json``, trained by
``python -m stancemap.extract.stance_train`` on hand-coded gold). Without the weights file
the rules' stance stands. Held out by article on dev + train (1,780 claims) it lifts stance
accuracy from 72.6% to 77.0% (eval/README.md), so it is shipped.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from stancemap.extract.claim_lexicon import ClaimLexicon
from stancemap.extract.stance import (
    STRONG,
    additive,
    decisive_part,
    denied_existence,
    phrase_cues,
    word_cue,
    word_valence,
)

LABELS = ("support", "oppose", "neutral")
MODEL_FILE = "stance_model.json"
COMPLEMENTS = {"dobj", "attr", "acomp", "xcomp", "ccomp"}  # what the clause's head governs


@dataclass(frozen=True)
class StanceInput:
    """What the rules knew about one claim when they read its stance."""

    rule_stance: str
    path: str
    predicate_lemma: str
    predicate_stance: str  # support | oppose | content | neutral (the lexicon's)
    negated: bool
    media: bool
    direct_quote: bool
    has_condition: bool
    # who speaks: each speaker's kind (person, organization, group, country) and the head
    # word of its role ("president", "spokesperson", "analyst"); none when unresolved
    speakers: tuple[tuple[str, str | None], ...] = ()


def features(inp: StanceInput, words: Sequence[Token], lex: ClaimLexicon) -> dict[str, float]:
    """Named features of one claim; ``words`` are the words said, conditions left out, and
    of "A, but B" only B when it takes a side (as the rules read it)."""
    words = decisive_part(words, lex)
    f: dict[str, float] = {
        "bias": 1.0,
        f"rule={inp.rule_stance}": 1.0,
        f"path={inp.path}": 1.0,
        f"pred={inp.predicate_stance}": 1.0,
        f"lemma={inp.predicate_lemma}": 1.0,
    }
    if inp.negated:
        f["negated"] = 1.0
        f[f"negated&pred={inp.predicate_stance}"] = 1.0
    if inp.media:
        f["media"] = 1.0
    if inp.direct_quote:
        f["direct_quote"] = 1.0
    if inp.has_condition:
        f["condition"] = 1.0
    for kind, role in inp.speakers:  # an analyst or a physician reports; a party takes sides
        f[f"kind={kind}"] = 1.0
        if role:
            f[f"role={role}"] = 1.0
    if not inp.speakers:
        f["nospeaker"] = 1.0
    pos = neg = negators = modal = 0
    for t in words:
        low, lemma = t.lower_, t.lemma_.lower()
        c = word_cue(t, lex)
        pos += c > 0
        neg += c < 0
        if (low in lex.negators or t.dep_ == "neg") and not additive(t, lex):
            negators += 1
        if low in lex.modal_words or lemma in lex.modal_words:
            modal += 1
        if not t.ent_type_ and t.pos_ in {"ADJ", "NOUN", "VERB", "ADV"}:
            f[f"w={lemma}"] = 1.0
    against, behind = phrase_cues(words, lex)  # "are a red line for us"
    neg += against
    pos += behind
    if not pos and not neg:
        f[f"nocue&path={inp.path}"] = 1.0
    if any(t.ent_type_ in {"CARDINAL", "QUANTITY", "PERCENT", "MONEY"} for t in words):
        f["number"] = 1.0
    if any(t.lower_ in lex.first_person for t in words):
        f["first_person"] = 1.0
    if any(t.lemma_.lower() in lex.volition for t in words):
        f["volition"] = 1.0
    roots = [t for t in words if t.head.i == t.i or t.head not in words]
    if roots:
        root = roots[0]
        if any(c.dep_ == "neg" and not additive(c, lex) for c in root.children) \
                or denied_existence(root):
            f["root_negated"] = 1.0  # ("there will be no ceasefire" as "will not be")
        if root.tag_ in {"VBD", "VBN"} and not any(c.tag_ == "MD" for c in root.children):
            f["root_past"] = 1.0
        if any(c.tag_ == "MD" for c in root.children):
            f["root_modal"] = 1.0
    f["cue_pos"] = math.log1p(pos)
    f["cue_neg"] = math.log1p(neg)
    f["negators"] = math.log1p(negators)
    f["modal"] = math.log1p(modal)
    f["words"] = math.log1p(len(words)) / 4
    if any(t.text == "?" for t in words):
        f["question"] = 1.0
    f.update(valence_features(words, roots[0] if roots else None, inp.predicate_stance))
    return f


def valence_features(words: Sequence[Token], root: Token | None, predicate_stance: str
                     ) -> dict[str, float]:
    """How much of what was said praises or condemns, by human-rated word valence: an
    accusation ("Mahan had contributed to incredible human suffering, violence") opposes
    where no cue word of ours takes a side; which way the content leans, crossed with the
    predicate's own side; the valence of the clause's head and of its object or
    complement."""
    vals = [word_valence(t) for t in words]
    n_pos = sum(v >= STRONG for v in vals)
    n_neg = sum(v <= -STRONG for v in vals)
    f = {"val_pos": math.log1p(n_pos), "val_neg": math.log1p(n_neg),
         "val_sum": max(-3.0, min(3.0, sum(vals))) / 3}
    if n_neg != n_pos:
        f[f"val_{'neg' if n_neg > n_pos else 'pos'}&pred={predicate_stance}"] = 1.0
    if root is not None:
        for name, tok in [("root", root), *(("comp", c) for c in root.children
                                             if c.dep_ in COMPLEMENTS)]:
            v = word_valence(tok)
            if abs(v) >= STRONG:
                f[f"{name}_val{'neg' if v < 0 else 'pos'}"] = 1.0
    return f


class StanceModel:
    """Weights per label over named features; predicts the most probable stance."""

    def __init__(self, weights: dict[str, dict[str, float]]) -> None:
        self.weights = weights

    def scores(self, feats: dict[str, float]) -> dict[str, float]:
        raw = {lab: sum(w.get(k, 0.0) * v for k, v in feats.items())
               for lab, w in self.weights.items()}
        top = max(raw.values())
        exp = {lab: math.exp(s - top) for lab, s in raw.items()}
        total = sum(exp.values())
        return {lab: e / total for lab, e in exp.items()}

    def predict(self, feats: dict[str, float]) -> str:
        probs = self.scores(feats)
        return max(LABELS, key=lambda lab: probs.get(lab, 0.0))


def read(text: str) -> StanceModel:
    """A model from the JSON that ``stance_train`` writes."""
    return StanceModel(json.loads(text)["weights"])


def shipped() -> StanceModel | None:
    """The model shipped with the package; None when there is none or when the environment
    says ``STANCEMAP_STANCE_MODEL=off`` (the rules' stance alone, e.g. for an ablation)."""
    if os.environ.get("STANCEMAP_STANCE_MODEL", "").lower() in {"off", "0", "no", "false"}:
        return None
    return _load_shipped()


@lru_cache(maxsize=1)
def _load_shipped() -> StanceModel | None:
    path = resources.files("stancemap.lexicon").joinpath(MODEL_FILE)
    return read(path.read_text(encoding="utf-8")) if path.is_file() else None
