"""Fixtures for the store tests: one store per backend (SQLite file, real PostgreSQL).

Import with ``from store_fixtures import *``. PostgreSQL comes from ``$STANCEMAP_TEST_PG``
(default the local ``stancemap`` role); each test session creates its own databases and
drops them afterwards. Without a reachable server the PostgreSQL cases are skipped.

The documents ``handmade_docs`` returns are HAND-MADE stancemap/1 documents for the query
tests: the texts are real Wikinews articles (CC BY 2.5, "Wikinews contributors", see
fixtures/store/README.md) and every offset points into them, but the actors, claims and
events were coded by hand, and the excerpt document's date was assigned for ``changes``.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from stancemap.model import document_id

FIXTURES = Path(__file__).parent / "fixtures" / "store"
PG_DEFAULT = "postgresql+psycopg://stancemap:stancemap@127.0.0.1:5432/stancemap"
BACKENDS = ["sqlite", "postgresql"]

__all__ = ["FIXTURES", "backend", "pg_server", "store_url", "store", "filled_store",
           "handmade_docs", "new_pg_database"]


# ------------------------------------------------------------------ PostgreSQL databases

class PgServer:
    """Creates throwaway databases on the test server; drops them all at the end."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self.url = make_url(url).set(drivername="postgresql+psycopg")
        self.created: list[str] = []

    def _admin(self):
        import psycopg

        u = self.url
        return psycopg.connect(host=u.host, port=u.port or 5432, user=u.username,
                               password=u.password, dbname=u.database or "postgres",
                               autocommit=True, connect_timeout=5)

    def new_database(self) -> str:
        name = f"stancemap_test_{uuid.uuid4().hex[:12]}"
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self._admin() as conn:
            for name in self.created:
                conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer | None]:
    server = PgServer(os.environ.get("STANCEMAP_TEST_PG", PG_DEFAULT))
    try:
        server._admin().close()
    except Exception as exc:  # noqa: BLE001
        yield None
        print(f"PostgreSQL unreachable ({exc}); PostgreSQL store tests skipped")
        return
    yield server
    server.drop_all()


def new_pg_database(pg_server: PgServer | None) -> str:
    if pg_server is None:
        pytest.skip("PostgreSQL is not reachable; set STANCEMAP_TEST_PG or run "
                    "scripts/services.sh")
    return pg_server.new_database()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def store_url(backend: str, tmp_path: Path, pg_server) -> str:
    """A URL for a brand-new, empty store on the backend."""
    if backend == "sqlite":
        return str(tmp_path / "stancemap.db")
    return new_pg_database(pg_server)


@pytest.fixture
def store(store_url: str):
    from stancemap.store.db import open_store

    s = open_store(store_url)
    yield s
    s.close()


@pytest.fixture(scope="module", params=BACKENDS)
def filled_store(request, tmp_path_factory, pg_server):
    """A store holding the hand-made documents, shared by a module's query tests."""
    from stancemap.store.db import open_store
    from stancemap.store.ingest import ingest_documents

    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("filled") / "stancemap.db")
    else:
        url = new_pg_database(pg_server)
    s = open_store(url)
    report = ingest_documents(s, handmade_docs())
    assert report.stored == len(handmade_docs()) and not report.failures, report.failures
    yield s
    s.close()


# ------------------------------------------------------------------ hand-made documents


def _text(name: str) -> str:
    return (FIXTURES / f"wikinews-{name}.txt").read_text("utf-8")


class DocBuilder:
    """Builds a contract document over a real text; offsets are found, never typed."""

    def __init__(self, text: str, source: str, title: str, published: str | None) -> None:
        self.text = text
        self.doc: dict[str, Any] = {
            "schema": "stancemap/1",
            "document": {"id": document_id(text), "source": source,
                         "url": source if source.startswith("http") else None,
                         "title": title, "published": published, "language": "en"},
            "text": text, "actors": [], "claims": [], "events": []}

    def span(self, needle: str) -> dict[str, Any]:
        start = self.text.index(needle)
        return {"start": start, "end": start + len(needle), "text": needle}

    def actor(self, aid: str, name: str, kind: str, role: str | None, country: str | None,
              mentions: list[str], aliases: list[str] | None = None) -> None:
        spans = []
        for m in mentions:
            s = self.span(m)
            spans.append({"start": s["start"], "end": s["end"]})
        self.doc["actors"].append({"id": aid, "name": name, "kind": kind, "role": role,
                                   "country": country, "aliases": aliases or [],
                                   "mentions": spans})

    def claim(self, speakers: list[str], stance: str, target: str, issue: str | None,
              evidence: str, predicate: str, conditions: list[str] | None = None,
              quote: str = "none") -> None:
        n = len(self.doc["claims"]) + 1
        self.doc["claims"].append({
            "id": f"c{n}", "speakers": speakers, "speaker_text": speakers[0],
            "predicate": predicate, "stance": stance, "target": target, "issue": issue,
            "conditions": conditions or [], "quote": quote, "evidence": self.span(evidence),
            "confidence": 0.9, "topic": None})

    def event(self, kind: str, plover: str | None, description: str, evidence: str,
              participants: list[str], status: str = "held", location: str | None = None,
              date: str | None = None, date_text: str | None = None) -> None:
        n = len(self.doc["events"]) + 1
        self.doc["events"].append({
            "id": f"e{n}", "kind": kind, "plover": plover, "description": description,
            "location": location, "date": date, "date_text": date_text, "status": status,
            "participants": participants, "convener": None, "evidence": self.span(evidence),
            "recipients": [], "mode": None})


def handmade_docs() -> list[dict[str, Any]]:
    """Four hand-made documents (see the module docstring) for the query tests."""
    docs = []
    full = _text("pelosi-impeachment-inquiry")
    # an excerpt (the article's own sentence on Pelosi's earlier stance), dated by hand
    excerpt = "Pelosi had previously opposed impeachment proceedings."
    b = DocBuilder(excerpt, "handmade:pelosi-earlier", "Pelosi on impeachment (excerpt)",
                   "2019-05-01")
    b.actor("nancy-pelosi", "Nancy Pelosi", "person", "Speaker", "USA", ["Pelosi"])
    b.claim(["nancy-pelosi"], "oppose", "impeachment proceedings", "impeachment",
            "Pelosi had previously opposed impeachment proceedings.", "opposed")
    docs.append(b.doc)

    b = DocBuilder(full, "https://en.wikinews.org/wiki/"
                   "US_Speaker_Pelosi_announces_Trump_impeachment_investigation",
                   "US Speaker Pelosi announces Trump impeachment investigation", "2019-09-25")
    b.actor("nancy-pelosi", "Nancy Pelosi", "person", "Speaker", "USA",
            ["Nancy Pelosi", "Pelosi"], ["Pelosi"])
    b.actor("donald-trump", "Donald Trump", "person", "President", "USA",
            ["Donald Trump", "Trump"], ["Trump"])
    b.actor("doug-collins", "Doug Collins", "person", "Representative", "USA",
            ["Doug Collins"])
    b.actor("jerrold-nadler", "Jerrold Nadler", "person", "Chairman", "USA",
            ["Jerrold Nadler"])
    b.actor("volodymyr-zelensky", "Volodymyr Zelensky", "person", "President", "UKR",
            ["Volodymyr Zelensky"], ["Zelensky"])
    b.claim(["nancy-pelosi"], "support", "an impeachment inquiry into the conduct of United "
            "States President Donald Trump", "impeachment",
            "Nancy Pelosi, the Speaker of the House of Representatives, announced that she "
            "would be launching an impeachment inquiry", "announced")
    b.claim(["doug-collins"], "oppose", "a formal inquiry", "impeachment",
            'Republican committee member Doug Collins of Georgia said on Twitter, "Until the '
            'full House votes to authorize an inquiry, nobody is conducting a formal inquiry."',
            "said", ["Until the full House votes to authorize an inquiry"], "direct")
    b.claim(["jerrold-nadler"], "support", "an impeachment inquiry", "impeachment",
            "Democratic committee chairman Jerrold Nadler of New York has repeatedly "
            "maintained an impeachment inquiry is what the committee is already doing.",
            "maintained")
    b.claim(["donald-trump"], "oppose", "the impeachment investigation", "impeachment",
            'Trump, responding to Pelosi\'s announcement via Twitter, attacked the impeachment '
            'investigation as "Witch Hunt garbage."', "attacked")
    b.event("call", "CONSULT", "a phone call in late July",
            "in a phone call in late July, Trump might have encouraged newly elected "
            "Ukrainian president Volodymyr Zelensky", ["donald-trump", "volodymyr-zelensky"],
            date_text="late July")
    docs.append(b.doc)

    b = DocBuilder(_text("trump-syria-withdrawal"), "https://en.wikinews.org/wiki/"
                   "US_President_Trump_announces_troop_withdrawal_from_Syria",
                   "US President Trump announces troop withdrawal from Syria", "2019-10-08")
    # a lone surname with role and country: must merge with Donald Trump of the other doc
    b.actor("trump", "Trump", "person", "President", "USA", ["Trump"])
    b.actor("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "person", "President", "TUR",
            ["Recep Tayyip Erdoğan", "Erdogan"], ["Erdogan"])
    b.actor("syrian-democratic-forces", "Syrian Democratic Forces", "organization", None,
            "SYR", ["Syrian Democratic Forces"], ["SDF"])
    b.actor("nikki-haley", "Nikki Haley", "person", "Ambassador", "USA", ["Nikki Haley"])
    b.actor("brett-mcgurk", "Brett McGurk", "person", "Special Presidential Envoy", "USA",
            ["Brett McGurk"])
    b.claim(["trump"], "support", "US troops would be leaving Syria", "troop withdrawal",
            "announced US troops would be leaving Syria", "announced")
    b.claim(["syrian-democratic-forces"], "oppose", "the withdrawal", "troop withdrawal",
            "the Syrian Democratic Forces (SDF), opposed the withdrawal", "opposed")
    b.claim(["nikki-haley"], "oppose", "Leaving them to die", "troop withdrawal",
            "Leaving them to die is a big mistake.", "wrote", quote="direct")
    b.claim(["brett-mcgurk"], "oppose", "the decision", "troop withdrawal",
            "also  criticized the decision via Twitter", "criticized")
    b.event("call", "CONSULT", "a phone conversation",
            "Trump had a phone conversation with Turkish President Recep Tayyip Erdoğan",
            ["trump", "recep-tayyip-erdogan"], date="2019-10-06", date_text="Sunday")
    docs.append(b.doc)

    b = DocBuilder(_text("iraq-parliament-us-troops"), "https://en.wikinews.org/wiki/"
                   "Iraqi_Parliament_votes_for_expulsion_of_United_States_troops",
                   "Iraqi Parliament votes for expulsion of United States troops", "2020-01-06")
    b.actor("parliament-of-iraq", "Parliament of Iraq", "organization", None, "IRQ",
            ["Parliament of Iraq"])
    b.actor("adil-abdul-mahdi", "Adil Abdul-Mahdi", "person", "Prime Minister", "IRQ",
            ["Adil Abdul-Mahdi"])
    b.actor("morgan-ortagus", "Morgan Ortagus", "person", "spokesperson", "USA",
            ["Morgan Ortagus"])
    b.actor("united-states", "United States", "country", None, "USA",
            ["United States"], ["US"])
    b.claim(["parliament-of-iraq"], "support", "expel United States troops from the country",
            "troop withdrawal", "the Parliament of Iraq voted on a resolution to expel United "
            "States troops from the country", "voted")
    b.claim(["adil-abdul-mahdi"], "support", "the United States troops in Iraq withdraw",
            "troop withdrawal", "Adil Abdul-Mahdi, the caretaker Prime Minister, recommended "
            "the United States troops in Iraq withdraw", "recommended")
    b.claim(["morgan-ortagus", "united-states"], "oppose", "the Parliament's decision",
            "troop withdrawal", "indicated the United States was disappointed by the "
            "Parliament's decision", "indicated")
    b.event("vote", "CONSULT", "voted on a resolution to expel United States troops",
            "the Parliament of Iraq voted on a resolution to expel United States troops",
            ["parliament-of-iraq"], date="2020-01-05", date_text="Yesterday")
    b.event("attack", "ASSAULT", "the strike",
            "The strike took place in Iraq, at Baghdad International Airport.",
            ["united-states"], location="Baghdad International Airport")
    docs.append(b.doc)
    return docs
