"""One actor across articles: name folding, transliteration skeletons, evidence, user pins.

An article's actor (``doc_actors`` row) is matched to a cross-article actor (``actors``) by
keys stored in ``actor_keys``:

- ``n:`` the folded full name and ``a:`` each folded alias (any kind),
- ``p:`` first name + surname as transliteration skeletons ("Zelenskiy" = "Zelenskyy"),
- ``s:`` the surname skeleton and ``f:`` the first-name skeleton (persons, for fuzzy matches),
- ``c:`` the ISO code of a country.

Persons merge on the same full name or skeleton unless their countries disagree; a lone
surname merges only with other evidence (same country or same role) and never when two
candidates are equally likely. Pins (a YAML file) force merges and splits.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz

from stancemap import lexicon
from stancemap.errors import InputError
from stancemap.store.userfiles import read_yaml_mapping

ORG_KINDS = {"organization", "group"}
MAX_KEY = 250
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# transliteration variants: (pattern, replacement), applied in order to a folded word
_SKELETON_RULES = [
    (re.compile(r"kh"), "h"), (re.compile(r"ph"), "f"), (re.compile(r"ck"), "k"),
    (re.compile(r"dh"), "d"), (re.compile(r"q"), "k"), (re.compile(r"w"), "v"),
    (re.compile(r"[yj]"), "i"), (re.compile(r"ou"), "u"), (re.compile(r"(.)\1+"), r"\1"),
]


@dataclass(frozen=True)
class NameWords:
    """The words names are compared without (``lexicon/names.yaml``, ``titles.yaml``)."""

    honorifics: frozenset[str]  # "mr", "dr": before a name, not part of it
    suffixes: frozenset[str]  # "jr", "iii": after a name, not part of it
    generic: frozenset[str]  # aliases that never identify anyone by themselves


@lexicon.cached
def name_words() -> NameWords:
    names, titles = lexicon.load("names"), lexicon.load("titles")

    def folded(items: Iterable[Any]) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in items or ())

    return NameWords(
        honorifics=folded(names.get("honorifics")), suffixes=folded(names.get("name_suffixes")),
        generic=folded([*(titles.get("generic") or ()), *(names.get("generic") or ())]),
    )


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces ("Erdoğan's" → "erdogan s").
    Remembered: the writer folds the same names and wordings for every article."""
    return _NON_ALNUM.sub(" ", anyascii(text).lower()).strip()


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A word with spelling variants of transliteration removed ("Zelenskyy" → "zelenski")."""
    w = fold(word).replace(" ", "")
    for pattern, repl in _SKELETON_RULES:
        w = pattern.sub(repl, w)
    return w


def name_tokens(name: str) -> list[str]:
    """Folded name words without honorifics and generational suffixes."""
    w = name_words()
    words = fold(name).split()
    while words and words[0] in w.honorifics:
        words = words[1:]
    while len(words) > 1 and words[-1] in w.suffixes:
        words = words[:-1]
    return words


def is_name(alias: str) -> bool:
    """An alias that names (a capitalised proper name), not one that describes ("the son")."""
    a = alias.strip()
    if not a or not a[0].isupper() or a.lower().startswith("the "):
        return False
    return fold(a) not in name_words().generic


def slug(text: str) -> str:
    return (fold(text).replace(" ", "-") or "actor")[:180]


def same_role(a: str | None, b: str | None) -> bool:
    """Both known and one contains the other ("Prime Minister" ~ "British Prime Minister")."""
    if not a or not b:
        return False
    fa, fb = fold(a), fold(b)
    return bool(fa and fb) and (fa in fb or fb in fa)


def first_names_match(a: str, b: str) -> bool:
    """"Volodymyr" ~ "Wolodymyr", "J" ~ "Joe"; "Boris" ≁ "Lyndon"."""
    if not a or not b:
        return False
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    sa, sb = skeleton(a), skeleton(b)
    return sa == sb or fuzz.ratio(sa, sb) >= 80


@dataclass
class Pins:
    """User decisions: names that are one actor (merges) and names that never are (splits)."""

    merges: list[tuple[str, list[str]]] = field(default_factory=list)  # (display name, names)
    splits: list[list[str]] = field(default_factory=list)
    digest: str = ""

    def __post_init__(self) -> None:
        self._merge_of: dict[str, int] = {}
        for i, (name, names) in enumerate(self.merges):
            for n in [name, *names]:
                self._merge_of.setdefault(fold(n), i)
        self._split_of: dict[str, list[tuple[int, int]]] = {}
        for g, group in enumerate(self.splits):
            for i, n in enumerate(group):
                self._split_of.setdefault(fold(n), []).append((g, i))

    def merge_for(self, names: Iterable[str]) -> tuple[str, list[str]] | None:
        for n in names:
            i = self._merge_of.get(fold(n))
            if i is not None:
                return self.merges[i]
        return None

    def split_conflict(self, names_a: Iterable[str], names_b: Iterable[str]) -> bool:
        """True when a split pin puts a name of ``a`` and a name of ``b`` on different sides."""
        if not self.splits:
            return False
        sides_a = {s for n in names_a for s in self._split_of.get(fold(n), [])}
        if not sides_a:
            return False
        sides_b = {s for n in names_b for s in self._split_of.get(fold(n), [])}
        return any(ga == gb and ia != ib for ga, ia in sides_a for gb, ib in sides_b)

    @classmethod
    def load(cls, path: str | Path | None, include_known: bool = True) -> Pins:
        """Pins from a YAML file (see ``lexicon/actor_pins.yaml``) plus the known actors'
        spelling variants shipped in ``lexicon/known_actors.yaml``."""
        merges: list[tuple[str, list[str]]] = []
        splits: list[list[str]] = []
        raw = ""
        if path is not None:
            p = Path(path)
            raw, data = read_yaml_mapping(p, "pins file", "'merge:' and/or 'split:' lists")
            merges += [_merge_entry(e, p) for e in data.get("merge") or []]
            for e in data.get("split") or []:
                if not isinstance(e, list) or len(e) < 2:
                    raise InputError(f"pins file {p}: each split is a list of two or more names")
                splits.append([str(x) for x in e])
        if include_known:
            merges += known_actor_merges()
        digest = hashlib.sha256(
            (raw + repr(merges) + repr(splits)).encode("utf-8")).hexdigest()[:16]
        return cls(merges, splits, digest)


def _merge_entry(entry: Any, path: Path) -> tuple[str, list[str]]:
    if isinstance(entry, list) and entry:
        return str(entry[0]), [str(x) for x in entry[1:]]
    if isinstance(entry, Mapping) and entry.get("name"):
        return str(entry["name"]), [str(x) for x in entry.get("aliases") or []]
    raise InputError(f"pins file {path}: each merge is a list of names (the first is shown) "
                     "or {name: ..., aliases: [...]}")


def known_actor_merges() -> list[tuple[str, list[str]]]:
    """Spelling variants from the known-actors lexicon, as merge pins (a broken user
    lexicon stops with its :class:`LexiconError`, never silently drops them)."""
    people = lexicon.load("known_actors").get("people") or []
    out = []
    for p in people:
        if isinstance(p, Mapping) and p.get("name") and p.get("aliases"):
            out.append((str(p["name"]), [str(a) for a in p["aliases"]]))
    return out


@dataclass
class Candidate:
    """A cross-article actor as the matcher sees it."""

    id: int
    name: str
    kind: str
    role: str | None
    country: str | None
    keys: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    last_seen: Any = None  # datetime.date of the newest article seen in


def actor_keys(name: str, kind: str, country: str | None, aliases: Iterable[str]) -> set[str]:
    """Every matching key an article's actor contributes."""
    keys = {f"n:{fold(name)}"} if fold(name) else set()
    keys |= {f"a:{fold(a)}" for a in aliases if is_name(a)}
    if kind == "person":
        words = name_tokens(name)
        if words:
            keys.add(f"s:{skeleton(words[-1])}")
        if len(words) >= 2:
            keys.add(f"p:{skeleton(words[0])} {skeleton(words[-1])}")
            if country:  # for the fuzzy surname rule, which needs the same country
                keys.add(f"f:{skeleton(words[0])} {country}")
    if kind == "country" and country:
        keys.add(f"c:{country}")
    return {k[:MAX_KEY] for k in keys}


def lookup_keys(name: str, kind: str, country: str | None, aliases: Iterable[str]) -> set[str]:
    """The keys to look candidates up by (a superset of what ``choose`` needs)."""
    keys = actor_keys(name, kind, country, aliases)
    if kind in ORG_KINDS:  # "SDF" finds the actor seen as "Syrian Democratic Forces" (SDF)
        keys |= {f"a:{fold(name)}"[:MAX_KEY]} | {
            f"n:{fold(a)}"[:MAX_KEY] for a in aliases if is_name(a)}
    if kind == "person":
        # aliases of persons may be surname-only mentions ("Zelenskiy"): look those up too
        keys |= {f"s:{skeleton(w[-1])}"[:MAX_KEY] for a in aliases if (w := name_tokens(a))}
    return keys


def choose(name: str, kind: str, role: str | None, country: str | None,
           aliases: list[str], candidates: list[Candidate], pins: Pins) -> Candidate | None:
    """The existing actor this article's actor is, or None for a new one."""
    mine = [name, *aliases]
    pool = [c for c in candidates if not pins.split_conflict(mine, [c.name, *c.aliases])
            and not (c.country and country and c.country != country)]
    if kind == "country":
        same = [c for c in pool if c.kind == "country" and (
            (country and f"c:{country}" in c.keys) or f"n:{fold(name)}" in c.keys)]
        return same[0] if same else None
    if kind in ORG_KINDS:
        names = {f"n:{fold(n)}" for n in mine} | {f"a:{fold(n)}" for n in mine}
        same = [c for c in pool if c.kind in ORG_KINDS and names & c.keys]
        return _best(same, role, country)
    if kind != "person":
        same = [c for c in pool if c.kind == kind and f"n:{fold(name)}" in c.keys]
        return _best(same, role, country)
    persons = [c for c in pool if c.kind == "person"]
    words = name_tokens(name)
    if not words:
        return None
    surname = f"s:{skeleton(words[-1])}"
    if len(words) >= 2:
        full = f"p:{skeleton(words[0])} {skeleton(words[-1])}"
        exact = [c for c in persons if full in c.keys or f"n:{fold(name)}" in c.keys]
        if exact:
            return _best(exact, role, country)
        # a surname-only actor seen before, with evidence: "Scholz" (DEU) becomes Olaf Scholz
        lone = [c for c in persons if surname in c.keys and len(name_tokens(c.name)) == 1
                and _evidence(c, role, country)]
        if len(lone) == 1:
            return lone[0]
        # same surname, compatible first name ("Volodymyr"/"Wolodymyr"), with evidence
        near = [c for c in persons if surname in c.keys and len(name_tokens(c.name)) >= 2
                and first_names_match(words[0], name_tokens(c.name)[0])
                and _evidence(c, role, country)]
        if near:
            return _best(near, role, country)
        # same first name, surname spelt differently ("Gaddafi"/"Qaddafi"), same country
        first = f"f:{skeleton(words[0])} {country}"
        fuzzy = [c for c in persons if first in c.keys and country and c.country == country
                 and fuzz.ratio(skeleton(words[-1]), skeleton(name_tokens(c.name)[-1])) >= 85]
        return _best(fuzzy, role, country)
    # a lone surname: only with evidence, and only when one actor fits best
    fits = [c for c in persons if surname in c.keys and _evidence(c, role, country)]
    if not fits:
        # the same bare name with the same (or no) role and country is one "unresolved"
        # actor, never a full-named person: a surname does not become a new actor per article
        bare = [c for c in persons if f"n:{fold(name)}" in c.keys and c.country == country
                and fold(c.role or "") == fold(role or "") and len(name_tokens(c.name)) == 1]
        return _best(bare, role, country)
    scored = sorted(fits, key=lambda c: -_score(c, role, country))
    if len(scored) > 1 and _score(scored[0], role, country) == _score(scored[1], role, country):
        return None  # two people share the surname and nothing tells them apart
    return scored[0]


def _evidence(c: Candidate, role: str | None, country: str | None) -> bool:
    return bool(country and c.country == country) or same_role(c.role, role)


def _score(c: Candidate, role: str | None, country: str | None) -> int:
    return 2 * bool(country and c.country == country) + same_role(c.role, role)


def _best(cands: list[Candidate], role: str | None, country: str | None) -> Candidate | None:
    if not cands:
        return None
    return sorted(cands, key=lambda c: (-_score(c, role, country), c.id))[0]
