"""Actors: who is named in the article, with fullest name, aliases, role and country.

The small English model finds most names but slips on labels ("Trump" as an ORG, "Benin"
as a PERSON) and never links "Scholz" to "Olaf Scholz". The rules here generalise over
those slips: one label per surface form, a title before a name makes it a person, country
names are countries, surnames join the full name they end, acronyms join their expansion.
Roles and countries come from the words around each mention (titles, demonyms,
appositions, "of <country>"), then from any mention of the same actor, then from the
known-actors list, then from the country the article is mostly about.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from anyascii import anyascii
from spacy.tokens import Doc, Span, Token

from stancemap import lexicon
from stancemap.errors import LexiconError
from stancemap.extract.claim_lexicon import get as claim_words
from stancemap.extract.dates import month_day_at
from stancemap.extract.dates import words as date_words
from stancemap.extract.gender import given_name
from stancemap.extract.headline import (
    body_start,
    wire_dateline_outlet,
    wire_dateline_place,
    wire_dateline_region,
)
from stancemap.extract.lexicon_index import Lexicon, get
from stancemap.meaning import is_common_word
from stancemap.model import Actor, ActorKind
from stancemap.model import Span as CharSpan

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
# a person's name the small tagger takes for a place ("Dominic Hare, chief executive of …"
# tagged FAC): a person when an office stands in apposition to it
PLACE_LABELS = {"FAC", "LOC"}
NAME_JOINERS = frozenset({"and", "of", "for", "&"})  # words inside a body's name
WINDOW = 9  # tokens to the left of a name searched for its title
STOP_POS = {"VERB", "AUX", "PRON", "CCONJ", "SCONJ", "NUM", "SYM"}
TITLE_PUNCT = {"-", "–", "(", ")"}  # punctuation that may sit inside a title phrase
LISTED = {"conj", "appos"}  # a name in a list after another ("A, B and C"; "A, B" misparsed)


@dataclass(frozen=True)
class ActorWords:
    """The words of ``lexicon/names.yaml`` (and ``groups.yaml``) that the rules read."""

    not_actors: frozenset[str]  # folded
    venues: frozenset[str]  # folded: rooms a meeting is named by ("Oval Office")
    date_preps: frozenset[str]  # "on": a day the tagger ran into a name starts after it
    leaning_prefixes: frozenset[str]  # "pro-European": a leaning, not a state
    days: frozenset[str]  # "monday", "yesterday": never the start of a name
    government_nouns: frozenset[str]
    named_again_bodies: frozenset[str]  # "the court" after "the Constitutional Court": it
    state_itself_nouns: frozenset[str]  # "the US government said": the state speaks
    abroad_bodies: frozenset[str]
    local_bodies: frozenset[str]  # "police": the country of the places around them
    local_place_preps: frozenset[str]  # "in", "into": where the sentence happens
    landmark_preps: frozenset[str]  # "on Kyiv's Maidan Nezalezhnosti": a place's landmark
    short_bodies: dict[str, dict]  # "Commission" -> {of: [European Union, …], name: …}
    international: re.Pattern[str]
    abroad: re.Pattern[str]
    abroad_groups: re.Pattern[str]  # "world leaders", "foreign forces": no home country
    handle_titles: tuple[str, ...]  # "@DrAmyActon": a title before the name in a handle
    name_drop_first: frozenset[str]
    name_drop_first_lower: frozenset[str]  # "only the Sudanese government", not "All India"
    name_drop_last: frozenset[str]
    possessives: frozenset[str]
    name_particles: frozenset[str]
    surname_particles: frozenset[str]  # "von der" in "Ursula von der Leyen"
    gloss_openers: frozenset[str]
    gloss_links: frozenset[str]
    gloss_office_verbs: frozenset[str]  # ", who held the post of Speaker"
    office_predicates: frozenset[str]  # "became prime minister", "was elected president"
    office_object_predicates: frozenset[str]  # "announced X as his running mate"
    gloss_office_nouns: frozenset[str]
    gloss_adverbs: frozenset[str]  # ", formerly the mayor": time words before a gloss
    place_nouns: frozenset[str]  # "the city of X": X acts through its government
    population_nouns: frozenset[str]  # "the people of Qom": Qom is a place
    body_links: frozenset[str]
    post_preps: frozenset[str]
    origin_preps: frozenset[str]  # "Jong Woo Son from South Korea": the state they belong to
    place_preps: frozenset[str]
    company_suffixes: frozenset[str]
    site_heads: frozenset[str]  # "… Correctional Facility": a place, whatever the tagger said
    law_heads: frozenset[str]  # "John R. Lewis Voting Rights Act": a law, nobody's name
    vessel_nouns: frozenset[str]  # "the aircraft carrier Gerald R. Ford": a ship's name
    title_bodies: dict[str, str]  # "commissioner" -> "european commission"
    portfolio_heads: frozenset[str]  # "National Security Minister X": an office's words
    sentence_openers: tuple[str, ...]  # with the space after them: "He "
    group_quantifiers: frozenset[str]
    group_drop_words: frozenset[str]
    group_of_phrases: dict[str, str]  # "members" (+ "of …") -> "members of parliament"
    group_quantity_heads: frozenset[str]  # "a number of", "dozens of": the group follows
    group_bare_nouns: frozenset[str]  # "Rescuers pulled …": a group with no other word
    body_nouns: frozenset[str]  # "palace", "commission": a body when it acts
    state_organs: frozenset[str]  # "Japan's Foreign Ministry": one state's organ
    unnamed_people: frozenset[str]  # "the gunman", "a suspect": a person never named
    body_epithets: dict[str, frozenset[str]]  # "the bloc" → the EU, ASEAN, …; "the alliance"
    body_kinds: frozenset[str]  # "group", "company": a body when it acts, if new ("an")
    coalition_nouns: frozenset[str]  # "the high ambition coalition": new with a noun before
    leading_verbs: frozenset[str]  # "a team headed by X": X leads it, of its state
    heading_roles: dict[str, str]  # "X, who heads the party": X's role, "Head"
    armed_group_heads: frozenset[str]  # "M23 rebels": a numbered name's group word
    armed_group_words: frozenset[str]  # "the M23 armed group": a word between them
    home_words: frozenset[str]  # "the country's cabinet": the article's country
    shared_institutions: frozenset[str]  # "supreme court": many states have one
    organisation_words: frozenset[str]  # "Coast Guard", "Supreme Court": no person's name
    party_heads: frozenset[str]  # "Civic Coalition": a party's name, never a person's
    shared_party_names: frozenset[str]  # "democrats": many states' parties
    international_bodies: re.Pattern[str]  # "NATO", "UN": their officials have no home
    kinship_nouns: frozenset[str]  # "wife", "parents": a relative introduced in passing
    counterpart_nouns: frozenset[str]  # "his Cambodian counterpart": the same office elsewhere
    possessed_body_heads: frozenset[str]  # "Workers' Center": a body's name runs on to it
    holiday_words: frozenset[str]  # "Martin Luther King Jr. Day": a day, not an actor
    honorifics: frozenset[str]  # "dr", "mr": before a name, not part of it
    honorific_roles: dict[str, str]  # "Dr. Joel Smithers": a doctor, when nothing else says
    example_words: frozenset[str]  # "firms including X": X is an example of the firms
    plain_body_modifiers: frozenset[str]  # "the unanimous court": the court named before
    not_offices: frozenset[str]  # kinship and "head": "son of X", "head of X" name no place
    body_offices: frozenset[str]  # "the leader of Fianna Fáil": a body's, not a place's
    not_role_nouns: frozenset[str]  # "a 33-year-old man", kin, "head": no role described
    state_media_nouns: frozenset[str]  # "state media", "state television": a state's outlet
    state_media_marks: frozenset[str]


def _whole_words(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b")


@lexicon.cached
def actor_words() -> ActorWords:
    """The actor rules' word lists, parsed once."""
    names = lexicon.load("names")

    def at(key: str) -> frozenset[str]:
        return frozenset(names.get(key) or ())

    return ActorWords(
        not_actors=frozenset(fold(x) for x in names.get("not_actors") or []),
        venues=frozenset(fold(x) for x in names.get("venues") or []),
        date_preps=at("date_preps"), leaning_prefixes=at("leaning_prefixes"),
        days=date_words().day_words,
        government_nouns=at("government_nouns"), abroad_bodies=at("abroad_bodies"),
        named_again_bodies=at("named_again_bodies"),
        local_bodies=at("local_bodies"), local_place_preps=at("local_place_preps"),
        landmark_preps=at("landmark_preps"),
        short_bodies=dict(names.get("short_bodies") or {}),
        state_itself_nouns=at("state_itself_nouns"),
        international=_whole_words(names.get("international_words") or ()),
        abroad=_whole_words(names.get("abroad_words") or ()),
        abroad_groups=_whole_words(names.get("abroad_group_words") or ()),
        handle_titles=tuple(names.get("handle_titles") or ()),
        name_drop_first=at("name_drop_first"), name_drop_last=at("name_drop_last"),
        name_drop_first_lower=at("name_drop_first_lower"),
        possessives=at("possessives"), name_particles=at("name_particles"),
        surname_particles=at("surname_particles"),
        gloss_openers=at("gloss_openers"), gloss_links=at("gloss_links"),
        gloss_office_verbs=at("gloss_office_verbs"), gloss_office_nouns=at("gloss_office_nouns"),
        office_predicates=at("office_predicates"),
        office_object_predicates=at("office_object_predicates"),
        gloss_adverbs=at("gloss_adverbs"), place_nouns=at("place_nouns"),
        population_nouns=at("population_nouns"),
        body_links=at("body_links"), post_preps=at("post_preps"),
        origin_preps=at("origin_preps"),
        place_preps=at("place_preps"), company_suffixes=at("company_suffixes"),
        site_heads=at("site_heads"), portfolio_heads=at("portfolio_heads"),
        law_heads=at("law_heads"), vessel_nouns=at("vessel_nouns"),
        title_bodies={str(k).lower(): str(v).lower() for k, v in
                      (names.get("title_bodies") or {}).items()},
        sentence_openers=tuple(f"{w} " for w in names.get("sentence_openers") or ()),
        group_quantifiers=at("group_quantifiers"), group_drop_words=at("group_drop_words"),
        group_of_phrases=dict(lexicon.load("groups").get("of_phrases") or {}),
        group_quantity_heads=frozenset(lexicon.load("groups").get("quantity_heads") or ()),
        group_bare_nouns=frozenset(lexicon.load("groups").get("bare_nouns") or ()),
        body_nouns=at("body_nouns"), body_kinds=at("body_kinds"), home_words=at("home_words"),
        state_organs=at("state_organs"),
        coalition_nouns=at("coalition_nouns"), leading_verbs=at("leading_verbs"),
        armed_group_heads=at("armed_group_heads"), armed_group_words=at("armed_group_words"),
        heading_roles={str(k).lower(): str(v) for k, v in
                       (names.get("heading_roles") or {}).items()},
        unnamed_people=at("unnamed_people"),
        body_epithets=_epithets(names.get("body_epithets") or {}),
        shared_institutions=frozenset(fold(x) for x in names.get("shared_institutions") or []),
        international_bodies=_whole_words(names.get("international_bodies") or ()),
        shared_party_names=frozenset(fold(x) for x in names.get("shared_party_names") or []),
        kinship_nouns=at("kinship_nouns"), holiday_words=at("holiday_words"),
        counterpart_nouns=at("counterpart_nouns"),
        possessed_body_heads=at("possessed_body_heads"),
        honorifics=at("honorifics"), example_words=at("example_words"),
        honorific_roles={str(k).lower(): str(v) for k, v in
                         (names.get("honorific_roles") or {}).items()},
        plain_body_modifiers=at("plain_body_modifiers"),
        not_offices=at("kinship_nouns") | at("not_office_nouns"),
        body_offices=at("body_office_nouns"),
        not_role_nouns=at("not_role_nouns") | at("kinship_nouns") | at("not_office_nouns"),
        state_media_nouns=at("state_media_nouns"), state_media_marks=at("state_media_marks"),
        party_heads=frozenset(w.lower() for w in names.get("party_heads") or ()),
        organisation_words=frozenset(w.lower() for key in (
            "organisation_words", "state_bodies", "government_nouns", "body_nouns",
            "body_kinds", "company_suffixes") for w in names.get(key) or ()),
    )


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-") or "actor"


def fold(text: str) -> str:
    """Lower-cased ASCII form used to compare names ("Erdoğan" == "Erdogan")."""
    return " ".join(anyascii(text).lower().replace("'s", "").split())


@dataclass
class _Entry:
    actor: Actor
    forms: list[str] = field(default_factory=list)  # folded name tokens for matching
    roles: Counter = field(default_factory=Counter)
    countries: Counter = field(default_factory=Counter)
    # an official of an international body ("NATO Secretary-General X", "X, the UN's
    # envoy"): no country of the article's is theirs
    international: bool = False
    # countries of the organisations the person's titles serve ("Tesco's CEO"), in order
    patrons: list[str] = field(default_factory=list)
    # the country is the article's, for want of any said of the person: the passage the
    # person is first named in may say better (ActorTable._local_country)
    home_guess: bool = False


class ActorTable:
    """The actors of one document and where each is mentioned.

    Claims and events ask it which actor a stretch of text names (``at``), add actors they
    discover (``add``), and find the country actor behind a demonym or a capital
    (``country_actor``).
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text rebuilds the string on every access
        self._entries: dict[str, _Entry] = {}
        self.home: str | None = None  # the country the article is about, if clear
        self._by_char: list[tuple[int, int, str]] = []
        self._country_ids: dict[str, str] = {}

    def fork(self) -> ActorTable:
        """A copy that a later stage may extend (claims find speakers the entity pass did
        not): what a stage adds is in the table it returns, never in the one it was given."""
        twin = ActorTable.__new__(ActorTable)
        twin.__dict__.update(self.__dict__)
        twin._entries = {
            k: _Entry(replace(e.actor, aliases=list(e.actor.aliases),
                              mentions=list(e.actor.mentions)),
                      list(e.forms), Counter(e.roles), Counter(e.countries), e.international,
                      home_guess=e.home_guess)
            for k, e in self._entries.items()}
        twin._by_char = list(self._by_char)
        twin._country_ids = dict(self._country_ids)
        return twin

    # --- building -----------------------------------------------------------------------
    def add(self, name: str, kind: ActorKind, *, role: str | None = None,
            country: str | None = None, key: str | None = None) -> str:
        """A new actor (or the one already under ``key``); returns its id."""
        if key and key in self._entries:
            return key
        base = key or slug(name)
        actor_id, n = base, 2
        while actor_id in self._entries:
            actor_id, n = f"{base}-{n}", n + 1
        self._entries[actor_id] = _Entry(Actor(actor_id, name, kind, role, country))
        return actor_id

    def mention(self, actor_id: str, start: int, end: int) -> None:
        """Record that text[start:end] names ``actor_id`` (its surface becomes an alias)."""
        entry = self._entries[actor_id]
        if any(m.start == start and m.end == end for m in entry.actor.mentions):
            return
        entry.actor.mentions.append(CharSpan(start, end))
        surface = self.text[start:end]
        if surface != entry.actor.name and surface not in entry.actor.aliases:
            entry.actor.aliases.append(surface)
        self._by_char.append((start, end, actor_id))

    def absorb(self, short_id: str, into_id: str) -> None:
        """The actor ``short_id`` is ``into_id`` named another way ("the Security Council"
        after "the UN Security Council"): its mentions become the other's, and it goes."""
        gone = self._entries.pop(short_id).actor
        self._by_char = [(s, e, a) for s, e, a in self._by_char if a != short_id]
        for m in gone.mentions:
            self.mention(into_id, m.start, m.end)

    def country_actor(self, iso3: str, start: int | None = None, end: int | None = None) -> str:
        """The country actor for ``iso3``, created on first use."""
        if iso3 not in self._country_ids:
            lex = get()
            name = lex.country_display(iso3)
            kind: ActorKind = "organization" if iso3 == "EUR" else "country"
            self._country_ids[iso3] = self.add(name, kind, country=iso3)
        actor_id = self._country_ids[iso3]
        if start is not None and end is not None:
            self.mention(actor_id, start, end)
        return actor_id

    # --- asking -------------------------------------------------------------------------
    def get(self, actor_id: str) -> Actor:
        return self._entries[actor_id].actor

    def __iter__(self):
        return (e.actor for e in self._entries.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._entries

    def named_last_before(self, char: int, fits: Callable[[Actor], bool]) -> str | None:
        """Of the actors that ``fits``, the one mentioned last before text offset ``char``
        (None when none is mentioned before it): who "the minister" is."""
        best, best_at = None, -1
        for a in self:
            if not fits(a):
                continue
            at = max((m.start for m in a.mentions if m.start < char), default=-1)
            if at > best_at:
                best, best_at = a.id, at
        return best

    def named(self, key: str, surname: str) -> list[str]:
        """Ids of the actors called ``key`` (folded name or alias), or persons whose name
        ends in ``surname`` (folded): who a bare name stands for where no mention says so."""
        return [a.id for a in self if key in {fold(a.name), *map(fold, a.aliases)}
                or surname and a.kind == "person" and fold(a.name).split()[-1:] == [surname]]

    def at(self, start: int, end: int) -> list[str]:
        """Ids of actors with a mention inside text[start:end], in text order."""
        hits = sorted((s, a) for s, e, a in self._by_char if s >= start and e <= end)
        seen: list[str] = []
        for _, a in hits:
            if a not in seen:
                seen.append(a)
        return seen

    def stranded_subjects(self, verb: Token) -> list[Token]:
        """A main verb the parse left without a subject ("On Monday, Klobuchar, along with
        Senator Ron Wyden, introduced a bill", where "Klobuchar" hangs off "Monday"): the
        names of actors between the sentence start and the verb that no other verb governs
        ("In a joint statement on Thursday, Rwanda, Norway and the EU said": the list hung on
        the day as its conjunct). The claim and event rules both repair the parse this way."""
        out = []
        for tok in verb.sent:
            if tok.i >= verb.i:
                break
            if not ((tok.dep_ in {"appos", "pobj", "nsubj"} or tok.dep_ == "conj"
                     and tok.head.ent_type_ in {"DATE", "TIME"}) and tok.pos_ == "PROPN") \
                    or any(a.pos_ in {"VERB", "AUX"} for a in tok.ancestors if a.i != verb.i):
                continue
            named = self.at(tok.idx, tok.idx + len(tok))  # (a short form the story defined,
            # "France Unbowed (LFI)", counts though the tagger left it no entity)
            if named or tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} \
                    and self.covering(tok.idx, tok.idx + len(tok)):
                out.append(tok)  # ("On Friday Ford Motor Company announced": the name's head)
        return out

    def covering(self, start: int, end: int) -> str | None:
        """The actor whose mention overlaps text[start:end] most, if any."""
        best, best_len = None, 0
        for s, e, a in self._by_char:
            overlap = min(e, end) - max(s, start)
            if overlap > best_len:
                best, best_len = a, overlap
        return best

    def spans(self, start: int, end: int) -> bool:
        """Some mention covers all of text[start:end]."""
        return any(s <= start and e >= end for s, e, _ in self._by_char)

    def mentions_before(self, char: int) -> list[tuple[int, int, str]]:
        """Mentions ending at or before ``char``, nearest last."""
        return sorted((m for m in self._by_char if m[1] <= char), key=lambda m: m[0])

    def with_role(self, role: str) -> list[str]:
        r = role.lower()
        return [a.id for a in self if a.role and a.role.lower() == r]

    def _local_country(self, a: Actor) -> str | None:
        """The state the words around an actor's first mention put it in, when the article
        gives it none: a sentence set in a place ("In Seoul, about a dozen opposition
        lawmakers held a news conference"), or, for the subject of a sentence, a state or
        a body of one (not a person) taking a position in the sentence before ("Israel
        rejected those terms. Government spokesman Eitan Lavie told reporters …"; across a
        paragraph break only a state): in a story of two states, the one the passage is
        about, not the story's."""
        first = min(a.mentions, key=lambda m: m.start)
        span = self.doc.char_span(first.start, first.end, alignment_mode="expand")
        if span is None:
            return None
        sent = span.root.sent
        place = _fronted_place_country(sent, span)
        if place is not None or not _subject_of_main_verb(span.root):
            return place
        before = self.doc[sent.start - 1].sent if sent.start > 0 else None
        if before is None:
            return None
        verb = before.root
        verbs = claim_words().verbs

        def positional(v: Token) -> bool:
            lemma = v.lemma_.lower()
            return lemma in verbs or any(f"{lemma} {c.lower_}" in verbs for c in v.children
                                         if c.dep_ in {"prep", "prt"})
        if verb.pos_ == "PROPN" and any(t.dep_ == "acl" and t.tag_ == "VBN" and positional(t)
                                        for t in before):
            # "Kenya, which sent the first police officers …, pressed for predictable
            # funding": the parser makes the state the root and its act a participle
            start, end = verb.idx, verb.idx + len(verb)
        else:
            if not positional(verb):
                return None  # "Russia launched missiles at Kyiv. Governor X said": not
                # Russia's ("Kenya pressed for predictable funding. Cabinet Secretary X
                # said": Kenya's)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return None
            start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        owner_id = self.covering(start, end)
        owner = self.get(owner_id) if owner_id is not None and owner_id != a.id else None
        if owner is None or owner.kind == "person":
            return None  # ("U.S. Deputy Secretary of State Christopher Landau said … Former
            # president Evo Morales did not recognise the result": no American)
        if "\n" in self.text[before.start_char + len(before.text.rstrip()):sent.start_char] \
                and owner.kind != "country":
            return None  # a new paragraph goes on from a state ("Niger … rejected the
            # appeal." / "… Niger's Interior Minister … told AFP"), not from a body ("The US
            # Geological Survey reported …" / "Local officials said …")
        return owner.country

    def export(self) -> list[Actor]:
        """Actors that are mentioned, mentions in text order. Groups and people the article
        gives no country take the country the passage they are first named in is about
        (``_local_country``), else the one the article is about ("protesters" in a Hong
        Kong story)."""
        out = []
        for entry in self._entries.values():
            a = entry.actor
            if not a.mentions:
                continue
            if a.country is None and a.kind in HOME_KINDS \
                    and not _named_abroad(a) and not entry.international:
                a.country = self._local_country(a) or self.home
            elif entry.home_guess:
                body = _body_of_title(self, a.role) if a.role else None
                a.country = body.country if body is not None \
                    else self._local_country(a) or a.country  # ("the Commission", named
                # after the person, is the European Commission)
            a.mentions.sort(key=lambda m: m.start)
            out.append(a)
        return out


def _fronted_place_country(sent: Span, span: Span) -> str | None:
    """The country of a place a sentence opens with, before a comma and the named span
    ("In Seoul, about a dozen opposition lawmakers …")."""
    opener = sent[0]
    if opener.lower_ != "in" or opener.dep_ != "prep" or opener.head.dep_ != "ROOT":
        return None
    place = next((c for c in opener.children if c.dep_ == "pobj"), None)
    if place is None or place.ent_type_ not in {"GPE", "LOC"} or place.i + 1 >= span.start \
            or sent.doc[place.i + 1].text != ",":
        return None
    lex = get()
    name = entity_at(place).text
    return lex.country_of_word(name) or lex.country_of_region(name)


def _subject_of_main_verb(tok: Token) -> bool:
    """The token heads, or sits in, the subject of its sentence's main verb."""
    cur = tok
    for _ in range(6):
        if cur.dep_ in {"nsubj", "nsubjpass"}:
            return cur.head.dep_ == "ROOT"
        if cur.dep_ not in {"compound", "appos", "conj", "amod", "poss"} or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _named_abroad(a: Actor) -> bool:
    """An organisation or group whose name says it belongs to no one state (names.yaml
    international_bodies; abroad_words for a body, abroad_group_words for a group)."""
    w = actor_words()
    own = w.abroad if a.kind == "organization" else w.abroad_groups if a.kind == "group" \
        else None
    return own is not None and bool(own.search(a.name) or w.international_bodies.search(a.name))


# --- the extraction ---------------------------------------------------------------------

HOME_KINDS = {"group", "person", "organization"}
CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")  # "17:00", "9.30": a time of day
OF = frozenset({"of"})  # "the Speaker of the House": the rest is the body
SERVED = frozenset({"of", "for", "to"})  # after a name's office: the body or whom it serves
VENUE_NOUNS = frozenset({"city", "capital", "town", "port", "resort"})  # "the Saudi city of"
HOME_KEY = "stancemap_home_country"  # Doc.user_data: the country the article is about
GOV_KEY = "gov"  # a state's body named by a common noun: "gov-{ISO3}-{noun}"
STATES_KEY = "stancemap_states_named"  # Doc.user_data: the countries the article names

def extract_actors(doc: Doc) -> ActorTable:
    lex = get()
    table = ActorTable(doc)
    first = body_start(doc)  # a headline's capitals make every word look like a name
    cands = [(s, label) for s, label in _candidates(doc, lex) if s.start_char >= first]
    doc_country = _dominant_country(doc, lex)
    table.home = doc_country
    doc.user_data[HOME_KEY] = doc_country
    _add_countries_and_orgs(table, cands, lex)
    _add_persons(table, [s for s, label in cands if label == "PERSON"], lex, doc_country)
    _complete_short_bodies(table, lex)
    for actor in table:
        if actor.kind == "organization" and actor.country is None and doc_country \
                and not actor_words().international.search(actor.name) \
                and not actor_words().international_bodies.search(actor.name) \
                and lex.state_bodies & set(fold(actor.name).split()):
            actor.country = table._local_country(actor) or doc_country  # ("In Australia,
            # the Joint Standing Committee on Treaties recommended …": the passage's state)
    _add_acting_acronyms(table, doc, first, lex)
    _add_numbered_groups(table, doc, first)
    _add_untagged_mentions(table, doc, first)
    _add_handles(table, doc, first, lex)
    chunks = [c for c in doc.noun_chunks if c.start_char >= first]
    _add_governments(table, chunks, lex)
    _add_descriptions(table, doc)
    _add_groups(table, chunks, lex)
    _add_bodies(table, chunks, lex)
    _add_unnamed_people(table, chunks, lex)
    return table


def is_state_itself(actor: Actor) -> bool:
    """The actor is a state's own government, administration or cabinet, as the article
    names it ("the government" of the story's state; names.yaml state_itself_nouns)."""
    prefix = f"{GOV_KEY}-{actor.country}-"
    return actor.kind == "organization" and actor.country is not None \
        and actor.id.startswith(prefix) \
        and actor.id[len(prefix):] in actor_words().state_itself_nouns


def _complete_short_bodies(table: ActorTable, lex: Lexicon) -> None:
    """A body named by its short form in a story that names the organisation it belongs to
    is that organisation's ("the Commission" with the European Union named: the European
    Commission, of the Union's code, not of the story's country); with the body named in
    full as well ("the UN Security Council … the Security Council"), the one actor."""
    short = actor_words().short_bodies
    names = {n for a in table for n in (a.name, *a.aliases)}
    for actor in list(table):
        body = short.get(actor.name) if actor.kind == "organization" else None
        if body is None:
            continue
        whole = next((a.id for a in table if a.kind == "organization" and a.id != actor.id
                      and body["name"] in (a.name, *a.aliases)), None)
        if whole is not None:
            table.absorb(actor.id, whole)
            continue
        if not names & set(body["of"]) or body["name"] in names:
            continue
        actor.aliases = [*actor.aliases, actor.name]
        actor.name = body["name"]
        actor.country = lex.country_of_word(body["name"])


def _add_acting_acronyms(table: ActorTable, doc: Doc, first: int, lex: Lexicon) -> None:
    """An acronym the tagger left untagged or took for a nationality that does something
    ("the news network RTHK withdrew its reporters", "Belarusian KGB arrested 33 Russian
    individuals") is an organisation when a body's word or a demonym stands right before it
    or a body's word in apposition, of the country that demonym gives."""
    for tok in doc:
        if tok.idx < first or tok.dep_ not in {"nsubj", "nsubjpass"} \
                or tok.head.pos_ not in {"VERB", "AUX"} or not tok.is_alpha \
                or sum(ch.isupper() for ch in tok.text) < 2 or len(tok.text) > 8 \
                or tok.ent_type_ not in {"", "NORP"} or lex.country_of_word(tok.text) \
                or table.covering(tok.idx, tok.idx + len(tok)) is not None:
            continue
        listed = tok.text.isupper() and fold(tok.text) not in lex.titles and any(
            (a := table.covering(c.idx, c.idx + len(c))) is not None
            and table.get(a).kind == "organization" for c in tok.conjuncts)  # ("while the
        # DA, the EFF and the uMkhonto weSizwe (MK) Party voted against": one of the parties)
        if sum(ch.isupper() for ch in tok.text) < 3 and not listed:
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        demonym = before is not None and before.ent_type_ == "NORP" \
            and lex.country_of_word(before.text)
        described = _body_descriptor(doc[tok.i:tok.i + 1]) or any(
            c.dep_ == "appos" and c.lower_ in actor_words().organisation_words
            for c in tok.children)
        if not (demonym or described or listed):
            continue  # "HIV", "DVDs", "EULA": a thing, unless said to be a body
        actor_id = table.add(tok.text, "organization", country=demonym or table.home)
        table.mention(actor_id, tok.idx, tok.idx + len(tok))


NUMBERED = re.compile(r"[A-Z][A-Za-z]{0,3}\d{1,3}")  # "M23", "Group 4": letters, then digits


def _add_numbered_groups(table: ActorTable, doc: Doc, first: int) -> None:
    """A name of letters and digits set before a word for an armed group or a body ("the
    M23 armed group said", "M23 rebels seized Goma") is that group: the small model tags it
    a place or leaves it, and a name with a digit was never an actor ("N95 masks", "the R0
    number" are things)."""
    w = actor_words()
    bodies = w.organisation_words | w.body_kinds | w.armed_group_heads
    for tok in doc:
        if tok.idx < first or not NUMBERED.fullmatch(tok.text) \
                or tok.dep_ not in {"nmod", "compound", "amod"} \
                or tok.head.lower_ not in bodies and not (
                    tok.head.lower_ in w.armed_group_words and tok.head.head.lower_ in bodies) \
                or table.covering(tok.idx, tok.idx + len(tok)) is not None:
            continue
        actor_id = table.add(tok.text, "organization", country=table.home)
        for t in doc:
            if t.text == tok.text and t.idx >= first:
                table.mention(actor_id, t.idx, t.idx + len(t))


HANDLE = re.compile(r"@([A-Z][A-Za-z]+)")
HANDLE_NAME = re.compile(r"([A-Z][a-z]+)([A-Z][A-Za-z]*[a-z])")


def _add_handles(table: ActorTable, doc: Doc, first: int, lex: Lexicon) -> None:
    """A social-media handle written into the text ("@DrAmyActon will order the polls
    closed", "Secretary of State @FrankLaRose") is a person when, past a title, it reads
    as a given name and a surname: "Amy Acton", "Frank LaRose" (the person already named,
    if any)."""
    titles = actor_words().handle_titles
    for tok in doc:
        m = HANDLE.fullmatch(tok.text)
        if tok.idx < first or m is None or table.covering(tok.idx, tok.idx + len(tok)):
            continue
        handle = m.group(1)
        title = next((t for t in titles if handle.startswith(t) and handle[len(t):][:1].isupper()),
                     "")
        name = HANDLE_NAME.fullmatch(handle[len(title):])
        if name is None or given_name(name.group(1)) not in {"m", "f"}:
            continue
        given, surname = name.groups()
        same = [a.id for a in table if a.kind == "person" and a.name.split()[-1] == surname]
        if len(same) == 1:
            actor_id = same[0]
        else:
            role, country = _title_before(Span(doc, tok.i, tok.i + 1), lex)
            actor_id = table.add(f"{given} {surname}", "person", role=role, country=country)
        table.mention(actor_id, tok.idx, tok.idx + len(tok))


def _add_untagged_mentions(table: ActorTable, doc: Doc, first: int) -> None:
    """A person's or organisation's name the model tagged once but not again ("Cengiz
    traveled to New York"): every other whole-word, capitalised occurrence of a name or
    surface form it was found under is a mention too, unless another actor is named there
    or two actors share that form — but a surname several people share ("Cummings") goes
    to the one person the tagged mentions gave the bare surname to, if only one."""
    owners: dict[str, set[str]] = {}
    bare: dict[str, set[str]] = {}  # a form → the actors mentioned by exactly that form
    for a in table:
        if a.kind not in {"person", "organization"}:
            continue
        forms = {table.text[m.start:m.end] for m in a.mentions}
        for form in forms:
            bare.setdefault(form, set()).add(a.id)
        if a.kind == "person":
            forms |= {f.split()[-1] for f in forms if len(f.split()) > 1}
        for form in forms:
            if (len(form) > 2 and form[:1].isupper() and not form.isupper()) \
                    or (form.isupper() and len(form) > 1):
                owners.setdefault(form, set()).add(a.id)
    if not owners:
        return
    forms = sorted(owners, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
    for m in pattern.finditer(table.text, first):
        ids = owners[m.group()]
        if len(ids) > 1 and len(bare.get(m.group(), ())) == 1:
            ids = bare[m.group()]
        if len(ids) != 1 or table.covering(m.start(), m.end()) is not None:
            continue
        span = doc.char_span(m.start(), m.end())
        if span is None or any(t.ent_type_ and t.ent_type_ not in {"PERSON", "ORG"} for t in span
                               ) and not _mistagged_alone(span):
            continue
        left = doc[span.start - 1] if span.start > 0 else None
        if left is not None and left.pos_ == "PROPN" and left.text[:1].isupper():
            continue  # "Hunter Biden" is not "Biden"
        table.mention(next(iter(ids)), m.start(), m.end())


MISTAKEN_NAMES = frozenset({"PRODUCT", "WORK_OF_ART"})


def _mistagged_alone(span: Span) -> bool:
    """The name, and no more, tagged a kind of thing no name of an actor found elsewhere
    would be ("Stoere and Vedum met", "Stoere" tagged a product): the small model's slip,
    not a longer name that holds it ("Trump Tower")."""
    ents = {(t.ent_iob_, t.ent_type_) for t in span}
    return span[0].ent_iob_ == "B" and span[0].ent_type_ in MISTAKEN_NAMES and ents <= {
        ("B", span[0].ent_type_), ("I", span[0].ent_type_)} and (
        span.end == len(span.doc) or span.doc[span.end].ent_iob_ != "I")


def _common_noun_as_person(ent: Span) -> bool:
    """A capitalised common word the tagger took for a person where it opens a sentence and
    modifies the noun after it ("Flash floods triggered by monsoon rains killed …", "Law
    enforcement halted attempts …"): no one, unless the article writes it as a name
    elsewhere."""
    if ent.label_ != "PERSON" or len(ent) != 1:
        return False
    tok = ent[0]
    head = tok.head
    return tok.i == tok.sent.start and tok.tag_ == "NN" and tok.dep_ == "compound" \
        and head.i == tok.i + 1 and head.is_lower and head.tag_ in {"NN", "NNS"} \
        and is_common_word(tok.lower_) \
        and not any(t.text == tok.text and t.tag_ == "NNP" for t in tok.doc)


def _landmark_as_person(ent: Span) -> bool:
    """A city's landmark the tagger took for a person ("rallied on Kyiv's Maidan
    Nezalezhnosti"): a name a place owns (a place by its tag or, when the tagger calls the
    city a person too, by the lexicon), as the object of a preposition of place (names.yaml
    landmark_preps); "met Russia's Putin" is a person."""
    if ent.label_ != "PERSON" or ent.start < 2:
        return False
    root, doc = ent.root, ent.doc
    owner = doc[ent.start - 2]
    return root.dep_ == "pobj" and root.head.lower_ in actor_words().landmark_preps \
        and doc[ent.start - 1].tag_ == "POS" \
        and (owner.ent_type_ in {"GPE", "LOC"} or get().state_or_seat(owner.text) is not None)


def _with_possessed_body(ent: Span) -> Span:
    """A body's name with a possessive inside that the tagger ended at the possessive
    ("Bolivian Workers' Center", "the National Farmers' Union"): run on over the capitalised
    words after it up to a body's head word (names.yaml possessed_body_heads)."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent[-1].tag_ != "POS":
        return ent
    heads = actor_words().possessed_body_heads
    for j in range(ent.end, min(ent.end + 3, len(doc))):
        tok = doc[j]
        if tok.ent_type_ or tok.tag_ != "NNP" or not tok.is_title:
            return ent
        if tok.lower_ in heads:
            return Span(doc, ent.start, j + 1, label="ORG")
    return ent


def _clean(span: Span) -> Span | None:
    """Drop a leading article and trailing possessives, 'of' and punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    w = actor_words()
    if span.label_ == "ORG" and end < len(doc) and doc[end - 1].lower_ == "of" \
            and w.international_bodies.fullmatch(doc[start:end + 1].text.removeprefix("the ")):
        end += 1  # "the Group of Seven" tagged "Group of" and "Seven" (a number)
    while start < end and (doc[start].lower_ in w.name_drop_first or doc[start].is_punct
                           or doc[start].text in w.name_drop_first_lower
                           or doc[start].is_space):  # (a paragraph's break before it)
        start += 1
    while end > start and (doc[end - 1].lower_ in w.name_drop_last
                           or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    for t in doc[start + 1:end - 1]:  # "Reform National Convention on June 20": the
        # tagger ran a day into the name; the name ends before the day's preposition
        if t.pos_ == "ADP" and t.lower_ in w.date_preps \
                and month_day_at(doc.text, doc[t.i + 1].idx):
            end = t.i
            break
    if span.label_ == "ORG":  # "Lindner's Free Democratic Party": the party, not whose
        cut = next((t.i for t in doc[start + 1:end - 2] if t.lower_ in {"'s", "’s"}
                    and t.dep_ == "case"), None)
        if cut is not None and doc[end - 1].lower_ in w.party_heads:
            start = cut + 1
    if start >= end:
        return None
    out = Span(doc, start, end, label=span.label_)
    if not any(t.is_alpha and t.text[:1].isupper() for t in out):
        return None
    return out


def _stops_phrase(tok: Token) -> bool:
    """True for a token that cannot sit inside a title phrase ("acting" and "incoming" can,
    and a title the tagger took for a verb: "which presidents Felix Tshisekedi and Paul
    Kagame are expected to attend", "presidents" as "presides")."""
    if tok.pos_ in STOP_POS:
        return not (tok.pos_ == "VERB" and tok.dep_ in {"amod", "compound"}
                    or tok.tag_ == "VBZ" and tok.lower_.removesuffix("s") in get().titles
                    and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_type_ == "PERSON")
    return tok.is_punct and tok.text not in TITLE_PUNCT \
        and tok.text not in actor_words().possessives


def _left_window(doc: Doc, end: int) -> list[Token]:
    """The noun-phrase material ending just before token ``end``."""
    window: list[Token] = []
    i = end - 1
    while i >= 0 and len(window) < WINDOW:
        tok = doc[i]
        joins = tok.lower_ == "and" and 0 < i < end - 1 and _joined_by_and(doc[i - 1], doc[i + 1])
        # a title the model tagged as part of the name ("Taoiseach Leo Varadkar") still counts
        if tok.is_sent_end and i != end - 1 or _stops_phrase(tok) and not joins \
                or tok.ent_type_ == "PERSON" and tok.lower_ not in get().title_first_words \
                and not (i > 0 and _title_end(doc, i - 1, get()) > i) \
                and not _demonym_as_person(tok) \
                and not (len(entity_at(tok)) == 1 and get().country_of_name(tok.text)):
            break  # ("First Lady"; "Slovak Prime Minister"; "Uruguay's … President" with
            # the state tagged a person)
        window.insert(0, tok)
        i -= 1
    return window


def _demonym_as_person(tok: Token) -> bool:
    """A demonym the tagger read as a person of its own ("Slovak" in "Slovak Prime Minister
    Robert Fico"): an adjective that is one entity by itself and names a state."""
    ent = entity_at(tok)
    if len(ent) > 1:  # "Sri Lankan", "South Korean"
        return fold(ent.text) in get().demonyms
    return tok.pos_ == "ADJ" and get().country_of_word(tok.text) is not None


def _joined_by_and(before: Token, after: Token) -> bool:
    """An "and" inside the words before a name: between two names that are no person's
    ("Trade and Industry Minister …"), or between two nouns of one description ("mortar
    and shell manufacturer")."""
    if before.pos_ == "PROPN" and after.pos_ == "PROPN":
        return after.ent_type_ != "PERSON"
    return all(t.pos_ == "NOUN" and t.dep_ in {"compound", "amod", "nmod"}
               for t in (before, after)) and before.head.i == after.head.i


def _of_international_body(span: Span) -> bool:
    """The title before the name, or an apposition right after it, names an international
    body ("NATO Secretary-General Jens Stoltenberg", "Antonio Guterres, the UN's chief")."""
    doc = span.doc
    before = " ".join(t.text for t in _left_window(doc, span.start))
    after = ""
    if span.end < len(doc) and doc[span.end].text == ",":
        tail = []
        for t in doc[span.end + 1:span.end + 7]:
            if t.text in {",", ";", "."} or t.pos_ in {"VERB", "AUX"}:
                break
            tail.append(t.text)
        after = " ".join(tail)
    bodies = actor_words().international_bodies
    return bool(bodies.search(before) or bodies.search(after))


def _title_before(span: Span, lex: Lexicon) -> tuple[str | None, str | None]:
    """(role, country) from the words just before ``span`` in the same noun phrase; none
    when the name only modifies a noun after a preposition ("spokeswoman for the Trump
    administration": the title is someone else's)."""
    window = _left_window(span.doc, span.start)
    if span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN" \
            and any(t.pos_ == "ADP" for t in window) \
            or window and window[-1].lower_ in {"for", "to"} and window[-1].dep_ == "prep" \
            or window and window[-1].pos_ == "ADP" and span.root.dep_ == "poss":
        return None, None  # "a spokesman for West": the office serves the name; "a member
        # of Avenatti's legal team": the name owns what the office is of
    kin = actor_words().kinship_nouns
    for k in range(len(window) - 1, 0, -1):
        if window[k].lower_ == "of" and window[k - 1].lower_ in kin:
            window = window[k + 1:]  # "wife of Valery Tsapkala": "wife" is the relative's
            break
    role, country = _role_and_country(window, lex)
    if role and country is None:
        owner = window[0].i if window and window[0].lower_ == "whose" \
            else span.start - len(window) - 1
        country = _its_state(span.doc, owner, lex)
    return role or _described_as(span), country


def _its_state(doc: Doc, i: int, lex: Lexicon) -> str | None:
    """The state an "its" or "whose" before a title stands for ("Turkey said it would send
    its intelligence chief Ibrahim Kalin", "Senegal, whose President Bassirou Diomaye
    Faye …"): the last state named before it in the sentence, or, for an "its" opening
    the sentence, in the sentence before ("… Its Foreign Minister Aissatou Ndiaye")."""
    if i < 0 or doc[i].lower_ not in {"its", "whose"} or doc[i].tag_ not in {"PRP$", "WP$"}:
        return None
    sent_start = doc[i].sent.start
    def state(tok: Token) -> str | None:  # (the tagger may miss "Senegal" as a place)
        if tok.ent_type_ == "GPE":
            return lex.country_of_name(entity_at(tok).text)
        return lex.country_of_name(tok.text) if tok.pos_ == "PROPN" else None

    if doc[i].lower_ == "whose":
        return state(doc[i - 2]) if i >= 2 and doc[i - 1].text == "," else None
    if i == sent_start and sent_start > 0:
        sent_start = doc[sent_start - 1].sent.start
    return next((iso3 for k in range(i - 1, sent_start - 1, -1) if (iso3 := state(doc[k]))),
                None)


def _counterpart_office(span: Span, lex: Lexicon) -> str | None:
    """A counterpart holds the office of the one named before in the sentence ("Thai
    Defence Minister Natthaphon Narkphanit and his Cambodian counterpart Tea Seiha", "met
    Foreign Minister Jean-Noel Barrot … with his German counterpart, Johann Wadephul"), or
    of one named after it and titled earlier ("Polish Interior Minister Krzysztof
    Malinowski …" / "Speaking after talks with his German counterpart Thomas Brenner …,
    Malinowski said")."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].lemma_.lower() not in actor_words().counterpart_nouns:
        return None
    def titled(ent: Span) -> str | None:
        return _title_before(ent, lex)[0] or _left_apposition(ent, lex)[0]

    people = [e for e in doc.ents if e.label_ == "PERSON"]
    sent = span.sent
    before = [e for e in people if e.end <= i and e.sent.start == sent.start][::-1]
    after = [e for e in people if e.start >= span.end and e.sent.start == sent.start]
    for ent in [*before, *after]:  # ("Speaking after talks with his German counterpart
        # Thomas Brenner …, Malinowski said": the holder named after, titled before)
        role = titled(ent)
        if role is None and ent in after:
            role = next((r for e in people if e.end <= span.start and e[-1].text == ent[-1].text
                         and (r := titled(e))), None)
        if role:
            return role
    return None


def _body_descriptor(span: Span) -> bool:
    """The lower-case noun right before a name says it is a body's ("former party Civic
    Platform", "the company Salling Group"): names.yaml organisation_words."""
    doc = span.doc
    i = span.start - 1
    return i >= 0 and doc[i].pos_ == "NOUN" and doc[i].is_lower \
        and doc[i].lower_ in actor_words().organisation_words


def _described_as(span: Span) -> str | None:
    """A common noun set right before a name as its description ("medical anthropologist
    Monica Schoch-Spana", "fashion designer Tim Gunn"): the role the article gives, though
    no list of offices holds it; a relative ("his wife") is not a role."""
    doc = span.doc
    i = span.start - 1
    if i < 0 or doc[i].pos_ != "NOUN" or not doc[i].is_lower or doc[i].dep_ != "compound" \
            or not span.start <= doc[i].head.i < span.end \
            or doc[i].lower_ in actor_words().kinship_nouns or _body_descriptor(span):
        return None
    words = [doc[i]]
    while len(words) < 3 and i - 1 >= 0 and doc[i - 1].is_lower \
            and doc[i - 1].pos_ in {"NOUN", "ADJ"} and doc[i - 1].dep_ in {"compound", "amod"} \
            and doc[i - 1].head.i in {w.i for w in words} | set(range(span.start, span.end)):
        i -= 1
        words.insert(0, doc[i])
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.head.i == span.root.i and after.dep_ in {"acl", "relcl"} \
            and after.tag_ in {"VBD", "VBN"} and not any(
                c.dep_ in {"dobj", "obj"} for c in after.children):
        return None  # "using stimulus money Rittenhouse received": the money he received
    return " ".join(w.text for w in words).title()


def _role_and_country(tokens: list[Token], lex: Lexicon, after_name: bool = False
                      ) -> tuple[str | None, str | None]:
    """(role, country) from the words of a title or an apposition; ``after_name``: the
    words follow the name (", spokesperson for the governor"), where an office ends before
    whom it serves and an office named only after a preposition is not the name's."""
    words = [t.lower_ for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    singular = [_singular(w) for w in words]
    role, role_at, title_country = None, -1, None
    role_from = -1
    stops = SERVED if after_name else OF
    for i in range(len(words)):
        if role is not None and stops & set(words[role_at + 1:i]):
            break  # "the Speaker of the House of Representatives": the rest is the body;
            # after a name, "spokesperson for the provincial governor", "adviser to the
            # president": the rest is whom the office serves
        if role is None and after_name and 0 < i and tokens[i].pos_ == "ADP":
            break  # ", the suspect in a shooting of protesters": an office named after a
            # preposition is not the one the apposition gives
        for n in range(min(lex.max_title_words, len(words) - i), 0, -1):
            for seq in (words[i:i + n], lemmas[i:i + n], singular[i:i + n]):
                # "Secretary-General" is three tokens: join them back at the hyphen
                phrase = " ".join(seq).replace(" - ", "-")
                title = lex.titles.get(phrase) or lex.titles.get(phrase.replace("-", " "))
                if title and role is not None and phrase in lex.styles:
                    title = None  # "Energy Minister Prince Abdulaziz": the office, not
                    # the style of rank after it ("Inspector-General": as "Inspector
                    # General")
                if title is None and phrase.endswith("-elect") and \
                        lex.titles.get(phrase.removesuffix("-elect")):
                    title = lex.titles[phrase.removesuffix("-elect")] + "-elect"  # "Vice
                    # President-elect", "Governor-elect": chosen, not yet in office
                if title is not None and other_party(tokens, i, phrase):
                    title = None  # "the Free Democrats": no Democrat, no American
                if title is not None and i + n - 1 > role_at:
                    if title:
                        # the title that ends last is the office ("the Republican Senate
                        # Majority Leader"): a party word before it is not the role
                        role, role_at, role_from = title, i + n - 1, i
                        title_country = lex.title_countries.get(phrase, title_country)
                        home = tokens[i].doc.user_data.get(HOME_KEY)
                        if phrase in lex.shared_title_countries and home \
                                and phrase in lex.title_countries and lex.title_countries[
                                    phrase] not in tokens[i].doc.user_data.get(STATES_KEY, ()):
                            title_country = home  # "House Speaker Martin Romualdez" in a
                            # Philippine story naming no American: the Philippines' House
                    break
            else:
                continue
            break
    if role is not None:
        role = _office_of_body(tokens, words, role_from, role_at, lex) \
            or _with_kind_words(tokens, role_from, role_at, role, lex)
    country = None
    i = 0
    # a title that fixes the state by itself ("Foreign Secretary": British) yields to a state
    # named before it ("Indian Foreign Secretary Vikram Misri")
    end = role_from if title_country else len(words)
    while i < end:
        for n in range(min(5, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n])
            found = lex.country_of_word(phrase)
            if n > 1 and all(t.is_title and t.pos_ == "PROPN" for t in tokens[i:i + n]):
                found = lex.country_of_region(phrase) or found  # "New South Wales
                # Premier": the region whole, not the "Wales" inside it
            if found and phrase.removeprefix("the ") in actor_words().shared_institutions:
                # "Senate President Thomas Rivera Schatz" in a Puerto Rican story: the
                # article's own country's senate, as for the body itself (_body_country)
                found = tokens[i].doc.user_data.get(HOME_KEY) or found
            if found and tokens[i].ent_type_ == "EVENT":
                found = None  # "an Iraq War veteran": a war's name, not whose the person is
            if found and i + n < len(tokens) and tokens[i + n].lower_ in lex.domain_words:
                found = None  # "the Taiwan Affairs Office": the office's field, not its state
            if found and _leaning(tokens[i]):
                found = None  # "Tusk's pro-European government": a leaning, not a state
            if found and other_party(tokens, i, phrase):
                found = None  # "the Free Democrats", "the Sweden Democrats": another
                # state's party of that name, not the American one
            if found and n > 1 and i > 0 and lex.institutions.get(phrase) == found \
                    and tokens[i - 1].is_title and tokens[i - 1].pos_ == "PROPN" \
                    and tokens[i - 1].ent_iob_ == "I" and not lex.country_of_word(
                        tokens[i - 1].text):
                found = None  # "the Social Democratic Alliance": a longer name with a known
                # one inside ("Democratic Alliance", South Africa's), another body
            if found and not (lex.country_of_name(phrase) and _inside_other_name(tokens, i, lex)):
                country = found
                i += n
                break
        else:
            i += 1
        if country:
            break
    if title_country:
        return role, country or title_country
    if country is None:
        # "Trump's envoy", "one of President Zelensky's aides": the patron's country
        known = _known_actors()
        for k, tok in enumerate(tokens[:-1]):
            if tokens[k + 1].lower_ in actor_words().possessives and tok.pos_ == "PROPN":
                if tok.text.isupper():
                    continue  # an acronym ("the UN's envoy") is no one's surname
                hint = known.get(fold(tok.text) + "#surname") or known.get(fold(tok.text))
                if hint and hint.get("country"):
                    country = hint["country"]
    if country is None and role is not None:
        country = _region_country(tokens, lex)  # "Ohio Governor", "Governor of California"
    return role, country


def other_party(tokens: list[Token], i: int, phrase: str) -> bool:
    """A party name many states share, named with a word of its own before it ("Free
    Democrats", "Social Democrats", "Sweden Democrats") in an article about another country
    than the United States, or after another country's name: another state's party of that
    name, not the American one the bare word means ("House Democrats" in an American story
    are; names.yaml shared_party_names). So is one the word opens, in such an article ("the
    Republican People's Party" in a Turkish story)."""
    if phrase not in actor_words().shared_party_names:
        return False
    home = tokens[i].doc.user_data.get(HOME_KEY)
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.text[:1].isupper() and after.pos_ == "PROPN" \
            and after.lower_ not in {"party", "parties"} and home not in {None, "USA"}:
        return True  # "the Republican People's Party" in a Turkish story: a name of its own
    if i == 0:
        return False
    before = tokens[i - 1]
    if not before.text[:1].isupper() or before.pos_ not in {"PROPN", "ADJ"}:
        return False
    named = get().country_of_word(before.lower_)
    return named not in {None, "USA"} or named is None and home not in {None, "USA"}


def _with_kind_words(tokens: list[Token], start: int, end: int, role: str, lex: Lexicon
                     ) -> str:
    """A title with the common nouns before it that say which kind it is ("campaign
    manager", "communications director", "press officer", "climate change activist"), not
    only its head word. Capitalised words are left out (a body or a party the tagger may
    have missed: "Senate Majority Leader"), and so are words of tenure ("incumbent"). A word
    of rank starts the title whatever stands before it: "CIA deputy director" is a Deputy
    Director, "the deputy emergencies minister" a Deputy Emergencies Minister."""
    k = start
    ranked = False
    while k > 0:
        t = tokens[k - 1]
        if t.lower_ in lex.ranks:
            k, ranked = k - 1, True
            break
        if not (t.dep_ in {"compound", "amod"} and t.pos_ in {"NOUN", "ADJ"}
                and t.text.isalpha() and t.text.islower()
                and t.head.i in range(tokens[k].i, tokens[end].i + 1)
                and t.ent_type_ not in {"ORDINAL", "CARDINAL", "DATE"}
                and t.lower_ not in lex.tenure_words
                and t.lower_ not in lex.other_holder_words
                and t.lower_ not in lex.not_kind_words):  # ("national medical director";
            # not "the third president", "a different president")
            break
        k -= 1
    if k == start or not ranked and k > 0 \
            and tokens[k - 1].head.i in range(tokens[k].i, tokens[end].i + 1) \
            and tokens[k - 1].dep_ not in {"det", "poss", "case", "punct"}:
        return role  # part of a longer name or phrase ("Foreign Affairs Minister",
        # "African Union chairperson"): not cut in half
    return " ".join(t.text.capitalize() for t in tokens[k:start]) + " " + role


def _office_of_body(tokens: list[Token], words: list[str], start: int, end: int,
                    lex: Lexicon) -> str | None:
    """A title that names its body after "of", with the body's state or adjectives between
    ("a member of the Tunisian Parliament" is a Member of Parliament)."""
    k = end + 1
    if k >= len(words) or words[k] != "of":
        return None
    j = k + 1
    while j < len(tokens) and (tokens[j].pos_ in {"DET", "ADJ"} or lex.country_of_word(words[j])):
        j += 1
    if j >= len(tokens) or tokens[j].pos_ not in {"NOUN", "PROPN"}:
        return None
    return lex.titles.get(" ".join([*words[start:end + 1], "of", words[j]])) or None


def _region_country(tokens: list[Token], lex: Lexicon) -> str | None:
    """The country of the first region the tagger names as a place among ``tokens``, or
    that opens them untagged or tagged as part of a body ("Ontario Premier Doug Ford", with
    "Ontario Premier" read as an organisation)."""
    i = 0
    while i < len(tokens):
        if tokens[i].ent_type_ == "GPE" and tokens[i].ent_iob_ == "B":
            j = i + 1
            while j < len(tokens) and tokens[j].ent_iob_ == "I":
                j += 1
            found = lex.country_of_region(" ".join(t.text for t in tokens[i:j]))
            if found:
                return found
            i = j
        else:
            i += 1
    opening = []
    for t in tokens:
        if t.pos_ != "PROPN" or not t.is_title or t.ent_type_ not in {"", "ORG"} \
                or lex.titles.get(t.lower_):
            break
        opening.append(t.text)
    return lex.country_of_region(" ".join(opening)) if opening else None


def entity_at(tok: Token) -> Span:
    """The named entity ``tok`` is part of (``tok`` has an entity type), found from its
    neighbours' IOB tags rather than by listing ``doc.ents``."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


def token_country(tok: Token, lex: Lexicon) -> str | None:
    """The country a word names, read with the rest of the name it is tagged in ("Guinea"
    in "Papua New Guinea's parliament" is Papua New Guinea, not Guinea)."""
    if tok.ent_type_:
        ent = entity_at(tok)
        if len(ent) > 1 and (c := lex.country_of_word(ent.text)):
            return c
    return lex.country_of_word(tok.text)


def entity_from(tok: Token) -> Span | None:
    """The named entity that opens at ``tok``, else None (from the IOB tags, as
    :func:`entity_at`)."""
    return entity_at(tok) if tok.ent_iob_ == "B" else None


def short_name(tok: Token) -> bool:
    """A body's short name: capitals alone, two to six of them ("PSD", "AUR", "UDMR")."""
    return tok.is_alpha and tok.text.isupper() and 2 <= len(tok.text) <= 6


def postposed_title_word(noun: Token) -> Token | None:
    """The word after a plural that makes it an office ("attorneys general", "secretaries
    general"): part of the group's name, though the parser leaves it out of the chunk."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.is_lower \
            and get().titles.get(f"{_singular(noun.lower_)} {after.lower_}"):
        return after
    return None


def _singular(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _right_context(span: Span, lex: Lexicon
                   ) -> tuple[str | None, str | None, str | None]:
    """Apposition after the name (", Poland's prime minister") or "of/from <country>": the
    office, the country, and — where the apposition names no office — the description it
    gives instead (", a Georgian tennis player"), for a person only."""
    doc = span.doc
    role = country = described = None
    j = span.end
    if j < len(doc) and doc[j].lower_ in actor_words().origin_preps and j + 1 < len(doc):
        k = j + 1
        if doc[k].lower_ == "the":
            k += 1
        for n in (4, 3, 2, 1):
            if k + n <= len(doc):
                c = lex.country_of_word(doc[k:k + n].text)
                if c and lex.is_region_of(doc[k:k + n].text, doc.user_data.get(HOME_KEY)):
                    c = doc.user_data[HOME_KEY]  # "David Perdue of Georgia", in US news
                if c:
                    country = c
                    break
        pobj = next((t for t in doc[j].children if t.dep_ == "pobj"), None)
        if pobj is not None and (country or pobj.ent_type_ in {"GPE", "LOC"}):
            j = pobj.right_edge.i + 1  # ", the party's nominee" after "of West Virginia"
    if j < len(doc) and doc[j].text == ",":
        k = j + 1
        # ", who was Trump's envoy", ", who serve as chairmen", ", one of Zelensky's aides"
        w = actor_words()
        if k < len(doc) and doc[k].lower_ in w.gloss_openers:
            k += 1
            while k < len(doc) and (doc[k].pos_ in {"AUX", "ADV"}
                                    or doc[k].lower_ in w.gloss_links):
                k += 1
            k = _past_office_words(doc, k, w)
        while k < len(doc) and doc[k].lower_ in w.gloss_adverbs:
            k += 1  # ", formerly the mayor of New York City", ", then the Prime Minister"
            if k < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_:
                k += 1  # ", then-New Jersey Governor Chris Christie's deputy chief of staff"
        if k < len(doc) and doc[k].tag_ == "PRP$":
            k += 1  # ", his wife and the current chairwoman of …", ", her chief of staff"
        tokens: list[Token] = []
        owner_country = None
        while k < len(doc) and len(tokens) < WINDOW and doc[k].text not in {",", ".", ";", ":"}:
            year = doc[k].pos_ == "NUM" and doc[k].ent_type_ == "DATE" \
                and doc[k].dep_ in {"nummod", "compound", "amod"}  # "the party's 2020 nominee"
            if _stops_phrase(doc[k]) and doc[k].pos_ != "CCONJ" and not year \
                    or doc[k].pos_ == "CCONJ" and not tokens:
                break
            if doc[k].lower_ in w.possessives and _titled_owner(tokens, lex):
                # ", then-New Jersey Governor Chris Christie's deputy chief of staff": the
                # title before the owner is the owner's; its country is the fallback
                owner_country = _role_and_country([*tokens, doc[k]], lex, after_name=True)[1]
                tokens, k = [], k + 1
                continue
            if doc[k].ent_type_ == "PERSON" and doc[k].dep_ not in {"compound", "poss", "pobj"} \
                    and (k + 1 >= len(doc) or doc[k + 1].lower_ not in w.possessives
                         and doc[k + 1].ent_type_ != "PERSON") \
                    and not _office_of(doc, k, lex):
                # ", energy minister Yuval Steinitz": a list, not a gloss ("spokeswoman for
                # the Trump administration": a name that modifies a noun; "the general
                # manager of Cipriani Dolci": whom or what the office serves)
                return None, country, None
            tokens.append(doc[k])
            k += 1
        if tokens and tokens[0].pos_ in {"DET", "ADJ", "NOUN", "PROPN"}:
            r, c = _role_and_country(tokens, lex, after_name=True)
            if r is not None or not _subject_of_next_clause(tokens):
                role, country = r, c or owner_country or country
                described = None if r else _described_after(tokens)
    return role, country, described


def _office_of(doc: Doc, k: int, lex: Lexicon) -> bool:
    """An office word the tagger takes for a given name, before whom or what it serves
    (", Dean of UC Berkeley School of Law"): a gloss, not another person listed."""
    return bool(lex.titles.get(doc[k].lower_)) and k + 1 < len(doc) \
        and doc[k + 1].lower_ in OF


def _titled_owner(tokens: list[Token], lex: Lexicon) -> bool:
    """The words end in a person's name with a title right before it ("New Jersey Governor
    Chris Christie", "one of President Zelensky"), before a possessive."""
    i = len(tokens)
    while i > 0 and tokens[i - 1].ent_type_ == "PERSON":
        i -= 1
    return 0 < i < len(tokens) and bool(lex.titles.get(tokens[i - 1].lower_))


def _honorific_role(span: Span) -> str | None:
    """The role an honorific right before the name gives ("Dr. Joel Smithers"), if any."""
    i = span.start - 1
    if i < 0:
        return None
    return actor_words().honorific_roles.get(span.doc[i].lower_.rstrip("."))


def _described_after(tokens: list[Token]) -> str | None:
    """The role an indefinite apposition gives when it names no office ("Nikoloz
    Basilashvili, a Georgian tennis player with …", "a former military contractor"): its
    head noun with the lower-case nouns before it, as with "fashion designer Tim Gunn"; a
    plain description ("a 33-year-old man") or a relative gives none."""
    if tokens[0].lower_ not in {"a", "an"}:
        return None
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside]
    if len(heads) != 1:
        return None
    head = heads[0]
    w = actor_words()
    if head.pos_ != "NOUN" or not head.is_lower or head.tag_ != "NN" or not head.is_alpha \
            or head.lower_ in w.not_role_nouns \
            or head.lower_ in w.organisation_words:  # ", a cybersecurity firm": no person
        return None
    words = [head]
    for t in reversed([c for c in head.lefts if c.dep_ == "compound"]):
        if t.pos_ == "NOUN" and t.is_lower and t.i == words[0].i - 1:
            words.insert(0, t)
    return " ".join(t.text for t in words).title()


def _subject_of_next_clause(tokens: list[Token]) -> bool:
    """The words after a name's comma are the subject of the clause that follows, not a
    gloss on the name ("According to a memo posted online by Senator Juan Dalmau, the
    Senate cancelled its planned hearing"), when they name no office (a gloss with an
    office may lack its closing comma: "Chris Wright, the Chief Technological Officer of
    Red Hat said")."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside]
    return bool(roots) and roots[0].dep_ in {"nsubj", "nsubjpass"} \
        and roots[0].head.i > roots[0].i and roots[0].head.pos_ in {"VERB", "AUX"}


def _predicate_title(span: Span, lex: Lexicon) -> tuple[str | None, str | None]:
    """An office said of the person as the predicate of the clause: "Tsvangirai became prime
    minister", "Conte was sworn in as prime minister", "she was elected president", or given
    to the person as the verb's object: "announced Angela Walker as his running mate",
    "named Jo Jorgensen its nominee"."""
    root, w = span.root, actor_words()
    if root.dep_ == "appos" and root.head.dep_ == "dobj":
        root = root.head  # "acknowledged Qaboos's cousin, Haitham, as the new Sultan"
    around: list[Token] = []
    if root.dep_ in {"dobj", "oprd"} and root.head.pos_ == "VERB" \
            and root.head.lemma_.lower() in w.office_object_predicates:
        verb = root.head  # "announced Angela Walker as his running mate"
        around = [c for c in root.children if c.dep_ == "prep"]  # (the "as" hung on it)
    elif root.dep_ not in {"nsubj", "nsubjpass"} or root.head.pos_ not in {"VERB", "AUX"}:
        return None, None
    else:
        verb = root.head
        if verb.lemma_.lower() not in w.office_predicates:
            return None, None
    for c in [*verb.children, *around]:
        if c.i == root.i:
            continue
        phrase = c if c.dep_ in {"attr", "oprd"} else next(
            (g for g in c.children if g.dep_ == "pobj"), None) \
            if c.dep_ == "prep" and c.lower_ == "as" else None
        if phrase is not None and phrase.pos_ in {"NOUN", "PROPN"} \
                and phrase.lower_ not in w.kinship_nouns:  # "became a father": no office
            words = [t for t in phrase.subtree if t.i <= phrase.i or t.lower_ == "of"
                     or t.head.lower_ == "of"]
            return _role_and_country(words, lex)
    return None, None


def _past_office_words(doc: Doc, k: int, w: ActorWords) -> int:
    """After "who held the post of" (an office verb, its noun, "of"): where the title is;
    ``k`` unchanged when the words are not there ("who held talks with…")."""
    if k >= len(doc) or doc[k].lower_ not in w.gloss_office_verbs:
        return k
    j = k + 1
    if j < len(doc) and doc[j].pos_ == "DET":
        j += 1
    if j + 1 < len(doc) and doc[j].lower_ in w.gloss_office_nouns and doc[j + 1].lower_ == "of":
        return j + 2
    return k


def _left_apposition(span: Span, lex: Lexicon, follow: bool = True
                     ) -> tuple[str | None, str | None]:
    """A description before the name and a comma: "Dunn's mother, Charlotte Charles", "the
    president of the Tunisian League for the Defence of Human Rights, Jamel Msallem", "the
    institute's director, Dr. Anthony Fauci"; ``follow``: an office of a person named by
    the possessive takes that person's state ("Her spokesman, Arturo Medina")."""
    doc = span.doc
    i = span.start - 1
    honorifics = actor_words().honorifics
    while i > 0 and doc[i].lower_.rstrip(".") in honorifics:
        i -= 1  # "director, Dr. Anthony Fauci"
    if i > 0 and doc[i].text != ",":  # "Egypt's intelligence chief, Major General Tarek
        # Sallam": a rank or title between the comma and the name
        i = next((k - 1 for k in range(i, max(i - 8, 0), -1)
                  if doc[k - 1].text == "," and _titles_end(doc, k, lex) == i + 1
                  and all(t.is_title or t.lower_ == "and" for t in doc[k:i + 1])), i)
        # (not "…, actor Sean Stone": a description of his own; "his Australian
        # counterpart, Deputy Prime Minister and Defence Minister Richard Marles": two)
    if i < 1 or doc[i].text != ",":
        return None, None
    window = _left_window(doc, i)
    if not window or window[-1].pos_ not in {"NOUN", "PROPN"} and window[-1].text != ")" \
            or window[-1].ent_type_ in {"DATE", "TIME"}:
        return None, None  # (a time ends no description: "… mediated by the Caribbean
        # Community and Brazil next week, President Irfaan Ali said" is not Brazil's)
    after = doc[span.end] if span.end < len(doc) else None
    plural = window[-1].tag_ in {"NNS", "NNPS"}  # "Two Democratic Representatives, A and B"
    if after is not None and after.text not in {",", ".", ";"} \
            and after.pos_ not in {"VERB", "AUX"} and not (plural and after.pos_ == "CCONJ"):
        return None, None
    role, country = _role_and_country(window, lex)
    served = next((t.i for t in window if t.lower_ in {"for", "to"} and t.pos_ == "ADP"), None)
    if served is not None:  # "the EU's special representative for the Belgrade-Pristina
        # dialogue, Peter Sørensen": what the office serves is not whose the holder is; the
        # words before "for" say that; "The Special Adviser to the President on Information,
        # Bayo Onanuga": the adviser, not the president
        country = None
        own_role = _role_and_country([t for t in window if t.i < served], lex)[0]
        role = own_role or role
    if role is None or country is None:  # a description longer than the window
        whole_role, whole_country = _role_and_country(
            [t for t in _phrase_before(doc, i) if served is None or t.i < served], lex)
        role, country = role or whole_role, country or whole_country
    last = window[-1]
    if role is None and last.dep_ in {"dobj", "pobj"} and last.head.dep_ == "acl" \
            and last.head.tag_ in {"VBG", "VBN"} and last.head.head.pos_ == "NOUN":
        # "the senator representing Lagos East, Tokunbo Abiru": the noun the participle
        # describes is the office, not the place it serves
        noun = last.head.head
        role = _role_and_country([*(c for c in noun.lefts if c.dep_ in {"amod", "compound"}),
                                  noun], lex)[0]
    if role is not None and country is None and follow:
        country = _principal_country(window, lex)
    return role, country


def _principal_country(window: list[Token], lex: Lexicon) -> str | None:
    """The state of the person whose office a possessive names ("Mexican President Claudia
    Sheinbaum … Her spokesman, Arturo Medina", "Sheinbaum's spokesman, …"): a pronoun the
    nearest person named in its sentence or the one before, a name that person."""
    poss = next((t for w in window for t in (w, *w.children) if t.dep_ == "poss"), None)
    if poss is None:
        return None
    doc = poss.doc
    if poss.tag_ == "PRP$":
        since = doc[max(poss.sent.start - 1, 0)].sent.start
        people = [e for e in doc.ents if e.label_ == "PERSON" and since <= e.start
                  and e.end <= poss.i]
    else:
        people = [e for e in doc.ents if e.label_ == "PERSON" and e.start <= poss.i < e.end]
    if not people:
        return None
    near = people[-1]  # the nearest only: no guess past the one a pronoun most likely means
    named = [e for e in doc.ents if e.label_ == "PERSON" and e.start <= near.start
             and e[-1].text == near[-1].text]  # ("Sheinbaum" after "Mexican President
    for ent in reversed(named):  # Claudia Sheinbaum": the same person, titled before)
        country = _title_before(ent, lex)[1] or _left_apposition(ent, lex, follow=False)[1]
        if country:
            return country
    return None


def _phrase_before(doc: Doc, comma: int) -> list[Token]:
    """The noun phrase that ends just before token ``comma``, however long: from the token
    before it, up the parse while the head stays left of the comma, to the highest noun;
    its words left of the comma ("the general secretary of the RMT union (…)")."""
    tok, top = doc[comma - 1], None
    while True:
        if tok.pos_ in {"NOUN", "PROPN"}:
            top = tok
        if tok.head.i == tok.i or tok.head.i >= comma or tok.head.pos_ in {"VERB", "AUX"}:
            break
        tok = tok.head
    if top is None:
        return []
    return [t for t in top.subtree if t.i < comma][-3 * WINDOW:]


def _country_bodies(doc: Doc, raw: list[tuple[Span, str]], lex: Lexicon
                    ) -> list[tuple[Span, str]]:
    """"the United States House of Representatives", "the Iraqi Parliament": the tagger
    often stops at the country; a capitalised state body right after it is one name."""
    taken = {t.i for s, _ in raw for t in s}
    links = actor_words().body_links
    out = []
    for span, label in raw:
        if label in {"GPE", "ORG", "NORP"} and lex.country_of_name(span.text):
            j = span.end
            while j < len(doc) and j - span.end < 6 and j not in taken and (
                    (doc[j].is_title and doc[j].pos_ in {"PROPN", "NOUN"})
                    or (doc[j].lower_ in links and j + 1 < len(doc)
                        and doc[j + 1].is_title)):
                j += 1
            while j > span.end and doc[j - 1].lower_ in links:
                j -= 1
            if j < len(doc) and j in taken:
                j = span.end  # "U.S. House Speaker Nancy Pelosi": a title before a name
            words = {t.lower_ for t in doc[span.end:j]} | {_singular(t.lower_)
                                                             for t in doc[span.end:j]}
            if j > span.end and lex.state_bodies & words:
                span, label = Span(doc, span.start, j, label="ORG"), "ORG"
        out.append((span, label))
    return out


def _with_given_name(span: Span) -> Span:
    """The tagger's person span widened over a given name it left out just before it
    ("Council spokesperson Barend Leyts" tagged "Leyts"): a capitalised proper noun that is
    a gendered given name and no word of general English."""
    doc = span.doc
    i = span.start - 1
    if i < 0 or len(span) != 1:
        return span
    tok = doc[i]
    if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.is_title \
            or given_name(tok.text) not in {"m", "f"} or is_common_word(anyascii(tok.text)):
        return span
    return Span(doc, i, span.end, label=span.label_)


def _with_untagged_surname(span: Span) -> Span:
    """A lone given name the tagger labelled (any label) run on over the surname it left
    untagged ("Ruben Brekelmans" tagged "Ruben" as an organisation): a gendered given name,
    then a capitalised proper noun of no general English, which it hangs on."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc):
        return span
    first, nxt = span[0], doc[span.end]
    if given_name(first.text) not in {"m", "f"} or nxt.ent_type_ or nxt.pos_ != "PROPN" \
            or not nxt.is_title or is_common_word(anyascii(nxt.text)) \
            or given_name(nxt.text) is not None or first.head.i != nxt.i or not first.whitespace_:
        return span
    return Span(doc, span.start, span.end + 1, label="PERSON")


def _prepositional_name(span: Span) -> Span | None:
    """A "person" the tagger saw opening with a capitalised preposition after a capitalised
    noun is the rest of a body's name ("Reporters Without Borders", "Doctors Without
    Borders" tagged "Without Borders"): the whole name, from the noun on; else None."""
    doc = span.doc
    first = span[0]
    if first.pos_ != "ADP" or not first.is_title or span.start == 0:
        return None
    before = doc[span.start - 1]
    if not before.is_title or before.pos_ not in {"NOUN", "PROPN"} or before.ent_type_:
        return None
    return Span(doc, span.start - 1, span.end, label="ORG")


def _with_untagged_head(span: Span) -> Span:
    """A person's span run on over the surname the tagger left out after it, when the name
    hangs on it ("Maria Corina Machado" tagged "Maria Corina"): an untagged capitalised
    proper noun of no general English that the span's last word is a part of."""
    doc = span.doc
    if span.end >= len(doc):
        return span
    last, nxt = span[-1], doc[span.end]
    if nxt.ent_type_ or nxt.pos_ != "PROPN" or not nxt.is_title or not last.whitespace_ \
            or last.dep_ != "compound" or last.head.i != nxt.i \
            or is_common_word(anyascii(nxt.text)):
        return span
    return Span(doc, span.start, span.end + 1, label=span.label_)


def _with_surname_particles(span: Span) -> Span:
    """The tagger's person span run on over the lower-case particles of a surname and the
    capitalised word after them ("Ursula von der Leyen" tagged "Ursula von" and "Leyen")."""
    doc = span.doc
    particles = actor_words().surname_particles
    end = span.end
    if end - span.start > 1 and end < len(doc) and doc[end - 1].lower_ in particles \
            and doc[end - 1].is_title and doc[end - 1].whitespace_ and doc[end].is_title \
            and doc[end].is_alpha and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
        return Span(doc, span.start, end + 1, label=span.label_)  # "Marine Le Pen" tagged
        # "Marine Le": a capitalised particle begins the surname
    if end - span.start > 1 and end + 1 < len(doc) and doc[end].lower_ in particles \
            and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end - 1].whitespace_ \
            and doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].is_alpha \
            and doc[end + 1].pos_ == "PROPN" and doc[end + 1].ent_type_ in {"", "PERSON"}:
        return Span(doc, span.start, end + 2, label=span.label_)  # "Sheikh Mohammed bin
        # Abdulrahman Al Thani" tagged without "Al Thani": the surname after the particle
    while end > span.start + 1 and doc[end - 1].lower_ in particles \
            and doc[end - 1].text.islower():
        end -= 1  # the particles the tagger kept are read again below
    j = end
    while j < len(doc) and doc[j].text.islower() and doc[j].lower_ in particles:
        j += 1
    if j > end and j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ \
            and not doc[j].whitespace_ and doc[j + 1].is_alpha and doc[j + 1].is_title:
        return Span(doc, span.start, j + 2, label=span.label_)  # "Abdel Fattah el-Sissi"
    if j == end or j >= len(doc) or not doc[j].text[:1].isupper() or not doc[j].is_alpha:
        return span
    while j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha \
            and doc[j + 1].ent_type_ in {"", "PERSON", "GPE", "ORG"} \
            and doc[j].whitespace_ and doc[j + 1].pos_ == "PROPN":
        j += 1
    return Span(doc, span.start, j + 1, label=span.label_)


def _portfolio(span: Span, w: ActorWords) -> bool:
    """A capitalised name right before a portfolio's title word and a person's name
    ("National Security Minister Itamar Ben-Gvir"), with no word of an organisation in it
    ("Defence Ministry spokesman" names a body)."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].lower_ in w.portfolio_heads \
        and doc[span.end].is_title and doc[span.end + 1].ent_type_ == "PERSON" \
        and not any(t.lower_ in w.organisation_words for t in span)


def _with_hyphened_end(span: Span) -> Span:
    """A person's span run on over the rest of a hyphened given name the tagger cut ("Han
    Duck-soo" tagged "Han Duck")."""
    doc, end = span.doc, span.end
    if len(span) > 1 and end + 1 < len(doc) and not doc[end - 1].whitespace_ \
            and doc[end].text == "-" and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha and doc[end + 1].is_lower and (
                doc[end + 1].tag_ == "NNP" or doc[end + 1].tag_ == "NN"
                and doc[end - 1].head.i == end + 1
                and doc[end + 1].dep_ not in {"compound", "amod", "nmod"}):
        # (a tagged proper noun, or the head of the name's noun phrase: "Kang Hoon-sik
        # told"; not "the Hassan-side station", "a Joe Biden-backed bill")
        return Span(doc, span.start, end + 2, label=span.label_)
    return span


def _adjoining_persons(raw: list[tuple[Span, str]], lex: Lexicon) -> list[tuple[Span, str]]:
    """Two person spans with nothing between them are one name the tagger cut in two
    ("Sheikh Mohammed bin Abdulrahman" and "Al Thani"), unless the first ends in a title
    ("Kamloops RCMP Constable" tagged a person, then "Gary Gray")."""
    out: list[tuple[Span, str]] = []
    for span, label in raw:
        if out and label == out[-1][1] == "PERSON" and out[-1][0].end == span.start \
                and out[-1][0][-1].lower_ not in lex.titles:
            out[-1] = (Span(span.doc, out[-1][0].start, span.end, label="PERSON"), "PERSON")
        else:
            out.append((span, label))
    return out


def _listed_bodies(doc: Doc, raw: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """An international body named in the word lists (names.yaml international_bodies) is
    an organisation whatever the tagger made of it ("Mercosur" tagged a person), and one
    written as a single word the tagger left untagged ("ECOWAS") is one too."""
    bodies = actor_words().international_bodies
    out = [(s, "ORG" if lab != "ORG" and bodies.fullmatch(s.text) else lab) for s, lab in raw]
    tagged = _taken(doc, raw)
    for tok in doc:
        if tok.i not in tagged and tok.pos_ == "PROPN" and len(tok) > 2 \
                and bodies.fullmatch(tok.text):
            out.append((Span(doc, tok.i, tok.i + 1, label="ORG"), "ORG"))
    return sorted(out, key=lambda x: x[0].start)


def _joined_party_names(raw: list[tuple[Span, str]], lex: Lexicon) -> list[tuple[Span, str]]:
    """A party name many states share right after a word the tagger read as a people's
    ("Christian" and "Democrats", "Liberal" and "Democrats") is one party's name, not the
    American party; a state's own adjective before it stays apart ("American Democrats")."""
    shared = actor_words().shared_party_names
    out: list[tuple[Span, str]] = []
    for span, label in raw:
        if out and out[-1][1] == "NORP" and len(out[-1][0]) == 1 \
                and out[-1][0].end == span.start and fold(span.text) in shared \
                and out[-1][0][0].is_title and not lex.country_of_word(out[-1][0].text):
            out[-1] = (Span(span.doc, out[-1][0].start, span.end, label="ORG"), "ORG")
        else:
            out.append((span, label))
    return out


def _capital_not_surname(span: Span, raw: list[tuple[Span, str]], lex: Lexicon) -> bool:
    """A name the tagger read as a person's that is a country's name or the seat of its
    power ("Kyiv", "Moscow"), and no other person's surname in the article ("Denzel
    Washington … Washington said")."""
    if len(span) != 1 or not lex.state_or_seat(span.text):
        return False
    return not any(lab == "PERSON" and len(s) > 1 and s[-1].lower_ == span[0].lower_
                   for s, lab in raw)


def _untagged_party_names(doc: Doc, raw: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A party's or an alliance's name the small model leaves untagged ("Donald Tusk's
    Civic Coalition won 30.7%", "the Marriage Equality Coalition"): capitalised proper
    nouns, untagged, ending in a party's word (names.yaml party_heads)."""
    tagged = _taken(doc, raw)
    heads = actor_words().party_heads
    found: list[Span] = []
    for tok in doc:
        if tok.lower_ not in heads or tok.pos_ != "PROPN" or not tok.is_title \
                or tok.i in tagged:
            continue
        start = _name_start(doc, tok.i, 5, {"PROPN"}, tagged)
        end = _name_end(doc, tok.i + 1, tagged)  # "the far-right Party for Freedom"
        if start < tok.i or end > tok.i + 1:
            found.append(Span(doc, start, end, label="ORG"))
    found += _short_party_names(doc, heads, tagged)
    known = {fold(s.text) for s, _ in raw}
    found = [f for f in found if not any(k.endswith(" " + fold(f.text)) for k in known)]
    bracketed = _bracketed_party_names(doc, heads)
    raw = [(s, lab) for s, lab in raw
           if not any(b.start <= s.start and s.end <= b.end for b in bracketed)]
    return sorted(raw + [(f, "ORG") for f in [*found, *bracketed]], key=lambda x: x[0].start)


def _name_end(doc: Doc, start: int, tagged: set[int]) -> int:
    """Where a party's name that its word opens ends: one "for" or "of" and the capitalised
    proper nouns after it, joined by "and" ("Party for Freedom", "Party of Regions", "Party
    for Socialism and Liberation"; not "of Geert Wilders" after that), else ``start``."""
    if start + 1 >= len(doc) or doc[start].lower_ not in {"for", "of"}:
        return start
    def capital(i: int) -> bool:
        return i < len(doc) and i not in tagged and doc[i].is_title and doc[i].pos_ == "PROPN"
    end = start + 1
    while end - start < 6 and (capital(end) or end > start + 1 and doc[end].lower_ in {
            "and", "&"} and capital(end + 1)):
        end += 1
    return end if end > start + 1 else start


def _short_party_names(doc: Doc, heads: frozenset[str], tagged: set[int]) -> list[Span]:
    """ "his D66 party", "the Likud party": one untagged capitalised word (or one with
    digits) between a determiner and a lower-case party word is the party's name; not a
    state's adjective ("the Georgian party") nor a word after a tagged one ("the ruling
    Georgian Dream party" is left to the tagger)."""
    out: list[Span] = []
    for tok in doc:
        if not (tok.is_lower and tok.lower_ in heads and 2 <= tok.i):
            continue
        name, before = doc[tok.i - 1], doc[tok.i - 2]
        if name.i in tagged or before.i in tagged or not name.text[:1].isupper() \
                or not (name.pos_ == "PROPN" or any(ch.isdigit() for ch in name.text)) \
                or before.tag_ not in {"DT", "PRP$"} or get().country_of_word(name.lower_):
            continue
        out.append(Span(doc, name.i, name.i + 1, label="ORG"))
    return out


def _bracketed_party_names(doc: Doc, heads: frozenset[str]) -> list[Span]:
    """ "the nationalist Law and Justice (PiS) party", "the Alternative for Germany (AfD)
    party", "the Law and Justice party": the capitalised words before a bracketed short name
    and a party's word, or joined by "and", "of" or "for" before a lower-case party word, are
    the party's name, whatever the tagger made of them ("Law" as a person)."""
    out: list[Span] = []
    for tok in doc:
        if tok.lower_ in heads and tok.is_lower and tok.i > 2:
            # "the Law and Justice party": a joined name before a lower-case party word
            # (not "American and coalition service members")
            start = _name_start(doc, tok.i, 6, {"PROPN", "NOUN", "ADJ"}, set())
            if tok.dep_ not in {"compound", "amod"} and doc[tok.i - 1].lower_ not in NAME_JOINERS \
                    and any(t.lower_ in NAME_JOINERS for t in doc[start:tok.i]):
                out.append(Span(doc, start, tok.i, label="ORG"))
            continue
        if tok.text != "(" or tok.i + 3 >= len(doc) or doc[tok.i + 2].text != ")" \
                or doc[tok.i + 3].lower_ not in heads or not doc[tok.i + 1].is_alpha:
            continue
        start = _name_start(doc, tok.i, 6, {"PROPN", "NOUN", "ADJ"}, set())
        if start < tok.i:
            out.append(Span(doc, start, tok.i, label="ORG"))
    return out


def _name_start(doc: Doc, end: int, most: int, pos: set[str], tagged: set[int]) -> int:
    """Where the run of capitalised words (of part of speech ``pos``, none of ``tagged``)
    that ends before ``end`` begins, at most ``most`` words back: "and", "of", "for"
    inside it ("Bread and Roses", "Alternative for Germany"), never at its start, and not a
    word capitalised only to open a sentence."""
    start = end
    while start > 0 and end - start < most and start - 1 not in tagged:
        prev = doc[start - 1]
        if prev.lower_ in NAME_JOINERS and start > 1 and doc[start - 2].is_title \
                and doc[start - 2].pos_ in pos:
            start -= 1
        elif prev.is_title and prev.pos_ in pos and not prev.is_sent_start:
            start -= 1
        else:
            break
    while start < end and doc[start].lower_ in NAME_JOINERS:
        start += 1
    return start


def _national_branches(doc: Doc, raw: list[tuple[Span, str]], lex: Lexicon
                       ) -> list[tuple[Span, str]]:
    """A body's name run on by a country's that it modifies ("Amnesty International Kenya
    said", tagged "Amnesty International" and "Kenya"): the body's branch in that country,
    one name, not the country speaking."""
    out: list[tuple[Span, str]] = []
    skip: set[int] = set()
    for n, (span, label) in enumerate(raw):
        if n in skip:
            continue
        nxt = raw[n + 1] if n + 1 < len(raw) else None
        if label == "ORG" and nxt is not None and nxt[1] == "GPE" and len(nxt[0]) == 1 \
                and nxt[0].start == span.end and lex.country_of_name(nxt[0].text) \
                and span[-1].dep_ == "compound" and span[-1].head.i == nxt[0].start:
            out.append((Span(doc, span.start, nxt[0].end, label="ORG"), "ORG"))
            skip.add(n + 1)
            continue
        out.append((span, label))
    return out


def _party_name_tails(doc: Doc, raw: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A party's name the tagger cut before its "for"/"of" phrase of capitalised words
    ("the Democratic Party for the People", "the Party for Freedom"): the whole name."""
    heads = actor_words().party_heads
    orgs_at = {s.start: s for s, lab in raw if lab == "ORG"}
    taken = {t.i for s, _ in raw for t in s}
    out = []
    swallowed: set[int] = set()  # (start of a tagged tail now inside the whole name)
    for span, label in raw:
        j = span.end
        if label == "ORG" and span[-1].lower_ in heads and j + 1 < len(doc) \
                and doc[j].lower_ in {"for", "of"}:
            k = j + 1 + (doc[j + 1].lower_ == "the")
            tail = orgs_at.get(k)  # "of Working People" tagged a body of its own
            end = k
            while end < len(doc) and end - k < 4 and doc[end].is_title \
                    and doc[end].pos_ in {"PROPN", "NOUN", "ADJ"} \
                    and (end not in taken or tail is not None and end < tail.end):
                end += 1
            if end > k and doc[end - 1].pos_ in {"PROPN", "NOUN"} \
                    and (tail is None or end >= tail.end):
                span = Span(doc, span.start, end, label="ORG")
                if tail is not None:
                    swallowed.add(tail.start)
        out.append((span, label))
    return [(s, lab) for s, lab in out if not (s.start in swallowed and lab == "ORG")]


def _whole_org_names(doc: Doc, raw: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A place tagged inside a body's name the article gives elsewhere ("Sustainable
    Australia describes itself…" after "the Sustainable Australia party"): the whole name,
    the body's."""
    orgs = {fold(s.text).removeprefix("the ") for s, lab in raw if lab == "ORG"}
    out = []
    grown: list[Span] = []
    for span, label in raw:
        if label in {"GPE", "NORP"}:
            for k in (1, 2, 3):
                start = span.start - k
                if start < 0 or not all(t.is_title for t in doc[start:span.start]):
                    continue
                if fold(doc[start:span.end].text) in orgs:
                    span, label = Span(doc, start, span.end, label="ORG"), "ORG"
                    break
        elif label in {"PERSON", "ORG"}:
            # "Rogaland Fire and Rescue requested support" tagged "Rogaland Fire" (a person)
            # after the article named "Rogaland Fire and Rescue": the whole name, the body's
            for k in (2, 3, 4):
                end = span.end + k
                if end <= len(doc) and fold(doc[span.start:end].text).removeprefix(
                        "the ") in orgs and fold(span.text) not in orgs:
                    span, label = Span(doc, span.start, end, label="ORG"), "ORG"
                    grown.append(span)
                    break
        out.append((span, label))
    # (a part of a name now inside a whole one is dropped: "Rescue")
    return [(s, lab) for s, lab in out if not any(
        g.start <= s.start and s.end <= g.end and len(g) > len(s) for g in grown)]


def _qualified_party(span: Span) -> Span | None:
    """A party name many states share with the capitalised word before it that the tagger
    left out ("the Liberal Democrats' health spokesperson" tagged "Democrats"): the party
    of that whole name, not the American one (names.yaml shared_party_names)."""
    if fold(span.text) not in actor_words().shared_party_names or span.start == 0:
        return None
    before = span.doc[span.start - 1]
    if before.is_sent_start or not before.is_title or before.ent_type_ \
            or before.pos_ not in {"ADJ", "PROPN"}:
        return None
    return span.doc[span.start - 1:span.end]


def _honoured_name(span: Span) -> Span | None:
    """The name after an honorific that opens a span tagged otherwise ("Prof Meghana
    Pandit", "Dr Jack Fletcher" tagged ORG): a person's, of two or three capitalised
    words."""
    if span[0].lower_.rstrip(".") not in actor_words().honorifics:
        return None
    rest = span[1:]
    if not 2 <= len(rest) <= 3 or not all(t.is_title and t.is_alpha for t in rest):
        return None
    return rest


def _leading_for(span: Span, lex: Lexicon) -> str | None:
    """The state whose delegation or team a name heads ("Russia sent a team headed by
    presidential aide Vladimir Medinsky", "the Ukrainian delegation led by Rustem Umerov"):
    its owner or demonym, or the state that sends it; the names listed, set beside the
    office or parsed as the object of its portfolio's preposition ("led by Deputy Prime
    Minister for European Integration Iryna Melnyk and Economy Minister Oleh Bondar")."""
    root = span.root
    while root.dep_ in {"conj", "appos"} and root.head.i != root.i:
        root = root.head
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.dep_ == "pobj":
        root = root.head.head  # (the office the name's preposition hangs on)
    if root.dep_ != "pobj" or root.head.dep_ != "agent":
        return None
    verb = root.head.head
    if verb.lemma_.lower() not in actor_words().leading_verbs or verb.dep_ != "acl":
        return None
    team = verb.head
    for c in team.children:
        if c.dep_ in {"poss", "amod", "compound"} and (iso := token_country(c, lex)):
            return iso
    if team.dep_ in {"dobj", "obj"}:
        for c in team.head.children:
            if c.dep_ == "nsubj" and (iso := lex.state_or_seat(c.text)):
                return iso
    return None


def _given_names_alone(raw: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A one-word name tagged a body that is the first word of a person's name
    given in full earlier ("Thai Defence Minister Pichai Wongsakul … Pichai said"): the
    person, called by the given name as Thai, Indonesian or Icelandic news does."""
    firsts: dict[str, int] = {}
    for span, label in raw:
        if label == "PERSON" and len(span) >= 2 and span[0].is_title:
            firsts.setdefault(span[0].text, span.start)
    return [(span, "PERSON") if label == "ORG" and len(span) == 1
            and firsts.get(span.text, span.start) < span.start else (span, label)
            for span, label in raw]


def _heading_role(span: Span) -> str | None:
    """The role a relative clause on the name says the person holds by heading something
    ("Prosper Lukusa, who heads the opposition Congolese Alliance for Change", "Mathilde
    Panot, who leads the LFI group in the Assembly"; names.yaml heading_roles)."""
    roles = actor_words().heading_roles
    for c in span.root.children:
        if c.dep_ == "relcl" and c.i > span.root.i and c.lemma_.lower() in roles \
                and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children) \
                and any(g.dep_ == "dobj" for g in c.children):
            return roles[c.lemma_.lower()]
    return None


def _bracketed_body(span: Span) -> Span | None:
    """The body's name bracketed right after ``span`` ("France Unbowed (La France
    Insoumise, LFI)"), else None."""
    doc = span.doc
    j = span.end
    if j + 1 >= len(doc) or doc[j].text != "(":
        return None
    other = entity_from(doc[j + 1])
    return other if other is not None and other.label_ == "ORG" else None


def _given_named(span: Span, genders: frozenset[str] = frozenset({"m", "f", "-"})) -> bool:
    """Two to four capitalised words (a hyphen may join two) opening with a given name (of
    one of ``genders``; "-" for either) and closing on a word that is no common word: how a
    person's full name is written."""
    words = [t for t in span if t.text != "-"]
    return 2 <= len(words) <= 4 and all(t.is_title and t.is_alpha for t in words) \
        and given_name(words[0].text) in genders \
        and not is_common_word(anyascii(words[-1].lower_))


def _for_person(noun: Token, lex: Lexicon) -> bool:
    """A lower-case noun for a person: a title ("spokesman") or kin ("son-in-law")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and noun.is_lower \
        and (bool(lex.titles.get(lemma)) or lemma in actor_words().kinship_nouns)


def _apposed_word(span: Span) -> Token | None:
    """The word a name is set in apposition to, before it ("his son-in-law, Frédéric
    Salat-Baroux") or after it ("Alexis Boon, the head of …"), if any."""
    root = span.root
    if root.dep_ == "appos" and root.head.i < span.start:
        return root.head
    return next((c for c in root.children if c.dep_ == "appos" and c.i >= span.end), None)


def _person_apposed(span: Span, lex: Lexicon) -> bool:
    """A name tagged a body that is set in apposition to a word for a person and written
    as a person's name ("The RN's budget spokesman, Jean-Philippe Tanguy, added …")."""
    linked = _apposed_word(span)
    if linked is not None and linked.i < span.start and linked.pos_ == "PROPN" \
            and lex.titles.get(linked.lemma_.lower()) and _name_written(span):
        return True  # "The Lagos State Governor, Babajide Sanwo-Olu, said": an office by
        # its title before the name, the given name one no list holds
    return linked is not None and _for_person(linked, lex) and _given_named(span)


def _name_written(span: Span) -> bool:
    """Two or three capitalised words, a hyphen joining two at most, none of them a word of
    the language: written as a person's name."""
    words = [t for t in span if t.text != "-"]
    return 2 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words) \
        and not any(is_common_word(anyascii(t.lower_)) for t in words)


def _candidates(doc: Doc, lex: Lexicon) -> list[tuple[Span, str]]:
    """Named spans with corrected labels."""
    raw: list[tuple[Span, str]] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        if _common_noun_as_person(ent) or _landmark_as_person(ent):
            continue
        span = _clean(_with_possessed_body(ent))
        label = ent.label_
        if span is not None and label != "PERSON" and (named := _honoured_name(span)):
            span, label = named, "PERSON"  # "Prof Meghana Pandit" tagged a body
        if span is not None and label == "ORG" and _person_apposed(span, lex):
            label = "PERSON"  # "The RN's budget spokesman, Jean-Philippe Tanguy," tagged a body
        if span is not None and (party := _qualified_party(span)) is not None:
            span, label = party, "ORG"  # "the Liberal Democrats'", tagged "Democrats"
        if span is not None and (whole := _with_untagged_surname(span)) is not span:
            span, label = whole, "PERSON"  # "His Dutch counterpart Ruben Brekelmans"
        if span is not None and label == "PERSON" and (body := _prepositional_name(span)):
            span, label = body, "ORG"  # "Reporters Without Borders" tagged "Without Borders"
        if span is not None and label == "PERSON":
            span = _with_hyphened_end(_with_surname_particles(_with_untagged_head(
                _with_given_name(span))))
        if span is not None:
            raw.append((span, label))
    raw = _given_names_alone(raw)
    raw = _listed_bodies(doc, _joined_party_names(_adjoining_persons(raw, lex), lex))
    persons = [s for s, lab in raw if lab == "PERSON"]
    raw = [(s, lab) for s, lab in raw if lab == "PERSON" or not any(
        p.start <= s.start and s.end <= p.end for p in persons)]  # "Leyen" inside the name
    raw = _titled_names(doc, raw, lex)
    raw = _reintroduced_names(doc, raw, lex)
    raw = _known_full_names(doc, _aged_names(doc, _office_holders(doc, raw, lex), lex))
    raw = _known_body_names(doc, raw)
    raw = _apposed_names(doc, raw, lex)
    raw = _untagged_party_names(doc, raw)
    persons = [s for s, lab in raw if lab == "PERSON"]
    raw = [(s, lab) for s, lab in raw if not (lab == "PERSON" and any(
        o.start <= s.start and s.end <= o.end and len(o) > len(s) for o in persons))]
    raw = _whole_org_names(doc, raw)
    raw = _party_name_tails(doc, raw)
    raw = _national_branches(doc, raw, lex)
    raw = _country_bodies(doc, raw, lex)
    w = actor_words()
    trimmed = []
    places = _named_as_places(doc, raw, w.place_preps)
    known = _known_actors()
    for span, label in raw:
        if fold(span.text) in w.not_actors:
            continue
        if len(span) > 1 and span[-1].lower_ in w.holiday_words and not (
                len(span) == 2 and given_name(span[0].text) is not None):
            continue  # "Martin Luther King Jr. Day": a holiday ("Doris Day": a person)
        if (cut := _place_before_name(span, lex)) is not None:
            span, label = cut, "PERSON"  # "Senator from Vermont Bernie Sanders"
        elif label != "PERSON" and (end := _title_after_place(span, lex)):
            # "Assemblywoman Selena Torres", "United States Representative Elijah Cummings"
            # tagged ORG: a title (after a place), then a person's name
            span, label = Span(doc, end, span.end, label="PERSON"), "PERSON"
        if label != "PERSON" and (cut := _name_after_body(span, lex)) is not None:
            span, label = cut, "PERSON"  # "the House of Representatives Darin LaHood"
        if label != "PERSON" and _inside_title(span, lex):
            continue  # "Secretary of State": the office's words, not an organisation
        if label == "ORG" and _portfolio(span, w):
            continue  # "National Security Minister Itamar Ben-Gvir": the office's words
        if label == "PERSON" and _capital_not_surname(span, raw, lex):
            label = "GPE"  # "Zelenskiy said Kyiv would not accept …": a capital for its
            # state; "Uruguay's outgoing President …" opening a sentence: a state
        if label == "PERSON" and any(ch.isdigit() for ch in span.text):
            continue  # "delegates at the climate conference COP29": no one's name has digits
        if any(CLOCK.fullmatch(t.text) for t in span):
            continue  # "took effect at 17:00 Indian Standard Time": a time, no one
        if label == "PERSON" and _capitalised_word(span, raw, known):
            continue  # "Turnout was 74.4%": a word capitalised to open a sentence
        if label == "PERSON" and span.text in places:
            label = "GPE"  # "officials in Lausanne … Lausanne hosted": a place
        if label == "PERSON" and fold(span.text) in _media_names():
            label = "ORG"  # "Politico quoted Tim Manning": a news organisation
        if label == "PERSON" and len(span) > 1 and _company_suffix(span, w.company_suffixes):
            label = "ORG"  # "HDT Védelmi Ipari Kft.": a company's legal form
        if label == "PERSON" and len(span) > 1 and span[-1].lower_ in w.law_heads:
            continue  # "Lewis Voting Rights Act": a law named after someone, no actor
        if label == "PERSON" and span.start > 0 and doc[span.start - 1].is_lower \
                and doc[span.start - 1].lemma_.lower() in w.vessel_nouns:
            continue  # "the aircraft carrier Gerald R. Ford": a ship named after someone
        if label == "PERSON" and span.root.head.is_lower \
                and span.root.head.lemma_.lower() in w.place_nouns | w.site_heads and (
                    span.root.dep_ == "appos" or span.root.dep_ == "conj"
                    and doc[span.root.head.i + 1].text == ","
                    and all(t.lower_ == "the" for t in doc[span.root.head.i + 2:span.start])):
            label = "FAC"  # "Mexico City's main square, the Zócalo" (an apposition the parser
            # may join as a conjunct): the square's name
        if label == "PERSON" and len(span) > 1 and span[-1].lower_ in w.site_heads:
            label = "FAC"  # "Richard J. Donovan Correctional Facility": a place
        if label == "PERSON" and span.end < len(doc) and doc[span.end].is_lower \
                and doc[span.end].lemma_.lower() in w.site_heads \
                and span.root.dep_ == "compound" and span.root.head.i == span.end:
            label = "FAC"  # "through the Druzhba pipeline": the site's name, lower-cased
        if label == "PERSON" and _body_descriptor(span):
            label = "ORG"  # "his former party Civic Platform": a body's name
        if label == "PERSON" and len(span) > 1 and span[-1].lower_ in w.party_heads:
            label = "ORG"  # "whose Civic Coalition came second": a party's name
        if label in {"ORG", "PERSON"} and of_place_noun(span, w.place_nouns | w.population_nouns):
            label = "GPE"  # "visiting the town of Pandeglang", "the people of Qom": a place
        if label == "PERSON" and _of_office(span, lex, bodies=True):
            label = "ORG"  # "the leader of Fianna Fáil": what a leader leads is a body
        elif label == "PERSON" and _of_office(span, lex):
            label = "GPE"  # "the mayor of Fort Lee": whom an office is of is a place
        if label == "PERSON":  # "Taoiseach Leo Varadkar": the title is not part of the name
            start = span.start
            while start < span.end - 1 and (doc[start].ent_type_ == "DATE"
                                            or doc[start].lower_ in w.days):
                start += 1  # "on Tuesday Mitsotakis met": the day is not part of the name
            end = _title_end(doc, start, lex)
            if end == start and start > 0 and doc[start - 1].text[:1].isupper():
                end = _title_end(doc, start - 1, lex)  # "First Lady Melania Trump" tagged
                # from "Lady": a title begun before the name ends inside it
            start = end if start < end < span.end else start
            if start != span.start:
                span = Span(doc, start, span.end, label="PERSON")
        trimmed.append((span, label))
    raw = trimmed
    person_forms: set[str] = set()
    for span, label in raw:
        if label == "PERSON" and lex.country_of_name(span.text) is None:
            person_forms.add(fold(span.text))
            if len(span) > 1:
                person_forms.add(fold(span[-1].text))
                person_forms.add(fold(span.text.split()[-1]))  # "Mir-Mohammadi": one word
                if given_name(span[0].text) in {"m", "f"}:
                    person_forms.add(fold(span[0].text))  # "Nabil's murder": a given name
    out = []
    for span, label in raw:
        text = span.text
        if label == "PERSON" and _pairing(span, raw):
            continue  # "the prior Trump-Biden debate": two people's names, no one's
        if label != "PERSON" and (halves := _joined_persons(span, person_forms)):
            out += [(h, "PERSON") for h in halves]  # "Kelly and Baroni's convictions"
            continue
        if lex.country_of_name(text):
            label = "GPE"
        elif label == "PERSON" and fold(text) in lex.demonyms:
            continue  # "Slovak", "Sri Lankan" before "President …": a state's word
        elif fold(text) in person_forms and label != "PERSON":
            label = "PERSON"
        elif label != "PERSON" and len(span) <= 2 and all(t.pos_ == "PROPN" for t in span) \
                and not text.isupper() \
                and _known_name(known, text):
            label = "PERSON"  # "Macron hosted …" tagged ORG: a known person's name (an
            # acronym never is: "UN" is not Kim Jong Un)
        elif label != "PERSON" and len(span) <= 4 and all(t.pos_ == "PROPN" for t in span) \
                and not _institution(text, lex) and not _of_office(span, lex) \
                and not (label == "ORG" and span[-1].lower_ in w.party_heads) \
                and (_adjacent_title(span, lex) or _conj_of_person(span, raw)
                     or label == "ORG" and (_left_apposition(span, lex)[0]
                                            and not (_after_plural(span) and given_name(
                                                span[0].text) is None)
                                            or _person_shaped(span)
                                            and _right_context(span, lex)[0])
                     or label in PLACE_LABELS and _person_shaped(span)
                     and any(c.dep_ == "appos" for c in span.root.children)
                     and _right_context(span, lex)[0]
                     # "The Conservative opposition leader, Kemi Badenoch, backed …" with the
                     # name tagged a place: a name set beside a title is its holder's
                     or label in {"GPE", *PLACE_LABELS} and 2 <= len(span) <= 3
                     and span.root.dep_ == "appos" and all(t.is_title for t in span)
                     and not lex.country_of_region(text)  # ("mayor of … New York")
                     and _left_apposition(span, lex)[0]):
            label = "PERSON"
        elif label == "ORG" and not _institution(text, lex) and (
                _given_name_first(span) or _person_shaped(span, gendered=True)
                and fold(span[-1].text) in person_forms):
            # "Sviatlana Tsikhanouskaya" tagged ORG: a first name leads; "Maya Rockeymoore
            # Cummings": and the surname is a person's in this article
            label = "PERSON"
        out.append((span, label))
    # "Maróth said" (tagged GPE) after "Gáspár Maróth" (tagged ORG, a person only above):
    # the surname of a name found a person here is that person
    # ("Dominic Hare said …" tagged ORG after "Dominic Hare, chief executive of …"): so is
    # the whole name said again
    found = [s for s, lab in out if lab == "PERSON" and len(s) > 1
             and _raw_label(s, raw) != "PERSON"]
    surnames = {fold(s[-1].text) for s in found}
    names = {fold(s.text) for s in found if _person_shaped(s)}
    # "Le Pen said" (tagged ORG) after "Marine Le Pen": a surname that opens with a particle
    particles = actor_words().surname_particles
    names |= {fold(s[-2:].text) for s, lab in out if lab == "PERSON" and len(s) > 2
              and s[-2].lower_ in particles and s[-2].is_title}
    return [(s, "PERSON") if not lex.country_of_name(s.text) and (
        lab != "PERSON" and len(s) == 1 and fold(s.text) in surnames
        or lab in {"ORG", *PLACE_LABELS} and fold(s.text) in names) else (s, lab)
        for s, lab in out]


def _capitalised_word(span: Span, raw: list[tuple[Span, str]], known: dict[str, dict]
                      ) -> bool:
    """A lone word tagged as a person only where a sentence opens ("Turnout was 74.4%"): a
    word of general English, no given name, nobody's surname in the article nor a known
    actor's, never capitalised elsewhere in the text."""
    if len(span) != 1 or not span[0].is_sent_start:
        return False
    word = span[0].text
    low = fold(word)
    if not is_common_word(anyascii(word)) or given_name(word) is not None \
            or _known_name(known, word):
        return False
    if any(len(s) > 1 and fold(s[-1].text) == low for s, lab in raw if lab == "PERSON"):
        return False
    return not any(t.text == word and not t.is_sent_start for t in span.doc)


def _joined_persons(span: Span, person_forms: set[str]) -> list[Span]:
    """A name the tagger made of two people's names joined by "and" ("Kelly and Baroni",
    each the surname of a person named in the article): the two names, else []."""
    ands = [t.i for t in span if t.lower_ == "and"]
    if len(ands) != 1 or ands[0] in {span.start, span.end - 1}:
        return []
    left, right = span.doc[span.start:ands[0]], span.doc[ands[0] + 1:span.end]
    if fold(left.text) in person_forms and fold(right.text) in person_forms:
        return [Span(span.doc, left.start, left.end, label="PERSON"),
                Span(span.doc, right.start, right.end, label="PERSON")]
    return []


def _raw_label(span: Span, raw: list[tuple[Span, str]]) -> str | None:
    """The tagger's label of ``span`` among ``raw`` (None if it is not there)."""
    return next((lab for s, lab in raw if s.start == span.start and s.end == span.end), None)


def _pairing(span: Span, raw: list[tuple[Span, str]]) -> bool:
    """Two names joined by a hyphen ("Trump-Biden", "Biden-Harris") that are each the
    surname of a person named elsewhere in the article: a pairing, not a double-barrelled
    name ("Salat-Baroux")."""
    if len(span) != 3 or span[1].text != "-" or not (span[0].is_title and span[2].is_title):
        return False
    others = {fold(s[-1].text) for s, lab in raw
              if lab == "PERSON" and s.start != span.start and "-" not in s.text}
    return fold(span[0].text) in others and fold(span[2].text) in others


def _company_suffix(span: Span, suffixes: frozenset[str]) -> bool:
    """The name ends in a company's legal form ("Kft.", "Ltd", "GmbH"), or the word right
    after it is one (the tagger often leaves "Kft." or "Inc." outside the name)."""
    doc = span.doc
    last = span[-1].lower_.strip(".")
    after = doc[span.end].lower_.strip(".") if span.end < len(doc) else ""
    return last in suffixes or (after in suffixes and doc[span.end].text[:1].isupper())


def _inside_title(span: Span, lex: Lexicon) -> bool:
    """The span ends a title phrase that starts before it ("Secretary of State",
    "Minister of Defence"), or begins one that runs past it ("Finance" tagged alone in
    "Finance Minister Christian Lindner"), after a state's name or not: part of an office's
    name."""
    doc = span.doc
    return _title_end(doc, span.start, lex) > span.end or any(
        _title_end(doc, i, lex) == span.end
        for i in range(max(0, span.start - lex.max_title_words), span.start)) or any(
        _title_end(doc, i, lex) > span.end and lex.country_of_name(doc[span.start:i].text)
        for i in range(span.start + 1, span.end)) or any(  # "U.S. Treasury" of "U.S.
        # Treasury Secretary Janet Yellen": the state and the start of the office's name
        (end := _title_end(doc, i, lex)) >= span.end and end < len(doc)
        and doc[end].ent_type_ == "PERSON" and lex.country_of_region(doc[span.start:i].text)
        for i in range(span.start + 1, span.end))  # "Ontario Premier" before "Doug Ford":
    # a region and its office


@lexicon.cached
def _media_names() -> frozenset[str]:
    """News organisations' names (cues.yaml ``media``), folded: never a person."""
    cues = lexicon.load("cues")
    return frozenset(fold(m) for key in ("media", "opinion_media") for m in cues.get(key) or ())


def _of_office(span: Span, lex: Lexicon, bodies: bool = False) -> bool:
    """The name is the "of" phrase of an office ("the mayor of Fort Lee", "governor of
    Ohio"): a place or a body, never a person, whatever the tagger said. With ``bodies``,
    only of an office that heads a body ("the leader of Fianna Fáil", names.yaml
    body_office_nouns); without, only of another office."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.i != span.start - 1:
        return False  # ("governor of Alaska Sarah Palin": a name after the place)
    office = root.head.head
    w = actor_words()
    return office.pos_ == "NOUN" and lex.titles.get(office.lower_) is not None \
        and office.lower_ not in w.not_offices \
        and (office.lower_ in w.body_offices) == bodies  # ("son of Usama", "head of")


def of_place_noun(span: Span, nouns: frozenset[str]) -> bool:
    """The name is the "of" phrase of one of ``nouns`` ("the city of Izmir")."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in nouns


def _named_as_places(doc: Doc, raw: list[tuple[Span, str]], preps: frozenset[str]
                     ) -> set[str]:
    """One-word names the text puts after a place preposition somewhere ("in Lausanne")
    and never after a title or with a first name, and names set before a place noun
    ("Maidan Wardak province"): places, whatever the tagger said elsewhere."""
    out: set[str] = set()
    place_nouns = actor_words().place_nouns
    for span, _label in raw:
        if span.end < len(doc) and doc[span.end].lower_ in place_nouns \
                and doc[span.end].dep_ != "appos":
            out.add(span.text)  # "Afghanistan's Maidan Wardak province": a place's name
            continue
        if of_place_noun(span, place_nouns) or _of_office(span, get()):
            out.add(span.text)  # "the west coast city of Izmir", "the mayor of Fort Lee":
            continue  # a place, wherever named
        if span.start == 0 or len(span) > 1 and (given_name(span[0].text) is not None
                                                  or _label != "PERSON"):
            continue  # "in Maidan Shahr" (no given name first) is a place; "in Joe Biden" not
        before = doc[span.start - 1]
        if len(span) > 1 and before.lower_ in {"to", "from"}:
            continue  # "second place went to Ababel Yeshaneh": people are given things
        if before.lower_ in preps and before.dep_ == "prep" and span.root.dep_ == "pobj":
            out.add(span.text)
    persons = {s.text for s, lab in raw if lab == "PERSON" and len(s) > 1}
    return {t for t in out if not any(p.split()[-1] == t or p.split()[0] == t
                                      for p in persons)}


def _title_end(doc: Doc, i: int, lex: Lexicon) -> int:
    """Index just past the longest title phrase starting at token ``i`` (``i`` if none)."""
    tok = doc[i]
    first = lex.title_first_words
    if tok.lower_ not in first and tok.lemma_.lower() not in first \
            and _singular(tok.lower_) not in first:
        return i  # the common case, answered without building any phrase
    for n in range(min(lex.max_title_words, len(doc) - i), 0, -1):
        words = doc[i:i + n]
        lower = words.text.lower()
        if n == 1 and lower in lex.ranks and tok.is_lower:
            return i  # "Russia's deputy UN ambassador": a rank before the office named
            # after it, no office of its own
        for phrase in (lower, " ".join(t.lemma_.lower() for t in words), _singular(lower)):
            if lex.titles.get(phrase):
                return i + n
    return i


def _titles_end(doc: Doc, i: int, lex: Lexicon) -> int:
    """Index just past titles joined by "and" from token ``i`` ("Deputy Prime Minister and
    Defence Minister"), ``i`` if none starts there."""
    end = _title_end(doc, i, lex)
    while i < end < len(doc) - 1 and doc[end].lower_ == "and" \
            and (more := _title_end(doc, end + 1, lex)) > end + 1:
        end = more
    return end


def _titled_names(doc: Doc, raw: list[tuple[Span, str]],
                  lex: Lexicon) -> list[tuple[Span, str]]:
    """Add "President Buhari"-style names the model missed: a title before capitalised
    proper nouns makes them a person, replacing any non-person span there."""
    found: list[Span] = []
    i = 0
    while i < len(doc):
        # a title word inside an organisation's name ("General Assembly") names no one
        end = _title_end(doc, i, lex) if doc[i].text[:1].isupper() \
            and doc[i].ent_type_ not in {"ORG", "FAC", "GPE", "NORP", "EVENT", "LAW"} else i
        if end == i:
            i += 1
            continue
        if end + 2 < len(doc) and doc[end].lower_ == "of":  # "First Minister of Scotland X"
            k = end + 1 + (doc[end + 1].lower_ == "the")
            place = next((n for n in (3, 2, 1) if k + n < len(doc)
                          and lex.country_of_name(doc[k:k + n].text)), 0)
            if place and doc[k + place].pos_ == "PROPN" and doc[k + place].is_title:
                end = k + place
            elif not place:  # "Minister of Water and Irrigation Raed Abu Saud": a portfolio
                # of capitalised words, then a given name and a name after it
                end = next((n for n in range(k + 1, min(k + 8, len(doc) - 1))
                            if given_name(doc[n].text) in {"m", "f"}
                            and doc[n].ent_type_ in {"", "PERSON"}
                            and (doc[n + 1].pos_ == "PROPN" and doc[n + 1].is_title
                                 or doc[n + 1].text in actor_words().name_particles)
                            and all(t.is_title or t.lower_ in {"and", "the", "of"}
                                    for t in doc[k:n])), end)
        j = end
        while j < len(doc) and j - end < 4 and doc[j].pos_ == "PROPN" \
                and (doc[j].text[:1].isupper() or doc[j].text in actor_words().name_particles) \
                and _title_end(doc, j, lex) == j and lex.country_of_word(doc[j].text) is None:
            j += 1
        if j > end and (j - end > 1 or doc[end].ent_type_ in {"", "PERSON", "ORG", "GPE", "NORP"}) \
                and doc[j - 1].lower_ not in actor_words().party_heads:  # ("the Freedom and
            # Justice Party": a party's name, no Justice named Party)
            found.append(Span(doc, end, j, label="PERSON"))
        i = max(j, i + 1)
    if not found:
        return raw
    kept = [(s, lab) for s, lab in raw
            if lab == "PERSON" or not any(f.start < s.end and s.start < f.end for f in found)]
    covered = [s for s, lab in kept if lab == "PERSON"]
    for f in found:
        if not any(c.start <= f.start and f.end <= c.end for c in covered):
            kept = [(s, lab) for s, lab in kept if not (f.start <= s.start and s.end <= f.end)]
            kept.append((f, "PERSON"))
    return sorted(kept, key=lambda x: x[0].start)


def _apposed_names(doc: Doc, raw: list[tuple[Span, str]],
                   lex: Lexicon) -> list[tuple[Span, str]]:
    """Add untagged names set in apposition to a word for a person ("his son-in-law,
    Frédéric Salat-Baroux,", "Alexis Boon, the head of …"), or written as a person's name
    and acting as one ("Mathilde Panot, who leads the LFI group, told reporters"): the small
    model misses names with accents and hyphens, and the apposition says a person is
    meant."""
    tagged = {t.i for s, _ in raw for t in s}

    def name_word(t: Token) -> bool:
        return t.tag_ == "NNP" and t.text[:1].isupper() and t.is_alpha and not t.is_upper \
            and t.i not in tagged and t.ent_type_ in {"", "PERSON", "WORK_OF_ART"} \
            and lex.country_of_word(t.text) is None  # (a name right after a quote the
        # tagger takes for a title: '"… not been heard," Cedric Schuster, Samoa's minister')

    found: list[Span] = []
    i = 0
    while i < len(doc):
        if not name_word(doc[i]):
            i += 1
            continue
        j = i + 1  # a run of name words, a hyphen inside a word joining two of them
        while j < len(doc) and (name_word(doc[j]) or doc[j].text == "-"
                                and not doc[j - 1].whitespace_ and j + 1 < len(doc)
                                and name_word(doc[j + 1]) and not doc[j].whitespace_):
            j += 1
        span = Span(doc, i, j, label="PERSON")
        words = [t for t in span if t.text != "-"]
        linked = _apposed_word(span)
        titled = i > 0 and doc[i - 1].dep_ == "compound" and doc[i - 1].head.i in range(i, j) \
            and _for_person(doc[i - 1], lex)  # "Congress spokesperson Min Bahadur Shahi"
        if 2 <= len(words) <= 4 and doc[j - 1].text != "-" and _title_end(doc, i, lex) == i \
                and (linked is not None and _for_person(linked, lex)
                     or _acting_name(span) and _given_named(
                         span, frozenset({"m", "f", "-"} if titled else {"m", "f"}))):
            found.append(span)
        i = j
    return sorted(raw + [(f, "PERSON") for f in found], key=lambda x: x[0].start)


def _acting_name(span: Span) -> bool:
    """A name that is the subject of a verb or is said to be someone ("Mathilde Panot, who
    leads the LFI group in the Assembly, told reporters")."""
    root = span.root
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.pos_ in {"VERB", "AUX"} \
        or any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who"
                                         for g in c.children) for c in root.children)


def _after_plural(span: Span) -> bool:
    """The name follows a plural noun and a comma ("fired on protesters, Amnesty
    International said"): the noun ends another phrase; it is no title of the name."""
    doc = span.doc
    return span.start > 1 and doc[span.start - 1].text == "," \
        and doc[span.start - 2].tag_ in {"NNS", "NNPS"}


def _adjacent_title(span: Span, lex: Lexicon) -> bool:
    """A title phrase ends right before the span ("President Trump")."""
    doc = span.doc
    start = span.start
    # skip a complement naming the post: "Ambassador to the United Nations Nikki Haley"
    k = start - 1
    while k > 0 and doc[k].ent_type_ in {"ORG", "GPE"} and doc[k].pos_ in {"PROPN", "DET"}:
        k -= 1
    skipped = doc[k + 1:start]
    if any(t.pos_ == "PROPN" for t in skipped) and doc[k].lower_ in actor_words().post_preps:
        start = k
    return any(_title_end(doc, i, lex) in (span.start, start)
               for i in range(max(0, start - lex.max_title_words), start))


def _place_before_name(span: Span, lex: Lexicon) -> Span | None:
    """The person's name in a span the tagger ran on from a place before it ("Vermont
    Bernie Sanders" in "Senator from Vermont Bernie Sanders"): a place (country or region),
    then a given name and at least one more name, none an organisation's word; not a
    state's or a people's whole name ("Papua New Guinea", "Papua New Guineans")."""
    if lex.country_of_word(span.text):
        return None
    for k in range(1, min(len(span) - 1, 4)):
        head = span.doc[span.start:span.start + k].text
        rest = span[k:]
        if (lex.country_of_name(head) or lex.country_of_region(head)) \
                and _person_shaped(rest):
            return rest
    return None


def _title_after_place(span: Span, lex: Lexicon) -> int:
    """Where a person's name starts in a span that opens with a title, or with a place or a
    portfolio and then a title ("United States Representative Elijah Cummings", "Migration
    Commissioner Magnus Brunner"); 0 when it does not."""
    doc = span.doc
    w = actor_words()
    for k in range(0, min(len(span) - 2, 4)):
        if k and not (lex.country_of_name(doc[span.start:span.start + k].text)
                      or lex.country_of_region(doc[span.start:span.start + k].text)) \
                and not (span[k].lower_ in w.portfolio_heads and span[k].is_title
                         and all(t.is_title and t.lower_ not in w.organisation_words
                                 for t in span[:k])):
            continue  # ("Migration Commissioner Magnus Brunner": a portfolio, then the
            # title)
        end = _title_end(doc, span.start + k, lex)
        if span.start + k < end < span.end and _person_shaped(span[end - span.start:]):
            return end
    return 0


def _name_after_body(span: Span, lex: Lexicon) -> Span | None:
    """The person's name in a span the tagger ran on from a body's name before it
    ("members of the House of Representatives Darin LaHood"): a known institution or a
    name ending in an organisation's word, then a given name and a surname that is no word
    of general English."""
    words = actor_words().organisation_words
    for k in range(len(span) - 2, 0, -1):
        head, rest = span[:k], span[k:]
        if (_institution(head.text, lex) or head[-1].lower_ in words) \
                and _person_shaped(rest, mixed_case=True) \
                and not is_common_word(anyascii(rest[-1].text)):
            return rest
    return None


def _person_shaped(span: Span, gendered: bool = False, mixed_case: bool = False) -> bool:
    """Two or three capitalised proper nouns, the first a given name (``gendered``: one
    borne by women or by men, a surer sign than "Red" or "Daily"), none a word that makes
    a name an organisation's. ``mixed_case``: a capital inside a name too ("LaHood")."""
    words = actor_words().organisation_words
    given = given_name(span[0].text) if len(span) else None
    return 2 <= len(span) <= 3 and all(
        t.pos_ == "PROPN" and (t.is_title or mixed_case and t.text[:1].isupper())
        for t in span) \
        and len(span[0]) > 2 and given is not None and (given != "-" or not gendered) \
        and not any(t.lower_ in words for t in span)


def _given_name_first(span: Span) -> bool:
    """A gendered given name first and, last, no word of general English ("Sviatlana
    Tsikhanouskaya", not "Supreme Court" or "Fox News"): a person, whatever the tagger's
    label."""
    return _person_shaped(span, gendered=True) and not is_common_word(anyascii(span[-1].text))


def _conj_of_person(span: Span, raw: list[tuple[Span, str]]) -> bool:
    """"Adam Schiff, and Elijah Cummings": a name coordinated with a person is a person."""
    if len(span) < 2 or span.root.dep_ != "conj":
        return False
    head = span.root.head
    return any(lab == "PERSON" and s.start <= head.i < s.end for s, lab in raw)


def _reintroduced_names(doc: Doc, raw: list[tuple[Span, str]],
                        lex: Lexicon) -> list[tuple[Span, str]]:
    """An untagged "Adam Schiff" whose surname later stands alone ("Schiff called it...")
    is a person: news style names someone in full once, then by surname."""
    tagged = {t.i for s, _ in raw for t in s}
    by_text: dict[str, list[Token]] = {}
    name_like = [False] * len(doc)  # untagged, title-case, singular proper noun
    for t in doc:
        if t.pos_ == "PROPN" or t.ent_type_ == "PERSON":  # ("Wilders" tagged NNS, a person)
            by_text.setdefault(t.text, []).append(t)
            name_like[t.i] = t.tag_ == "NNP" and t.is_title and t.is_alpha \
                and t.i not in tagged
    found: list[Span] = []
    i = 0
    while i < len(doc):
        if not name_like[i]:
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < 3 and name_like[j]:
            j += 1
        if given_name(doc[i].text) not in {"m", "f"}:  # "Minister for European Integration
            # Iryna Melnyk": the name opens on its given name, after the portfolio's words
            i = next((t.i for t in doc[i + 1:j - 1] if given_name(t.text) in {"m", "f"}
                      and not is_common_word(anyascii(t.text))), i)
        if j - i >= 2 and _title_end(doc, i, lex) == i \
                and not any(lex.country_of_word(t.text) for t in doc[i:j]):
            # the surname is the last name, or one before it ("Ricardo Rosselló Nevares",
            # then "Rosselló": a paternal surname before a maternal one)
            last = doc[j - 1].text
            middle_ok = given_name(doc[i].text) in {"m", "f"} \
                and not is_common_word(anyascii(last)) and not last.isupper()
            surnames = [x.text for x in doc[i + 1:j] if x.i == j - 1 or middle_ok]
            alone = [t for surname in surnames
                     for t in by_text.get(surname, []) if not i <= t.i < j
                     and t.ent_type_ not in {"GPE", "NORP", "DATE"}
                     and (t.i == 0 or doc[t.i - 1].pos_ not in {"PROPN", "ADP", "DET"})
                     and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "PROPN")]
            if alone:
                found.append(Span(doc, i, j, label="PERSON"))
        i = max(j, i + 1)
    return sorted(raw + [(f, "PERSON") for f in found], key=lambda x: x[0].start)


def _taken(doc: Doc, raw: list[tuple[Span, str]], besides: frozenset[str] = frozenset()
           ) -> set[int]:
    """Tokens inside a candidate name or a tagged entity (not one of ``besides``'s labels)."""
    return {t.i for s, _ in raw for t in s} | {t.i for e in doc.ents if e.label_ not in besides
                                               for t in e}


def _bare_name(span: Span, lex: Lexicon) -> bool:
    """Two or three words that could be a person's untagged name: no word of an
    organisation's or a state's name, no title opening it."""
    words = actor_words().organisation_words
    return len(span) >= 2 and not any(t.lower_ in words or lex.country_of_word(t.text)
                                      for t in span) \
        and _title_end(span.doc, span.start, lex) == span.start


def _office_holders(doc: Doc, raw: list[tuple[Span, str]], lex: Lexicon
                    ) -> list[tuple[Span, str]]:
    """An untagged name of two or three capitalised proper nouns of which an office is said
    ("Sanae Takaichi was elected Japan's first female prime minister", "… became
    president"): a person — names new to the news are the ones the tagger does not know."""
    tagged = _taken(doc, raw)
    found: list[Span] = []
    for tok in doc:
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.i in tagged or tok.tag_ != "NNP":
            continue
        start = tok.i
        while start > 0 and tok.i - start < 2 and doc[start - 1].tag_ == "NNP" \
                and doc[start - 1].head.i == tok.i and doc[start - 1].i not in tagged:
            start -= 1
        span = Span(doc, start, tok.i + 1, label="PERSON")
        if not all(t.is_title and t.is_alpha for t in span) or not _bare_name(span, lex):
            continue
        role, _ = _predicate_title(span, lex)
        if role is not None and role not in lex.affiliations:
            found.append(span)
    return sorted(raw + [(f, "PERSON") for f in found], key=lambda x: x[0].start)


def _aged_names(doc: Doc, raw: list[tuple[Span, str]], lex: Lexicon
                ) -> list[tuple[Span, str]]:
    """An untagged name of two or three capitalised proper nouns with an age set after it
    between commas ("Sanae Takaichi, 64, won 237 votes"): news gives persons' ages so."""
    tagged = _taken(doc, raw, besides=frozenset({"DATE", "CARDINAL"}))  # (the age's own)
    found: list[Span] = []
    for tok in doc:
        if not (tok.text == "," and tok.i + 2 < len(doc) and doc[tok.i + 2].text == ","
                and doc[tok.i + 1].like_num and doc[tok.i + 1].text.isdigit()
                and 16 <= int(doc[tok.i + 1].text) <= 110):
            continue
        end = start = tok.i
        while start > 0 and end - start < 3 and doc[start - 1].tag_ == "NNP" \
                and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and start - 1 not in tagged:
            start -= 1
        span = Span(doc, start, end, label="PERSON")
        if _bare_name(span, lex):
            found.append(span)
    return sorted(raw + [(f, "PERSON") for f in found], key=lambda x: x[0].start)


@lexicon.cached
def _known_full_name_pattern() -> re.Pattern[str] | None:
    """Every full name (two words or more) of the well-known people, as written."""
    data = lexicon.load("known_actors")
    forms = {form for key in ("people", "people_by_full_name")
             for item in _known_entries(data, key)
             for form in [item["name"], *(item.get("aliases") or [])] if " " in form}
    if not forms:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(f) for f in
                                             sorted(forms, key=len, reverse=True)) + r")(?!\w)")


def _known_full_names(doc: Doc, raw: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A well-known person's full name the tagger left untagged or cut ("Recep Tayyip
    Erdogan" untagged, "Asim Munir"): the person, over any shorter span inside it."""
    pattern = _known_full_name_pattern()
    if pattern is None:
        return raw
    found: list[Span] = []
    for m in pattern.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), label="PERSON")
        if span is None or any(lab == "PERSON" and s.start <= span.start and span.end <= s.end
                               for s, lab in raw):
            continue
        found.append(span)
    return _replacing(raw, found, "PERSON")


def _replacing(raw: list[tuple[Span, str]], found: list[Span], label: str
               ) -> list[tuple[Span, str]]:
    """``raw`` with the ``found`` spans (as ``label``) in place of every span they overlap."""
    if not found:
        return raw
    kept = [(s, lab) for s, lab in raw
            if not any(f.start < s.end and s.start < f.end for f in found)]
    return sorted(kept + [(f, label) for f in found], key=lambda x: x[0].start)


@lexicon.cached
def _known_body_pattern() -> re.Pattern[str] | None:
    """Every name of a body whose state is known (countries.yaml institutions, as the
    lexicon index reads them) or that belongs to none (names.yaml international_bodies:
    "Human Rights Watch", which the small model misses opening a sentence), in any case: of
    two words or more, or one word that is no word of the language ("Junts", "Renamo"; not
    "Labour" or "Congress", which stay to the tagger)."""
    bodies = [str(b).lower() for b in lexicon.load("names").get("international_bodies") or ()]
    names = [k for k in [*get().institutions, *bodies] if " " in k or not is_common_word(k)]
    if not names:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in
                                             sorted(names, key=len, reverse=True)) + r")(?!\w)",
                      re.IGNORECASE)


def _known_body_names(doc: Doc, raw: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A known body's name written as a name (its long words capitalised) that the tagger
    cut or left untagged ("Alianza para el Progreso" tagged "Alianza" and "el Progreso"):
    the body, over the pieces inside or across it; a longer name around it stays."""
    pattern = _known_body_pattern()
    if pattern is None:
        return raw
    found: list[Span] = []
    for m in pattern.finditer(doc.text):
        words = m.group(0).split()
        if not all(w[:1].isupper() for w in [words[0], words[-1], *(w for w in words
                                                                     if len(w) > 4)]):
            continue  # ("a democratic alliance": words, no name; "para" may stay small)
        if len(words) == 1 and not (words[0][1:].islower() or words[0].isupper()):
            continue  # one word in mixed case is another name ("PIs", not the party PiS)
        span = doc.char_span(m.start(), m.end(), label="ORG")
        if span is None or any(s.start < span.end and span.start < s.end
                               and not (span.start <= s.start and s.end <= span.end)
                               or s.start <= span.start and span.end <= s.end
                               for s in [*(s for s, _ in raw), *doc.ents]):
            continue  # (already whole, or part of a longer name: "The United States House
            # of Representatives")
        if span.start > 0 and doc[span.start - 1].pos_ == "PROPN" \
                and doc[span.start - 1].text[:1].isupper():
            continue  # ("the United States House of Representatives", untagged: the
            # longer name, which later steps build)
        found.append(span)
    return _replacing(raw, found, "ORG")


def _institution(text: str, lex: Lexicon) -> str | None:
    t = fold(text)
    if t in lex.institutions:
        return lex.institutions[t]
    return None


def _lede_end(doc: Doc) -> int:
    """The token index where the article's first sentence after any headline or dateline
    ends."""
    first = body_start(doc)
    for sent in doc.sents:
        if sent.end_char > first and any(t.pos_ in {"VERB", "AUX"} for t in sent):
            return sent.end
    return 0


def _dominant_country(doc: Doc, lex: Lexicon) -> str | None:
    """The country the article mentions most (names, demonyms, capitals, institutions,
    regions: "Queensland" is Australia's), if clear; when another is named nearly as often
    (two thirds as often or more), the one the lede's subject belongs to ("Zambia will send
    a delegation to Beijing …", though China, its banks and ministry are named more). A
    name many states' bodies or parties share ("the Senate", "Democrats") counts half.
    Records the states named by a name of their own in ``Doc.user_data[STATES_KEY]`` (a
    shared title is the story's state's only when its own state is not among them)."""
    counts: Counter = Counter()
    named: set[str] = set()  # by a name of its own, not one many states' bodies share
    w = actor_words()
    shared = w.shared_institutions | w.shared_party_names
    lede = _lede_end(doc)
    person_words = {t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
    short_for = _shared_short_forms(doc, lex, shared)
    for ent in doc.ents:
        if ent.label_ in {"GPE", "NORP", "ORG", "FAC"}:
            c = lex.country_of_word(ent.text)
            name = fold(ent.text).removeprefix("the ")
            weight = 0.5 if name in shared else 1.0
            if name in shared:  # "Peru's Congress": Peru's, not the American one
                c = next((o for p in ent.root.children
                          if p.dep_ == "poss" and (o := token_country(p, lex))),
                         short_for.get(name, c))  # "Congress" after "the Nepali Congress"
            if ent.root.dep_ == "amod" and ent.root.head.lemma_.lower() in VENUE_NOUNS:
                weight *= 0.5  # "talks in the Saudi city of Jeddah": where, not whose
            if ent.start < lede:
                weight *= 2  # the lede names what the article is about
            if c is None and ent.label_ == "GPE":  # "Queensland", "Maryland"
                c = lex.country_of_region(ent.text)
                if c is None and ent.text not in person_words:  # "Kota Kinabalu"; not
                    c = lex.country_of_city(ent.text)  # "Anand" tagged a place
                    # where "Anita Anand" is a person
            if c is None and ent.label_ == "ORG":
                c = _qualified_shared(ent, lex, shared)  # "the Puerto Rico Senate"
            if c and c != "EUR":
                counts[c] += weight
                if name not in shared:
                    named.add(c)
    places = (wire_dateline_place(doc.text, whole=True) or "").split("/")
    filed_from = None if len(places) > 1 else next(  # ("BEIJING/TOKYO –": filed from both
        # sides, no one's home)
        (c for p in (wire_dateline_region(doc.text), places[0])
         if p and (c := lex.country_of_word(p) or lex.country_of_region(p)
                   or lex.country_of_city(p))), None)  # ("PUTRAJAYA:")
    if filed_from is None and len(places) == 1 and (outlet := wire_dateline_outlet(doc.text)):
        filed_from = lex.country_of_word(outlet)  # "ANDONG, Dec. 5 (Yonhap) --": Korea's
    if filed_from and filed_from != "EUR":
        counts[filed_from] += 5  # "KHARTOUM, Nov 4 (AP) —": where the story is told from
    doc.user_data[STATES_KEY] = frozenset(named)
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    other = rest[0][0]
    if other is not None and other == filed_from and 2 * rest[0][1] >= n:
        marked = _marked_officials(doc, lex)
        if marked[top] and not marked[other]:
            return other  # ("SEOUL, Nov. 30 (Yonhap) -- President Lee … and Japanese Prime
            # Minister Sanae Takaichi": Japan named more, but as the foreigner)
    if n >= 2 and 3 * rest[0][1] >= 2 * n:  # close: the state the lede's subject belongs to
        lede = _lede_subject_country(doc, lex, {top, rest[0][0]})
        if lede is None and filed_from in {top, other}:
            return filed_from  # ("ISLAMABAD: Pakistan and Afghanistan's Taliban government
            # have agreed …, mediators Turkiye and Qatar said": told from Pakistan)
        if lede is not None or n == rest[0][1]:
            return lede
    return top if n >= 2 and n > rest[0][1] else None


def _shared_short_forms(doc: Doc, lex: Lexicon, shared: frozenset[str]) -> dict[str, str]:
    """A shared name ("Congress") that ends a longer name of one state in the same article
    ("the Nepali Congress", "the Indian National Congress") is that name said short: that
    state's, not the state the shared name stands for alone."""
    found: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        name = fold(ent.text).removeprefix("the ")
        words = name.split()
        tails = [t for i in range(1, len(words)) if (t := " ".join(words[i:])) in shared]
        if tails and (c := lex.country_of_word(ent.text)) and c != "EUR":
            for t in tails:
                found.setdefault(t, set()).add(c)
    return {t: next(iter(cs)) for t, cs in found.items() if len(cs) == 1}


def _marked_officials(doc: Doc, lex: Lexicon) -> Counter:
    """How often each state marks a titled person as its own ("Japanese Prime Minister
    Sanae Takaichi", "Japan's chief cabinet secretary"): a story names foreigners by their
    state and leaves its own officials bare ("President Lee Jae-myung")."""
    out: Counter = Counter()
    for ent in doc.ents:
        if ent.label_ not in {"GPE", "NORP"} or ent.root.dep_ not in {"amod", "compound", "poss"}:
            continue
        head = ent.root.head
        if (lex.titles.get(head.lower_) or head.ent_type_ == "PERSON") \
                and (c := lex.country_of_word(ent.text)):
            out[c] += 1
    return out


def _lede_subject_country(doc: Doc, lex: Lexicon, among: set[str | None]) -> str | None:
    """The state named in the subject of the article's first sentence, if one of
    ``among`` ("JEDDAH (AFP) - Sudan's army walked out of ceasefire talks … in the Saudi
    city of Jeddah": Sudan's story, told from Saudi Arabia)."""
    end = _lede_end(doc)
    if not end:
        return None
    root = doc[end - 1].sent.root
    subj = max((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}),
               key=lambda c: c.i, default=None)  # (the one next to the verb: a dateline
    # glued to the sentence parses as a subject too)
    for t in subj.subtree if subj is not None else ():
        if t.ent_type_ in {"GPE", "NORP"} and (c := lex.country_of_word(t.text)) in among:
            return c
    for t in subj.subtree if subj is not None else ():  # a state's name the model left
        if t.dep_ == "poss":  # untagged ("Papua New Guinea's parliament has ratified …")
            words = [w.text for w in t.subtree if w.dep_ != "case"]
            if (c := lex.country_of_name(" ".join(words))) in among:
                return c
    return None


def _state_organ_owner(span: Span, lex: Lexicon) -> tuple[str, str] | None:
    """A state's organ named by its common name after the state's possessive or adjective
    ("Japan's Foreign Ministry", "Chinese Foreign Ministry"; names.yaml state_organs): the
    state and the name with it, so each state's is a body of its own; else None."""
    words = {w.lower() for w in span.text.split()}
    if not words & actor_words().state_organs or lex.country_of_word(span[0].text):
        return None  # ("Russian Foreign Ministry" tagged whole names its state already)
    owner = next(((c, iso) for c in span.root.children if c.dep_ == "poss"
                  and c.i < span.start and (iso := token_country(c, lex))), None)
    if owner is not None:
        return owner[1], f"{owner[0].text}'s {span.text}"
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and (before.ent_type_ == "NORP" or before.ent_type_ == "GPE"
                               and before.pos_ != "PROPN"):
        iso = lex.country_of_word(before.text)
        if iso and iso != "EUR":
            return iso, f"{before.text} {span.text}"
    return None


def _qualified_shared(ent: Span, lex: Lexicon, shared: frozenset[str]) -> str | None:
    """The country of a body many states have, named after its place ("the Puerto Rico
    Senate"): the place says whose it is."""
    words = [t.text for t in ent if t.lower_ != "the"]
    for k in range(len(words) - 1, 0, -1):
        if fold(" ".join(words[k:])) in shared:
            return lex.country_of_name(" ".join(words[:k]))
    return None


def _state_opened(span: Span, lex: Lexicon) -> tuple[str, str] | None:
    """The state a body's name opens with and the rest of the name, folded ("United States
    House of Representatives": USA, "house of representatives"), else None."""
    for n in range(len(span) - 1, 0, -1):
        iso = lex.country_of_name(span[:n].text)
        if iso:
            return iso, fold(span[n:].text)
    return None


def _add_countries_and_orgs(table: ActorTable, cands: list[tuple[Span, str]],
                            lex: Lexicon) -> None:
    orgs: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    doc = table.doc
    for span, label in cands:
        if label == "PERSON":
            continue
        text = span.text
        country = lex.country_of_name(text)
        home_region = country is not None and country != table.home \
            and lex.is_region_of(text, table.home)  # "Georgia" in a US article: the state
        if country and label in {"GPE", "ORG", "NORP", "LOC"} and not home_region:
            table.country_actor(country, span.start_char, span.end_char)
            continue
        acting_place = label == "GPE" and _acts(span)  # "Maryland rescheduled its primary"
        if label not in {"ORG", "FAC"} and not _institution(text, lex) and not acting_place:
            continue
        if label == "FAC" and not _institution(text, lex):
            continue
        organ = _state_organ_owner(span, lex)
        if organ is not None:  # "Chinese Foreign Ministry", "Japan's Foreign Ministry": two
            text = organ[1]  # bodies, each named with its state
        key = fold(text)
        opened = _state_opened(span, lex)
        state_key = " ".join(opened) if opened else None  # "U.S. Geological
        # Survey" is "United States Geological Survey", however the state is written
        actor_id = orgs.get(key) or acronyms.get(key) or (orgs.get(state_key) if state_key
                                                          else None)
        initials = "".join(w[0] for w in text.split() if w[:1].isupper())
        if actor_id is None and len(initials) >= 3 and len(span) > 1 \
                and (short := orgs.get(initials.lower())) is not None \
                and table.get(short).name.isupper():
            actor_id = short  # "OPEC+ agreed …" and later "The Organization of the Petroleum
            # Exporting Countries": the acronym told first is the name spelt out after
        if actor_id is None and len(span) == 1:
            heads = [a for k, a in orgs.items() if (k.split()[0] == key or head_word(k) == key)
                     and k not in lex.metonyms]  # "the House" is not the White House
            actor_id = heads[0] if len(set(heads)) == 1 else None
        if actor_id is None:
            org_country = (lex.country_of_region(text) if acting_place else None) \
                or (table.home if home_region else None) or _body_country(span, table.home, lex)
            actor_id = table.add(text, "organization",
                                 country=organ[0] if organ is not None else org_country)
            orgs[key] = actor_id
            if organ is not None:
                orgs.setdefault(fold(span.text), actor_id)  # ("the Foreign Ministry" later)
            if opened:  # "United States House of Representatives" is also "House of
                orgs.setdefault(" ".join(opened), actor_id)  # Representatives"
                orgs.setdefault(opened[1], actor_id)
            if len(initials) >= 2:
                acronyms[initials.lower()] = actor_id
        else:
            actor = table.get(actor_id)
            if len(text) > len(actor.name) and not text.isupper():
                actor.aliases.append(actor.name)
                actor.name = text
            if actor.country is None:
                actor.country = _body_country(span, table.home, lex)
        table.mention(actor_id, span.start_char, span.end_char)
        if table.get(actor_id).country is None and _of_international_body(span):
            table._entries[actor_id].international = True  # "the AU's Peace and Security
            # Council": an international body's organ, of no state
        # "Syrian Democratic Forces (SDF)", "… Seismology (Phivolcs)": the bracketed short
        # name is an alias.
        if (other := _bracketed_body(span)) is not None:
            orgs.setdefault(fold(other.text), actor_id)  # "France Unbowed (La France
            # Insoumise, LFI)": one party under two names
        j = span.end
        if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 1].text[:1].isupper() \
                and not doc[j + 1].is_punct and doc[j + 2].text == ")":
            earlier = orgs.get(doc[j + 1].lower_) or acronyms.get(doc[j + 1].lower_)
            if earlier is not None and earlier != actor_id and earlier in table \
                    and table.get(earlier).kind == "organization" \
                    and table.get(earlier).name == doc[j + 1].text:
                table.absorb(earlier, actor_id)  # "ECOWAS says …" in the lede, then "the
                # Economic Community of West African States (ECOWAS)": one body
                for names in (orgs, acronyms):
                    names.update({k: actor_id for k, v in names.items() if v == earlier})
            acronyms[doc[j + 1].lower_] = actor_id
            table.mention(actor_id, doc[j + 1].idx, doc[j + 1].idx + len(doc[j + 1]))
        elif _comma_short_name(doc, j, lex):  # "The Social Democratic Party, PSD, the
            # largest party": the short name between commas is an alias, as in brackets
            acronyms[doc[j + 1].lower_] = actor_id


def _speaking_for(span: Span, lex: Lexicon) -> str | None:
    """The state a person's name is followed by "for" ("the two directors-general, Justo
    Zacarías Irún for Paraguay and Enio Verri for Brazil"; "negotiators X for Israel and Y
    for Hamas"): the side each is named for, when the name ends there, in a list or alone."""
    doc = span.doc
    j = span.end
    if j + 1 >= len(doc) or doc[j].lower_ != "for":
        return None
    place = entity_from(doc[j + 1])
    if place is None or place.label_ not in {"GPE", "NORP"} \
            or (place.end < len(doc) and doc[place.end].text not in {
            ",", "and", ".", ";", ")"}):
        return None  # ("X for Paraguay's energy ministry": someone else's office)
    return lex.country_of_name(place.text)


def _comma_short_name(doc: Doc, j: int, lex: Lexicon) -> bool:
    """A body's short name set off by commas right after its name ("the Social Democratic
    Party, PSD, the largest party"; "the Alliance for the Union of Romanians, AUR, together
    with"): capitals alone, closed by a comma or the sentence's end, and no state's or
    other known body's name (not a list: "the UN, NATO, and the EU")."""
    if j + 2 >= len(doc) or doc[j].text != ",":
        return False
    short = doc[j + 1]
    after = doc[j + 3] if j + 3 < len(doc) and doc[j + 2].text == "," else None
    return short_name(short) and doc[j + 2].text in {",", ".", ";"} \
        and lex.country_of_word(short.text) is None \
        and not actor_words().international_bodies.fullmatch(short.text) \
        and not (after is not None and (after.dep_ == "cc"
                                        or after.ent_type_ in {"ORG", "GPE", "NORP"}))


def head_word(name: str) -> str:
    """The word a body's name is about: "department" in "california department of
    corrections and rehabilitation" ("the Department" later is that body); the last word
    when no "of" follows it."""
    words = name.split()
    return words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1] if words else ""


def _acts(span: Span) -> bool:
    """A place named as the doer of a verb (a state, province or city through its
    government: "Ohio postponed its primary", "sued by Texas")."""
    root = span.root
    if of_place_noun(span, actor_words().place_nouns):
        root = root.head.head  # "the city of Milwaukee reduced the number of stations"
    while root.dep_ == "conj" and root.head.i != root.i and root.head.ent_type_ == "GPE":
        root = root.head  # "South Carolina, Kansas, and Arizona made the same decision" (a
        # list of places, not "the Islamic State of Iraq and the Levant")
    if root.dep_ == "nsubj" and root.head.pos_ == "VERB":
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def _org_country(span: Span, lex: Lexicon) -> str | None:
    tokens = list(span)
    _, inside = _role_and_country(tokens, lex)
    return inside or _window_country(span, lex) or _seated_in(span, lex) \
        or _state_in_name(span, lex)


def _state_in_name(span: Span, lex: Lexicon) -> str | None:
    """The state a body's name ends with ("Global Affairs Canada", "Statistics Canada"):
    its own state's department, named in its style."""
    words = [t.text for t in span if t.lower_ != "the"]
    for k in range(1, min(len(words), 4)):
        if (iso := lex.country_of_name(" ".join(words[-k:]))) and iso != "EUR" \
                and all(w[:1].isupper() for w in words[:-k]) \
                and not (len(words) - k == 1 and given_name(words[0]) is not None):
            return iso  # (not "Nikki Holland", a person tagged a body)
    return None


def _seated_in(span: Span, lex: Lexicon) -> str | None:
    """The state of the place a body's name is followed by ("a research fellow at the
    Institute for National Defense and Security Research in Taipei": Taiwan's), when the
    place is a state or its seat; not for a body of many states ("the UN office in
    Geneva")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "in" \
            or not span.start <= doc[span.end].head.i < span.end \
            or actor_words().international.search(span.text):
        return None
    place = next((c for c in doc[span.end].children if c.dep_ == "pobj"), None)
    if place is None or place.ent_type_ != "GPE":
        return None
    country = lex.country_of_word(entity_at(place).text)
    return country if country != "EUR" else None


def _window_country(span: Span, lex: Lexicon) -> str | None:
    """The country the words before an organisation's name give ("the Austrian Supreme
    Court")."""
    window = _left_window(span.doc, span.start)
    adps = [n for n, t in enumerate(window) if t.pos_ == "ADP"]
    if adps:  # "Ambassador to the United Nations": the US modifies the ambassador
        window = window[adps[-1] + 1:]
    return _role_and_country(window, lex)[1]


def _person_key(span: Span, lex: Lexicon) -> list[str]:
    words = [fold(t.text) for t in span if not t.is_punct]
    while words and words[0] in lex.titles:
        words = words[1:]
    return [w for w in words if w]


def _shared_surname(span: Span) -> str | None:
    """The family name a lone given name shares with the person named right after it:
    "David and Louise Turpin", "brothers Tomasz and Marek Sekielski" (a couple or siblings
    named together); None when the given name stands alone or leads a name of its own."""
    doc = span.doc
    if len(span) != 1 or given_name(span[0].text) is None or span.end + 1 >= len(doc) \
            or doc[span.end].lower_ != "and" \
            or (span.start > 0 and doc[span.start - 1].pos_ == "PROPN"):
        return None
    nxt = entity_from(doc[span.end + 1])
    if nxt is None or nxt.label_ != "PERSON" or len(nxt) < 2 \
            or given_name(nxt[0].text) is None or given_name(nxt[-1].text) is not None:
        return None
    return nxt[-1].text


def _add_persons(table: ActorTable, spans: list[Span], lex: Lexicon,
                 doc_country: str | None) -> None:
    known = _known_actors()
    clusters: list[tuple[list[str], str]] = []  # (name tokens, actor id)
    seen_at: dict[str, list[int]] = {}  # token positions of each person's mentions so far
    # where each person is first named so far, and whether as someone's relative there
    # ("Biden's son Hunter", "X, his wife"): news names a relative in passing that way
    first_named: dict[str, tuple[int, bool]] = {}
    # longest names first so surnames find their full name; then text order
    for span in sorted(spans, key=lambda s: (-len(s), s.start)):
        key = _person_key(span, lex)
        if not key:
            continue
        surname = _shared_surname(span)
        if surname is not None:
            key = [*key, fold(surname)]
        matches = [aid for toks, aid in clusters
                   if toks == key or (len(key) < len(toks) and toks[-len(key):] == key)
                   or (len(key) == 1 and key[0] in toks[1:])
                   # "Pedro Pierluisi" after "Pedro R. Pierluisi Urrutia": the same given
                   # name and a surname of the full name
                   or (1 < len(key) < len(toks) and key[0] == toks[0]
                       and key[-1] in toks[1:])]
        if not matches and len(key) == 1:
            # "Xi" after "Xi Jinping", "Lee" after "Lee Jae Myung": names whose family
            # name comes first; only when exactly one person's name starts so
            first = [aid for toks, aid in clusters if len(toks) > 1 and toks[0] == key[0]]
            matches = first if len(first) == 1 else []
        if len(key) == 1 and len(set(matches)) > 1:
            # "Cummings" after "His parents, Robert Cummings Sr. and Ruth Elma Cummings":
            # the article's own figure, not a relative introduced in passing
            plain = [m for m in matches if not first_named[m][1]]
            matches = plain or matches
        if matches:
            # "Biden" between "Joe Biden" and "Hunter Biden": the one named last before it
            def nearest_before(a: str, at: int = span.start) -> tuple[int, int]:
                before = [p for p in seen_at.get(a, []) if p < at]
                return (1, max(before)) if before else (0, -min(seen_at.get(a, [at])))

            matches = sorted(set(matches), key=nearest_before, reverse=True)
            actor_id = matches[0]
        else:
            actor_id = table.add(" ".join([*(t.text for t in span if not t.is_punct
                                             or t.text in "-."), *([surname] if surname else [])]),
                                 "person")
            table.get(actor_id).name = f"{span.text} {surname}" if surname else span.text
            clusters.append((key, actor_id))
        seen_at.setdefault(actor_id, []).append(span.start)
        if actor_id not in first_named or span.start < first_named[actor_id][0]:
            first_named[actor_id] = (span.start, _introduced_as_relative(span))
        table.mention(actor_id, span.start_char, span.end_char)
        entry = table._entries[actor_id]
        if _of_international_body(span):
            entry.international = True
        right_role, right_country, described = _right_context(span, lex)
        for role, country in (_title_before(span, lex), (right_role, right_country),
                              _left_apposition(span, lex)):
            if role:  # an office outweighs a side ("Democrat"), however often that is said,
                # and a trade said as often ("Businessman Don Blankenship …, the … nominee")
                entry.roles[role] += 0.1 if role in lex.affiliations else \
                    0.9 if role in lex.occupations else 1
            if country:
                entry.countries[country] += 1
        if described:
            entry.roles[described] += 0.3  # below any office said of the person
        if (office := _counterpart_office(span, lex)) is not None:
            entry.roles[office] += 0.5
        if (side := _speaking_for(span, lex)) is not None:
            entry.countries[side] += 1  # "Justo Zacarías Irún for Paraguay and Enio Verri
            # for Brazil": the state each is named for
        if (respective := _respective(span, lex)) is not None:
            role, country = respective  # "the foreign ministers of Greece and Turkey, Nikos
            entry.roles[role] += 1  # Dimitriou and Ahmet Kaya": Greece's, then Turkey's
            entry.countries[country] += 2
        if (honoured := _honorific_role(span)) is not None:
            entry.roles[honoured] += 0.3
        if (heads := _heading_role(span)) is not None:
            entry.roles[heads] += 0.4  # "Mathilde Panot, who leads the LFI group": below a
            # title said of the person
        if patron := _patron(table, span, lex):
            entry.patrons.append(patron)
        stated, stated_country = _predicate_title(span, lex)
        if stated and stated not in lex.affiliations:
            entry.roles[stated] += 0.5  # said of the person, maybe of another time
            if stated_country:
                entry.countries[stated_country] += 0.5
        if not entry.countries and (sender := _leading_for(span, lex)) is not None:
            entry.countries[sender] += 0.5  # "Russia sent a team headed by presidential
            # aide Vladimir Medinsky": the state whose team he leads
        # "Presidents Buhari of Nigeria and Talon of Benin": a conjunct shares the title
        if span.root.dep_ in LISTED or not entry.countries:
            # "former CIA directors John Brennan, Leon Panetta, and Michael Hayden": up the
            # list to the nearest name that has the title
            head_span = _coordinated_with(span, spans)
            while span.root.dep_ in LISTED and head_span is not None \
                    and head_span.root.dep_ in LISTED \
                    and _title_before(head_span, lex) == (None, None) \
                    and _left_apposition(head_span, lex)[0] is None \
                    and (earlier := _coordinated_with(head_span, spans)) is not None:
                head_span = earlier
            if head_span is not None:
                role, country = _title_before(head_span, lex)
                title_word = span.doc[head_span.start - 1] if head_span.start else None
                if role is not None and title_word is not None \
                        and title_word.tag_ not in {"NNS", "NNPS"} \
                        and _singular(title_word.lower_) == title_word.lower_:
                    role = None  # "First Lady Melania Trump; Mark and Patricia McCloskey":
                    # one person's title, not the list's
                if role is None:  # "Representatives, Collin Peterson and Jeff Van Drew"
                    role = _left_apposition(head_span, lex)[0]
                if country is None:  # "Three American Samoans, Pale Tuli, Rosavita Tuli,
                    # and John Fitisemanu": the description before the list's first name
                    country = _left_apposition(_first_listed(head_span, spans), lex)[1]
                if role and not [r for r in entry.roles if r not in lex.affiliations]:
                    entry.roles[role] += 0.5  # over a side: "…, and David Perdue of
                    # Georgia, all Republicans" is one of the senators the list opened with
                if country and not entry.countries:
                    entry.countries[country] += 0.5
    for entry in table._entries.values():
        a = entry.actor
        if a.kind != "person":
            continue
        hint = known.get(fold(a.name))
        if hint is None and len(a.name.split()) == 1:
            hint = known.get(fold(a.name) + "#surname")
        if hint and hint.get("international"):
            entry.international = True  # the UN's Secretary-General in an American story is
            # no American (known_actors.yaml)
        if entry.roles:
            a.role = entry.roles.most_common(1)[0][0]
        elif hint and hint.get("role"):
            a.role = hint["role"]
        if hint and hint.get("country"):
            a.country = hint["country"]  # a known person's state outranks a stray demonym
        elif entry.countries and not (hint and hint.get("international")):
            # ("NATO Secretary General Mark Rutte, a former Dutch prime minister": a known
            # official of an international body is the body's, no one state's)
            a.country = entry.countries.most_common(1)[0][0]
        elif entry.patrons:
            a.country = entry.patrons[0]  # "Tesco's CEO for Central Europe, Matt Simister"
        elif a.role and (body := _body_of_title(table, a.role)) is not None:
            a.country = body.country  # "Trade Commissioner Maros Sefcovic" beside the
            # European Commission: the body's, not the article's country
        elif a.role and not entry.international:
            a.country = doc_country
            entry.home_guess = True


def _body_of_title(table: ActorTable, role: str) -> Actor | None:
    """The body a title's holder serves when the article names it (names.yaml title_bodies:
    a "Commissioner" beside the European Commission is one of its commissioners)."""
    body = actor_words().title_bodies.get(role.lower())  # (not "Police Commissioner")
    if body is None:
        return None
    return next((a for a in table if a.kind == "organization" and fold(a.name) == body
                 and a.country), None)


def _patron(table: ActorTable, span: Span, lex: Lexicon) -> str | None:
    """The country of the organisation a person's title serves, named in the title or its
    apposition ("Tesco's CEO for Central Europe, Matt Simister", "Dave Lewis, CEO of Tesco",
    "Tesco CEO Dave Lewis"): a company's officer is of the company's country, not of the
    country the article is about."""
    doc = span.doc
    phrases = [_left_window(doc, span.start)]
    i = span.start - 1
    if i > 0 and doc[i].text == ",":
        phrases.append(_phrase_before(doc, i))
    if span.end + 1 < len(doc) and doc[span.end].text == "," \
            and doc[span.end + 1].pos_ in {"DET", "ADJ", "NOUN", "PROPN"}:
        after: list[Token] = []  # an apposition, not a clause (", who paid for …")
        for tok in doc[span.end + 1:span.end + 1 + WINDOW]:
            if tok.text in {",", ".", ";", ":"} or tok.ent_type_ == "PERSON" \
                    or tok.pos_ in {"VERB", "AUX"}:
                break
            after.append(tok)
        phrases.append(after)
    for words in phrases:
        if not words or _role_and_country(words, lex)[0] is None:
            continue  # only the organisation of a title the phrase gives
        ends = table.covering(words[-1].idx, words[-1].idx + len(words[-1]))  # (a name the
        # phrase's window cuts: "a research fellow at the Institute for National …")
        for aid in [*table.at(words[0].idx, words[-1].idx + len(words[-1])),
                    *([ends] if ends is not None else [])]:
            actor = table.get(aid)
            if actor.kind == "organization" and actor.country \
                    and not actor_words().international.search(actor.name):
                return actor.country
        for owner in (t for t in words if t.dep_ == "poss" and t.pos_ == "NOUN"):
            named = [a for a in table if a.kind == "organization" and a.country
                     and fold(a.name).split()[-1:] == [owner.lower_]
                     and not actor_words().international.search(a.name)]
            if len(named) == 1:  # "Olof Gill, the commission's trade spokesperson": the
                return named[0].country  # body named before by its full name
            called = actor_words().body_epithets.get(owner.lower_)
            last = table.named_last_before(owner.idx, lambda a, called=called: fold(a.name)
                                           in called) if called else None
            if last is not None and table.get(last).country:
                return table.get(last).country  # "the bloc's foreign policy chief, Marek
                # Linde": the bloc named last before, the EU
    return None


def _introduced_as_relative(span: Span) -> bool:
    """A name in apposition with a family word, or right after one: "Maya Rockeymoore
    Cummings, his wife", "His parents, Robert Cummings Sr. and Ruth Elma Cummings,", "Hunter
    Biden, the son of", "Biden's son Hunter"."""
    kin = actor_words().kinship_nouns
    if span.start > 0 and span.doc[span.start - 1].lower_ in kin:
        return True
    node = span.root
    for _ in range(4):  # the later names of a list hang on the first
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ == "appos" and node.head.lower_ in kin:
        return True
    return any(c.dep_ == "appos" and c.lower_ in kin for c in node.children)


def _first_listed(span: Span, spans: list[Span]) -> Span:
    """The first name of the coordination ``span`` is in ("A, B, and C": A)."""
    seen = {span.start}
    while span.root.dep_ == "conj":
        head = _coordinated_with(span, spans)
        if head is None or head.start in seen:
            break
        seen.add(head.start)
        span = head
    return span


def _respective(span: Span, lex: Lexicon) -> tuple[str, str] | None:
    """A name in a list set beside a plural office of as many states, in the same order
    ("the foreign ministers of Greece and Turkey, Nikos Dimitriou and Ahmet Kaya", "the
    Greek and Turkish foreign ministers, A and B"): the office and the state in its place."""
    first = span.root
    while first.dep_ == "conj" and first.head.ent_type_ == "PERSON":
        first = first.head
    noun = first.head
    if first.dep_ not in {"conj", "appos"} or noun.tag_ not in {"NNS", "NNPS"} \
            or noun.i > first.i or noun.ent_type_:
        return None
    names = [first]
    while (nxt := next((c for c in names[-1].children if c.dep_ == "conj"
                        and c.ent_type_ == "PERSON"), None)) is not None:
        names.append(nxt)
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
          for g in c.children if g.dep_ == "pobj"]
    heads = of or [c for c in noun.lefts if c.dep_ in {"amod", "compound"}
                   and lex.country_of_word(c.text)]
    states = heads[:1]
    while states and (nxt := next((c for c in states[-1].children if c.dep_ == "conj"),
                                  None)) is not None:
        states.append(nxt)
    countries = [lex.country_of_word(t.text) for t in states]
    if len(names) < 2 or len(countries) != len(names) or None in countries:
        return None
    title = [t for t in noun.lefts if t.dep_ in {"amod", "compound"}
             and not lex.country_of_word(t.text)]
    role = _role_and_country([*title, noun], lex)[0]
    at = next((k for k, n in enumerate(names) if span.start <= n.i < span.end), None)
    return (role, countries[at]) if role and at is not None else None


def _coordinated_with(span: Span, spans: list[Span]) -> Span | None:
    """The name this one is coordinated with: by the parse ("X and Y" with Y a conjunct, or
    a name the parser hangs on the one before as an apposition: "Lavrov, Wang Yi"),
    or on the surface when the parse went astray ("Cypriot president X and energy
    minister Y"): the name just before the "and" that opens this name's title."""
    doc = span.doc
    if span.root.dep_ == "conj":
        head = span.root.head
        return next((s for s in spans if s.start <= head.i < s.end), None)
    if span.root.dep_ == "appos" and span.start > 1 and doc[span.start - 1].text == ",":
        head = next((s for s in spans
                     if s.end == span.start - 1 and s.start <= span.root.head.i < s.end), None)
        if head is not None and head.start > 0 and doc[head.start - 1].tag_ in {"NNS", "NNPS"}:
            return head  # "Foreign ministers Sergey Lavrov, Wang Yi, and …": a list
    if span.root.dep_ == "appos" and span.root.head.tag_ in {"NNS", "NNPS"}:
        # "presidential candidates Phil Collins of the Prohibition Party, Don Blankenship of
        # the Constitution Party, and …": each name set beside the plural title
        first = next((s for s in spans if s.start < span.start and s.root.dep_ == "appos"
                      and s.root.head.i == span.root.head.i), None)
        if first is not None:
            return first
    start = span.start
    window = _left_window(doc, start)
    k = (window[0].i if window else start) - 1
    if k >= 1 and doc[k].lower_ == "and":
        return next((s for s in spans if s.end == k), None)
    return None


def _known_name(known: dict[str, dict], name: str) -> dict | None:
    """The known actor a name is, in full or as a surname (known_actors.yaml)."""
    key = fold(name)
    return known.get(key) or known.get(key + "#surname")


def _epithets(data: dict) -> dict[str, frozenset[str]]:
    """names.yaml ``body_epithets``: each word with the list of names it may stand for; a
    word given something else (a user's file) is a LexiconError naming it."""
    for word, names in data.items():
        if names is not None and not isinstance(names, list):
            raise LexiconError(f"lexicon names.yaml: body_epithets: {word!r} needs a list of "
                               "body names — fix it in the file or in $STANCEMAP_LEXICON")
    return {str(k).lower(): frozenset(fold(str(v)) for v in vs or ()) for k, vs in data.items()}


def _known_entries(data: dict, key: str) -> list[dict]:
    """The entries under ``key`` of known_actors.yaml (a list: the lexicon loader checks
    that), each with a name and a list of string aliases; a malformed one (a user's file) is
    a LexiconError naming it."""
    entries = data.get(key) or []
    for item in entries:
        aliases = item.get("aliases") or [] if isinstance(item, dict) else None
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) \
                or not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            shown = " ".join(str(item).split())[:80]
            raise LexiconError(f"lexicon known_actors.yaml: {key}: {shown!r} needs a name "
                               "(and aliases as a list of names) — fix it in the file or in "
                               "$STANCEMAP_LEXICON")
    return entries


@lexicon.cached
def _known_actors() -> dict[str, dict]:
    """Well-known people whose country and office an article may take for granted; those
    of ``people`` by their surname alone too, when no other shares it."""
    out: dict[str, dict] = {}
    surnames: dict[str, list[dict]] = {}
    data = lexicon.load("known_actors")
    for item in _known_entries(data, "people"):
        for form in [item["name"], *(item.get("aliases") or [])]:
            out[fold(form)] = item
            surnames.setdefault(fold(form).split()[-1] + "#surname", []).append(item)
    for item in _known_entries(data, "people_by_full_name"):
        for form in [item["name"], *(item.get("aliases") or [])]:
            out.setdefault(fold(form), item)
    for key, items in surnames.items():
        if len({i["name"] for i in items}) == 1:
            out[key] = items[0]
    return out


def _add_governments(table: ActorTable, chunks: list[Span], lex: Lexicon) -> None:
    """"the Iraqi government", "Turkey's foreign ministry": state bodies named by a noun."""
    w = actor_words()
    named: dict[str, str] = {}  # each body's noun: the state it was last named with
    for chunk in chunks:
        root = chunk.root
        # "the upper house": a chamber named by a word before its noun
        chamber = [c for c in root.children if c.dep_ in {"amod", "compound"} and c.i < root.i
                   and f"{c.lower_} {root.lower_}" in w.government_nouns]
        if root.lower_ not in w.government_nouns and not chamber:
            continue
        heads = {root.i, *(c.i for c in chamber)}
        owned = {t.i for c in root.children if c.dep_ == "poss" for t in c.subtree}
        rest = [t for t in chunk if t.i not in owned]
        if not rest or table.covering(rest[0].idx, chunk.end_char):
            continue  # a name found already ("Iraq's foreign ministry": only its owner is)
        if root.dep_ == "dobj" and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                       for c in root.children):
            continue  # "is expected to form a government", "appointed a cabinet": made, not
            # acting ("sentenced by a court" is one)
        country = None
        for tok in chunk:
            if tok.i in heads or _leaning(tok):
                continue
            country = token_country(tok, lex) or country
        span = _clean(chunk) or chunk
        name = span.text
        key = " ".join(t.lower_ for t in chunk if t.i in heads)
        bare = all(t.i in heads or t.pos_ == "DET" for t in chunk)
        if (field := _of_field(root)) is not None:
            # "the ministry of internal affairs of Belarus": the field is part of the name
            first = next(t.i for t in span if t.pos_ != "DET")
            name = span.doc[first:field.i + 1].text
            name = name[:1].upper() + name[1:]
            key = f"{key} of {field.lower_}"
            country = country or _of_country(field, lex)
            bare = False
        if not country and (country := _of_country(root, lex)) and bare:
            name = _body_of(root, country, lex)  # "the parliament of Portugal": Portugal's
        if not country and root.lower_ in w.local_bodies:
            country = _sentence_country(root, lex)
            if country and bare:
                name = _body_of(root, country, lex)
        if bare and key in w.named_again_bodies and _point_back(table, span, key):
            continue  # "The court, which sits in Batumi" after "The Constitutional Court of
            # Georgia": that court
        if not country and bare and key in named and key not in w.state_itself_nouns:
            country = named[key]  # "Sudan's army … the army": the one named before ("the
            # government" is the story's state's, whoever's was named)
        elif country:
            named[key] = country
        if not country and table.home and root.lower_ not in w.abroad_bodies and all(
                t.i in heads or t.pos_ in {"DET", "PROPN"} or t.dep_ == "case"
                or _home_possessor(t, w.home_words) or _in_leaning(t) for t in chunk):
            # "the government", "the army", "the Trump administration", "the country's
            # cabinet": the article's country's, when the article is about one country
            country = table.home
            if len(span) == 1:
                name = _body_of(root, country, lex)
            elif chamber and bare:  # "the upper house": "Upper house of Germany"
                name = f"{key[:1].upper()}{key[1:]} of {lex.country_display(country)}"
        if not country:
            continue
        actor_id = table.add(name, "organization", country=country,
                             key=f"{GOV_KEY}-{country}-{key}")
        table.mention(actor_id, span.start_char, span.end_char)


def _sentence_country(tok: Token, lex: Lexicon) -> str | None:
    """The one state whose names, seats or peoples ``tok``'s sentence sets as where it
    happens ("into the Belgian capital", "in Brussels"), else None (none, or more than
    one)."""
    preps = actor_words().local_place_preps
    found = set()
    for e in tok.sent.ents:
        if e.label_ not in {"GPE", "NORP", "LOC"}:
            continue
        r = e.root
        while r.dep_ in {"compound", "amod", "poss"} and r.head.i != r.i:
            r = r.head
        if r.dep_ == "pobj" and r.head.lower_ in preps:
            found.add(lex.state_or_seat(e.text) or lex.demonyms.get(e.text.lower()))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _leaning(tok: Token) -> bool:
    """A state's word after "pro-"/"anti-" ("pro-European"): a leaning, not a state."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" \
        and doc[tok.i - 2].lower_ in actor_words().leaning_prefixes


def _in_leaning(tok: Token) -> bool:
    """``tok`` is a word of a leaning ("pro", "-", "European" in "pro-European")."""
    doc = tok.doc
    return any(0 <= j < len(doc) and _leaning(doc[j]) for j in range(tok.i, tok.i + 3))


def _body_of(noun: Token, country: str, lex: Lexicon) -> str:
    """A state body's name from its noun and country ("Parliament of Portugal")."""
    return f"{noun.text[0].upper()}{noun.text[1:]} of {lex.country_display(country)}"


def _of_field(root: Token) -> Token | None:
    """The common noun an of-phrase names a body's field by ("the ministry of internal
    affairs", "the department of justice"), not a place ("the parliament of Portugal")."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.text.isalpha() and obj.text.islower() \
                        and all(t.text.islower() for t in obj.lefts if t.dep_ != "det"):
                    return obj
    return None


def _of_country(root: Token, lex: Lexicon) -> str | None:
    """The country an of-phrase gives a body's noun ("the parliament of Portugal")."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ == "GPE":
                    return lex.country_of_word(entity_at(obj).text)
    return None


def _add_descriptions(table: ActorTable, doc: Doc) -> None:
    """"the chancellor", "the Greek prime minister": aliases when one person holds the role."""
    roles: dict[str, list[str]] = {}
    for a in table:
        if a.kind == "person" and a.role:
            roles.setdefault(a.role.lower(), []).append(a.id)
    if not roles:
        return
    text_lower = table.text.lower()
    for role, ids in roles.items():
        if len(ids) != 1:
            continue
        for m in re.finditer(r"\bthe ((?:[a-z-]+ ){0,2})" + re.escape(role) + r"(?![\w-])",
                             text_lower):  # (not "the president-elect")
            after = table.text[m.end():m.end() + 40].lstrip(" ,")
            if after[:1].isupper() and not after.startswith(actor_words().sentence_openers):
                continue  # "the Prime Minister Boris Johnson": a title, not a description
            if table.covering(m.start(), m.end()):
                continue
            if set(m.group(1).split()) & get().other_holder_words:
                continue  # "the acting president": another than the president named
            between = doc.char_span(m.start(1), m.end(1), alignment_mode="expand") \
                if m.end(1) > m.start(1) else None
            if other_field(table.get(ids[0]), [t.text for t in between or ()
                                               if t.pos_ == "NOUN"], table.text):
                continue
            table.mention(ids[0], m.start(), m.end())


def other_field(actor: Actor, fields: Iterable[str], text: str) -> bool:
    """A noun before a role that says which office it is ("the local health minister") and
    is not said of ``actor``, the one person holding the role ("Civil Aviation Minister
    Hardeep Singh Puri"): another office, another person."""
    fields = [f.lower() for f in fields]
    if not fields:
        return False
    said = set((actor.role or "").lower().split())
    for m in actor.mentions:  # the words of the title the article gives the person
        said.update(text[max(0, m.start - 40):m.end].lower().split())
    return any(f not in said for f in fields)


def _group_spans(chunk: Span, lex: Lexicon) -> Iterable[tuple[str, str | None]]:
    """Names (and countries) of the groups a chunk like "Kurdish and Sunni MPs" denotes."""
    root = chunk.root
    after = postposed_title_word(root)
    tail = f" {after.text}" if after is not None else ""
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ == "of":  # as written: "of France, Germany"
            tail += " " + root.doc[child.left_edge.i:child.right_edge.i + 1].text
    w = actor_words()
    mods = [t for t in chunk if t.i < root.i and t.dep_ in {"amod", "compound", "nmod"}
            and t.lower_ not in w.group_quantifiers]
    conj_mods = [t for t in chunk if t.dep_ == "conj" and t.i < root.i]
    head_words = _joined([t for t in chunk if t.i >= root.i]) + tail
    if mods and conj_mods:
        # the conjoined words name the groups ("Kurdish and Sunni MPs"); a word after them
        # is every group's ("U.S. and Chinese trade officials": U.S. trade officials and
        # Chinese trade officials), a word before them qualifies the lot ("Top")
        members = sorted({t.head for t in conj_mods if t.head in mods} | set(conj_mods),
                         key=lambda t: t.i)
        members = sorted(set(members) | {  # "German, French and British officials": a word
            # a comma lists before them is one more (the parse hangs it on the noun)
            t for t in mods if t.i < members[0].i and t.i + 1 < len(t.doc)
            and t.doc[t.i + 1].text == ","}, key=lambda t: t.i) if members else members
        shared = [t for t in mods if t.i > members[-1].i]
        if len(members) < 2:  # (the parse joined them otherwise: each word a group)
            members, shared = mods + conj_mods, []
        for mod in members:
            own = [t for t in mods if t.head.i == mod.i and t.i < mod.i]  # "right wing"
            yield " ".join([*(t.text for t in own), mod.text, *(t.text for t in shared),
                            head_words]), lex.country_of_word(mod.text)
        return
    kept = [t for t in chunk if t.lower_ not in w.group_drop_words
            and not t.is_space and not t.like_num and t.ent_type_ not in {"DATE", "TIME"}
            and not _counts(t)]
    name = _joined(kept) + tail
    yield name, _role_and_country(kept, lex)[1] or next(
        (iso for c in root.rights if c.dep_ == "prep" and c.lower_ in {"in", "from"}
         for g in c.children if g.dep_ == "pobj" and not any(x.dep_ == "conj" for x in g.children)
         and (iso := lex.country_of_name(root.doc[g.left_edge.i:g.i + 1].text))), None)
    # ("Opposition lawmakers in Paraguay", "teachers from Kenya": the state they are in; not
    # "agencies from Germany, South Korea, the United Kingdom and the United States")


def _joined(tokens: list[Token]) -> str:
    """Words as the text spells them: a space only where the text has one or where words
    were left out between them ("Yoon's supporters", not "Yoon 's supporters")."""
    out = ""
    for n, t in enumerate(tokens):
        if n and (tokens[n - 1].whitespace_ or tokens[n - 1].i + 1 != t.i):
            out += " "
        out += t.text
    return out


def _counts(tok: Token) -> bool:
    """A word of a count before a group's noun ("over a million people", "at least eight
    people", "about 2.9 million"): the number's words, not the group's name."""
    return tok.ent_type_ in {"CARDINAL", "QUANTITY", "PERCENT", "MONEY"} \
        or tok.dep_ == "quantmod" or (tok.dep_ == "advmod" and tok.head.like_num)


def _add_groups(table: ActorTable, chunks: list[Span], lex: Lexicon) -> None:
    """Collective speakers: "European leaders", "Kurdish and Sunni Members of Parliament"."""
    of_phrases = actor_words().group_of_phrases
    for chunk in chunks:
        root = chunk.root
        phrase = root.lower_
        if phrase in of_phrases and any(c.lower_ == "of" for c in root.rights):
            phrase = of_phrases[phrase]
        if phrase not in lex.group_nouns or root.tag_ not in {"NNS", "NNPS"} and not (
                root.tag_ == "NNP" and phrase.endswith("s") and root.ent_type_ in {"", "NORP"}
                and not any(c.dep_ == "compound" and not c.is_lower for c in root.children)):
            continue  # ("The Greens" tagged singular, "the opposition Greens"; not "the
            # United States")
        if not _doer(root):
            continue
        if table.covering(root.idx, root.idx + len(root)) and len(chunk) <= 2:
            continue  # (the name already found covers the noun; "EU ambassadors" is a group)
        named = table.covering(root.idx, root.idx + len(root)) if root.pos_ == "PROPN" else None
        if named is not None and table.get(named).kind == "organization" and all(
                t.is_lower for t in chunk if t.i < root.i and t.pos_ != "DET"):
            continue  # "The opposition Conservatives said": the party named, described (not
            # "The Liberal Democrats", a name of its own)
        first = next((t for t in chunk if t.pos_ != "DET"), chunk[0])
        if table.spans(first.idx, chunk.end_char):
            continue  # "Jehovah's Witnesses": the name already found, no group of its own
        if chunk[0].lower_ in {"the", "both"} and root.lemma_.lower() in claim_words().state_nouns \
                and any(t.like_num or t.lower_ == "both" for t in chunk if t.i < root.i):
            continue  # "the two countries", "both nations": those named before, no new group
        if len(chunk) == 1 and not _of_phrase(root) and not _counted(root) \
                and root.lower_ not in actor_words().group_bare_nouns:
            continue  # "people said": too vague alone; "Firefighters battled": who acts
        span = chunk
        owner = _whose_owner(table, chunk)
        while len(span) > 1 and (span[0].is_space or span[0].is_punct
                                 or (span[0].like_num and not span[0].is_alpha)
                                 or span[0].ent_type_ in {"DATE", "TIME"}
                                 or span[0].tag_ in {"WP$", "WDT", "WP"}):
            span = span[1:]  # a dateline glued to the chunk is not part of the group, nor
            # the relative word opening it ("whose Christian Democrats")
        span = _with_hyphened_start(span)
        bodies = actor_words().international_bodies
        of_body = any(c.dep_ == "prep" and c.lower_ in {"of", "from"} and any(
            g.dep_ == "pobj" and bodies.search(" ".join(t.text for t in g.subtree))
            for g in c.children) for c in root.children)
        for name, country in _group_spans(span, lex):
            if owner is not None and owner.country:
                country = owner.country  # "Merz, whose Christian Democrats …": Merz's
            actor_id = table.add(name, "group", country=country, key=f"group-{slug(name)}")
            table.mention(actor_id, span.start_char, span.end_char)
            if country is None and of_body:  # "Finance ministers from the Group of
                table._entries[actor_id].international = True  # Seven": of no one state


def _with_hyphened_start(span: Span) -> Span:
    """A group's span run back over a word hyphened onto its first word, which the parser
    may leave outside the chunk ("counter-protesters", "anti-government protesters")."""
    start = hyphened_start(span.doc, span.start)
    return span.doc[start:span.end] if start != span.start else span


def hyphened_start(doc: Doc, i: int) -> int:
    """Where the word at ``i`` begins with the words the tokenizer split off it by hyphens
    ("counter" and "-" of "counter-protesters")."""
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha:
        i -= 2
    return i


def _whose_owner(table: ActorTable, chunk: Span) -> Actor | None:
    """The actor a chunk opened by "whose" belongs to ("Friedrich Merz, whose Christian
    Democrats lead in the polls"): the noun the relative clause hangs on."""
    if not len(chunk) or chunk[0].tag_ != "WP$":
        return None
    clause = chunk.root.head
    while clause.dep_ not in {"relcl", "ROOT"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    owner = table.covering(noun.idx, noun.idx + len(noun))
    return table.get(owner) if owner else None


def _doer(root: Token) -> bool:
    """The noun names who does something: a subject, the agent of a passive, a conjunct
    of one ("an environmental group and property owners filed"), or the "of" noun of a
    quantity that is one ("a number of poll workers quit")."""
    for _ in range(4):
        if root.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if root.dep_ == "pobj" and root.head.dep_ == "agent":
            return True
        if root.dep_ == "conj":
            root = root.head
        elif _counted(root):
            root = root.head.head
        else:
            return False
    return False


def _of_phrase(root: Token) -> bool:
    """A bare plural that an "of" phrase makes specific ("Members of the House of Commons",
    "friends and relatives of political prisoners")."""
    words = [root, *(t for t in root.conjuncts if t.i > root.i)]
    return any(c.dep_ == "prep" and c.lower_ == "of" for w in words for c in w.rights)


def _counted(root: Token) -> bool:
    """The noun follows a quantity ("a group of protesters", "a number of poll workers")."""
    return root.dep_ == "pobj" and root.head.lower_ == "of" \
        and root.head.head.lower_ in actor_words().group_quantity_heads


def _add_bodies(table: ActorTable, chunks: list[Span], lex: Lexicon) -> None:
    """"the palace issued a statement", "an environmental group filed": an unnamed body that
    does something is an organisation, of the country its words give or else of the country
    the article is about. Institutions (names.yaml ``body_nouns``) count with any article;
    kinds of organisation (``body_kinds``) only when new ("an"), since "the company" and
    "Erdogan's office" point back to an actor already named."""
    w = actor_words()
    for chunk in chunks:
        root = chunk.root
        low = root.lower_
        if not _common_singular(root) or not (low in w.body_nouns or low in w.body_kinds
                                              or low in w.coalition_nouns) \
                or not _doer(root):
            continue
        dets = {t.lower_ for t in chunk if t.dep_ in {"det", "poss"}}
        described = low in w.coalition_nouns and any(  # "the high ambition coalition"
            t.dep_ == "compound" and t.pos_ == "NOUN" for t in chunk if t.i < root.i)
        if "no" in dets:
            continue
        if low not in w.body_nouns and not dets & {"a", "an"} and not described:
            if dets == {"the"} and len(chunk) == 2 and not table.covering(root.idx, root.idx
                                                                          + len(root)):
                _point_back(table, chunk, low)  # "the coalition" after "the opposition
                # coalition, led by …": that one
            continue
        if any(c.dep_ == "prep" and c.lower_ == "to" for c in root.children):
            continue  # "opposition to anti-circumvention existed": a stance, no body
        owners = [table.get(a) for t in chunk if t.dep_ == "poss"
                  for a in [table.covering(t.idx, t.idx + len(t))] if a]
        if any(o.kind != "country" and not (o.kind == "organization" and low in w.body_nouns)
               for o in owners):
            continue  # "Erdogan's office": the person's, not a body of its own; but
            # "Parliament's standing committee on finance" is one
        if table.covering(root.idx, root.idx + len(root)):
            continue
        words = [t for t in chunk if t.i <= root.i and t.dep_ in {"amod", "compound"}
                 or t.i == root.i]
        if owners:  # "Kenya's opposition": a body of that state, named with it
            words = [t for t in chunk if t.i <= root.i and t.dep_ not in {"det"}]
        if any(t.pos_ == "PROPN" and t.dep_ != "poss" and not t.is_lower
               for t in chunk if t.i < root.i):
            continue  # "the Trump campaign", "Oxford University": a name the tagger missed
            # (not "standing" in lower case, tagged a name)
        name = table.text[words[0].idx:root.idx + len(root)]
        named = [a.id for a in _organisations_named(table, low)
                 if a.id != f"body-{slug(name)}"]
        telling = [t for t in words if t.lower_ not in w.plain_body_modifiers]
        if named and "the" in dets and len(telling) == 1:
            if len(named) == 1:  # "the committee" after "the House Judiciary Committee"
                table.mention(named[0], words[0].idx, root.idx + len(root))
            continue
        country = owners[0].country if owners else _word_country(chunk, root, lex)
        if country is None and not w.abroad.search(name):
            country = table.home  # "an international tribunal" is no one country's
        actor_id = table.add(name, "organization", country=country, key=f"body-{slug(name)}")
        table.mention(actor_id, words[0].idx, root.idx + len(root))


def _organisations_named(table: ActorTable, noun: str, before: int | None = None
                         ) -> list[Actor]:
    """The organisations with ``noun`` among the words of their name ("committee": "the
    House Judiciary Committee"), mentioned before character ``before`` if given."""
    return [a for a in table if a.kind == "organization" and noun in fold(a.name).split()
            and (before is None or any(m.start < before for m in a.mentions))]


def _point_back(table: ActorTable, chunk: Span, noun: str) -> bool:
    """"the coalition", "the company": the one organisation named before with that noun in
    its name, if just one (whether it was)."""
    named = _organisations_named(table, noun, before=chunk.start_char)
    if len(named) == 1:
        table.mention(named[0].id, chunk.start_char, chunk.end_char)
    return len(named) == 1


def _add_unnamed_people(table: ActorTable, chunks: list[Span], lex: Lexicon) -> None:
    """"The gunman opened fire", "the alleged shooter was detained": a person the article
    never names but who acts or is acted on (names.yaml ``unnamed_people``) is an actor,
    one per noun, so an attack or an arrest has its perpetrator or suspect. A name given
    beside it ("the suspect, Patrick Crusius") is the actor instead."""
    nouns = actor_words().unnamed_people
    for chunk in chunks:
        root = chunk.root
        if not _common_singular(root) or root.lower_ not in nouns:
            continue
        if not (_doer(root) or root.dep_ in {"dobj", "nsubjpass"}):
            continue
        if any(c.dep_ in {"appos", "compound"} and c.ent_type_ == "PERSON" for c in root.children):
            continue
        if table.covering(chunk.start_char, chunk.end_char) \
                or any(t.dep_ == "poss" for t in chunk):
            continue  # "Crusius's lawyer" is no one new
        words = [t for t in chunk if t.i == root.i or (
            t.i < root.i and t.dep_ in {"amod", "compound"} and not _counts(t)
            and t.is_alpha and t.nbor(-1).text != "-")]  # "28-year-old killer": "killer"
        name = table.text[words[0].idx:root.idx + len(root)]
        country = _word_country(words, root, lex)
        actor_id = table.add(name, "person", country=country, key=f"unnamed-{slug(root.lower_)}")
        table.mention(actor_id, words[0].idx, root.idx + len(root))


def _common_singular(tok: Token) -> bool:
    """A singular common noun, also when the tagger read it as a name ("the electoral
    commission said on Monday" tagged an organisation's name, in lower case)."""
    return tok.tag_ == "NN" or tok.tag_ == "NNP" and tok.is_lower


def _word_country(words: Iterable[Token], root: Token, lex: Lexicon) -> str | None:
    """The country the first word beside a description's head names ("a Turkish official",
    "the Kenyan opposition"), if one does."""
    return next((c for t in words if t.i != root.i for c in [lex.country_of_word(t.text)]
                 if c), None)


def _listed_country(span: Span, lex: Lexicon) -> str | None:
    """The country of the plural noun a name is listed as an example of ("German firms
    including Deutsche Bahn, Deutsche Telekom and Siemens", "European companies such as
    Renault"): the noun's own country word."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" \
            or prep.lower_ not in actor_words().example_words:
        return None
    noun = prep.head
    if noun.tag_ not in {"NNS", "NNPS"}:
        return None
    country = _role_and_country([t for t in noun.lefts], lex)[1]
    return country if country != "EUR" else None  # "European companies": no one state's


def _home_possessor(tok: Token, home_words: frozenset[str]) -> bool:
    """The token is in a possessor that stands for the article's country ("the island
    nation's cabinet")."""
    return any(t.lower_ in home_words and t.dep_ == "poss" for t in [tok, tok.head])


def _inside_other_name(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Token ``i`` continues a longer name that is no country ("Jersey" in "New Jersey",
    "Mexico" in "New Mexico"): not a country's name there (a demonym still counts: "Native
    American")."""
    if i == 0 or tokens[i].ent_iob_ != "I":
        return False
    prev = tokens[i - 1]
    return prev.pos_ == "PROPN" and prev.text[:1].isupper() \
        and not lex.country_of_word(prev.lower_) and prev.lower_ not in lex.titles


def _body_country(span: Span, home: str | None, lex: Lexicon) -> str | None:
    """An organisation's country: its known institution's, or the words in and around it.
    A body many states have ("the Supreme Court", "the Supreme Court of Justice", "the
    Senate") is the one of the country its other words or the article give, the known one
    only when neither does."""
    low = fold(span.text)
    shared = next((p for p in actor_words().shared_institutions
                   if re.search(rf"\b{re.escape(p)}\b", low)), None)
    if shared is None:
        known = _institution(span.text, lex)
        if known is None and actor_words().international_bodies.fullmatch(
                span.text.removeprefix("the ")):
            return None  # "Russia's deputy UN ambassador": the UN is no one state's
        return known or _org_country(span, lex) or _listed_country(span, lex) \
            or lex.capital_state(span.text)  # "Sofia would not agree": the
        # capital, tagged a body, stands for its state (not a seat listed as one only
        # because it is a given name too)
    rest = [t for t in span if t.lower_ not in shared.split()]
    return _role_and_country(rest, lex)[1] or _window_country(span, lex) or home \
        or lex.institutions.get(shared)
