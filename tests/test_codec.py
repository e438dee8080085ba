"""The codec round trip: fresh extractor output → store rows (SQLite file and PostgreSQL) →
``from_rows`` gives back every contract field of every document, actor, claim and event.

The input is real: the bundled Wikinews examples read with the project's readers, plus one
paragraph of another Wikinews article because the examples have no event with a convener
("Radio host Don Imus dies aged 79", 2019-12-30,
https://en.wikinews.org/wiki/Radio_host_Don_Imus_dies_aged_79, Wikinews contributors,
CC BY 2.5, quoted unchanged).

Nothing is skipped. A field is compared by iterating ``dataclasses.fields``, and
``test_the_texts_exercise_every_field`` asserts that each field has a non-empty value
somewhere in the input, so a field added to the model but not to the codec comes back
empty and fails the comparison (or, if no text fills it yet, fails the coverage test).

Normalisation of what the store assigns: the ``Document`` holds only the article's own
actor ids (``local_id`` columns), so it is compared exactly. The store's cross-article ids
(``actor_id`` on speakers, participants, ``convener_id``; the export's ``actor`` key) are
compared through those local ids: each must be the cross-article actor that the article
actor of the same local id was merged into.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import fields, is_dataclass
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from stancemap.model import Actor, Claim, Document, DocumentMeta, Event, Evidence, RawDocument, Span
from stancemap.store.codec import Rows, from_rows, load_rows, to_rows
from stancemap.store.identity import Pins
from stancemap.store.issue_finder import IssueFinder
from stancemap.store.issues import IssueRules
from stancemap.store.tables import actors
from store_fixtures import *  # noqa: F403
from store_fixtures import BACKENDS, new_pg_database

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "wikinews-politics.jsonl"
CONVENER_TEXT = (
    'The account for The Bernie and Sid Show, which replaced Imus in the Morning, hosted by '
    'Bernard McGuirk and Sid Rosenberg, who both worked for Imus, tweeted: "I-Man. We salute '
    'you. You paved the way for us and many more. A radio legend indeed. RIP #Imus".')
CONVENER_RAW = RawDocument(CONVENER_TEXT, "test_codec:imus", "Radio host Don Imus dies aged 79",
                           "2019-12-30",
                           "https://en.wikinews.org/wiki/Radio_host_Don_Imus_dies_aged_79")
# every dataclass a Document is made of: each must be compared field by field
PARTS = (Document, DocumentMeta, Actor, Span, Claim, Evidence, Event)


@pytest.fixture(scope="module")
def extracted() -> list[Document]:
    """The extractor's output for the real texts, as ``stancemap extract`` gives it."""
    from stancemap.pipeline import extract_many
    from stancemap.read import iter_inputs

    raws = [*iter_inputs([EXAMPLES]), CONVENER_RAW]
    assert all(isinstance(r, RawDocument) for r in raws), raws
    docs = list(extract_many(raws))
    assert len(docs) == len(raws) == 8
    return docs


@pytest.fixture(scope="module", params=BACKENDS)
def stored(request, tmp_path_factory, pg_server, extracted):
    """A store (SQLite file in tmp_path, or a fresh PostgreSQL database) holding
    ``extracted``, written by the store's only writer."""
    from stancemap.store.db import open_store
    from stancemap.store.write import store_document

    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("codec") / "stancemap.db")
    else:
        url = new_pg_database(pg_server)
    store = open_store(url)
    pins, rules = Pins.load(None), IssueRules.load(None)
    finder = IssueFinder(rules)
    for doc in extracted:
        with store.writer().begin() as conn:
            assert store_document(conn, doc, pins, rules, finder) is not None
        finder.committed()
    yield store
    store.close()


# ------------------------------------------------------------------ field-by-field comparison


def compare(want: Any, got: Any, where: str, seen: dict[type, set[str]]) -> list[str]:
    """Differences between ``want`` and ``got``, walking every dataclass field (recorded in
    ``seen``) and every list item; equal values give no entry."""
    if is_dataclass(want):
        if type(got) is not type(want):
            return [f"{where}: {type(got).__name__} instead of {type(want).__name__}"]
        out = []
        for f in fields(want):
            seen[type(want)].add(f.name)
            out += compare(getattr(want, f.name), getattr(got, f.name), f"{where}.{f.name}",
                           seen)
        return out
    if isinstance(want, list):
        if not isinstance(got, list) or len(got) != len(want):
            return [f"{where}: {got!r} instead of {want!r}"]
        return [d for i, (w, g) in enumerate(zip(want, got, strict=True))
                for d in compare(w, g, f"{where}[{i}]", seen)]
    if type(got) is not type(want) or got != want:
        return [f"{where}: {got!r} instead of {want!r}"]
    return []


def assert_same(want: list[Document], got: list[Document]) -> None:
    seen: dict[type, set[str]] = defaultdict(set)
    diffs = [d for w, g in zip(want, got, strict=True)
             for d in compare(w, g, w.document.source, seen)]
    assert not diffs, "\n".join(diffs[:20])
    for part in PARTS:  # nothing a Document is made of went uncompared
        assert seen[part] == {f.name for f in fields(part)}, part.__name__


def informative(value: Any) -> bool:
    return value not in (None, "", [], 0, 0.0)


def test_the_texts_exercise_every_field(extracted):
    """Each field of each part has a non-empty value somewhere, so dropping it shows."""
    items: dict[type, list[Any]] = {
        DocumentMeta: [d.document for d in extracted],
        Actor: [a for d in extracted for a in d.actors],
        Span: [m for d in extracted for a in d.actors for m in a.mentions],
        Claim: [c for d in extracted for c in d.claims],
        Event: [e for d in extracted for e in d.events],
        Evidence: [x.evidence for d in extracted for x in (*d.claims, *d.events)],
        Document: extracted,
    }
    assert set(items) == set(PARTS)
    empty = [f"{part.__name__}.{f.name}" for part, xs in items.items() for f in fields(part)
             if not any(informative(getattr(x, f.name)) for x in xs)]
    # mentions start at 0 only for the first word; every other field must be filled somewhere
    assert empty == [], f"no input text fills {empty}: add a real text that does"


def test_rows_round_trip_without_a_database(extracted):
    """``from_rows(to_rows(doc))`` and ``Document.from_dict(doc.to_dict())`` give ``doc``."""
    assert_same(extracted, [from_rows(to_rows(d)) for d in extracted])
    assert_same(extracted, [Document.from_dict(json.loads(json.dumps(d.to_dict())))
                            for d in extracted])


def test_events_stored_before_recipients_read_as_having_none(extracted):
    """Rows written before migration 0004 hold NULL recipients and mode."""
    doc = next(d for d in extracted if any(e.recipients for e in d.events))
    rows = to_rows(doc)
    for r in rows.events:
        r.update(recipients=None, mode=None)
    back = from_rows(rows)
    assert [(e.recipients, e.mode) for e in back.events] == [([], None)] * len(doc.events)


def read_back(store, ids: list[str]) -> dict[str, Rows]:
    with store.engine.connect() as conn:
        return load_rows(conn, ids)


def test_store_round_trip(stored, extracted):
    """Every field of every document read back from the store equals the extractor's."""
    rows = read_back(stored, [d.document.id for d in extracted])
    assert set(rows) == {d.document.id for d in extracted}
    assert_same(extracted, [from_rows(rows[d.document.id]) for d in extracted])


def test_store_links_follow_the_article_ids(stored, extracted):
    """The store-assigned actor ids, normalised through the article's own ids: every
    speaker, participant and convener row points to the cross-article actor its article
    actor was merged into; counts on the document row match."""
    rows = read_back(stored, [d.document.id for d in extracted])
    checked = defaultdict(int)
    for doc in extracted:
        r = rows[doc.document.id]
        merged = {a["local_id"]: a["actor_id"] for a in r.doc_actors}
        assert set(merged) == {a.id for a in doc.actors}
        for child in (*r.claim_speakers, *r.event_participants):
            assert child["actor_id"] == merged[child["local_id"]]
            checked["links"] += 1
        for e in r.events:
            want = merged[e["convener_local"]] if e["convener_local"] else None
            assert e["convener_id"] == want
            checked["conveners"] += want is not None
        assert (r.document["n_actors"], r.document["n_claims"], r.document["n_events"]) == (
            len(doc.actors), len(doc.claims), len(doc.events))
    assert checked["links"] and checked["conveners"]


def test_json_export_gives_back_the_documents(stored, extracted):
    """`stancemap export --format json`: each line is the extractor's document JSON, plus
    ``actor`` on each actor (the key of the cross-article actor, checked against the
    actors table, then dropped)."""
    from stancemap.store.export import write_json

    out = StringIO()
    with stored.session() as s:
        assert write_json(s, out) == len(extracted)
        keys = dict(s.execute(select(actors.c.id, actors.c.key)).all())
    rows = read_back(stored, [d.document.id for d in extracted])
    got = {}
    for line in out.getvalue().splitlines():
        d = json.loads(line)
        merged = {a["local_id"]: keys[a["actor_id"]]
                  for a in rows[d["document"]["id"]].doc_actors}
        for a in d["actors"]:
            assert a.pop("actor") == merged[a["id"]]
        got[d["document"]["id"]] = d
    assert got == {d.document.id: d.to_dict() for d in extracted}


def test_plover_export_matches_the_extractor(stored, extracted):
    """PLOVER records from the store equal those from the extractor's output (recipients
    and mode included)."""
    from stancemap.export.plover import plover_records
    from stancemap.store.export import write_plover

    out = StringIO()
    with stored.session() as s:
        write_plover(s, out)
    got = sorted(out.getvalue().splitlines())
    want = sorted(json.dumps(rec, ensure_ascii=False, default=str)
                  for d in extracted for rec in plover_records(d))
    assert got == want
    assert any('"mode": ["' in line for line in got)
