"""Forecast inputs from the store: one issue's claims → position, salience, capability.

This is MODELS.md §7 ("From news to model inputs") made concrete. The claims are read only
through :mod:`stancemap.questions` (``who`` for the issue's claims, ``positions`` for each
speaker's claims on every issue, ``actors_page`` for kind, role and country). The numbers
below are the defaults of ``mapping.yaml`` beside this module; every one can be changed
there, in a ``--mapping`` file, or by the options of :class:`InputOptions`.

**Which claims.** Every claim on the issue (a stored issue id, or words naming issues, as
``questions.who`` reads them — several matched issues count as one) published on or before
the cut-off date ``t0``: ``--as-of`` if given, else the newest claim's date on the issue, so
a forecast never depends on today's date. Every speaker of a multi-speaker claim counts.
Undated claims are left out (nothing says how old they are) and the forecast notes how many.
The read API returns the newest 500 claims of an issue; older ones are left out (noted).

**Value of a claim** on the 0–100 scale ("support for the target"): support 100, oppose 0,
neutral 50, graded by the predicate in the claim's own direction — "demand/insist" 100,
"call for/back" 90, "willing/ready to" 70, "open to/consider" 60, "premature/sceptical/
cautious" 30, "reject/rule out" 0 (``mapping.yaml`` ``grades``).

**Recency.** A claim ``age`` days older than ``t0`` weighs ``confidence · 2^(−age/h)``, with
half-life ``h = 30`` days (``--half-life``). The newest claims count most.

**Position** of an actor: the weighted mean of its claims' values (``--rule mean``, the
default), or the newest claim's value (``--rule latest``, §7's alternative). Conditions
(§7 "Conditions → scenario switches"):

* a claim whose condition starts with "if", "after", "once", "provided", ... ("supports if
  X") holds only when X is met. In the baseline — and in any scenario that does not assume
  X — it counts as the actor's *fallback*: its position from its other claims (its
  unconditional position) if it has any, else 50 (undecided). So Starmer, who only
  "supports if the United States provides a security backstop", stands at 50, nearer the
  middle than a plain supporter; Scholz, who opposed in February and "supports after a
  ceasefire" in March, stays at his unconditional 0 until a ceasefire is assumed, and then
  stands where his decayed claims put him (the newer, conditional claim dominating);
* a claim whose condition starts with "unless", "until", "without", ... ("opposes unless
  X") states the position that holds while X is not met, i.e. now: it counts at its own
  value; when a scenario assumes X it counts 50 (the objection lifts; nothing says the actor
  turns). [choice, see ``mapping.yaml``]

``spread`` is the weighted standard deviation of the claims' stated values (conditions
ignored); above 25 the actor is flagged *shifting* (§7).

**Salience**: ``n(q) = Σ confidence · 2^(−age/h)`` over the actor's claims on issue ``q``
(published by ``t0``); ``s_raw = n(q) / max_q' n(q')`` over the actor's issues, shrunk toward
0.5 as ``s = (N·s_raw + 3·0.5)/(N + 3)`` with ``N = Σ_q' n(q')`` (``--salience max``, the
default), or the plain share ``n(q)/N`` (``--salience share``). It measures media attention
as much as priorities; edit an exported table to override it.

**Capability** from ``capability.yaml`` (or ``--capabilities FILE``, YAML or CSV): the
actor's own entry, its country's (for a country, or an office holder speaking for it), its
role's, its kind's, else the default 1.0. stancemap ships no numbers: without a table every
actor counts 1.0, weights reduce to salience, and the forecast says so.

Every row links the claim ids it came from (``ActorInput.claims``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy.orm import Session

from stancemap import questions
from stancemap.errors import InputError
from stancemap.forecast.models import MODELS, Forecast, forecast
from stancemap.forecast.table import ActorInput, InputTable
from stancemap.lexicon import parse, yaml_problem
from stancemap.questions import ActorRef, ClaimItem, Filters, IssueRef, Page
from stancemap.store.identity import fold

RULES = ("mean", "latest")
SALIENCE_RULES = ("max", "share")
PERIODS = ("week", "month")
ACTOR_CLAIMS_LIMIT = 5000  # an actor's newest claims read for its salience


class ForecastInputError(InputError):
    """An issue, option or data file the forecast inputs cannot be made from."""


# ---------------------------------------------------------------- data files


@dataclass(frozen=True)
class ClaimMapping:
    """``mapping.yaml``: how a claim becomes a value, a weight and a switch."""

    source: str
    scale: tuple[float, float]
    stance: Mapping[str, float]
    grades: tuple[tuple[float, tuple[str, ...]], ...]
    undecided: float
    lifted: float
    unless: tuple[tuple[str, ...], ...]
    if_: tuple[tuple[str, ...], ...]
    half_life: float
    shrink: float
    shifting: float
    stop_words: frozenset[str]
    abbreviations: tuple[tuple[str, str], ...]

    @property
    def middle(self) -> float:
        return self.stance.get("neutral", (self.scale[0] + self.scale[1]) / 2)

    def value(self, stance: str, predicate: str) -> float:
        """A claim's value: its stance's, graded by the predicate in the same direction."""
        base = self.stance.get(stance, self.middle)
        if stance not in ("support", "oppose"):
            return base
        words = fold(predicate).split()
        best: tuple[int, float] | None = None
        for value, cue in self.grades:
            if (stance == "support") != (value > self.middle) or value == self.middle:
                continue
            if _has_phrase(words, cue) and (best is None or len(cue) > best[0]):
                best = (len(cue), value)
        return best[1] if best else base

    def kind(self, condition: str) -> str:
        """``unless`` when the condition starts with a negative connective, else ``if``."""
        words = fold(condition).split()
        for phrase in sorted(self.unless + self.if_, key=len, reverse=True):
            if tuple(words[:len(phrase)]) == phrase:
                return "unless" if phrase in self.unless else "if"
        return "if"

    def content_words(self, text: str) -> tuple[str, ...]:
        """The words an assumption and a condition are compared by (scenario matching):
        abbreviations spelt out, folded, stop words left out, plurals made singular."""
        for short, long in self.abbreviations:
            text = re.sub(rf"(?<![\w.]){re.escape(short)}(?!\w)", f" {long} ", text)
        out: list[str] = []
        for w in fold(text).split():
            w = _singular(w)
            if w not in self.stop_words and w not in out:
                out.append(w)
        return tuple(out)


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _inflected(word: str, cue: str) -> bool:
    if word == cue:
        return True
    stem = cue[:-1] if cue.endswith("e") else cue
    return word in {cue + "s", cue + "es", cue + "d", cue + "ed", stem + "ing", cue + "ing",
                    cue + cue[-1] + "ed", cue + cue[-1] + "ing"}


def _has_phrase(words: Sequence[str], cue: tuple[str, ...]) -> bool:
    n = len(cue)
    return any(all(_inflected(words[i + k], cue[k]) for k in range(n))
               for i in range(len(words) - n + 1))


def _read_yaml(path: Any, what: str) -> dict[str, Any]:
    try:
        data = parse(path.read_text("utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ForecastInputError(f"{what} {path}: {yaml_problem(exc)} — fix the YAML"
                                 ) from None
    except UnicodeDecodeError:
        raise ForecastInputError(f"{what} {path}: not UTF-8 text — save it as UTF-8") from None
    except OSError as exc:
        raise ForecastInputError(f"{what} {path}: cannot read it ({exc.strerror}) — check the "
                                 "path") from None
    if not isinstance(data, dict):
        raise ForecastInputError(f"{what} {path}: must hold a mapping of keys like the "
                                 f"shipped {Path(str(path)).name}")
    return data


def _shipped(name: str) -> Any:
    return resources.files("stancemap.forecast").joinpath(name)


def _num(value: Any, what: str, key: str, *, positive: bool = False,
         nonneg: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) \
            or not math.isfinite(value) or (positive and value <= 0) or (nonneg and value < 0):
        need = "a number > 0" if positive else "a number ≥ 0" if nonneg else "a number"
        raise ForecastInputError(f"{what}: {key} is {value!r} — give {need}")
    return float(value)


def _phrases(items: Any, what: str, key: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(items, list):
        raise ForecastInputError(f"{what}: {key} must be a list of words")
    return tuple(p for p in (tuple(fold(str(w)).split()) for w in items) if p)


def load_mapping(path: str | Path | None = None) -> ClaimMapping:
    """The shipped ``mapping.yaml``, each top-level key of ``path`` replacing its own (a
    user's file is read afresh every time: it may have been edited)."""
    return _shipped_mapping() if path is None else _load_mapping(str(path))


@cache
def _shipped_mapping() -> ClaimMapping:
    return _load_mapping(None)


def _load_mapping(path: str | None) -> ClaimMapping:
    data = _read_yaml(_shipped("mapping.yaml"), "forecast mapping")
    what = f"forecast mapping {_shipped('mapping.yaml')}"
    if path is not None:
        user = _read_yaml(Path(path), "forecast mapping")
        unknown = sorted(set(user) - set(data))
        if unknown:
            raise ForecastInputError(f"forecast mapping {path}: unknown key(s) "
                                     f"{', '.join(unknown)} — use the keys of the shipped "
                                     "mapping.yaml")
        data = {**data, **user}
        what = f"forecast mapping {path}"
    try:
        scale = data["scale"]
        lo, hi = _num(scale["lo"], what, "scale.lo"), _num(scale["hi"], what, "scale.hi")
        if not lo < hi:
            raise ForecastInputError(f"{what}: scale lo {lo:g} is not below hi {hi:g}")
        stance = {str(k): _num(v, what, f"stance.{k}") for k, v in data["stance"].items()}
        grades = []
        for g in data.get("grades") or []:
            value = _num(g["value"], what, "grades.value")
            for cue in _phrases(g["words"], what, "grades.words"):
                grades.append((value, cue))
        conn = data.get("connectives") or {}
        abbreviations = tuple(sorted(((str(k), str(v)) for k, v in
                                      (data.get("abbreviations") or {}).items()),
                                     key=lambda kv: -len(kv[0])))
        mapping = ClaimMapping(
            source=what.removeprefix("forecast mapping "), scale=(lo, hi), stance=stance,
            grades=tuple(grades), undecided=_num(data["undecided"], what, "undecided"),
            lifted=_num(data["lifted"], what, "lifted"),
            unless=_phrases(conn.get("unless") or [], what, "connectives.unless"),
            if_=_phrases(conn.get("if") or [], what, "connectives.if"),
            half_life=_num(data["half_life_days"], what, "half_life_days", positive=True),
            shrink=_num(data["salience_shrink"], what, "salience_shrink", nonneg=True),
            shifting=_num(data["shifting_spread"], what, "shifting_spread", nonneg=True),
            stop_words=frozenset(w for p in _phrases(data.get("stop_words") or [], what,
                                                     "stop_words") for w in p),
            abbreviations=abbreviations)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ForecastInputError(f"{what}: missing or malformed entry {exc} — keep the "
                                 "shape of the shipped mapping.yaml") from None
    for name in ("undecided", "lifted"):
        if not lo <= getattr(mapping, name) <= hi:
            raise ForecastInputError(f"{what}: {name} is outside the scale {lo:g}–{hi:g}")
    for k, v in [*stance.items(), *((f"grade {' '.join(c)}", v) for v, c in grades)]:
        if not lo <= v <= hi:
            raise ForecastInputError(f"{what}: {k} value {v:g} is outside the scale "
                                     f"{lo:g}–{hi:g}")
    return mapping


@dataclass(frozen=True)
class Capabilities:
    """Capability per actor: the shipped ``capability.yaml`` and the user's table."""

    source: str
    user: bool
    default: float
    by_country: Mapping[str, float]
    office_roles: frozenset[str]
    by_role: Mapping[str, float]
    by_kind: Mapping[str, float]
    actors: Mapping[str, tuple[float, str]]  # folded name/alias/key or "#id" → value, basis

    def lookup(self, info: ActorInfo) -> tuple[float, str]:
        """The capability of one actor and where it came from."""
        keys = [f"#{info.ref.id}", fold(info.key), fold(info.ref.name),
                *(fold(a) for a in info.aliases)]
        for k in keys:
            if k and k in self.actors:
                return self.actors[k]
        country = (info.country or "").upper()
        speaks_for = info.kind == "country" or (
            info.kind == "person" and fold(info.role or "") in self.office_roles)
        if country and speaks_for and country in self.by_country:
            return self.by_country[country], f"country {country}"
        role = fold(info.role or "")
        if role and role in self.by_role:
            return self.by_role[role], f"role {info.role}"
        if info.kind in self.by_kind:
            return self.by_kind[info.kind], f"kind {info.kind}"
        return self.default, "default"


def load_capabilities(path: str | Path | None = None) -> Capabilities:
    """The shipped table, with a user's YAML (keys replace) or CSV (actor rows) on top."""
    return _shipped_capabilities() if path is None else _load_capabilities(str(path))


@cache
def _shipped_capabilities() -> Capabilities:
    return _load_capabilities(None)


def _load_capabilities(path: str | None) -> Capabilities:
    shipped = _shipped("capability.yaml")
    data = _read_yaml(shipped, "capability table")
    extra: dict[str, tuple[float, str]] = {}
    source = str(shipped)
    if path is not None:
        p = Path(path)
        source = str(p)
        if p.suffix.lower() == ".csv":
            extra = _capability_csv(p)
        else:
            user = _read_yaml(p, "capability table")
            unknown = sorted(set(user) - set(data))
            if unknown:
                raise ForecastInputError(
                    f"capability table {p}: unknown key(s) {', '.join(unknown)} — use "
                    "default, by_country, office_roles, by_role, by_kind, actors (or a CSV "
                    "file with columns actor,capability)")
            data = {**data, **user}
    what = f"capability table {source}"

    def table(key: str) -> dict[str, float]:
        value = data.get(key) or {}
        if not isinstance(value, dict):
            raise ForecastInputError(f"{what}: {key} must be a mapping of name: capability")
        return {str(k): _num(v, what, f"{key}.{k}", nonneg=True) for k, v in value.items()}

    actors = {(f"#{k}" if str(k).isdigit() else fold(str(k))): (v, f"table {source}")
              for k, v in table("actors").items()}
    actors.update(extra)
    return Capabilities(
        source=source, user=path is not None,
        default=_num(data.get("default", 1.0), what, "default", nonneg=True),
        by_country={k.upper(): v for k, v in table("by_country").items()},
        office_roles=frozenset(" ".join(p) for p in _phrases(data.get("office_roles") or [],
                                                             what, "office_roles")),
        by_role={fold(k): v for k, v in table("by_role").items()},
        by_kind=table("by_kind"), actors=actors)


def _capability_csv(path: Path) -> dict[str, tuple[float, str]]:
    what = f"capability table {path}"
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ForecastInputError(f"{what}: not UTF-8 text — save it as UTF-8 CSV") from None
    except OSError as exc:
        raise ForecastInputError(f"{what}: cannot read it ({exc.strerror}) — check the path"
                                 ) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    out: dict[str, tuple[float, str]] = {}
    try:
        for cells in reader:
            if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
                continue
            if header is None:
                header = [c.strip().lower() for c in cells]
                if "capability" not in header or not {"actor", "actor_id"} & set(header):
                    raise ForecastInputError(
                        f"{what}: line {reader.line_num}: the header must name actor (or "
                        "actor_id) and capability; basis, source, as_of may follow")
                continue
            rec = dict(zip(header, (c.strip() for c in cells), strict=False))
            at = f"{what}: line {reader.line_num}"
            raw = rec.get("capability", "")
            try:
                value = float(raw)
            except ValueError:
                raise ForecastInputError(f"{at}: capability {raw!r} is not a number — write "
                                         "a number ≥ 0 like 1 or 0.16") from None
            if not math.isfinite(value) or value < 0:
                raise ForecastInputError(f"{at}: capability {raw!r} must be a number ≥ 0")
            basis = " ".join(x for x in (rec.get("basis"), rec.get("source"),
                                         rec.get("as_of")) if x) or f"table {path.name}"
            if rec.get("actor_id"):
                if not rec["actor_id"].isdigit():
                    raise ForecastInputError(f"{at}: actor_id {rec['actor_id']!r} is not a "
                                             "stored id (a whole number)")
                out[f"#{rec['actor_id']}"] = (value, basis)
            elif rec.get("actor"):
                out[fold(rec["actor"])] = (value, basis)
            else:
                raise ForecastInputError(f"{at}: no actor — name the actor or give its id")
    except csv.Error as exc:
        raise ForecastInputError(f"{what}: line {reader.line_num}: not valid CSV ({exc}) — "
                                 "check the quotes") from None
    if header is None:
        raise ForecastInputError(f"{what}: the file is empty — write a header "
                                 "actor,capability and one line per actor")
    return out


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class InputOptions:
    """How the inputs are made; ``None`` takes the mapping file's default."""

    as_of: dt.date | None = None
    half_life: float | None = None  # days
    rule: str = "mean"  # mean | latest
    salience: str = "max"  # max | share
    capabilities: str | Path | None = None
    mapping: str | Path | None = None
    source: str | None = None  # only articles whose source contains this

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise ForecastInputError(f"position rule {self.rule!r} — choose mean or latest")
        if self.salience not in SALIENCE_RULES:
            raise ForecastInputError(f"salience rule {self.salience!r} — choose max or share")
        if self.half_life is not None and not (math.isfinite(self.half_life)
                                               and self.half_life > 0):
            raise ForecastInputError(f"half-life {self.half_life!r} days — give a number of "
                                     "days > 0")


@dataclass(frozen=True)
class ActorInfo:
    ref: ActorRef
    key: str
    kind: str
    role: str | None
    country: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Condition:
    """One condition of a claim: its words, ``if``/``unless``, and its switch."""

    text: str
    kind: str
    switch: str


@dataclass(frozen=True)
class ClaimUse:
    """One claim as it enters an actor's position, with its evidence."""

    claim_id: int
    published: dt.date
    age_days: int
    stance_class: str
    predicate: str
    value: float  # its stated value on the scale
    weight: float  # confidence · 2^(−age/h)
    conditions: tuple[Condition, ...]
    evidence: str
    source: str
    title: str | None
    url: str | None


@dataclass(frozen=True)
class InputRow:
    """One actor's inputs and how they were made."""

    actor: ActorRef
    name: str  # the name in the input table (unique within it)
    kind: str
    role: str | None
    country: str | None
    position: float
    salience: float
    capability: float
    capability_basis: str
    stance: str  # the class of its newest claim
    latest: dt.date
    fallback: float  # where its unmet "if" claims count
    spread: float
    shifting: bool
    attention: float  # n(q)
    attention_all: float  # N = Σ n(q') over its issues
    claims: tuple[ClaimUse, ...]  # newest first

    @property
    def input(self) -> ActorInput:
        return ActorInput(self.name, self.position, self.salience, self.capability,
                          tuple(c.claim_id for c in self.claims))

    @property
    def weight(self) -> float:
        return self.capability * self.salience


@dataclass(frozen=True)
class Switch:
    """A distinct condition on the issue (its content words): a scenario switch."""

    id: str  # s1, s2, ... newest first
    text: str  # as first worded (newest claim)
    words: tuple[str, ...]
    wordings: tuple[str, ...]
    actors: tuple[ActorRef, ...]
    claims: tuple[int, ...]


@dataclass(frozen=True)
class IssueInputs:
    """The input table of one issue from the store, with everything it was made from."""

    query: str
    issues: tuple[IssueRef, ...]
    label: str
    as_of: dt.date  # the cut-off t0
    as_of_given: bool
    half_life: float
    rule: str
    salience_rule: str
    mapping: str
    capabilities: str
    scale: tuple[float, float]
    undecided: float
    lifted: float
    rows: tuple[InputRow, ...]
    switches: tuple[Switch, ...]
    notes: tuple[str, ...]

    def positions(self, on: Iterable[str] = ()) -> dict[str, float]:
        """Every actor's position with the switches ``on`` assumed."""
        switched = frozenset(on)
        return {r.name: _position(r.claims, switched, self.rule, self.undecided,
                                  self.lifted, self.scale)[0] for r in self.rows}

    def table(self, on: Iterable[str] = ()) -> InputTable:
        """The input table (the reference layout's rows) with the switches ``on``."""
        pos = self.positions(on)
        return InputTable(tuple(replace(r.input, position=pos[r.name]) for r in self.rows),
                          issue=self.label, scale=self.scale)

    def row(self, name: str) -> InputRow:
        for r in self.rows:
            if r.name == name:
                return r
        raise KeyError(name)


@dataclass(frozen=True)
class Outcome:
    """Each model's forecast in a few numbers (``None`` for a model not run)."""

    weighted_mean: float | None
    weighted_median: float | None
    weighted_median_upper: float | None
    bdm_median: float | None
    bdm_mean: float | None
    bdm_median_min: float | None
    bdm_median_max: float | None

    @classmethod
    def of(cls, f: Forecast) -> Outcome:
        b = f.bdm.forecast if f.bdm else None
        return cls(f.weighted_mean, f.weighted_median, f.weighted_median_upper,
                   b.median if b else None, b.mean if b else None,
                   b.median_min if b else None, b.median_max if b else None)


@dataclass(frozen=True)
class ForecastPoint:
    """The forecast as of the end of one week or month of the corpus."""

    period: str  # 2025-02 or 2025-W08
    start: dt.date
    as_of: dt.date
    new_claims: int  # claims on the issue published within the period
    actors: int
    inputs: tuple[ActorInput, ...]
    forecast: Outcome


# ---------------------------------------------------------------- positions


def _combine(pairs: Sequence[tuple[ClaimUse, float]], rule: str) -> float:
    if rule == "latest":
        return pairs[0][1]
    total = math.fsum(u.weight for u, _ in pairs)
    if not total > 0:  # every claim has confidence 0: count them alike
        return math.fsum(v for _, v in pairs) / len(pairs)
    return math.fsum(u.weight * v for u, v in pairs) / total


def _position(uses: Sequence[ClaimUse], on: frozenset[str], rule: str, undecided: float,
              lifted: float, scale: tuple[float, float]) -> tuple[float, float]:
    """(position, fallback) of one actor's claims (newest first) with switches ``on``."""
    values: list[float | None] = []
    for u in uses:
        ifs = [c for c in u.conditions if c.kind == "if"]
        if any(c.kind == "unless" and c.switch in on for c in u.conditions):
            values.append(lifted)
        elif ifs and not all(c.switch in on for c in ifs):
            values.append(None)  # its condition is not met: the fallback
        else:
            values.append(u.value)
    standing = [(u, v) for u, v in zip(uses, values, strict=True) if v is not None]
    fallback = _combine(standing, rule) if standing else undecided
    full = [(u, fallback if v is None else v) for u, v in zip(uses, values, strict=True)]
    lo, hi = scale
    return (round(min(hi, max(lo, _combine(full, rule))), 2),
            round(min(hi, max(lo, fallback)), 2))


def _spread(uses: Sequence[ClaimUse]) -> float:
    total = math.fsum(u.weight for u in uses)
    weights = [u.weight / total for u in uses] if total > 0 else [1 / len(uses)] * len(uses)
    mean = math.fsum(w * u.value for w, u in zip(weights, uses, strict=True))
    return math.sqrt(math.fsum(w * (u.value - mean) ** 2
                               for w, u in zip(weights, uses, strict=True)))


# ---------------------------------------------------------------- reading the store


def _decay(age_days: int, half_life: float) -> float:
    return 2.0 ** (-age_days / half_life)


def _actor_info(session: Session, refs: Sequence[ActorRef]) -> dict[int, ActorInfo]:
    ids = [r.id for r in refs]
    found: dict[int, ActorInfo] = {}
    for i in range(0, len(ids), questions.MAX_LIMIT):
        part = ids[i:i + questions.MAX_LIMIT]
        page = questions.actors_page(session, questions.NO_FILTERS,
                                     page=Page(questions.MAX_LIMIT), ids=part)
        for a in page.items:
            found[a.id] = ActorInfo(ActorRef(a.id, a.name), a.key, a.kind, a.role, a.country,
                                    a.aliases)
    return {r.id: found.get(r.id, ActorInfo(r, "", "unknown", None, None, ()))
            for r in refs}


def _unique_names(refs: Sequence[ActorRef]) -> dict[int, str]:
    count: dict[str, int] = {}
    for r in refs:
        count[r.name] = count.get(r.name, 0) + 1
    return {r.id: r.name if count[r.name] == 1 else f"{r.name} (#{r.id})" for r in refs}


def issue_inputs(session: Session, issue: str | int,
                 options: InputOptions = InputOptions()) -> IssueInputs:
    """The forecast inputs of an issue (a stored id, or words naming issues)."""
    mapping = load_mapping(options.mapping)
    caps = load_capabilities(options.capabilities)
    half_life = options.half_life if options.half_life is not None else mapping.half_life
    asked = _resolve(issue)
    res = questions.who(session, asked, Filters(until=options.as_of, source=options.source))
    if not res.issues:
        raise ForecastInputError(f"no issue matches {str(issue)!r} — try fewer words, or "
                                 "`stancemap issues` for the stored issues and their ids")
    label = " + ".join(i.label for i in res.issues)
    notes: list[str] = []
    if len(res.claims) >= questions.MAX_LIMIT:
        notes.append(f"only the newest {questions.MAX_LIMIT} claims on the issue were read")
    dated = [c for c in res.claims if c.published is not None]
    if len(dated) < len(res.claims):
        notes.append(f"{len(res.claims) - len(dated)} undated claim(s) left out (nothing says "
                     "how old they are)")
    if not res.claims and options.source:
        raise ForecastInputError(f"issue {label!r} has no claims in articles whose source "
                                 f"contains {options.source!r} — drop or change --source")
    if not dated and options.as_of:
        raise ForecastInputError(f"issue {label!r} has no claims published on or before "
                                 f"{options.as_of} — try a later --as-of")
    if not dated:
        raise ForecastInputError(f"issue {label!r} has no dated claims — nothing says how old "
                                 "they are; ingest its articles with --published DATE")
    t0 = options.as_of or max(c.published for c in dated)
    issue_ids = {i.id for i in res.issues}
    switches = _switches(dated, mapping)
    by_words = {s.words: s.id for s in switches}

    per_actor: dict[ActorRef, list[ClaimItem]] = {}
    for c in dated:  # newest first
        for s in c.speakers:
            per_actor.setdefault(s, []).append(c)
    infos = _actor_info(session, list(per_actor))
    names = _unique_names(list(per_actor))
    rows: list[InputRow] = []
    for ref, cs in per_actor.items():
        uses = tuple(_use(c, t0, half_life, mapping, by_words) for c in cs)
        position, fallback = _position(uses, frozenset(), options.rule, mapping.undecided,
                                       mapping.lifted, mapping.scale)
        n_q, n_all, salience = _salience(session, ref, t0, issue_ids, half_life, mapping,
                                         options)
        info = infos[ref.id]
        capability, basis = caps.lookup(info)
        spread = round(_spread(uses), 2)
        rows.append(InputRow(
            actor=ref, name=names[ref.id], kind=info.kind, role=info.role,
            country=info.country, position=position, salience=salience,
            capability=capability, capability_basis=basis, stance=cs[0].stance_class,
            latest=cs[0].published or t0, fallback=fallback, spread=spread,
            shifting=spread > mapping.shifting, attention=round(n_q, 4),
            attention_all=round(n_all, 4), claims=uses))
    rows.sort(key=lambda r: (-r.position, -r.weight, r.name))
    if not caps.user and all(r.capability_basis == "default" for r in rows):
        notes.append(f"no capability table: every actor counts {caps.default:g}, so weights "
                     "reduce to salience (give --capabilities FILE)")
    return IssueInputs(
        query=str(issue), issues=res.issues, label=label, as_of=t0,
        as_of_given=options.as_of is not None, half_life=half_life, rule=options.rule,
        salience_rule=options.salience, mapping=mapping.source, capabilities=caps.source,
        scale=mapping.scale, undecided=mapping.undecided, lifted=mapping.lifted,
        rows=tuple(rows), switches=switches, notes=tuple(notes))


def _resolve(issue: str | int) -> str | int:
    if isinstance(issue, int):
        return issue
    text = issue.strip().removeprefix("#")
    return int(text) if text.isdigit() else issue


def _switch_key(text: str, mapping: ClaimMapping) -> tuple[str, ...]:
    return mapping.content_words(text) or tuple(fold(text).split()) or (text,)


def _switches(claims: Sequence[ClaimItem], mapping: ClaimMapping) -> tuple[Switch, ...]:
    """Each distinct condition (by its content words), newest first."""
    found: dict[tuple[str, ...], dict[str, Any]] = {}
    for c in claims:
        for text in c.conditions:
            key = _switch_key(text, mapping)
            entry = found.setdefault(key, {"text": text, "wordings": [], "actors": [],
                                           "claims": []})
            if text not in entry["wordings"]:
                entry["wordings"].append(text)
            for s in c.speakers:
                if s not in entry["actors"]:
                    entry["actors"].append(s)
            if c.id not in entry["claims"]:
                entry["claims"].append(c.id)
    return tuple(Switch(f"s{n}", e["text"], key, tuple(e["wordings"]), tuple(e["actors"]),
                        tuple(e["claims"]))
                 for n, (key, e) in enumerate(found.items(), 1))


def _use(c: ClaimItem, t0: dt.date, half_life: float, mapping: ClaimMapping,
         switches: Mapping[tuple[str, ...], str]) -> ClaimUse:
    assert c.published is not None
    age = max(0, (t0 - c.published).days)
    conditions = tuple(Condition(t, mapping.kind(t), switches[_switch_key(t, mapping)])
                       for t in c.conditions)
    return ClaimUse(
        claim_id=c.id, published=c.published, age_days=age, stance_class=c.stance_class,
        predicate=c.predicate, value=mapping.value(c.stance, c.predicate),
        weight=c.confidence * _decay(age, half_life), conditions=conditions,
        evidence=c.evidence.text, source=c.document.source, title=c.document.title,
        url=c.document.url)


def _salience(session: Session, ref: ActorRef, t0: dt.date, issue_ids: set[int],
              half_life: float, mapping: ClaimMapping, options: InputOptions
              ) -> tuple[float, float, float]:
    """(n(q), N, s) for one actor, from its claims on every issue up to ``t0``."""
    said = questions.positions(session, [ref.id], Filters(until=t0, source=options.source),
                               limit=ACTOR_CLAIMS_LIMIT).claims
    per: dict[Any, float] = {}
    for c in said:
        if c.published is None:
            continue
        key = "q" if c.issue.id in issue_ids else c.issue.id
        w = c.confidence * _decay(max(0, (t0 - c.published).days), half_life)
        per[key] = per.get(key, 0.0) + w
    n_q = per.get("q", 0.0)
    n_all = math.fsum(per.values())
    if not n_all > 0:
        return n_q, n_all, 0.5
    if options.salience == "share":
        s = n_q / n_all
    else:
        s_raw = n_q / max(per.values())
        s = (n_all * s_raw + mapping.shrink * 0.5) / (n_all + mapping.shrink)
    return n_q, n_all, round(min(1.0, max(0.0, s)), 4)


# ---------------------------------------------------------------- over time


def _periods(first: dt.date, last: dt.date, period: str
             ) -> list[tuple[str, dt.date, dt.date]]:
    out = []
    if period == "week":
        start = first - dt.timedelta(days=first.weekday())
        while start <= last:
            end = start + dt.timedelta(days=6)
            year, week, _ = start.isocalendar()
            out.append((f"{year}-W{week:02d}", start, end))
            start = end + dt.timedelta(days=1)
    else:
        start = first.replace(day=1)
        while start <= last:
            following = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            out.append((f"{start:%Y-%m}", start, following - dt.timedelta(days=1)))
            start = following
    return out


@dataclass(frozen=True)
class ForecastTimeline:
    """The forecast of one issue at the end of every week or month of its claims."""

    issue: str
    issues: tuple[IssueRef, ...]
    period: str  # week | month
    points: tuple[ForecastPoint, ...]


def forecast_timeline(session: Session, issue: str | int, options: InputOptions = InputOptions(),
                      period: str = "month", *, models: Iterable[str] = MODELS,
                      rounds: int = 10) -> ForecastTimeline:
    """The forecast as of the end of every week or month from the issue's first dated
    claim to its last (or ``options.as_of``); the last point is the plain forecast."""
    if period not in PERIODS:
        raise ForecastInputError(f"timeline period {period!r} — choose week or month")
    wanted = tuple(models)
    whole = issue_inputs(session, issue, options)
    dates = sorted(u.published for r in whole.rows for u in r.claims)
    out = []
    for name, start, end in _periods(dates[0], whole.as_of, period):
        cut = min(end, whole.as_of)
        inputs = issue_inputs(session, issue, replace(options, as_of=cut))
        table = inputs.table()
        new = {u.claim_id for r in inputs.rows for u in r.claims if start <= u.published <= cut}
        out.append(ForecastPoint(name, start, cut, len(new), len(table.rows), table.rows,
                                 Outcome.of(forecast(table, models=wanted, rounds=rounds))))
    return ForecastTimeline(whole.label, whole.issues, period, tuple(out))


__all__ = [
    "ActorInfo", "Capabilities", "ClaimMapping", "ClaimUse", "Condition", "ForecastInputError",
    "ForecastPoint", "ForecastTimeline", "InputOptions", "InputRow", "IssueInputs", "Outcome",
    "PERIODS", "RULES", "SALIENCE_RULES", "Switch", "forecast_timeline", "issue_inputs",
    "load_capabilities", "load_mapping",
]
