"""Claims: who stands where, on what, under which conditions — with the evidence (issue 3).

Three rule paths, each over the parse that spaCy already made (nothing is re-parsed):

* **predicates** — a verb from lexicon/predicates.yaml ("said", "called for", "ruled out",
  "rejected") or a light verb with a nominal predicate ("voiced skepticism", "issued a
  subpoena"), or "according to X" / "X's call for"; the subject (or passive agent, or the
  subject the clause inherits) is the speaker; the object or complement is the target.
* **quotes** — each sentence-piece of a direct quote, attributed to the speaker whose
  speech verb introduces the quote anywhere along it, or carried from the speaker of the
  sentence just before ("X said:" / "X continued." / a quote opening the next paragraph).
* **stance** — the predicate's own (support/oppose), flipped by negation, or — for speech
  verbs — the content's cue words (stance.py). Conditions come from the claim's clause
  (conditions.py); issues are normalised targets (issues.py).

Confidence is fixed per rule path (``CONFIDENCE``), lowered when the speaker was resolved
indirectly (a pronoun, a description, a carried speaker), so users can filter on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from stancemap.extract import stance_model
from stancemap.extract.actors import ActorTable, entity_at, fold, is_state_itself
from stancemap.extract.claim_lexicon import ClaimLexicon, Predicate, get
from stancemap.extract.conditions import find_conditions, opens_condition
from stancemap.extract.headline import body_start
from stancemap.extract.interviews import find_turns
from stancemap.extract.issues import issue_phrase
from stancemap.extract.lexicon_index import get as country_lexicon
from stancemap.extract.quotes import Quote, QuoteIndex, find_quotes
from stancemap.extract.speakers import Speaker, SpeakerResolver, echo_clauses
from stancemap.extract.stance import (
    about_nothing,
    content_polarity,
    is_negated,
    stance_of,
    valence_polarity,
    word_cue,
)
from stancemap.extract.stance_model import StanceInput, StanceModel
from stancemap.extract.stance_model import features as stance_features
from stancemap.model import Actor, Claim, Evidence

CONFIDENCE = {
    "act": 0.85,  # an attitude verb or act with its own stance ("rejected", "called for")
    "nominal": 0.75,  # "voiced skepticism", "X's call for"
    "speech-quote": 0.75,  # "X said, '…'": stance read from the quoted words
    "speech": 0.65,  # "X said that …": stance read from the reported words
    "according": 0.6,  # "according to X, …"
    "quote": 0.65,  # a quote sentence attributed along the same quote
    "quote-carried": 0.5,  # a quote attributed to the speaker of the sentence before
}
HOW_FACTOR = {"name": 1.0, "metonym": 0.95, "group": 0.9, "new": 0.85, "description": 0.85,
              "pronoun": 0.85, "carried": 0.75}
TARGET_SKIP_DEPS = {"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg", "punct", "cc",
                    "conj", "mark", "npadvmod", "advmod", "agent", "prt", "dep", "parataxis",
                    "intj", "expl", "discourse", "meta"}
MAX_TARGET_TOKENS = 30
MAX_FRAGMENT_WORDS = 4  # quoted words inside a reported clause, read as plain text
MIN_QUOTE_WORDS = 4
MAX_TITLE_TOKENS = 8  # a name after "said" comes within its title ("Mayor of London Sadiq Khan")
INHERIT_DEPS = {"advcl", "xcomp", "conj", "pcomp"}
# what a clause's verb governs that says what it is about ("would not join any measures")
COMPLEMENT_DEPS = {"dobj", "ccomp", "xcomp", "attr", "acomp", "prep", "dative", "oprd"}
COPULAS = {"be", "seem", "appear", "remain", "become"}  # "was quick to condemn": its subject
ADVERBIAL_STANCE = {"SUPPORT", "PROTEST", "REJECT"}  # "in support of", "in protest against"
FIGURES = {"CARDINAL", "QUANTITY", "PERCENT", "MONEY"}
SPEAKER_NAMES = {"PERSON", "ORG", "GPE", "NORP"}  # entity types that name who may speak
QUOTE_PATHS = {"speech-quote", "speech", "quote", "quote-carried"}
PRIORITY = {"act": 4, "nominal": 3, "speech-quote": 3, "speech": 2, "according": 2, "quote": 1,
            "quote-carried": 0}


@dataclass
class _Draft:
    speaker: Speaker
    predicate: str
    stance: str
    target: tuple[int, int]  # token range
    content: tuple[int, int]  # token range the stance and conditions are read from
    quote: str
    sent: int
    path: str
    evidence: tuple[int, int]  # char range
    extra_content: list[tuple[int, int]] = field(default_factory=list)
    lemma: str = "say"  # the predicate's lemma
    pred_stance: str = "content"  # the predicate's own stance in the lexicon
    negated: bool = False  # the predicate is negated
    imposed: bool = False  # what an act imposes ("to life in prison"): the act decides its side
    settled: str | None = None  # a stance the rules fix, not the model ("would not say whether")


def _gerund_object(verb: Token) -> Token | None:
    """A gerund right after the verb or its particle, which the parser hung on it as an
    adverbial clause ("ruled out sending Italian soldiers"): the verb's object."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and (c.i - 1 == verb.i or any(
                p.dep_ == "prt" and p.i == c.i - 1 for p in verb.children)):
            return c
    return None


def _heads(lex: ClaimLexicon) -> frozenset[str]:
    """First words of every predicate, to skip the other tokens without looking closer."""
    words = {form.split()[0] for form in lex.verbs} | {f.split()[0] for f in lex.nominals} \
        | {f.split()[0] for f in lex.copular}
    return frozenset(words | lex.prefix_nouns | lex.source_nouns | {"according"})


def _sentences(doc: Doc) -> list[Span]:
    """spaCy's sentences, also cut at paragraph breaks (the parser glues a closing quote
    mark or a heading to the next paragraph's first sentence)."""
    out: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text:
                if tok.i > start:
                    out.append(doc[start:tok.i])
                start = tok.i + 1
        if start < sent.end:
            out.append(doc[start:sent.end])
    first = body_start(doc)
    return [s for s in out if s.start_char >= first
            and any(not t.is_space and not t.is_punct for t in s)]


def extract_claims(doc: Doc, actors: ActorTable) -> tuple[list[Claim], ActorTable]:
    """Every position an actor takes in ``doc``, in text order, and the actor table with
    the speakers the claims found that the entity pass had not (``actors`` is unchanged)."""
    table = actors.fork()
    return _Extractor(doc, table, stance_model.shipped()).run(), table


def claims_with_features(doc: Doc, actors: ActorTable, model: StanceModel | None = None
                         ) -> tuple[list[Claim], list[dict[str, float]]]:
    """The claims and, for each, the features the stance model reads (for training it)."""
    ex = _Extractor(doc, actors.fork(), model)
    return ex.run(), ex.features


class _Extractor:
    """One document's claim extraction; keeps the per-document state in one place."""

    def __init__(self, doc: Doc, actors: ActorTable, model: StanceModel | None = None) -> None:
        self.doc = doc
        self.model = model
        self.features: list[dict[str, float]] = []
        self.lex: ClaimLexicon = get()
        self.text = doc.text  # Doc.text rebuilds the string on every access
        self.quotes: QuoteIndex = find_quotes(self.text)
        self.speakers = SpeakerResolver(doc, actors, self.lex, self.quotes)
        self.actors = actors
        self.sents: list[Span] = _sentences(doc)
        self.sent_of = [0] * len(doc)
        for si, s in enumerate(self.sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = si
        self.heads = _heads(self.lex)
        self.issued_texts = self.lex.source_nouns | self.lex.filing_nouns
        self.drafts: list[_Draft] = []
        self.consumed: set[tuple[int, int]] = set()  # (sentence, quote start) used already
        self._conditions_of: dict[tuple[int, int], list[tuple[int, int]]] = {}  # by content
        self._cut_of: dict[tuple[int, int], list[tuple[int, int]]] = {}  # by content
        self.quote_speaker: dict[int, Speaker] = {}  # quote start -> speaker
        self.sent_speaker: dict[int, Speaker] = {}
        self._add_answers()

    def _person_tokens(self) -> frozenset[int]:
        """The tokens the article's persons are named by, as the actor table found them
        (more than the tagger's spans: "Yoon Suk Yeol" where it tagged "Yoon Suk"), in names
        the tagger tagged a person in part (not "EastMed", a pipeline the actor rules took
        for a person)."""
        out: set[int] = set()
        for a in self.actors:
            if a.kind != "person":
                continue
            for m in a.mentions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and any(t.ent_type_ == "PERSON" for t in span):
                    out.update(range(span.start, span.end))
        return frozenset(out)

    def _add_answers(self) -> None:
        """In an interview's answers "I" and "we" are whoever the turn's marker names
        ("((Wayne Tseng)) … I advocated for the creation of a platform …"), when that name
        is an actor of the article: the answerer's own statements are read as anyone's."""
        answers = []
        people = tuple(sorted((a.name for a in self.actors if a.kind == "person"
                               and len(a.name.split()) > 1), key=len, reverse=True))
        for turn in find_turns(self.text, people):
            speaker = self._named_speaker(turn.name, turn.name_start, turn.name_end)
            if speaker is not None:
                answers.append((turn.start, turn.end, speaker))
        self.speakers.answers = answers

    def _named_speaker(self, name: str, start: int, end: int) -> Speaker | None:
        """The actor a bare name stands for: the one mentioned there, else the one of that
        name or surname."""
        found = self.actors.covering(start, end)
        if found is None:
            key = fold(name)
            named = [i for i in self.actors.named(key, key.split()[-1] if key else "")
                     if self.actors.get(i).kind in {"person", "organization"}]
            found = named[0] if len(named) == 1 else None
        return Speaker([found], name, start, end, "name") if found else None

    def _fragment(self, quote: Quote, sent: Span) -> bool:
        """A few quoted words set inside a reported clause ('said he was "open to
        discussing" Turkey's concerns'): the reporter's sentence frames them, so a position
        word among them is read as in plain text."""
        words = self.text[quote.start:quote.end].split()
        return len(words) <= MAX_FRAGMENT_WORDS and sent.start_char < quote.start - 1 \
            and self.text[max(0, quote.start - 40):quote.start - 1].rstrip()[-1:].isalpha() \
            and quote.end < sent.end_char - 1 and self.text[quote.end + 1:quote.end + 2] == " "

    # --- driver -------------------------------------------------------------------------
    def run(self) -> list[Claim]:
        for si, sent in enumerate(self.sents):
            if len(sent) > 400:  # a run-on "sentence" (a list, a table): not prose
                continue
            for tok in sent:
                lemma = tok.lemma_.lower()
                if lemma not in self.heads and tok.lower_ not in self.heads:
                    continue  # cheap pre-filter: most tokens are no predicate
                if (q := self.quotes.at(tok.idx)) is not None \
                        and not self._fragment(q, sent):
                    continue  # the speaker's own words: read as said, not as acts
                self._verbal(tok, si) or self._nominal(tok, si) or self._copular(tok, si) \
                    or self._according(tok, si) or self._issued_that(tok, si)
        self._quote_pieces()
        return self._finish()

    # --- predicates -------------------------------------------------------------------
    def _match_verb(self, tok: Token) -> tuple[Predicate, Token | None] | None:
        if tok.pos_ != "VERB" or tok.dep_ in {"amod", "compound", "nmod"}:
            return None
        verbs = self.lex.verbs
        lemma = tok.lemma_.lower()
        prts = [c for c in tok.children if c.dep_ == "prt"]
        named = min((c.i for c in tok.children if c.dep_ == "oprd"), default=len(self.doc))
        preps = [c for c in tok.children if c.dep_ in {"prep", "dative"} and tok.i < c.i < named
                 and not _dates_only(c)]  # ("call a vote on January 15": no "call on"; "called
        # the deal 'a historic day for the Caucasus'": a name given, no "call for")
        # "called for NATO members to increase…": the parser makes "for" the mark of a clause
        preps += [m for c in tok.children if c.dep_ in {"advcl", "ccomp"} and c.i > tok.i
                  for m in c.children if m.dep_ == "mark" and m.i == c.left_edge.i
                  and m.i > tok.i]
        forms: list[tuple[str, Token | None]] = []
        for prt in prts:
            for prep in preps:
                forms.append((f"{lemma} {prt.lower_} {prep.lower_}", prep))
            forms.append((f"{lemma} {prt.lower_}", None))
        for prep in preps:  # "voted in favour (of the bill)": a phrase of the verb's own
            forms += [(f"{lemma} {prep.lower_} {o.lower_}", o) for o in prep.children
                      if o.dep_ == "pobj" and o.pos_ == "NOUN"]
            forms.append((f"{lemma} {prep.lower_}", prep))
        bare = verbs.get(lemma)
        if not preps and bare is not None and bare.frame == "speech":
            # "warned the coalition against trying to get around the debt brake": the
            # parser hangs "against" on the one warned; the warning is against its object
            forms += [(f"{lemma} {g.lower_}", g) for c in tok.children if c.dep_ == "dobj"
                      for g in c.children if g.dep_ == "prep" and g.i > c.i
                      and g.lower_ in self.lex.warned_preps and f"{lemma} {g.lower_}" in verbs]
        xcomp_to = [c for c in tok.children if c.dep_ == "xcomp"
                    and any(a.lower_ == "to" for a in c.children)]
        if xcomp_to:
            forms.append((f"{lemma} to", None))
        forms += [(f"{lemma} {a.lower_}", None) for a in self._complement_adjectives(tok)]
        forms.append((lemma, None))
        for form, prep in forms:
            if form in self.lex.not_predicates:
                return None
            if form in verbs and not (verbs[form].no_object and any(
                    c.dep_ == "dobj" and c.pos_ == "NOUN"
                    and c.lemma_.lower() not in verbs[form].or_objects for c in tok.children)):
                return verbs[form], prep  # ("withdrew the United States from the treaty",
                # "withdrew her name from consideration": still leaving)
        return None

    def _says(self, tok: Token) -> bool:
        """``tok`` is a verb of saying in the lexicon ("said", "noted", "warned")."""
        pred = self.lex.verbs.get(tok.lemma_.lower())
        return pred is not None and pred.frame == "speech"

    def _added_speech(self, tok: Token) -> bool:
        """ "adding", "noting", "warning" after what someone said: a second saying."""
        return tok.tag_ == "VBG" and tok.dep_ == "advcl" and self._says(tok)

    def _others_saying(self, tok: Token) -> bool:
        """A saying or an act of position with a named subject of its own, set beside what
        was said ("…, while the United States said it would review its relationship", "…,
        while civic groups urged prosecutors to …")."""
        return tok.dep_ == "advcl" and tok.lemma_.lower() in self.lex.verbs and any(
            c.dep_ == "mark" and c.lower_ in self.lex.contrast_marks for c in tok.children) \
            and any(c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"} for c in tok.children)

    def _next_act_of(self, tok: Token) -> Token | None:
        """The saying whose speaker's next act ``tok`` is, where the parser coordinated it
        with what was said ("Flynn said there was a lack of transparency and urged the crowd
        to …", "warned that an assault would have catastrophic consequences and called on
        the international community to …", "said the result meant … and vowed to …"): a
        subjectless finite verb of position in the saying's own tense, after a said clause
        of another form (a copula, a modal, another tense) or whose subject can do nothing
        (a common noun naming no one), so it cannot be that clause's subject doing more; not
        a verb that is a saying only with a quote ("continued")."""
        if tok.dep_ == "ccomp":  # "said the sanctions were illegal and warned that …":
            # the parser makes both clauses the saying's
            saying = tok.head
            said = next((c for c in saying.children if c.dep_ == "ccomp" and c.i < tok.i),
                        saying)
        else:
            said = tok.head
            while said.dep_ == "xcomp" and said.tag_ == "VB" and tok.tag_ != "VB" \
                    and said.head.i != said.i:  # "said Europe could not afford to wait
                said = said.head  # any longer and urged …": a finite verb is never the
                # infinitive's conjunct; the clause the infinitive is in is what was said
            if said.dep_ == "advcl" and said.head.dep_ == "ccomp" \
                    and self.doc[tok.i - 2].text == "," and (said.tag_ != tok.tag_ or any(
                        c.dep_ in {"aux", "auxpass"} for c in said.children)):
                said = said.head  # "said France would oppose the deal because it did not
                # protect farmers, and called for safeguards": the speaker called
            saying = said.head
            for _ in range(3):  # "said … had \"no doubt\" that the Front was behind it and
                # announced that …": the clause of a noun inside what was said; its
                # saying's speaker announced
                if said.dep_ != "ccomp" or saying.pos_ in {"VERB", "AUX"} \
                        or saying.head.i == saying.i:
                    break
                said = saying.head
                saying = said.head
        if tok.dep_ not in {"conj", "ccomp"} or said.dep_ != "ccomp" or saying.i > said.i \
                or tok.tag_ not in {"VBD", "VBZ"} or saying.tag_ != tok.tag_ \
                or self.doc[tok.i - 1].dep_ != "cc" \
                or not (self._says(saying) or self._match_verb(saying)) \
                or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in tok.children):
            return None
        other_form = said.tag_ != tok.tag_ or said.lemma_ == "be" or any(
            c.dep_ in {"aux", "auxpass"} for c in said.children)
        doer = next((c for c in said.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        no_doer = doer is not None and doer.pos_ == "NOUN" and not doer.ent_type_ \
            and doer.lemma_.lower() not in self.lex.person_nouns \
            and doer.lower_ not in country_lexicon().group_nouns
        found = self._match_verb(tok)
        if not (other_form or no_doer) or found is None or found[0].needs_quote:
            return None  # ("said the result meant … and vowed to …": a result vows nothing;
            # "reported the attacker exited the Hall and continued to attack": no saying)
        return saying

    def _sayer_above(self, tok: Token) -> Token | None:
        """The subject of the saying an added saying continues ("X said A, adding B"), or of
        the sentence's main act it is added to ("Trump threatened …, calling …"); not across
        a clause joined on with a subject of its own ("Thune said …, but Schumer voted
        against it, saying …": Schumer says it)."""
        cur = tok
        for _ in range(4):
            if cur.head.i == cur.i:
                return None
            if cur is not tok and cur.dep_ == "conj" and not self._says(cur) and any(
                    c.dep_ in {"nsubj", "nsubjpass"} and c.ent_type_ in SPEAKER_NAMES
                    for c in cur.children):
                return None
            cur = cur.head
            if self._says(cur) and cur.i < tok.i:
                return next((c for c in cur.children if c.dep_ in {"nsubj", "csubj"}), None)
            if cur.dep_ == "ROOT" and cur.i < tok.i and cur.i != tok.head.i \
                    and self._match_verb(cur) is not None:
                return self._subject(cur, 1)  # ("Trump threatened to make Spain pay …,
                # calling its stance terrible": the threat's maker calls it so, not Spain)
        return None

    def _subject(self, tok: Token, depth: int = 0) -> Token | None:
        if depth == 0 and tok.lemma_.lower() in self.lex.ballot_verbs \
                and (held := _absolute_with(tok)) is not None:
            return held  # "was approved …, with Russia, China and Niger voting against"
        if depth == 0 and tok.dep_ == "advcl" and tok.tag_ == "VBG" \
                and not any(c.dep_ in {"nsubj", "csubj"} for c in tok.children):
            before = [c for c in tok.head.children if c.dep_ == "advcl" and c.i < tok.i
                      and self._contrasted(c)
                      and all(t.is_punct for t in self.doc[c.right_edge.i + 1:tok.i])]
            if before:  # "A backed the measure, while B opposed it, arguing …": B argues
                return next(c for c in before[-1].children if c.dep_ in {"nsubj", "nsubjpass"})
        if depth == 0 and self._added_speech(tok) \
                and not any(c.dep_ in {"nsubj", "csubj"} for c in tok.children):
            sayer = self._sayer_above(tok)
            if sayer is not None:
                return sayer
        if depth == 0 and (saying := self._next_act_of(tok)) is not None:
            return next((c for c in saying.children if c.dep_ in {"nsubj", "csubj"}), None)
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "csubj"}]
        if len(subjects) > 1:
            # "speaker of the parliament Ali Larijani wrote": the title and the name parsed
            # as two subjects; the name is the one
            named = [c for c in subjects if c.ent_type_ in SPEAKER_NAMES]
            if named:
                return named[-1]
            # "The Austrian partner asked …, but the commissioner stated …": the subject
            # nearest the verb is its own
            before = [c for c in subjects if c.i < tok.i]
            return before[-1] if before else subjects[0]
        for c in tok.children:
            if c.dep_ in {"nsubj", "csubj"}:
                return c
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"
                             and g.pos_ != "NUM"), None)  # (not "approved by 19 of the 35
                # board members, with Russia …": a count of voters names no holder)
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or depth >= 3:
            return None  # a passive without "by …" names no holder
        if tok.dep_ == "ROOT" and (stranded := self.actors.stranded_subjects(tok)):
            return stranded[0]  # "On Monday, Klobuchar, along with …, introduced"
        if depth == 0 and (named := _main_verb_after_relative(tok)) is not None:
            return named  # "Wilders, whose party came second with 24 seats, called …"
        if depth == 0 and (_misread_main_verb(tok) or self._swallowed_clause(tok)):
            return tok.head  # "Conley, a district judge, ordered last week that …"
        if tok.dep_ in {"ccomp", "ROOT"} and self._says(tok):
            return self._inverted_subject(tok)
        head = tok.head
        if _on_issued_text(tok, self.issued_texts):
            found = self._match_verb(head.head)
            if found is not None and found[0].stance == "oppose":
                return None  # "vetoed a resolution demanding a ceasefire": the text demands
                # it, not whoever vetoed it
            # "Russia issued a statement saying …", "filed a motion claiming …": the text
            # speaks for whoever put it out
            return self._subject(head.head, depth + 1)
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and self._described_holders(head):
            # "legislators supporting the law", "conservatives opposing recognition of …":
            # the participle says where the people it describes stand
            return head
        if tok.dep_ == "pcomp" and head.dep_ == "prep":
            quoter = self._quoter(head) if head.lower_ == "as" else None
            if quoter is not None:
                # "Politico quoted Tim Manning … as saying": Manning said it; "Schoof was
                # quoted (by Reuters) as saying": Schoof did
                quoted = next((c for c in quoter.children if c.dep_ in {"dobj", "nsubjpass"}),
                              None)
                if quoted is not None:
                    return quoted
            head = head.head
        elif tok.dep_ not in INHERIT_DEPS or head.i == tok.i:
            return None
        if head.dep_ == "acomp" and head.pos_ == "ADJ" and head.head.lemma_ in COPULAS:
            head = head.head  # "was quick to condemn", "was forceful in blaming Iran"
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(
                c.dep_ == "mark" for c in tok.children):
            sayer = self._parataxis_sayer(head)
            if sayer is not None:
                return sayer  # "Speaking to Martin Smith of PBS, he said, "It happened …"":
                # the parser hung both on the quote; whoever said it was speaking
            # "It is based on Catholic teaching, advocating for social justice": a participle
            # clause's doer is the main clause's subject, passive or not
            surface = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if surface is not None and not any(c.dep_ == "agent" for c in head.children):
                return surface
        return self._subject(head, depth + 1)

    def _measure_voted_on(self, tok: Token) -> tuple[int, int] | None:
        """What a vote cast with nothing named is on ("Senators from the Green Party and the
        Labor Party voted in favor, while the PRI voted against"): the measure the article
        named last, in this sentence or a few before (cues.yaml ballot_measures,
        ballot_reach), the noun with all it governs."""
        if tok.lemma_.lower() not in self.lex.ballot_verbs:
            return None
        first = self.sents[max(0, self.sent_of[tok.i] - self.lex.ballot_reach)].start
        for t in reversed(self.doc[first:tok.i]):
            if t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in self.lex.ballot_measures \
                    and t.dep_ not in {"compound", "npadvmod"}:
                return t.left_edge.i, t.right_edge.i + 1
        return None

    def _summed_act(self, tok: Token) -> tuple[int, int] | None:
        """What a clause on a noun summing up the act before it is about ("The cabinet
        ordered Hezbollah disarmed …, a move the group rejected"): that act, its verb and
        what it governs up to the noun (the verb's own object is the relative one)."""
        noun = tok.head
        if tok.dep_ != "relcl" or any(c.dep_ in {"dobj", "nsubjpass"} for c in tok.children) \
                or noun.dep_ not in {"npadvmod", "appos"} or noun.pos_ != "NOUN" \
                or any(c.tag_ in {"WDT", "WP"} for c in tok.children):
            return None
        act = noun.head
        for _ in range(2):  # "annexed the area, a step the EU condemned": the step is the
            if act.pos_ in {"VERB", "AUX"} or act.head.i == act.i:  # annexing, though the
                break  # parser hangs it on the object (or the subject)
            act = act.head
        if act.pos_ not in {"VERB", "AUX"} or act.i > noun.i:
            return None
        end = noun.left_edge.i
        while end > act.i and self.doc[end - 1].is_punct:
            end -= 1
        return (act.i, end) if end > act.i + 1 else None

    def _parataxis_sayer(self, content: Token) -> Token | None:
        """The subject of a saying the parser hung on what was said ("he said, "It
        happened …"" with "happened" as the root)."""
        for c in content.children:
            if c.dep_ == "parataxis" and self._says(c):
                return next((s for s in c.children if s.dep_ == "nsubj"), None)
        return None

    def _inverted_subject(self, tok: Token) -> Token | None:
        """"'…,' said a protester": the parser often makes the speaker an object."""
        prev = self.doc[tok.i - 1] if tok.i > 0 else None
        if prev is None or not (prev.is_quote or prev.text in {",", "—"}):
            return None
        for c in tok.rights:
            if c.dep_ in {"dobj", "attr", "npadvmod", "nsubj", "appos"} and c.pos_ in {
                    "NOUN", "PROPN"}:
                return c
        return None

    def _restates_position(self, verb: Token, pred: Predicate) -> bool:
        """A speech verb that also carries a nominal ("reiterated his opposition to sending
        missiles", "repeated his call for a ceasefire") with no clause of its own: what it
        restates is the nominal's position on its complement."""
        if pred.frame != "speech" or verb.lemma_.lower() not in self.lex.light_verbs \
                or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
            return False
        opens = {"for", "to", "of", "against", "on"}
        return any(c.dep_ == "dobj" and c.lemma_.lower() in self.lex.nominals and any(
            g.dep_ == "prep" and g.lower_ in opens
            and (g.head.i == c.i or g.i == c.right_edge.i + 1)  # (or "to …" on the verb)
            for g in [*c.children, *verb.children])
            for c in verb.children)

    def _verbal(self, tok: Token, si: int) -> bool:
        found = self._match_verb(tok)
        if found is None:
            return False
        pred, prep = found
        if self._outer_predicate(tok):
            return False  # "refused to back": the outer verb speaks for both
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.lex.failure_verbs \
                and tok.head.tag_ != "VBG":  # ("criticized X for failing to …": the grounds)
            return False  # "failed to adopt a resolution": an act not done, no position
        if tok.dep_ == "pcomp" and tok.head.lower_ in self.lex.negators:
            return False  # "without offering evidence": an act not done, no position
        if self._obliged_by_speaker(tok) or self._demanded_of_other(tok):
            return False  # "Schwarzman said the president should accept": his demand
        if tok.dep_ in {"advcl", "conj"} and any(
                c.dep_ == "mark" and c.lower_ in self.lex.supposing_marks for c in tok.children):
            return False  # "sanctions would be needed if Moscow refused to join talks": a
            # case supposed, not a position Moscow takes (nor in "…, but only if Israel
            # committed to a permanent ceasefire", which the parser joins as a conjunct)
        if tok.dep_ in {"advcl", "ccomp"} and tok.left_edge.lower_ in self.lex.purpose_marks \
                and tok.left_edge.dep_ in {"mark", "advmod"} and tok.left_edge.head.i == tok.i \
                and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children) \
                and not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in tok.children):
            return False  # "Brunner wants pledges by Dec. 4 so ministers can formally adopt
            # the pool": what the want is for, not a position of the ministers ("declared
            # an emergency so he could fund a wall": his own purpose is his)
        if self._asks(tok):
            return False  # "did not say whether he accepted the ruling": asked, not answered
        if tok.lemma_.lower() in self.lex.remark_verbs and is_negated(tok, self.lex):
            return False  # "has not commented publicly on the vote": nothing said on it
        said = [c for c in tok.children if c.dep_ in {"ccomp", "xcomp"}]
        if said and all(self._asks(c) for c in said) and tok.tag_ == "VBN" \
                and any(c.dep_ == "agent" for c in tok.children):
            return False  # "Trump, asked by reporters … whether he would send the weapons":
            # a question put to him, no position of the reporters' ("questioned whether"
            # doubts, a position)
        if said and all(self._asks(c) or any(g.tag_ in {"WRB", "WP", "WDT"} and g.i < c.i
                                             for g in c.children) for c in said) \
                and tok.lemma_.lower() in self.lex.pending_verbs:
            return False  # "would decide next week whether to stay in the coalition", "would
            # decide how to respond": a question still open, no position yet
        if self._restates_position(tok, pred):
            return False  # "reiterated his opposition to X": the nominal is the position
        if pred.frame == "act" and any(c.dep_ == "mark" and c.lower_ in self.lex.comparison_marks
                                       for c in tok.children):
            return False  # "would accept a weaker text than it wanted": a measure, no
            # position of its own
        has_clause = any(c.dep_ in {"ccomp", "xcomp"} for c in tok.children) \
            or _reduced_clause(tok) is not None
        if pred.needs_clause and not has_clause:
            return False
        if pred.finite_only and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
            return False
        if self._asked(tok):
            return False  # "Why should voters choose Carroll/Patel over other tickets?"
        if pred.frame == "speech" and not has_clause \
                and _on_issued_text(tok, self.issued_texts):
            # "filed a motion claiming the state of emergency [is …]" parsed without its
            # clause: what the text says is lost, so no position is read from a fragment
            return False
        if pred.needs_object and not any(c.dep_ in {"dobj", "ccomp", "oprd", "nsubjpass"}
                                         for c in tok.children) \
                and not (tok.dep_ == "acl" and tok.tag_ == "VBN"
                         and tok.lemma_.lower() in self.lex.forwarding_verbs) \
                and _gerund_object(tok) is None and self._summed_act(tok) is None:
            return False  # ("was challenged by the party": the passive subject is the object)
        if pred.names_only and not _names_something(tok):
            return False  # "Vizmedia dubbed the first two seasons": no name given
        if pred.needs_object and any(self._generic_person(c) for c in tok.children
                                     if c.dep_ in {"dobj", "nsubjpass"}):
            return False  # "the House impeaches the official": how things work, no position
        sent = self.sents[si]
        pieces = self._pieces(si)
        if pred.needs_quote and not self.quotes.overlapping(sent.start_char, sent.end_char) \
                and not any(c.dep_ == "dobj" and (c.lemma_.lower() in pred.or_objects
                                                  or c.lower_ in pred.or_objects)
                            or c.dep_ == "prep" and c.lower_ in pred.or_preps
                            for c in tok.children) \
                and not _that_clause(tok):  # ("media", lemma "medium")
            return False  # ("responded to the criticism": no words; "responded that …")
        subj = self._subject(tok)
        if subj is not None:
            subj = self._past_according(subj)
        if subj is not None:
            subj = self._before_located(subj)
        if subj is None or self._not_a_speaker(subj):
            return False
        if pred.frame == "act" and self._puts_out_saying(tok):
            return False  # "signed a joint statement in Belgrade saying they would take part
            # in elections only if …": the text is read for what it says, not as a position
        if pred.frame == "act" and subj.head.dep_ == "agent" \
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
            return False  # "called for any deal to be approved by parliament": an act asked
            # of the agent, not one it has done or says it will do
        speaker = self.speakers.resolve(subj, si)
        if speaker is None:
            return False
        if self._is_media(speaker) and any(
                c.dep_ == "ccomp" and self._match_verb(c) is not None
                and self._subject(c) is not None for c in tok.children):
            return False  # "Reuters reported a source said …": the source's claim, not Reuters'
        target = self._target(tok, prep, subj)
        split = _split_modal_clause(tok)
        if split is not None and target is not None and target[0] == split[0]:
            target = split[0], self._trim_end(*split)  # "agreeing the issue should be …"
        if pred.frame == "act" and pred.stance in {"support", "oppose"} \
                and tok.dep_ not in {"relcl", "acl", "amod"} and not any(
                    c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in tok.children) and (
                target is None and self._said_by_itself(tok, si)
                or target is not None and self._only_pronouns(target)):
            target = self._antecedent(tok, si) or target
        if pred.frame == "act" and pred.stance in {"support", "oppose"} and target is not None:
            target = self._person_meant(target, speaker) or target
        imposed_on = self._imposed_on(tok) if pred.imposes else None
        target = imposed_on or target
        if pred.self_target and target is not None and self.sent_of[target[0]] == si:
            target = min(tok.i, target[0]), max(tok.i + 1, target[1])  # "investigated the
            # crash": for investigating it
        quote = "indirect" if pred.frame == "speech" else "none"
        path = "act" if pred.stance in {"support", "oppose"} else "speech"
        free = [p for p in pieces if (si, p.start) not in self.consumed]
        if pred.frame == "speech" and target is None and not free and si > 0:
            before = self._closing_quote_before(si)  # '"… a trial." Pelosi said.'
            if before is not None:
                si, free = si - 1, [before]
        judged = target is not None and any(  # "characterized the attack as '…'"
            c.dep_ == "dobj" and target[0] <= c.i < target[1]
            and self._outside_quotes((c.left_edge.i, c.i + 1)) for c in tok.children)
        nearest = self._nearest_piece(tok, free) if free else None
        if pred.frame == "speech" and nearest is not None and target is None \
                and self._only_condition(nearest) and nearest.start > self._evidence(si)[0] + 1:
            return False  # ('Speaking in Kericho, Ruto said the government … was ready to
            # consider amendments "as long as they do not leave a hole"': a condition quoted
            # inside what another verb says is no claim of its own)
        if pred.frame == "speech" and nearest is not None and (target is None or (
                not judged and not self._outside_quotes(target))):
            first = nearest
            if (target is None or not self._quoted_condition(first.start)
                    or first.start <= self._evidence(si)[0] + 1) \
                    and not self._quoted_in_condition(first, target):
                target = self._char_to_tokens(first.start, first.end) or target
                path = "speech-quote"
            # ('said his party would not back any government "unless it is serious …"': the
            # quote is the clause's condition, the clause what is said)
            quote = "direct"
            self.consumed.add((si, first.start))
        elif target is not None and free and self._overlaps_piece(target, free):
            quote = "direct"
            for p in free:
                if self._overlaps_piece(target, [p]):
                    self.consumed.add((si, p.start))
        if target is None:
            return False
        if pred.stance == "content" and quote != "direct" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.lex.source_nouns
                and (c.left_edge.i, c.right_edge.i + 1) == target
                and not any(t.pos_ == "VERB" for t in c.subtree) for c in tok.children):
            return False  # "posted a message on Facebook": the text, not what it says
        if about_nothing(tok, pred):
            return False  # "withdrew from the race", "suspended their campaigns": no position
        for q in self.quotes.overlapping(sent.start_char, sent.end_char):
            self.quote_speaker.setdefault(q.start, speaker)
        # (the speaker's next act is no part of what was said: "said her party was ready
        # to join a government and accused the CDU …")
        said = (target[0], self._next_act_start(*target)) if path != "act" else target
        stance = self._stance(pred, tok, said, speaker)
        left_open = self._left_open(tok)
        settled = "neutral" if left_open else None
        if left_open:
            stance = "neutral"  # "would not say whether or not he supported Court packing"
        elif pred.frame == "speech" and (ready := self._own_readiness(said)) is not None:
            stance = settled = ready  # "said he was prepared to find savings"
        elif pred.frame == "speech" and (intent := self._own_intent(said)) is not None \
                and (stance == "neutral" or intent[0] == "oppose" or intent[1]):
            # "said it would provide up to 600 million crowns"; a refusal whatever else its
            # words say ('"We will not accept any article that restricts the production …,"
            # he said'); what "his group" will do, the side its words take ("would vote
            # against it")
            stance = settled = stance if intent[1] and intent[0] == "support" \
                and stance != "neutral" else intent[0]
        elif pred.frame == "speech" and stance == "neutral" \
                and (grounds := self._grounds_of(tok)) is not None:
            stance = settled = grounds  # "defended his decision …, saying the budget would
            # bring the deficit down": the grounds of a position take its side
        negated = self._negated_in_effect(pred, tok)
        turn = self._contrast(pred, tok, target) if path == "act" else None
        if turn is not None:  # "urged states not to reschedule … but rather to use mail-in"
            flipped = {"support": "oppose", "oppose": "support"}.get(stance, stance)
            drafts = [(stance, (target[0], turn[0]), target, negated),
                      (flipped, (turn[1], target[1]), target, not negated)]
        elif path != "act" and len(said := self._that_clauses(target)) > 1:
            # "said the Senate had no say …, and that the courts should decide …": two
            # things said, each with its own side and conditions
            drafts = [(self._stance(pred, tok, part, speaker), part, part, negated)
                      for part in said]
        else:
            aimed = self._aimed_at(pred, tok, target) if path == "act" else None
            parts = ([target] if aimed else self._conjuncts(target)) if path == "act" \
                else [target]  # (a judgement with its grounds is one position)
            drafts = [(stance, part, target, negated) for part in parts]
        if path != "act" and pred.frame == "speech":
            # "said China remained committed to dialogue, but that the talks could only be
            # productive …": the parser hangs the second thing said on the saying itself
            for part in self._said_again(tok, target):
                drafts.append((self._stance(pred, tok, part, speaker), part, part, negated))
        if pred.imposes and imposed_on is None:
            drafts = []  # on whom, the parse does not say: only what is imposed is read
        for part_stance, part, content, part_negated in drafts:
            self._add(_Draft(speaker, self._form(tok, pred), part_stance, part, content, quote,
                             si, path, self._evidence(si), self._extra(tok, content),
                             tok.lemma_.lower(), pred.stance, part_negated,
                             settled=settled))
        undone = any(c.dep_ == "neg" for c in tok.children)  # "was not sentenced to death"
        for span in self._imposed(tok, pred):  # ("without parole" comes with the sentence)
            self._add(_Draft(speaker, self._form(tok, pred), stance_of("support", undone, 0),
                             span, span, quote, si, path, self._evidence(si),
                             self._extra(tok, span), tok.lemma_.lower(), "support", undone,
                             imposed=True))
        for other, span in self._other_preps(tok, prep):
            self._add(_Draft(speaker, self._form(tok, other), self._stance(other, tok, span,
                                                                           speaker),
                             span, span, quote, si, path, self._evidence(si),
                             self._extra(tok, span), tok.lemma_.lower(), other.stance, negated))
        return True

    def _grounds_of(self, tok: Token) -> str | None:
        """The side of the act a participle of saying gives grounds for ("defended his
        decision to use Article 49.3, saying …", "rejected the plan, saying …"), else
        None."""
        act = tok.head
        if tok.dep_ != "advcl" or tok.tag_ != "VBG" or act.i == tok.i or act.i > tok.i:
            return None
        found = self._match_verb(act)
        if found is None or found[0].frame != "act" or found[0].stance not in {"support",
                                                                              "oppose"}:
            return None
        return stance_of(found[0].stance, self._act_negated(act), 0)

    def _denied_piece(self, target: tuple[int, int]) -> bool:
        """A quoted phrase a "not" just before its opening mark denies ("would accept a
        weaker text than it wanted, but not 'a treaty in name only'")."""
        first = target[0]
        while first < target[1] and self.doc[first].is_quote:
            first += 1
        i = first - 1
        while i >= 0 and self.doc[i].is_quote:
            i -= 1
        if i < 0 or i == first - 1:
            return False
        neg = self.doc[i]
        return neg.dep_ == "neg" and target[0] <= neg.head.i < target[1]

    def _only_pronouns(self, rng: tuple[int, int]) -> bool:
        """A target that is only "it" or "them": it stands for something named before."""
        return all(t.lower_ in self.lex.thing_pronouns or t.is_punct
                   for t in self.doc[rng[0]:rng[1]])

    def _person_meant(self, target: tuple[int, int], speaker: Speaker
                      ) -> tuple[int, int] | None:
        """Whom an act done to "him" or "her" is for or against: the person the pronoun
        stands for, as last named before it ("the state party endorsed him by
        acclamation" is for the candidate the article named). Never the act's own doer."""
        if target[1] - target[0] != 1:
            return None
        pron = self.doc[target[0]]
        if pron.lower_ not in self.lex.person_object_pronouns or pron.dep_ != "dobj":
            return None
        meant = self.speakers.person_meant(pron, speaker.ids)
        last = self._named_mention(meant, before=pron.idx) if meant else None
        return self._char_to_tokens(last[0], last[1]) if last else None

    def _named_mention(self, actor_id: str, before: int | None = None,
                       after: int | None = None) -> tuple[int, int] | None:
        """Where an actor is named nearest a point: the last mention ending before
        ``before``, or the first starting after ``after`` (a pronoun names no one)."""
        named = [(m.start, m.end) for m in self.actors.get(actor_id).mentions
                 if (before is None or m.end <= before) and (after is None or m.start > after)
                 and self.text[m.start:m.end].lower() not in self.lex.person_pronouns]
        if not named:
            return None
        return max(named) if before is not None else min(named)

    def _said_by_itself(self, tok: Token, si: int) -> bool:
        """A position with its own subject and nothing it is on ("and Republican members
        opposing", "two Democrats opposed, and one independent supported"): its object is
        left out, not shared with a verb after it ("opposed and criticised the bill"), and
        not asked about ("What truths do few people agree with?")."""
        return any(c.dep_ == "nsubj" for c in tok.children) and not any(
            c.dep_ in {"dobj", "xcomp", "ccomp"} or c.dep_ == "conj" and not any(
                g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
            for c in tok.children) and not self.sents[si].text.rstrip(" \n\"'”’").endswith("?")

    def _antecedent(self, tok: Token, si: int) -> tuple[int, int] | None:
        """What a position with no object of its own, or only "it", is on, within its
        sentence: the thing an earlier position there is on ("with 231 Democrats supporting
        the resolution, and 194 Republicans opposing it"), else the thing the sentence is
        about ("The impeachment occurred along partisan lines, with … Republican members
        opposing")."""
        earlier = [d for d in self.drafts if d.sent == si and d.path == "act"
                   and d.target[1] <= tok.i and not self._only_pronouns(d.target)]
        if earlier:
            return max(earlier, key=lambda d: d.target[0]).target
        root = self.sents[si].root
        subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        own = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and own is not None and subj.pos_ == "NOUN" \
                and not subj.ent_type_ and subj.lemma_.lower() not in self.lex.person_nouns \
                and subj.i < root.i < tok.i and own.i != subj.i:
            return subj.left_edge.i, subj.i + 1
        return None

    @staticmethod
    def _asks(tok: Token) -> bool:
        """``tok`` heads a "whether" clause: a question ("did not say whether he accepted
        the ruling" takes no position on the ruling)."""
        return any(c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children)

    def _own_readiness(self, rng: tuple[int, int]) -> str | None:
        """What one says of one's own willingness or reluctance to act ("said he was
        prepared to find up to €10 billion in savings", "said we are not ready to sign"):
        a position on the act, as ``copular`` "willing to" forms say, whatever else the
        words carry (the learned model read such reports as neutral)."""
        root = next(iter(self._range_roots(rng)), None)
        return self._readiness(root) if root is not None else None

    def _readiness(self, root: Token) -> str | None:
        """The side a pronoun subject's copula takes on its own act ("we are ready to talk",
        "he was not willing to sign"): ``copular`` "X to" forms, negation counted."""
        if root.lemma_ not in COPULAS or not any(
                c.dep_ == "nsubj" and c.tag_ == "PRP" for c in root.children):
            return None
        for adj in (c for c in root.children if c.dep_ == "acomp" and c.pos_ == "ADJ"):
            pred = self.lex.copular.get(f"{adj.lower_} to")
            if pred is not None and pred.stance in {"support", "oppose"} and any(
                    c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.tag_ == "TO"
                                              for g in c.children) for c in adj.children):
                return stance_of(pred.stance, is_negated(root, self.lex), 0)
        return None

    def _own_intent(self, rng: tuple[int, int]) -> tuple[str, bool] | None:
        """What one says one will do ("said it would provide up to 600 million crowns",
        "said he will not attend", "said his group would vote for the motion"): a pronoun
        subject standing for the speaker, or the speaker's own body, and a modal of will on
        an act (cues.yaml intent_subjects, intent_possessives, intent_bodies, intent_modals):
        for the act, or against it when negated; and whether the subject is the speaker's
        own body (what it will do is the speaker's side, as the words say it)."""
        root = next(iter(self._range_roots(rng)), None)
        if root is None or root.pos_ != "VERB" or root.lemma_ in COPULAS:
            return None
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        body = subj is not None and self._own_body(subj)
        if subj is None or not (subj.tag_ == "PRP" and subj.lower_ in self.lex.intent_subjects
                                or body):
            return None
        if not any(a.tag_ == "MD" and a.lower_ in self.lex.intent_modals
                   for a in root.children):
            return None
        return stance_of("support", is_negated(root, self.lex), 0), body

    def _own_body(self, noun: Token) -> bool:
        """A body named by the speaker's own possessive ("his group", "our party")."""
        return noun.lemma_.lower() in self.lex.intent_bodies and any(
            c.dep_ == "poss" and c.lower_ in self.lex.intent_possessives
            for c in noun.children)

    def _left_open(self, tok: Token) -> bool:
        """A verb of saying, negated or declined, whose clause is a question ("did not say
        whether …", "refused to answer whether …"): the question is left open, neither for
        nor against (the guide's coders code it neutral)."""
        said = [c for c in tok.children if c.dep_ in {"ccomp", "xcomp"}]
        held_back = is_negated(tok, self.lex) or tok.lemma_.lower() in self.lex.declining_verbs
        return held_back and any(self._asks(c) or c.dep_ == "xcomp" and any(
            self._asks(g) for g in c.children if g.dep_ == "ccomp") for c in said)

    def _contrasted(self, clause: Token) -> bool:
        """A clause with a subject of its own opened by "while", "whereas", "although"
        (cues.yaml contrast_marks): another proposition set against the main one."""
        return any(c.dep_ == "mark" and c.lower_ in self.lex.contrast_marks
                   for c in clause.children) \
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)

    def _aimed_at(self, pred: Predicate, tok: Token, target: tuple[int, int]
                  ) -> tuple[int, int] | None:
        """Whom a judgement is aimed at, without its grounds: "blamed Democratic leadership
        for violence and unrest" is against the leadership; "for violence and unrest" says
        why (it stays the content the stance is read from)."""
        if pred.plover not in self.lex.judging_types:
            return None  # (not "supported independence for South Yemen": one thing)
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        why = next((c for c in tok.children if c.dep_ == "prep"
                    and c.lower_ in self.lex.grounds_preps and obj is not None
                    and c.i > obj.i), None)
        if obj is None or why is None or not (target[0] <= obj.i < target[1]):
            return None
        return obj.left_edge.i, obj.right_edge.i + 1

    def _other_preps(self, tok: Token, prep: Token | None
                     ) -> list[tuple[Predicate, tuple[int, int]]]:
        """A second preposition coordinated with the predicate's own ("voted for the first
        article but against the second"; the parse hangs it on the preposition or on the
        verb): the position its own form takes, on its object."""
        out: list[tuple[Predicate, tuple[int, int]]] = []
        if prep is None:
            return out
        for other in (c for c in (*prep.children, *tok.children)
                      if c.dep_ == "conj" and c.pos_ == "ADP"):
            pred = self.lex.verbs.get(f"{tok.lemma_.lower()} {other.lower_}")
            objs = [g for g in other.children if g.dep_ == "pobj"]
            if pred is not None and pred.stance in {"support", "oppose"} and objs:
                out.append((pred, (objs[0].left_edge.i, objs[0].right_edge.i + 1)))
        return out

    def _imposed(self, tok: Token, pred: Predicate) -> list[tuple[int, int]]:
        """What an act imposes is a position of its own, in favour of it: "sentenced … to
        life in prison" is for the life sentence."""
        return [(o.left_edge.i, o.right_edge.i + 1) for c in tok.children
                if c.dep_ == "prep" and c.lower_ in pred.imposes
                for o in c.children if o.dep_ == "pobj"][:1]

    def _imposed_on(self, tok: Token) -> tuple[int, int] | None:
        """Whom an act imposes something on, by name, without what is said of them
        ("sentenced Ohio man James Alex Fields, now 22, to …" → "Ohio man James Alex
        Fields"; passive: "Paul Manafort was sentenced by …")."""
        on = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if on is None or on.pos_ not in {"PROPN", "NOUN"}:
            return None
        end = on.i + 1
        for c in on.rights:
            if c.dep_ not in {"cc", "conj", "compound", "flat"}:
                break
            end = c.right_edge.i + 1
        return on.left_edge.i, end

    def _contrast(self, pred: Predicate, tok: Token, target: tuple[int, int]
                  ) -> tuple[int, int] | None:
        """Where a request turns from what is not wanted to what is ("urged states not to
        reschedule their elections but rather to use mail-in voting"): the end of the first
        act and the start of the second, when one of the two is negated and the other not."""
        if pred.plover != "REQUEST":
            return None
        for act in (c for c in tok.children if c.dep_ == "xcomp"):
            for other in (c for c in act.children if c.dep_ == "conj" and c.pos_ == "VERB"):
                if is_negated(act, self.lex) == is_negated(other, self.lex):
                    continue
                cc = [c for c in act.children if c.dep_ == "cc" and c.i < other.i]
                cut = cc[-1].i if cc else other.left_edge.i
                start = other.left_edge.i if other.left_edge.i > cut else cut + 1
                while start < other.i and self.doc[start].dep_ in {"advmod", "cc", "punct"}:
                    start += 1  # "but rather to use": the act starts at "to"
                end = self._trim_end(target[0], cut)
                if target[0] < end and start < target[1]:
                    return end, start
        return None

    def _said_again(self, verb: Token, rng: tuple[int, int]) -> list[tuple[int, int]]:
        """Further "that" clauses coordinated on the verb of saying after what it said ("…,
        but that the talks could only be productive …"): each a thing said."""
        out = []
        for c in verb.children:
            if c.dep_ != "conj" or c.i < rng[1] or not any(
                    m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i
                    for m in c.children):
                continue
            start = c.left_edge.i + 1
            end = self._trim_end(start, c.right_edge.i + 1)
            if end > start:
                out.append((start, end))
        return out

    def _that_clauses(self, rng: tuple[int, int]) -> list[tuple[int, int]]:
        """What was said, cut before each "and that" opening a further clause of it."""
        cuts = [t.i for t in self.doc[rng[0] + 1:rng[1]] if t.dep_ == "mark"
                and t.lower_ == "that" and t.head.dep_ == "conj"
                and self.doc[t.i - 1].lower_ in {"and", "but"}]
        out, start = [], rng[0]
        for cut in cuts:
            end = self._trim_end(start, cut - 1)
            if end > start:
                out.append((start, end))
            start = cut + 1
        out.append((start, rng[1]))
        return out

    def _range_roots(self, rng: tuple[int, int]) -> list[Token]:
        """The tokens of a token range whose heads lie outside it (or are themselves)."""
        return [t for t in self.doc[rng[0]:rng[1]]
                if not rng[0] <= t.head.i < rng[1] or t.head.i == t.i]

    def _conjuncts(self, rng: tuple[int, int]) -> list[tuple[int, int]]:
        """A position on a list of things is one on each: "opposes abortion and illegal
        immigration", "demands include dissolving Parliament, … and new elections"."""
        roots = self._range_roots(rng)
        if len(roots) != 1:
            return self._listed(rng)
        root = roots[0]
        items = [root, *[c for c in root.conjuncts if rng[0] <= c.i < rng[1]]]
        if len(items) < 2 or any(t.pos_ not in {"NOUN", "PROPN", "VERB"} for t in items) \
                or (root.pos_ == "VERB" and root.tag_ != "VBG"):
            return self._listed(rng)
        if any(c.dep_ == "relcl" and root.i < c.i < items[1].i for c in root.children):
            return [rng]  # "signed off the targets, which set quotas for air defence,
            # missiles, drones and land forces": the list is the relative clause's, however
            # the parser hangs it
        out = []
        for k, item in enumerate(items):
            start = item.left_edge.i if k else rng[0]
            end = items[k + 1].left_edge.i if k + 1 < len(items) else rng[1]
            if k == 0:
                end = min([c.i for c in root.children if c.dep_ in {"cc", "conj", "punct"}
                           and c.i > root.i] + [end])
            end = self._trim_end(start, end)
            if end > start:
                out.append((start, end))
        surface = self._comma_list(rng)
        return surface if len(surface) > len(out) else out or [rng]

    def _comma_list(self, rng: tuple[int, int]) -> list[tuple[int, int]]:
        """A long list the parse splits only in part ("a balanced budget amendment,
        elimination of the federal income tax, tax deduction for health care costs, …, and
        expanded space exploration"): three or more noun phrases, each of a few words, cut
        at the commas and the final "and"/"or"; a phrase may hold its own "for …"."""
        toks = list(self.doc[rng[0]:rng[1]])
        if any(t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBG", "VBN"} for t in toks):
            return []
        commas = [t.i for t in toks if t.text == ","]
        if len(commas) < 2:
            return []
        bounds = [rng[0], *[c + 1 for c in commas]]
        pieces = [(a, b) for a, b in zip(bounds, [*commas, rng[1]], strict=True)]
        last_start, last_end = pieces[-1]
        if self.doc[last_start].lower_ in {"and", "or"}:  # ", and expanded space exploration"
            pieces[-1] = (last_start + 1, last_end)
        else:  # "…, DC statehood and expanded space exploration"
            cut = next((t.i for t in self.doc[last_start:last_end]
                        if t.lower_ in {"and", "or"}), None)
            if cut is None:
                return []
            pieces[-1:] = [(last_start, cut), (cut + 1, last_end)]
        pieces = [(a, self._trim_end(a, b)) for a, b in pieces]
        if any(b <= a or b - a > 8 or self.doc[a].pos_ in {"ADP", "PRON", "CCONJ", "SCONJ"}
               or self.doc[a].tag_ == "VBN" and self.doc[a].dep_ != "amod"
               or not any(t.pos_ in {"NOUN", "PROPN"} or t.tag_ == "VBG"
                          for t in self.doc[a:b]) for a, b in pieces):
            return []
        return pieces

    def _closing_quote_before(self, si: int) -> Quote | None:
        """The quote that ends the sentence before ``si`` when ``si`` starts right after it:
        the attribution ('Pelosi said.') was cut off as a sentence of its own."""
        gap = self.text[self.sents[si - 1].end_char:self.sents[si].start_char]
        if "\n" in gap:
            return None
        pieces = [p for p in self._pieces(si - 1) if (si - 1, p.start) not in self.consumed]
        if not pieces:
            return None
        last = max(pieces, key=lambda p: p.end)
        tail = self.text[last.end:self.sents[si].start_char]
        return last if len(tail.strip(" \"'”’.,!?")) == 0 else None

    def _nearest_piece(self, tok: Token, pieces: list[Quote]) -> Quote:
        """The quote piece a speech verb introduces: the one right after or before it."""
        return min(pieces, key=lambda p: min(abs(p.start - tok.idx), abs(p.end - tok.idx)))

    def _obliged_by_speaker(self, tok: Token) -> bool:
        """The act is what a speaker says another should or must do ("Schwarzman said the
        president should accept the outcome"): the reported clause of a speech verb with a
        subject of its own, under a modal of obligation. It is the speaker's position,
        which the speech verb already gives, not the subject's."""
        if tok.dep_ not in {"ccomp", "relcl"} or not any(
                c.dep_ == "aux" and c.lower_ in self.lex.obligation_modals for c in tok.children):
            return False
        head = tok.head
        if tok.dep_ == "relcl":  # "saying the paramilitary Rapid Support Forces must
            head = head.head     # withdraw": the parser hangs the clause on "paramilitary"
        pred = self.lex.verbs.get(head.lemma_.lower())
        if pred is None or pred.frame != "speech":
            return False
        said_by = self._subject(head)
        own = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return own is not None and own.lower_ not in self.lex.first_person and (
            said_by.lower_ != own.lower_ if said_by is not None else head.tag_ == "VBG")

    def _demanded_of_other(self, tok: Token) -> bool:
        """The act is what someone demands another do, in a clause of its own with the bare
        verb ("Russia had demanded that Kyiv withdraw its troops"): the demander's position,
        which the demand already gives, not the one asked to act."""
        if tok.dep_ != "ccomp" or tok.tag_ != "VB" \
                or any(c.dep_ == "aux" for c in tok.children):
            return False
        outer = self._match_verb(tok.head)
        return outer is not None and outer[0].plover == "REQUEST"

    def _outer_predicate(self, tok: Token) -> bool:
        """True when ``tok`` is the xcomp or gerund object of a stance verb ("refused to
        back", "agreed to", "ruled out supporting"),
        or the grounds of a judgement of someone ("criticized Biden for not denouncing
        Antifa": Biden's doing, told by the critic; the judgement is the claim)."""
        if tok.dep_ == "pcomp" and tok.head.lower_ in self.lex.grounds_preps \
                and tok.head.head.pos_ == "VERB" \
                and any(c.dep_ == "dobj" for c in tok.head.head.children):
            outer = self._match_verb(tok.head.head)
            return outer is not None and outer[0].plover in self.lex.judging_types
        if tok.dep_ != "xcomp" and not (tok.tag_ == "VBG" and tok.head.i != tok.i and (
                tok.dep_ in {"dobj", "obj"} or (g := _gerund_object(tok.head)) is not None
                and g.i == tok.i)):
            return False  # (nor a gerund it takes as its object: "ruled out supporting the
            # motion", "rejected holding talks")
        outer = self._match_verb(tok.head)
        return outer is not None and outer[0].stance in {"support", "oppose"}

    def _form(self, tok: Token, pred: Predicate) -> str:
        words = pred.form.split()
        neg = " ".join(c.text for c in tok.children if c.dep_ == "neg" or c.lower_ == "never")
        text = " ".join([tok.text, *words[1:]])
        return f"{neg} {text}".strip() if neg else text

    def _stance(self, pred: Predicate, tok: Token, target: tuple[int, int],
                speaker: Speaker) -> str:
        if pred.frame == "speech" and self._is_media(speaker):
            return "neutral"
        if pred.stance == "content":
            name = self._name_given(pred, tok, target)
            if name:
                polarity = content_polarity(name, self.lex) or valence_polarity(name)
                return stance_of("content", is_negated(tok, self.lex), polarity) \
                    if polarity else "neutral"
            tokens = list(self.doc[target[0]:target[1]]) + self._advcl_tokens(tok, target)
            polarity = content_polarity(tokens, self.lex)
            if polarity == 0 and self._reports_figures(*target):
                return "neutral"
            # "did not admit defeat", "does not think it will work": withheld assent
            return stance_of("content", is_negated(tok, self.lex), polarity)
        negated = self._act_negated(tok)
        inner = [c for c in tok.children if c.dep_ == "xcomp"]
        base = pred.stance
        if pred.plover == "THREATEN" \
                and any(g.dep_ == "aux" and g.tag_ == "TO" for c in inner for g in c.children):
            # "warned people in the vicinity to stay inside": a warning to do something asks
            # for it ("warned them not to travel" asks for it not to be done); "threatened
            # to withhold federal funds": what is threatened is what the speaker would do,
            # and an act that takes a side keeps it ("threatened to veto the measures"
            # opposes them, as "vowed to block the plan" does)
            for c in inner:
                negated ^= is_negated(c, self.lex)
                found = self._match_verb(c)
                if found and found[0].stance in {"support", "oppose"}:
                    negated ^= found[0].stance == "oppose"
            return stance_of("support", negated, 0)
        if self._for_purpose(pred, tok):
            base = "support"  # "sued to be allowed to vote": for being allowed to vote
            inner = [c for c in tok.children if c.dep_ in {"xcomp", "advcl"}]
        for c in inner:
            found = self._match_verb(c)
            # "refused to back X" opposes X; but what is asked for is the act itself: "asked
            # Russia not to attack Ukraine" opposes the attack, whatever the act's own stance
            if found and found[0].stance in {"support", "oppose"} and pred.plover != "REQUEST":
                negated ^= found[0].stance == "oppose"
                negated ^= is_negated(c, self.lex)
            elif pred.stance == "support" and self._asked_against(c):
                negated ^= True  # "urged states not to reschedule": wants it not done
        return stance_of(base, negated, 0)

    def _asked_against(self, verb: Token) -> bool:
        """What is asked for is asked not done: the act is negated ("urged states not to
        reschedule"), or it lets a thing go by ("urged voters to ignore the measure"), not
        both ("urged Netanyahu not to miss a historic opportunity": for it)."""
        return is_negated(verb, self.lex) ^ (verb.lemma_.lower() in self.lex.privative_verbs)

    def _naming(self, verb: Token) -> bool:
        """``verb`` is a verb of naming ("call", "describe", "brand"; predicates.yaml)."""
        found = self._match_verb(verb)
        return found is not None and found[0].names

    def _name_given(self, pred: Predicate, tok: Token, target: tuple[int, int]
                    ) -> list[Token]:
        """What a verb of naming calls its object: the words said past the object
        ("called it 'a mess'", "described the convention as an infomercial", "referred to
        the riots as acts of terror"); nothing when the verb names nothing."""
        if not pred.names:
            return []
        objects = [c for c in tok.children if c.dep_ == "dobj"] or [
            o for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
            for o in c.children if o.dep_ == "pobj"]
        held = {t.i for o in objects for t in o.subtree}
        if not held:
            return []
        given = [t for t in self.doc[target[0]:target[1]] if t.i not in held and t.i > min(held)]
        if given:
            return given
        # ('calling the Thai account "fabricated to mislead …"': the target ends at the
        # quote, and the name given is the quote right after the object, however parsed)
        after = max(held) + 1
        if after < len(self.doc) and self.doc[after].is_quote:
            end = next((t.i for t in self.doc[after + 1:after + 40] if t.is_quote), None)
            if end is not None:
                return list(self.doc[after + 1:end])
        return []

    def _act_negated(self, tok: Token) -> bool:
        """The act is negated, or held back by the adjective it hangs on, not both
        ("did not back", "was unwilling to back"; "was not unwilling to back" backs), or
        the adjective that makes it a predicate is ("pleaded not guilty")."""
        lemma = tok.lemma_.lower()
        denied = any(f"{lemma} {a.lower_}" in self.lex.verbs and any(
            g.dep_ == "neg" for g in a.children) for a in self._complement_adjectives(tok))
        return is_negated(tok, self.lex) ^ self._reluctant(tok) ^ denied

    @staticmethod
    def _complement_adjectives(tok: Token) -> list[Token]:
        """Adjectives that complete a verb into a predicate of its own ("pleaded guilty")."""
        return [c for c in tok.children if c.dep_ in {"acomp", "oprd"} and c.pos_ == "ADJ"]

    def _reluctant(self, tok: Token) -> bool:
        """The act hangs on an adjective that holds it back ("was unwilling to support",
        "is reluctant to back", cues.yaml reluctance) or on a negated one ("was not ready
        to sign"): the position is against the act."""
        adj = tok.head
        if tok.dep_ != "xcomp" or adj.pos_ != "ADJ" or adj.i == tok.i:
            return False
        held_back = adj.lemma_.lower() in self.lex.reluctance
        if adj.dep_ == "acomp" and adj.head.lemma_ in COPULAS:
            held_back ^= is_negated(adj.head, self.lex)
        return held_back

    def _for_purpose(self, pred: Predicate, tok: Token) -> bool:
        """An act of protest or legal action (cues.yaml purpose_acts) said with an
        infinitive of purpose and nothing it is against: the position is for the purpose."""
        if pred.stance != "oppose" or tok.lemma_.lower() not in self.lex.purpose_acts \
                or any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.i > tok.i
                                            and c.lower_ in {"against", "over"})
                       for c in tok.children):
            return False
        return any(c.dep_ in {"xcomp", "advcl"} and c.i > tok.i and any(
            g.tag_ == "TO" and g.dep_ == "aux" for g in c.children) for c in tok.children)

    def _negated_in_effect(self, pred: Predicate, tok: Token) -> bool:
        """The predicate is negated, or it asks for an act not to be done ("urged states not
        to reschedule"): what the stance model is told as ``negated``."""
        if self._act_negated(tok):
            return True
        return pred.plover == "REQUEST" and any(
            c.dep_ == "xcomp" and self._asked_against(c) for c in tok.children)

    def _advcl_tokens(self, tok: Token, target: tuple[int, int]) -> list[Token]:
        """Participle clauses that evaluate: "…, calling it 'null and void'"."""
        out: list[Token] = []
        for c in tok.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and not (target[0] <= c.i < target[1]):
                out.extend(c.subtree)
        return out

    def _extra(self, tok: Token, target: tuple[int, int]) -> list[tuple[int, int]]:
        return [(c.left_edge.i, c.right_edge.i + 1) for c in tok.children
                if c.dep_ == "advcl" and not (target[0] <= c.i < target[1])]

    def _quoter(self, as_: Token) -> Token | None:
        """The verb of quoting an "as saying" belongs to: its head, or, when the parser hangs
        "as" on a later clause ("cited Budi Gunawan, chief of …, as saying the suspects were
        linked to the network, which itself was related to …"), the quoting verb before it
        whose object comes before "as"."""
        if as_.head.lemma_.lower() in self.lex.quoting_verbs:
            return as_.head
        for t in reversed(self.doc[as_.sent.start:as_.i]):
            if t.lemma_.lower() in self.lex.quoting_verbs and t.pos_ == "VERB" \
                    and any(c.dep_ == "dobj" and c.i < as_.i for c in t.children):
                return t
        return None

    def _swallowed_clause(self, tok: Token) -> Token | None:
        """The other reduced-relative misreading: "The city's security chief, Abdullah
        al-Jahafi, announced on Facebook on Tuesday there were suspects in custody" parsed
        with "announced" (VBN) modifying the chief and the chief the subject of "were": the
        verb of saying is the main verb and the clause after it is what was said. Returns
        that clause's verb."""
        head = tok.head
        if tok.dep_ != "acl" or tok.tag_ != "VBN" or head.dep_ != "nsubj" or tok.i == 0 \
                or head.pos_ not in {"PROPN", "NOUN"} or not self._says(tok):
            return None
        if self.doc[tok.i - 1].text != "," or not any(c.dep_ == "appos" for c in head.children):
            return None
        if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in tok.children):
            return None
        clause = head.head
        return clause if clause.i > tok.right_edge.i and clause.pos_ in {"VERB", "AUX"} \
            else None

    def _target(self, tok: Token, prep: Token | None, subj: Token) -> tuple[int, int] | None:
        """Token range of what the predicate is about: object, complement or prep object."""
        doc = self.doc
        swallowed = self._swallowed_clause(tok)
        if swallowed is not None:
            start = tok.right_edge.i + 1
            return start, self._trim_end(start, swallowed.right_edge.i + 1)
        if prep is not None and prep.dep_ == "mark":
            clause = prep.head
            start, end = prep.i + 1, clause.right_edge.i + 1
            return (start, end) if end > start else None
        if prep is not None:
            objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
            if prep.dep_ == "pobj":  # "voted in favour of the bill": what the phrase is of
                objs = [g for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ in {"pobj", "pcomp"}]
            if not objs and prep.dep_ != "pobj":
                objs = self._list_after_bare(tok, prep)
            if not objs and not any(c.dep_ in {"xcomp", "ccomp", "dobj"} for c in tok.children) \
                    and (measure := self._measure_voted_on(tok)) is not None:
                return measure  # "the PRI voted against": on the law named before
            keep = [*objs, *[c for c in tok.children if c.i > prep.i and (
                c.dep_ in {"xcomp", "ccomp", "dobj"}
                or c.dep_ == "advcl" and any(g.dep_ == "aux" and g.tag_ == "TO"
                                             for g in c.children)  # "called on Belgrade and
                # Pristina to refrain from …": what they are called on to do
                or c.dep_ == "prep" and c.lower_ == "as" and self._naming(tok))]]
            nodes = keep or []
        else:
            nodes = []
            passive_subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if not passive_subj and subj.head.dep_ == "agent" and tok.dep_ == "acl" \
                    and tok.tag_ == "VBN" and tok.head.pos_ in {"NOUN", "PROPN"} \
                    and tok.lemma_.lower() in self.lex.forwarding_verbs:
                noun = tok.head  # "a draft resolution circulated by the United States
                return noun.left_edge.i, noun.i + 1  # and Panama": the draft
            if passive_subj and subj.head.dep_ == "agent":
                nodes = passive_subj
                rel = passive_subj[0]
                if rel.lower_ in self.lex.relative_pronouns and tok.dep_ == "relcl":
                    noun = tok.head
                    return noun.left_edge.i, noun.i + 1
            else:
                reported = self._says(tok)
                reduced = _reduced_clause(tok) if reported else None
                for c in tok.children:
                    if c.i == subj.i or c.dep_ in TARGET_SKIP_DEPS and not (
                            c.dep_ == "npadvmod" and reported and self._reported_part(c, tok)):
                        continue
                    if reported and not self._reported_part(c, tok, reduced):
                        continue  # "said on Twitter", "told the public": not what was said
                    if c.dep_ == "advcl" and c.tag_ == "VBG":
                        if c == _gerund_object(tok):
                            nodes.append(c)  # "ruled out sending soldiers"
                        continue  # ("said, adding …")
                    if c.dep_ in {"dobj", "npadvmod"} and c.like_num and nodes == [] \
                            and any(x.dep_ == "xcomp" for x in tok.children if x.i > c.i):
                        continue  # "voted 399 to 198 to approve …": the tally, not the aim
                    if c.dep_ == "advcl" and not reported and c.i > tok.i and any(
                            m.dep_ == "mark" and m.lower_ in self.lex.time_marks
                            for m in c.children):
                        continue  # "passed a bill …, after lawmakers walked out": when
                    if c.dep_ == "advcl" and c.i > tok.i and any(
                            m.dep_ == "mark" and m.lower_ == "for" and m.i == c.left_edge.i
                            for m in c.children):
                        nodes.append(c)  # "would ask for ballot boxes to be reopened": the
                        continue  # for-clause is what is asked
                    if c.dep_ == "advcl" and (not nodes or self._contrasted(c)
                                              or c in echo_clauses(tok, self.lex)):
                        continue  # ("backed the measure, while members … opposed it": a
                        # position of others set against this one, not part of it)
                    if c.dep_ == "prep" and (c.lower_ not in self.lex.target_preps
                                             or self._channel(c) or self._occasion(c)
                                             or self._says_when(c)):
                        continue  # ("warned on Sunday that …": when, not what)
                    if c.i < tok.i and c.dep_ != "ccomp":
                        continue
                    if c.i < tok.i and any(
                            m.dep_ == "mark" and m.lower_ not in {"that", "whether"}
                            and m.lower_ not in self.lex.condition_marks for m in c.children):
                        continue  # "minutes before the Committee voted …, Trump claimed the
                        # documents were …": a clause set before the saying says when
                    if c.i < tok.i and any(t.text == ";" for t in doc[c.right_edge.i:tok.i]):
                        continue  # "A denied X; B claimed Y": A's clause is not what B said
                    nodes.append(c)
                bare = [c for c in nodes if c.dep_ == "prep"
                        and not any(g.dep_ in {"pobj", "pcomp"} for g in c.children)]
                if bare and (listed := self._list_after_bare(tok, bare[-1])):
                    nodes = listed
                if reported and not any(n.dep_ in {"ccomp", "xcomp"} for n in nodes):
                    clause = self._displaced_clause(tok)
                    if clause is not None:
                        nodes = [clause]
                if reported and not nodes and tok.dep_ == "parataxis" and tok.head.i < tok.i:
                    # "Orders won't leave idle capacity, Maróth said, and …": the clause
                    # before the inserted "X said" is what was said
                    start = tok.head.left_edge.i
                    end = _trim_tail(doc, start, tok.left_edge.i)
                    return (start, end) if end > start else None
                if reported and not nodes and tok.dep_ == "parataxis" and tok.head.i > tok.i:
                    return self._around_inserted(tok)
        if not nodes and (summed := self._summed_act(tok)) is not None:
            return summed
        if not nodes:
            return None
        start = min(n.left_edge.i for n in nodes)
        end = max(n.right_edge.i for n in nodes) + 1
        sent = self.sents[self.sent_of[tok.i]]
        start, end = max(start, sent.start), min(end, sent.end)
        roots = {n.i for n in nodes}
        while start < end and (doc[start].is_punct or doc[start].dep_ == "cc"
                               or doc[start].lower_ == "that" or doc[start].dep_ == "mark"
                               and (doc[start].head.i in roots
                                    or doc[start].lower_ not in self.lex.condition_marks)):
            start += 1  # (not the "if" of a condition opening the clause: "said if X, Y")
        for t in doc[start:end]:  # "said A, adding B": B is a claim of its own; so is
            # another's saying set against it ("warned that A, while the United States said B")
            if t.i > tok.i and (self._added_speech(t) or self._others_saying(t)) \
                    and t.left_edge.i > start:
                end = min(end, t.left_edge.i)
                break
        tail = next((t for t in doc[start + 1:end] if t.dep_ == "prep" and self._occasion(t)
                     and t.right_edge.i >= _trim_tail(doc, start, end) - 1), None)
        if tail is not None:
            end = tail.i  # "condemned the attack in a statement", the parser hanging the
            # occasion on the object: not what is condemned
        end = _trim_tail(doc, start, end)
        if end <= start:
            return None
        opened = sum(t.is_quote for t in doc[start:end]) % 2
        if opened:  # "the attack as "a serious violation"": the quote it opens closes
            for k in (end, end + 1):
                if k < min(len(doc), end + 2) and doc[k].is_quote \
                        and all(t.is_punct for t in doc[end:k]):
                    end = k + 1
                    break
        return start, end

    def _asked(self, verb: Token) -> bool:
        """Whether ``verb``'s own clause is a question ("Why should voters choose … ?", "How
        do your fellow teammates describe you?"): asking takes no position. A question inside
        a quote ('trying to add the question, "Is this person a citizen …?"', 'said "Will you
        shut up, man?"') is what was said, not the clause asking."""
        chain = {verb.i, *(a.i for a in verb.ancestors)}
        return any(t.text == "?" and t.dep_ == "punct" and t.head.i in chain
                   and not self.quotes.overlapping(t.idx, t.idx + 1)
                   for t in verb.sent if t.i > verb.i)

    def _around_inserted(self, say: Token) -> tuple[int, int] | None:
        """What was said around an inserted "X said" ("This year, he said, he came to
        support …"; "If these findings are accurate, scientists say, containing COVID-19
        may require a different approach"): the clause it interrupts, from its subject on, or
        only what follows when all that comes before is a setting (a time, a place, a
        condition)."""
        doc, clause = self.doc, say.head
        if clause.dep_ == "relcl":
            return None  # ("fighters which, the statement said, nations refused to take")
        before = [c for c in clause.children if c.i < say.i and c.dep_ != "punct"]
        core = any(c.dep_ not in {"advcl", "prep", "npadvmod", "advmod", "cc"}
                   for c in before)
        start = clause.left_edge.i if core else say.right_edge.i + 1
        start = max([start, *(t.i + 1 for t in doc[start:say.i] if t.text == ";")])
        end = clause.right_edge.i + 1
        if end <= say.right_edge.i + 1:
            return None  # the parse hangs the saying on a clause that ends before it
        while start < end and (doc[start].is_punct or doc[start].dep_ == "cc"):
            start += 1
        end = _trim_tail(doc, start, end)
        return (start, end) if end > start else None

    @staticmethod
    def _list_after_bare(verb: Token, prep: Token) -> list[Token]:
        """ "advocates for, among other things, A, B and C": the parser leaves "for" without
        its object and hangs the list on the verb; the list's first item (with the rest
        coordinated under it) is the object."""
        return [c for c in verb.children if c.dep_ == "conj" and c.i > prep.i
                and c.pos_ in {"NOUN", "PROPN"}
                and not any(g.dep_ == "acl" and g.tag_ == "VBG" and g.i == c.i + 1
                            for g in c.children)][:1]
        # (not "voting against and 12 countries abstaining": a clause of its own)

    def _channel(self, prep: Token) -> bool:
        """"on Twitter", "on television": where it was said (cues.yaml channels)."""
        return prep.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in self.lex.channels for g in prep.children)

    def _says_when(self, tok: Token) -> bool:
        """A phrase that only dates what it hangs on ("on Sunday", "last week")."""
        if tok.dep_ == "npadvmod":
            return tok.ent_type_ in {"DATE", "TIME"}
        return tok.lower_ in self.lex.time_preps and _dates_only(tok)

    def _occasion(self, prep: Token) -> bool:
        """"in a phone call", "during talks", "at a news conference": the occasion it was
        done on, not what it is about (cues.yaml occasion_nouns)."""
        return prep.dep_ == "prep" and prep.lower_ in self.lex.occasion_preps and any(
            g.dep_ == "pobj" and g.lemma_.lower() in self.lex.occasion_nouns
            for g in prep.children)

    def _described_holders(self, noun: Token) -> bool:
        """People or bodies named by a plural noun that is an actor of the article's
        ("legislators", "several conservative groups"), not texts or findings ("a ruling
        permitting", "a survey finding") nor a place."""
        if noun.tag_ != "NNS":
            return False
        found = self.actors.covering(noun.idx, noun.idx + len(noun))
        return found is not None and self.actors.get(found).kind in {"group", "organization"}

    def _generic_person(self, obj: Token) -> bool:
        """"the official", "an official", "prime ministers": a role word with no name in its
        phrase (a plural without a determiner: any of them)."""
        return obj.lemma_.lower() in self.lex.person_nouns and (
            obj.tag_ == "NN" or obj.tag_ == "NNS" and not any(c.dep_ == "det" for c in obj.children)
        ) and not any(t.pos_ == "PROPN" for c in obj.children if c.dep_ != "prep"
                      for t in c.subtree)  # "the leader of the party with most seats in X"

    def _not_a_speaker(self, subj: Token) -> bool:
        """A text or an aim as subject ("the Constitution requires", "one of the goals is")."""
        heads = [subj]
        if subj.lower_ == "one":
            heads += [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
        return any(h.lower_ in self.lex.not_speakers or h.lemma_.lower() in self.lex.not_speakers
                   for h in heads)

    def _displaced_clause(self, verb: Token) -> Token | None:
        """"said ahead of the summit that Ankara would block…", "told Anadolu Agency, a local
        news outlet, that one of the deceased was …": the parser hangs the reported clause on
        the phrase between verb and clause (an adjunct, or whom it was told) as a relative
        clause; it is one when its "that" is a complementizer (a mark, or a subject/object
        its verb has already)."""
        for c in verb.children:
            if c.i < verb.i or c.dep_ not in {"prep", "advmod", "npadvmod", "dobj", "dative"}:
                continue
            for t in c.subtree:
                if t.dep_ not in {"relcl", "acl"}:
                    continue
                that = t.left_edge
                if that.lower_ != "that":
                    continue
                if that.dep_ == "mark":
                    return t
                holder = that.head  # the clause's verb, or one inside it ("that he
                # expected to reach a trade deal": "that" and "a trade deal" both objects)
                if (holder.i == t.i or t.is_ancestor(holder)) and any(
                        o.dep_ == that.dep_ and o.i != that.i for o in holder.children):
                    return t
        return None

    def _reported_part(self, c: Token, verb: Token,
                       reduced: tuple[Token, Token] | None = None) -> bool:
        """Whether a speech verb's dependent is (part of) what was said; ``reduced``: the
        verb's :func:`_reduced_clause`, when it has one."""
        if c.dep_ in {"ccomp", "xcomp", "oprd", "attr", "acomp"} \
                or c.dep_ == "advcl" and c == _gerund_object(verb):
            return True
        if reduced is not None and c.i in {reduced[0].i, reduced[1].i}:
            return True  # "ruled [the male-only draft violated …]"
        if c.dep_ == "prep":
            return c.lower_ == "as"  # "characterized the call as 'perfectly fine'"
        if c.dep_ == "npadvmod":  # "branded the president a liar", parsed as a modifier
            return c.ent_type_ not in {"DATE", "TIME"} and self._naming(verb)
        if c.dep_ in {"dobj", "dative"}:
            has_more = _names_something(verb)
            if has_more and verb.lemma_.lower() in self.lex.addressee_verbs:
                return False  # "told reporters today [the assessments will …]": the hearers
            return has_more or (c.ent_type_ not in {"PERSON", "ORG", "NORP", "GPE"}
                                and c.pos_ not in {"PRON", "PROPN"}
                                and verb.lemma_.lower() not in self.lex.addressee_verbs)
        return False

    def _nominal(self, tok: Token, si: int) -> bool:
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return False
        lemma = tok.lemma_.lower()
        key = lemma
        of_obj = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), None)
        if of_obj is not None and f"{lemma} of {of_obj.lemma_.lower()}" in self.lex.nominals:
            key = f"{lemma} of {of_obj.lemma_.lower()}"
        prefixed = self._stance_prefix(tok)
        if prefixed is not None and lemma in self.lex.prefix_nouns \
                and lemma not in self.lex.nominals:
            pred = Predicate(form=lemma, stance=prefixed[0], plover=None, frame="act")
        elif key not in self.lex.nominals and tok.lower_ not in self.lex.nominals:
            return False
        else:
            pred = self.lex.nominals.get(key) or self.lex.nominals[tok.lower_]
        said_of = self._said_of_someone(tok)
        if lemma in self.lex.position_nouns and not said_of:
            return False  # "his opponent, Biden": a rival, not a position
        if pred.needs_complement and prefixed is None and not any(
                (c.dep_ == "prep" and c.lower_ in {"for", "to", "in", "on", "against", "of",
                                                    "about", "over"})
                or (c.dep_ in {"acl", "relcl", "xcomp", "ccomp"}
                    and any(a.lower_ in {"to", "that"} and a.i < c.i for a in c.children))
                or _for_clause(c) for c in tok.children):
            return False
        subj: Token | None = None
        form = tok.text
        head = tok.head
        if tok.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in self.lex.abandon_verbs:
            return False  # "ended his bid for the nomination": no longer held
        light = head.lemma_.lower() in self.lex.light_verbs
        drawn_from = self._drawn_from(tok)
        if drawn_from is not None:
            subj, drawer = drawn_from  # "The move drew criticism from Amnesty": on the move
            target = (drawer.left_edge.i, drawer.right_edge.i + 1)
            speaker = self.speakers.resolve(subj, self.sent_of[subj.i])
            if speaker is None:
                return False
            negated = is_negated(head, self.lex)
            self._add(_Draft(speaker, f"{head.text} {tok.text}", stance_of(pred.stance,
                             negated, 0), target, target, "none", si, "nominal",
                             self._evidence(si), [], lemma, pred.stance, negated))
            return True
        if tok.dep_ == "dobj" and light:
            found = self._match_verb(head)
            if found is not None and head.lemma_.lower() not in {"join"} \
                    and not self._restates_position(head, found[0]):
                return False  # the verb is a predicate of its own ("voiced skepticism …
                # that": what is said)
            subj = self._subject(head)
            form = f"{head.text} {tok.text}"
            span_root = head
        elif tok.dep_ == "nsubjpass" and light:
            # "The subpoena was issued by Representatives Engel, Schiff and Cummings"
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            subj = next((g for g in agent.children if g.dep_ == "pobj"), None) \
                if agent is not None else None
            form = f"{tok.text} {head.text}"
            span_root = tok
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                and (actor_verb := self._act_above(tok.head)) is not None \
                and pred.plover in ADVERBIAL_STANCE and not any(c.dep_ == "poss"
                                                                for c in tok.children):
            # "rallied in support of Trump", "marched in protest against the law",
            # "took part in demonstrations in support of free speech"
            subj = self._subject(actor_verb)
            if subj is None and actor_verb.lemma_.lower() in self.lex.taking_part_passives:
                subj = next((c for c in actor_verb.children if c.dep_ == "nsubjpass"), None)
            span_root = tok
        elif said_of and tok.dep_ == "attr":
            # "Chirac was an outspoken opponent of the Iraq War": who the subject is on it
            subj = self._subject(head)
            span_root = head
        elif said_of and tok.dep_ == "appos":
            subj = tok.head  # "Navalny, a critic of Putin, …"
            span_root = tok
        elif (came := self._came_from(tok)) is not None:
            # "Support for mail-in voting also came from Senator Amy Klobuchar",
            # "Statements of condemnation have come from … head Yousef Al-Othaimeen, Pope
            # Francis, and a spokesperson for President Rodrigo Duterte"
            frm = next((c for c in came.children if c.dep_ == "prep" and c.lower_ == "from"),
                       None)
            subj = next((g for g in frm.children if g.dep_ == "pobj"), None) \
                if frm is not None else None
            span_root = tok
        else:
            span_root = tok
            for c in tok.children:
                if c.dep_ == "poss":
                    subj = c
            if subj is None:  # "a lawsuit filed by Texas", "a statement issued by X"
                for c in tok.children:
                    if c.dep_ == "acl" and c.tag_ == "VBN":
                        subj = next((g for a in c.children if a.dep_ == "agent"
                                     for g in a.children if g.dep_ == "pobj"), None)
                        if subj is not None:
                            break
            if subj is None:
                for c in tok.children:
                    if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from", "of"}:
                        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if obj is not None and (self.speakers._covering(obj)
                                                or obj.tag_ in {"NNS", "NNPS"}):
                            subj = obj
                            break
        if subj is None:
            subj = self._doers(tok, prefixed)
        if subj is None:
            return False
        speaker = self.speakers.resolve(subj, self.sent_of[subj.i])
        if speaker is None:
            return False
        target = self._nominal_target(tok, span_root, subj)
        side = pred.stance
        if target is None and prefixed is not None:
            side, target = prefixed  # "anti-government protests": against the government
        if target is None:
            return False
        quote = "direct" if self.quotes.inside(*self._chars(target)) > 0.5 else "none"
        negated = is_negated(head if span_root is head else tok, self.lex)
        stance = stance_of(side, negated, 0)
        parts = self._conjuncts(target)
        if len(parts) == 1 and tok.dep_ == "nsubj" \
                and tok.head.lemma_.lower() in self.lex.copular_verbs:
            parts = self._items(tok.head) or parts  # the parse lists them as clauses
        for part in parts:
            self._add(_Draft(speaker, form, stance, part, target, quote, si, "nominal",
                             self._evidence(si), [], tok.lemma_.lower(), pred.stance, negated))
        return True

    def _drawn_from(self, tok: Token) -> tuple[Token, Token] | None:
        """(who holds it, what it is on) for a nominal a drawing verb takes as object with
        a "from" phrase ("The move drew sharp criticism from Amnesty International")."""
        head = tok.head
        if tok.dep_ != "dobj" or head.lemma_.lower() not in self.lex.drawing_verbs:
            return None
        frm = next((c for w in (tok, head) for c in w.children
                    if c.dep_ == "prep" and c.lower_ == "from"), None)
        holder = next((g for g in frm.children if g.dep_ == "pobj"), None) \
            if frm is not None else None
        drawer = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if holder is None or drawer is None or drawer.pos_ == "PRON":
            return None
        return holder, drawer

    def _came_from(self, tok: Token) -> Token | None:
        """The "come" whose subject is the nominal, or a statement of it ("Statements of
        condemnation have come from …"): who it came from holds it."""
        noun = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.lemma_.lower() in self.lex.source_nouns:
            noun = tok.head.head
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "come":
            return noun.head
        return None

    def _copular(self, tok: Token, si: int) -> bool:
        """A position stated with "be": "has been highly critical of DRM", "is opposed to
        the deal", "is against the plan", "is in favour of sanctions" (``copular`` in
        predicates.yaml: the words from the adjective or preposition to the one that opens
        what the position is on)."""
        head = tok.head
        if head.lemma_.lower() not in COPULAS or head.i == tok.i or head.dep_ == "relcl":
            return False  # ("men who are skeptical of their faith": whoever they are)
        found: tuple[Predicate, Token] | None = None
        if tok.dep_ == "acomp":
            for p in (c for c in tok.children if c.dep_ == "prep"):
                pred = self.lex.copular.get(f"{tok.lower_} {p.lower_}")
                if pred is not None:
                    found = pred, p
                    break
            for v in (c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}):
                # "is willing to send peacekeepers", "was reluctant to commit troops": the
                # act the speaker is ready for or holds back from (an act that is itself a
                # position, "ready to support the deal", is read on its own)
                pred = self.lex.copular.get(f"{tok.lower_} to")
                if pred is not None and found is None and any(
                        g.dep_ == "aux" and g.lower_ == "to" for g in v.children) \
                        and not any(f.split()[0] == v.lemma_.lower() for f in self.lex.verbs):
                    found = pred, v
        elif tok.dep_ == "prep" and tok.lower_ in self.lex.copular:
            found = self.lex.copular[tok.lower_], tok  # "is against the plan"
        elif tok.dep_ == "prep":  # "is in favour of sanctions"
            for n in (c for c in tok.children if c.dep_ == "pobj"):
                for p in (c for c in n.children if c.dep_ == "prep"):
                    pred = self.lex.copular.get(f"{tok.lower_} {n.lower_} {p.lower_}")
                    if pred is not None:
                        found = pred, p
        if found is None:
            return False
        pred, opener = found
        obj = opener if opener.dep_ == "xcomp" else \
            next((c for c in opener.children if c.dep_ in {"pobj", "pcomp"}), None)
        subj = self._subject(head)
        if obj is None or subj is None or self._not_a_speaker(subj):
            return False
        speaker = self.speakers.resolve(subj, si)
        if speaker is None:
            return False
        target = self._span_of(obj)
        if target is not None and obj is opener and self.doc[target[0]].tag_ == "TO":
            target = (target[0] + 1, target[1])  # "willing to send troops": "send troops"
        if target is None or target[0] >= target[1]:
            return False
        negated = is_negated(head, self.lex)
        quote = "direct" if self.quotes.inside(*self._chars(target)) > 0.5 else "none"
        for part in self._conjuncts(target):
            self._add(_Draft(speaker, f"{head.text} {pred.form}", stance_of(pred.stance,
                                                                          negated, 0),
                             part, target, quote, si, "act", self._evidence(si), [],
                             tok.lemma_.lower(), pred.stance, negated))
        return True

    def _stance_prefix(self, tok: Token) -> tuple[str, tuple[int, int]] | None:
        """The side a prefix before ``tok`` takes and on what, as a token range: "anti-
        government protests" oppose the government, "pro-democracy" supports democracy."""
        mods = [c for c in tok.children if c.i < tok.i and c.dep_ in {"amod", "compound"}]
        for m in mods:
            side = self.lex.stance_prefixes.get(m.lower_)
            if side and m.i + 2 < tok.i and self.doc[m.i + 1].text == "-":
                return side, (m.i + 2, tok.i)
        return None

    def _doers(self, tok: Token, prefixed: tuple[str, tuple[int, int]] | None
               ) -> Token | None:
        """For a collective act named with no one doing it ("weeks of protests against the
        bill"), the article's mention of its doers ("the protesters") nearest before it,
        else after it; ``prefixed``: the act's :meth:`_stance_prefix`."""
        doers = self.lex.doer_nouns.get(tok.lemma_.lower())
        if not doers or prefixed is None and not any(
                c.dep_ == "prep" and c.lower_ in self.lex.doer_preps for c in tok.children):
            return None
        mentions = [t for t in self.doc if t.pos_ == "NOUN" and t.lemma_.lower() in doers
                    and t.dep_ not in {"compound", "amod"}]
        before = [t for t in mentions if t.i < tok.i]
        return before[-1] if before else (mentions[0] if mentions else None)

    def _said_of_someone(self, tok: Token) -> bool:
        """A position noun as a subject's complement or in apposition to a name, with what
        the position is on ("an opponent of the war"); not a relation ("his opponent")."""
        if tok.lemma_.lower() not in self.lex.position_nouns \
                or any(c.dep_ == "poss" for c in tok.children):
            return False
        if tok.dep_ == "attr" and tok.head.lemma_.lower() not in COPULAS \
                or tok.dep_ == "appos" and tok.head.pos_ != "PROPN":
            return False
        return any(c.dep_ == "prep" and c.lower_ in {"of", "for", "against"}
                   for c in tok.children)

    @staticmethod
    def _act_above(prep: Token) -> Token | None:
        """The verb an "in support of" phrase tells the purpose of: the verb it hangs on, or
        the verb above the act noun it hangs on ("involved in demonstrations in …")."""
        head = prep.head
        if head.pos_ == "VERB":
            return head
        if head.pos_ == "NOUN" and head.dep_ in {"pobj", "dobj"}:
            up = head.head.head if head.dep_ == "pobj" else head.head
            return up if up.pos_ == "VERB" else None
        return None

    def _where_or_span(self, prep: Token) -> bool:
        """An "in" phrase of a place, a date or a stretch of time on a nominal ("the largest
        protest in Serbia's history", "the first strike in decades", "protests in
        Belgrade"): where or when, not what the position is about."""
        if prep.dep_ != "prep" or prep.lower_ not in self.lex.time_preps:
            return False
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        return bool(objs) and all(g.ent_type_ in {"GPE", "LOC", "FAC", "DATE", "TIME"}
                                  or g.lemma_.lower() in self.lex.span_nouns for g in objs)

    def _nominal_target(self, tok: Token, root: Token, subj: Token) -> tuple[int, int] | None:
        skip = set(subj.subtree)
        if tok.dep_ == "appos":  # "Chirac, an opponent of the war": the apposition is his
            skip -= set(tok.subtree)
        nodes = [c for c in tok.children if (c.dep_ in {"prep", "acl", "relcl", "xcomp"}
                                             or _for_clause(c))
                 and c.lower_ not in {"by", "from"} and c not in skip and subj.head.i != c.i
                 and not self._channel(c) and not self._where_or_span(c)
                 and not self._occasion(c)]
        if not nodes and (tok.dep_ == "nsubjpass" or tok.dep_ == "pobj"
                          and self._came_from(tok) is not None):
            nodes = [tok]  # "Statements of condemnation have come from …": condemnation
        if not nodes and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.lex.copular_verbs:
            # "Their demands have included dissolving Parliament, …"
            nodes = [c for c in tok.head.children if c.i > tok.head.i and c.dep_ in
                     {"dobj", "attr", "acomp", "xcomp", "ccomp", "advcl"}]
            if len(nodes) == 1:
                return self._span_of(nodes[0])
        if root.i != tok.i:
            # "voiced his opposition to the memorandum": what the nominal is about, else
            # the nominal itself ("issued a subpoena")
            later = [c for c in root.children if (
                c.dep_ in {"prep", "xcomp", "ccomp", "dative"}
                or c.dep_ == "advcl" and c.left_edge.i == tok.right_edge.i + 1
                and c.left_edge.tag_ == "TO")  # "expressed opposition to Defund the Police"
                # read as an infinitive
                and c.i > tok.i and c.lower_ != "according"
                and not (c.dep_ == "prep" and (self._occasion(c) or self._says_when(c)))]
            # ("repeated those concerns in a closed-door session": where; "paid tribute to the
            # Sultan": a dative "to"; ", according to a source": who tells it, not what)
            own = [c for c in nodes if f"{tok.lemma_.lower()} {c.lower_}"
                   not in self.lex.nominal_openings]  # "letter of support": the "of" is its own
            nodes = [*own, *later] if own else [tok, *later]
        if not nodes:
            return None
        start = min(n.left_edge.i for n in nodes)
        end = max(n.right_edge.i for n in nodes) + 1
        toks = [t for t in self.doc[start:end] if t not in skip]
        if not toks:
            return None
        start, end = toks[0].i, toks[-1].i + 1
        end = min([end, *(t.left_edge.i for t in self.doc[start:end]
                          if t.dep_ == "advcl" and t.left_edge.i > start
                          and self._contrasted(t))])  # ("… while La Riva endorsed it")
        while end - start > 1 and (self.doc[start].pos_ in {"ADP", "SCONJ"}
                                   or self.doc[start].lower_ == "that") \
                and self.doc[start].dep_ in {"prep", "mark", "dobj", "nsubj"}:
            start += 1  # "call for a ceasefire" is about "a ceasefire"
        while start < end and self.doc[start].is_punct:
            start += 1
        while end > start and self.doc[end - 1].is_punct:
            end -= 1
        return (start, end) if end > start else None

    def _items(self, verb: Token) -> list[tuple[int, int]]:
        """The things a copular verb lists ("included dissolving Parliament, appointing an
        election committee…, and a clear date…"), however the parse hung them on it."""
        heads = [c for c in verb.children if c.i > verb.i and c.dep_ in
                 {"dobj", "attr", "acomp", "xcomp", "ccomp", "advcl"}]
        items = [t for h in heads for t in (h, *h.conjuncts)]
        items = sorted({t.i: t for t in items}.values(), key=lambda t: t.i)
        out = []
        for k, item in enumerate(items):
            end = items[k + 1].left_edge.i if k + 1 < len(items) else item.right_edge.i + 1
            end = min(end, item.right_edge.i + 1)
            start = item.left_edge.i
            end = self._trim_end(start, end)
            if end > start:
                out.append((start, end))
        return out if len(out) > 1 else []

    def _listed(self, rng: tuple[int, int]) -> list[tuple[int, int]]:
        """The same on the surface, where the parse lost the coordination: a list of short
        noun phrases ("states' rights, gun rights, limited government, and protectionism")
        with no finite verb is cut at its commas and its last "and"/"or"."""
        toks = list(self.doc[rng[0]:rng[1]])
        if any(t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBG", "VBN"} for t in toks):
            return [rng]
        out, start = [], rng[0]
        for t in toks:
            if t.text == "," or (t.dep_ == "cc" or t.lower_ in {"and", "or"}):
                if t.i > start:
                    out.append((start, t.i))
                start = t.i + 1
        if rng[1] > start:
            out.append((start, rng[1]))
        pieces = [(a, b) for a, b in out if b > a]
        if not any(t.lower_ in {"and", "or"} for t in toks) \
                or any(self.doc[a].pos_ == "ADP" or self.doc[a].tag_ == "VBN" for a, _ in pieces) \
                or all(self._inside_phrase(t, rng) for t in toks if t.dep_ == "cc") \
                or any(t.lower_ in self.lex.pairing_preps for t in toks):
            return [rng]  # a list ends in "and"/"or" and holds no prepositional phrases
            # (nor "a meeting between Zelenskiy and Putin": one thing; "safeguards on beef and
            # poultry imports" is no list of "safeguards on beef" and "poultry imports")
        if len(pieces) < 2 or any(b - a > 6 for a, b in pieces) or not all(
                any(t.pos_ in {"NOUN", "PROPN"} or t.tag_ == "VBG" for t in self.doc[a:b])
                for a, b in pieces):
            return [rng]
        return pieces

    def _inside_phrase(self, cc: Token, rng: tuple[int, int]) -> bool:
        """A coordinating word that joins words inside a prepositional phrase of the range
        ("safeguards on beef and poultry imports"), not the range's own items."""
        return any(a.dep_ == "prep" and rng[0] <= a.i < rng[1] for a in cc.ancestors)

    def _trim_end(self, start: int, end: int) -> int:
        """``end`` moved back over closing punctuation and a trailing "and"/"or"."""
        while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].dep_ == "cc"):
            end -= 1
        return end

    def _span_of(self, node: Token) -> tuple[int, int] | None:
        start, end = node.left_edge.i, node.right_edge.i + 1
        while start < end and (self.doc[start].is_punct or self.doc[start].dep_ == "mark"):
            start += 1
        while end > start and self.doc[end - 1].is_punct:
            end -= 1
        return (start, end) if end > start else None

    def _before_located(self, subj: Token) -> Token:
        """ "the Parliament of New South Wales (NSW), Australia voted": the parser makes the
        country that places a name its verb's subject; the name before it is the subject."""
        doc = self.doc
        if subj.ent_type_ != "GPE":
            return subj
        place = entity_at(subj)
        if subj.left_edge.i < place.start or place.start < 2 \
                or doc[place.start - 1].text != "," \
                or country_lexicon().country_of_name(place.text) is None:
            return subj
        i = place.start - 2
        if doc[i].text == ")":  # "(NSW)"
            while i > 0 and doc[i].text != "(":
                i -= 1
            i -= 1
        prev = doc[i] if i >= 0 else None
        if prev is None or prev.ent_type_ not in {"ORG", "FAC", "GPE"}:
            return subj
        ent = entity_at(prev)
        if ent.label_ == "GPE" and ent.root.dep_ == "pobj" \
                and ent.root.head.dep_ == "prep":  # "the Ministry … in Munich, Germany"
            owner = ent.root.head.head
            if owner.ent_type_ not in {"ORG", "FAC"}:
                return subj
            return entity_at(owner).root
        return ent.root

    def _past_according(self, subj: Token) -> Token | None:
        """ "According to the agency ISNA, the prosecutor general, X, said …": the parser
        often makes the source the verb's subject and the speaker its apposition; the one
        who says is the apposition (None when there is none: the source is no speaker)."""
        first = subj.left_edge.i
        if first < 2 or self.doc[first - 1].lower_ != "to" \
                or self.doc[first - 2].lower_ != "according":
            return subj
        return next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), None)

    def _according(self, tok: Token, si: int) -> bool:
        """"According to X, <clause>": X holds what the clause says."""
        if tok.lower_ != "according":
            return False
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        if obj is None:
            return False
        speaker = self.speakers.resolve(obj, si)
        if speaker is None:
            return False
        sent = self.sents[si]
        phrase = set(range(tok.left_edge.i, tok.right_edge.i + 1))
        main = tok.head if tok.head.i != tok.i else sent.root
        said = self._match_verb(main)
        subj = self._subject(main)
        if said is not None and said[0].frame == "speech" and subj is not None \
                and not self._not_a_speaker(subj):
            return False  # "according to the BBC, a spokesman said …": the spokesman's
        if main.i == tok.i:  # the parser made "According" the head of what was said: it
            toks = [t for t in sent if t.i > obj.right_edge.i]  # is all after "to X"
        else:
            toks = [t for t in main.subtree if t.i not in phrase]
        if not toks:
            return False
        start, end = toks[0].i, toks[-1].i + 1
        while start < end and self.doc[start].is_punct:
            start += 1
        while end > start and self.doc[end - 1].is_punct:
            end -= 1
        if end <= start:
            return False
        target = (start, end)
        quote = "indirect"
        for p in self._pieces(si):
            if self._overlaps_piece(target, [p]):
                quote = "direct"
                self.consumed.add((si, p.start))
                self.quote_speaker.setdefault(p.start, speaker)
        stance = self._reported_stance(speaker, start, end)
        self._add(_Draft(speaker, "according to", stance, target, target, quote, si,
                         "according", self._evidence(si), [], "according"))
        return True

    def _reported_stance(self, speaker: Speaker, start: int, end: int) -> str:
        """The side of words reported with no verb of their own ("according to X, …", "issued
        a statement that …"): from their cue words; neutral from a news outlet or for
        figures told, a source for a fact rather than a position of its own."""
        polarity = content_polarity(list(self.doc[start:end]), self.lex)
        if self._is_media(speaker) or (polarity == 0 and self._reports_figures(start, end)):
            return "neutral"
        return stance_of("content", False, polarity)

    def _issued_that(self, tok: Token, si: int) -> bool:
        """ "The Department issued a statement that an inmate had been stabbed": a text put
        out with what it says in a that-clause is its issuer's word, as "issued a statement
        saying …" is."""
        if tok.lemma_.lower() not in self.lex.source_nouns or tok.dep_ != "dobj" \
                or tok.head.lemma_.lower() not in self.lex.issuing_verbs:
            return False  # (not "broached the New York Times report that …": whose it is)
        clause = next((c for c in tok.children if c.dep_ in {"acl", "ccomp", "relcl"} and any(
            m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i
            for m in c.children)), None)
        if clause is None or clause.i < tok.i:
            return False
        subj = self._subject(tok.head)
        if subj is None or self._not_a_speaker(subj):
            return False
        speaker = self.speakers.resolve(subj, si)
        if speaker is None:
            return False
        start = clause.left_edge.i + 1
        end = self._trim_end(start, clause.right_edge.i + 1)
        if end <= start:
            return False
        stance = self._reported_stance(speaker, start, end)
        self._add(_Draft(speaker, f"{tok.head.text} a {tok.text}", stance, (start, end),
                         (start, end), "indirect", si, "speech", self._evidence(si), [],
                         "say", "content"))
        return True

    # --- quotes -----------------------------------------------------------------------
    def _pieces(self, si: int) -> list[Quote]:
        """The parts of quotes inside sentence ``si`` that hold enough words to be a claim."""
        sent = self.sents[si]
        out = []
        for q in self.quotes.overlapping(sent.start_char, sent.end_char):
            s, e = max(q.start, sent.start_char), min(q.end, sent.end_char)
            words = sum(1 for t in self._char_tokens(s, e) if t.is_alpha)
            if words >= MIN_QUOTE_WORDS:
                out.append(Quote(s, e, q.balanced))
        return out

    def _quoted_condition(self, start: int) -> bool:
        """The quoted words at ``start`` open with a condition's word or phrase ("unless",
        "if", "provided", "as long as")."""
        toks = [t for t in self._char_tokens(start, start + 30)
                if not t.is_space and not t.is_punct]
        if not toks:
            return False
        words = tuple(t.lower_ for t in toks)
        if words[0] == "for":
            words = words[1:]  # "for as long as German controls remain in place"
        return toks[0].lower_ in self.lex.condition_marks and toks[0].lower_ != "whether" \
            or self._opens_with_phrase(words)

    def _puts_out_saying(self, tok: Token) -> bool:
        """The verb puts out a text (cues.yaml issuing_verbs, source_nouns) whose words are
        told with it: a clause of the text's ("a statement saying …", "a statement that …")
        or a saying after it ("signed a joint statement in Belgrade saying …")."""
        if tok.lemma_.lower() not in self.lex.issuing_verbs:
            return False
        for text in (c for c in tok.children
                     if c.dep_ == "dobj" and c.lemma_.lower() in self.lex.source_nouns):
            if any(g.dep_ == "acl" and self._says(g) or g.dep_ in {"acl", "ccomp"} and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
                   for g in text.children):
                return True
            if any(g.dep_ == "advcl" and g.tag_ == "VBG" and g.i > text.i and self._says(g)
                   for g in tok.children):
                return True
        return False

    def _quoted_in_condition(self, piece: Quote, target: tuple[int, int] | None) -> bool:
        """The quoted words lie inside a condition of what is said ('said she would attend
        if Lai was prepared to discuss the budget "as a whole, including pensions"'): the
        clause said is the target, the quote part of its condition."""
        if target is None:
            return False
        spans = find_conditions(list(self.doc[target[0]:target[1]]), self.lex)
        return any(s <= piece.start and piece.end <= e + 2 for s, e in spans)

    def _only_condition(self, piece: Quote) -> bool:
        """The quoted words are a condition and nothing more ('"as long as they do not leave
        a hole in our budget"', not '"Until the House votes, nobody is conducting …"')."""
        if not self._quoted_condition(piece.start):
            return False
        words = [t for t in self._char_tokens(piece.start, piece.end) if not t.is_punct]
        spans = find_conditions(words, self.lex) if words else []
        return bool(spans) and all(any(s <= t.idx < e for s, e in spans) for t in words)

    def _opens_with_phrase(self, words: Sequence[str]) -> bool:
        """The words (lower case) open with a condition's phrase ("as long as", "only if";
        cues.yaml condition_phrases)."""
        return any(tuple(words[:len(p)]) == p for p in self.lex.condition_phrases)

    def _quote_pieces(self) -> None:
        last_claim_sent = {d.sent: d.speaker for d in self.drafts}
        attributed = set(last_claim_sent) | set(self.sent_speaker)
        for si in range(len(self.sents)):
            for p in self._pieces(si):
                if (si, p.start) in self.consumed:
                    continue
                whole = self.quotes.at(p.start)
                speaker = self.quote_speaker.get(whole.start) if whole else None
                path = "quote"
                if speaker is None:
                    speaker = self.sent_speaker.get(si)
                opens = p.start <= self._evidence(si)[0] + 1
                if speaker is None and whole is not None and p.start == whole.start:
                    speaker = self._colon_speaker(whole.start, si)  # 'X took a shot: "…"'
                    if speaker is None:  # '"…" tweeted Mayor of London Sadiq Khan'
                        speaker = self._named_after(whole.end, si)
                    if speaker is not None:
                        attributed.add(si)  # its sentence names who speaks
                if speaker is None and opens:  # only a quote that opens its sentence carries
                    for back in (1, 2):
                        prev = last_claim_sent.get(si - back)
                        if prev is not None:
                            speaker, path = prev, "quote-carried"
                            break
                if speaker is None:
                    continue
                target = self._char_to_tokens(p.start, p.end)
                if target is None:
                    continue
                tokens = list(self.doc[target[0]:target[1]])
                polarity = content_polarity(tokens, self.lex)
                if polarity == 0 and si not in attributed and not self._pledged(tokens):
                    # a quoted sentence away from its attribution, with no word that takes a
                    # side, reports or describes; it is not a position of its own
                    continue
                stance = stance_of("content", False, polarity)
                settled = None
                if self._is_media(speaker):
                    stance = "neutral"
                elif self._denied_piece(target):  # 'but not "a treaty in name only"': the
                    # quoted words are what is refused
                    stance = settled = "support" if stance == "oppose" else "oppose"
                self.consumed.add((si, p.start))
                if whole is not None:
                    self.quote_speaker.setdefault(whole.start, speaker)
                draft = _Draft(speaker, "said", stance, target, target, "direct", si, path,
                               self._evidence(si), settled=settled)
                self._add(draft)
                last_claim_sent[si] = speaker

    def _pledged(self, tokens: list[Token]) -> bool:
        """Quoted words that bind their speaker: a first-person subject of the main verb with a
        modal of will ("We will stay the course, but only if this council provides …"; cues.yaml
        pledge_modals): a position though no cue word takes a side."""
        inside = {t.i for t in tokens}
        for start, end in find_conditions(tokens, self.lex) if tokens else []:
            words = tuple(t.lower_ for t in self._char_tokens(start, end))
            if words[:1] in {("unless",), ("provided",)} or self._opens_with_phrase(words):
                return True  # "… but only if this council provides …": a stated price
        return any(t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in self.lex.first_person
                   and (t.head.dep_ == "ROOT" or t.head.head.i not in inside)
                   and (any(a.tag_ == "MD" and a.lower_ in self.lex.pledge_modals
                            for a in t.head.children)
                        or self._readiness(t.head) == "support") for t in tokens)

    def _colon_speaker(self, quote_start: int, si: int) -> Speaker | None:
        """A quote a colon opens after a clause of its own ("Trump took a parting shot on
        Twitter: \"…\"", "She explained: \"…\""): the clause's subject says it."""
        before = self.text[:quote_start].rstrip().rstrip("\"“‘'«").rstrip()
        if not before.endswith(":"):
            return None
        colon = self._char_tokens(len(before) - 1, len(before))
        if not colon:
            return None
        verb = colon[0].head
        while verb.dep_ not in {"ROOT", "ccomp", "conj"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.i >= colon[0].i:
            return None
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or self._not_a_speaker(subj):
            return None
        return self.speakers.resolve(subj, si)

    def _named_after(self, quote_end: int, si: int) -> Speaker | None:
        """A quote followed by a verb of saying and a name ('"…" tweeted Mayor of London
        Sadiq Khan'), however the parser reads the words after it: the name says it."""
        after = [t for t in self.sents[si] if t.idx >= quote_end and not t.is_punct]
        if len(after) < 2:
            return None
        verb = after[0]
        pred = self.lex.verbs.get(verb.lemma_.lower())
        if pred is None or pred.frame != "speech" or verb.tag_ not in {"VBD", "VBN", "VBZ"}:
            return None
        end = after[min(len(after), MAX_TITLE_TOKENS) - 1]
        ids = [a for a in self.actors.at(verb.idx + len(verb), end.idx + len(end))
               if self.actors.get(a).kind in {"person", "organization"}]
        first = self._named_mention(ids[0], after=verb.idx) if ids else None
        if first is None:
            return None
        return Speaker([ids[0]], self.text[first[0]:first[1]], first[0], first[1], "name")

    # --- helpers ------------------------------------------------------------------------
    def _reports_figures(self, start: int, end: int) -> bool:
        """Words that give counts or amounts ("at least 71 people were arrested"): with no
        word that takes a side, a report of facts, not a position."""
        return any(t.ent_type_ in FIGURES for t in self.doc[start:end])

    def _tells_a_happening(self, d: _Draft) -> bool:
        """A speech act whose whole content is a death told ("announced the death of
        cosmonaut Alexei Leonov", "His death was confirmed by his son"): news, no side."""
        if d.pred_stance != "content" or d.extra_content:
            return False
        span = self.doc[d.content[0]:d.content[1]]
        root = span.root
        return root.pos_ == "NOUN" and root.lower_ in self.lex.reported_happenings \
            and not any(t.pos_ in {"VERB", "AUX"} and not (
                t.tag_ == "VBG" and t.dep_ in {"pcomp", "amod"} and root in t.ancestors)
                for t in span) \
            and not self._judged(span, besides=[root])
        # ("The death of pioneering oceanographer Walter Munk": a participle inside the
        # noun phrase, read as a verb, tells nothing more; "called the death 'the senseless
        # killing …'" judges it)

    def _passes_on_a_fact(self, d: _Draft, feats: dict[str, float]) -> bool:
        """A report or confirmation of a clause with nothing in it that takes a side (no cue
        word, negation, first person or wish), or a toll told by any verb of saying ("claimed
        190 were dead"): a fact passed on, neutral as coders code it."""
        if d.pred_stance != "content" or d.negated:
            return False
        span = self.doc[d.content[0]:d.content[1]]
        if not any(t.pos_ in {"VERB", "AUX"} for t in span):
            return False  # "confirmed Pierluisi's nomination": an act, not a fact told
        if any(feats.get(k) for k in ("negators", "first_person", "volition", "question")):
            return False
        if d.lemma in self.lex.reporting_verbs or d.lemma in self.lex.foretelling_verbs \
                or self._guesses(span):
            return not feats.get("cue_pos") and not feats.get("cue_neg")
        return self._tells_a_toll(span)

    def _guesses(self, span: Span) -> bool:
        """A guess at what happened: "may have starved", "might have been" (a modal of
        possibility, "have" and a past participle on the clause's verb), or a forecast of
        what will: "This is forecast to be the strongest offshore wind event since October
        2017", "was expected to take longer" (a verb of forecasting in the passive with the
        infinitive it forecasts)."""
        return any(t.tag_ == "VBN" and (
            any(a.lower_ in self.lex.guess_modals for a in t.children if a.dep_ == "aux")
            and any(a.lower_ == "have" for a in t.children if a.dep_ == "aux")
            or t.lemma_.lower() in self.lex.forecast_verbs
            and any(a.dep_ == "auxpass" for a in t.children)
            and any(a.dep_ == "xcomp" for a in t.children)) for t in span)

    def _tells_a_toll(self, span: Span) -> bool:
        """A count of the dead or hurt, judged by no word of its own: a number and a
        casualty word, and no other cue ("the attack had killed twelve and injured twelve
        more"; not "a cowardly attack killed twelve")."""
        casualty = [t for t in span if t.lemma_.lower() in self.lex.casualty_words
                    or t.lower_ in self.lex.casualty_words]
        return bool(casualty) and any(t.like_num for t in span) \
            and not self._judged(span, besides=casualty)

    def _judged(self, span: Span, besides: Sequence[Token]) -> bool:
        """A cue word in ``span`` other than the words told of (``besides``: "death" in
        "announced the death", "killed" in a toll) takes a side on them."""
        told = {t.i for t in besides}
        return any(word_cue(t, self.lex) for t in span if t.i not in told)

    def _speaker_kinds(self, speaker: Speaker) -> tuple[tuple[str, str | None], ...]:
        """Each speaker's kind and role head ("Secretary of State" → "secretary")."""
        out = []
        for aid in speaker.ids:
            actor = self.actors.get(aid)
            if actor is None:
                continue
            head = re.split(r"\s(?:of|for|in|at|to)\s", (actor.role or "").lower())[0].split()
            out.append((str(actor.kind), head[-1] if head else None))
        return tuple(out)

    def _is_media(self, speaker: Speaker) -> bool:
        lex = self.lex
        for aid in speaker.ids:
            name = self.actors.get(aid).name.lower()
            if name.startswith("the "):
                name = name[4:]
            if name in lex.media and name not in lex.opinion_media:
                return True
        return False

    def _chars(self, rng: tuple[int, int]) -> tuple[int, int]:
        doc = self.doc
        return doc[rng[0]].idx, doc[rng[1] - 1].idx + len(doc[rng[1] - 1])

    def _char_tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    def _char_to_tokens(self, start: int, end: int) -> tuple[int, int] | None:
        toks = [t for t in self._char_tokens(start, end) if not t.is_space]
        while toks and toks[0].is_punct and toks[0].text not in "[(":
            toks = toks[1:]
        while toks and toks[-1].is_punct and toks[-1].text not in "])":
            toks = toks[:-1]
        if not toks:
            return None
        return toks[0].i, toks[-1].i + 1

    def _overlaps_piece(self, rng: tuple[int, int], pieces: list[Quote]) -> bool:
        s, e = self._chars(rng)
        return any(p.start < e and p.end > s for p in pieces)

    def _outside_quotes(self, rng: tuple[int, int]) -> bool:
        s, e = self._chars(rng)
        return self.quotes.inside(s, e) < 0.5

    def _evidence(self, si: int) -> tuple[int, int]:
        sent = self.sents[si]
        toks = [t for t in sent if not t.is_space]
        if not toks:
            return sent.start_char, sent.end_char
        return toks[0].idx, toks[-1].idx + len(toks[-1])

    def _add(self, d: _Draft) -> None:
        self.drafts.append(d)
        last = self.doc[d.target[1] - 1]
        self.speakers.note_speaker(self.doc[d.target[0]].idx, d.sent, d.speaker.ids,
                                   last.idx + len(last) if d.path != "act" else None)
        self.sent_speaker.setdefault(d.sent, d.speaker)

    def _merge_quotes(self) -> list[_Draft]:
        """One claim per quote and speaker: the sentences of a quote that runs over several
        sentences or paragraphs make one point; the claim reads its target and stance from
        the first sentence (else the first that takes a side), its conditions from all of
        them, and its evidence covers the whole quote. A sentence that turns from what the
        ones before it say ("Nobody will get everything they want here. But walking away
        empty-handed is not an option") is a point of its own."""
        groups: dict[tuple[int, tuple[str, ...]], list[_Draft]] = {}
        out: list[_Draft] = []
        for d in self.drafts:
            whole = self.quotes.at(self.doc[d.target[0]].idx) if d.path in QUOTE_PATHS else None
            if whole is None or self._outside_quotes(d.target):
                out.append(d)
                continue
            groups.setdefault((whole.start, tuple(d.speaker.ids)), []).append(d)
        for (start, _), members in groups.items():
            members.sort(key=lambda d: d.target[0])
            self._from_quote_start(members[0], start)
            turn = next((m for m in members[1:] if self._turns(m)), None)
            if turn is not None:  # a point of its own, whatever the sentences before say
                members.remove(turn)
                out.append(turn)
            head = members[0]  # a quote's first sentence states its point
            for m in members[1:]:
                if head.stance != m.stance and "neutral" not in (head.stance, m.stance):
                    out.append(head)  # a sentence taking the other side is a point of its own
                    head = m
                    continue
                if head.stance == "neutral":
                    head.stance = m.stance
                if PRIORITY[m.path] > PRIORITY[head.path]:
                    head.path = m.path
                head.extra_content.append(m.content)
                head.evidence = (min(head.evidence[0], m.evidence[0]),
                                 max(head.evidence[1], m.evidence[1]))
            out.append(head)
        return out

    def _from_quote_start(self, d: _Draft, start: int) -> None:
        """A quote that runs on from sentences no claim was read from, its speaker named
        only after its last ('"The only basis for a solution is a bizonal, bicommunal
        federation. Anything else is partition," he said.'): its first sentence states the
        point, or a short preface opens it ("We have been clear from day one. The DA will
        not vote for …"): the claim's target is the whole quote from its first words, and
        they join what its stance is read from and its evidence."""
        first = next((t for t in self._char_tokens(start, start + 40) if not t.is_space), None)
        if first is None or self.sent_of[first.i] >= d.sent:
            return
        si = self.sent_of[first.i]
        if self.text[self.sents[si].start_char:start].strip(" \n\"“‘'"):
            return  # ('he appreciated his life: "He was …': told where it opens)
        upto = self.sents[d.sent].start_char
        if any(start <= self.doc[o.target[0]].idx < upto for o in self.drafts):
            return  # (a sentence of it was read as a claim: the merge below joins them)
        piece = next((p for p in self._pieces(si) if p.start >= start), None)
        rng = self._char_to_tokens(piece.start, piece.end) if piece is not None else None
        if rng is None:
            return
        d.extra_content.append(d.content)
        d.target = d.content = rng[0], max(rng[1], d.target[1])
        d.evidence = (min(d.evidence[0], self._evidence(si)[0]), d.evidence[1])

    def _turns(self, d: _Draft) -> bool:
        """The draft's sentence opens with a word that turns from a concession to the
        point ("But …", "However, …"); not one that sets a case against another ("If
        Russia stops hitting our power plants, Ukraine will respond in a mirrored way. But
        if there are strikes, there will be answers")."""
        sent = self.sents[d.sent]
        first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        return first is not None and first.lower_ in self.lex.turning_words and not any(
            t.dep_ == "mark" and t.lower_ in self.lex.condition_marks for t in sent)

    def _decide(self, d: _Draft, conditions: list[tuple[int, int]]
                ) -> tuple[str, dict[str, float]]:
        """The stance model's reading of a draft (the rules' when there is no model)."""
        ranges = [(d.content[0], self._next_act_start(*d.content)), *d.extra_content]
        words = [t for lo, hi in ranges for t in self.doc[lo:hi]
                 if not any(s <= t.idx < e for s, e in conditions)]
        inp = StanceInput(d.stance, d.path, d.lemma, d.pred_stance, d.negated,
                          self._is_media(d.speaker), d.quote == "direct", bool(conditions),
                          self._speaker_kinds(d.speaker))
        feats = stance_features(inp, words, self.lex)
        composed = d.path == "act" and d.pred_stance in {"support", "oppose"} \
            and (stance_of(d.pred_stance, d.negated, 0) != d.stance or d.negated)
        # (a negated act is its side turned, as composed: "did not deny the suggestion")
        if d.settled is not None:
            return d.settled, feats
        if self._tells_a_happening(d) or self._passes_on_a_fact(d, feats):
            return "neutral", feats
        if self._warns_of(d):
            return "oppose", feats
        if d.stance == "neutral" and not d.negated and self._priced(conditions):
            return "support", feats  # "said Beijing could consider resuming imports … only
            # if Tokyo agrees to …": what one would do at a stated price, one is for
        if self.model is None or composed or d.imposed:
            return d.stance, feats
        return self.model.predict(feats), feats

    def _warns_of(self, d: _Draft) -> bool:
        """A warning of what a clause foresees ("warned that ending Czech management of the
        initiative would be a gift to the Kremlin"): the speaker is against what it names
        (cues.yaml danger_verbs); not a warning of what the speaker itself would do ("warned
        it would resist": a pronoun for its subject), nor one told to someone, which puts
        forward what it says."""
        if d.lemma not in self.lex.danger_verbs or d.path != "speech" \
                or d.pred_stance != "content" or d.negated:
            return False
        verb = self.doc[d.content[0]:d.content[1]].root
        if verb.dep_ != "ccomp" or not any(
                c.dep_ == "aux" and c.lower_ in self.lex.danger_modals for c in verb.children):
            return False
        if any(c.dep_ in {"dobj", "dative"} for c in verb.head.children):
            return False  # "warned the administration … that Giuliani could be a conduit":
            # telling those warned what is so, put forward
        subject = next((c for c in verb.children
                        if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
        return subject is not None and subject.pos_ != "PRON"

    def _priced(self, conditions: list[tuple[int, int]]) -> bool:
        """A condition that states a price ("only if", "as long as", "provided that";
        cues.yaml condition_phrases), not a case ("if", "unless")."""
        return any(self._opens_with_phrase(
            [t.lower_ for t in self._char_tokens(lo, hi) if not t.is_punct])
            for lo, hi in conditions)

    def _next_act_start(self, lo: int, hi: int) -> int:
        """Where the speaker's next act begins inside a content range ("said her party was
        ready to join a government and accused the CDU of betraying its voters": the
        accusation is a claim of its own, not part of what the first one says), else
        ``hi``."""
        for t in self.doc[lo + 1:hi]:
            if self._starts_next_act(t, lo, hi):
                return self._trim_end(lo + 1, t.i)
        return hi

    def _starts_next_act(self, t: Token, lo: int, hi: int) -> bool:
        """``t``, inside the range [lo, hi) of what was said, is the speaker's next act
        (``_next_act_of``), hung inside the range or on the saying."""
        return (lo <= t.head.i < hi or t.dep_ == "ccomp") and self._next_act_of(t) is not None

    def _own_side(self, outer: list[str], inner: Speaker) -> bool:
        """Every inner speaker is an outer one, or the country an outer one belongs to,
        named as such or by its capital (Erdogan → "Ankara would block…")."""
        homes = {self.actors.get(a).country for a in outer} - {None}
        places = country_lexicon()
        outer_names = [self.actors.get(a).name for a in outer]

        def principal(i: str) -> bool:  # "her office said" of "Meloni ruled out …"
            actor = self.actors.get(i)
            return actor.kind == "person" and any(
                n != name and re.search(rf"\b{re.escape(n)}\b", name)
                for n in (actor.name, *actor.aliases) for name in outer_names)
        return bool(inner.ids) and all(
            i in outer or principal(i) or self.actors.get(i).country in homes and (
                self.actors.get(i).kind == "country" or inner.how == "metonym"
                or places.country_of_word(self.actors.get(i).name) in homes)
            for i in inner.ids)

    def _adopt_own_positions(self, drafts: list[_Draft]) -> None:
        """ "X said Ankara would block the plan until…": when what a speaker reports is
        its own side's act, its position is that act's — on "the plan", opposing, with the
        act's conditions — not a support of the whole reported clause; each act, where it
        reports several."""
        added: list[_Draft] = []
        for d in drafts:
            if d.path not in {"speech", "according"} or d.pred_stance != "content" \
                    or d.negated:  # (or "…, according to a Thai official")
                continue
            said_end = self._finite_conjunct(*d.content)  # not the speaker's next act
            inner = [e for e in drafts if e is not d and e.sent == d.sent and e.path == "act"
                     and d.content[0] <= e.target[0] and e.target[1] <= d.content[1]
                     and e.target[0] < said_end and self._own_side(d.speaker.ids, e.speaker)]
            if not inner or not all(_says_something(self.doc[e.target[0]:e.target[1]])
                                    for e in inner):
                continue  # (not "would investigate what else could be done about it")
            supposed = self._content_conditions(d)
            for lo, hi in self._unreported_conjuncts(d.content, inner):
                # "said the bloc would not join any U.S. measures against China but would
                # defend its own industry": the first half is a position of its own
                if any(s <= self.doc[lo].idx < e for s, e in supposed):
                    continue  # ("could support the draft only if it set a timeline … and
                    # included tougher measures": the condition goes on, no position)
                part = list(self.doc[lo:hi])
                added.append(replace(d, target=(lo, hi), content=(lo, hi), extra_content=[],
                                     stance=stance_of("content", False,
                                                      content_polarity(part, self.lex))))
            for k, e in enumerate(inner):  # "said Kyiv would not accept … and demanded …"
                own = d if k == 0 else replace(d, extra_content=[])
                own.stance, own.target, own.content = e.stance, e.target, e.content
                own.extra_content = list(e.extra_content)
                # read as the act is, so the stance model decides it as it decides the act
                # (not a neutral report of "unilateral bullying" beside "opposes" it)
                own.path, own.lemma, own.pred_stance, own.negated = \
                    e.path, e.lemma, e.pred_stance, e.negated
                if k:
                    added.append(own)
        drafts.extend(added)

    def _unreported_conjuncts(self, content: tuple[int, int], inner: list[_Draft]
                              ) -> list[tuple[int, int]]:
        """The clauses coordinated in what was said ("X would not join … but would defend
        …") that hold none of the speaker's own acts read in it, each as a token range."""
        lo, hi = content
        root = self.doc[lo:hi].root
        conjs = [c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
                 and lo <= c.left_edge.i and c.right_edge.i < hi
                 and any(t.dep_ == "cc" for t in self.doc[root.i:c.i])]
        if not conjs:  # (not "the renewal of the act, renamed the John Lewis act")
            return []
        heads = [root, *conjs]
        starts = [lo, *(self._clause_start(c) for c in conjs)]
        ends = [*(self._trim_end(a + 1, b) for a, b in zip(starts, starts[1:], strict=False)),
                hi]
        return [(a, b) for h, a, b in zip(heads, starts, ends, strict=True)
                if b > a + 1 and not any(a <= e.target[0] and e.target[1] <= b for e in inner)
                and any(c.dep_ in COMPLEMENT_DEPS and a <= c.i < b for c in h.children)
                and _says_something(self.doc[a:b])]  # ("will accept and support the child")

    def _clause_start(self, conj: Token) -> int:
        """Where a coordinated clause begins, after its "but" or "and" and their comma."""
        start = conj.left_edge.i
        while start < conj.i and (self.doc[start].dep_ == "cc" or self.doc[start].is_punct):
            start += 1
        return start

    def _attribution_start(self, t0: int, t1: int) -> int:
        """Where a target runs into the attribution that closes its sentence ("voiced
        skepticism about a European mission, according to a source familiar with her
        remarks"): the target ends before it."""
        last = t1
        while last > t0 + 1 and self.doc[last - 1].is_punct:
            last -= 1
        for t in self.doc[t0 + 1:t1]:
            if t.lower_ == "according" and t.i + 1 < t1 and self.doc[t.i + 1].lower_ == "to" \
                    and t.right_edge.i + 1 >= last:  # (not "led, according to Time, the …")
                end = t.i
                while end > t0 + 1 and self.doc[end - 1].is_punct:
                    end -= 1
                return end
        return t1

    def _finite_conjunct(self, t0: int, t1: int) -> int:
        """Where a target runs into a finite verb the parser coordinated with its infinitive
        ("would seek to form a government quickly and ruled out any cooperation": "ruled" is
        the speaker's next act, not part of what is sought) or with what was said
        (``_next_act_of``): the target ends before it."""
        for t in self.doc[t0 + 1:t1]:
            if t.dep_ == "conj" and t.pos_ == "VERB" and t.tag_ in {"VBD", "VBZ"} \
                    and t.head.tag_ == "VB" and t0 <= t.head.i < t1 \
                    and self.doc[t.i - 1].dep_ == "cc" \
                    and any(g.dep_ == "aux" and g.tag_ == "TO" for g in t.head.children) \
                    and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in t.children):
                return self._trim_end(t0 + 1, t.i)
            if self._starts_next_act(t, t0, t1):
                return self._trim_end(t0 + 1, t.i)  # "said P and urged …": P
            if t.dep_ == "prep" and t.lower_ == "with" and t.i > t0 + 1 \
                    and self.doc[t.i - 1].text == "," and any(
                        g.dep_ == "pcomp" and any(x.dep_ == "nsubj" for x in g.children)
                        for g in t.children):
                # "voted to impeach the deputy president, with 281 members supporting the
                # motion": how the vote went, no part of what was voted
                return self._trim_end(t0 + 1, t.i - 1)
            if t.dep_ == "advcl" and t0 <= t.head.i < t1 and t.left_edge.i > t0 + 1 \
                    and t.head.tag_ == "VB" \
                    and any(g.dep_ == "aux" and g.tag_ == "TO" for g in t.head.children) \
                    and self.doc[t.left_edge.i - 1].text == "," \
                    and any(g.dep_ == "mark" and (g.lower_ in self.lex.contrast_marks
                                                  or g.lower_ == "as") for g in t.children) \
                    and any(g.dep_ in {"nsubj", "nsubjpass"} and g.pos_ in {"PROPN", "NOUN"}
                            for g in t.children):
                # "urged allies to agree on a plan …, as France and Britain pressed ahead
                # with proposals": what others did meanwhile is no part of what is urged
                return self._trim_end(t0 + 1, t.left_edge.i - 1)
        return t1

    def _hung_clauses(self, d: _Draft) -> list[tuple[int, int]]:
        """Adverbial clauses after the content that the parser hangs on a word above it
        ("was reluctant to back the sanctions unless Hungary got an exemption", "was ready to
        expand imports if Washington eased export controls": "unless"/"if" hang on "was"):
        read for the position's conditions as if inside it."""
        lo, hi = d.content
        if hi <= lo:
            return []
        node = self.doc[lo:hi].root
        out = []
        end = self.sents[self.sent_of[hi - 1]].end
        k = hi
        while k < end and (self.doc[k].is_punct or self.doc[k].is_quote):
            k += 1  # 'to Paraguayan energy, "as long as the transition is gradual …"': a
            # condition quoted after the reported words, however the parser hangs it
        if hi < k < end and any(self.doc[j].text == "," for j in range(hi, k)) \
                and opens_condition(list(self.doc[k:end]), self.lex):
            out.append((k, end))
        for n, head in enumerate(node.ancestors):
            if self._says(head):
                # what the saying itself hangs on is not the position's, unless it opens
                # with a condition's word ("said Paris was ready to send troops, provided a
                # ceasefire was in place": the parser hangs "provided" on "said")
                end = self.sents[self.sent_of[head.i]].end
                out += [(c.left_edge.i, end) for c in head.children
                        if c.dep_ in {"advcl", "ccomp", "prep"} and c.left_edge.i >= hi
                        and c.left_edge.lower_ in self.lex.saying_condition_marks][:1]
                break
            if n >= 3:
                continue  # (only a saying further up: "told reporters after a meeting …
                # that Paris was ready …")
            out += [(c.left_edge.i, c.right_edge.i + 1) for c in head.children
                    if c.dep_ == "advcl" and c.left_edge.i >= hi
                    and any(m.dep_ == "mark" for m in c.children)]
            # "would not approve Sweden's bid as long as Stockholm harboured militants": the
            # parser hangs the clause on "long", an adverb of the verb
            out += [(c.left_edge.i, c.right_edge.i + 1) for c in head.children
                    if c.dep_ == "advmod" and c.left_edge.i >= hi
                    and any(g.dep_ == "advcl" for g in c.children)]
            # "said Greece was open to talks …, provided Ankara withdrew its threat": the
            # parser makes the participle a preposition on "was" and cuts its clause off
            end = self.sents[self.sent_of[head.i]].end
            out += [(c.i, end) for c in head.children
                    if c.dep_ == "prep" and c.i >= hi
                    and c.lower_ in self.lex.participle_condition_marks][:1]
        return out

    def _cut_conditions(self, d: _Draft) -> list[tuple[int, int]]:
        """Character spans of whole clauses after the content that the parser made another
        act or saying though they open with a condition's phrase (``_opens_condition``): the
        position's conditions, all of them, and no position of their own."""
        lo, hi = d.content
        if hi <= lo:
            return []
        if d.content in self._cut_of:
            return self._cut_of[d.content]
        out: list[tuple[int, int]] = []
        for n, head in enumerate(self.doc[lo:hi].root.ancestors):
            for c in head.children:
                if c.dep_ in {"advcl", "ccomp"} and c.left_edge.i >= hi \
                        and self._opens_condition(c):
                    toks = [t for t in self.doc[c.left_edge.i:c.right_edge.i + 1]
                            if not t.is_quote and not t.is_space]
                    while toks and toks[-1].is_punct:
                        toks.pop()
                    if toks:
                        out.append((toks[0].idx, toks[-1].idx + len(toks[-1])))
            if self._says(head) or n >= 3:
                break
        self._cut_of[d.content] = out
        return out

    def _opens_condition(self, clause: Token) -> bool:
        """The words the parser gave a saying as another clause open with a condition's
        phrase ("said the United States was prepared to ease some sanctions \"as long as Iran
        can never build a nuclear weapon and inspectors have full access\"": "have" made a
        second thing said); skipping an opening quote mark."""
        toks = [t for t in self.doc[clause.left_edge.i:clause.right_edge.i + 1]
                if not t.is_quote]
        words = tuple(t.lower_ for t in toks[:4])
        if not words or not (words[0] in {"if", "unless"} or self._opens_with_phrase(words)):
            return False  # (not a participle, "providing airstrikes", nor "whether …")
        found = find_conditions(toks, self.lex)
        return bool(found) and found[0][0] == toks[0].idx

    def _restricting_conjuncts(self, d: _Draft) -> list[tuple[int, int]]:
        """Clauses coordinated after what was said that restrict it ("said he was ready to
        send troops, but only if the United States provided a backstop"; "is willing to send
        peacekeepers but only with a U.S. backstop"; "…, but only as long as the number of
        visas was capped", hung on "long"): the parser hangs them on the verb of
        saying or the position's own verb, outside the content; they are read for
        conditions as if inside it."""
        lo, hi = d.content
        if hi <= lo:
            return []
        root = self.doc[lo:hi].root
        out = []
        for head in [root, *root.ancestors]:
            for c in head.children:
                if c.dep_ in {"conj", "prep", "advcl", "advmod"} and c.left_edge.i >= hi \
                        and c.left_edge.lower_ in self.lex.restricting_adverbs:
                    out.append((c.left_edge.i, c.right_edge.i + 1))
        return out

    def _drop_restated(self) -> None:
        """ "The Investigative Committee and the FSB said they believe gas … was the
        trigger": what the speakers say is their own saying again, read once (the inner
        report, with its own words), not twice with two stances."""
        def restates(d: _Draft, e: _Draft) -> bool:
            return e is not d and e.sent == d.sent and e.path == "speech" \
                and e.lemma in self.lex.belief_verbs \
                and set(e.speaker.ids) == set(d.speaker.ids) \
                and d.content[0] <= e.target[0] and e.target[1] <= d.content[1] \
                and (e.target[1] - e.target[0]) < (d.content[1] - d.content[0])
        self.drafts = [d for d in self.drafts if not (
            d.path == "speech" and d.pred_stance == "content" and not d.negated
            and any(restates(d, e) for e in self.drafts))]

    def _drop_sourced_positions(self) -> None:
        """"Meloni expressed doubts about the mission, according to two officials": the
        clause states Meloni's own position; the officials only source it, no position of
        theirs."""
        def states_own(d: _Draft, e: _Draft) -> bool:
            return e is not d and e.sent == d.sent and e.path == "nominal" \
                and not set(e.speaker.ids) & set(d.speaker.ids) \
                and d.content[0] <= e.target[0] and e.target[1] <= d.content[1]
        self.drafts = [d for d in self.drafts if not (
            d.path == "according" and any(states_own(d, e) for e in self.drafts))]

    def _drop_positions_of_the_asked(self) -> None:
        """"Guo Jiakun urged Japan to honour its commitments on history and Taiwan": a
        position named by a noun that the one asked to act owns ("its commitments", in the
        infinitive after the object) is the asker's word about what it should do, no claim
        of the one asked ("Biden's opposition to the ban" stays Biden's)."""
        def asked_to(e: _Draft) -> bool:
            sent = self.sents[e.sent]
            noun = next((t for t in reversed(self.doc[sent.start:e.target[0]])
                         if t.lemma_ == e.lemma and t.pos_ == "NOUN"), None)
            if noun is None or not any(c.dep_ == "poss" and c.pos_ == "PRON"
                                       for c in noun.children):
                return False
            verb = noun.head
            while verb.dep_ not in {"xcomp", "ROOT"} and verb.head.i != verb.i:
                verb = verb.head
            return verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children) \
                and any(d is not e and d.path == "act" and d.sent == e.sent
                        and d.content[0] <= e.target[0] and e.target[1] <= d.content[1]
                        for d in self.drafts)
        self.drafts = [e for e in self.drafts if not (e.path == "nominal" and asked_to(e))]

    def _drop_states_spoken_for(self) -> None:
        """"Peskov said Russia would not accept troops from any NATO country", "Macron said
        France was ready to send …": a state's own official speaking of what the state will do
        states the position once, as the official's claim — the state named in what was said
        is spoken for, no second speaker of it (another state so named keeps its own claim:
        "Trump said China had agreed to buy more")."""
        seats = country_lexicon()

        def state(a: Actor | None) -> bool:  # a state, its seat of power ("Kyiv would not
            # accept a truce") or its government ("Ato Forson said the government was
            # prepared to trim capital spending")
            return a is not None and a.country is not None and (
                a.kind == "country" or seats.state_or_seat(a.name) == a.country
                or is_state_itself(a))

        def spoken_for(d: _Draft) -> bool:
            states = [self.actors.get(i) for i in d.speaker.ids]
            if not states or not all(state(a) for a in states):
                return False
            codes = {a.country for a in states}
            for e in self.drafts:
                if e is d or e.sent != d.sent \
                        or not e.content[0] <= d.target[0] < e.content[1]:
                    continue
                speakers = [self.actors.get(i) for i in e.speaker.ids]
                if speakers and all(a is not None and not state(a)
                                    and a.country in codes for a in speakers) and (
                        not any(a.kind == "organization" for a in states)
                        or e.quote == "indirect"
                        and all(a.kind == "person" and a.role for a in speakers)):
                    return True  # (a government spoken for by an office holder of its
                    # state, not by anyone of that state: "the lawyer said the government
                    # asked the judge …")
            return False
        self.drafts = [d for d in self.drafts if d.path == "speech" or not spoken_for(d)]
        # (after _adopt_own_positions: the official's claim has taken the act's target)

    def _shaped_target(self, d: _Draft) -> tuple[int, int]:
        """The draft's target cut where it runs into an attribution or the speaker's next
        act (kept on the draft), then to its length limit, ending on a word, not ", which";
        what was said starts after a phrase that only dates the saying ("said on Friday it
        had struck a refinery")."""
        t0, t1 = d.target
        d.target = (t0, min(self._attribution_start(t0, t1), self._finite_conjunct(t0, t1)))
        t1 = min(d.target[1], t0 + MAX_TARGET_TOKENS)
        while t1 < d.target[1] and t1 > t0 + 1 and (
                self.doc[t1 - 1].text in {",", ";", ":", "—", "–", "-"}
                or self.doc[t1 - 1].tag_ in {"WDT", "WP", "CC"} and self.doc[t1 - 1].is_lower):
            t1 -= 1
        first = self.doc[t0]
        if d.path == "speech" and first.dep_ in {"prep", "npadvmod"} \
                and first.right_edge.i + 1 < t1 and self._says_when(first):
            t0 = first.right_edge.i + 1
        return t0, t1

    def _content_conditions(self, d: _Draft) -> list[tuple[int, int]]:
        """Character spans of the conditions in the draft's content up to its next finite
        act (read once: what they suppose is dropped, and they are the claim's)."""
        key = d.content
        if key not in self._conditions_of:
            self._conditions_of[key] = find_conditions(
                list(self.doc[key[0]:self._finite_conjunct(*key)]), self.lex)
        return self._conditions_of[key]

    def _drop_supposed(self) -> None:
        """Acts and sayings inside an "if" or "unless" clause are what the clause
        supposes, no one's position ("Turkey would only agree if Sweden and Finland stopped
        supporting groups it considers terrorist organisations": Sweden and Finland support
        no groups there)."""
        clauses = [(m.head.left_edge.idx, m.head.right_edge.idx + len(m.head.right_edge))
                   for m in self.doc
                   if m.dep_ == "mark" and m.lower_ in self.lex.supposing_marks
                   and m.head.dep_ == "advcl"]
        # and what another claim's condition supposes ("would agree to a ceasefire only
        # after the RSF withdrew from cities it had seized": the RSF withdrew from none)
        cut: list[tuple[int, int]] = []
        for d in self.drafts:
            clauses += self._content_conditions(d)
            cut += self._cut_conditions(d)
        clauses += cut
        if not clauses:
            return
        doc = self.doc
        # what the parser made a second thing said inside another's condition is that
        # condition, whoever it is given to ("… \"as long as Iran can never build a nuclear
        # weapon and inspectors have full access\"": no claim "have full access")
        self.drafts = [d for d in self.drafts if not any(
            lo <= doc[d.target[0]].idx and doc[d.target[1] - 1].idx < hi for lo, hi in cut)]

        def held(d: _Draft) -> bool:  # ("if he were president due to his opposition to the
            # travel ban": a position held, named as a noun with its holder, stays one; not
            # "as long as Russia showed no willingness to halt its attacks")
            if d.path != "nominal":
                return False
            tok = doc.char_span(d.speaker.start, max(d.speaker.end, d.speaker.start + 1),
                                alignment_mode="expand")
            return tok is None or tok.root.dep_ == "poss"
        self.drafts = [d for d in self.drafts if held(d) or not any(
            lo <= doc[d.target[0]].idx and doc[d.target[1] - 1].idx < hi
            and lo <= d.speaker.start < hi
            for lo, hi in clauses)]

    def _finish(self) -> list[Claim]:
        self._drop_supposed()
        self._drop_restated()
        self._drop_sourced_positions()
        self._drop_positions_of_the_asked()
        self._adopt_own_positions(self.drafts)
        self._drop_states_spoken_for()
        order = sorted(self._merge_quotes(),
                       key=lambda d: (-PRIORITY[d.path], d.target[0] - d.target[1]))
        text = self.text
        kept: list[tuple[_Draft, list[tuple[int, int]], list[Token], str, dict]] = []
        for d in order:
            t0, t1 = self._shaped_target(d)
            target_tokens = list(self.doc[t0:t1])
            # a condition of the speaker's next act is its own ("said stopping the offensive
            # would be a mistake and threatened to quit if the war ended": the threat's)
            spans = list(self._content_conditions(d)) + self._cut_conditions(d)
            for lo, hi in [*d.extra_content, *self._restricting_conjuncts(d),
                           *self._hung_clauses(d)]:
                if self._contrasted(self.doc[lo:hi].root):
                    continue  # ("Cheng said she would attend if …, while Huang said he
                    # would not attend unless …": Huang's condition is not Cheng's)
                spans += find_conditions(list(self.doc[lo:hi]), self.lex)
            spans = list(dict.fromkeys(spans))  # (a clause reached two ways, read once)
            # the target is what is wanted, not what it hangs on
            rest = [t for t in target_tokens if not any(s <= t.idx < e for s, e in spans)]
            words = [t for t in target_tokens if not (t.is_punct or t.is_quote)]
            if words and opens_condition(words, self.lex) \
                    and not any(t.pos_ in {"NOUN", "PROPN", "VERB"} for t in rest) \
                    and any(o is not d and o.sent == d.sent
                            and set(o.speaker.ids) & set(d.speaker.ids) for o in order):
                continue  # a quoted condition alone ('"as long as the transition is
                # gradual"'): the condition of what the speaker is reported to want
            if any(t.pos_ in {"NOUN", "PROPN", "VERB"} for t in rest):
                gone = {t.i for t in target_tokens} - {t.i for t in rest}
                if len(rest) > 2 and rest[-1].is_quote and rest[-1].i - 1 in gone \
                        and rest[-2].is_quote and rest[-2].i + 1 in gone:
                    rest = rest[:-2]  # ('amendments "as long as …"': the quote marks around
                    # the condition go with it)
                while gone and len(rest) > 1 and (rest[-1].is_punct or rest[-1].is_quote) \
                        and rest[-1].i > max(gone):
                    rest = rest[:-1]  # ('attend if … "as a whole, including pensions,"':
                    # the marks that close the condition's quote go with it)
                target_tokens = rest  # "happy if Turkey reconsidered": keep what it is about
                if gone and len(target_tokens) > 2 and target_tokens[-1].dep_ == "cc":
                    target_tokens = target_tokens[:-1]  # "would provide … in 2027, but
                    # only if …": not the word that joined the condition on
                    if target_tokens[-1].text == ",":
                        target_tokens = target_tokens[:-1]
                while len(target_tokens) > 1 and (
                        target_tokens[0].is_punct
                        or target_tokens[0].lower_ in self.lex.condition_consequents):
                    target_tokens = target_tokens[1:]  # "if X, then Y": Y
                if len(target_tokens) > 1 and target_tokens[-1].is_quote \
                        and sum(t.is_quote for t in target_tokens) % 2:
                    target_tokens = target_tokens[:-1]  # ('be productive "if …"': the mark
                    # that opened the condition's quote)
            if all(t.is_punct or t.is_space
                   for t in self.doc[target_tokens[0].sent.start:target_tokens[0].i]):
                while len(target_tokens) > 1 and (
                        target_tokens[0].is_punct or target_tokens[0].dep_ == "cc"
                        or target_tokens[0].lower_ in self.lex.turning_words):
                    target_tokens = target_tokens[1:]  # "But walking away …", "And we will
                    # not pay": what is said, not how the sentence joins the one before
            if not _says_something(target_tokens):
                continue
            stance, feats = self._decide(d, spans)
            if any(k.sent == d.sent and ks == stance and set(k.speaker.ids) & set(d.speaker.ids)
                   and k.target[0] < d.target[1] and d.target[0] < k.target[1]
                   for k, _, _, ks, _ in kept):
                continue  # the same position read twice ("announced she will comply with"),
                # judged on the stance decided, not the rules' first reading
            kept.append((d, spans, target_tokens, stance, feats))
        kept.sort(key=lambda k: (k[0].evidence[0], k[0].target[0]))
        claims = []
        people = self._person_tokens()
        for d, spans, target_tokens, stance, feats in kept:
            conf = CONFIDENCE[d.path] * HOW_FACTOR.get(d.speaker.how, 0.8)
            readings = [(target_tokens, stance, conf)]  # and what a threat is the price of
            if stance != "neutral" and (priced := self._priced_by_threat(target_tokens, spans)):
                readings.append((*priced, conf * 0.8))
            for tokens, side, c in readings:
                self.features.append(feats)  # one feature row per claim, in claim order
                ts = tokens[0].idx
                te = tokens[-1].idx + len(tokens[-1])
                claims.append(Claim(
                    id=f"c{len(claims) + 1}",
                    speakers=list(d.speaker.ids),
                    speaker_text=d.speaker.text,
                    predicate=d.predicate,
                    stance=side,  # type: ignore[arg-type]
                    target=" ".join(text[ts:te].split()),
                    issue=issue_phrase(tokens, self.lex, people),
                    conditions=[text[s:e] for s, e in spans],
                    quote=d.quote,  # type: ignore[arg-type]
                    evidence=Evidence.of(text, *d.evidence),
                    confidence=round(c, 2),
                ))
        return claims

    def _priced_by_threat(self, target: list[Token], spans: list[tuple[int, int]]
                          ) -> tuple[list[Token], str] | None:
        """What a threat is the price of: an act the speaker would take against others
        (cues.yaml sanction_acts: "would leave the government", "threatened to walk out",
        "would call a nationwide strike") on a bare "if" or "unless" is a position on what
        the condition names, as coders code a refusal with a way out: against what it is
        taken "if" ("… if Labour insists on sending these rules to parliament"), for what
        it is spared "unless" ("… unless the funds are released"), and against what that
        asks to be undone ("… unless the government drops plans to adopt the rules";
        cues.yaml undoing_verbs), on the same condition. The condition's clause (the undone
        thing's words) and the stance, or None."""
        inside = {t.i for t in target}
        act = next((t for t in target if t.pos_ == "VERB"
                    and (t.head.i not in inside or t.head.i == t.i)), None)
        if act is None or not (act.lemma_.lower() in self.lex.sanction_acts or any(
                c.dep_ in {"dobj", "nsubj"} and c.lemma_.lower() in self.lex.sanction_acts
                for c in act.children)) or any(c.dep_ == "neg" for c in act.children):
            # (the act, or what it calls or lets go ahead: "would call a strike", "The
            # strike will go ahead unless …")
            return None
        for lo, hi in spans:
            words = [t for t in self._char_tokens(lo, hi) if not t.is_punct]
            if len(words) < 3 or words[0].lower_ not in self.lex.supposing_marks:
                continue  # (a price stated, "only if …", opens with another word)
            verb = words[0].head
            if verb.i not in {t.i for t in words} or any(c.dep_ == "neg"
                                                         for c in verb.children):
                continue
            clause = words[1:]
            if words[0].lower_ == "if":  # (not a clause against something: "would resign
                # if the Senate voted against confirming him" is no threat to it)
                return (clause, "oppose") if content_polarity(clause, self.lex) >= 0 else None
            undoing = [verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {c.lower_}"
                                              for c in verb.children
                                              if c.dep_ in {"prt", "advmod"})]
            if set(undoing) & self.lex.undoing_verbs:  # ("rolled back the increase")
                undone = next((c for c in verb.children if c.dep_ == "dobj"), None)
                if undone is None:
                    continue
                return list(self.doc[undone.left_edge.i:undone.right_edge.i + 1]), "oppose"
            return clause, "support"
        return None


def _says_something(tokens: Iterable[Token]) -> bool:
    """A target of only figures or function words ("2", "it", "what else could be done")
    says nothing (spaCy's stop list holds nouns too: "criticized the move" keeps its
    target), nor a participle with its dangling preposition ("presented by", from "the
    proposal, presented by the so-called Quad")."""
    tokens = list(tokens)
    if tokens and tokens[-1].pos_ == "ADP" and all(
            t.tag_ == "VBN" for t in tokens if t.is_alpha and t.pos_ != "ADP"):
        return False
    return any(t.is_alpha and (not t.is_stop or t.pos_ in {"NOUN", "PROPN"} or (
        t.pos_ == "VERB" and any(c.dep_ == "prt" for c in t.children)))  # "will not back
        for t in tokens)  # down": a verb with its particle says something, all stop words


def _for_clause(clause: Token) -> bool:
    """An infinitive clause opened by "for" ("call for NATO to take control"), which the
    parser hangs as an adverbial clause."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                          and m.i == clause.left_edge.i for m in clause.children)


def _dates_only(prep: Token) -> bool:
    """A preposition whose object is a day or a time ("on January 15", "for two weeks"):
    it says when, never which phrasal verb it is ("call on", "push for")."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in {"DATE", "TIME"} for o in objs)


def _on_issued_text(tok: Token, texts: frozenset[str]) -> bool:
    """A participle on a text someone put out ("issued a statement saying …", "sent a
    letter urging …", "filed a motion claiming …")."""
    head = tok.head
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and head.lemma_.lower() in texts \
        and head.dep_ in {"dobj", "obj"} and head.head.pos_ == "VERB"


def _reduced_clause(verb: Token) -> tuple[Token, Token] | None:
    """A "that"-less clause the parser split ("ruled the male-only draft violated the
    Constitution": "draft" made the object, "violated" an adverbial clause): the object and a
    finite verb right after it with no subject of its own, when the verb has no clause."""
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    for obj in objs:
        for c in verb.children:
            if c.dep_ in {"advcl", "conj", "dep"} and c.tag_ in {"VBD", "VBZ", "VBP"} \
                    and c.left_edge.i == obj.right_edge.i + 1 \
                    and not any(g.dep_ in {"nsubj", "nsubjpass", "mark", "cc"}
                                for g in c.children) \
                    and not any(t.dep_ == "cc" for t in verb.doc[obj.right_edge.i:c.i]):
                return obj, c
    return None


def _split_modal_clause(verb: Token) -> tuple[int, int] | None:
    """A "that"-less clause the parser split at its modal ("agreeing the issue should be
    decided by Congress": "issue" made the verb's object, "should be decided" a relative
    clause of a noun before it): the object and that clause, as one token range."""
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return None
    doc = verb.doc
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}):
        nxt = obj.right_edge.i + 1
        if nxt >= len(doc) or doc[nxt].tag_ != "MD":
            continue
        clause = doc[nxt].head
        if clause.i > nxt and clause.pos_ in {"VERB", "AUX"} and not clause.is_ancestor(verb) \
                and not any(g.dep_ in {"nsubj", "nsubjpass"} and g.i < nxt
                            for g in clause.children):
            return obj.left_edge.i, clause.right_edge.i + 1
    return None


def _trim_tail(doc: Doc, start: int, end: int) -> int:
    """``end`` moved back over punctuation and spaces, not before ``start``."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def _names_something(verb: Token) -> bool:
    """The verb's object comes with more: a complement, a name ("branded him a liar", also
    parsed as a second object or a modifier), or an as-phrase ("referred to the riots as
    acts of terror")."""
    deps = [c.dep_ for c in verb.children]
    return deps.count("dobj") > 1 or any(
        c.dep_ in {"oprd", "ccomp", "xcomp"} or c.dep_ == "prep" and c.lower_ == "as"
        or c.dep_ == "npadvmod" and c.ent_type_ not in {"DATE", "TIME"}
        for c in verb.children)


def _that_clause(verb: Token) -> bool:
    """Whether ``verb`` takes a clause opened by "that" ("responding that they would
    investigate"): words reported, as a quote would be."""
    return any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that"
                                         for g in c.children) for c in verb.children)


def _absolute_with(tok: Token) -> Token | None:
    """The doer of a participle with no subject of its own that follows a "with" phrase
    right before it ("passed, with Russia and China voting against"): the absolute
    construction's noun, which the parser hangs on "with" and the participle elsewhere.
    Read for votes only: other such phrases mostly tell circumstances ("with officials
    saying …")."""
    if tok.tag_ != "VBG" or tok.left_edge.i == 0 \
            or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in tok.children):
        return None
    noun = tok.doc[tok.left_edge.i - 1]
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.pos_ in {"PROPN", "NOUN"}:
        return noun
    return None


def _main_verb_after_relative(tok: Token) -> Token | None:
    """The other misreading of a main verb after a relative clause set off by commas: "PVV
    leader Geert Wilders, whose party came second with 24 seats, called the report …" parsed
    with the name as ROOT and "called" (a past tense, VBD) modifying "seats" inside the
    clause. Returns the name, the verb's subject, when ``tok`` is that verb."""
    if tok.dep_ != "acl" or tok.tag_ != "VBD" or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.head.dep_ != "ROOT" or clause.head.pos_ != "PROPN" \
            or clause.left_edge.i == 0 or tok.doc[clause.left_edge.i - 1].text != ",":
        return None
    return clause.head


def _misread_main_verb(tok: Token) -> bool:
    """The parser's reduced-relative misreading of a sentence's main verb: "Conley, a
    district judge, ordered last week that …" parsed as a noun ROOT with "ordered" (VBN) as
    its modifier (or "after Conley, a judge, ordered …" with the noun the object of
    "after"). True when ``tok`` is that participle: it follows a comma closing the noun's
    apposition and takes a clause or an object of its own."""
    head = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or head.dep_ not in {"ROOT", "pobj"} \
            or head.pos_ not in {"PROPN", "NOUN"} or tok.i == 0:
        return False
    if tok.doc[tok.i - 1].text != "," or not any(c.dep_ == "appos" for c in head.children):
        return False
    return any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in tok.children)

