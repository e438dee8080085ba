"""Issues across articles: a claim's issue (or target) wording → one normalised key.

The key is the set of content words after folding, crude singularising, the synonyms of
``lexicon/issues.yaml`` (plus a user file in the same format) and stop-word removal, so
"the EU's fiscal rules" and "fiscal rules of the EU" are one issue. A user file may also
name groups outright::

    synonyms:            # phrase → phrase, as in lexicon/issues.yaml
      troop deployment: peacekeepers
    issues:              # label → wordings that all mean this issue
      Peacekeepers in Ukraine: [peacekeepers, peacekeeping force, troop deployment]
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stancemap import lexicon
from stancemap.store.identity import fold
from stancemap.store.userfiles import read_yaml_mapping

MAX_KEY = 250


def singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass
class IssueRules:
    """Synonyms, stop words and named groups that turn wordings into issue keys."""

    synonyms: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    stop_words: frozenset[str] = frozenset()  # lexicon issues.yaml key_stop_words, stop_words
    groups: dict[frozenset[str], str] = field(default_factory=dict)  # wording key → label
    digest: str = ""
    _keys: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def words(self, text: str) -> list[str]:
        tokens = [singular(w) for w in fold(text).split()]
        out: list[str] = []
        i = 0
        longest = max((len(k) for k in self.synonyms), default=0)
        while i < len(tokens):
            for n in range(min(longest, len(tokens) - i), 0, -1):
                repl = self.synonyms.get(tuple(tokens[i:i + n]))
                if repl is not None:
                    out.extend(repl)
                    i += n
                    break
            else:
                out.append(tokens[i])
                i += 1
        return [w for w in out if w not in self.stop_words]

    def key_words(self, text: str) -> frozenset[str]:
        """The key words of ``text``; remembered, as every claim asks several times."""
        found = self._keys.get(text)
        if found is None:
            if len(self._keys) > 1 << 16:
                self._keys.clear()
            found = self._keys[text] = frozenset(self.words(text))
        return found

    def group_label(self, issue: str | None, target: str) -> str | None:
        """The label of the user's named group this claim's wording falls in, if any."""
        wording = issue if issue and issue.strip() else target
        words = self.key_words(wording)
        best: tuple[int, str] | None = None
        target_words = words | self.key_words(target)
        for group_words, label in self.groups.items():
            if group_words and group_words <= target_words:
                if best is None or len(group_words) > best[0]:
                    best = (len(group_words), label)
        return best[1] if best else None

    def resolve(self, issue: str | None, target: str) -> tuple[str, str]:
        """(key, label) for a claim; named groups win, then the issue wording, then target."""
        wording = issue if issue and issue.strip() else target
        label = self.group_label(issue, target)
        if label is not None:
            return self.key(label), label
        key = key_of(self.key_words(wording)) or fold(wording)[:MAX_KEY] or "unspecified"
        return key, " ".join(wording.split())[:500] or "unspecified"

    def key(self, label: str) -> str:
        """The key of an issue named ``label`` (by a user's group or edit)."""
        return key_of(self.key_words(label)) or fold(label)[:MAX_KEY] or "unspecified"

    def query_words(self, text: str) -> frozenset[str]:
        return self.key_words(text) or frozenset(fold(text).split())

    @classmethod
    def load(cls, user_file: str | Path | None = None) -> IssueRules:
        """The shipped ``issues`` lexicon (with ``$STANCEMAP_LEXICON``) plus ``user_file``."""
        # a broken user lexicon raises LexiconError: never silently lose every synonym
        datas: list[Mapping[str, Any]] = [lexicon.load("issues")]
        if user_file is not None:
            _, data = read_yaml_mapping(user_file, "issues file",
                                        "'synonyms:' and/or 'issues:'")
            datas.append(data)
        rules = cls()
        stop: set[str] = set()
        for data in datas:
            for key in ("key_stop_words", "stop_words"):
                stop |= {fold(str(w)) for w in data.get(key) or []}
        rules.stop_words = frozenset(stop)
        for data in datas:
            for k, v in (data.get("synonyms") or {}).items():
                src = tuple(singular(w) for w in fold(str(k)).split())
                if src:
                    rules.synonyms[src] = tuple(singular(w) for w in fold(str(v)).split())
        for data in datas:
            groups = data.get("issues") or {}
            items = groups.items() if isinstance(groups, Mapping) else [
                (g.get("label") or g.get("name"), g.get("synonyms") or g.get("aliases") or [])
                for g in groups if isinstance(g, Mapping)]
            for label, wordings in items:
                if not label:
                    continue
                for w in [label, *(wordings or [])]:
                    kw = rules.key_words(str(w))
                    if kw:
                        rules.groups[kw] = str(label)
        rules.digest = hashlib.sha256(
            (repr(sorted(rules.synonyms.items())) + repr(sorted(rules.stop_words))
             + repr(sorted((sorted(k), v) for k, v in rules.groups.items()))).encode()
        ).hexdigest()[:16]
        return rules


def key_of(words: frozenset[str]) -> str:
    return " ".join(sorted(words))[:MAX_KEY]
