"""Which stored issue each claim of an article belongs to.

An article arrives with its claims already grouped (the extractor gives every claim of one
question the same ``issue`` wording). Each group is placed, in this order of authority:
1. a user's decision: an edit recorded by `stancemap issues rename|merge|split`, or a named
   group of the issues file (``--issues``) — users stay in charge;
2. the same wording: an issue whose key (the wording's normalised words) is already stored
   — for a one-word key ("help") only if the meanings are close too (``wording_threshold``);
3. meaning: the nearest issue of the same topic whose centroid is at least
   ``grouping.threshold`` close (``issue_space.IssueIndex``);
4. else a new issue, with the group's wording as its label and the group's topic.

The index lives in memory for a whole ingest run and is loaded once from the store. It learns
each article's placements after the article (so later articles of the same batch can join
them); ``discard`` after a failed transaction makes it read the store again. Issues other
writers created are read at each ``refresh`` (every batch); wording keys are unique in the
database, so two writers never create the same issue twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import Connection, bindparam, select, update

from stancemap import meaning
from stancemap.issue_space import Grouping, IssueIndex, claim_vectors_many
from stancemap.store.db import insert_ignore
from stancemap.store.issues import IssueRules
from stancemap.store.tables import issues
from stancemap.topics import topic_of


@dataclass
class IssueFinder:
    rules: IssueRules
    grouping: Grouping = field(default_factory=Grouping.load)
    _index: IssueIndex | None = None
    _keys: dict[str, int] = field(default_factory=dict)  # committed wording key → issue id
    _pending: list[tuple[int, str, np.ndarray, str | None]] = field(default_factory=list)
    _seen: int = 0  # the highest issue id read from the store
    _written: int = 0  # how many of _pending have their centroid stored
    _learned: int = 0  # how many of _pending the index has learnt

    def load(self, conn: Connection) -> None:
        """(Re)read every stored issue's key, topic and vector."""
        self.start_empty()
        self.refresh(conn)

    def refresh(self, conn: Connection) -> None:
        """Learn the issues other writers created since the last look (ids above the highest
        seen), so parallel writers join each other's issues by meaning, not only by wording.
        Loads everything the first time."""
        if self._index is None:
            self.start_empty()
        assert self._index is not None
        q = select(issues.c.id, issues.c.key, issues.c.topic, issues.c.vector)
        for r in conn.execute(q.where(issues.c.id > self._seen).order_by(issues.c.id)):
            self._seen = max(self._seen, r.id)
            self._keys.setdefault(r.key, r.id)
            if r.vector is not None and r.id not in self._index:
                self._index.add(r.id, meaning.from_bytes(r.vector), r.topic)

    def start_empty(self) -> None:
        """Group from scratch (``remerge``): stored issues are not candidates."""
        self._index = IssueIndex(threshold=self.grouping.threshold)
        self._keys = {}
        self._pending = []
        self._written = 0
        self._learned = 0
        self._seen = 0

    def assign(self, conn: Connection, claims: Sequence[Mapping[str, Any]], title: str | None,
               forced: Mapping[int, str] | None = None, write: bool = True,
               vectors: np.ndarray | None = None) -> list[int]:
        """The issue id of each of ``claims`` (one article's contract claims), creating issues
        as needed in ``conn``'s transaction. ``forced``: claim position → label a user chose.
        ``write=False`` leaves the centroids to a later :meth:`write_vectors` (one statement
        for a batch of articles); ``vectors``: the claims' :meth:`vectors`, when the caller
        computed them for a whole batch at once."""
        if self._index is None:
            self.load(conn)
        assert self._index is not None
        if not claims:
            return []
        forced = forced or {}
        vecs = vectors if vectors is not None else self.vectors([(claims, title)])[0]
        groups: dict[tuple[str, bool], tuple[str, list[int]]] = {}
        for i, c in enumerate(claims):
            label = forced.get(i) or self.rules.group_label(c.get("issue"), c["target"])
            if label is not None:
                key, chosen = self.rules.key(label), True
            else:
                key, label = self.rules.resolve(c.get("issue"), c["target"])
                chosen = False
            groups.setdefault((key, chosen), (label, []))[1].append(i)
        out = [0] * len(claims)
        for (key, chosen), (label, members) in groups.items():
            vsum = vecs[members].sum(axis=0)
            topics = Counter(c for i in members if (c := claims[i].get("topic")))
            topic = topics.most_common(1)[0][0] if topics else topic_of(meaning.unit(vsum))
            iid = self._find(conn, key, label, vsum, topic, chosen)
            for i in members:
                out[i] = iid
        self._learn()
        if write:
            self.write_vectors(conn)
        return out

    def vectors(self, articles: Sequence[tuple[Sequence[Mapping[str, Any]], str | None]]
                ) -> list[np.ndarray]:
        """Each article's claim vectors (its contract claims and title), in one model call."""
        return claim_vectors_many([(
            [c["target"] for c in claims],
            [(c.get("evidence") or {}).get("text") or "" for c in claims],
            [title or ""] * len(claims),
            [c.get("issue") or c["target"] for c in claims]) for claims, title in articles],
            self.grouping)

    def _learn(self) -> None:
        """The index learns this article's placements, so the next article of the same
        batch (same transaction) can join its new issues; :meth:`discard` forgets them."""
        assert self._index is not None
        for iid, key, vsum, topic in self._pending[self._learned:]:
            if iid in self._index:
                self._index.set(iid, vsum)
            else:
                self._index.add(iid, vsum, topic)
            self._keys.setdefault(key, iid)
        self._learned = len(self._pending)

    def _find(self, conn: Connection, key: str, label: str, vsum: np.ndarray,
              topic: str | None, chosen: bool) -> int:
        assert self._index is not None
        iid = self._keyed(conn, key)
        refused = iid is not None and not chosen and " " not in key \
            and not self._close(iid, vsum)
        if refused:
            iid = None  # one word ("help") is not an identity unless the meaning agrees
        if iid is None and not chosen:
            iid = self._index.nearest(meaning.unit(vsum), topic)  # type: ignore[assignment]
        if iid is None and refused:
            # a new question worded by the same one word ("that decision" in a court story,
            # "a decision this year" in a takeover story): an issue of its own, under a key
            # told apart by its topic, and a number if that is taken by another question too
            key, iid = self._own_key(conn, key, topic, vsum)
        if iid is None:
            insert_ignore(conn, issues, [{"key": key, "label": label[:500], "n_claims": 0,
                                          "topic": topic}])
            iid = conn.execute(select(issues.c.id).where(issues.c.key == key)).scalar_one()
        if iid in self._index:
            old = self._index.vector_sum(iid)
            itopic = self._index.topic(iid)
        else:
            row = conn.execute(select(issues.c.vector, issues.c.topic)
                               .where(issues.c.id == iid)).one()
            old = meaning.from_bytes(row.vector) if row.vector is not None else 0 * vsum
            itopic = row.topic or topic
        for pend in reversed(self._pending):  # joined earlier in this same transaction
            if pend[0] == iid:
                old = pend[2]
                break
        self._pending.append((iid, key, old + vsum, itopic))
        return iid

    def _keyed(self, conn: Connection, key: str) -> int | None:
        """The issue stored under ``key``, if any."""
        iid = self._keys.get(key)
        if iid is None:
            iid = conn.execute(select(issues.c.id).where(issues.c.key == key)).scalar()
        return iid

    def _own_key(self, conn: Connection, word: str, topic: str | None, vsum: np.ndarray
                 ) -> tuple[str, int | None]:
        """A key for a one-word question the issue worded so refused: the word and the
        topic ("decision~Government operations"), then numbered; with the issue already
        stored under it when that one is near in meaning (the same question again)."""
        base = f"{word}~{topic or ''}"
        for n in range(1, 50):
            key = base if n == 1 else f"{base}~{n}"
            iid = self._keyed(conn, key)
            if iid is None or self._close(iid, vsum):
                return key, iid
        return f"{base}~{len(self._pending)}", None

    def write_vectors(self, conn: Connection) -> None:
        """Store the issues' new centroids (and topics) the last assignments made, one
        statement for all of them."""
        latest = {iid: (vec, topic) for iid, _, vec, topic in self._pending[self._written:]}
        self._written = len(self._pending)
        if latest:
            conn.execute(update(issues).where(issues.c.id == bindparam("iid")).values(
                vector=bindparam("vec"), topic=bindparam("top")),
                [{"iid": i, "vec": meaning.to_bytes(v), "top": t}
                 for i, (v, t) in sorted(latest.items())])

    def _close(self, iid: int, vsum: np.ndarray) -> bool:
        """Whether a group is near enough in meaning to the issue ``iid`` (one stored with
        no vector, e.g. from an older store, counts as near)."""
        assert self._index is not None
        if iid not in self._index:
            return True
        other = meaning.unit(self._index.vector_sum(iid))
        return float(meaning.unit(vsum) @ other) >= self.grouping.wording_threshold

    def committed(self) -> None:
        """The transaction holding the last assignments committed: what the index learnt
        from them stays."""
        self._pending = []
        self._written = 0
        self._learned = 0

    def discard(self) -> None:
        """The transaction failed: forget what it would have added (the index is read
        again from the store when next needed)."""
        if self._pending:
            self._index = None
            self._keys = {}
            self._seen = 0
        self._pending = []
        self._written = 0
        self._learned = 0
