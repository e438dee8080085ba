"""The claim rules' words, read once per process from lexicon/{predicates,cues,issues}.yaml.

Everything here is a frozen look-up table so the per-document rules only do dict and set
membership tests (no matcher is rebuilt per document).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stancemap import lexicon
from stancemap.errors import LexiconError

STANCES = {"support", "oppose", "neutral", "content"}


@dataclass(frozen=True)
class Predicate:
    """How a verb or noun positions its speaker."""

    form: str  # "call for"
    stance: str  # support | oppose | neutral | content
    plover: str | None
    frame: str  # speech | act
    needs_quote: bool = False  # only a predicate when it introduces a quote ("continued")
    # with needs_quote: a predicate without a quote too when its object is one of these
    # ("attacked the decision": words; "attacked the convoy": no position)
    or_objects: tuple[str, ...] = ()
    or_preps: tuple[str, ...] = ()  # … or a phrase of these ("attacked Trump for …")
    needs_clause: bool = False  # only with a clause complement ("indicated that ...")
    needs_object: bool = False  # only with an object ("called it ...")
    # no predicate with a direct object: "withdraw from" leaves, "withdraw troops from"
    # moves them
    no_object: bool = False
    # names its object as something ("called it 'a mess'", "described X as"): the name
    # given takes the side, and a name that neither praises nor condemns takes none
    names: bool = False
    names_only: bool = False  # … and is a predicate only when it names ("branded him a liar")
    needs_complement: bool = False  # a noun only with "for/to/in …" ("call for", not "a call")
    # an act only when done, not as an infinitive of purpose ("uses caucuses to select its
    # nominee": how a party works, no choice made)
    finite_only: bool = False
    not_about: tuple[str, ...] = ()  # no position when it is about one of these ("the race")
    # the prepositions whose object the act imposes, a position in favour of it besides the
    # act's own on its object ("sentenced X to life in prison": against X, for the sentence)
    imposes: tuple[str, ...] = ()
    # the position is on doing the act itself ("investigated the crash": for investigating
    # it, as coders code it), so the target holds the verb with its object
    self_target: bool = False


@dataclass(frozen=True)
class ClaimLexicon:
    verbs: dict[str, Predicate]
    nominals: dict[str, Predicate]
    copular: dict[str, Predicate]  # "is critical of", "is against": with "be"
    nominal_openings: frozenset[str]  # first two words of multi-word nominals ("letter of")
    light_verbs: frozenset[str]
    drawing_verbs: frozenset[str]  # "drew criticism from X": X's position on the subject
    not_predicates: frozenset[str]  # "hail from": no predicate though "hail" is one
    taking_part_passives: frozenset[str]  # "was involved in protests": took part in them
    evaluative_types: frozenset[str]  # PLOVER types of acts that judge what they are about
    judging_types: frozenset[str]  # PLOVER types of acts that judge someone ("blamed X")
    grounds_preps: frozenset[str]  # "blamed X for Y": Y is why
    oppose_cues: frozenset[str]
    support_cues: frozenset[str]
    oppose_phrases: tuple[tuple[str, ...], ...]
    support_phrases: tuple[tuple[str, ...], ...]
    negators: frozenset[str]
    negated_adverbs: frozenset[str]  # "longer": "no longer" negates the verb
    subject_negators: frozenset[str]  # "neither", "no": a subject's determiner negating
    additive_adverbs: frozenset[str]  # "not just X but Y": the negation adds, not denies
    counter_verbs: frozenset[str]
    purpose_acts: frozenset[str]  # "sued to be allowed to vote": for the purpose
    volition: frozenset[str]
    obligation_modals: frozenset[str]  # "should", "must": what someone else wants done
    reluctance: frozenset[str]  # "unwilling to", "reluctant to": against the act
    pairing_preps: frozenset[str]  # "a meeting between X and Y": one thing, not a list
    failure_verbs: frozenset[str]  # "failed to adopt a resolution": an act not done
    remark_verbs: frozenset[str]  # "has not commented on the vote": no position
    privative_verbs: frozenset[str]  # "not to miss the opportunity": for it
    occasion_nouns: frozenset[str]  # "in a phone call": the occasion, not the target
    occasion_preps: frozenset[str]
    restricting_adverbs: frozenset[str]  # ", but only if …": a condition coordinated after
    contrast_marks: frozenset[str]  # ", while others opposed it": another's proposition
    turning_words: frozenset[str]  # "… But walking away is not an option": a quote's point
    comparison_marks: frozenset[str]  # "a weaker text than it wanted": a measure, no claim
    warned_preps: frozenset[str]  # "warned the coalition against …": hung on the one warned
    reciprocal_verbs: frozenset[str]  # "X met Y … They agreed": both
    supposing_marks: frozenset[str]  # "if Moscow refused …": a case supposed, no position
    purpose_marks: frozenset[str]  # "so ministers can adopt it": what is wanted, no position
    continuing_verbs: frozenset[str]  # '"…", he added': the last speaker goes on
    declining_verbs: frozenset[str]  # "declined to say whether …": a question left open
    channels: frozenset[str]  # "on Twitter": where it was said, not what about
    reported_happenings: frozenset[str]  # "announced his death": news told, no side taken
    reporting_verbs: frozenset[str]  # "confirmed a male was transported": a fact passed on
    casualty_words: frozenset[str]  # "claimed 190 were dead": a toll told, no side taken
    guess_modals: frozenset[str]  # "may have starved": a guess at what happened
    forecast_verbs: frozenset[str]  # "is forecast to be": what will happen, foretold
    foretelling_verbs: frozenset[str]  # "predicted Trump would run": a prediction said
    danger_verbs: frozenset[str]  # "warned that X would be a threat": a danger named
    danger_modals: frozenset[str]  # "would", "could": what a warned clause foresees
    ballot_verbs: frozenset[str]  # "voted against": a vote cast
    ballot_measures: frozenset[str]  # "the law": what a bare vote is on
    ballot_reach: int  # sentences back to look for it
    standing_verbs: frozenset[str]  # "X, which opposes the package": its stand
    abandon_verbs: frozenset[str]  # "ended his bid for": a position no longer held
    sanction_acts: frozenset[str]  # "would leave the government if …": a price set
    undoing_verbs: frozenset[str]  # "unless the government scraps the malus": undone
    quoting_verbs: frozenset[str]  # "quoted Y as saying": Y speaks
    condition_marks: frozenset[str]
    manner_before_if: frozenset[str]  # "as if …": how, not on what condition
    backing_participles: frozenset[str]  # "Iran-backed": who backs a group, not who it is
    # of those, the ones that condition a position also when the parser hangs them on the
    # saying ("said Paris was ready to send troops, provided a ceasefire was in place")
    saying_condition_marks: frozenset[str]
    time_marks: frozenset[str]  # "after", "before": a clause of when, not of what
    pending_verbs: frozenset[str]  # "would decide whether to …": a question still open
    span_nouns: frozenset[str]  # "the largest protest in Serbia's history": a stretch of time
    # of those, participles the parser may read as a preposition or a complement, cutting
    # the clause they open ("provided a ceasefire | was in place")
    participle_condition_marks: frozenset[str]
    inverted_condition_auxes: frozenset[str]  # "should Russia fail to comply"
    condition_phrases: tuple[tuple[str, ...], ...]
    prep_complement_verbs: dict[str, frozenset[str]]  # "deal only with waste": no condition
    condition_preps: frozenset[str]
    manner_nouns: frozenset[str]  # "without delay": how, no condition, nothing denied
    forwarding_verbs: frozenset[str]  # "a draft circulated by X": X backs the draft
    condition_verbs: frozenset[str]
    source_nouns: frozenset[str]
    filing_nouns: frozenset[str]  # "filed a motion claiming …": the filers speak
    position_nouns: frozenset[str]  # "was an outspoken opponent of …"
    doer_nouns: dict[str, frozenset[str]]  # "protests against X" unowned: the protesters'
    doer_preps: frozenset[str]  # "protests against X": what an unowned act must be against
    stance_prefixes: dict[str, str]  # "anti-government": against the government
    prefix_nouns: frozenset[str]  # "her anti-corruption stance": a position by its prefix
    person_nouns: frozenset[str]
    body_count_nouns: frozenset[str]  # "the two unions": the bodies just named
    political_party_nouns: frozenset[str]  # "both parties": bodies named near
    party_nouns: frozenset[str]  # "the two sides": the parties just named
    state_nouns: frozenset[str]  # "both countries": the states just named
    relation_nouns: frozenset[str]
    not_speakers: frozenset[str]
    relation_orgs: frozenset[str]
    media: frozenset[str]
    opinion_media: frozenset[str]
    person_pronouns: frozenset[str]
    other_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]  # "opposing it": the thing named before
    person_object_pronouns: frozenset[str]  # "endorsed him": the person named before
    plural_pronouns: frozenset[str]
    indefinite: frozenset[str]  # "a", "an"
    definite_plural: frozenset[str]  # "the", "both", "these", "those"
    not_in_name: frozenset[str]  # determiners left off a new actor's name
    partitives: frozenset[str]  # "one of the victims": a part of a group speaks
    complement_preps: frozenset[str]  # "withdrawal of", "sanctions on"
    issue_stop_words: frozenset[str]
    issue_light_verbs: frozenset[str]
    issue_quantity_words: frozenset[str]  # "a great deal of": no subject of its own
    issue_who_words: frozenset[str]
    issue_offices: frozenset[str]  # "finance minister": names who, never what an issue is
    first_person: frozenset[str]  # "i", "we": said in the first person
    pledge_modals: frozenset[str]  # "we will …": the speaker binds itself
    intent_modals: frozenset[str]  # "said it would provide …": the speaker's own intent
    intent_subjects: frozenset[str]  # (its pronoun subject)
    intent_possessives: frozenset[str]  # "his group": the speaker's own body …
    intent_bodies: frozenset[str]  # … by these nouns
    target_preps: frozenset[str]  # prepositions that belong to what a position is about
    time_preps: frozenset[str]  # "on Sunday": when, not what, where the object is a time
    excess_adverbs: frozenset[str]  # "too large": a judgement against
    copular_verbs: frozenset[str]  # "X's demands include …"
    addressee_verbs: frozenset[str]  # "told reporters": the object is the addressee
    relative_pronouns: frozenset[str]
    companion_adverbs: frozenset[str]  # "along" / "together" (with): co-speakers
    companion_preps: frozenset[str]  # "alongside": a co-speaker
    echo_marks: frozenset[str]  # "as" in "…, as did Germany": a co-speaker after the act
    echo_verbs: frozenset[str]  # "did", "has": the verb that stands for the act repeated
    member_preps: frozenset[str]  # "world leaders including X and Y": X and Y speak
    body_member_preps: frozenset[str]  # "senators from A, B and C": A, B and C speak
    issuing_verbs: frozenset[str]  # "issued a statement that …": the issuer says it
    belief_verbs: frozenset[str]  # "said they believe …": one statement, read once
    condition_consequents: frozenset[str]  # "then" in "if X, then Y"
    modal_words: frozenset[str]  # "would", "likely": a prediction or a possibility


def _low(items: Any) -> list[str]:
    return [str(x).lower().strip() for x in items or []]


def _predicate(form: str, spec: dict[str, Any], where: str) -> Predicate:
    stance = spec.get("stance", "content")
    if stance not in STANCES:
        raise LexiconError(f"lexicon {where}: '{form}' has stance {stance!r}; use one of "
                           f"{sorted(STANCES)}")
    return Predicate(
        form=form,
        stance=stance,
        plover=spec.get("plover"),
        frame=spec.get("frame", "act"),
        needs_quote=bool(spec.get("needs_quote")),
        or_objects=tuple(_low(spec.get("or_objects"))),
        or_preps=tuple(_low(spec.get("or_preps"))),
        not_about=tuple(_low(spec.get("not_about"))),
        needs_clause=bool(spec.get("needs_clause")),
        needs_object=bool(spec.get("needs_object")),
        no_object=bool(spec.get("no_object")),
        names=bool(spec.get("names")),
        names_only=spec.get("names") == "only",
        needs_complement=bool(spec.get("needs_complement")),
        finite_only=bool(spec.get("finite_only")),
        imposes=tuple(_low(spec.get("imposes"))),
        self_target=bool(spec.get("self_target")),
    )


@lexicon.cached
def get() -> ClaimLexicon:
    preds = lexicon.load("predicates")
    cues = lexicon.load("cues")
    issues = lexicon.load("issues")
    offices = frozenset(_low(lexicon.load("titles").get("roles")))
    verbs = {k.lower(): _predicate(k.lower(), v or {}, "predicates.yaml verbs")
             for k, v in (preds.get("verbs") or {}).items()}
    nominals = {k.lower(): _predicate(k.lower(), v or {}, "predicates.yaml nominal")
                for k, v in (preds.get("nominal") or {}).items()}
    copular = {k.lower(): _predicate(k.lower(), v or {}, "predicates.yaml copular")
               for k, v in (preds.get("copular") or {}).items()}
    opp = _low([*(cues.get("oppose") or []), *(cues.get("oppose_general") or [])])
    sup = _low([*(cues.get("support") or []), *(cues.get("support_general") or [])])
    # spaCy splits hyphenated words ("non-starter" -> non - starter): match them as phrases
    opp += [" ".join(w.replace("-", " - ").split()) for w in opp if "-" in w]
    sup += [" ".join(w.replace("-", " - ").split()) for w in sup if "-" in w]
    pron = cues.get("pronouns") or {}
    dets = cues.get("determiners") or {}
    return ClaimLexicon(
        verbs=verbs,
        nominals=nominals,
        copular=copular,
        nominal_openings=frozenset(" ".join(k.split()[:2]) for k in nominals if " " in k),
        light_verbs=frozenset(_low(preds.get("light_verbs"))),
        drawing_verbs=frozenset(_low(preds.get("drawing_verbs"))),
        not_predicates=frozenset(_low(preds.get("not_predicates"))),
        taking_part_passives=frozenset(_low(preds.get("taking_part_passives"))),
        evaluative_types=frozenset(str(t) for t in preds.get("evaluative_types") or ()),
        judging_types=frozenset(str(t) for t in preds.get("judging_types") or ()),
        grounds_preps=frozenset(_low(preds.get("grounds_preps"))),
        oppose_cues=frozenset(w for w in opp if " " not in w),
        support_cues=frozenset(w for w in sup if " " not in w),
        oppose_phrases=tuple(tuple(w.split()) for w in opp if " " in w),
        support_phrases=tuple(tuple(w.split()) for w in sup if " " in w),
        negators=frozenset(_low(cues.get("negators"))),
        negated_adverbs=frozenset(_low(cues.get("negated_adverbs"))),
        subject_negators=frozenset(_low(cues.get("subject_negators"))),
        additive_adverbs=frozenset(_low(cues.get("additive_adverbs"))),
        counter_verbs=frozenset(_low(cues.get("counter_verbs"))),
        purpose_acts=frozenset(_low(cues.get("purpose_acts"))),
        volition=frozenset(_low(cues.get("volition"))),
        obligation_modals=frozenset(_low(cues.get("obligation_modals"))),
        reluctance=frozenset(_low(cues.get("reluctance"))),
        restricting_adverbs=frozenset(_low(cues.get("restricting_adverbs"))),
        pairing_preps=frozenset(_low(cues.get("pairing_preps"))),
        failure_verbs=frozenset(_low(cues.get("failure_verbs"))),
        remark_verbs=frozenset(_low(cues.get("remark_verbs"))),
        privative_verbs=frozenset(_low(cues.get("privative_verbs"))),
        occasion_nouns=frozenset(_low(cues.get("occasion_nouns"))),
        occasion_preps=frozenset(_low(cues.get("occasion_preps"))),
        contrast_marks=frozenset(_low(cues.get("contrast_marks"))),
        turning_words=frozenset(_low(cues.get("turning_words"))),
        comparison_marks=frozenset(_low(cues.get("comparison_marks"))),
        warned_preps=frozenset(_low(cues.get("warned_preps"))),
        reciprocal_verbs=frozenset(_low(cues.get("reciprocal_verbs"))),
        supposing_marks=frozenset(_low(cues.get("supposing_marks"))),
        purpose_marks=frozenset(_low(cues.get("purpose_marks"))),
        continuing_verbs=frozenset(_low(cues.get("continuing_verbs"))),
        declining_verbs=frozenset(_low(cues.get("declining_verbs"))),
        channels=frozenset(_low(cues.get("channels"))),
        reported_happenings=frozenset(_low(cues.get("reported_happenings"))),
        reporting_verbs=frozenset(_low(cues.get("reporting_verbs"))),
        casualty_words=frozenset(_low(cues.get("casualty_words"))),
        guess_modals=frozenset(_low(cues.get("guess_modals"))),
        forecast_verbs=frozenset(_low(cues.get("forecast_verbs"))),
        foretelling_verbs=frozenset(_low(cues.get("foretelling_verbs"))),
        danger_verbs=frozenset(_low(cues.get("danger_verbs"))),
        danger_modals=frozenset(_low(cues.get("danger_modals"))),
        ballot_verbs=frozenset(_low(cues.get("ballot_verbs"))),
        ballot_measures=frozenset(_low(cues.get("ballot_measures"))),
        ballot_reach=int(cues.get("ballot_reach", 3)),
        standing_verbs=frozenset(_low(cues.get("standing_verbs"))),
        abandon_verbs=frozenset(_low(cues.get("abandon_verbs"))),
        sanction_acts=frozenset(_low(cues.get("sanction_acts"))),
        undoing_verbs=frozenset(_low(cues.get("undoing_verbs"))),
        quoting_verbs=frozenset(_low(cues.get("quoting_verbs"))),
        condition_marks=frozenset(_low(cues.get("condition_marks"))),
        manner_before_if=frozenset(_low(cues.get("manner_before_if"))),
        backing_participles=frozenset(_low(cues.get("backing_participles"))),
        saying_condition_marks=frozenset(_low(cues.get("saying_condition_marks"))),
        time_marks=frozenset(_low(cues.get("time_marks"))),
        pending_verbs=frozenset(_low(cues.get("pending_verbs"))),
        span_nouns=frozenset(_low(cues.get("span_nouns"))),
        participle_condition_marks=frozenset(_low(cues.get("participle_condition_marks"))),
        inverted_condition_auxes=frozenset(_low(cues.get("inverted_condition_auxes"))),
        condition_phrases=tuple(tuple(p.split()) for p in _low(cues.get("condition_phrases"))),
        prep_complement_verbs={prep.lower(): frozenset(_low(verbs)) for prep, verbs in (
            cues.get("prep_complement_verbs") or {}).items()},
        condition_preps=frozenset(_low(cues.get("condition_preps"))),
        manner_nouns=frozenset(_low(cues.get("manner_nouns"))),
        forwarding_verbs=frozenset(_low(cues.get("forwarding_verbs"))),
        condition_verbs=frozenset(_low(cues.get("condition_verbs"))),
        source_nouns=frozenset(_low(cues.get("source_nouns"))),
        filing_nouns=frozenset(_low(cues.get("filing_nouns"))),
        position_nouns=frozenset(_low(cues.get("position_nouns"))),
        doer_nouns={k.lower(): frozenset(_low(v))
                    for k, v in (cues.get("doer_nouns") or {}).items()},
        doer_preps=frozenset(_low(cues.get("doer_preps"))),
        stance_prefixes={k.lower(): v for k, v in (cues.get("stance_prefixes") or {}).items()},
        prefix_nouns=frozenset(_low(cues.get("prefix_nouns"))),
        person_nouns=frozenset(_low(cues.get("person_nouns"))),
        body_count_nouns=frozenset(_low(cues.get("body_count_nouns"))),
        political_party_nouns=frozenset(_low(cues.get("political_party_nouns"))),
        party_nouns=frozenset(_low(cues.get("party_nouns"))),
        state_nouns=frozenset(_low(cues.get("state_nouns"))),
        relation_nouns=frozenset(_low([w for ws in (cues.get("relation_nouns") or {}).values()
                                       for w in ws])),
        not_speakers=frozenset(_low(cues.get("not_speakers"))),
        relation_orgs=frozenset(_low((cues.get("relation_nouns") or {}).get("organization"))),
        media=frozenset(_low(cues.get("media"))),
        opinion_media=frozenset(_low(cues.get("opinion_media"))),
        person_pronouns=frozenset(_low(pron.get("person"))),
        other_pronouns=frozenset(_low(pron.get("other"))),
        thing_pronouns=frozenset(_low(pron.get("thing"))),
        person_object_pronouns=frozenset(_low(pron.get("person_object"))),
        plural_pronouns=frozenset(_low(pron.get("plural"))),
        indefinite=frozenset(_low(dets.get("indefinite"))),
        definite_plural=frozenset(_low(dets.get("definite_plural"))),
        not_in_name=frozenset(_low(dets.get("not_in_name"))),
        partitives=frozenset(_low(dets.get("partitive"))),
        complement_preps=frozenset(_low(issues.get("complement_preps"))),
        issue_stop_words=frozenset(_low(issues.get("stop_words"))),
        issue_light_verbs=frozenset(_low(issues.get("light_verbs"))),
        issue_quantity_words=frozenset(_low(issues.get("quantity_words"))),
        issue_who_words=frozenset(w.split()[-1] for w in offices)
        | frozenset(_low(issues.get("who_words"))),
        issue_offices=offices,
        first_person=frozenset(_low(pron.get("first"))),
        pledge_modals=frozenset(_low(cues.get("pledge_modals"))),
        intent_modals=frozenset(_low(cues.get("intent_modals"))),
        intent_subjects=frozenset(_low(cues.get("intent_subjects"))),
        intent_possessives=frozenset(_low(cues.get("intent_possessives"))),
        intent_bodies=frozenset(_low(cues.get("intent_bodies"))),
        target_preps=frozenset(_low(cues.get("target_preps"))),
        time_preps=frozenset(_low(cues.get("time_preps"))),
        excess_adverbs=frozenset(_low(cues.get("excess_adverbs"))),
        copular_verbs=frozenset(_low(cues.get("copular_verbs"))),
        addressee_verbs=frozenset(_low(cues.get("addressee_verbs"))),
        relative_pronouns=frozenset(_low(cues.get("relative_pronouns"))),
        companion_adverbs=frozenset(_low((cues.get("companions") or {}).get("adverbs"))),
        companion_preps=frozenset(_low((cues.get("companions") or {}).get("preps"))),
        echo_marks=frozenset(_low((cues.get("companions") or {}).get("echo_marks"))),
        echo_verbs=frozenset(_low((cues.get("companions") or {}).get("echo_verbs"))),
        member_preps=frozenset(_low(cues.get("member_preps"))),
        body_member_preps=frozenset(_low(cues.get("body_member_preps"))),
        issuing_verbs=frozenset(_low(cues.get("issuing_verbs"))),
        belief_verbs=frozenset(_low(cues.get("belief_verbs"))),
        condition_consequents=frozenset(_low(cues.get("condition_consequents"))),
        modal_words=frozenset(_low(cues.get("modal_words"))),
    )
