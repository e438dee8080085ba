"""Events: meetings, talks, calls, visits, votes, agreements, attacks (issue 4).

An event is a happening the article reports or announces, found from a trigger word
(``lexicon/events.yaml``): a verb ("met", "voted", "will visit") or a noun that is the
event's main mention ("held talks", "the meeting was attended by", "his Tuesday talk").
A noun that merely names an earlier happening ("the vote") only adds to that event.

Every field comes from the event's own clause in the dependency tree, not from anywhere in
the sentence: participants from its subject, agent and "with/between" phrases; the
convener from "convened by/hosted by/at the invitation of"; the place from its locative
phrases; the date from the time words it governs, resolved against the publication date
and the clause's tense (``extract/dates.py``); the status from tense, modality ("set to",
"expected to", "would") and words like "called off". Mentions of one happening merge.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Any

from spacy.tokens import Doc, Span, Token

from stancemap import lexicon
from stancemap.errors import LexiconError
from stancemap.extract.actors import (
    CLOCK,
    ActorTable,
    actor_words,
    entity_at,
    fold,
    hyphened_start,
    of_place_noun,
    other_party,
)
from stancemap.extract.claim_lexicon import get as claim_words
from stancemap.extract.dates import (
    Tense,
    When,
    day_references,
    is_clock_time,
    is_time_point,
    month_days,
    parse_published,
    refers_back,
    resolve,
)
from stancemap.extract.dates import words as date_words
from stancemap.extract.gender import GenderCheck
from stancemap.extract.headline import body_start, wire_dateline_place
from stancemap.extract.lexicon_index import get as country_lexicon
from stancemap.extract.quotes import PARAGRAPH_BREAK, find_quotes
from stancemap.extract.speakers import counted_kinds, last_coordinated, last_pairing
from stancemap.meaning import is_common_word
from stancemap.model import Actor, Claim, Event, EventStatus, Evidence

# Dependencies that open another clause: its words belong to that clause's event.
CLAUSAL = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "csubjpass", "conj"}
NOMINALS = frozenset({"NOUN", "PROPN"})
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
NOT_PART_OF_NAME = {"appos", "relcl", "acl", "advcl", "punct", "cc"}
PRONOUN_WINDOW = 5  # sentences back a pronoun may reach
NAMES = {"ORG", "GPE", "PERSON", "FAC", "NORP", "LOC", "WORK_OF_ART", "LAW", "PRODUCT"}
CARRY_WINDOW = 4  # sentences an actor's last stated day carries over to its undated acts
CARRY_MAX_AGE_DAYS = 60  # a day older than this before publication is background, not carried
MAX_DESCRIPTION = 14  # tokens
# Verb forms that only modify a noun, by dependency ("ruling" tagged VBG amod is mostly the
# noun "the ruling" misparsed, so it stays).
MODIFIER_TAGS = {"amod": ("VBN",), "compound": ("VBN", "VBG", "VB")}


# --------------------------------------------------------------------------- the words


@dataclass(frozen=True)
class Sense:
    """What a trigger word means: kind, PLOVER type, and the conditions it needs."""

    kind: str
    plover: str | None
    plover_future: str | None = None
    mode: str | None = None
    preps: dict[str, dict[str, Any]] = field(default_factory=dict)
    particles: tuple[str, ...] = ()
    not_particles: tuple[str, ...] = ()  # "ruled out": not a ruling
    not_objects: tuple[str, ...] = ()  # "struck a deal": no attack
    not_cue: tuple[str, ...] = ()  # "a big deal", "much agreement": no pact
    not_proper: bool = False  # "the Paris Agreement": a named text, not a happening
    not_compound: bool = False  # "the fire service": a word before another names nothing
    objects: tuple[str, ...] = ()
    object_kinds: dict[str, dict[str, Any]] = field(default_factory=dict)
    # "was found dead": a complement naming what befell the object makes it another act
    complement_kinds: dict[str, dict[str, Any]] = field(default_factory=dict)
    needs_time: bool = False
    patient: bool = False
    cue: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    refers: bool = False  # only tells more of one told before ("claimed responsibility")
    site_subject: bool = False  # its subject is what it befalls ("the hotel caught fire")
    of_person: bool = False  # a happening only as a named person's ("the death of John Lewis")
    joint: bool = False  # many settling together on an act is a pact ("EU leaders agreed to …")
    toll: bool = False  # said of a count of people, a toll, not a happening ("18 people died")
    host_object: bool = False  # an event only when its object names a guest ("received
    # Vasseur at the Élysée Palace"; not "received a letter")
    # another sense of the same word, taken when its cue words are near and the first's
    # are not ("an air strike": an attack; "an indefinite general strike": a walkout)
    otherwise: tuple[Sense, ...] = ()


@dataclass(frozen=True)
class Kind:
    """What a kind of event does beyond its words (``kinds`` in ``lexicon/events.yaml``)."""

    generic: bool = False  # a verb of it yields to a more specific event noun it governs
    seated: bool = False  # held in a chamber or court, which is its place
    travels: bool = False  # "to"/"into" phrases give its place
    destination: bool = False  # its noun with "to <place>" is an event of its own
    gathering: bool = False  # an "of" phrase after its noun names participants
    one_per_sentence: bool = False  # two such verbs in a sentence are two events
    agents: tuple[str, ...] = ()  # who does it when no one is named ("protesters")
    tells: bool = False  # a speech act: a happening it tells of is an event of its own
    broadcast: bool = False  # said or shown through a medium, which is its place if no other
    honours: bool = False  # a "for" phrase names whom it honours ("a funeral held for X")
    aboard: bool = False  # those named with what it happened to take part ("a helicopter
    # with Kobe Bryant … on board crashed")
    retold: bool = False  # the news of one: an undated later mention is the one told before
    encounter: bool = False  # a few parties meet: other parties named, another encounter
    aimed: bool = False  # the place it is aimed at is where it happens ("struck Kyiv",
    # "seized the town of Kupiansk", "visiting Kenosha")
    harms: bool = False  # kills or destroys by itself: "A fire killed five girls" is a fire


@dataclass(frozen=True)
class EventWords:
    verbs: dict[str, Sense]
    nouns: dict[str, Sense]
    kinds: dict[str, Kind]
    light_verbs: frozenset[str]
    staging_verbs: frozenset[str]  # "hold", "convene": what they take place is a happening
    occurrence_verbs: frozenset[str]
    group_of: dict[str, int]
    involving_verbs: frozenset[str]  # "talks involving negotiators from Egypt": who takes part
    world_regions: frozenset[str]  # "Europe", "the Middle East": above any country
    following_words: frozenset[str]  # "after talks": just after, the same day
    setting_nouns: frozenset[str]  # "on the sidelines of the summit": another event's setting
    aims: frozenset[str]  # "met the deadline", "goals were met": fulfilled, not met with
    status: dict[str, frozenset[str]]
    not_held: frozenset[str]  # the planned, expected and cancelled status words together
    issuing_verbs: frozenset[str]  # "a statement released on Thursday": it was done
    venue_heads: frozenset[str]  # "at the state guest house Jamuna": a named venue
    cancel_words: tuple[str, ...]  # "cancel", "call off"
    convening_verbs: frozenset[str]  # "called a rally for Tuesday": set to come
    refusal_words: tuple[str, ...]  # "refused to meet": no meeting
    prevention_words: frozenset[str]  # "deter Russia from attacking": no attack
    location_preps: frozenset[str]
    broadcast_place_preps: frozenset[str]
    direction_preps: frozenset[str]
    forward_preps: frozenset[str]
    scheduling_verbs: frozenset[str]  # "scheduled for March 12": a day set ahead
    participant_preps: frozenset[str]
    owner_preps: frozenset[str]  # "an advisor for Trump": whom a relation noun is described by
    governing_heads: frozenset[str]  # "the ruling party": a participle that names who rules
    taking_part_preps: frozenset[str]  # "voted in a by-election this week": the event's time
    involvement_nouns: frozenset[str]  # "denied any involvement in the attack"
    successor_words: frozenset[str]  # "a new president": no one holding the office now
    state_gerunds: frozenset[str]  # "assisted dying": a practice, no one's death
    same_day_units: frozenset[str]  # "hours after": on the head's day
    not_light_particles: dict[str, frozenset[str]]  # "held up": delayed, not held
    count_words: frozenset[str]  # "Dozens died": a count of people, not one
    purpose_motion_verbs: frozenset[str]  # "turned out to vote": the vote is done
    enacting_verbs: frozenset[str]  # "voted to pass the bill": the passing is done
    measure_nouns: frozenset[str]  # "a series of pardons": the pardons are the object
    seat_nouns: frozenset[str]  # "at the alliance's headquarters": a body's seat
    seat_verbs: frozenset[str]  # "the court, which sits in Batumi": where it sits
    round_nouns: frozenset[str]  # "a fourth round": the next of the series told before
    round_kinds: frozenset[str]
    verdict_words: frozenset[str]  # "were found guilty": the bench's act, unnamed
    presupposing_preps: frozenset[str]  # "after a mass shooting": it happened
    occasion_preps: frozenset[str]  # "agreed at the summit": where a done act was done
    addressing_verbs: frozenset[str]  # "told a news conference": who spoke took part
    sitting_verbs: frozenset[str]  # "warned the Security Council": a sitting of it
    appearing_verbs: frozenset[str]  # "report to the Lower House": a sitting of it
    appearing_preps: frozenset[str]  # … "to", "before"
    chamber_verbs: frozenset[str]  # "when the Sejm next sits": a sitting of the chamber
    sitting: Sense
    court_sitting: Sense
    court_words: frozenset[str]
    phase_nouns: frozenset[str]  # "at the end of the summit": at the summit
    preceding_words: frozenset[str]  # "days before a summit": it is still to come
    when_words: frozenset[str]  # "by Wednesday, when ambassadors meet": that day's clause
    founding_verbs: frozenset[str]  # "agreed to form a working group": its members
    new_determiners: frozenset[str]  # "an extraordinary meeting of the committee": a new one
    absolute_preps: frozenset[str]  # "…, with the next round scheduled for Dec. 15"
    date_nouns: frozenset[str]  # "fixed February 18 as the date for the election"
    asking_verbs: frozenset[str]  # "calling for a ceasefire": asked for, not held
    readiness_words: frozenset[str]  # "open to talks", "ready for talks": not held
    topic_verbs: frozenset[str]  # "discussed the war in Sudan": the object is a topic
    advice_modals: frozenset[str]  # "they should win an election": advised, not done
    area_nouns: frozenset[str]  # "Beirut's southern suburbs": a part of the place named
    undergoing_verbs: frozenset[str]  # "Puerto Rico has experienced dozens of earthquakes"
    party_preps: frozenset[str]
    recipient_preps: frozenset[str]
    venue_preps: frozenset[str]
    covered_preps: frozenset[str]
    within_preps: frozenset[str]
    spoken_of_verbs: frozenset[str]  # "briefed lawmakers on the talks": spoken of
    during_preps: frozenset[str]  # "During the funeral on Tuesday, a stampede erupted"
    capacity_preps: frozenset[str]  # "sworn in as president on Saturday": the act's day
    at_place_preps: frozenset[str]  # "speaking at an event on Wednesday": the act's day
    entrant_nouns: frozenset[str]  # "a candidate for the election" takes part in it
    entrant_preps: frozenset[str]
    definite_words: frozenset[str]
    possessive_words: frozenset[str]  # "its primary election": the one told of, same word
    place_drop_words: frozenset[str]
    object_participant_verbs: frozenset[str]
    place_object_verbs: frozenset[str]
    host_verbs: frozenset[str]
    attribution_verbs: frozenset[str]  # "according to X on Friday": X tells, not the clause
    channel_nouns: frozenset[str]  # "a post on Medium", "a YouTube video": what carries words
    channel_preps: frozenset[str]  # "on Twitter", "via a YouTube video"
    posting_verbs: frozenset[str]  # "posted to Twitter": "to" names the medium after these
    posting_preps: frozenset[str]
    performative_adjectives: frozenset[str]  # "glad to endorse him": done in the saying
    convener_agents: frozenset[str]
    convener_invitations: frozenset[str]
    legislatures: frozenset[str]
    chamber_adjectives: frozenset[str]  # "a parliamentary vote": the chamber's
    national_votes: frozenset[str]  # "the referendum will be held": the story's state's
    not_place_words: frozenset[str]
    time_zones: frozenset[str]
    clock_nouns: frozenset[str]  # "local time on Saturday": no other noun's day
    targeted_types: frozenset[str]
    mutual_types: frozenset[str]
    figurative_preps: dict[str, frozenset[str]]
    reception_verbs: frozenset[str]  # "was met with applause": a reception, no meeting
    conditional_marks: frozenset[str]
    same_time_marks: frozenset[str]
    time_clause_marks: frozenset[str]  # "when they meet": present tells the future
    earlier_adverbs: frozenset[str]  # "previously convicted": before the news told
    later_adverbs: frozenset[str]  # "and later banned": after the day named
    phase_verbs: frozenset[str]  # "began to stab": the stabbing, at the beginning's time
    relative_time_preps: frozenset[str]  # "before the vote": set by another happening
    absent_preps: frozenset[str]  # "without a vote": the happening did not take place
    following_nouns: frozenset[str]  # "in the wake of his death": after another happening
    demand_verbs: frozenset[str]
    future_aux: frozenset[str]
    future_modals: frozenset[str]
    obligation_modals: frozenset[str]
    future_verbs: frozenset[str]
    inviting_verbs: frozenset[str]  # "has invited X to Y on Thursday": a day ahead
    past_aux: frozenset[str]
    perfect_aux: frozenset[str]
    past_modals: frozenset[str]
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    plural_subject_pronouns: frozenset[str]
    first_plural_pronouns: frozenset[str]  # "we", "our", "us" in a joint quote: all of them
    singular_thing_pronouns: frozenset[str]  # "its": a thing its clause's subject may be

    def kind(self, name: str) -> Kind:
        return self.kinds.get(name, _PLAIN)


_PLAIN = Kind()


def _of_named_person(noun: Token) -> bool:
    """The singular noun is a named person's ("Pohiva's death", "the death of John Lewis"),
    not a count or a figure of speech ("100,000 deaths", "the death of CentOS")."""
    if noun.tag_ != "NN":
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return any(o.ent_type_ == "PERSON" for o in owners)


def _sense(entry: dict[str, Any]) -> Sense:
    return Sense(
        kind=entry["kind"],
        plover=entry.get("plover"),
        plover_future=entry.get("plover_future"),
        mode=entry.get("mode"),
        preps=entry.get("preps") or {},
        particles=tuple(entry.get("particles") or ()),
        not_particles=tuple(entry.get("not_particles") or ()),
        not_objects=tuple(entry.get("not_objects") or ()),
        not_cue=tuple(entry.get("not_cue") or ()),
        not_proper=bool(entry.get("not_proper")),
        not_compound=bool(entry.get("not_compound")),
        objects=tuple(entry.get("objects") or ()),
        object_kinds=entry.get("object_kinds") or {},
        complement_kinds=entry.get("complement_kinds") or {},
        needs_time=bool(entry.get("needs_time")),
        patient=bool(entry.get("patient")),
        cue=tuple(entry.get("cue") or ()),
        subjects=tuple(str(w).lower() for w in entry.get("subjects") or ()),
        refers=bool(entry.get("refers")),
        site_subject=bool(entry.get("site_subject")),
        of_person=bool(entry.get("of_person")),
        joint=bool(entry.get("joint")),
        toll=bool(entry.get("toll")),
        host_object=bool(entry.get("host_object")),
        otherwise=tuple(_sense(e) for e in entry.get("otherwise") or ()),
    )


@lexicon.cached
def words() -> EventWords:
    """The event lexicon, parsed once."""
    data = lexicon.load("events")
    groups: dict[str, int] = {}
    for i, kinds in enumerate(data.get("groups") or []):
        for kind in kinds:
            groups[kind] = i
    cues = data.get("convener_cues") or {}
    tense = data.get("tense") or {}
    pronouns = data.get("pronouns") or {}
    verbs = {k: _sense(v) for k, v in (data.get("verbs") or {}).items()}
    nouns = {k: _sense(v) for k, v in (data.get("nouns") or {}).items()}

    def words_at(key: str) -> frozenset[str]:
        return frozenset(data.get(key) or ())

    return EventWords(
        verbs=verbs, nouns=nouns, kinds=_kinds(data.get("kinds") or {}, verbs, nouns),
        light_verbs=words_at("light_verbs"), staging_verbs=words_at("staging_verbs"),
        occurrence_verbs=words_at("occurrence_verbs"),
        group_of=groups,
        setting_nouns=words_at("setting_nouns"), involving_verbs=words_at("involving_verbs"),
        world_regions=frozenset(w.lower() for w in data.get("world_regions") or ()),
        following_words=words_at("following_words"),
        aims=words_at("aims"),
        status=(status := {k: frozenset(v) for k, v in (data.get("status") or {}).items()}),
        not_held=frozenset().union(*(status.get(k, ()) for k in ("planned", "expected",
                                                                 "cancelled"))),
        cancel_words=tuple(data.get("cancel_words") or ()),
        convening_verbs=frozenset(data.get("convening_verbs") or ()),
        refusal_words=tuple(data.get("refusal_words") or ()),
        prevention_words=frozenset(data.get("prevention_words") or ()),
        location_preps=words_at("location_preps"), direction_preps=words_at("direction_preps"),
        broadcast_place_preps=words_at("broadcast_place_preps"),
        forward_preps=words_at("forward_preps"), scheduling_verbs=words_at("scheduling_verbs"),
        participant_preps=words_at("participant_preps"), party_preps=words_at("party_preps"),
        owner_preps=words_at("owner_preps"), governing_heads=words_at("governing_heads"),
        taking_part_preps=words_at("taking_part_preps"),
        involvement_nouns=words_at("involvement_nouns"),
        successor_words=words_at("successor_words"), count_words=words_at("count_words"),
        state_gerunds=words_at("state_gerunds"),
        same_day_units=words_at("same_day_units"),
        not_light_particles={str(k): frozenset(v) for k, v in
                             (data.get("not_light_particles") or {}).items()},
        purpose_motion_verbs=words_at("purpose_motion_verbs"),
        enacting_verbs=words_at("enacting_verbs"),
        measure_nouns=words_at("measure_nouns"), issuing_verbs=words_at("issuing_verbs"),
        venue_heads=words_at("venue_heads"),
        seat_nouns=words_at("seat_nouns"), seat_verbs=words_at("seat_verbs"),
        round_nouns=words_at("round_nouns"), round_kinds=words_at("round_kinds"),
        verdict_words=words_at("verdict_words"),
        presupposing_preps=words_at("presupposing_preps"),
        occasion_preps=words_at("occasion_preps"),
        addressing_verbs=words_at("addressing_verbs"), phase_nouns=words_at("phase_nouns"),
        sitting_verbs=words_at("sitting_verbs"), sitting=_sense(data["sitting"]),
        appearing_verbs=words_at("appearing_verbs"), appearing_preps=words_at("appearing_preps"),
        chamber_verbs=words_at("chamber_verbs"),
        court_sitting=_sense(data["court_sitting"]), court_words=words_at("court_words"),
        preceding_words=words_at("preceding_words"),
        when_words=words_at("when_words"),
        founding_verbs=words_at("founding_verbs"),
        new_determiners=words_at("new_determiners"),
        absolute_preps=words_at("absolute_preps"),
        date_nouns=words_at("date_nouns"),
        asking_verbs=words_at("asking_verbs"), readiness_words=words_at("readiness_words"),
        topic_verbs=words_at("topic_verbs"), advice_modals=words_at("advice_modals"),
        area_nouns=words_at("area_nouns"), undergoing_verbs=words_at("undergoing_verbs"),
        recipient_preps=words_at("recipient_preps"), venue_preps=words_at("venue_preps"),
        covered_preps=words_at("covered_preps"), within_preps=words_at("within_preps"),
        spoken_of_verbs=words_at("spoken_of_verbs"),
        during_preps=words_at("during_preps"), capacity_preps=words_at("capacity_preps"),
        at_place_preps=words_at("at_place_preps"),
        entrant_nouns=words_at("entrant_nouns"), entrant_preps=words_at("entrant_preps"),
        definite_words=words_at("definite_words"),
        possessive_words=words_at("possessive_words"),
        place_drop_words=words_at("place_drop_words"),
        object_participant_verbs=words_at("object_participant_verbs"),
        place_object_verbs=words_at("place_object_verbs"), host_verbs=words_at("host_verbs"),
        attribution_verbs=words_at("attribution_verbs"),
        channel_nouns=words_at("channel_nouns"), channel_preps=words_at("channel_preps"),
        posting_verbs=words_at("posting_verbs"), posting_preps=words_at("posting_preps"),
        performative_adjectives=words_at("performative_adjectives"),
        convener_agents=frozenset(cues.get("agent_of") or ()),
        convener_invitations=frozenset(cues.get("invited_by") or ()),
        legislatures=words_at("legislatures"), not_place_words=words_at("not_place_words"),
        chamber_adjectives=words_at("chamber_adjectives"),
        national_votes=words_at("national_votes"),
        time_zones=frozenset(z.upper() for z in data.get("time_zones") or ()),
        clock_nouns=words_at("clock_nouns"),
        targeted_types=words_at("targeted_types"), mutual_types=words_at("mutual_types"),
        reception_verbs=words_at("reception_verbs"),
        figurative_preps={k: frozenset(v) for k, v in
                          (data.get("figurative_preps") or {}).items()},
        conditional_marks=words_at("conditional_marks"),
        same_time_marks=words_at("same_time_marks"),
        time_clause_marks=words_at("time_clause_marks"),
        earlier_adverbs=words_at("earlier_adverbs"),
        later_adverbs=words_at("later_adverbs"),
        phase_verbs=words_at("phase_verbs"),
        relative_time_preps=words_at("relative_time_preps"),
        absent_preps=words_at("absent_preps"),
        following_nouns=words_at("following_nouns"),
        demand_verbs=words_at("demand_verbs"),
        future_aux=frozenset(tense.get("future_aux") or ()),
        future_modals=frozenset(tense.get("future_modals") or ()),
        obligation_modals=frozenset(tense.get("obligation_modals") or ()),
        future_verbs=frozenset(tense.get("future_verbs") or ()),
        inviting_verbs=frozenset(tense.get("inviting_verbs") or ()),
        past_aux=frozenset(tense.get("past_aux") or ()),
        perfect_aux=frozenset(tense.get("perfect_aux") or ()),
        past_modals=frozenset(tense.get("past_modals") or ()),
        person_pronouns=frozenset(pronouns.get("person") or ()),
        thing_pronouns=frozenset(pronouns.get("thing") or ()),
        plural_subject_pronouns=frozenset(pronouns.get("plural_subject") or ()),
        first_plural_pronouns=frozenset(pronouns.get("first_plural") or ()),
        singular_thing_pronouns=frozenset(pronouns.get("singular_thing") or ()),
    )


def _kinds(data: dict[str, Any], verbs: dict[str, Sense], nouns: dict[str, Sense]
           ) -> dict[str, Kind]:
    """The ``kinds`` entries; a kind no word has, or a property no code reads, is an error
    (a typo would otherwise silently change nothing)."""
    known = {s.kind for v in [*verbs.values(), *nouns.values()] for s in (v, *v.otherwise)}
    known |= {str(o["kind"]) for s in verbs.values()
              for o in [*s.preps.values(), *s.object_kinds.values(),
                       *s.complement_kinds.values()] if "kind" in o}
    props = set(Kind.__dataclass_fields__)
    out: dict[str, Kind] = {}
    for name, entry in data.items():
        wrong = sorted(set(entry or {}) - props)
        if name not in known or wrong:
            problem = f"unknown property {wrong[0]!r}" if wrong else "no verb or noun has it"
            raise LexiconError(f"lexicon events.yaml: kinds: {name!r}: {problem} — fix it "
                               "in the file or in $STANCEMAP_LEXICON")
        out[name] = Kind(**{k: tuple(str(w) for w in v) if isinstance(v, list) else bool(v)
                            for k, v in (entry or {}).items()})
    return out


# --------------------------------------------------------------------------- candidates


@dataclass
class _Candidate:
    """One mention of a happening, before mentions of the same happening merge."""

    sense: Sense
    trigger: Token
    anchor: Token  # the clause head whose subject, tense and time words the event takes
    nouns: list[Token]
    sent: int
    participants: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    convener: str | None = None
    location: str | None = None
    weak_location: bool = False  # guessed from a participant, not said of the event
    guessed_country: bool = False  # the participants' one country, the last guess
    channel: bool = False  # the place is the medium it went out through ("on Twitter")
    stranded: list[Token] = field(default_factory=list)  # its subject, as the parse lost it
    when: When | None = None
    has_time_words: bool = False
    status: EventStatus = "held"
    mention_only: bool = False  # "the vote": may add to an event, never makes one
    kind: str = ""
    mode: str | None = None
    plover: str | None = None

    @property
    def group(self) -> int:
        return words().group_of.get(self.kind, hash(self.kind))


def extract_events(doc: Doc, actors: ActorTable, published: str | None,
                   claims: Iterable[Claim] = ()) -> tuple[list[Event], ActorTable]:
    """Events of one article, and the actor table with the countries their words named
    (``actors`` is unchanged); every participant and convener id is in the table returned.
    The claims quoted directly say who "I" and "we" inside each quote are."""
    table = actors.fork()
    ctx = _Context(doc, table, parse_published(published))
    ctx.quoted = [(c.evidence.start, c.evidence.end, c.speakers) for c in claims
                  if c.quote == "direct" and c.speakers]
    cands: list[_Candidate] = []
    first = body_start(doc)
    for sent_i, sent in enumerate(doc.sents):
        if sent.end_char <= first or not any(t.pos_ in {"VERB", "AUX"} for t in sent):
            continue  # a headline, a dateline or a caption
        if _is_question(sent):
            continue  # an interviewer's "Will the maintainers appoint…?" reports nothing
        cands.extend(ctx.candidates(sent, sent_i))
    for cand in cands:
        ctx.fill(cand)
    cands = [c for c in cands if c.status is not None]
    ctx.place_where_clauses(cands)
    merged = _merge(cands)
    _take_settings(merged)
    ctx.carry_dates(merged)
    return [ctx.to_event(i, group) for i, group in enumerate(merged, start=1)], table


class _Context:
    """The per-document state: the parse, the actors, the time words and their days."""

    def __init__(self, doc: Doc, actors: ActorTable, published: date | None) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text rebuilds the string on every access
        self.actors = actors
        self.quoted: list[tuple[int, int, list[str]]] = []  # direct quotes and who said them
        self.published = published
        self.lex = words()
        self.ent_at = {ent.start: ent for ent in doc.ents}  # entity by first token
        self.sent_of: dict[int, int] = {}
        for i, sent in enumerate(doc.sents):
            for tok in sent:
                self.sent_of[tok.i] = i
        self.mentions = sorted(actors.mentions_before(len(self.text) + 1))
        self._mention_starts = [s for s, _, _ in self.mentions]
        self._longest_mention = max((e - s for s, e, _ in self.mentions), default=0)
        self.sents = list(doc.sents)
        self.sent_start_char = [sent.start_char for sent in self.sents]
        self.times = self._time_words()
        self._pronouns: dict[int, str | None] = {}
        self._groups: dict[str, str] | None = None  # a group's plain name -> its id
        self._gender = GenderCheck(self.text)
        self._encounters: list[_Candidate] = []  # filled meetings and talks, in text order
        self._last_chamber: str | None = None  # the chamber the last seated act was held by

    def _mentions_from(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Actor mentions starting at character ``lo`` up to ``hi`` (excluded), by bisection:
        a lookup costs the same in a long text as in a short one."""
        a = bisect.bisect_left(self._mention_starts, lo)
        b = bisect.bisect_left(self._mention_starts, hi)
        return self.mentions[a:b]

    def _mentions_within(self, toks: Iterable[Token]) -> list[str]:
        """The actors of the mentions that start and end inside these tokens' characters."""
        chars = {c for t in toks for c in range(t.idx, t.idx + len(t.text))}
        return [a for s, e, a in self._mentions_from(min(chars, default=0),
                                                     max(chars, default=-1) + 1)
                if s in chars and (e - 1) in chars]

    # --- time words ---------------------------------------------------------------------
    def _converted(self, span: Span) -> bool:
        """A time in brackets with a zone is the local time told again in another zone ("on
        Saturday (2024 Friday, UTC)"): the happening's day is the one outside."""
        sent = span.sent
        opening = next((t for t in reversed(self.doc[sent.start:span.start]) if t.text in "()"),
                       None)
        closing = next((t for t in self.doc[span.end:sent.end] if t.text in "()"), None)
        if opening is None or closing is None or opening.text != "(" or closing.text != ")":
            return False
        inside = self.doc[opening.i + 1:closing.i]
        return any(t.text.upper() in self.lex.time_zones for t in inside) \
            and any(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in date_words().day_words
                    for t in self.doc[sent.start:opening.i])

    def _time_words(self) -> list[tuple[Span, When, int]]:
        """Every time expression with its day, in text order; "that day" takes the last."""
        spans: list[Span] = [e for e in self.doc.ents if e.label_ in {"DATE", "TIME"}]
        covered = {t.i for s in spans for t in s}
        day_words = date_words().day_words
        for tok in self.doc:  # the small model misses some bare weekdays and "yesterday"
            if tok.i not in covered and tok.lower_ in day_words \
                    and tok.ent_type_ not in NAMES:  # "according to USA Today": a name
                spans.append(self.doc[tok.i:tok.i + 1])
        for start, end in [*day_references(self.text), *month_days(self.text)]:
            # "That same day" untagged; "on June 20" run into a name by the tagger
            ref = self.doc.char_span(start, end, alignment_mode="contract")
            if ref is not None and len(ref) and not any(t.i in covered for t in ref):
                spans.append(ref)
                covered.update(t.i for t in ref)
        first = body_start(self.doc)  # a headline's or dateline's days date nothing
        spans = sorted((_with_zone(_time_tail(_without_clause(s)), self.lex.time_zones)
                        for s in spans if s.start_char >= first),
                       key=lambda s: s.start)
        cut = [c for c in (_after_dateline(s, self.text) for s in spans) if c is not None]
        joined: list[Span] = []
        for span in cut:  # "Yesterday" + "afternoon" (DATE + TIME) are one expression,
            # and so are a clock time and the day it is on ("7am on Friday 13 March")
            if joined and joined[-1].end < len(self.doc) \
                    and self.doc[joined[-1].end].text == "(" \
                    and is_clock_time(joined[-1].text) and ")" in [
                        t.text for t in self.doc[span.end:span.end + 2]]:
                continue  # "6 p.m. (1700 UTC)": the same time in another zone
            if joined and _day_then_bracketed_date(joined[-1], span):
                joined[-1] = self.doc[joined[-1].start:span.end + 1]  # with its ")"
            elif joined and (joined[-1].end == span.start or _clock_then_on(joined[-1], span)
                             or _day_then_date(joined[-1], span)):
                joined[-1] = self.doc[joined[-1].start:span.end]
            else:
                joined.append(span)
        out: list[tuple[Span, When, int]] = []
        reference: date | None = None
        reference_done: date | None = None  # the last day named that is not after publication
        undated_in = -1  # the sentence of the last month or year named without a day
        quotes = find_quotes(self.text)
        for span in joined:
            if not is_time_point(span.text) or self._converted(span):
                continue
            sent_i = self.sent_of[span.start]
            sent = span.sent
            if not any(t.pos_ in {"VERB", "AUX"} for t in sent):
                continue
            tense = None if _after_forward_word(span, self.lex) \
                else _tense_of(_clause_head(span.root))
            anchor = reference if undated_in != sent_i else None
            if tense == "past" and reference is not None and self.published is not None \
                    and reference > self.published:
                # "killing eight people on the same day", after a sentence that named the
                # next hearing: a past act's "same day" is the last day already gone by
                anchor = reference_done
            when = resolve(span.text, self.published, tense, anchor=anchor)
            month = any(t.lower_ in date_words().months for t in span)
            named_day = month and any(t.like_num for t in span)  # "Friday, August 30": a
            # day of the year
            year = _year_of_sentence(span) if when.relative and month else None
            if year is not None:  # "In 2019, outbreaks were declared … on February 6"
                when = replace(resolve(f"{span.text} {year}", None), text=span.text)
            if when.relative and not named_day \
                    and quotes.inside(span.start_char, span.end_char) > 0.5:
                # "Today's judgment", said in a quote: relative to the day it was said (a
                # day the sentence gives outside the quote), else to no day we know
                said = next((w for sp, w, si in reversed(out) if si == sent_i and w.date
                             and quotes.inside(sp.start_char, sp.end_char) <= 0.5), None)
                if said is not None:
                    when = resolve(span.text, said.date, tense)
                elif tense != "future":
                    when = When(text=span.text)
                # (else '"On Tuesday we will sign it," Chapo told reporters': a day still
                # to come from the day it was said is, in news told days after, the one to
                # come from publication)
            out.append((span, when, sent_i))
            if when.date:
                reference = date.fromisoformat(when.date)
                if self.published is None or reference <= self.published:
                    reference_done = reference
            elif month or any(t.like_num and len(t.text) == 4 for t in span):
                undated_in = sent_i  # "would be held in the first half of April 2027, with
                # a referendum … on the same day": no day the article names is that day
        return out

    # --- finding triggers ---------------------------------------------------------------
    def candidates(self, sent: Span, sent_i: int) -> list[_Candidate]:
        out: list[_Candidate] = []
        absorbed: set[int] = set()
        for tok in sent:
            if tok.i in absorbed:
                continue
            if tok.pos_ == "VERB":
                sense = self._verb_sense(tok)
                if sense is None or _is_modifier(tok) or self._rules_over(tok) \
                        or self._refused(tok):
                    continue
                if tok.tag_ == "VBG" and tok.lemma_.lower() in self.lex.state_gerunds \
                        and tok.dep_ != "advcl" \
                        and not any(c.dep_ in SUBJECTS for c in tok.children):
                    continue  # "legalise assisted dying", "dying people": no one's death
                if tok.dep_ == "advcl" and tok.tag_ == "VBG" \
                        and self._harming_subject(tok.head) is not None:
                    continue  # "An earthquake hit Izmir on Friday, killing 25 people": the
                    # quake's toll, no attack of its own
                nouns = self._event_nouns_of(tok, sense)
                absorbed.update(n.i for n in nouns)
                for noun in nouns:  # "met for their seventh trilateral summit" is a summit
                    ns = self._noun_sense(noun)
                    if ns is not None and ns.kind != sense.kind \
                            and self.lex.kind(sense.kind).generic and (
                                ns.plover == sense.plover
                                or tok.lemma_.lower() in self.lex.light_verbs):
                        sense = ns  # ("attended the ceremony": a ceremony, whatever its
                        # sort of act)
                harm = self._harming_subject(tok)
                if harm is not None:  # "A fire … killed five girls": a fire, not an attack
                    nouns.append(harm)
                    absorbed.add(harm.i)
                    sense = replace(self._noun_sense(harm), patient=sense.patient)
                out.append(_Candidate(sense, tok, tok, nouns, sent_i, mention_only=sense.refers))
        for tok in sent:
            if tok.i in absorbed or tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in NAMES:
                continue  # "the General Assembly" names a body, not a happening
            sense = self._noun_sense(tok)
            if sense is not None and not self._cued(tok, sense, by_words=True):
                sense = next((o for o in sense.otherwise if self._cued(tok, o, by_words=True)),
                             sense)
            if sense is None or not self._cued(tok, sense):
                sense = self._round_sense(tok)  # ("a second session": of the talks told)
            if sense is None or not self._cued(tok, sense):
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ in self.lex.absent_preps:
                continue  # "forced the budget through without a vote": none was held
            head = self._light_head(tok)
            if head is not None:
                if self._verb_sense(head) is not None or self._refused(head):
                    continue  # the verb's own candidate holds it
                out.append(_Candidate(sense, tok, head, [tok], sent_i,
                                      mention_only=self._told_just_before(tok, sense, out)))
            else:
                cand = _Candidate(sense, tok, tok, [tok], sent_i)
                cand.mention_only = not self._noun_stands_alone(tok)
                out.append(cand)
        return out

    def _held_by_a_chamber(self, cand: _Candidate) -> bool:
        """Words of the event's own say a chamber holds it: a parliamentary adjective or a
        bill's stage before its noun ("a parliamentary vote", "the third reading vote", "the
        committee stage debate"), or the stage is the noun ("the second reading …"; events.yaml
        chamber_adjectives)."""
        words = self.lex.chamber_adjectives
        return any(c.dep_ in {"amod", "compound"} and c.lower_ in words
                   or c.i == cand.trigger.i and c.lemma_.lower() in words
                   for n in [*cand.nouns, cand.trigger] for c in (n, *n.children))

    def _told_just_before(self, tok: Token, sense: Sense, before: list[_Candidate]) -> bool:
        """"The vote" after "voted" in the same sentence ("The parliament voted to extend …;
        the vote passed with 215 votes"): the act just told, which a second one of its kind
        in the sentence would not join (kinds one_per_sentence)."""
        return self.lex.kind(sense.kind).one_per_sentence \
            and any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children) \
            and any(c.trigger.lemma_.lower() == tok.lemma_.lower() and c.trigger.i < tok.i
                    for c in before)

    def _refused(self, verb: Token) -> bool:
        """The act is what someone refuses or rules out ("Tusk ruled out deploying Polish
        soldiers", "refused to meet Zelenskiy", "rejected holding talks"): it does not take
        place (events.yaml refusal_words)."""
        if verb.dep_ not in {"xcomp", "dobj", "pcomp", "ccomp"} or verb.tag_ not in {"VB", "VBG"}:
            return False
        head = verb.head
        if verb.dep_ == "pcomp" and head.lower_ == "from" \
                and head.head.lemma_.lower() in self.lex.prevention_words:
            return True  # "to deter Russia from attacking Ukraine again": kept from happening
        return self._refusing(head)

    def _refusing(self, verb: Token) -> bool:
        """``verb`` refuses, denies or rules out what it governs (refusal_words)."""
        return any(_says(verb, w) for w in self.lex.refusal_words)

    def _harming_subject(self, verb: Token) -> Token | None:
        """The subject of ``verb`` that is a happening harming by itself ("A fire yesterday
        afternoon killed five girls", "the quake struck"), when the verb is one such a
        happening does (occurrence_verbs)."""
        if verb.lemma_.lower() not in self.lex.occurrence_verbs:
            return None
        for c in verb.children:
            if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.ent_type_ not in NAMES:
                ns = self._noun_sense(c)
                if ns is not None and self.lex.kind(ns.kind).harms and self._cued(c, ns):
                    return c
        return None

    def _rules_over(self, tok: Token) -> bool:
        """A participle naming who holds power ("the ruling Democratic Rally", "the governing
        coalition"), not a happening: before a name or a body word (events.yaml
        governing_heads)."""
        head = tok.head
        return tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.i < head.i and (
            head.pos_ == "PROPN" or head.lemma_.lower() in self.lex.governing_heads)

    def _verb_sense(self, tok: Token) -> Sense | None:
        if tok.pos_ == "VERB" and (tok.lemma_.lower() in self.lex.sitting_verbs
                                   or tok.lemma_.lower() in self.lex.appearing_verbs) \
                and (chamber := self._chamber_spoken_to(tok)) is not None:
            return self.lex.court_sitting if set(chamber.lower().split()) \
                & self.lex.court_words else self.lex.sitting  # "warned the U.N. Security
            # Council on Thursday"; "told the court she was forced"
        if tok.pos_ == "VERB" and tok.lemma_.lower() in self.lex.chamber_verbs and any(
                c.dep_ == "nsubj" and (any(self._chamber(self.actors.get(a))
                                           for a in self._np_actors(c))
                                       or c.lemma_.lower() in self.lex.legislatures)
                for c in tok.children):
            return self.lex.sitting  # "when the Sejm next sits, on 9 December"
        sense = self.lex.verbs.get(tok.lemma_.lower())
        if sense is None or tok.pos_ != "VERB":
            return None
        figurative = self.lex.figurative_preps.get(sense.plover or "", frozenset()) \
            | self.lex.figurative_preps.get(tok.lemma_.lower(), frozenset())
        if figurative and any(c.dep_ == "prep" and c.lower_ in figurative and not any(
                g.ent_type_ in {"DATE", "TIME"} for g in c.children) for c in tok.children):
            return None  # "attacked the inquiry as garbage", "attacked Trump for the tweet":
            # words, not force ("for three days" is how long)
        if tok.lemma_.lower() in self.lex.reception_verbs \
                and any(c.dep_ == "auxpass" for c in tok.children) \
                and any(c.dep_ == "prep" and c.lower_ == "with" and not any(
                    self._np_actors(g) for g in c.children if g.dep_ == "pobj")
                    for c in tok.children):
            return None  # "was met with applause", "met with protests": how it was taken
        if tok.lemma_.lower() in self.lex.reception_verbs and any(
                c.dep_ in {"dobj", "nsubjpass"} and self._aim(c) for c in tok.children):
            return None  # "failed to meet the public's expectations", "until its goals were
            # met": an aim fulfilled, no one met
        kids = {c.lower_ for c in tok.children if c.dep_ in {"prt", "prep"}
                or c.dep_ == "advmod" and c.i == tok.i + 1}  # "stepped down" (down: advmod)
        if sense.particles and not kids & set(sense.particles) \
                or kids & set(sense.not_particles):
            return None
        if sense.not_objects and any(_lemma(o) in sense.not_objects for o in tok.children
                                     if o.dep_ in {"dobj", "nsubjpass", "obj"}):
            return None  # "struck a deal": the deal is the happening, not a strike
        if sense.objects or sense.object_kinds:
            objs = {_lemma(c) for o in tok.children
                    if o.dep_ in {"dobj", "nsubjpass", "obj", "attr", "oprd", "acomp"}
                    for c in self._measured(o)}  # ("became the party's nominee")
            objs |= {_lemma(g) for c in tok.children if c.dep_ == "prep"
                     for g in c.children if g.dep_ == "pobj"}
            if tok.dep_ == "acl" and tok.tag_ == "VBN" or tok.dep_ == "relcl" and any(
                    o.dep_ in {"dobj", "obj"} and o.tag_ in {"WDT", "WP"} for o in tok.children):
                objs.add(_lemma(tok.head))  # "a compromise text tabled by the chair": the
                # noun a passive participle describes is its object; "The bill, which the
                # Chamber of Deputies approved on November 19": the one the relative names
            # "police fired and landed a live round": the object the coordinated verb shares
            objs |= {_lemma(g) for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                     for g in c.children if g.dep_ in {"dobj", "obj"}}
            # "agreed to extend a fragile ceasefire": the object of the act agreed on (not
            # in a gerund under a preposition: "punished for refusing to support his bid")
            objs |= {_lemma(g) for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                     and tok.dep_ != "pcomp"
                     for g in c.children if g.dep_ in {"dobj", "obj"}}
            kinds = {o: k for o, k in sense.object_kinds.items() if not k.get("subjects")
                     or self._subject_is(tok, tuple(k["subjects"]))}  # ("The Senate
            # rejected a stopgap bill": a vote; "Democrats rejected the bill": a position)
            if not objs & (set(sense.objects) | set(kinds)) and not any(
                    c.dep_ == "prep" and c.lower_ in sense.preps and any(
                        g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}
                        for g in c.children) for c in tok.children) \
                    and not (sense.joint and self._settled_together(tok)):
                return None  # (a preposition of its own stands for an object: "fired on
                # protesters")
            # the object decides what the act is: "issued a subpoena" / "issued an opinion"
            own = next((kinds[o] for o in sorted(objs) if o in kinds), None)
            if own is not None:
                sense = replace(sense, kind=own.get("kind", sense.kind),
                                plover=own.get("plover", sense.plover),
                                plover_future=own.get("plover_future"), mode=own.get("mode"),
                                object_kinds={})
        if sense.host_object and not any(
                (guest := self.actors.covering(c.idx, c.idx + len(c))) is not None
                and self.actors.get(guest).kind in {"person", "country"}
                and c.pos_ == "PROPN" or self._counted_people(c)
                for c in tok.children if c.dep_ in {"dobj", "obj"}):
            return None  # "received a letter", "received her degree": no guest named
        if sense.toll and any(c.dep_ in {"nsubj", "nsubjpass"} and _counted(c)
                              for c in tok.children):
            return None  # "18 people died", "Dozens died in the attack": a toll of what
            # happened, told with it
        befell = next((sense.complement_kinds[c.lemma_.lower()] for c in tok.children
                       if c.dep_ in {"oprd", "acomp"}
                       and c.lemma_.lower() in sense.complement_kinds), None)
        if befell is not None:  # "was found dead": a death, whoever found him
            sense = _sense(befell)
        if sense.subjects and not self._subject_is(tok, sense.subjects) \
                and not any(c.dep_ in {"oprd", "acomp", "ccomp"}
                            and c.lower_ in self.lex.verdict_words for c in tok.children):
            return None  # "the judge ordered": a ruling; "the minister ordered": not
        for prep in tok.children:  # ("spoke by telephone": "by" parsed as an agent;
            # "struck down the plan": "down" a particle)
            if prep.dep_ in {"prep", "agent", "prt"} and prep.lower_ in sense.preps:
                over = sense.preps[prep.lower_]
                sense = Sense(over.get("kind", sense.kind), over.get("plover", sense.plover),
                              over.get("plover_future"), over.get("mode", sense.mode),
                              needs_time=False, patient=over.get("patient", sense.patient))
                break
        return sense

    @staticmethod
    def _counted_people(noun: Token) -> bool:
        """A counted plural of people ("received both ministers", "the two leaders"): the
        guests are the ones counted, named before."""
        return noun.tag_ == "NNS" and noun.lemma_.lower() in claim_words().person_nouns \
            and counted_kinds(noun, claim_words())[0] > 0

    def _chamber_spoken_to(self, verb: Token) -> str | None:
        """The chamber or council the article names that the verb's object is ("told the
        council", "briefed the Senate"), so the speaking is at its sitting; else None."""
        if verb.lemma_.lower() in self.lex.appearing_verbs:  # "is due to report to the
            # Lower House on Thursday", "testified before the Senate"
            objs = [g for c in verb.children if c.dep_ == "prep"
                    and c.lower_ in self.lex.appearing_preps for g in c.children
                    if g.dep_ == "pobj"]
        else:
            objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        return next((actor.name for c in objs
                     for actor in map(self.actors.get, self._np_actors(c))
                     if self._chamber(actor)), None)

    def _aim(self, obj: Token) -> bool:
        """What is met is an aim ("the deadline"), or a pronoun for the aim met just
        before ("meets its targets, and it will keep meeting them")."""
        if obj.lemma_.lower() in self.lex.aims:
            return True
        return obj.pos_ == "PRON" and any(
            t.lemma_.lower() in self.lex.aims and t.dep_ in {"dobj", "nsubjpass"}
            and t.head.lemma_ == obj.head.lemma_ for t in obj.sent if t.i < obj.i)

    def _settled_together(self, verb: Token) -> bool:
        """Several parties settle on an act ("NATO leaders agreed on Wednesday to raise their
        spending target", "Britain and France agreed to …"): a pact, when the act is none of
        the happenings the lexicon knows ("agreed to resume talks" is the talks)."""
        acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if not acts or any(self._verb_sense(a) is not None or any(
                self._noun_sense(o) is not None for o in a.children
                if o.dep_ in {"dobj", "obj"}) for a in acts):
            return False
        return any(c.dep_ == "nsubj" and (c.tag_ in {"NNS", "NNPS"} or any(
            g.dep_ == "conj" for g in c.children) or self._bloc(c)) for c in verb.children)

    def _bloc(self, subject: Token) -> bool:
        """The subject names a bloc or an alliance of states (names.yaml body_epithets: "OPEC+
        agreed on Sunday to extend its cuts", "the bloc agreed to …"): its members settle."""
        epithets = actor_words().body_epithets
        if subject.lemma_.lower() in epithets:
            return True
        blocs = {n for names in epithets.values() for n in names}
        return any(fold(n) in blocs for i in self._np_actors(subject)
                   for n in (self.actors.get(i).name, *self.actors.get(i).aliases))

    def _subject_is(self, verb: Token, words: tuple[str, ...]) -> bool:
        """The verb's subject is one of ``words`` ("the court"), or names an actor whose
        role or name holds one ("District Judge Clark Waddoups", "the Supreme Court")."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        for up in _xcomp_chain(verb)[1:] if not subjects else []:
            up = up.head if up.dep_ == "acomp" else up  # "Congress is due to debate …"
            subjects = [c for c in up.children if c.dep_ == "nsubj"]
            if subjects:
                break  # ("The Senate is expected to vote"): the subject of the open verb
        for subj in subjects:
            if subj.lemma_.lower() in words:
                return True
            for aid in self._np_actors(subj):
                actor = self.actors.get(aid)
                said = f"{actor.role or ''} {actor.name}".lower().split()
                if any(w in said for w in words):
                    return True
        return False

    def _noun_sense(self, tok: Token) -> Sense | None:
        return self.lex.nouns.get(tok.lower_) or self.lex.nouns.get(tok.lemma_.lower())

    def _round_sense(self, tok: Token) -> Sense | None:
        """A round named alone, one after another ("a fourth round would be held in Muscat",
        "the next round"): the sort of happening told last before it in the article
        (events.yaml round_nouns, round_kinds); not "a round of talks" (its "of" says)."""
        if tok.lemma_.lower() not in self.lex.round_nouns or tok.pos_ != "NOUN" \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) \
                or not any(c.dep_ in {"amod", "det"} and c.lower_ in self.lex.successor_words
                           or c.ent_type_ == "ORDINAL" for c in tok.children):
            return None
        first = body_start(self.doc)  # (not the headline's words)
        before = [t for t in self.doc[:tok.i] if t.idx >= first and t.pos_ == "NOUN"]
        for prev in reversed(before):  # "ended a third round of talks": talks
            if prev.lemma_.lower() in self.lex.round_nouns:
                sense = next((s for c in prev.children if c.dep_ == "prep" and c.lower_ == "of"
                              for g in c.children if g.dep_ == "pobj"
                              if (s := self._noun_sense(g)) is not None), None)
                if sense is not None:
                    return sense
        for prev in reversed(before):
            sense = self._noun_sense(prev)
            if sense is not None and sense.kind in self.lex.round_kinds:
                return sense
        return None

    def _cued(self, tok: Token, sense: Sense, by_words: bool = False) -> bool:
        """Whether ``tok`` is the happening ``sense`` names: its cue words near it (or
        none needed), none of its not-cue words, or — unless ``by_words`` — a day, a length
        or a staging verb that makes any such noun a happening."""
        if sense.not_proper and tok.pos_ == "PROPN" \
                or sense.not_compound and tok.dep_ == "compound" \
                or sense.of_person and not _of_named_person(tok):
            return False
        if not sense.cue and not sense.not_cue:
            return True
        near = {c.lower_ for c in tok.children} | {c.lemma_.lower() for c in tok.children}
        near |= {t.lower_ for t in tok.doc[max(tok.i - 2, 0):tok.i]}
        near |= {w.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "in"}
                 for o in c.children if o.dep_ == "pobj"
                 for w in (o, *o.children)}  # "a debate of party leaders", "a session in
        # Congress"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.lemma_.lower() in self.lex.round_nouns:
            near.add(tok.head.head.lemma_.lower())  # "a new round of political dialogue"
        if near & set(sense.not_cue):
            return False
        if by_words:
            return not sense.cue or bool(near & set(sense.cue))
        if any(c.dep_ == "poss" and c.ent_type_ == "DATE" and c.lemma_.lower()
               in date_words().weekdays for c in tok.children):
            return True  # "in Wednesday's control session": what is set for a day happens
        if any(c.dep_ in {"compound", "amod"} and c.ent_type_ in {"DATE", "TIME"}
               and c.lemma_.lower() in date_words().data["duration_units"]
               for c in tok.children):
            return True  # "after a two-day debate": what lasts so long is a happening
        if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in self.lex.staging_verbs:
            return True  # "The Assembly will hold a hearing on the state budget": held, a
            # happening, whatever words are near it
        return not sense.cue or bool(near & set(sense.cue))

    def _measured(self, noun: Token) -> list[Token]:
        """What a counting noun counts ("a series of seven pardons and four commutations":
        the pardons and the commutations), else the noun itself."""
        if noun.lemma_.lower() not in self.lex.measure_nouns:
            return [noun]
        of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
        return [x for g in of for x in (g, *g.conjuncts)] or [noun]

    def _event_nouns_of(self, verb: Token, sense: Sense) -> list[Token]:
        """Event nouns that the verb's own mention covers ("attend the summit",
        "met for talks", "carried out the airstrike")."""
        out = []
        for child in verb.children:
            cands = self._measured(child) if child.dep_ in {"dobj", "nsubjpass"} else []
            if child.dep_ == "prep" and child.lower_ in self.lex.covered_preps:
                cands = [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ == "prep":  # "agreed to a ceasefire": the object it needs
                cands = [g for g in child.children if g.dep_ == "pobj"
                         and _lemma(g) in sense.objects]
            for noun in cands:
                ns = self._noun_sense(noun)
                if ns is not None and child.dep_ == "dobj" and ns.kind != sense.kind \
                        and verb.lemma_.lower() in self.lex.topic_verbs:
                    continue  # "are discussing a possible December 11 signing": what is
                    # talked about is a happening of its own, with its own day
                # what a speech act tells of is a happening of its own ("released a
                # statement saying an attack that day …"), not the telling
                if ns is not None and not (self.lex.kind(sense.kind).tells
                                           and noun.dep_ in {"dobj", "nsubjpass"}
                                           and not self.lex.kind(ns.kind).tells) \
                        and not (child.dep_ == "prep" and ns.kind != sense.kind and (
                            sense.needs_time and self.lex.kind(ns.kind).gathering
                            or ns.plover != sense.plover and self._held_at_own_time(noun))):
                    out.append(noun)  # ("speaking during a visit to China": the visit is
                    # a happening of its own, not the saying's, which may need a day; "were
                    # killed during the protests, which erupted on Monday": so are they)
        return out

    def _light_head(self, noun: Token) -> Token | None:
        """The verb that makes ``noun`` the event's main mention, if any."""
        noun = self._counted_by(noun, lengths=True)  # "held a round of talks", "ended two
        # days of talks": held the talks
        head = noun.head
        if any(c.dep_ == "prt" and c.lower_ in self.lex.not_light_particles.get(
                head.lemma_.lower(), ()) for c in head.children):
            return None  # "The agreement was held up for several hours": delayed
        if noun.dep_ in {"dobj", "obj"} and head.lemma_.lower() in self.lex.light_verbs:
            if any(c.dep_ == "oprd" for c in head.children):
                return None  # "called the stabbing 'an act of barbarity'": named, not held
            return head
        if noun.dep_ == "attr" and head.lemma_ == "be" and head.tag_ == "VBD" \
                and any(c.dep_ == "expl" for c in head.children):
            return head  # "There was an assault … at Donovan Correctional Facility": told
            # (not "there will be more protests", "there is severe flooding")
        if noun.dep_ in {"nsubj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"} \
                and head.lemma_.lower() in self.lex.occurrence_verbs:
            return head
        if noun.dep_ == "nsubjpass" and head.pos_ == "VERB" \
                and head.lemma_.lower() in self.lex.light_verbs \
                and not any(c.dep_ == "oprd" for c in head.children):
            return head  # "The deal was reached after three days of talks": as "reached a
            # deal"
        if noun.dep_ in {"nsubj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
            # "The talks are expected to resume in Cairo", "… are due to begin on Monday":
            # the subject's happening is the infinitive a raising verb or adjective carries
            for c in [*head.children, *(g for a in head.children if a.dep_ == "acomp"
                                       for g in a.children)]:
                if c.dep_ == "xcomp" and c.pos_ == "VERB" and _infinitive(c) \
                        and c.lemma_.lower() in self.lex.occurrence_verbs:
                    return c
        if noun.dep_ == "pobj" and head.dep_ == "agent":  # "was approved by the vote"
            return None
        return None

    def _counted_by(self, noun: Token, lengths: bool = False) -> Token:
        """The measure a happening's noun is counted in ("a fresh round of talks", "a series
        of meetings"; events.yaml measure_nouns), which the phrase around it governs; else
        the noun. A length of time counts only with ``lengths`` ("after months of talks":
        counted out in time, not a round an act came after)."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" \
                and head.head.lemma_.lower() in self.lex.measure_nouns \
                and (lengths or _duration_head(noun) is None):
            return head.head
        return noun

    def _phase_holder(self, noun: Token) -> Token:
        """The phrase a happening's noun is part of as a phase of it ("the end of the
        summit", "the opening of the session"; events.yaml phase_nouns): that phrase, which
        says where one was; else the noun."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" \
                and head.head.lemma_.lower() in self.lex.phase_nouns:
            return head.head
        return _duration_head(noun) or noun  # "after five hours of talks": at the talks

    def _noun_stands_alone(self, noun: Token) -> bool:
        """A noun names a new happening when it carries its own time, place or parties."""
        if any(_day_right_after(span, when, noun) for span, when, _ in self.times):
            return True
        for child in noun.subtree:
            if child.i != noun.i and any(child.i in range(s.start, s.end)
                                         for s, _, _ in self.times):
                if child.head.i == noun.i or child.head.head.i == noun.i \
                        or self._aimed_phrase_time(child, noun):
                    return True
        sense = self._noun_sense(noun)
        if noun.dep_ == "pobj" and noun.head.lower_ in self.lex.taking_part_preps \
                and (verb := _taking_part_verb(noun)) is not None \
                and self._time_of_taking_part(verb, self.sent_of[noun.i]):
            return True  # "go to the polls in a by-election this week": the vote's week
        if (going := self._going_verb(noun)) is not None \
                and self._time_of_taking_part(going, self.sent_of[noun.i]):
            return True  # "arrived in Kuala Lumpur on Sunday for a summit": its day
        if sense is not None and noun.dep_ == "pobj" \
                and noun.head.lower_ in self.lex.within_preps \
                and self._addressed_in(noun, sense.kind):
            return True  # "congratulated Takaichi in a phone call": a call with her held
        members = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]  # "a summit of EU leaders in
        # Brussels": the parse hangs the place on the members
        if noun.dep_ != "appos" and any(self._np_actors(m) for m in members) \
                and any(d.dep_ == "det" and d.lower_ in self.lex.new_determiners
                        for d in noun.children):
            return True  # "after an extraordinary meeting of the General Border Committee":
            # a new one, its members named
        for child in [*noun.children, *(c for m in members for c in m.children
                                        if c.dep_ == "prep"
                                        and c.lower_ in self.lex.venue_preps)]:
            if child.dep_ == "prep" and child.lower_ in self.lex.party_preps:
                return True
            to_place = child.lower_ == "to" and sense is not None \
                and self.lex.kind(sense.kind).destination
            if child.dep_ == "prep" and (child.lower_ in self.lex.venue_preps or to_place) \
                    and (any(g.ent_type_ in {"GPE", "LOC", "FAC"} for g in child.subtree)
                         or self._seat(child) is not None):
                return True
            if child.dep_ in {"relcl", "acl"} and any(
                g.dep_ == "prep" and g.lower_ in self.lex.venue_preps for g in child.children
            ):
                return True
        if self._day_fixed_for(noun) is not None:
            return True  # "fixed February 18 as the date for the election"
        return self._held_at_own_time(noun)  # "the presidential election to be held on
        # August 9"

    def _held_at_own_time(self, noun: Token) -> bool:
        """A clause says when the happening ``noun`` names took or takes place ("the
        protests, which erupted on Monday", "the election to be held on August 9")."""
        return any(s.start <= t.i < s.end for c in self._holding_clauses(noun)
                   for t in c.subtree for s, _, _ in self.times)

    def _aimed_phrase_time(self, tok: Token, noun: Token) -> bool:
        """A time the parser hung on whom the happening is aimed at ("an assault on an
        inmate on Friday", "the attack on the embassy on Friday"): the happening's."""
        head = tok.head
        if tok.dep_ != "pobj" or head.dep_ != "prep":
            return False
        target = head.head
        return target.dep_ == "pobj" and target.head.lower_ in self.lex.recipient_preps \
            and target.head.head.i == noun.i

    def _gone_for(self, noun: Token) -> bool:
        """The happening someone goes or comes to ("arrived in Kuala Lumpur on Sunday for a
        summit", "flew to Paris for talks"): it is where and when the going ends, and the
        one who goes takes part."""
        return self._going_verb(noun) is not None

    def _going_verb(self, noun: Token) -> Token | None:
        """The verb of going whose "for" phrase names ``noun`` (:meth:`_gone_for`), the
        phrase hung on it or on its adverb ("would bring the bill back for another vote")."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "for":
            return None
        verb = noun.head.head
        if verb.pos_ == "ADV" and verb.dep_ in {"advmod", "prt"}:
            verb = verb.head
        return verb if verb.pos_ == "VERB" \
            and verb.lemma_.lower() in self.lex.purpose_motion_verbs else None

    def _content_clauses(self, noun: Token) -> list[Token]:
        """Infinitives on an event noun that say what it is about ("an agreement to construct
        the pipeline by 2025", "a deal to end the war"): their days and words are the
        content's, not the event's setting or status."""
        held = self._holding_clauses(noun)
        return [c for c in noun.children if c.dep_ == "acl" and _infinitive(c)
                and c not in held]

    def _holding_clauses(self, noun: Token) -> list[Token]:
        """Clauses saying the happening ``noun`` names takes place ("the election to be
        held on August 9"), also where the parser hung one on the noun ``noun`` completes
        ("a candidate for the election to be held …": a candidate is not held)."""
        def occurs(v: Token) -> bool:
            return v.lemma_.lower() in self.lex.light_verbs \
                or v.lemma_.lower() in self.lex.occurrence_verbs

        def holding(c: Token) -> bool:  # (also "which was due to open in Havana on
            # Thursday": the verb the status phrase governs)
            return c.dep_ in {"relcl", "acl"} and (occurs(c) or any(
                g.dep_ == "xcomp" and occurs(g) for a in c.children
                if a.dep_ in {"acomp", "xcomp"} for g in (a, *a.children)))
        out = [c for c in noun.children if holding(c)]
        for place in (g for p in noun.children if p.dep_ == "prep"
                      and p.lower_ in self.lex.venue_preps for g in p.children
                      if g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC", "FAC"}):
            # "a two-day debate in The Hague that ended late on Thursday": a place does not
            # end; a clause hung on it with no comma between is the happening's
            out += [c for c in place.children if c.dep_ == "relcl"
                    and c.lemma_.lower() in self.lex.occurrence_verbs
                    and c.left_edge.i == max(t.i for t in place.subtree if t.i < c.i) + 1
                    and c.left_edge.lower_ in {"that", "which"}]
        end = max(t.i for t in noun.subtree)
        if noun.dep_ == "pobj" and end + 2 < len(noun.doc) and noun.doc[end + 1].text == ",":
            # "presented to the ECOWAS summit of heads of state, scheduled for 21 June in
            # Abuja": the participle after the noun's phrase, hung by the parser on the verb
            part = noun.doc[end + 2]
            if part.dep_ == "advcl" and part.tag_ == "VBN" and occurs(part) \
                    and part.head.i == _clause_head(noun).i \
                    and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in part.children):
                out.append(part)
        owner = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        if owner is not None and owner.pos_ == "NOUN" and self._noun_sense(owner) is None:
            after = end + 2 if end + 1 < len(noun.doc) and noun.doc[end + 1].text == "," \
                else end + 1  # ("the next round of talks, which was due to open …")
            out += [c for c in owner.children if holding(c) and c.left_edge.i == after]
        return out

    # --- filling a candidate ------------------------------------------------------------
    def fill(self, cand: _Candidate) -> None:
        """Participants, convener, place, time and status from the candidate's clause."""
        sense = cand.sense
        cand.kind, cand.mode, cand.plover = sense.kind, sense.mode, sense.plover
        anchor = cand.anchor
        asker = self._asking_verb(anchor)
        if anchor.pos_ == "VERB" and self._negated(anchor) or self._hypothetical(anchor) \
                or self._demanded(anchor) or self._ready_for(anchor) \
                or asker is not None and not self._own_day(anchor) \
                or self._prospect(anchor) or self._advised(anchor):
            cand.status = None  # type: ignore[assignment]  # not an event
            return
        self._fill_people(cand)
        if not cand.participants and cand.trigger.lemma_.lower() in self.lex.round_nouns:
            # "a fourth round would be held in Muscat": between those of the rounds before
            cand.participants = next((list(c.participants) for c in reversed(self._encounters)
                                      if c.kind == cand.kind), [])
        if self.lex.kind(cand.kind).encounter and len(cand.participants) > 1:
            self._encounters.append(cand)
        if asker is not None:  # kept for its own day: who asks and who is asked
            cand.participants = _unique([*cand.participants, *(
                i for c in asker.children if c.dep_ in {*SUBJECTS, "dobj"}
                for i in self._np_actors(c))])
        addressed = self._addressing(anchor) if self.lex.kind(cand.kind).gathering else None
        if addressed is not None:  # "told a debate of party leaders", "told a news
            # conference in Berlin on Tuesday": who spoke to a gathering took part in it
            cand.participants = _unique([*cand.participants,
                                         *self._subject_actors(addressed)])
        if not cand.participants and not cand.convener and self.lex.kind(cand.kind).agents:
            cand.participants = self._doers(cand, self.lex.kind(cand.kind).agents)
        if not cand.participants and self.lex.kind(cand.kind).harms:
            cand.participants = self._bodies_on(cand.anchor)
        # (who claims an attack says nothing of where it was: no place guessed from them)
        cand.location = None if sense.refers else self._place(cand)
        if not cand.convener and self.lex.kind(cand.kind).seated and all(
                self.actors.get(p).kind == "country" for p in cand.participants):
            cand.participants = _unique([*cand.participants, *[
                a.id for a in self.actors if self._chamber(a)
                and cand.location in {a.name, *a.aliases}][:1]])
            # ("will be debated in the Assembly …, with a vote expected that evening": the
            # chamber votes where it sits; so does "the first Bulgarian budget … passed at
            # first reading in the National Assembly", whatever state it was told of)
        if not cand.participants and not cand.convener and self.lex.kind(cand.kind).seated \
                and self._held_by_a_chamber(cand):
            chambers = [a.id for a in self.actors if self._chamber(a)
                        and not set(a.name.lower().split()) & self.lex.court_words]
            cand.participants = chambers if len(chambers) == 1 else [  # "a parliamentary
                # vote in Oslo": the parliament, the one chamber the article names; of
                # several, the one the last such act was held by ("the second reading …
                # was passed in Parliament", then "the third reading vote is scheduled …")
                self._last_chamber] if self._last_chamber else []
            if cand.participants and (cand.location is None or cand.weak_location):
                chamber = self.actors.get(cand.participants[0])
                cand.location = self._sits_in(chamber) or chamber.name
        if self.lex.kind(cand.kind).seated:
            self._last_chamber = next((p for p in cand.participants
                                       if self._chamber(self.actors.get(p))),
                                      self._last_chamber)
        time = self._time(cand)
        if time is None and addressed is not None:
            time = self._time_of_verb(addressed, cand.sent)
        if time is None and (right_after := self._just_after(cand)) is not None:
            time = self._time_of_verb(right_after, cand.sent)  # "agreed on Thursday to a
            # truce after talks in Busan": the talks that day
        cand.has_time_words = time is not None
        if time is None and anchor.dep_ == "acl" and anchor.tag_ == "VBG" \
                and anchor.head.dep_ in {"nsubj", "nsubjpass"}:
            cand.mention_only = True  # "the states filing suit have standing": the suit
            # told of before, not a new one
        cand.status = self._status(cand)
        fixed = self._day_fixed_for(anchor)
        if time is not None and cand.status == "held" and (
                self._timetabled(cand, time[0]) or fixed is not None):
            cand.status = "planned"  # (a day fixed as the event's date is ahead)
        if fixed is not None and cand.convener is None:
            fixers = self._subject_actors(fixed[0].root.head)  # who fixes the day
            # ("Bangladesh's Election Commission": the body, not its state)
            cand.convener = next((i for i in fixers if self.actors.get(i).kind != "country"),
                                 fixers[0] if fixers else None)
        if time is not None:
            span, when, _ = time
            own = _clause_head(span.root)
            told_done = own.dep_ == "relcl" and own.i != cand.anchor.i \
                and any(own.head.i == n.i for n in cand.nouns) and _tense_of(own) == "past"
            if told_done and cand.anchor.pos_ not in {"VERB", "AUX"} and when.relative \
                    and not refers_back(span.text) and self.published:
                when = resolve(span.text, self.published, "past")  # "talks that began on
                cand.status = "held"  # Monday and are expected to run until Dec. 11"
            elif cand.anchor.pos_ in {"VERB", "AUX"} and when.relative \
                    and not refers_back(span.text) and self.published:
                tense: Tense | None = "future" if cand.status in {"planned", "expected"} \
                    else "past"
                if cand.status == "ongoing":
                    tense = "present"
                if cand.status == "cancelled":
                    tense = "either"  # "the next round, which was due to open on Thursday,
                    # had been called off": the nearer Thursday, gone by or to come
                if tense == "future" and _planned_in_past(cand.anchor):
                    # "the Senate was to meet Monday" (published Thursday: the Monday gone
                    # by), "was set to meet on Wednesday" (published Sunday: the coming one)
                    tense = "either"
                if told_done:
                    tense = "past"  # "to win elections which were held on June 21": the
                    cand.status = "held"  # noun's own past clause says when it happened
                if _after_forward_word(span, self.lex):
                    # "rescheduled to June 2": the nearer June 2, either way; "is set for
                    # Monday": the nearer Monday, and a plan's, so ahead when as near
                    tense = "either" if tense == "future" else None
                again = resolve(span.text, self.published, tense)
                if again.date or not when.date or not any(
                        w.date == when.date and sp.start != span.start
                        for sp, w, si in self.times if si == cand.sent):
                    when = again  # (a clock time keeps the day its sentence told before it:
                    # "on Friday, August 30 … at 2:21 p.m.")
            elif cand.status in {"planned", "expected"} and when.relative and when.date \
                    and not refers_back(span.text) and self.published \
                    and date.fromisoformat(when.date) < self.published:
                # "ahead of the upcoming debate scheduled for November 20", in a sentence
                # told in the past: a planned event's day is ahead, never a year back
                when = resolve(span.text, self.published, "future")
            cand.when = when
            if cand.status in {"held", "ongoing"} and self.published and when.start \
                    and date.fromisoformat(when.start) > self.published \
                    and (cand.anchor.pos_ not in {"VERB", "AUX"}
                         or _tense_of(cand.anchor) != "past"):
                # "a candidate for the 2020 election", in a 2019 article: still ahead (a
                # past verb's act is done, whatever later time its clause names)
                cand.status = "planned"
        said_where = cand.location and not cand.guessed_country and not cand.channel \
            and anchor.lemma_.lower() not in self.lex.attribution_verbs  # "according to
        # the U.S. embassy in Beijing": where the teller is, not where it told
        if sense.needs_time and not ((cand.when and cand.when.date) or said_where):
            cand.status = None  # type: ignore[assignment]  # a plain claim, not an event
            return
        if time is None and cand.status == "held" and _habitual(cand.trigger):
            cand.status = None  # type: ignore[assignment]  # what it does, not what happened
            return
        if sense.plover_future and cand.status in {"planned", "expected"}:
            cand.plover = sense.plover_future

    def _negated(self, verb: Token) -> bool:
        return any(c.dep_ == "neg" or (c.dep_ in {"aux", "auxpass"} and any(
            g.dep_ == "neg" for g in c.children)) for c in verb.children)

    def _demanded(self, verb: Token) -> bool:
        """An infinitive someone asks, urges or allows for ("asked Lam to resign", "pressure
        the government to launch an investigation"), or a clause they demand be done ("had
        demanded that Kyiv withdraw its troops", "demanded that elections be held": a bare
        "be" in the passive), is a position, not a happening; so is a bare verb joined to
        such an infinitive ("urged Macron to dissolve parliament and call a snap
        election")."""
        if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ == "VERB" \
                and not any(c.dep_ in {"nsubj", "aux"} for c in verb.children):
            verb = verb.head
        return verb.pos_ == "VERB" and verb.head.pos_ == "VERB" \
            and verb.head.lemma_.lower() in self.lex.demand_verbs and (
                any(c.tag_ == "TO" for c in verb.children)
                and verb.dep_ in {"xcomp", "ccomp", "oprd"}
                or verb.dep_ == "ccomp" and not any(c.dep_ == "aux" for c in verb.children)
                and (verb.tag_ == "VB" or verb.tag_ == "VBN" and any(
                    c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children)))

    def _prospect(self, verb: Token) -> bool:
        """A gerund after a word of attitude or chance ("serious about reaching an
        agreement", "hopes of holding talks", "close to signing a deal"): a prospect, not a
        happening — unless the word judges a deed ("found guilty of killing")."""
        if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
            return False
        owner = verb.head.head
        return owner.pos_ in {"ADJ", "NOUN"} and owner.lemma_.lower() not in self.lex.verdict_words

    def _advised(self, verb: Token) -> bool:
        """An act someone should do ("If they want change, they should win an election"):
        advised, not done nor planned (events.yaml advice_modals)."""
        return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in self.lex.advice_modals
                                           for c in verb.children)

    def _ready_for(self, noun: Token) -> bool:
        """A happening someone is open or ready for ("Greece was open to talks with Turkey",
        "ready for talks"; events.yaml readiness_words) is a position, not a happening."""
        return noun.pos_ in {"NOUN", "PROPN"} and noun.dep_ == "pobj" \
            and noun.head.head.pos_ == "ADJ" \
            and noun.head.head.lemma_.lower() in self.lex.readiness_words

    def _own_day(self, noun: Token) -> bool:
        """The event noun's own phrase names a day ("would ask the Bundestag for a vote of
        confidence on January 15"): what is asked for is set, so it is planned."""
        inside = {t.i for t in noun.subtree}
        return noun.pos_ in {"NOUN", "PROPN"} and self.published is not None and any(
            span.root.i in inside and when.date and when.date > self.published.isoformat()
            for span, when, _ in self.times)  # (a later day: "demanded a ceasefire on
        # Monday" is the demand's day)

    def _asking_verb(self, noun: Token) -> Token | None:
        """The verb that calls for, demands or urges the happening ``noun`` names ("a
        resolution calling for an immediate ceasefire in Sudan", "demanded a ceasefire",
        "calls for talks"), or proposes it as an act ("proposed holding early elections",
        "called for holding talks"): then it is a position, not a happening; else None."""
        if noun.pos_ == "VERB" and noun.tag_ == "VBG" \
                and noun.dep_ in {"xcomp", "dobj", "pcomp", "ccomp"}:
            head = noun.head.head if noun.dep_ == "pcomp" and noun.head.lower_ == "for" \
                else noun.head
        elif noun.pos_ not in {"NOUN", "PROPN"}:
            return None
        elif noun.dep_ == "pobj" and noun.head.lower_ == "for":
            head = noun.head.head
        elif noun.dep_ == "dobj":
            head = noun.head
        else:
            return None
        return head if head.lemma_.lower() in self.lex.asking_verbs else None

    def _purpose_of_done(self, verb: Token) -> bool:
        """An infinitive of purpose hanging on a plain past act ("gathered on Tuesday to
        protest", "flew to Paris to sign the deal") or what a done vote was taken to do
        ("voted on Tuesday to elect") reports what was done, on that act's day; not when the
        act itself is negated, modal or a plan ("agreed to meet")."""
        head = verb.head
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in {"ccomp", "acomp"}:
            head = head.head  # "turned out 2.9 million strong to vote"
        # the parser may make such an infinitive the verb's complement, not an adverbial
        complement = verb.dep_ == "xcomp" and head.lemma_.lower() in (
            self.lex.purpose_motion_verbs | self.lex.enacting_verbs)
        if verb.dep_ != "advcl" and not complement or head.i == verb.i \
                or head.tag_ not in {"VBD", "VBN"} \
                or not _infinitive(verb):
            return False
        if head.lemma_.lower() in self.lex.not_held:
            return False
        aux = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
        perfect = bool(aux) and all(c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in aux)
        return not self._negated(head) and (perfect if head.tag_ == "VBN" else not aux)

    def _hypothetical(self, tok: Token) -> bool:
        if tok.dep_ in {"relcl", "acl", "advcl"} and tok.head.dep_ == "pobj" \
                and tok.head.head.lower_ == "for" \
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
            return True  # "For a candidate to win the nomination, 1,991 delegates are
            # needed": what it takes, not a happening
        for t in [tok, *tok.ancestors]:
            if any(c.dep_ == "mark" and c.lower_ in self.lex.conditional_marks
                   for c in t.children):
                return True
            if t.dep_ == "ROOT":
                break
        return False

    def _addressing(self, noun: Token) -> Token | None:
        """The verb whose object ``noun`` is as the one spoken to ("told a news conference",
        "addressed a rally"; events.yaml addressing_verbs), else None."""
        if noun.pos_ in {"VERB", "AUX"} or noun.dep_ != "dobj" \
                or noun.head.lemma_.lower() not in self.lex.addressing_verbs:
            return None
        return noun.head

    def _fill_people(self, cand: _Candidate) -> None:
        anchor, sense = cand.anchor, cand.sense
        parts: list[str] = []
        recips: list[str] = []
        convener: str | None = None
        if anchor.lemma_.lower() in self.lex.attribution_verbs:
            # "has died, according to current president Emmerson Mnangagwa on Friday": the
            # one the words are attributed to tells; the clause's subject is what is told of
            parts += [i for c in anchor.children if c.dep_ == "prep"
                      for g in c.children if g.dep_ == "pobj" for i in self._np_actors(g)]
        elif anchor.pos_ in {"VERB", "AUX"}:
            passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in anchor.children)
            subj = [c for c in anchor.children if c.dep_ in SUBJECTS]
            subj = [s for s in subj if s.i not in {n.i for n in cand.nouns}]
            if not subj and not passive:  # "after Theresa May stepped down": the parser
                # makes the name the object of "after", left on the verb as its marker
                subj = [g for c in anchor.children if c.dep_ == "mark"
                        for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if not subj:
                subj = cand.stranded = self._stranded_after(anchor)
            if not subj and not passive:
                subj = self._controller(anchor, objects=True)
            if not subj and passive and any(c.dep_ == "auxpass" and c.lower_ == "being"
                                            for c in anchor.children):
                subj = self._controller(anchor)  # "was at the centre after being detained":
                # the one detained is the clause's subject above
            if not subj and not passive and anchor.dep_ == "ROOT":
                subj = self.actors.stranded_subjects(anchor)
            verb_sense = self.lex.verbs.get(anchor.lemma_.lower())
            if verb_sense is not None and verb_sense.site_subject:
                subj = []  # "the hotel caught fire": what burns, no one taking part
            agents = [g for c in anchor.children if c.dep_ == "agent"
                      for g in c.children if g.dep_ == "pobj"]
            lemma = anchor.lemma_.lower()
            aboard = self.lex.kind(cand.kind).aboard
            for s in subj:
                ids = self._np_actors(s)
                if not ids and aboard:  # the people in what crashed, not the thing itself
                    ids = [a for a in self._phrase_actors(s)
                           if self.actors.get(a).kind in {"person", "group"}]
                if passive and (sense.patient or lemma in self.lex.occurrence_verbs):
                    recips += ids if sense.patient else []
                elif lemma in self.lex.host_verbs and not passive:
                    convener = convener or (ids[0] if ids else None)
                else:
                    parts += ids
            for a in agents:
                ids = self._np_actors(a)
                if lemma in self.lex.convener_agents and ids:
                    convener = convener or ids[0]
                else:
                    parts += ids
            for c in anchor.children:
                if c.dep_ in {"dobj", "obj"} \
                        and sense in (self.lex.sitting, self.lex.court_sitting):
                    parts += [i for i in self._np_actors(c)  # the council spoken to sits
                              if self._chamber(self.actors.get(i))]
                if c.dep_ in {"dobj", "obj"} and sense.plover in self.lex.targeted_types:
                    # "issued a subpoena for documents from Pompeo": the one it is aimed at
                    recips += self._phrase_actors(c)
                if c.dep_ in {"dobj", "obj"} and c.i not in {n.i for n in cand.nouns}:
                    ids = self._np_actors(c)
                    if sense.patient:
                        recips += ids
                    elif lemma in self.lex.object_participant_verbs:
                        parts += [i for i in ids if self.actors.get(i).kind != "country"
                                  or lemma not in self.lex.place_object_verbs]
                if c.dep_ == "prep":
                    parts += self._prep_people(c, cand)
            convener = convener or self._convener(anchor)
        for noun in cand.nouns:
            for c in noun.children:
                if c.dep_ == "poss":
                    parts += self._np_actors(c)
                elif c.dep_ in {"amod", "compound", "nmod"}:
                    parts += self._word_actors(c)
                elif c.dep_ == "prep":
                    if c.lower_ == "by":
                        parts += [i for g in c.children if g.dep_ == "pobj"
                                  for i in self._np_actors(g)]
                    elif c.lower_ in self.lex.recipient_preps and sense.plover is not None \
                            and sense.plover not in self.lex.mutual_types:
                        recips += [i for g in c.children if g.dep_ == "pobj"
                                   for i in self._np_actors(g)]
                    elif c.lower_ == "of":
                        # "a meeting of the leaders", "the death of John Lewis", "the
                        # police killing of Rayshard Brooks": whose happening it is
                        parts += [i for g in c.children if g.dep_ == "pobj"
                                  for i in self._np_actors(g)]
                    else:
                        parts += self._prep_people(c, cand)
                elif c.dep_ in {"acl", "relcl"}:
                    convener = convener or self._convener(c) or self._stager(c)
            invited = self._invited_to(noun)
            if invited is not None:  # "it had invited delegations from both sides to
                # indirect talks in Riyadh": the inviter holds them, the invited come
                convener = convener or next(iter(self._subject_actors(invited)), None)
                parts += [i for c in invited.children if c.dep_ in {"dobj", "obj"}
                          for i in self._np_actors(c)]
            parts += self._involved(noun)
            # "he continued in the speech": who acts in, at or during the event takes part,
            # besides those it is with ("In an interview with Forbes, West outlined …")
            after = noun.head.lower_ in self.lex.presupposing_preps
            met_with = self.lex.kind(cand.kind).gathering and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
            at = self._phase_holder(noun)  # "at the end of the summit": at the summit
            if at is not noun and at.head.lower_ not in self.lex.presupposing_preps \
                    and not self.lex.kind(cand.kind).encounter and _duration_head(noun):
                at = noun  # "in the sixteen weeks of protests, police fired": a time, the
                # police no protesters
            if (noun.i == anchor.i or anchor.head.i == noun.i) \
                    and (not parts or not after or met_with) \
                    and at.dep_ == "pobj" and (at.head.lower_ in self.lex.within_preps
                                               and not _topic_phrase(at.head)
                                               or self._gone_for(noun)) \
                    and (not after or self.lex.kind(cand.kind).gathering):
                # ("told reporters after a summit": he was there; "after a mass shooting,
                # the campaign cancelled events": it was not; "Turkey was condemned in a
                # joint statement by Egypt": the statement's own makers are named; "Speaking
                # after talks with his Polish counterpart, Wadephul said": the other side)
                if not self._denied(noun):  # "Pakistan denied any involvement in the
                    # attack": who denies taking part did not, on the article's word
                    parts += [i for s in self._controller(at)
                              if not parts or s.dep_ == "nsubj" for i in self._np_actors(s)]
                    parts += self._addressed_in(noun, cand.kind)
            parts += self._entrants(noun)
        if not parts and anchor.pos_ == "VERB" and anchor.dep_ in {"xcomp", "advcl", "acl"} \
                and any(c.tag_ == "TO" for c in anchor.children):
            # "announced an initiative to be unveiled at the Assembly": the announcer's act
            parts += [i for s in self._controller(anchor) for i in self._np_actors(s)]
        cand.participants = _unique(parts + recips)
        cand.recipients = _unique(r for r in recips if r not in parts)
        if convener and convener not in cand.participants:
            cand.convener = convener
        elif convener:
            cand.convener = convener

    def _stranded_after(self, verb: Token) -> list[Token]:
        """"An individual has been arrested after Paweł Adamowicz, mayor of …, was stabbed":
        the parser joins "was stabbed" to "arrested" as a conjunct and leaves the name as
        the object of "after" on that verb; the name just before the verb is its subject."""
        if verb.dep_ != "conj" or verb.head.i > verb.i:
            return []
        for prep in verb.head.children:
            if prep.dep_ == "prep" and prep.lower_ in self.lex.presupposing_preps \
                    and prep.i < verb.i:
                names = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                         and g.right_edge.i < verb.i]
                between = self.doc[prep.i + 1:verb.i]
                if names and not any(t.pos_ == "VERB" for t in between):
                    return names
        return []

    def _entrants(self, noun: Token) -> list[str]:
        """Who an entrant noun governing ``noun`` describes ("Tsikhanouskaya, an opposition
        candidate for the presidential election"; "she is a candidate in the race")."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in self.lex.entrant_preps:
            return []
        owner = prep.head
        if owner.lemma_.lower() not in self.lex.entrant_nouns:
            return []
        if owner.dep_ == "appos":
            return self._np_actors(owner.head)
        if owner.dep_ == "attr":
            return [i for s in owner.head.children if s.dep_ in SUBJECTS
                    for i in self._np_actors(s)]
        return []

    def _involved(self, noun: Token) -> list[str]:
        """Who a participle after the event noun, or after the count of it, says takes part
        ("three days of indirect talks … involving negotiators from Egypt, Qatar, Turkey and
        the United States")."""
        holders = [noun]
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            holders.append(noun.head.head)
        return [i for h in holders for c in h.children
                if c.dep_ == "acl" and c.lemma_.lower() in self.lex.involving_verbs
                for g in c.children if g.dep_ == "dobj" for i in self._np_actors(g)]

    def _bodies_on(self, noun: Token) -> list[str]:
        """The bodies whose clause measures or reports a disaster the noun names ("The United
        States Geological Survey placed the epicenter of the quake …", "Turkey's Disaster and
        Emergency Management Presidency reported the magnitude of the earthquake"): they
        take part, as the article's rescuers do."""
        if noun.pos_ != "NOUN":
            return []
        head = noun
        for _ in range(4):
            if head.dep_ not in {"pobj", "prep", "dobj", "compound", "nmod"} \
                    or head.head.i == head.i:
                return []
            head = head.head
            if head.pos_ == "VERB":
                break
        if head.pos_ != "VERB":
            return []
        return [i for c in head.children if c.dep_ == "nsubj" for i in self._np_actors(c)
                if self.actors.get(i).kind == "organization"]

    def _doers(self, cand: _Candidate, agents: tuple[str, ...]) -> list[str]:
        """ "protests continue in Baghdad": a happening whose clause names no one is done by
        the article's group named for doing it ("protesters"), the mention nearest it."""
        at = cand.trigger.idx
        best: tuple[int, str] | None = None
        for a in self.actors:
            words = a.name.lower().split()
            if a.kind != "group" or not words or words[-1].rstrip("s") not in agents:
                continue
            for m in a.mentions:
                if best is None or abs(m.start - at) < best[0]:
                    best = (abs(m.start - at), a.id)
        return [best[1]] if best else []

    def _role_holder(self, head: Token) -> list[str]:
        """ "a federal judge in Texas ruled", "the governor signed": an office named without
        a name is the article's one person holding it (for "the …", else the one named
        last before it)."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or any(
                c.dep_ == "amod" and c.lower_ in self.lex.successor_words
                for c in head.children):
            return []  # ("to elect a new president": whoever it will be)
        lemma = head.lemma_.lower()
        holders = [a for a in self.actors if a.kind == "person" and a.role
                   and lemma in a.role.lower().replace("-", " ").split()]
        if len(holders) == 1:
            return [holders[0].id]
        if holders and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            ids = {a.id for a in holders}
            last = self.actors.named_last_before(head.idx, lambda a: a.id in ids)
            return [last] if last else []
        return []

    def _addressed_in(self, noun: Token, kind: str) -> list[str]:
        """The person a verb's object names, when the act was done in a call or a meeting
        ("Macron congratulated Merz in a phone call on Monday", "thanked Zelenskiy during
        talks in Kyiv"): the other side of the gathering."""
        verb = noun.head.head
        if not self.lex.kind(kind).gathering or noun.head.dep_ != "prep" \
                or verb.pos_ != "VERB":
            return []
        return [i for c in verb.children if c.dep_ == "dobj" and (
                    c.ent_type_ == "PERSON"  # a name, or a title with the name beside it
                    or any(g.dep_ == "appos" and g.ent_type_ == "PERSON" for g in c.children))
                for i in self._np_actors(c) if self.actors.get(i).kind == "person"]

    def _denied(self, tok: Token) -> bool:
        """What the clause above ``tok`` denies, refuses or rules out holds it ("denied any
        involvement in the attack"; not "during a trip …, refused to visit", refusal_words)."""
        cur = tok
        for _ in range(6):
            if cur.head.i == cur.i:
                return False
            below, cur = cur, cur.head
            if cur.pos_ in {"VERB", "AUX"}:
                if below.dep_ == "dobj" and below.i != tok.i and below.pos_ == "NOUN" \
                        and below.lemma_.lower() not in self.lex.involvement_nouns:
                    return False  # "voters rejected a new constitution in a referendum":
                    # what is rejected is the text, not taking part in the vote
                return below.dep_ in {"dobj", "xcomp", "ccomp"} and self._refusing(cur)
        return False

    def _controller(self, tok: Token, objects: bool = False) -> list[Token]:
        """The subject an infinitive, participle or noun takes from the clause above it; with
        ``objects``, an infinitive after an object takes the object ("forced Oli to resign":
        Oli resigns)."""
        if objects and tok.dep_ == "xcomp" and _infinitive(tok):
            made = [c for c in tok.head.children if c.dep_ in {"dobj", "obj"}]
            if made:
                return made
        cur = tok
        for _ in range(6):
            nxt = cur.head
            if nxt.i == cur.i:
                return []
            cur = nxt
            if cur.pos_ in {"VERB", "AUX"}:
                subj = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if subj:
                    return subj
        return []

    def _prep_people(self, prep: Token, cand: _Candidate) -> list[str]:
        """Who a "with"/"between" phrase names; for a ceremony also whom "for" honours
        ("A military funeral was held for Mubarak on Wednesday")."""
        honoured = prep.lower_ == "for" and self.lex.kind(cand.kind).honours
        if prep.lower_ in claim_words().companion_adverbs:  # "attended the ceremony along
            # with Argentine President Javier Milei and Chilean President Gabriel Boric" (the
            # words that name co-speakers, cues.yaml companions)
            return [i for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"
                    for i in self._prep_people(c, cand)]
        if prep.lower_ not in self.lex.participant_preps and not honoured:
            return []
        out = []
        for g in prep.children:
            if g.dep_ == "pobj":
                out += self._np_actors(g)
        return out

    def _convener(self, head: Token) -> str | None:
        """ "convened by X", "hosted by X", "at the invitation of X" under ``head``, not in a
        clause of its own below it ("was sworn in …, days after protests led by young
        people forced Oli to resign": the young people led the protests, not the swearing)."""
        for c in head.subtree:
            if _in_clause_below(c, head, through=frozenset({"acl"})):
                continue  # (a noun's participle, "convened by", is no clause of its own)
            if c.dep_ == "agent" and c.head.lemma_.lower() in self.lex.convener_agents:
                for g in c.children:
                    if g.dep_ == "pobj":
                        ids = self._np_actors(g)
                        if ids:
                            return ids[0]
            if c.lower_ in self.lex.convener_invitations and c.head.lower_ == "at":
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == "of":
                        ids = [i for g in p.children for i in self._np_actors(g)]
                        if ids:
                            return ids[0]
        return None

    def _invited_to(self, noun: Token) -> Token | None:
        """The verb of inviting whose "to" phrase names the event ("invited delegations
        from both sides to indirect talks in Riyadh"; events.yaml inviting_verbs), if any."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
            return None
        verb = prep.head
        return verb if verb.lemma_.lower() in self.lex.inviting_verbs else None

    def _stager(self, clause: Token) -> str | None:
        """Who a relative clause says stages the happening ("a floor debate that the caucus
        leader, Patricia Bullrich, has scheduled for Thursday"; events.yaml staging_verbs):
        its subject, named."""
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in self.lex.staging_verbs:
            return None
        return next((i for c in clause.children if c.dep_ == "nsubj"
                     for i in self._np_actors(c)), None)

    # --- actors in a phrase -------------------------------------------------------------
    def _founders(self, noun: Token) -> list[str]:
        """Who sets up the unnamed body ``noun`` names, its members ("The two sides also
        agreed to form a joint working group …, which will hold its first meeting in
        Surin": the two sides meet; events.yaml founding_verbs)."""
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep" and any(
                c.dep_ == "dobj" for c in verb.head.children):
            noun, verb = next(c for c in verb.head.children if c.dep_ == "dobj"), verb.head
            # ("a joint working group on humanitarian demining, which …": the parser hangs
            # the "on" phrase, and the clause, on the verb)
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in self.lex.founding_verbs:
            return []
        while verb.dep_ in {"xcomp", "conj"} and not any(
                c.dep_ in SUBJECTS for c in verb.children) and verb.head.i != verb.i:
            verb = verb.head  # ("agreed to form": who agreed)
        return self._subject_actors(verb)

    def _subject_actors(self, verb: Token) -> list[str]:
        """The actors the subjects of ``verb`` name."""
        return [i for c in verb.children if c.dep_ in SUBJECTS for i in self._np_actors(c)]

    def _quoted_speakers(self, pronoun: Token) -> list[str]:
        """Who says "I" or "we": the speakers of the direct quote around the pronoun, all
        for "we" (events.yaml pronouns first_plural), the first alone for "I" (a joint
        quote's "I" is one of them, most often the first)."""
        at = pronoun.idx
        for start, end, speakers in self.quoted:
            if start <= at < end:
                ids = [i for i in speakers if i in self.actors]
                return ids if pronoun.lower_ in self.lex.first_plural_pronouns else ids[:1]
        return []

    def _np_actors(self, head: Token) -> list[str]:
        """Actors named in the noun phrase headed by ``head`` (not its appositions or
        relative clauses); pronouns resolved; "U.S. and Russian officials" → countries."""
        if head.tag_ in {"WDT", "WP"} and head.dep_ in {"nsubj", "nsubjpass"} \
                and head.head.dep_ == "relcl":
            # "Leonov, who died in Moscow": the one the clause is about, when named
            noun = head.head.head
            if noun.pos_ == "PROPN" or noun.ent_type_ in NAMES:  # ("Yoon, who was arrested":
                return self._np_actors(noun)  # the tagger read "Yoon" as an adverb)
            clause = {t.i for t in head.head.subtree}  # the noun's phrase, not the clause:
            # "Foreign ministers of the Association of Southeast Asian Nations, who meet …"
            named = self._mentions_within(t for t in noun.subtree if t.i not in clause) \
                if noun.pos_ == "NOUN" else []
            return named or self._founders(noun)
        if head.lower_ in claim_words().plural_pronouns and (both := self._pair_subject(head)):
            return both  # "Rubio and Lavrov met in Riyadh, their first talks …": the two
        if head.lower_ in claim_words().first_person and head.pos_ == "PRON":
            return self._quoted_speakers(head)  # '"I will present a bill", Fernández said'
        if head.pos_ == "PRON" or (head.lower_ in self.lex.person_pronouns
                                   or head.lower_ in self.lex.thing_pronouns) \
                and head.ent_type_ not in NAMES:  # ("Liu He" is no "he")
            found = self._pronoun(head)
            return [found] if found else []
        count, kinds = counted_kinds(head, claim_words())
        if count:
            # "The two leaders had last spoken by phone", "The two sides agreed to meet
            # again": the two just named
            window = self.sent_start_char[max(self.sent_of[head.i] - 1, 0)]
            if head.lemma_.lower() in claim_words().political_party_nouns:
                # "Negotiators from both parties are due to meet …, according to sources in
                # the PSOE and Junts": the bodies this sentence and the one before name, when
                # just so many (not the persons and places named with them)
                bodies = _unique(a for _, _, a in self._mentions_from(
                    window, head.sent.end_char) if self.actors.get(a).kind == "organization")
                if len(bodies) == count:
                    return bodies
            named = _unique(a for _, _, a in self._mentions_from(window, head.idx)
                            if self.actors.get(a).kind in kinds)
            if len(named) == count:
                return named
            paired = last_pairing(head, self._mentions_from(0, head.idx),
                                  lambda a: self.actors.get(a).kind, kinds,
                                  claim_words().pairing_preps)
            if len(paired) == count:
                return paired  # the two sides of the last "talks between A and B"
            met = self._last_encounter_sides(head, count) \
                if head.lemma_.lower() in claim_words().party_nouns else []
            if met:
                return met  # "After talks in Brussels, Ashworth and Virtanen … The two
                # teams are due to meet again": those who met, of that many sides
            alike = kinds if len(kinds) == 1 else {"country"}  # ("the two sides": states
            # named together, not any two people)
            together = last_coordinated(head, count, lambda t: [  # a body's conjunct with
                # the words before it ("the Trade Union Congress": the name, not its last
                # word); a person's alone ("three former presidents" are not the last three
                # people named in full)
                a for a in self._mentions_within(
                    [t] if "person" in alike else list(t.doc[t.left_edge.i:t.i + 1]))
                if self.actors.get(a).kind in alike])
            if together:
                return together  # "Thailand and Cambodia agreed …" … "The two sides also
                # agreed to form …": the last set of that many named together
        elif head.pos_ == "NOUN":
            sides = next((g for c in head.children if c.dep_ == "prep"
                          and c.lower_ in {"from", "of"} for g in c.children
                          if g.dep_ == "pobj" and counted_kinds(g, claim_words())[0]), None)
            if sides is not None and (found := self._np_actors(sides)):
                return found  # "technical teams from both countries will meet": the two
        named = [c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        if named and not head.ent_type_ and head.pos_ in {"NOUN", "PROPN"}:
            # "former Vice President of the United States Joe Biden won": a title with the
            # name in apposition is that person; the title's "of the United States" is not
            # another participant
            ids = self._mentions_within([t for n in named for t in n.subtree])
            if ids:
                return _unique(ids)
        if head.pos_ == "NOUN" and head.lemma_.lower() in claim_words().relation_nouns \
                and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in self.lex.owner_preps)
                        for c in head.children):
            # "a former advisor for President Donald Trump was sentenced", "Trump's son":
            # someone described through another actor is not that actor; a group so named
            # is itself ("Trump's supporters marched")
            return self._groups_named_by(head) \
                or (self._role_holder(head) if not named else [])
        allowed: set[int] = set()
        stack = [head]
        while stack:
            t = stack.pop()
            allowed.add(t.i)
            for c in t.children:
                # "prime minister Benjamin Netanyahu" parses as a title with a name in
                # apposition: the name is the actor; "Volker, the envoy for Ukraine" is not
                if c.dep_ not in NOT_PART_OF_NAME or (
                    c.dep_ == "appos" and c.pos_ == "PROPN" and (
                        t.pos_ == "NOUN"
                        or t.ent_type_ == "NORP"  # "An Australian, Brenton Tarrant, appeared"
                        # "the legislature of Taiwan, the Legislative Yuan": the parse hangs
                        # the name of the whole phrase on its last word
                        or t.dep_ == "pobj" and t.head.head.i == head.i
                        and head.pos_ == "NOUN"
                        # "Liu He and U.S. Treasury Secretary Janet Yellen": the parser hangs
                        # the second title's name on the first name
                        or any(x.dep_ == "conj" and c.left_edge.i == x.i + 1
                               and not x.ent_type_ for x in t.children))
                    # "between the army chief, the president and representatives of the
                    # protesters": a list the parser hung on its first item as an apposition
                    or c.dep_ == "appos" and t.dep_ == "pobj"
                    and t.head.lower_ in self.lex.party_preps
                    and any(x.dep_ == "cc" for x in c.children)
                    and any(x.dep_ == "conj" for x in c.children)
                ):
                    stack.append(c)
        ids = self._mentions_within([self.doc[i] for i in allowed])
        for i in sorted(allowed):  # "Thousands of Yoon's supporters rallied": the group
            # named by its owner, not the owner
            noun = self.doc[i]
            owners = self._mentions_within(t for c in noun.children if c.dep_ == "poss"
                                           for t in c.subtree)
            if owners and any(a not in owners for a in self._groups_named_by(noun)):
                ids = [a for a in ids if a not in owners]
        for i in sorted(allowed):  # possessive pronouns inside: "their delegations"
            tok = self.doc[i]
            if tok.dep_ == "poss" and tok.pos_ == "PRON":
                found = self._pronoun(tok)
                if found:
                    ids.append(found)
        if not ids:
            for i in sorted(allowed):
                tok = self.doc[i]
                if tok.dep_ in {"amod", "compound", "nmod", "conj"} or tok.i == head.i:
                    ids += self._word_actors(tok)
        if not ids:
            ids = self._role_holder(head)
        if not ids and head.pos_ == "NOUN" and not any(
                c.dep_ in {"poss", "compound", "amod", "prep"} for c in head.children):
            ids = self._named_group(head)
        return _unique(ids)

    def _groups_named_by(self, noun: Token) -> list[str]:
        """The groups whose mentions lie in the words up to ``noun`` ("Yoon's supporters")."""
        return [a for a in self._mentions_within(self.doc[noun.left_edge.i:noun.i + 1])
                if self.actors.get(a).kind == "group"]

    def _named_group(self, noun: Token) -> list[str]:
        """A group the article names elsewhere by this same plain word ("Police arrested
        the accused" after "police said"): its mentions are only where it spoke. Not the
        people of a place ("infected 200 people"): those words name no one in particular."""
        if self._groups is None:
            self._groups = {}
            population = actor_words().population_nouns
            for a in self.actors:
                if a.kind == "group" and a.name.lower() not in population:
                    for name in (a.name, *a.aliases):
                        self._groups.setdefault(name.lower(), a.id)
        doc, start = noun.doc, hyphened_start(noun.doc, noun.i)  # ("counter-protesters":
        # named as written)
        found = self._groups.get(doc[start:noun.i + 1].text.lower())
        if found is None and start == noun.i:
            found = self._groups.get(noun.lower_)
        return [found] if found else []

    def _phrase_actors(self, head: Token) -> list[str]:
        """Every actor named in a phrase and its modifiers, short of other clauses."""
        return _unique(self._mentions_within(
            [t for t in head.subtree if not _in_clause_below(t, head)]))

    def _word_actors(self, tok: Token) -> list[str]:
        """A name or demonym word ("Turkish", "U.S.") as the actor it names."""
        start, end = tok.idx, tok.idx + len(tok.text)
        ids = [a for s, e, a in self._mentions_from(start - self._longest_mention, start + 1)
               if s <= start and end <= e]
        if ids:
            return ids[:1]
        if self._city_word(tok):
            return []  # "the Paris summit": where it is, not who is in it
        lex = country_lexicon()
        iso3 = lex.country_of_word(tok.text)
        if iso3 and tok.text[:1].isupper() and not other_party(list(tok.doc), tok.i, tok.lower_) \
                and tok.lower_ not in lex.institutions:  # ("Gazprom said": the firm, no state)
            return [self.actors.country_actor(iso3, start, end)]
        return []  # ("the Social Democrats" in a German story: no American Democrats)

    def _city_word(self, tok: Token) -> Span | None:
        """The place entity a word before an event noun names when it is a town or a
        building, not a country ("the Paris summit", "the Geneva talks")."""
        if not tok.ent_type_:
            return None
        ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
        if ent is not None and fold(ent.text) in actor_words().venues:
            return ent  # "a heated Oval Office meeting", tagged an organisation
        if ent is None or ent.label_ not in {"GPE", "FAC"} \
                or country_lexicon().country_of_name(ent.text):
            return None
        return ent

    def _pair_subject(self, tok: Token) -> list[str]:
        """The actors of its own clause's coordinated subject that a plural pronoun stands
        for, when that subject names two or more ("Rubio and Lavrov met …, their first
        talks"); else []."""
        head = _clause_head(tok)
        for subj in (c for c in head.children if c.dep_ in SUBJECTS):
            if subj.conjuncts and tok.i not in {t.i for t in subj.subtree}:
                ids = _unique(i for n in (subj, *subj.conjuncts) for i in self._np_actors(n))
                if len(ids) >= 2:
                    return ids
        if head.dep_ == "ccomp" and head.head.pos_ in {"VERB", "AUX"}:
            # "U.S. and Chinese officials said they would hold talks": the sayers, when they
            # are two or more
            for subj in (c for c in head.head.children if c.dep_ in SUBJECTS):
                if subj.tag_ in {"NNS", "NNPS"} or subj.conjuncts:
                    ids = _unique(i for n in (subj, *subj.conjuncts)
                                  for i in self._np_actors(n))
                    if len(ids) >= 2:
                        return ids
        return []

    def _last_encounter_sides(self, tok: Token, count: int) -> list[str]:
        """Who took part in the last meeting or talks told some sentences before ``tok``,
        when they are of exactly ``count`` sides (their countries): "the two teams"."""
        sent = self.sent_of[tok.i]
        for cand in reversed(self._encounters):
            if cand.trigger.i >= tok.i:
                continue
            if cand.sent < sent - 3 * CARRY_WINDOW:
                break  # (the sides' quotes may come in between)
            bodies = [p for p in cand.participants if self.actors.get(p).kind != "person"]
            sides = {self.actors.get(p).country or p for p in bodies or cand.participants}
            return list(cand.participants) if len(sides) == count else []
        return []

    def _pronoun(self, tok: Token) -> str | None:
        """The actor a pronoun stands for: the subject of its own clause when that fits
        ("In his talk, Mitsotakis said"), else a fitting mention in the latest sentence
        that has one, its subject first, within this and the few sentences before ("…
        the death in police custody of blogger Albert Ojwang. … charged with his murder":
        Ojwang, not a subject two sentences back)."""
        if tok.i in self._pronouns:
            return self._pronouns[tok.i]
        self._pronouns[tok.i] = None  # guards against cycles through the subject
        personal = tok.lower_ in self.lex.person_pronouns
        if not personal and tok.lower_ not in self.lex.thing_pronouns:
            return None

        def fits(actor_id: str) -> bool:
            actor = self.actors.get(actor_id)
            return personal == (actor.kind == "person") \
                and self._gender.fits(tok.lower_, actor)

        head = _clause_head(tok)
        subjects = [c for c in head.children if c.dep_ in SUBJECTS]
        if not subjects and head.dep_ == "xcomp":  # "which was planning to hold its primary"
            subjects = self._controller(head)
        for subj in subjects:
            relative = subj.tag_ in {"WDT", "WP"} and subj.head.dep_ == "relcl"
            if subj.pos_ == "PRON" and not relative or tok.i in {t.i for t in subj.subtree}:
                continue
            ids = [i for i in self._np_actors(subj) if fits(i)]
            if ids:
                self._pronouns[tok.i] = ids[0]
                return ids[0]
            if relative:
                return None  # "Ohio, which … its primary": Ohio, even when it is no actor
            if tok.lower_ in self.lex.singular_thing_pronouns and subj.tag_ == "NN" \
                    and not self._np_actors(subj):
                return None  # "the bill is due to have its second reading": the bill's
        if tok.lower_ in self.lex.plural_subject_pronouns and tok.dep_ in SUBJECTS \
                and head.dep_ == "ccomp" and self._unnamed_teller(head.head):
            return None  # "The family said they planned …": the family, whom no name gives
        sent_i = self.sent_of[tok.i]
        best: tuple[int, int, int, str] | None = None
        window = self.sent_start_char[max(sent_i - PRONOUN_WINDOW, 0)]
        for s, e, a in self._mentions_from(window, tok.idx):
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or self.sent_of[span.start] < sent_i - PRONOUN_WINDOW or not fits(a):
                continue
            root = span.root
            subject = int(root.dep_ in SUBJECTS or (root.dep_ in {"appos", "compound"}
                                                     and root.head.dep_ in SUBJECTS))
            key = (self.sent_of[span.start], subject, s)  # the latest sentence first, its
            # subject before its other mentions
            if best is None or key > best[:3]:
                best = (*key, a)
        found = best[3] if best else None
        self._pronouns[tok.i] = found
        return found

    def _unnamed_teller(self, verb: Token) -> bool:
        """Whether ``verb``'s subject is a plain noun phrase that names no actor ("The
        family said …"): a pronoun in what it says stands for it, not for someone named
        before."""
        subj = [c for c in verb.children if c.dep_ in SUBJECTS]
        return len(subj) == 1 and subj[0].pos_ == "NOUN" and not self._np_actors(subj[0]) \
            and not any(t.ent_type_ for t in subj[0].subtree)

    # --- place ----------------------------------------------------------------------------
    def _clause(self, cand: _Candidate, lists: bool = False) -> list[Token]:
        """The tokens of the event's own clause: the anchor, its dependents, its event
        nouns' dependents (with their relative clauses), not other clauses; with ``lists``,
        the nouns listed with its nouns too."""
        nouns = {n.i for n in cand.nouns}
        condition_marks = claim_words().participle_condition_marks
        out: list[Token] = []
        stack = [cand.anchor, *cand.nouns]
        seen: set[int] = set()
        while stack:
            t = stack.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            out.append(t)
            for c in t.children:
                shared = c.dep_ == "conj" and t.i == cand.anchor.i and c.pos_ == "VERB" \
                    and not any(g.dep_ in SUBJECTS for g in c.children)
                small = c.dep_ == "ccomp" and c.pos_ == "ADJ" and t.i == cand.anchor.i
                listed = lists and c.dep_ == "conj" and t.i != cand.anchor.i \
                    and c.pos_ in NOMINALS and t.pos_ in NOMINALS  # ("meet officials from
                # the ministry and the pipeline operator BOTAS in Ankara": one object)
                starting = c.dep_ == "advcl" and c.tag_ == "VBG" and t.i == cand.anchor.i \
                    and c.lemma_.lower() in self.lex.phase_verbs  # ("will meet in Ankara
                # starting on Monday, November 2": when it begins)
                if c.dep_ in CLAUSAL and not shared and not small and not listed \
                        and not starting \
                        and not (t.i in nouns and c.dep_ in {"relcl", "acl"}):
                    continue  # ("fired and landed a round yesterday": one predicate; "found
                    # him guilty on Tuesday": the parser's small clause is the verb's)
                if c.dep_ in SUBJECTS and t.i == cand.anchor.i:
                    continue
                if c.dep_ == "prep" and c.lower_ in condition_marks \
                        and any(g.dep_ == "pcomp" for g in c.children):
                    continue  # ("said it would back the increase, provided that the basket
                    # was written into law before 1 April": the condition's day, not the
                    # saying's)
                stack.append(c)
        return sorted(out, key=lambda t: t.i)

    def _place(self, cand: _Candidate) -> str | None:
        clause = self._clause(cand, lists=True)
        seen = {t.i for t in clause}
        clause = [*clause, *(t for n in cand.nouns for held in self._holding_clauses(n)
                             for t in held.subtree if t.i not in seen)]  # ("the next
        # round of talks, which was due to open in Havana")
        places: list[Span] = []
        topic = {t.i for c in cand.anchor.children if c.dep_ in {"dobj", "obj"}
                 and cand.anchor.lemma_.lower() in self.lex.topic_verbs
                 and c.lemma_.lower() not in cand.sense.objects for t in c.subtree}
        # ("addressing a farmers' convention in Lahore": an audience, not a topic)
        if cand.sense in (self.lex.sitting, self.lex.court_sitting):
            topic |= {t.i for c in cand.anchor.children if c.dep_ in {"xcomp", "ccomp"}
                      for t in c.subtree}  # "urged the Security Council on Monday to renew
            # the mandate of the force in Haiti": what is asked, not where the council sits
        for tok in clause:
            if tok.i in topic:
                continue  # "discussed the war in Sudan": the war's place, not the talks'
            if tok.dep_ == "prep" and tok.lower_ in self.lex.location_preps:
                if tok.lower_ in self.lex.direction_preps \
                        and not self.lex.kind(cand.kind).travels:
                    continue
                places += self._places_under(tok)
            elif tok.dep_ == "prep" and tok.lower_ in self.lex.broadcast_place_preps \
                    and self.lex.kind(cand.kind).broadcast \
                    and tok.head.i in {cand.anchor.i, cand.trigger.i, *(n.i for n in cand.nouns)}:
                # (not "declared independence from the United Kingdom")
                # "a speech … from the White House", not "a statement from the ministry"
                places += [p for p in self._places_under(tok)
                           if p.label_ != "ORG" or self._venue(p)]
        if not places and (capital := self._capital_named(clause)) is not None:
            return capital  # "opened on Monday in the Qatari capital": Doha
        if not places:  # "at a meeting … at the alliance's headquarters": a body's seat
            seat = next((name for tok in clause if tok.dep_ == "prep"
                         and tok.lower_ in self.lex.venue_preps
                         and (name := self._seat(tok)) is not None), None)
            if seat is not None:
                return seat
        # "While in New York City to attend ...": the place of the clause above
        head = cand.anchor.head
        if not places and cand.anchor.dep_ == "advcl" and head.dep_ == "prep" \
                and head.lower_ in self.lex.venue_preps:
            places += self._places_under(head)
        if not places and (going := self._going_verb(cand.anchor)) is not None:
            # "arrived in Kuala Lumpur on Sunday for a summit": where the going ends
            places += [p for c in going.children if c.dep_ == "prep"
                       and c.lower_ in self.lex.location_preps for p in self._places_under(c)]
        if not places and cand.anchor.dep_ == "pobj" \
                and head.lower_ in self.lex.taking_part_preps \
                and (part := _taking_part_verb(cand.anchor)) is not None:
            # "In Tel Aviv, thousands of people joined relatives … at a rally": where they
            # took part
            places += [p for c in part.children if c.dep_ == "prep" and c.i != head.i
                       and c.lower_ in self.lex.location_preps for p in self._places_under(c)]
        joined = cand.anchor
        while joined.dep_ == "xcomp" and joined.head.i != joined.i:
            joined = joined.head  # ("… and is scheduled to meet Whitcombe on Tuesday")
        first = joined.head
        if not places and joined.dep_ == "conj" and first.pos_ == "VERB" \
                and (gone := self._verb_sense(first)) is not None \
                and self.lex.kind(gone.kind).travels:
            # "will fly to Tokyo on Monday and meet Takaichi on Tuesday": met there
            places += [p for c in first.children if c.dep_ == "prep"
                       and c.lower_ in self.lex.direction_preps for p in self._places_under(c)]
        if not places and self.lex.kind(cand.kind).aimed and cand.anchor.pos_ == "VERB":
            places += self._aimed_at(cand.anchor)
        if not places and self.lex.kind(cand.kind).aimed:
            # "launched a drone attack on Kyiv": the noun's "on"/"against" place
            places += [p for n in [*cand.nouns, cand.anchor] for c in n.children
                       if c.dep_ == "prep" and c.lower_ in self.lex.recipient_preps
                       for p in self._aimed_at(c)]  # (or "on Gaza City" hung on the verb)
        if not places and (verb := self._where_verb(cand.anchor)) is not None:
            places += [p for c in verb.children if c.dep_ == "prep"
                       and c.lower_ in self.lex.location_preps
                       and c.lower_ not in self.lex.direction_preps
                       for p in self._places_under(c)]  # "is due to arrive in Belgrade on
            # Thursday, where she is scheduled to meet Vucic": met in Belgrade
        if not places:
            places += self._fronted_places(cand.anchor)
        if not places and cand.anchor.pos_ == "VERB":
            # "an engineer was killed while working at Waterloo station": where he was then
            places += [p for c in cand.anchor.children if _at_same_time(c)
                       for g in c.children if g.dep_ == "prep"
                       and g.lower_ in self.lex.venue_preps for p in self._places_under(g)]
        if not places and self.lex.kind(cand.kind).harms:
            places += self._undergone_in(cand.trigger)
        if not places and cand.nouns:
            for noun in cand.nouns:  # "the annual meeting of the General Assembly"
                for c in noun.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        places += [s for s in self._places_under(c) if self._venue(s)]
                    elif c.dep_ in {"compound", "nmod"} and c.i < noun.i \
                            and (city := self._city_word(c)) is not None:
                        places.append(city)  # "the Paris summit"
        if places:
            return _best_place(places)
        cand.weak_location = True
        if self.lex.kind(cand.kind).seated:
            for pid in cand.participants:
                actor = self.actors.get(pid)
                if self._chamber(actor):
                    return self._sits_in(actor) or actor.name  # a chamber or a court is
                    # where it sits ("new members of the House" are people, not a place)
            clause = _clause_head(cand.anchor)
            hi = clause.right_edge.idx + len(clause.right_edge)
            for start, end, aid in self._mentions_from(clause.left_edge.idx, hi):
                actor = self.actors.get(aid)
                span = self.doc.char_span(start, end, alignment_mode="expand")
                if span is not None and span.root.dep_ == "pobj" \
                        and span.root.head.lower_ in self.lex.venue_preps \
                        and self._chamber(actor):
                    return actor.name  # "backing the bill at its third reading … after a
                    # debate in the House of Commons": the chamber its clause names
        places = self._participant_places(cand) or self._subject_jurisdiction(cand)
        if places:
            return _best_place(places)
        channel = self._channel(cand)
        if channel is not None:
            cand.channel, cand.weak_location = True, False
            return channel
        return self._country_of_event(cand)

    def _capital_named(self, clause: list[Token]) -> str | None:
        """The city a clause's place phrase names as a state's capital by its people or its
        name ("in the Qatari capital", "in Poland's capital"; countries.yaml capitals)."""
        states = country_lexicon()
        for prep in clause:
            if prep.dep_ != "prep" or prep.lower_ not in self.lex.location_preps:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() != "capital":
                    continue
                for owner in noun.children:
                    if owner.dep_ in {"amod", "compound", "poss", "nmod"} and owner.i < noun.i \
                            and (iso := states.country_of_word(owner.text)) is not None \
                            and iso in states.capitals:
                        return states.capitals[iso]
        return None

    def _seat(self, prep: Token) -> str | None:
        """The seat of a body a venue phrase names by its owner and no place name ("at the
        alliance's headquarters": "NATO headquarters"; "at CDU headquarters"), or None."""
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in self.lex.seat_nouns \
                    or any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in noun.subtree):
                continue
            for owner in noun.children:
                if owner.dep_ not in {"poss", "compound", "amod"} or owner.i > noun.i:
                    continue
                ids = self._np_actors(owner) if owner.dep_ == "poss" \
                    else self._word_actors(owner)
                called = actor_words().body_epithets.get(owner.lemma_.lower())
                if not ids and called:  # "the alliance's": the alliance named last before
                    last = self.actors.named_last_before(
                        owner.idx, lambda a, called=called: fold(a.name) in called)
                    ids = [last] if last else []
                bodies = [a for a in map(self.actors.get, ids)
                          if a.kind in {"organization", "country"}]
                if bodies:
                    return f"{bodies[0].name} {noun.text}"
                if owner.pos_ in {"NOUN", "PROPN"} and not ids:  # no body known by the
                    # word: as written ("the alliance's headquarters")
                    words = self.doc[owner.left_edge.i:noun.i + 1]
                    return " ".join(t.text for t in words
                                    if t.lower_ != "the").replace(" 's", "'s")
        return None

    def _undergone_in(self, noun: Token) -> list[Span]:
        """The place that undergoes a disaster as the subject of the verb above it ("Puerto
        Rico has experienced dozens of earthquakes …, including a 6.4 quake that hit on
        January 7"): where it struck."""
        verb = noun
        while verb.head.i != verb.i and (verb.pos_ not in {"VERB", "AUX"}
                                         or verb.dep_ == "prep"):  # ("including")
            verb = verb.head
        if verb.i == noun.i or verb.lemma_.lower() not in self.lex.undergoing_verbs:
            return []  # (not "the nearby Cotabato Trench contributes to earthquakes")
        return [entity_at(c) for c in verb.children
                if c.dep_ == "nsubj" and c.ent_type_ in {"GPE", "LOC"}]

    def _where_verb(self, anchor: Token) -> Token | None:
        """The happening or the going a relative "where" clause holding the verb is set in
        ("is due to arrive in Belgrade on Thursday, where she is scheduled to meet Vucic",
        "held a rally in Charleston, where he discussed …"): its place and day are the
        clause's; not a place merely described ("in the West, where they've been told …")."""
        chain = _xcomp_chain(anchor)
        if chain[-1].dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where"
                                                for v in chain for c in v.children):
            return None
        at = chain[-1].head
        verb = at.head.head if at.head.dep_ == "prep" else at.head
        if verb.pos_ == "NOUN" and self._noun_sense(verb) is not None:
            return verb  # "held his first campaign rally in Charleston, where …"
        if verb.pos_ != "VERB" or (self._verb_sense(verb) is None
                                   and verb.lemma_.lower() not in self.lex.purpose_motion_verbs
                                   and not any(self._noun_sense(c) is not None
                                               for c in verb.children if c.dep_ == "dobj")):
            return None
        return verb

    def _fronted_places(self, verb: Token) -> list[Span]:
        """A place set before the first of coordinated verbs places them all ("On Sunday in
        London, … a man entered a store, grabbed a large knife, ran outside with it and
        began to stab people"), as a fronted day dates them."""
        top = self._phase_of(verb)
        if top.dep_ != "conj":
            return []
        while top.dep_ == "conj" and top.head.pos_ in {"VERB", "AUX"}:
            top = top.head
        return [p for c in top.children if c.i < top.i and c.dep_ in {"prep", "npadvmod"}
                for t in c.subtree
                if t.dep_ == "prep" and t.lower_ in self.lex.location_preps
                and t.lower_ not in self.lex.direction_preps
                for p in self._places_under(t)]

    def _aimed_at(self, verb: Token) -> list[Span]:
        """The named place a verb of force or a visit is aimed at: its object ("Russia struck
        Kyiv", "seized Avdiivka", "visiting Kenosha"), or what a place noun there names
        ("recaptured the town of Kupiansk")."""
        out: list[Span] = []
        for obj in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "pobj"}
                    or c.dep_ == "xcomp" and c.pos_ == "PROPN"):  # (a name misparsed; the
            # object of "on" in "an attack on Kyiv")
            if obj.ent_type_ in {"GPE", "LOC", "FAC"}:
                out.append(entity_at(obj))
            elif obj.pos_ == "PROPN" and obj.ent_type_ in {"", "PERSON", "ORG"} \
                    and country_lexicon().country_of_word(obj.text):
                out.append(obj.doc[obj.i:obj.i + 1])  # "struck Kyiv", untagged or tagged
                # as a person ("Russian missiles struck Kyiv")
            elif obj.lemma_.lower() in actor_words().place_nouns:
                out += [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in self._places_under(c) if p.label_ in {"GPE", "LOC", "FAC"}]
            elif (named := self._placed_by_country(obj)) is not None:
                out.append(named)
            if not out and obj.lemma_.lower() in self.lex.area_nouns:
                # "an air strike on Beirut's southern suburbs": the place whose part it is
                out += [entity_at(c) for c in obj.children if c.dep_ in {"poss", "compound"}
                        and c.ent_type_ in {"GPE", "LOC"}]
        return [p for p in out if not self._is_person_like(p)]

    @staticmethod
    def _placed_by_country(obj: Token) -> Span | None:
        """A name the tagger took for an organisation, followed by its country as places are
        written ("struck Surigao del Sur, Philippines"): the name is a place."""
        if obj.pos_ != "PROPN" or obj.ent_type_ not in {"ORG", ""}:
            return None
        name = entity_at(obj) if obj.ent_type_ else obj.doc[obj.i:obj.i + 1]
        after = [c for t in name for c in t.children
                 if c.dep_ in {"conj", "appos"} and c.i >= name.end]
        if any(c.ent_type_ == "GPE" and country_lexicon().country_of_word(c.text)
               and c.i == name.end + 1 and c.nbor(-1).text == "," for c in after):
            return name
        return None

    def _before_words(self, prep: Token) -> bool:
        """ "before", "ahead of" (the parser hangs "of" on "ahead")."""
        if prep.lower_ == "of" and prep.head.lower_ in self.lex.preceding_words:
            return True
        return prep.lower_ in self.lex.preceding_words and prep.dep_ == "prep"

    def _channel(self, cand: _Candidate) -> str | None:
        """The medium the event went out through, where the sentence names no place
        ("made his official announcement via a YouTube video", "The government statement,
        which was posted on Twitter, announced …", "spoke on MSNBC's … show"): the coders'
        place for what is said or shown online or on air."""
        if not self.lex.kind(cand.kind).broadcast or cand.anchor.pos_ not in {"VERB", "AUX"}:
            return None  # ("responding to Pelosi's announcement via Twitter": the response's)
        own = {cand.anchor.i, *(n.i for n in cand.nouns)}
        node = cand.anchor
        while node.dep_ in {"xcomp", "conj"} or _at_same_time(node):  # "went on to
            node = node.head  # say", "said and added", "spoke on MSNBC's … show when he
            own.add(node.i)  # made the announcement"
        if node.dep_ in {"advcl", "acl"} and (
                node.head.lemma_.lower() in self.lex.posting_verbs
                or node.head.lemma_.lower() in self.lex.channel_nouns):
            own.add(node.head.i)  # "posted a message on Facebook on Friday announcing …":
            # the medium of the post is the announcement's
        saying = self._performed_in_saying(cand.anchor)
        while saying is not None:  # "said she was proud to endorse …": the saying's medium
            own.add(saying.i)
            saying = saying.head if saying.dep_ in {"conj", "xcomp"} else None
        found = []
        for tok in cand.trigger.sent:
            if not self._is_channel(tok):
                continue
            up = tok
            while up.i not in own and up.head.i != up.i and up.dep_ not in {"ccomp",
                                                                            "parataxis"}:
                up = up.head
            if up.i in own:
                named_as = entity_at(tok) if tok.ent_type_ not in {"", "PERSON"} else None
                found.append((tok.pos_ != "PROPN", named_as.text if named_as is not None
                              else tok.text))
        # "a video message posted to Twitter": the named medium, not the kind of message
        return min(found, key=lambda f: f[0])[1] if found else None

    def _is_channel(self, tok: Token) -> bool:
        """A medium said as the way something went out: a known one after a channel
        preposition ("on Twitter", "on television", "via a post on …"), or inside what
        carries it ("a YouTube video", "MSNBC's … show"); an unknown name only in such a
        place ("a post on Medium"). "told Wikinews" or "spoke to CNN" name an audience;
        "in a statement on Tuesday" names a day."""
        if tok.ent_type_ in {"DATE", "TIME"} or tok.lower_ in date_words().day_words:
            return False
        head = tok.head
        after_prep = tok.dep_ == "pobj" and (head.lower_ in self.lex.channel_preps or (
            head.lower_ in self.lex.posting_preps
            and head.head.lemma_.lower() in self.lex.posting_verbs))
        in_carrier = tok.dep_ in {"compound", "poss"} \
            and head.lemma_.lower() in self.lex.channel_nouns \
            and head.dep_ == "pobj" and head.head.lower_ in self.lex.channel_preps
        cues = claim_words()
        if tok.lower_ in cues.channels or tok.lower_ in cues.media:
            return after_prep or in_carrier
        return tok.pos_ == "PROPN" and (in_carrier or after_prep and (
            head.head.lemma_.lower() in self.lex.channel_nouns))

    def _performing_clause(self, verb: Token) -> Token | None:
        """The clause that does an infinitive in the saying ("I am glad to endorse him",
        "proud to endorse Joe Biden": the adjective's copula, or the adjective), or None:
        the adjective names a feeling about doing it now; a modal or future on it ("would be
        happy to meet") keeps it ahead."""
        adj = verb.head
        if verb.dep_ != "xcomp" or not _infinitive(verb) or adj.pos_ != "ADJ" \
                or adj.lemma_.lower() not in self.lex.performative_adjectives:
            return None
        clause = adj.head if adj.dep_ == "acomp" else adj
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
            return None
        return clause

    def _performed_in_saying(self, verb: Token) -> Token | None:
        """The speech verb whose words perform the act ("said she was proud to endorse
        Joe Biden": the endorsing is the saying), or None."""
        clause = self._performing_clause(verb)
        if clause is None:
            return None
        said = claim_words().verbs.get(clause.head.lemma_.lower())
        if clause.dep_ == "ccomp" and said is not None and said.frame == "speech":
            return clause.head
        return None

    def _subject_jurisdiction(self, cand: _Candidate) -> list[Span]:
        """ "Tony Evers, the governor of Wisconsin, signed…", "the state of Wisconsin held
        elections", "a federal judge in Texas ruled": the place the acting subject is an
        office or a body of, or sits in."""
        out: list[Span] = []
        for subj in [*(c for c in cand.anchor.children if c.dep_ in SUBJECTS), *cand.stranded]:
            for tok in subj.subtree:  # "…of Wisconsin", "a federal judge in Texas ruled"
                if tok.dep_ == "prep" and tok.lower_ in {"of", "in"} \
                        and not _in_clause_below(tok, subj):
                    out += [p for p in self._places_under(tok) if p.label_ in {"GPE", "LOC"}]
        return out

    def _country_of_event(self, cand: _Candidate) -> str | None:
        """Where nothing names a place: the country the event's own words name ("the
        Canadian federal election", "Thai general election"), else the country that acts
        ("Germany banned…", "Iran issued arrest warrants"), else the one country its
        participants belong to, or the article's country when they have none ("the princess
        announced her candidacy") — a guess, marked weak; it never makes a speech verb an
        event the way a stated place does. For that last guess the place the article's first
        sentence names below a country, when there is one, stands in ("BTP started an
        investigation of the death" after "killed while working at Waterloo station in the
        British capital London": London), as the coders place such events; so is a disaster
        no one takes part in ("A fire … killed five girls")."""
        lex = country_lexicon()
        for noun in [*cand.nouns, cand.trigger]:
            for c in noun.children:
                if c.dep_ == "poss" and c.lower_ in actor_words().home_words \
                        and self.actors.home and self.actors.home != "EUR":
                    return lex.country_display(self.actors.home)  # "the country's general
                    # election": the article's country's
                if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i:
                    iso3 = lex.country_of_word(c.text) if c.text[:1].isupper() else None
                    if iso3 and iso3 != "EUR":
                        return lex.country_display(iso3)
        acting = None
        if self.lex.kind(cand.kind).encounter:  # "talks with the United States": a
            # counterpart met is not where the talks are; only a subject acts
            head = cand.anchor if cand.anchor.pos_ in {"VERB", "AUX"} \
                else _clause_head(cand.anchor)
            acting = set(self._subject_actors(head))
        if (filed := self._joint_act_filed_from(cand)) is not None:
            return filed
        for pid in cand.participants:
            actor = self.actors.get(pid)
            if acting is not None and pid not in acting:
                continue
            if actor.country == "EUR" and actor.kind in {"country", "organization"}:
                break  # "The European Union adopted sanctions against Russia": the union
                # acts, in no state; the state after it is the one aimed at
            if actor.kind == "country" and actor.country:
                return actor.name
            if actor.kind == "organization" and lex.country_of_region(actor.name):
                return actor.name  # "Maryland rescheduled its primary": a state acting
        # the one country the participants belong to ("the princess announced her candidacy")
        if not cand.participants and self.lex.kind(cand.kind).harms and self._lead_place:
            cand.guessed_country = True  # a fire, a quake: no one takes part; where the
            return self._lead_place  # article's first sentence places its news
        homes = {self.actors.get(p).country for p in cand.participants} - {None}
        if not homes and cand.participants and self.actors.home:
            homes = {self.actors.home}  # none said: the country the article is about
        if len(homes) == 1 and (home := homes.pop()) != "EUR" \
                and (shown := lex.country_display(home)):
            cand.guessed_country = True
            return self._lead_place or shown
        return None

    def _joint_act_filed_from(self, cand: _Candidate) -> str | None:
        """Where states act together in the story's first sentence and nothing names a place,
        the place the story is filed from: none of them is where they met ("KUALA LUMPUR:
        Thailand and Cambodia agreed on Wednesday …": Kuala Lumpur, not Thailand)."""
        lead = self._lead_sentence
        if lead is None or cand.anchor.sent.start != self.sents[lead].start:
            return None
        head = cand.anchor if cand.anchor.pos_ in {"VERB", "AUX"} else _clause_head(cand.anchor)
        if not any(c.dep_ in SUBJECTS for c in head.children):
            head = head.sent.root  # ("… according to a joint statement issued after …")
        states = {self.actors.get(i).country for i in self._subject_actors(head)
                  if self.actors.get(i).kind == "country"} - {None}
        return wire_dateline_place(self.doc.text) if len(states) >= 2 else None

    @cached_property
    def _lead_place(self) -> str | None:
        """The most specific place the article's first sentence names below a country, else
        the place a wire dateline files the story from ("THE HAGUE, June 25 (Reuters) -"),
        once per article."""
        lex = country_lexicon()
        people = {a.id for a in self.actors if a.kind == "person"}
        lead = self._lead_sentence
        filed = wire_dateline_place(self.doc.text)
        acting = {"poss", "nsubj", "nsubjpass"} if filed else {"poss"}
        places = [e for e in (self.sents[lead].ents if lead is not None else [])
                  if e.label_ in {"GPE", "LOC", "FAC"} and not lex.country_of_name(e.text)
                  and e.text.lower().removeprefix("the ") not in self.lex.world_regions
                  and not (e.root.dep_ in acting and lex.state_or_seat(e.text))  # ("over
                  # Tehran's nuclear program"; "a move Tehran denounced" in a story filed from
                  # Vienna: a seat of power standing for its state)
                  and not set(self._mentions_within(e)) & people  # ("Honcharuk"; "Europe's
                  # independence": above the country, no place in it)
                  and not (len(e) == 1 and is_common_word(e.text.lower())
                           and not lex.country_of_city(e.text)
                           and not lex.country_of_region(e.text))]  # ("Strong" of the
        # party "Strong Georgia-Lelo", tagged a place: a word, no town anyone knows)
        return _best_place(places) if places else filed

    def _places_under(self, prep: Token) -> list[Span]:
        """Named places in the phrase a preposition governs (not in its clauses); none in a
        preposition made of two ("along with Senator Ron Wyden of Oregon": a companion)."""
        out: list[Span] = []
        if any(c.dep_ == "prep" for c in prep.children):
            return out
        toks = [t for t in prep.subtree if t.i != prep.i and not _in_clause_below(t, prep)]
        idx = {t.i for t in toks}
        if toks:  # the small parser often hangs the rest of a long name elsewhere
            j = max(idx) + 1
            while j < len(prep.doc) and (prep.doc[j].pos_ in {"PROPN", "NOUN", "ADJ", "PART",
                                                                "DET", "NUM"}
                                         or prep.doc[j].dep_ in {"compound", "amod", "nmod"}) \
                    and prep.doc[j].dep_ not in SUBJECTS and not prep.doc[j].is_punct:
                idx.add(j)
                j += 1
        states = country_lexicon()
        ents = [self.ent_at[i] if i in self.ent_at else Span(prep.doc, i, i + 1, label="GPE")
                for i in sorted(idx) if i in self.ent_at or (
                    # "meet … Kellogg in Kyiv": a capital or a state the tagger left untagged
                    prep.doc[i].head.i == prep.i and prep.doc[i].pos_ == "PROPN"
                    and not prep.doc[i].ent_type_ and prep.doc[i].is_title
                    and (states.state_or_seat(prep.doc[i].text)
                         # "would meet at the Chancellery": a seat of government untagged
                         or prep.doc[i].lower_ in actor_words().site_heads))]
        for i in sorted(idx):  # "at the state guest house Jamuna": a venue named after
            # the noun for its kind, the tagger leaving the name untagged
            tok = prep.doc[i]
            kinds = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i
                     and c.lemma_.lower() in self.lex.venue_heads]
            if i not in self.ent_at and tok.head.i == prep.i and tok.pos_ == "PROPN" \
                    and tok.is_title and not tok.ent_type_ and kinds:
                first = min(c.left_edge.i for c in tok.children if c.dep_ == "compound")
                ents.append(Span(prep.doc, first, tok.i + 1, label="FAC"))
        for ent in ents:
            if ent.label_ == "PERSON" and (ent.root.head.i == prep.i or of_place_noun(
                    ent, actor_words().place_nouns)) \
                    and self.actors.covering(ent.start_char, ent.end_char) is None:
                # "in Maidan Shahr", "in the town of Bender" tagged PERSON, and no person
                # for the actor pass: a place
                ent = Span(ent.doc, ent.start, ent.end, label="GPE")
            elif ent.label_ == "NORP" and ent.root.head.i == prep.i \
                    and states.state_or_seat(ent.text):
                ent = Span(ent.doc, ent.start, ent.end, label="GPE")  # "would open in
                # Tunis" tagged a nationality: a capital's name is the city
            site = ent.root.head
            if ent.label_ in {"ORG", "PERSON"} and ent.root.dep_ == "compound" \
                    and site.i == ent.end and site.head.i == prep.i \
                    and site.lower_ in actor_words().site_heads:
                # "at La Moneda palace" (the name tagged a body): the palace
                ent = Span(ent.doc, ent.start, site.i + 1, label="FAC")
            elif ent.label_ == "ORG" and ent[-1].lower_ in actor_words().site_heads:
                ent = Span(ent.doc, ent.start, ent.end, label="FAC")  # "from the Government
                # Palace" tagged a body: the palace
            if ent.label_ in {"GPE", "LOC", "FAC", "ORG"}:
                if ent.label_ == "ORG" and not (self._venue(ent) or ent.root.head.i == prep.i
                                                or of_place_noun(ent, actor_words().place_nouns)):
                    continue  # (but "the western city of Kisumu", tagged ORG, is a place)
                if self._is_person_like(ent) or self._of_person(ent):  # "a meeting with
                    continue  # Honcharuk" (tagged GPE); "in the presence of U.S. President
                    # Donald Trump": the person's state
                if ent[-1].lower_ in self.lex.not_place_words \
                        or ent.text.upper() in self.lex.time_zones \
                        or any(CLOCK.fullmatch(t.text) for t in ent):
                    continue  # "at 10:30 BST", "at 17:00 Indian Standard Time": a time
                if len(ent) == 1 and ent.end < len(ent.doc) and ent.doc[ent.end].is_title \
                        and ent.doc[ent.end].lower_ in date_words().day_words \
                        and is_common_word(ent.text) \
                        and country_lexicon().country_of_word(ent.text) is None:
                    continue  # "Super Tuesday": a word opening a day's name, no place
                out.append(ent)
        return out

    def _venue(self, span: Span) -> bool:
        return self._venue_name(span.text)

    def _chamber_named(self, noun: Token) -> str | None:
        """The chamber or court a proper noun names (its actor's name, else its words)."""
        for actor in map(self.actors.get, self._np_actors(noun)):
            if self._chamber(actor):
                return actor.name
        return noun.text if self._venue_name(noun.text) else None

    def _sits_in(self, actor: Actor) -> str | None:
        """The place a relative clause on a mention of the court or chamber says it sits in
        ("The court, which sits in Batumi, said …"; events.yaml seat_verbs), if any."""
        for m in actor.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            for clause in span.root.children if span is not None else ():
                if clause.dep_ != "relcl" or clause.lemma_.lower() not in self.lex.seat_verbs:
                    continue
                places = [p for c in clause.children if c.dep_ == "prep"
                          and c.lower_ in self.lex.venue_preps for p in self._places_under(c)]
                if places:
                    return _best_place(places)
        return None

    def _chamber(self, actor: Actor) -> bool:
        """The actor is a chamber or a court, a place where what it does happens."""
        return actor.kind == "organization" and self._venue_name(actor.name)

    def _venue_name(self, name: str) -> bool:
        return any(w in self.lex.legislatures for w in name.lower().split())

    def _of_person(self, span: Span) -> bool:
        """A name in the words run on before a person's name ("U.S. President Donald
        Trump")."""
        tok = span.root
        while tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i != tok.i:
            tok = tok.head
            if tok.ent_type_ == "PERSON" or any(
                    self.actors.get(i).kind == "person"
                    for i in self.actors.at(tok.idx, tok.idx + len(tok))):
                return True
        return False

    def _is_person_like(self, span: Span) -> bool:
        """A one-word name the actors know as a person ("Trump" tagged ORG or GPE)."""
        if len([t for t in span if t.lower_ != "the"]) > 1:
            return False
        ids = self.actors.at(span.start_char, span.end_char)
        return any(self.actors.get(i).kind == "person" for i in ids)

    def _participant_places(self, cand: _Candidate) -> list[Span]:
        """ "The Embassy in Iraq ... in its January 3 security alert": where a participant
        is said to be, in the event's sentence."""
        sent = cand.trigger.sent
        out: list[Span] = []
        for s, e, a in self._mentions_from(sent.start_char, sent.end_char):
            if a not in cand.participants or e > sent.end_char:
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            for c in span.root.children:
                if c.dep_ == "prep" and c.lower_ == "in":
                    out += [p for p in self._places_under(c) if p.label_ != "ORG"]
        return out

    # --- time ---------------------------------------------------------------------------
    def _time(self, cand: _Candidate) -> tuple[Span, When, int] | None:
        """The time expression of the event's clause nearest its anchor in the tree."""
        content = {t.i for n in cand.nouns for c in self._content_clauses(n) for t in c.subtree}
        clause = {t.i for t in self._clause(cand)}
        for noun in cand.nouns:
            clause.update(t.i for t in noun.subtree)
            if (span_head := _duration_head(noun)) is not None:
                clause.update(t.i for t in span_head.subtree)  # "five hours of talks on Monday"
            for held in self._holding_clauses(noun):
                clause.update(t.i for t in held.subtree)
        clause -= content
        best: tuple[int, tuple[Span, When, int]] | None = None
        for item in self.times:
            span, when, sent_i = item
            if sent_i != cand.sent:
                continue
            root = self._restated(span)
            if root.i not in clause and root.head.dep_ == "ccomp" \
                    and self._past_day_on_what_should_be(root.head, when):
                root = root.head.head  # "said yesterday morning the laws should be changed"
            elif root.i not in clause and (said := self._said_on(span)) is not None:
                root = said  # "said on Thursday he was ready": the saying's day
            if root.i not in clause and not any(_day_right_after(span, when, n)
                                                for n in cand.nouns):
                continue
            if self._inside_earlier_happening(root, cand.anchor):
                continue  # "dropped out after failing to win the contests of March 3"
            if self._owned_by_other_noun(span, cand):
                continue  # "held talks ahead of a deadline of June 30": the deadline's date
            if self._owned_by_inner_act(root, cand.anchor):
                continue  # "held talks on Wednesday … and agreed to meet again on April 8"
            if self.lex.kind(cand.kind).tells and cand.anchor.tag_ == "VBD" and when.date \
                    and self.published is not None \
                    and when.date > self.published.isoformat():
                continue  # "announced an election on March 3": a telling told as done was
                # done by publication; a day after it is what was told of
            # nearest in the tree; a time word that says no day at all only as a last resort
            dist = _distance(span.root, cand.anchor) + (0 if when.date else 3 if when.start
                                                        else 50)
            if best is None or dist < best[0]:
                best = (dist, item)
        if best is None and _participle_of(cand.anchor) is not None:
            found = self._time_of_verb(_participle_of(cand.anchor), cand.sent)
            return found or self._opening_time(cand)
        anchor = self._phase_of(cand.anchor)  # "… and began to stab": as "began" is dated
        if best is None and anchor is not cand.anchor \
                and (found := self._time_of_verb(anchor, cand.sent)) is not None:
            return found  # "On Sunday, protesters began to attack …"
        if best is None and self._purpose_of_done(anchor):  # "gathered on Tuesday to protest"
            act = anchor.head.head if anchor.head.pos_ == "ADJ" else anchor.head
            return self._time_of_verb(act, cand.sent)
        if best is None and anchor.head.pos_ in {"VERB", "AUX"} and _at_same_time(anchor):
            # "Violence broke out on Saturday when thousands rallied": the rally's day too
            return self._time_of_verb(anchor.head, cand.sent)
        going = self._going_verb(anchor) if best is None else None
        if best is None and anchor.dep_ == "pobj" \
                and (anchor.head.lower_ in self.lex.taking_part_preps or going is not None):
            found = self._time_of_taking_part(
                going or _taking_part_verb(anchor) or anchor.head.head, cand.sent)
            if found is not None:  # "go to the polls in a by-election this week"
                return found
        if best is None:
            opening = self._opening_time(cand) or self._time_before_verb(anchor, cand.sent)
            if opening is not None:
                return opening
        if best is None and (fixed := self._day_fixed_for(anchor)) is not None:
            return fixed  # "has fixed February 18 as the date for the general election"
        if best is None and (verb := self._where_verb(anchor)) is not None:
            if (held := self._time_of_verb(verb, cand.sent)) is not None:
                return held  # "is due to arrive in Belgrade on Thursday, where she is
                # scheduled to meet Vucic": that Thursday
        if best is None and (named := self._time_named_as(cand)) is not None:
            return named  # "Friday night was the fourth night in a row that they protested"
        if best is None and (copula := _copula_over(anchor)) is not None \
                and (held := self._time_of_verb(copula, cand.sent)) is not None:
            return held  # "is expected to be on the agenda of an ECOWAS summit in Abuja on
            # December 13": the summit's day
        if best is None and anchor.dep_ == "conj" and anchor.tag_ == "VBD" \
                and not any(c.dep_ in {"aux", "auxpass"} for c in anchor.children):
            return self._fronted_time(anchor, cand.sent)
        if best is None and self._told_as_news(anchor):
            return self._time_of_verb(anchor.head, cand.sent)
        if best is None and (main := _main_verb_of_reduced_relative(anchor)) is not None:
            return self._time_of_verb(main, cand.sent)
        if best is None and (near := self._hours_apart(anchor, cand.sent)) is not None:
            return near  # "deepened on Tuesday, hours before leaders were due to meet"
        if best is None:
            return self._time_of_next_round(anchor, cand.sent) \
                or self._time_before_when(anchor if anchor.pos_ in {"VERB", "AUX"}
                                          else _finite_head(anchor), cand.sent)  # ("on
        # Monday, June 15, when a U.S. delegation is due in Nuuk for two days of talks")
        return best[1]

    def _hours_apart(self, anchor: Token, sent_i: int) -> tuple[Span, When, int] | None:
        """The day named just before "hours before" or "hours after" that opens the clause
        of ``anchor`` ("deepened on Tuesday, hours before leaders were due to meet"): the
        same day, however the parser hangs the clause (events.yaml same_day_units)."""
        for verb in _xcomp_chain(anchor if anchor.pos_ in {"VERB", "AUX"}
                                 else _finite_head(anchor)):
            verb = verb.head if verb.dep_ == "acomp" else verb
            for c in [verb, *(c for c in verb.children if c.dep_ == "acomp")]:
                mark = next((m for m in c.children if m.dep_ == "mark"
                             and m.lower_ in self.lex.preceding_words | {"after"}), None)
                if mark is None or mark.i == 0 \
                        or mark.nbor(-1).lemma_.lower() not in self.lex.same_day_units:
                    continue
                found = [item for item in self.times if item[2] == sent_i
                         and item[0].end <= mark.i - 1 and item[1].date]
                return found[-1] if found else None
        return None

    def _time_of_next_round(self, verb: Token, sent_i: int) -> tuple[Span, When, int] | None:
        """The day a "with" phrase arranges for the event named again ("agreed to meet again
        in Istanbul, with the next round tentatively scheduled for Dec. 15"): an event noun
        or a round of one, and a participle of arranging ("scheduled", "set") that dates it."""
        arranged = self.lex.status["planned"]
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in self.lex.absolute_preps:
                continue
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                if self._noun_sense(noun) is None \
                        and noun.lemma_.lower() not in self.lex.measure_nouns:
                    continue
                for part in noun.children:
                    if part.dep_ == "acl" and part.tag_ == "VBN" \
                            and part.lemma_.lower() in arranged \
                            and (found := self._time_of_verb(part, sent_i)) is not None:
                        return found
        return None

    def _time_before_when(self, verb: Token, sent_i: int) -> tuple[Span, When, int] | None:
        """The time a "when" clause right after it tells of ("by next Wednesday, when EU
        ambassadors meet to prepare the vote"): the clause's own day, wherever the parser
        hangs the clause."""
        when = next((c for c in verb.children if c.dep_ == "advmod" and c.i < verb.i
                     and c.lower_ in self.lex.when_words), None)
        if when is None:
            return None
        j = when.i - 1
        while j >= 0 and verb.doc[j].is_punct:
            j -= 1
        for item in self.times:
            span, _, si = item
            if si == sent_i and span.start <= j < span.end:
                return item
        return None

    def _told_as_news(self, verb: Token) -> bool:
        """A plain past act told as what someone said on a day ("State prosecutors charged
        the suspect …, they said Sunday"): the news is of that day, as the coders date it;
        not an act done before ("had killed") nor one still to come; a plain past passive
        too ("was found dead, police reported Friday morning")."""
        past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
        said = self._reports(verb) and not any(c.dep_ in {"oprd", "acomp"}
                                               for c in verb.children)  # ("found dead")
        return verb.dep_ == "ccomp" and past and self._reports(verb.head) \
            and not said and not any(c.dep_ == "aux" for c in verb.children)

    def _inside_earlier_happening(self, root: Token, anchor: Token) -> bool:
        """A time word inside an "after …" phrase on the anchor that tells of another
        happening ("after failing to win the contests of March 3"), not the phrase's own
        time ("after Monday")."""
        tok = root
        while tok.i != anchor.i and tok.head.i != tok.i:
            if tok.head.dep_ == "prep" and tok.head.head.i == anchor.i \
                    and tok.head.lower_ in self.lex.presupposing_preps:
                return tok.dep_ == "pcomp" or tok.i != root.i
            tok = tok.head
        return False

    def _restated(self, span: Span) -> Token:
        """The token a time phrase hangs on in meaning: its own root, or for a day set
        after a comma to restate the time named just before ("the contests of 'Super
        Tuesday', March 3", which the parser may hang on the main verb) that time's root."""
        i = span.start - 1
        while i >= 0 and self.doc[i].is_quote:
            i -= 1
        if i < 1 or self.doc[i].text != ",":
            return span.root
        j = i - 1
        while j >= 0 and self.doc[j].is_quote:
            j -= 1
        prev = self.doc[j] if j >= 0 else None
        if prev is None or prev.ent_type_ not in {"DATE", "TIME"} or prev.i in range(
                span.start, span.end):
            return span.root
        return entity_at(prev).root

    def _day_fixed_for(self, noun: Token) -> tuple[Span, When, int] | None:
        """The day a clause names as the date for the event ``noun`` names ("Bangladesh's
        Election Commission has fixed February 18 as the date for the general
        election")."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "for":
            return None
        date = noun.head.head
        if date.lemma_.lower() not in self.lex.date_nouns or date.dep_ != "pobj" \
                or date.head.lower_ != "as":
            return None
        verb = date.head.head
        return next((item for item in self.times if item[1].date
                     and item[0].root.head.i == verb.i and item[0].end <= date.i), None)

    def _time_named_as(self, cand: _Candidate) -> tuple[Span, When, int] | None:
        """A relative clause inside what a time is said to be ("Friday night was the fourth
        night in a row that Serbians protested"): the clause happened at that time."""
        anchor = cand.anchor
        if anchor.dep_ != "relcl":
            return None
        root = next((t for t in anchor.ancestors if t.lemma_ == "be"), None)
        if root is None or not any(c.dep_ == "attr" and anchor.i in
                                          range(c.left_edge.i, c.right_edge.i + 1)
                                          for c in root.children):
            return None
        for item in self.times:
            span, when, sent_i = item
            if sent_i == cand.sent and when.date and span.root.head.i == root.i \
                    and span.root.dep_ in {"nsubj", "npadvmod"} and span.end <= root.i:
                return item
        return None

    def _opening_time(self, cand: _Candidate) -> tuple[Span, When, int] | None:
        """A dated time word opening the sentence that the parser hung on the subject
        ("Yesterday afternoon Marine One landed …, flying Trump to Walter Reed": the time
        compounds "Marine One"): it dates the main clause and its participle clauses."""
        anchor = cand.anchor
        verb = _participle_of(anchor) or (anchor if anchor.pos_ in {"VERB", "AUX"} else None)
        if verb is None or verb.dep_ != "ROOT":
            return None
        for item in self.times:
            span, when, sent_i = item
            if sent_i != cand.sent or not when.date or span.start != span.sent.start:
                continue
            head = span.root.head
            if head.pos_ in {"NOUN", "PROPN"} and head.dep_ in {"nsubj", "nsubjpass"} \
                    and head.head.i == verb.i:
                return item
        return None

    def _time_before_verb(self, anchor: Token, sent: int) -> tuple[Span, When, int] | None:
        """A dated day set right before the verb (or the first of coordinated verbs) that the
        parser hung on a noun of a long subject ("A helicopter under contract to Pacific Gas
        and Electric (PG&E) on Tuesday struck power lines and crashed": Tuesday's, not the
        contract's): the verb's own day."""
        verb = _first_coordinated(anchor)
        if verb.pos_ not in {"VERB", "AUX"} or verb is not anchor and self._told_later(anchor):
            return None
        for item in self.times:
            span, when, sent_i = item
            if sent_i == sent and when.date and span.end == verb.i \
                    and span.root.head.dep_ == "prep" and span.root.head.i == span.start - 1 \
                    and span.root.head.head.pos_ in {"NOUN", "PROPN"}:
                return item
        return None

    def _phase_of(self, verb: Token) -> Token:
        """The phase verb whose infinitive ``verb`` is ("began to stab", "will start to
        withdraw"): the act's tense and time are that verb's; else ``verb`` itself."""
        head = verb.head
        if verb.dep_ == "xcomp" and head.i != verb.i and _infinitive(verb) \
                and head.lemma_.lower() in self.lex.phase_verbs:
            return head
        return verb

    def _told_later(self, verb: Token) -> bool:
        """A coordinated act told as later than the first ("…, and later banned gatherings"):
        not on the first act's day."""
        return any(c.dep_ == "advmod" and c.lower_ in self.lex.later_adverbs
                   for c in verb.children)

    def _fronted_time(self, verb: Token, sent: int) -> tuple[Span, When, int] | None:
        """A dated time phrase of the first of coordinated verbs, set before the verb at
        hand ("On Friday, A met B and signed the deal", "was driving … on the night of June
        21 and struck a group of motorcycles") dates every past act of the coordination
        after it."""
        first = _first_coordinated(verb)
        if self._told_later(verb) or any(
                t.tag_ in {"MD", "VBZ", "VBP"} for t in (first, *(
                    c for c in first.children if c.dep_ in {"aux", "auxpass"}))):
            return None  # "Council members will hold consultations on Thursday, and
            # diplomats said …": a day still to come is not when the saying was done
        found = None
        for item in self.times:  # the nearest before the verb ("Despite signs of recovery
            span, when, sent_i = item  # on Sunday, he suffered a cardiac arrest on Monday
            if sent_i == sent and when.date and span.end <= verb.i \
                    and _adverbial_of(span.root, first):  # and died": Monday)
                found = item
        return found

    def _just_after(self, cand: _Candidate) -> Token | None:
        """The verb a gathering is told just before ("agreed … after talks in Busan", "told
        reporters after the summit"): an "after" phrase on the verb, the noun not counted out
        in time ("after months of talks": long before)."""
        noun = cand.anchor
        if noun.pos_ != "NOUN" or not self.lex.kind(cand.kind).gathering \
                or noun.dep_ != "pobj" or noun.head.lower_ not in self.lex.following_words:
            return None
        verb = noun.head.head
        return verb if verb.pos_ in {"VERB", "AUX"} else None

    def _time_of_verb(self, verb: Token, sent: int, spans: bool = False
                      ) -> tuple[Span, When, int] | None:
        """A dated time word that modifies ``verb`` itself ("yesterday resumed"); with
        ``spans``, one naming a span of days counts too ("this week")."""
        for item in self.times:
            span, when, sent_i = item
            head = span.root.head
            if span.root.dep_ == "compound" and head.ent_type_ == "TIME":
                head = head.head  # "reported Friday morning": the day names the morning
            if head.dep_ == "prep":
                head = head.head
            if head.dep_ == "ccomp" and self._past_day_on_what_should_be(head, when):
                head = head.head  # "said at a press conference yesterday morning the gun
                # laws should be changed": the parser hangs the day on what should be
            if sent_i == sent and (when.date or spans and when.start) and head.i == verb.i:
                return item
        return None

    def _time_of_taking_part(self, verb: Token, sent: int) -> tuple[Span, When, int] | None:
        """The time of the verb by which people take part in a happening ("go to the polls
        in a by-election this week"), or of the verb that arranges it when that verb is its
        infinitive ("Tomorrow, voters are scheduled to go to the polls in a by-election")."""
        found = self._time_of_verb(verb, sent, spans=True)
        if found is None and verb.dep_ == "xcomp" \
                and verb.head.lemma_.lower() in self.lex.future_verbs:
            found = self._time_of_verb(verb.head, sent, spans=True)
        return found

    def _said_on(self, span: Span) -> Token | None:
        """The verb of saying a day set right after it dates, though the parser hangs the
        day on what was said ("said on Thursday he was ready to work …": the day sits
        before the said clause's subject), else None."""
        verb = span.root.head.head if span.root.head.dep_ == "prep" else span.root.head
        if verb.dep_ != "ccomp" or not self._reports(verb.head):
            return None
        saying = verb.head
        first = span.start - 1 if span.root.head.dep_ == "prep" else span.start
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if first != saying.i + 1 or subject is None or subject.i < span.end:
            return None
        return saying

    def _past_day_on_what_should_be(self, verb: Token, when: When) -> bool:
        """A day before publication hung on a clause of what will or should happen: a
        past day cannot date it, so it dates the verb that clause is said under."""
        unreal = self.lex.future_aux | self.lex.future_modals | self.lex.obligation_modals
        return bool(when.date and self.published
                    and when.date < self.published.isoformat()
                    and any(c.dep_ == "aux" and c.lower_ in unreal for c in verb.children)
                    and not any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children))

    def _owned_by_inner_act(self, root: Token, anchor: Token) -> bool:
        """A time in an act of its own that the event's clause goes on to ("agreed to meet
        again on April 8", after "held talks"): an infinitive of a happening dates that."""
        tok = root
        while tok.i != anchor.i and tok.head.i != tok.i:
            if tok.dep_ == "xcomp" and tok.head.i != anchor.i \
                    and self._verb_sense(tok) is not None:
                return True
            tok = tok.head
        return False

    def _owned_by_other_noun(self, span: Span, cand: _Candidate) -> bool:
        """A time phrase that modifies a noun other than the event's own ("a deadline of
        June 30", "the June 30 deadline", "his 2016 campaign") dates that noun."""
        own = {n.i for n in cand.nouns} | {cand.trigger.i, cand.anchor.i}
        root = span.root
        head = root.head
        if root.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        elif root.dep_ not in {"compound", "nmod", "amod", "poss", "npadvmod"}:
            return False
        if head.dep_ == "pobj" and head.head.lower_ in self.lex.during_preps \
                and head.head.head.i in own:
            return False  # "During the funeral … on Tuesday, a stampede erupted": the
            # happening it erupted in dates it
        if head.dep_ == "pobj" and head.head.lower_ in self.lex.at_place_preps \
                and head.head.head.i in own:
            return False  # "Speaking at an event in São Paulo on Wednesday night": where
            # the act was done is on its day
        if head.dep_ == "pobj" and head.head.lower_ in self.lex.capacity_preps \
                and head.head.head.i in own:
            return False  # "was sworn in as Bolivia's president on Saturday": the office
            # the act is done in, the parser hanging the act's day on it
        if any(self._aimed_phrase_time(root, n) for n in cand.nouns):
            return False  # "an assault on an inmate on Friday": the assault's day
        if root.dep_ == "pobj" and head.dep_ == "appos" and self._noun_sense(head) is None \
                and root.head.lower_ not in self.lex.relative_time_preps \
                and any(t.text == "," for t in head.doc[head.head.i:head.left_edge.i]):
            return False  # "met representatives of Fisheries Iceland, the association of
            # fishing companies, in Reykjavík on Friday": a description set off by commas
            # has no day of its own; the parser hangs the act's day on it
        if root.dep_ == "pobj" and head.dep_ == "dobj" and head.head.i == cand.anchor.i \
                and self.lex.kind(cand.kind).tells and any(
                    c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"}
                    for c in head.children):
            return False  # "announced the agreement on Wednesday": a thing known already,
            # told that day (not "announced an election on March 3", the election's day)
        return head.pos_ == "NOUN" and head.i not in own and head.tag_ != "NNS" \
            and head.ent_type_ not in {"DATE", "TIME"} and head.i not in {t.i for t in span} \
            and head.lemma_.lower() not in self.lex.clock_nouns

    def carry_dates(self, groups: list[list[_Candidate]]) -> None:
        """An undated past act of an actor takes the day the article last gave for that
        actor's doings, a few sentences back ("Yesterday, Rouhani said ... Rouhani was
        speaking at ..."): news narrates one actor's day without repeating the date. Only
        a time word that dates a verb counts, not one naming something else ("the
        December 31 attack")."""
        # (sentence, token, actors, day, whether it dates the sentence's main verb)
        stated: list[tuple[int, int, set[str], When, bool]] = []
        lead_day: When | None = None  # the day the lead's main verb happened on, not said on
        for span, when, sent_i in self.times:
            if not when.date:
                continue
            if self.published and (self.published - date.fromisoformat(when.date)).days \
                    > CARRY_MAX_AGE_DAYS:
                continue  # "began serving … on January 2, 2017": background, not the news
            head = span.root
            for _ in range(6):  # up through "on", "late on", never through a noun
                if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
                    break
                if head.head.pos_ not in {"ADP", "ADV", "VERB", "AUX"} \
                        and head.head.ent_type_ not in {"DATE", "TIME"}:
                    if head.pos_ == "ADP" and self._subject_dated(head):
                        head = head.head.head  # ("the committee on finance on Tuesday
                        # backed …", the day hung on the subject: the verb's)
                    break
                head = head.head
            if head.pos_ not in {"VERB", "AUX"}:
                continue
            subj = [c for c in head.children if c.dep_ in SUBJECTS] or self._controller(head)
            ids = {i for s in subj for i in self._np_actors(s)}
            main = head.dep_ == "ROOT" or head.dep_ == "conj" and head.head.dep_ == "ROOT"
            if ids or main:
                stated.append((sent_i, span.start, ids, when, main))
            if main and sent_i == self._lead_sentence and lead_day is None \
                    and not self._reports(head):
                lead_day = when
        for group in groups:
            acts = [c for c in group if not c.mention_only] or group
            # "sworn in at 5:00 p.m.": a clock time says when in the day the article is on
            clock = any(c.has_time_words for c in group) and all(
                not c.has_time_words or (c.when is not None and not c.when.date
                                         and not c.when.start) for c in group)
            if any(c.has_time_words for c in group) and not clock or not all(
                c.status in {"held", "ongoing"} for c in acts
            ):
                continue
            first = group[0]
            hours = next((d for c in acts if (d := self._hours_from_head(c.anchor))), None)
            if hours is not None:  # "announced the decision on Thursday, hours after the
                for c in group:  # European Parliament adopted a resolution": that Thursday
                    c.when = hours
                continue
            shifted = next((d for c in acts if (d := self._days_from_head(c.anchor))), None)
            if shifted is not None:  # "debated on Wednesday …, a day after farmers drove
                for c in group:  # tractors into Paris to protest": the Tuesday
                    c.when = shifted
                continue
            if any(self._offset_from_head(c.anchor) for c in acts):
                continue  # "a week after he attended a summit": not on the day named before
            if any(_past_perfect(c.anchor) for c in acts):
                continue  # "had shot down a jet": before the time the article is at
            periods = [w for c in acts for w in self._clause_periods(c)]
            people = {p for c in group for p in c.participants}
            best = None
            for sent_i, start, ids, when, main in stated:
                if self.published and when.date > self.published.isoformat():
                    continue  # "is to leave office on August 2": no day yet for a done act
                if first.sent - CARRY_WINDOW <= sent_i <= first.sent \
                        and (ids & people or clock and main) \
                        and (sent_i < first.sent or start < first.trigger.i):
                    best = when
            if best is None and lead_day is not None and self._told_after_lead(acts):
                best = lead_day
            if best is not None and all(w.start <= best.date <= w.end for w in periods):
                for c in group:  # not "who appointed Murphy in 2017" a day of 2020
                    c.when = best

    def _subject_dated(self, prep: Token) -> bool:
        """A time phrase the parser hung on the subject just before its verb ("Parliament's
        standing committee on finance on Tuesday backed …"): a doer's noun, not an event's
        ("the meeting on Tuesday ended" keeps its day), and nothing between it and the
        verb."""
        noun = prep.head
        verb = noun.head
        return noun.dep_ in SUBJECTS and noun.pos_ in NOMINALS and verb.pos_ == "VERB" \
            and noun.lemma_.lower() not in self.lex.nouns \
            and prep.right_edge.i + 1 == verb.i

    def _reports(self, verb: Token) -> bool:
        """A verb of saying ("acknowledged", "announced"): a lead that reports tells the day
        of the report, not of what it reports."""
        pred = claim_words().verbs.get(verb.lemma_.lower())
        return pred is not None and pred.frame == "speech"

    def _told_after_lead(self, acts: list[_Candidate]) -> bool:
        """Acts the lead's paragraph goes on to tell, undated, in a main clause of a sentence
        with no time words of its own: they happened on the lead's day ("On Thursday … an
        IT worker went on a stabbing spree, killing four. … The attacker was shot dead by
        police."), whoever does them."""
        lead = self._lead_sentence
        told = min(acts, key=lambda c: c.sent)  # where it is first told; later mentions
        # may be anywhere ("… was arrested by Thames Valley Police … Police soon arrived and
        # detained the man")
        if lead is None or not lead < told.sent <= lead + CARRY_WINDOW \
                or self._paragraph(told.sent) != self._paragraph(lead):
            return False
        sents = {c.sent for c in acts}
        if any(sent_i in sents and (when.date or when.start) for _, when, sent_i in self.times):
            return False  # (an age, "25-year-old", or a clock time is no other day)
        anchor = told.anchor
        return anchor.pos_ == "VERB" and (
            anchor.dep_ == "ROOT" or anchor.dep_ in {"conj", "ccomp"}
            and anchor.head.dep_ == "ROOT") and not any(
                a.dep_ == "advmod" and a.lower_ in self.lex.earlier_adverbs
                for a in anchor.children)

    @cached_property
    def _lead_sentence(self) -> int | None:
        """The index of the article's first sentence (not a headline, dateline or caption)."""
        first = body_start(self.doc)
        return next((i for i, sent in enumerate(self.sents) if sent.end_char > first
                     and any(t.pos_ in {"VERB", "AUX"} for t in sent)), None)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [0, *(m.end() for m in PARAGRAPH_BREAK.finditer(self.text))]

    def _paragraph(self, sent_i: int) -> int:
        """Which paragraph (blank-line separated) a sentence's first word is in."""
        sent = self.sents[sent_i]
        word = next((t for t in sent if not t.is_space), sent[0])
        return bisect.bisect_right(self._paragraph_starts, word.idx)

    def _clause_periods(self, cand: _Candidate) -> list[When]:
        """The spans of time (a year, a month) named in the act's own clause, also ones that
        do not date it ("appointed Murphy to her position in 2017"): a day carried from
        elsewhere must fall inside them."""
        clause = {t.i for t in self._clause(cand)}
        return [when for span, when, sent_i in self.times
                if sent_i == cand.sent and span.root.i in clause and not when.date
                and when.start and when.end]

    def _hours_from_head(self, anchor: Token) -> When | None:
        """The head's day, when the act's clause is set only hours or minutes before or
        after it ("announced the decision on Thursday, hours after the European Parliament
        adopted a resolution"; events.yaml same_day_units)."""
        found = _span_from_head(anchor)
        if found is None or found[1].lower_ not in self.lex.preceding_words | {"after"}:
            return None
        verb, _, spans = found
        if not any(c.lemma_.lower() in self.lex.same_day_units for c in spans):
            return None
        return self._head_day(verb)

    def _days_from_head(self, anchor: Token) -> When | None:
        """The day of an act set a stated number of days or weeks before or after its
        head's dated act ("French lawmakers debated on Wednesday …, a day after farmers drove
        tractors into Paris to protest": the Tuesday); None when the head has no one day."""
        verb = anchor
        if anchor.dep_ == "advcl" and _infinitive(anchor):
            verb = anchor.head  # "drove tractors into Paris to protest": the driving's day
        found = _span_from_head(verb)
        if found is None:
            return None
        verb, mark, spans = found
        back = {"after": "before", "before": "after"}.get(mark.lower_)
        units = date_words().data["counted_shift_units"]
        span = next((c for c in spans if c.lemma_.lower() in units), None)
        if back is None or span is None:
            return None
        day = self._head_day(verb)
        if day is None or day.date is None:
            return None
        shift = " ".join(t.text for t in span.subtree)
        when = resolve(f"{shift} {back}", None, anchor=date.fromisoformat(day.date))
        return replace(when, text=f"{shift} {mark.text}") if when.date else None

    def _head_day(self, verb: Token) -> When | None:
        """The one day the clause an adverbial clause hangs on names (outside that
        adverbial clause), else None: the day a clause set from its head is reckoned from."""
        head, own = verb.head, {t.i for t in verb.subtree}
        clause = {t.i for t in head.subtree} - own
        days = [when for span, when, _ in self.times if when.date and span.root.i in clause]
        return days[0] if len({w.date for w in days}) == 1 else None

    @staticmethod
    def _offset_from_head(anchor: Token) -> bool:
        """The act's clause is set a stated time before or after its head's ("This comes a
        week after he attended a summit"): its day is reckoned from the head, not carried."""
        found = _span_from_head(anchor)
        return found is not None and any(
            c.ent_type_ in {"DATE", "TIME"}
            and not is_time_point(" ".join(t.text for t in c.subtree)) for c in found[2])

    def place_where_clauses(self, cands: list[_Candidate]) -> None:
        """ "a summit in Niamey where on Sunday X signed": a where-clause happens at the
        place of the noun it describes, or of the event that noun names."""
        for cand in cands:
            anchor = cand.anchor
            for _ in range(3):  # "Ohio, which was planning to hold its primary", "the
                # Lords, where the bill is due to have its second reading"
                if anchor.dep_ not in {"xcomp", "acomp"} or anchor.head.i == anchor.i:
                    break
                anchor = anchor.head
            if cand.location and not cand.weak_location or anchor.dep_ != "relcl":
                continue
            # "Ohio, which was planning to hold …": a place that holds the event is where
            by_place = any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "WDT"
                           for c in anchor.children)
            if anchor.doc[anchor.left_edge.i].lower_ != "where" and not by_place:
                continue
            noun = anchor.head
            place = None
            if noun.ent_type_ in {"GPE", "LOC", "FAC"}:
                span = next((e for e in self.doc[noun.sent.start:noun.sent.end].ents
                             if e.start <= noun.i < e.end), None)
                place = _clean_place(span) if span is not None else None
            elif (noun.ent_type_ == "ORG" or noun.pos_ == "PROPN") and not by_place \
                    and (chamber := self._chamber_named(noun)):
                place = chamber  # "In the Lords, where the bill is due to have its second
                # reading": a chamber is where what happens in it happens
            elif not by_place:
                owner = next((c for c in cands if c is not cand and noun.i in
                              {n.i for n in c.nouns} | {c.anchor.i}), None)
                if owner is not None and owner.location and not owner.weak_location:
                    place = owner.location
            if place:
                cand.location, cand.weak_location = place, False

    # --- status -------------------------------------------------------------------------
    def _convened(self, noun: Token) -> bool:
        """The event noun is the object of a verb that sets it to come, with its day
        (events.yaml convening_verbs: "has called a rally at Kamukunji Grounds on Tuesday");
        not with a particle, a second object, a complement or "for" someone ("called off",
        "called the investigation 'a sham'", "called the election for Biden")."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in self.lex.convening_verbs:
            return False

        def dated(t: Token) -> bool:
            return any(g.ent_type_ in {"DATE", "TIME"} for g in t.subtree)

        return not any(c.dep_ in {"prt", "oprd", "ccomp", "xcomp"}
                       or c.dep_ == "dobj" and c.i != noun.i
                       or c.dep_ == "prep" and c.lower_ == "for" and not dated(c)
                       for c in (*verb.children, *noun.children)) and dated(verb)

    def _status(self, cand: _Candidate) -> EventStatus:
        st = self.lex.status
        cues: set[str] = set()
        if cand.anchor.i != cand.trigger.i:  # "the meeting is set to open", "held talks"
            cues.add(cand.anchor.lemma_.lower())
        for noun in cand.nouns:
            content = self._content_clauses(noun)
            for c in noun.children:
                if c.dep_ in {"acl", "relcl"} and _says_own_thing(c) or c in content:
                    continue  # "a summit where the allies agreed on a plan", "an agreement
                    # to construct the pipeline by 2025": not its status
                if c.dep_ in {"amod", "compound"} and any(
                        g.dep_ == "advmod" and g.lower_ in st["long_since"] for g in c.children):
                    continue  # "for a long-planned meeting": planned long ago, held now
                if c.dep_ in {"amod", "compound", "acl", "relcl"}:
                    cues.add(c.lemma_.lower())
                    cues.add(c.lower_)
                    if c.dep_ in {"relcl", "acl"}:
                        cues.update(g.lemma_.lower() for g in c.children)
            for c in noun.subtree:  # "trip to Warsaw, which was cancelled"
                if c.dep_ == "relcl" and c.lemma_.lower() in st["cancelled"] \
                        and not _in_clause_below(c.head, noun):
                    return "cancelled"
            if noun.head.lemma_.lower() in st["cancelled"] and noun.dep_ in {"dobj", "nsubjpass"}:
                return "cancelled"
            if self._convened(noun):
                return "planned"  # "has called a rally at Kamukunji Grounds on Tuesday"
        if cues & st["cancelled"] & set(self.lex.cancel_words):
            return "cancelled"
        if any(_infinitive(c) for n in cand.nouns for c in self._holding_clauses(n)):
            return "planned"  # "the election to be held on August 9"
        anchor = cand.anchor
        if anchor.pos_ not in {"VERB", "AUX"} and anchor.dep_ == "pobj" \
                and self._before_words(anchor.head) and not cues & st["cancelled"] \
                and not any(t.ent_type_ in {"DATE", "TIME"} for t in anchor.subtree):
            # "met in Paris on Monday, days before a NATO summit in Washington": what the
            # clause comes before is still to come, whatever the clause's own tense ("ahead
            # of the 2018 … primary", "before yesterday's announcements": its own time says)
            return "planned"
        counted = self._counted_by(anchor) if anchor.pos_ not in {"VERB", "AUX"} else anchor
        if anchor.pos_ not in {"VERB", "AUX"} and counted.dep_ == "pobj" \
                and counted.head.lower_ in self.lex.presupposing_preps \
                and not cues & self.lex.not_held:
            # "after a mass shooting in August, the campaign cancelled events": what the
            # clause is after has happened; the clause's own verb is not its status ("agreed
            # to begin technical negotiations after a fresh round of talks in Ankara")
            return "held"
        if anchor.pos_ not in {"VERB", "AUX"} and anchor.dep_ == "pobj" \
                and anchor.head.lower_ in self.lex.occasion_preps \
                and not cues & self.lex.not_held and _done_verb(_clause_head(anchor)):
            # "countries agreed on Saturday to a climate deal at the COP30 summit": the
            # occasion a done act was done at was held, whatever the act's word ("agree"
            # plans what it governs, not where it was agreed)
            return "held"
        if anchor.pos_ not in {"VERB", "AUX"} and self._done_participle(anchor, cues):
            return "held"  # "a joint declaration issued at the end of a summit": done
        verb = anchor if anchor.pos_ in {"VERB", "AUX"} else _finite_head(anchor)
        verb = self._phase_of(verb)  # "began to stab": as the beginning is
        chain = _xcomp_chain(verb)  # "is set to meet", "are expected to meet"
        lemmas = {t.lemma_.lower() for t in chain}
        if anchor.pos_ not in {"VERB", "AUX"} and verb.lemma_ == "be":
            lemmas |= {c.lemma_.lower() for c in verb.children if c.dep_ == "acomp"}  # ("a
            # delegation … is due in Nuuk for two days of talks": due, so to come)
        if any(_says(t, w) for t in chain for w in self.lex.cancel_words):
            return "cancelled"
        carrier = _aux_carrier(verb)
        aux = {c.lower_ for c in carrier.children if c.dep_ in {"aux", "auxpass"}}
        aux_lemmas = {c.lemma_.lower() for c in carrier.children if c.dep_ in {"aux", "auxpass"}}
        if _modal_perfect(verb):
            return "held"  # "may have killed": reported as done, however hedged
        # a verb's own lemma is its event, not its status; a noun's governing verb is status
        own = {verb.lemma_.lower()} if anchor.pos_ in {"VERB", "AUX"} else set()
        lemmas -= {t.lemma_.lower() for t in chain if t.lemma_.lower() in st.get(
            "with_complement", frozenset()) and not any(
                c.dep_ in {"xcomp", "auxpass"} or c.dep_ == "prep" and c.lower_ == "for"
                for c in t.children)}  # "rioters set fire to the church": nothing set to come
        if cues & st["planned"] or (lemmas - own) & st["planned"] or aux & st["planned"]:
            return "planned"  # ("an election must be held within 60 days")
        if cues & st["expected"] or (lemmas - own) & st["expected"] or aux & st["expected"]:
            return "expected"
        if aux & self.lex.future_aux:
            return "planned"
        chain_aux = {c.lower_ for t in chain for c in t.children if c.dep_ in {"aux", "auxpass"}}
        if (lemmas - own) & st.get("held", frozenset()) and verb.dep_ == "xcomp" and not (
                chain_aux & (self.lex.future_aux | st["planned"] | st["expected"])):
            return "held"
        if self._purpose_of_done(verb):
            return "held"  # "thousands gathered on Tuesday to protest": they protested
        if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                      for c in verb.children):
            return "held"  # "was reported to have killed": a perfect infinitive is done
        if self._performing_clause(verb) is not None:
            return "held"  # "Today I am glad to endorse him": endorsed in saying so
        if _infinitive(verb) \
                and verb.dep_ in {"xcomp", "acl", "advcl", "relcl"}:
            return "planned"  # "the request to suspend Parliament", "to be unveiled"
        if "be" in aux_lemmas and verb.tag_ == "VBG" and any(
            c.tag_ in {"VBZ", "VBP"} for c in verb.children if c.dep_ == "aux"
        ):
            return "ongoing"
        if cues & st["ongoing"] or lemmas & st["ongoing"]:
            return "ongoing"
        ahead = self._awaited_by(verb)
        if ahead is not None:
            return ahead
        return "held"

    def _timetabled(self, cand: _Candidate, span: Span) -> bool:
        """A simple present naming a day still to come is a timetable ("Coalition leaders
        meet on Sunday", "EU ministers vote on Monday"): news tells what was done in the
        past tense, so the day is the coming one and the event planned. Not a telling
        ("says on Monday"), nor a day gone by whatever the tense ("yesterday")."""
        verb = cand.anchor
        if verb.pos_ != "VERB" or verb.tag_ not in {"VBZ", "VBP"} or self.published is None \
                or not any(c.dep_ == "nsubj" for c in verb.children) \
                or any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children) \
                or self.lex.kind(cand.kind).tells or refers_back(span.text):
            return False
        ahead = resolve(span.text, self.published, "future")
        return ahead.date is not None and date.fromisoformat(ahead.date) >= self.published

    def _done_participle(self, noun: Token, cues: set[str]) -> bool:
        """The event noun sits in the phrase of a past participle that says what was done
        ("in a joint declaration issued at the end of a summit in The Hague"): the happening
        took place, whatever the verbs above (there, "agreed to raise")."""
        ahead = self.lex.not_held

        def done(part: Token) -> bool:
            return part.tag_ == "VBN" and part.dep_ == "acl" \
                and not any(c.dep_ in {"aux", "auxpass"} for c in part.children) \
                and part.lemma_.lower() not in ahead
        part = _clause_head(noun)
        if cues & ahead:
            return False
        return part.i != noun.i and done(part) or any(
            done(c) and c.lemma_.lower() in self.lex.issuing_verbs for c in noun.children)
        # ("in a joint statement released on Thursday evening": the noun's own issuing)

    def _awaited_by(self, verb: Token) -> EventStatus | None:
        """A clause of "until" or "before" under a verb of expectation or a future ("did not
        expect a breakthrough until Trump and Putin met in person", "will not sign before
        the allies agree"): what is awaited has not happened, whatever its tense. A time
        clause in the present under a clause still to come is to come too, as English tells
        it ("are due to discuss the dialogue when they meet in Brussels on March 16")."""
        if verb.dep_ != "advcl":
            return None
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"
                 or c.dep_ == "advmod" and c.tag_ == "WRB"}  # "when they meet"
        present = verb.tag_ in {"VBP", "VBZ"} and not any(
            c.dep_ in {"aux", "auxpass"} for c in verb.children)
        if not marks & self.lex.relative_time_preps \
                and not (present and marks & self.lex.time_clause_marks):
            return None
        st = self.lex.status
        chain = _xcomp_chain(verb.head)  # "are due to discuss": the status is the chain's
        lemmas = {t.lemma_.lower() for t in chain}
        aux = {c.lower_ for t in chain for c in t.children if c.dep_ in {"aux", "auxpass"}}
        if lemmas & st["planned"] or aux & (st["planned"] | self.lex.future_aux) \
                or _be_to(chain):
            return "planned"
        if lemmas & st["expected"] or aux & st["expected"]:
            return "expected"
        return None

    def _story_state(self) -> str | None:
        """The country actor of the state the article is about, if it is named."""
        home = self.actors.home
        return next((a.id for a in self.actors if a.kind == "country" and a.country == home),
                    None) if home else None

    # --- output -------------------------------------------------------------------------
    def to_event(self, n: int, group: list[_Candidate]) -> Event:
        main = group[0]
        for c in group:  # the most informative mention names the event
            if not c.mention_only and (main.mention_only or _rank(c) > _rank(main)):
                main = c
        participants = _unique(p for c in group for p in c.participants)
        kind = self.lex.kind(main.kind)
        if kind.harms and kind.agents:  # a fire's clauses name what burns, not who fights
            # it: the article's rescuers take part (after merging: they join no two fires)
            participants = _unique([*participants, *self._doers(main, kind.agents)])
        convener = next((c.convener for c in group if c.convener), None)
        location = next((c.location for c in sorted(group, key=_place_rank) if c.location),
                        None)
        if not participants and location is None and main.kind == "vote" \
                and main.trigger.pos_ == "NOUN" \
                and main.trigger.lemma_.lower() in self.lex.national_votes \
                and (state := self._story_state()) is not None:
            participants = [state]  # "the referendum will be held on Saturday, March 20":
            # a vote no one is said to hold is the story's state's, held in that state
            location = self.actors.get(state).name
        dated = [c for c in group if c.when and c.when.date]
        when = dated[0].when if dated else next((c.when for c in group if c.when), None)
        status = _merged_status([c.status for c in group if not c.mention_only]
                                or [c.status for c in group])
        plover = main.plover
        if status in {"planned", "expected"} and main.sense.plover_future:
            plover = main.sense.plover_future
        sent = main.trigger.sent
        # the sentence, from the line the trigger is on (not a dateline glued before it)
        line = self.text.rfind("\n", sent.start_char, main.trigger.idx) + 1
        start, end = _trim(self.text, max(sent.start_char, line), sent.end_char)
        event = Event(
            id=f"event-{n}",
            kind=main.kind,
            plover=plover,
            description=_describe(main),
            location=location,
            date=when.date if when else None,
            date_text=when.text if when else None,
            status=status,
            participants=participants,
            convener=convener,
            evidence=Evidence.of(self.text, start, end),
        )
        # PLOVER wants who acted and who was acted on apart; the contract keeps one list.
        recipients = _unique(r for c in group for r in c.recipients)
        event.mode, event.recipients = main.mode, recipients
        return event


# --------------------------------------------------------------------------- merging


def _copula_over(noun: Token) -> Token | None:
    """The copula whose phrase holds the event noun, through prepositions only ("to be on
    the agenda of a summit"): its time is the event's, nothing else in the clause being
    dated."""
    tok = noun
    for _ in range(4):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        head = tok.head.head
        if head.lemma_ == "be" and head.pos_ == "AUX":
            return head
        if head.pos_ != "NOUN":
            return None
        tok = head
    return None


def _first_coordinated(verb: Token) -> Token:
    """The first of the verbs ``verb`` is coordinated with ("met B and signed": "met")."""
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    return verb


def _merge(cands: list[_Candidate]) -> list[list[_Candidate]]:
    """Mentions of the same happening → one group: same sort of event, nothing that
    disagrees (day, place), and shared participants or a bare mention ("the meeting")."""
    groups: list[list[_Candidate]] = []
    for cand in sorted(cands, key=lambda c: c.trigger.i):
        target, best = None, (-1, -1)
        for n, group in enumerate(groups):
            if _compatible(group, cand):
                score = (_affinity(group, cand), n)  # most alike, then most recent
                if score > best:
                    target, best = group, score
        if target is None:
            target = _told_again(groups, cand)
        if target is not None:
            target.append(cand)
        elif not cand.mention_only:
            groups.append([cand])
    return groups


def _told_again(groups: list[list[_Candidate]], cand: _Candidate) -> list[_Candidate] | None:
    """The one dated happening of its sort told before, when an undated act of that sort is
    told again with nothing of its own that disagrees ("On Thursday … an IT worker went on a
    stabbing spree … Officials said the three officers were stabbed with a kitchen knife"):
    a report goes back over its news without repeating the day. Not when such happenings
    were told on two days or undated (which one is meant?), nor for an act told as done
    before."""
    if not words().kind(cand.kind).retold or cand.mention_only or cand.has_time_words \
            or cand.status != "held" or _past_perfect(cand.anchor) \
            or _timed_by_other(cand.anchor):
        return None
    alike = [g for g in groups if g[0].group == cand.group]
    days = {c.when.date if c.when else None for g in alike for c in g}
    if not alike or len(days - {None}) != 1 or any(
            {c.status for c in g if not c.mention_only} != {"held"}
            or not any(c.when and c.when.date for c in g) for g in alike):
        return None
    return alike[-1] if _consistent(alike[-1], cand) else None


def _compatible(group: list[_Candidate], cand: _Candidate) -> bool:
    if not _consistent(group, cand):
        return False
    statuses = {c.status for c in group if not c.mention_only}
    people = {p for c in group for p in c.participants} | {c.convener for c in group}
    if set(cand.participants) & people or (cand.convener and cand.convener in people):
        return True
    if cand.sense.refers:
        return True  # "The Taliban have claimed responsibility": for the attack told before
    if words().kind(cand.kind).harms and _same_stated_place(group, cand):
        return True  # "A deadly boat fire earlier this week near Santa Cruz Island" and "The
        # boat, which caught fire overnight" there: one fire, told twice
    if any(_same_time_clauses(c.anchor, cand.anchor) for c in group):
        return True  # "16 people were killed … when police fired on protesters": one attack
    # a bare definite mention ("The meeting was attended by ...") of the latest such event
    same_word = any(_lemmas(c) & _lemmas(cand) for c in group)
    pointing = words().definite_words | (words().possessive_words if same_word else set())
    definite = any(c.lower_ in pointing for n in cand.nouns for c in n.children)
    if not people - {None} and cand.participants and not cand.has_time_words \
            and cand.trigger.lemma_ == group[-1].trigger.lemma_ \
            and cand.sent - group[-1].sent == 1 and statuses == {cand.status} == {"held"}:
        return True  # "A former advisor was sentenced on Wednesday. Manafort was sentenced
        # by Judge Jackson to ...": the next sentence names who the lead left unnamed
    window = 8 if same_word else 3
    dates = {c.when.date for c in group if c.when and c.when.date}
    if not cand.participants and cand.when and cand.when.date and cand.when.date in dates:
        return True  # "With Sunday's signings": nobody named, same day, same sort
    if not definite and any(c.lower_ in {"a", "an"} and c.dep_ == "det"
                            for n in cand.nouns for c in n.children):
        return False  # "In a joint statement, the foreign ministers …": a new one, not the
        # statement told before
    return (cand.mention_only or definite) and cand.sent - group[-1].sent <= window


def _counted(subject: Token) -> bool:
    """A subject that counts people ("18 people", "Dozens", "All but one of the sixteen",
    "hundreds", "millions"), not one person."""
    return subject.tag_ in {"NNS", "CD"} or subject.like_num \
        or any(c.dep_ == "nummod" for c in subject.children) \
        or subject.lower_ in words().count_words


def _taking_part_verb(noun: Token) -> Token | None:
    """The verb by which people take part in the happening an "in"/"at" phrase names ("go
    to the polls in a by-election"), also where the parser hangs the phrase on the verb's
    object ("voters rejected a proposed new constitution in a national referendum")."""
    holder = noun.head.head
    if holder.pos_ == "NOUN" and holder.dep_ == "dobj" and holder.head.pos_ == "VERB":
        holder = holder.head
    return holder if holder.pos_ == "VERB" else None


def _same_stated_place(group: list[_Candidate], cand: _Candidate) -> bool:
    """The mention is placed, by its own words or by the article's lead, where a mention of
    the group was by its own words."""
    return bool(cand.location) and any(
        c.location and not c.weak_location and c.location.lower() == cand.location.lower()
        for c in group)


def _at_same_time(verb: Token) -> bool:
    """A clause set at the time of the one it modifies ("… when thousands rallied")."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in {"advmod", "mark"} and c.lower_ in words().same_time_marks
        for c in verb.children)


def _same_time_clauses(a: Token, b: Token) -> bool:
    """One verb's clause is set at the time of the other's ("were killed when police
    fired"): told together, one happening when they are of one sort."""
    return any(_at_same_time(x) and x.head.i == y.i for x, y in ((a, b), (b, a)))


def _definite(cand: _Candidate) -> bool:
    """The mention points back ("The meeting was attended by …")."""
    return any(c.dep_ == "det" and c.lower_ in words().definite_words
               for n in cand.nouns for c in n.children)


def _timed_by_other(verb: Token) -> bool:
    """The clause sets its act by another time than a day: before or after the news
    ("have used force against protesters before", "in the wake of his death", "after the
    first blast"), or by a clause of its own ("died … when she was one")."""
    lex = words()
    for c in verb.children:
        if c.dep_ == "advmod" and (c.lower_ in lex.earlier_adverbs
                                   or c.lower_ in lex.later_adverbs):
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children):
            return True
    # a phrase the parser may hang on a noun of the clause ("shot at a checkpoint in the
    # wake of the attack")
    return any(t.dep_ == "prep" and _clause_head(t) == verb and (
        t.lower_ in lex.presupposing_preps or t.lower_ in lex.relative_time_preps
        or any(o.lemma_.lower() in lex.following_nouns for o in t.children))
        for t in verb.subtree)


def _consistent(group: list[_Candidate], cand: _Candidate) -> bool:
    """Nothing about the mention disagrees with the group: the same sort of happening, no
    other day, place, status or medium, not set within it, not a second one in a sentence
    that tells one."""
    if group[0].group != cand.group:
        return False
    if words().kind(cand.kind).one_per_sentence \
            and any(c.trigger.sent == cand.trigger.sent and not c.mention_only for c in group) \
            and not cand.mention_only and not any(_enacted_by(cand, c) for c in group):
        # ("took 50.89% of the vote in Sunday's run-off": "the vote" only points back)
        return False
    dates = {c.when.date for c in group if c.when and c.when.date}
    if cand.when and cand.when.date and dates and cand.when.date not in dates:
        return False
    places = [c.location.lower() for c in group if c.location and not c.weak_location]
    if cand.location and not cand.weak_location and places and not any(
        cand.location.lower() in p or p in cand.location.lower() for p in places
    ):
        return False
    statuses = {c.status for c in group if not c.mention_only}
    if "cancelled" in statuses ^ {cand.status}:
        return False
    done = {"held", "ongoing"}
    if not cand.mention_only and statuses and (cand.status in done) != bool(statuses & done):
        return False  # "will meet" and "met" are two meetings
    if _set_in(cand, group):
        return False  # "met Trump on the sidelines of the summit": a meeting of its own
    if _successive(cand) and not any(_successive(c) for c in group) \
            and not (cand.when and cand.when.date and cand.when.date in dates):
        return False  # "the committee will meet every two months, and the next full
        # ministerial meeting will be held on June 1": another meeting, after those told
    people = {p for c in group for p in c.participants}
    if cand.sense.of_person and cand.participants and people \
            and not set(cand.participants) & people:
        return False  # "Scalia's death" told after Ginsburg's: another person's, another death
    if words().kind(cand.kind).encounter and words().kind(group[0].kind).encounter \
            and not cand.mention_only and not _definite(cand) \
            and len(cand.participants) > 1 and len(people) > 1 \
            and set(cand.participants) - people and people - set(cand.participants):
        return False  # "days after an Oval Office meeting with Zelenskiy" (Trump's) and
        # "Zelenskiy, who met Starmer in London on Sunday": each names someone the other
        # does not, two meetings
    by_phone = {c.mode == "phone" for c in group if not c.mention_only}
    if not cand.mention_only and by_phone and (cand.mode == "phone") not in by_phone:
        return False  # "met Trump … had last spoken by phone on October 6": two contacts
    return True


def _successive(cand: _Candidate) -> bool:
    """The mention names a happening after another of its sort ("the next meeting", "a
    fifth round", "another vote"; events.yaml successor_words, or an ordinal)."""
    lex = words()
    return any(c.dep_ in {"amod", "det"} and c.lower_ in lex.successor_words
               or c.ent_type_ == "ORDINAL" for n in cand.nouns for c in n.children)


def _take_settings(groups: list[list[_Candidate]]) -> None:
    """An event held on the sidelines of another ("met Trump on the sidelines of the
    summit") is where that one is, when its own words name no place."""
    for n, group in enumerate(groups):
        first = group[0]
        if first.location and not first.weak_location:
            continue
        setting = {t.i for t in _setting_words(first)}
        for other in groups[:n] + groups[n + 1:]:
            places = [c for c in other if c.location and not c.weak_location]
            if places and any(t.i in setting for c in other for t in (c.trigger, *c.nouns)):
                for c in group:
                    c.location, c.weak_location = places[0].location, False
                break


def _setting_words(cand: _Candidate) -> list[Token]:
    """The words of the happening a mention's verb is set on the sidelines of ("met Trump on
    the sidelines of the summit": "the summit"; events.yaml setting_nouns)."""
    verb = cand.trigger
    if verb.pos_ != "VERB":
        return []
    return [t for prep in verb.children if prep.dep_ == "prep"
            for obj in prep.children if obj.dep_ == "pobj"
            and obj.lemma_.lower() in words().setting_nouns
            for t in obj.subtree if t.i != obj.i]


def _set_in(cand: _Candidate, group: list[_Candidate]) -> bool:
    """The mention is set on the sidelines of a happening of the group's sort: another
    event, held within that one."""
    lex = words()
    kinds = {lex.group_of.get(c.kind) for c in group}
    setting = _setting_words(cand)
    for t in setting:
        sense = lex.nouns.get(t.lower_) or lex.nouns.get(t.lemma_.lower())
        if sense is not None and lex.group_of.get(sense.kind) in kinds:
            return True
    # "host an Asia-Pacific summit …, hoped to meet Takaichi on the sidelines of the
    # gathering": whatever word names it, a gathering of another sort is the setting
    return bool(setting) and any(c.kind != cand.kind and lex.kind(c.kind).gathering
                                 for c in group)


def _enacted_by(a: _Candidate, b: _Candidate) -> bool:
    """One is the other's infinitive after a verb that enacts it ("voted to pass the bill":
    the vote and the passing are one act)."""
    enacting = words().enacting_verbs
    return any(x.trigger.dep_ == "xcomp" and x.trigger.head.i == y.trigger.i
               and y.trigger.lemma_.lower() in enacting for x, y in ((a, b), (b, a)))


def _lemmas(c: _Candidate) -> set[str]:
    return {c.trigger.lemma_.lower(), *(n.lemma_.lower() for n in c.nouns)}


def _affinity(group: list[_Candidate], cand: _Candidate) -> int:
    """How alike a mention is to a group: the same trigger word, shared participants."""
    same_word = any(_lemmas(c) & _lemmas(cand) for c in group)
    people = {p for c in group for p in c.participants}
    return 2 * same_word + len(people & set(cand.participants))


def _merged_status(statuses: list[EventStatus]) -> EventStatus:
    for s in ("cancelled", "held", "ongoing", "planned", "expected"):
        if s in statuses:
            return s  # type: ignore[return-value]
    return "held"


# --------------------------------------------------------------------------- helpers


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _says(verb: Token, phrase: str) -> bool:
    """``verb`` is the word, or the phrase's verb with the rest among its dependents
    ("call off": "called the talks off")."""
    head, *rest = phrase.split()
    return verb.lemma_.lower() == head and all(
        any(c.lower_ == w for c in verb.children) for w in rest)


def _unique(items: Iterable[str | None]) -> list[str]:
    out: list[str] = []
    for i in items:
        if i and i not in out:
            out.append(i)
    return out


def _adverbial_of(tok: Token, verb: Token) -> bool:
    """``tok`` modifies ``verb`` through adverbial phrases only ("on Friday"; "across the
    line … on the night of June 21", a time the parser hangs on the phrase before it), not
    through a subject or object ("the December 31 attack")."""
    for _ in range(8):
        if tok.head.i == verb.i:
            return tok.dep_ in {"prep", "npadvmod", "advmod", "pobj"}
        if tok.dep_ not in {"prep", "pobj", "advmod", "npadvmod", "conj", "cc"} \
                or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _past_perfect(verb: Token) -> bool:
    """'had' and a past participle (which the tagger may read as a past tense after a
    quoted adverb): an act before the time the sentence is at."""
    return verb.tag_ in {"VBN", "VBD"} and any(c.dep_ == "aux" and c.lower_ in words().perfect_aux
                                              for c in verb.children)


def _habitual(verb: Token) -> bool:
    """A bare present-tense event verb with no time of its own says what someone does as a
    rule ("a court which rules on constitutional matters", "the body that elects the chief
    executive", "Mahan flies fighters to Syria"), not that something happened; so does a
    bare present passive ("members of the House are elected for two-year terms")."""
    if verb.pos_ != "VERB":
        return False
    auxes = [c for c in _aux_carrier(verb).children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBZ", "VBP"}:
        return not auxes
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" \
        and auxes[0].tag_ in {"VBZ", "VBP"}


def _is_question(sent: Span) -> bool:
    """A sentence that asks (an interviewer's question) reports no happening."""
    return sent.text.rstrip(" \n\"'”’)").endswith("?")


def _is_modifier(verb: Token) -> bool:
    """A participle that describes a noun ("elected office", "the nominating convention",
    "newly elected president") names a kind of thing, not a happening."""
    return verb.tag_ in MODIFIER_TAGS.get(verb.dep_, ())


def _says_own_thing(clause: Token) -> bool:
    """A clause on an event noun with a subject of its own and no infinitive ("the summit
    [where] the allies agreed on a plan") tells what happened there, not whether the event
    is planned ("the summit the allies agreed to hold" is)."""
    subjects = [g for g in clause.children if g.dep_ in SUBJECTS and g.pos_ != "PRON"
                and g.tag_ not in {"WDT", "WP"}]
    return bool(subjects) and not any(g.dep_ == "xcomp" for g in clause.children)


def _participle_of(verb: Token) -> Token | None:
    """The verb a bare participle clause hangs on ("resumed the office yesterday, being
    voted into it": one time for both); None for a clause with its own subject, marker
    ("after winning"), infinitive or a purpose ("to vote")."""
    if verb.tag_ not in {"VBG", "VBN"} or verb.dep_ not in {"advcl", "ccomp"} \
            or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "mark" or c.tag_ == "TO" for c in verb.children):
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ == "auxpass" and c.tag_ == "VBG"
                                      for c in verb.children):
        return None  # a bare past participle is often a misparsed finite verb
    return verb.head


def _topic_phrase(prep: Token) -> bool:
    """The phrase names what is spoken of, not where one acts: "briefed lawmakers on the
    talks" (events.yaml spoken_of_verbs), the parser hanging "on" on the object ("brief
    lawmakers on the talks"), "people familiar with the talks"."""
    low = prep.lower_
    return low == "on" and (prep.head.lemma_.lower() in words().spoken_of_verbs
                            or prep.head.pos_ in {"NOUN", "PROPN", "ADJ"}) \
        or low == "with" and prep.head.pos_ == "ADJ"


def _main_verb_of_reduced_relative(verb: Token) -> Token | None:
    """"Leaders meeting in Addis Ababa on Thursday called for a truce", parsed with the
    participle as the sentence's root and the real main verb as its clause: that verb,
    whose time the participle's happening shares; else None."""
    if verb.dep_ != "ROOT" or verb.tag_ != "VBG" \
            or any(c.dep_ in {"aux", "auxpass"} for c in verb.children) \
            or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                 and c.tag_ == "VBD" and not any(g.dep_ in {"mark", "nsubj", "nsubjpass"}
                                                 for g in c.children)), None)


def _span_from_head(anchor: Token) -> tuple[Token, Token, list[Token]] | None:
    """For an act told in an adverbial clause with a subordinator ("… after Ishiba took
    office"): its verb, the subordinator, and the adverbial words that may say how far it is
    set from its head ("came eight days after", "hours after"), on the head or on the clause
    before its mark; None for any other clause."""
    verb = anchor if anchor.pos_ in {"VERB", "AUX"} else _finite_head(anchor)
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if verb.dep_ != "advcl" or mark is None:
        return None
    spans = [c for c in [*verb.head.children, *(c for c in verb.children if c.i < mark.i)]
             if c.dep_ in {"npadvmod", "advmod"}]
    return verb, mark, spans


def _xcomp_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it is the open complement of, up to three ("meet" in "are
    expected to meet", "discuss" in "are due to discuss"): where a status word may sit."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain


def _be_to(chain: list[Token]) -> bool:
    """A chain told with "be to" ("the group is to present its findings"): arranged to come,
    as "is due to" is; not "it is hard to stay calm when I meet him"."""
    return any(t.dep_ == "xcomp" and t.head.lemma_ == "be" and _infinitive(t)
               and not any(c.dep_ in {"acomp", "attr"} for c in t.head.children)
               for t in chain)


def _clause_head(tok: Token) -> Token:
    """The verb whose clause holds ``tok``."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ != "aux":
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _done_verb(verb: Token) -> bool:
    """A verb in the simple past or the perfect, with no modal ("agreed", "has agreed"; not
    "would agree", "will have agreed")."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" or c.lower_ == "to" for c in aux):
        return False
    return verb.tag_ == "VBD" and not aux or verb.tag_ == "VBN" and any(
        c.lemma_.lower() == "have" for c in aux)


def _finite_head(tok: Token) -> Token:
    """The nearest verb above ``tok`` that carries tense (skipping infinitives)."""
    cur = _clause_head(tok)
    for _ in range(6):
        if cur.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"}
            for c in cur.children
        ) or cur.head.i == cur.i:
            return cur
        cur = _clause_head(cur.head)
    return cur


def _time_tail(span: Span) -> Span:
    """The time words at the end of a span the tagger ran on from a noun before them ("met
    the envoy two days later" tagged "the envoy two days later"): from the first number or
    "a"/"an" (events.yaml new_determiners) after a noun that is no unit of time; else the
    span."""
    units = date_words().data["duration_units"]
    if len(span) < 4 or span[0].pos_ != "DET" or span[1].pos_ not in {"NOUN", "PROPN"} \
            or span[1].lemma_.lower() in units or span[1].lower_ in date_words().day_words:
        return span
    for k in range(2, len(span) - 1):
        if span[k - 1].pos_ in {"NOUN", "PROPN"} and span[k - 1].lemma_.lower() not in units \
                and (span[k].like_num or span[k].lower_ in words().new_determiners):
            return span[k:]
    return span


def _without_clause(span: Span) -> Span:
    """A time expression the tagger ran on into the next clause ("on Friday, ending decades
    of conflict" tagged as one date): cut before the verb's punctuation; and a day run on
    into how long after or before another happening it is ("on 10 December, two days after
    the strike" tagged "10 December, two days"): the day alone, which the parser hangs on
    the event (the rest hangs on "after")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in {"after", "before"}:
        comma = next((t.i for t in span[1:] if t.text == ","), None)
        if comma is not None:
            return doc[span.start:comma]
    for tok in span[2:]:
        if tok.pos_ in {"VERB", "AUX"} and span.doc[tok.i - 1].is_punct:  # ("this coming
            end = tok.i - 1  # Friday" is one day)
            while end > span.start + 1 and span.doc[end - 1].is_punct:
                end -= 1
            return span.doc[span.start:end]
    return span


def _with_zone(span: Span, zones: frozenset[str]) -> Span:
    """ "1625 UTC": a four-digit clock time with its zone, not the year 1625."""
    doc = span.doc
    if span.end < len(doc) and re.fullmatch(r"[0-2]\d[0-5]\d", span.text) \
            and doc[span.end].text.upper() in zones:
        return doc[span.start:span.end + 1]
    return span


def _after_dateline(span: Span, text: str) -> Span | None:
    """The part of a time expression after a line break; None for a dateline alone."""
    doc = span.doc
    start = span.start
    for tok in span:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            start = tok.i + 1
    while start < span.end and doc[start].is_space:
        start += 1
    if start >= span.end:
        return None
    line_start = text.rfind("\n", 0, doc[start].idx) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if line.strip(" \u00a0\t,.") == doc[start:span.end].text.strip(" ,."):
        return None  # "Monday, September 30, 2019" on its own line: the dateline
    return doc[start:span.end]


def _aux_carrier(verb: Token) -> Token:
    """The verb whose auxiliaries ``verb`` shares: "will fly to Tokyo on Monday and meet
    Takaichi on Tuesday" — "meet" has no subject or auxiliary of its own."""
    cur = verb
    for _ in range(4):
        own = any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in cur.children)
        if own or cur.dep_ != "conj" or cur.head.pos_ not in {"VERB", "AUX"}:
            return cur
        cur = cur.head
    return cur


def _year_of_sentence(span: Span) -> int | None:
    """The one year the sentence sets ``span``'s act in ("In 2019, …"), which its days named
    by month alone take; None when it names none or several, or when the year is said of an
    act the day's clause does not hang on ("… on Monday (14 December), where capitals want
    to lift the measures imposed on Kosovo in 2023")."""
    above = {span.root.i, *(t.i for t in span.root.ancestors)}
    years = {int(t.text) for t in span.sent if t.shape_ == "dddd" and t.dep_ == "pobj"
             and t.head.lower_ == "in" and t.head.head.pos_ in {"VERB", "AUX"}
             and t.head.head.i in above
             and 1000 <= int(t.text) <= 2999}  # "in 2019" said of an act, not "its 1996
    # nominee" or "the 2016 ticket"
    return years.pop() if len(years) == 1 else None


def _after_forward_word(span: Span, lex: EventWords) -> bool:
    """The time follows "to", "until" ("moved the primary to June 2") or "for" after a verb
    of scheduling ("originally scheduled for March 12"): a new, end or set date, which may
    lie after the publication even when the clause is past."""
    root = span.root
    preps = lex.forward_preps
    if span.start > 0 and span.doc[span.start - 1].lower_ in preps \
            or root.dep_ == "pobj" and root.head.lower_ in preps:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "for" \
        and root.head.head.lemma_.lower() in lex.scheduling_verbs


def _modal_perfect(verb: Token) -> bool:
    """A guess about the past ("may have killed", "must have met"): a modal of possibility
    with a perfect infinitive is about something already done, not something to come."""
    carrier = _aux_carrier(verb)
    aux = [c for c in carrier.children if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ == "VBN" and any(c.lemma_.lower() == "have" and c.tag_ == "VB" for c in aux) \
        and any(c.lower_ in words().past_modals for c in aux)


def _day_then_bracketed_date(day: Span, span: Span) -> bool:
    """A weekday with its date in brackets right after ("on Monday (14 December)"): one
    expression, the date telling which Monday."""
    doc = day.doc
    return day.end + 1 == span.start and doc[day.end].text == "(" \
        and all(t.lower_ in date_words().day_words for t in day) \
        and any(t.lower_ in date_words().months for t in span) \
        and span.end < len(doc) and doc[span.end].text == ")"


def _day_then_date(day: Span, span: Span) -> bool:
    """A weekday, a comma, then its date ("on Tuesday, 2 June", tagged as two): one
    expression, the date telling which Tuesday."""
    doc = day.doc
    return day.end + 1 == span.start and doc[day.end].text == "," \
        and all(t.lower_ in date_words().day_words for t in day) \
        and any(t.lower_ in date_words().months for t in span)


def _clock_then_on(clock: Span, day: Span) -> bool:
    """A clock time and the day it is on, "on" between, past a bracketed other zone's time
    ("at 6 p.m. (1700 UTC) on Tuesday")."""
    between = list(clock.doc[clock.end:day.start])
    if between[-1:] and between[-1].lower_ == "on" and is_clock_time(clock.text):
        rest = between[:-1]
        return not rest or rest[0].text == "(" and rest[-1].text == ")" and len(rest) <= 6
    return False


def _duration_head(noun: Token) -> Token | None:
    """The length an event noun is the "of" of ("after five hours of talks on Monday",
    "two days of meetings"): the parser hangs the event's day on the length."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "NOUN":
        return None
    length = of.head
    return length if length.ent_type_ in {"DATE", "TIME"} else None


def _day_right_after(span: Span, when: When, noun: Token) -> bool:
    """A day right after an event noun that the parser hangs on the verb above ("to allow
    a vote Monday on an amendment"): the noun's day, as wire style puts it; not a span or a
    habit ("panic attacks every night", "a talk last summer")."""
    if when.date is None:
        return False
    if span.start == noun.i + 1 and span.root.dep_ == "npadvmod":
        return True
    prep = span.root.head  # "reached at the end of two days of talks in Istanbul on Monday
    # and Tuesday": the day hung on the verb right after the phrase that names the talks
    return prep.dep_ == "prep" and prep.i == noun.right_edge.i + 1 == span.start - 1 \
        and prep.head.pos_ in {"VERB", "AUX"} and noun.dep_ == "pobj" \
        and prep.head in noun.ancestors


def _infinitive(verb: Token) -> bool:
    """The verb has the "to" of an infinitive (not the preposition "to June 2")."""
    return any(c.tag_ == "TO" and c.dep_ == "aux" for c in verb.children)


def _planned_in_past(verb: Token) -> bool:
    """The infinitive hangs on a past tense ("was to meet", "was scheduled to vote", "had
    planned to hold"): the plan is told from a past point, so its day is not necessarily
    ahead of publication; in reported speech the past only follows the speech verb's."""
    cur = verb
    while cur.dep_ == "xcomp" and cur.head.i != cur.i \
            and _infinitive(cur):
        cur = cur.head
        if cur.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD"
                                    for c in cur.children):
            return cur.dep_ not in {"ccomp", "conj"}
    return False


def _tense_of(verb: Token) -> Tense | None:
    """Past, present or future of a clause, from its verb, auxiliaries and modality."""
    carrier = _aux_carrier(verb)
    if carrier.i != verb.i and verb.tag_ == "VB":
        return _tense_of(carrier)  # a bare verb coordinated with a finite one shares it
    lex = words()
    chain = [verb, *[a for a in verb.ancestors][:2]]
    aux = {c.lower_ for t in chain[:1] for c in t.children if c.dep_ in {"aux", "auxpass"}}
    if _modal_perfect(verb):
        return "past"
    if aux & lex.future_aux or aux & lex.future_modals:
        return "future"
    if any(t.lemma_.lower() in lex.future_verbs for t in chain[:2]) \
            and _infinitive(verb):
        return "future"
    if verb.lemma_.lower() in lex.inviting_verbs and aux & {"has", "have"}:
        return "future"  # "has invited the leaders to the palace on Thursday": the day they
        # are to come, ahead (not a simple past "invited … on Monday": the day of asking)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not aux \
            and verb.lemma_.lower() in lex.future_verbs:
        return "future"  # "with a vote expected late that evening", "talks scheduled for
        # Friday": what is expected is to come
    tenses = verb.morph.get("Tense")
    if verb.tag_ in {"VBD"} or "Past" in tenses and verb.tag_ != "VBN":
        return "past"
    if aux & lex.past_aux:
        return "past"
    if verb.tag_ == "VBN":
        return "past"
    if verb.tag_ in {"VBZ", "VBP", "VBG"}:
        return "present"
    return None


def _in_clause_below(tok: Token, top: Token, through: frozenset[str] = frozenset({"conj"})
                     ) -> bool:
    """``tok`` sits in a clause of its own under ``top``: a clausal dependency on the way up,
    other than those in ``through`` (a conjunct by default)."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in CLAUSAL - through:
            return True
        cur = cur.head
    return False


def _distance(a: Token, b: Token) -> int:
    up = {t.i: d for d, t in enumerate([a, *a.ancestors])}
    for d, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return up[t.i] + d
    return 99


def _best_place(places: list[Span]) -> str:
    """The most specific named place: a building with its city, else a city, else a
    country or region; ORG venues ("National Congress") when nothing else."""
    lex = country_lexicon()
    fac = [p for p in places if p.label_ == "FAC"]
    towns = [p for p in places if p.label_ in {"GPE", "LOC"} and not lex.country_of_name(p.text)]
    countries = [p for p in places if p.label_ in {"GPE", "LOC"} and lex.country_of_name(p.text)]
    orgs = [p for p in places if p.label_ == "ORG"]

    def name(span: Span) -> str:  # "Northern District" + "of California": one place
        after = next((p for p in places if p.start == span.end + 1), None)
        if after is not None and span.doc[span.end].lower_ == "of" \
                and after.label_ in {"GPE", "LOC"}:
            return f"{_clean_place(span)} of {_clean_place(after)}"
        return _clean_place(span)

    if fac and towns:
        return f"{name(fac[0])}, {name(towns[0])}"
    for group in (fac, towns, orgs, countries):
        if group:
            return name(group[0])
    return name(places[0])


def _clean_place(span: Span) -> str:
    """The place's name without its article or possessive; an article written with a
    capital inside a sentence is part of the name ("in The Hague")."""
    toks = [t for t in span if t.dep_ != "case" and (
        t.lower_ not in words().place_drop_words
        or t.i == span.start and t.text == "The" and not t.is_sent_start)]
    if not toks:
        return span.text
    return span.doc[toks[0].i:toks[-1].i + 1].text


def _rank(c: _Candidate) -> tuple[int, int, int]:
    return (int(c.anchor.pos_ == "VERB"), len(c.participants), int(bool(c.location)))


def _place_rank(c: _Candidate) -> tuple[int, int]:
    return (int(c.weak_location), 0 if c.location and "," in c.location else 1)


def _describe(c: _Candidate) -> str:
    """A short phrase for the event: the trigger with its objects and phrases."""
    anchor = c.anchor
    inside = {x.i for x in anchor.subtree}
    cut_deps = CLAUSAL | SUBJECTS
    toks = [t for t in anchor.subtree
            if not any(a.i != anchor.i and a.dep_ in cut_deps
                       for a in [t, *t.ancestors] if a.i in inside)]
    toks = [t for t in toks if t.i >= anchor.i or t.dep_ in {"aux", "auxpass", "neg", "prt"}]
    if not toks:
        toks = [anchor]
    toks = toks[:MAX_DESCRIPTION]
    text = anchor.doc[toks[0].i:toks[-1].i + 1].text
    return text.strip(" ,;:")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
