"""Whom "he" and "she" can stand for: a person's gender as the article shows it.

Pronoun rules pick the nearest fitting person; without this, "She asked voters…" after a
sentence about Alexander Lukashenko is Lukashenko. A person is a woman or a man when a
title or role word says so in or just before one of their mentions ("Mrs May",
"spokeswoman Morgan Ortagus"), else when their first name is clearly one gender
(``lexicon/first_names.tsv.gz``, see ``scripts/first_names.py``). When nothing says, the
person fits any pronoun: the check only ever removes a candidate that contradicts it.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from importlib import resources

from anyascii import anyascii

from stancemap import lexicon
from stancemap.model import Actor

FEMALE, MALE = "f", "m"
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
LOOK_BACK = 40  # characters before a mention where its title may stand ("Queen …")


@dataclass(frozen=True)
class GenderWords:
    pronouns: dict[str, str]  # "she" -> f
    words: dict[str, str]  # "spokeswoman" -> f (one word or two: "first lady")


@lexicon.cached
def gender_words() -> GenderWords:
    data = lexicon.load("names").get("gender") or {}

    def table(key: str) -> dict[str, str]:
        part = data.get(key) or {}
        out = {str(w).lower(): FEMALE for w in part.get("female") or ()}
        out.update({str(w).lower(): MALE for w in part.get("male") or ()})
        return out

    return GenderWords(pronouns=table("pronouns"), words=table("words"))


@lexicon.cached
def first_names() -> dict[str, str]:
    """Given name (lower case) → f, m, or "-" when borne by women and men alike."""
    path = resources.files("stancemap.lexicon").joinpath("first_names.tsv.gz")
    out: dict[str, str] = {}
    with gzip.open(path.open("rb"), "rt", encoding="utf-8") as rows:
        for row in rows:
            if row.startswith("#"):
                continue
            name, _, gender = row.rstrip("\n").partition("\t")
            out[name] = gender
    return out


def given_name(word: str) -> str | None:
    """f, m or "-" when ``word`` is a given name ("Gáspár" as "gaspar" too), else None."""
    names = first_names()
    low = word.lower()
    return names.get(low) or names.get(anyascii(low))


def pronoun_gender(word: str) -> str | None:
    return gender_words().pronouns.get(word.lower())


# A possessive in an aside right after a name ("Tea Seiha, for his part, urged …",
# "Kabamba, in her statement, said …"): whose it is, the name's.
_ASIDE = re.compile(r",\s+\w+\s+(his|her)\s+\w+,", re.IGNORECASE)


def _said_by_words(words: list[str]) -> str | None:
    table = gender_words().words
    found = {table[w] for w in words if w in table}
    found |= {table[f"{a} {b}"] for a, b in zip(words, words[1:], strict=False)
              if f"{a} {b}" in table}
    return found.pop() if len(found) == 1 else None


def actor_gender(actor: Actor, text: str) -> str | None:
    """f, m, or None when the article and the name do not say (or say both)."""
    if actor.kind != "person":
        return None
    if actor.role and (said := _said_by_words(_WORD.findall(actor.role.lower()))):
        return said
    for m in actor.mentions:
        before = _WORD.findall(text[max(m.start - LOOK_BACK, 0):m.start].lower())[-2:]
        inside = _WORD.findall(text[m.start:m.end].lower())
        if said := _said_by_words(before + inside[:-1]):
            return said
        aside = _ASIDE.match(text, m.end)  # "Tea Seiha, for his part, urged …"
        if aside and (said := pronoun_gender(aside.group(1))):
            return said
    words = _WORD.findall(actor.name)
    if len(words) < 2:  # a lone name may be a surname ("Lee", "Park")
        return None
    gender = given_name(words[0])
    return gender if gender in {FEMALE, MALE} else None


class GenderCheck:
    """Per document: may this pronoun stand for this actor? (genders worked out once)"""

    def __init__(self, text: str) -> None:
        self.text = text
        self._known: dict[str, str | None] = {}

    def fits(self, pronoun: str, actor: Actor) -> bool:
        wanted = pronoun_gender(pronoun)
        if wanted is None or actor.kind != "person":
            return True
        if actor.id not in self._known:
            self._known[actor.id] = actor_gender(actor, self.text)
        got = self._known[actor.id]
        return got is None or got == wanted
