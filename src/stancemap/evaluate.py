"""Scoring extracted documents against hand-coded gold files (``eval/GUIDE.md``).

Pure functions over plain data: a document is the contract JSON (``Document.to_dict()``),
a gold is the parsed gold file. Matching is lenient on wording (gold strings are plain
substrings of the lower-cased extracted text) and strict on who and which way.

Figures are counts (:class:`Ratio`), so per-article figures add up to micro-averaged totals.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stancemap.errors import InputError

STANCES = ("support", "oppose", "neutral")
SHORT = 120  # characters of evidence shown in details


class GoldError(InputError):
    """A gold directory or file that cannot be used; the message names the file and the fix."""


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class Ratio:
    """``hit`` out of ``total``; ``value`` is None when there is nothing to count."""

    hit: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hit / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hit + other.hit, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        return {"hit": self.hit, "total": self.total, "ratio": self.value}

    def __str__(self) -> str:
        v = self.value
        return f"{self.hit}/{self.total} —" if v is None else f"{self.hit}/{self.total} {v:.0%}"


def f1(precision: float | None, recall: float | None) -> float | None:
    """Harmonic mean; an undefined side counts as 0 unless both are undefined."""
    if precision is None and recall is None:
        return None
    p, r = precision or 0.0, recall or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ActorScore:
    found: Ratio = Ratio()
    role: Ratio = Ratio()  # among found gold actors with role_any
    country: Ratio = Ratio()  # among found gold actors with country
    missed: list[dict[str, Any]] = field(default_factory=list)
    wrong_role: list[dict[str, Any]] = field(default_factory=list)
    wrong_country: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ClaimScore:
    units: int = 0  # extracted claim × speaker
    matched: int = 0  # units matched to a required gold claim
    absorbed: int = 0  # unmatched units that match an optional gold claim
    required: int = 0
    conditions: Ratio = Ratio()  # matched required golds with condition_any
    missed: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    wrong_conditions: list[dict[str, Any]] = field(default_factory=list)
    # (gold issue label, extracted issue label) of each matched gold claim that has one
    issues: list[tuple[str, str | None]] = field(default_factory=list)

    @property
    def precision(self) -> Ratio:
        return Ratio(self.matched, self.units - self.absorbed)

    def grouping(self) -> tuple[Ratio, Ratio]:
        """How the extracted issue labels group the matched claims against the gold's one
        vocabulary, counted on pairs of claims (across articles when scores are summed):
        precision = pairs sharing an extracted label that share a gold issue; recall =
        pairs sharing a gold issue that share an extracted label."""
        same_gold = same_ours = both = 0
        items = self.issues
        for i in range(len(items)):
            gi, oi = items[i]
            for j in range(i + 1, len(items)):
                gj, oj = items[j]
                g = gi == gj
                o = oi is not None and oi == oj
                same_gold += g
                same_ours += o
                both += g and o
        return Ratio(both, same_ours), Ratio(both, same_gold)

    def bcubed(self) -> tuple[float | None, float | None]:
        """B-cubed precision and recall of the extracted labels against the gold's issues
        over the matched claims (a claim without a label is alone in its group): for each
        claim, the share of its extracted group that shares its gold issue, and the share of
        its gold issue that shares its extracted group, averaged over claims."""
        if not self.issues:
            return None, None
        ours = [o if o is not None else ("", n) for n, (_, o) in enumerate(self.issues)]
        return bcubed([g for g, _ in self.issues], ours)

    @property
    def recall(self) -> Ratio:
        return Ratio(self.matched, self.required)

    @property
    def f1(self) -> float | None:
        return f1(self.precision.value, self.recall.value)


def bcubed(gold: Sequence[Hashable], ours: Sequence[Hashable]) -> tuple[float, float]:
    """B-cubed (precision, recall) of a grouping ``ours`` against ``gold``, one label per
    item (same label = same group); both averaged over the items."""
    gold_size, our_size = Counter(gold), Counter(ours)
    both = Counter(zip(gold, ours, strict=True))
    n = len(gold) or 1
    p = sum(both[(g, o)] / our_size[o] for g, o in zip(gold, ours, strict=True)) / n
    r = sum(both[(g, o)] / gold_size[g] for g, o in zip(gold, ours, strict=True)) / n
    return p, r


@dataclass
class EventScore:
    found: Ratio = Ratio()  # required gold events found
    dates: Ratio = Ratio()  # among found required gold events with a date
    precision: Ratio = Ratio()  # extracted events matching any gold event
    missed: list[dict[str, Any]] = field(default_factory=list)
    wrong_dates: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Score:
    """Everything measured on one article (or summed over several)."""

    actors: ActorScore = field(default_factory=ActorScore)
    claims: ClaimScore = field(default_factory=ClaimScore)
    events: EventScore = field(default_factory=EventScore)

    def figures(self) -> dict[str, Any]:
        """The counts and ratios as JSON-ready data (no details)."""
        a, c, e = self.actors, self.claims, self.events
        return {
            "actors": {
                "found": a.found.to_dict(),
                "role": a.role.to_dict(),
                "country": a.country.to_dict(),
            },
            "claims": {
                "units": c.units,
                "matched": c.matched,
                "absorbed_by_optional": c.absorbed,
                "false_positives": c.units - c.absorbed - c.matched,
                "required": c.required,
                "precision": c.precision.to_dict(),
                "recall": c.recall.to_dict(),
                "f1": c.f1,
                "conditions": c.conditions.to_dict(),
                "issue_grouping": self._grouping(),
            },
            "events": {
                "found": e.found.to_dict(),
                "dates": e.dates.to_dict(),
                "precision": e.precision.to_dict(),
            },
        }

    def _grouping(self) -> dict[str, Any]:
        precision, recall = self.claims.grouping()
        bp, br = self.claims.bcubed()
        return {"claims": len(self.claims.issues), "precision": precision.to_dict(),
                "recall": recall.to_dict(), "f1": f1(precision.value, recall.value),
                "bcubed": {"precision": bp, "recall": br, "f1": f1(bp, br)}}

    def details(self) -> dict[str, Any]:
        """What was missed or wrong, for ``--details``."""
        a, c, e = self.actors, self.claims, self.events
        return {
            "missed_actors": a.missed,
            "wrong_roles": a.wrong_role,
            "wrong_countries": a.wrong_country,
            "missed_claims": c.missed,
            "false_positive_claims": c.false_positives,
            "missed_conditions": c.wrong_conditions,
            "missed_events": e.missed,
            "wrong_dates": e.wrong_dates,
        }


def total(scores: Iterable[Score]) -> Score:
    """Micro-averaged sum of per-article scores (counts only, no details)."""
    out = Score()
    for s in scores:
        a, c, e = out.actors, out.claims, out.events
        a.found += s.actors.found
        a.role += s.actors.role
        a.country += s.actors.country
        c.units += s.claims.units
        c.matched += s.claims.matched
        c.absorbed += s.claims.absorbed
        c.required += s.claims.required
        c.conditions += s.claims.conditions
        c.issues += s.claims.issues
        e.found += s.events.found
        e.dates += s.events.dates
        e.precision += s.events.precision
    return out


# --------------------------------------------------------------------------- gold files


@dataclass
class GoldArticle:
    """One gold file with its text, ready to extract and score."""

    id: str
    path: Path
    text: str
    published: str | None
    title: str | None
    url: str | None
    gold: dict[str, Any]


def _strings(value: Any, where: str, *, required: bool = True) -> list[str]:
    if value is None and not required:
        return []
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        raise GoldError(f"{where} must be a list of strings")
    return value


def check_gold(gold: Any, name: str) -> None:
    """Raise GoldError naming the first thing in ``gold`` the scorer cannot use."""
    if not isinstance(gold, dict):
        raise GoldError(f"{name}: the top level must be a JSON object")
    if not isinstance(gold.get("text"), str):
        raise GoldError(f"{name}: 'text' must give the article's text file, relative to the dir")
    for key in ("actors", "claims", "events"):
        if not isinstance(gold.get(key, []), list):
            raise GoldError(f"{name}: '{key}' must be a list")
    for i, actor in enumerate(gold.get("actors", [])):
        where = f"{name}: actors[{i}]"
        if not isinstance(actor, dict):
            raise GoldError(f"{where} must be an object")
        if not _strings(actor.get("any"), f"{where}.any"):
            raise GoldError(f"{where}.any must not be empty")
        _strings(actor.get("role_any"), f"{where}.role_any", required=False)
        if actor.get("country") is not None and not isinstance(actor["country"], str):
            raise GoldError(f"{where}.country must be a string")
    for i, claim in enumerate(gold.get("claims", [])):
        where = f"{name}: claims[{i}]"
        if not isinstance(claim, dict):
            raise GoldError(f"{where} must be an object")
        if not _strings(claim.get("speaker_any"), f"{where}.speaker_any"):
            raise GoldError(f"{where}.speaker_any must not be empty")
        if not _strings(claim.get("target_any"), f"{where}.target_any"):
            raise GoldError(f"{where}.target_any must not be empty")
        if claim.get("stance") not in STANCES:
            raise GoldError(f"{where}.stance must be one of {', '.join(STANCES)}")
        _strings(claim.get("condition_any"), f"{where}.condition_any", required=False)
    for i, event in enumerate(gold.get("events", [])):
        where = f"{name}: events[{i}]"
        if not isinstance(event, dict):
            raise GoldError(f"{where} must be an object")
        for key in ("location_any", "participants_any", "convener_any"):
            _strings(event.get(key), f"{where}.{key}", required=False)
        if event.get("date") is not None and not isinstance(event["date"], str):
            raise GoldError(f"{where}.date must be a YYYY-MM-DD string")


def add_issue_labels(articles: list[GoldArticle], path: str | Path) -> None:
    """Give gold claims the ``issue``/``topic`` labels kept in a separate file (for gold
    that is not ours to edit, e.g. the shared dev set): {article id: [{index, issue,
    topic}]}, ``index`` counting the article's gold claims from 0."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldError(f"{path}: not readable JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise GoldError(f"{path}: the top level must be an object keyed by article id")
    for art in articles:
        labels = data.get(art.id) or data.get(art.path.stem) or []
        claims = art.gold.get("claims") or []
        for item in labels if isinstance(labels, list) else []:
            i = item.get("index") if isinstance(item, dict) else None
            if not isinstance(i, int) or not 0 <= i < len(claims):
                raise GoldError(f"{path}: {art.id}: no gold claim {i!r}")
            claims[i] = {**claims[i], "issue": item.get("issue"), "topic": item.get("topic")}
        if labels:
            art.gold["claims"] = claims


def load_gold(directory: str | Path) -> list[GoldArticle]:
    """Every ``*.json`` in ``directory`` except ``meta.json``, sorted by name, with its text."""
    root = Path(directory)
    if not root.is_dir():
        raise GoldError(f"{root} is not a directory; give the folder holding the gold *.json files")
    meta: dict[str, Any] = {}
    meta_path = root / "meta.json"
    if meta_path.exists():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise GoldError(f"{meta_path}: not readable JSON ({exc})") from exc
        if not isinstance(meta, dict):
            raise GoldError(f"{meta_path}: the top level must be an object keyed by article id")
    paths = sorted(p for p in root.glob("*.json") if p.name != "meta.json")
    if not paths:
        raise GoldError(f"{root} holds no gold files (*.json other than meta.json)")
    articles = []
    for path in paths:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise GoldError(f"{path}: not readable JSON ({exc})") from exc
        check_gold(gold, str(path))
        art_id = gold.get("id") or path.stem
        text_path = root / gold["text"]
        try:
            text = text_path.read_text(encoding="utf-8")
        except OSError as exc:
            raise GoldError(f"{path}: cannot read its text {text_path} ({exc})") from exc
        info = meta.get(art_id) or meta.get(path.stem) or {}
        if not isinstance(info, dict):
            info = {}
        articles.append(
            GoldArticle(
                id=art_id,
                path=path,
                text=text,
                published=gold.get("published") or info.get("published"),
                title=gold.get("title") or info.get("title"),
                url=gold.get("url") or info.get("url"),
                gold=gold,
            )
        )
    return articles


# --------------------------------------------------------------------------- matching


def _low(values: Iterable[str | None]) -> list[str]:
    return [v.lower() for v in values if v]


def occurs(needles: Iterable[str], haystacks: Iterable[str | None]) -> bool:
    """True when one (lower-cased) needle is a substring of one lower-cased haystack."""
    hay = _low(haystacks)
    return any(n.lower() in h for n in needles for h in hay)


def actor_names(actor: Mapping[str, Any] | None) -> list[str]:
    """The lower-cased name and aliases of an extracted actor."""
    if not actor:
        return []
    return _low([actor.get("name"), *(actor.get("aliases") or [])])


def max_matching(
    edges: Mapping[int, Sequence[int]], left: Iterable[int], start: dict[int, int] | None = None
) -> dict[int, int]:
    """Maximum bipartite matching by augmenting paths: left → right (as right → left dict).

    ``start`` is an existing matching to augment; matched right vertices stay matched.
    """
    owner: dict[int, int] = dict(start or {})

    def augment(u: int, seen: set[int]) -> bool:
        for v in edges.get(u, ()):
            if v in seen:
                continue
            seen.add(v)
            if v not in owner or augment(owner[v], seen):
                owner[v] = u
                return True
        return False

    matched_left = set(owner.values())
    for u in left:
        if u not in matched_left:
            augment(u, set())
    return owner


def _short(text: str | None, limit: int = SHORT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- actors


def score_actors(doc: Mapping[str, Any], gold: Mapping[str, Any]) -> ActorScore:
    """Gold actors found by name/alias substring; role and country checked on the best match.
    Optional gold actors are not scored.

    Best: the name (not only an alias) contains a gold string, then the longest gold string
    matched ("abdul-mahdi" over "mahdi"), then having a role and a country.
    """
    extracted = doc.get("actors") or []
    score = ActorScore()
    for g in gold.get("actors") or []:
        if g.get("optional"):
            continue  # acted upon or only a source: neither required nor scored
        needles = [s.lower() for s in g["any"]]
        role_any = g.get("role_any") or []
        country = g.get("country")
        best, best_key = None, None
        for a in extracted:
            names = actor_names(a)
            hits = [len(n) for n in needles if any(n in h for h in names)]
            if not hits:
                continue
            key = (
                occurs(needles, [a.get("name")]),  # the name itself, not only an alias
                max(hits),  # the most specific gold string
                bool(a.get("role")) + bool(a.get("country")),
            )
            if best_key is None or key > best_key:
                best, best_key = a, key
        score.found += Ratio(int(best is not None), 1)
        if best is None:
            score.missed.append({"name": g.get("name"), "any": g["any"]})
            continue
        if role_any:
            right = occurs(role_any, [best.get("role")])
            score.role += Ratio(int(right), 1)
            if not right:
                score.wrong_role.append(
                    {
                        "name": g.get("name"),
                        "role_any": role_any,
                        "ours": best.get("name"),
                        "got": best.get("role"),
                    }
                )
        if country:
            right = best.get("country") == country
            score.country += Ratio(int(right), 1)
            if not right:
                score.wrong_country.append(
                    {
                        "name": g.get("name"),
                        "country": country,
                        "ours": best.get("name"),
                        "got": best.get("country"),
                    }
                )
    return score


# --------------------------------------------------------------------------- claims


@dataclass(frozen=True)
class Unit:
    """One extracted claim for one of its speakers (a joint claim is several units)."""

    claim: Mapping[str, Any]
    speaker: Mapping[str, Any] | None
    speaker_id: str | None


def claim_units(doc: Mapping[str, Any]) -> list[Unit]:
    """Split every extracted claim into one unit per speaker (one unit if it has none)."""
    actors = {a.get("id"): a for a in doc.get("actors") or []}
    units = []
    for c in doc.get("claims") or []:
        speakers = c.get("speakers") or [None]
        for sid in speakers:
            units.append(Unit(c, actors.get(sid) if sid else None, sid))
    return units


def unit_matches(unit: Unit, g: Mapping[str, Any]) -> bool:
    """The GUIDE's rule: speaker by name/alias/surface text, stance equal, target or issue."""
    c = unit.claim
    if c.get("stance") != g["stance"]:
        return False
    if not occurs(g["speaker_any"], [*actor_names(unit.speaker), c.get("speaker_text")]):
        return False
    return occurs(g["target_any"], [c.get("target"), c.get("issue")])


def _prefer_conditions(owner: dict[int, int], units: Sequence[Any],
                       golds: Sequence[Mapping[str, Any]],
                       edges: Mapping[int, Sequence[int]]) -> None:
    """Where a gold claim with conditions is matched by a unit without them, and a free unit
    matching the same gold claim has them, match that one instead: the matching stays as
    large, and the gold claim is scored on the claim that carries its conditions."""
    taken = set(owner.values())
    for g, u in list(owner.items()):
        wanted = golds[g].get("condition_any")
        if not wanted or occurs(wanted, units[u].claim.get("conditions") or []):
            continue
        for other, targets in edges.items():
            if other not in taken and g in targets \
                    and occurs(wanted, units[other].claim.get("conditions") or []):
                owner[g] = other
                taken.discard(u)
                taken.add(other)
                break


def score_claims(doc: Mapping[str, Any], gold: Mapping[str, Any]) -> ClaimScore:
    """Claim precision/recall by maximum matching of units to required gold claims.

    Units left unmatched that match some optional gold claim are absorbed (not false
    positives). Among maximum matchings, one that leaves absorbable units free is chosen.
    """
    golds = gold.get("claims") or []
    required = [i for i, g in enumerate(golds) if not g.get("optional")]
    optional = [i for i, g in enumerate(golds) if g.get("optional")]
    units = claim_units(doc)
    edges = {
        u: [g for g in required if unit_matches(units[u], golds[g])] for u in range(len(units))
    }
    absorbable = {
        u for u in range(len(units)) if any(unit_matches(units[u], golds[g]) for g in optional)
    }
    plain = [u for u in range(len(units)) if u not in absorbable]
    owner = max_matching(edges, plain)  # first without absorbable units ...
    owner = max_matching(edges, range(len(units)), owner)  # ... then augment with them
    _prefer_conditions(owner, units, golds, edges)
    matched_units = set(owner.values())
    score = ClaimScore(units=len(units), matched=len(owner), required=len(required))
    for u, unit in enumerate(units):
        if u in matched_units:
            continue
        if u in absorbable:
            score.absorbed += 1
            continue
        c = unit.claim
        score.false_positives.append(
            {
                "speaker": (unit.speaker or {}).get("name") or unit.speaker_id,
                "speaker_text": c.get("speaker_text"),
                "stance": c.get("stance"),
                "target": c.get("target"),
                "evidence": _short((c.get("evidence") or {}).get("text")),
            }
        )
    for g in required:
        gc = golds[g]
        if g not in owner:
            score.missed.append(
                {
                    "speaker_any": gc["speaker_any"],
                    "stance": gc["stance"],
                    "target_any": gc["target_any"],
                }
            )
            continue
        if isinstance(gc.get("issue"), str):
            score.issues.append((gc["issue"], units[owner[g]].claim.get("issue")))
        if gc.get("condition_any"):
            conditions = units[owner[g]].claim.get("conditions") or []
            right = occurs(gc["condition_any"], conditions)
            score.conditions += Ratio(int(right), 1)
            if not right:
                score.wrong_conditions.append(
                    {
                        "speaker_any": gc["speaker_any"],
                        "condition_any": gc["condition_any"],
                        "got": list(conditions),
                    }
                )
    return score


# --------------------------------------------------------------------------- events


def event_matches(
    event: Mapping[str, Any], g: Mapping[str, Any], actors: Mapping[str, Mapping[str, Any]]
) -> bool:
    """Location (when the gold names one) and a participant or the convener by name/alias."""
    locations = g.get("location_any") or []
    if locations and not occurs(locations, [event.get("location")]):
        return False
    people = [*(g.get("participants_any") or []), *(g.get("convener_any") or [])]
    if not people:
        return True
    ids = [*(event.get("participants") or []), event.get("convener")]
    names = [n for i in ids if i for n in actor_names(actors.get(i))]
    return occurs(people, names)


def score_events(doc: Mapping[str, Any], gold: Mapping[str, Any]) -> EventScore:
    """Required gold events found, their dates, and loose precision of extracted events."""
    actors = {a.get("id"): a for a in doc.get("actors") or []}
    extracted = doc.get("events") or []
    golds = gold.get("events") or []
    score = EventScore()
    for g in golds:
        if g.get("optional"):
            continue
        hits = [e for e in extracted if event_matches(e, g, actors)]
        score.found += Ratio(int(bool(hits)), 1)
        if not hits:
            score.missed.append(
                {
                    "name": g.get("name"),
                    "location_any": g.get("location_any") or [],
                    "date": g.get("date"),
                }
            )
            continue
        if g.get("date"):
            right = any(e.get("date") == g["date"] for e in hits)
            score.dates += Ratio(int(right), 1)
            if not right:
                score.wrong_dates.append(
                    {
                        "name": g.get("name"),
                        "date": g["date"],
                        "got": sorted({str(e.get("date")) for e in hits}),
                    }
                )
    for e in extracted:
        score.precision += Ratio(int(any(event_matches(e, g, actors) for g in golds)), 1)
    return score


def score_document(doc: Mapping[str, Any], gold: Mapping[str, Any]) -> Score:
    """All figures for one extracted document (contract JSON) against its gold."""
    return Score(
        actors=score_actors(doc, gold),
        claims=score_claims(doc, gold),
        events=score_events(doc, gold),
    )


# --------------------------------------------------------------------------- agreement


def gold_as_document(gold: Mapping[str, Any]) -> dict[str, Any]:
    """A second coder's gold read as if it were extracted, to score one coding against another.

    Each actor becomes an actor named by its strings (name, ``any``, roles as given); each
    required claim becomes a claim whose speaker carries its ``speaker_any`` strings, whose
    target is its ``target_any`` strings and whose conditions are its ``condition_any``;
    optional claims are left out (they are what the coder would not insist on); each event
    keeps its first location and its participants. Matching then applies the usual rules.
    """
    actors: list[dict[str, Any]] = []

    def actor(name: str, aliases: list[str], role: str | None = None,
              country: str | None = None) -> str:
        actors.append({"id": f"a{len(actors)}", "name": name, "aliases": aliases,
                       "role": role, "country": country})
        return actors[-1]["id"]

    for a in gold.get("actors") or []:
        roles = a.get("role_any") or []
        actor(a.get("name") or a["any"][0], list(a["any"]), roles[0] if roles else None,
              a.get("country"))
    claims = []
    for c in gold.get("claims") or []:
        if c.get("optional"):
            continue
        sid = actor(c["speaker_any"][0], list(c["speaker_any"]))
        claims.append({"speakers": [sid], "speaker_text": " / ".join(c["speaker_any"]),
                       "stance": c["stance"], "target": " | ".join(c["target_any"]),
                       "issue": c.get("issue"), "conditions": list(c.get("condition_any") or []),
                       "evidence": {"text": c.get("quote") or ""}})
    events = []
    for e in gold.get("events") or []:
        if e.get("optional"):
            continue
        people = [actor(p, [p]) for p in [*(e.get("participants_any") or []),
                                          *(e.get("convener_any") or [])]]
        events.append({"location": " | ".join(e.get("location_any") or []) or None,
                       "date": e.get("date"), "participants": people})
    return {"actors": actors, "claims": claims, "events": events}
