"""A store for the web and report tests: the example articles plus hand-coded documents.

The example articles go through the real ingest (extraction included). Because the
extractor's claims and events are still growing, two hand-coded ``stancemap/1`` documents
with known claims and events are stored beside them (written for these tests, no license
needed), and one hostile article whose text and fields carry ``<script>``, ``onerror=`` and
``javascript:`` payloads that must render as text.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from stancemap.model import RawDocument, document_id

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "wikinews-politics.jsonl"

PARIS = (
    "European leaders met in Paris on Monday for emergency talks on Ukraine. "
    "German Chancellor Olaf Scholz said he opposed sending peacekeepers to Ukraine while the "
    "war continues. British Prime Minister Keir Starmer said Britain was ready to send "
    "peacekeepers to Ukraine if the United States provides a security backstop. Polish Prime "
    "Minister Donald Tusk called for raising defence spending across Europe. Scholz and Tusk "
    "backed easing EU fiscal rules for defence investment."
)
BRUSSELS = (
    "At the Brussels summit on Thursday, Olaf Scholz said Germany now supports sending "
    "peacekeepers to Ukraine after a ceasefire. Hungarian Prime Minister Viktor Orban "
    "rejected easing EU fiscal rules. Keir Starmer welcomed higher defence spending, and "
    "Donald Tusk said Poland would back sending peacekeepers to Ukraine."
)
PAYLOAD_SCRIPT = "<script>window.__pwned = 'script'</script>"
PAYLOAD_IMG = '<img src=x onerror="window.__pwned=\'img\'">'
PAYLOAD_LINK = '<a href="javascript:window.__pwned=\'link\'">click here</a>'
HOSTILE = (
    f"Minister Eve Mallory said {PAYLOAD_SCRIPT} she rejected the budget freeze. "
    f"Her office posted {PAYLOAD_IMG} and asked readers to {PAYLOAD_LINK}. "
    "Mallory met reporters in Lisbon on Friday."
)
# a sentence the search test looks for
KNOWN_SENTENCE = ("Polish Prime Minister Donald Tusk called for raising defence spending "
                  "across Europe.")


def _span(text: str, part: str) -> dict[str, Any]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def _actor(text: str, local: str, name: str, kind: str, role: str | None,
           country: str | None, *surfaces: str) -> dict[str, Any]:
    mentions = []
    for s in surfaces or (name,):
        i = text.find(s)
        if i >= 0:
            mentions.append({"start": i, "end": i + len(s)})
    return {"id": local, "name": name, "kind": kind, "role": role, "country": country,
            "aliases": [s for s in surfaces if s != name], "mentions": mentions}


def _claim(text: str, cid: str, speakers: list[str], speaker_text: str, predicate: str,
           stance: str, target: str, issue: str, evidence: str,
           conditions: list[str] | None = None) -> dict[str, Any]:
    return {"id": cid, "speakers": speakers, "speaker_text": speaker_text,
            "predicate": predicate, "stance": stance, "target": target, "issue": issue,
            "conditions": conditions or [], "quote": "indirect",
            "evidence": _span(text, evidence), "confidence": 0.9}


def _doc(text: str, source: str, title: str, published: str, actors: list, claims: list,
         events: list) -> dict[str, Any]:
    return {"schema": "stancemap/1",
            "document": {"id": document_id(text), "source": source,
                         "url": source if source.startswith("http") else None,
                         "title": title, "published": published, "language": "en"},
            "text": text, "actors": actors, "claims": claims, "events": events}


def curated_documents() -> list[dict[str, Any]]:
    """Two hand-coded articles with claims and events, and one hostile article."""
    t = PARIS
    paris = _doc(t, "fixtures/curated/paris-talks.txt", "Leaders meet in Paris on Ukraine",
                 "2025-02-17", [
                     _actor(t, "olaf-scholz", "Olaf Scholz", "person", "Chancellor", "DEU",
                            "Olaf Scholz", "Scholz"),
                     _actor(t, "keir-starmer", "Keir Starmer", "person", "Prime Minister",
                            "GBR", "Keir Starmer"),
                     _actor(t, "donald-tusk", "Donald Tusk", "person", "Prime Minister", "POL",
                            "Donald Tusk", "Tusk"),
                     _actor(t, "european-leaders", "European leaders", "group", None, "EUR",
                            "European leaders"),
                 ], [
                     _claim(t, "c1", ["olaf-scholz"], "German Chancellor Olaf Scholz", "opposed",
                            "oppose", "sending peacekeepers to Ukraine", "peacekeepers in Ukraine",
                            "German Chancellor Olaf Scholz said he opposed sending peacekeepers "
                            "to Ukraine while the war continues."),
                     _claim(t, "c2", ["keir-starmer"], "British Prime Minister Keir Starmer",
                            "was ready to send", "support", "sending peacekeepers to Ukraine",
                            "peacekeepers in Ukraine",
                            "British Prime Minister Keir Starmer said Britain was ready to send "
                            "peacekeepers to Ukraine if the United States provides a security "
                            "backstop.",
                            ["if the United States provides a security backstop"]),
                     _claim(t, "c3", ["donald-tusk"], "Polish Prime Minister Donald Tusk",
                            "called for", "support", "raising defence spending",
                            "defence spending", KNOWN_SENTENCE),
                     _claim(t, "c4", ["olaf-scholz", "donald-tusk"], "Scholz and Tusk", "backed",
                            "support", "easing EU fiscal rules", "EU fiscal rules",
                            "Scholz and Tusk backed easing EU fiscal rules for defence "
                            "investment."),
                 ], [{
                     "id": "e1", "kind": "talks", "plover": "CONSULT",
                     "description": "emergency talks on Ukraine", "location": "Paris",
                     "date": "2025-02-17", "date_text": "Monday", "status": "held",
                     "participants": ["european-leaders"], "convener": None,
                     "evidence": _span(t, "European leaders met in Paris on Monday for "
                                          "emergency talks on Ukraine."),
                 }])
    t = BRUSSELS
    brussels = _doc(t, "fixtures/curated/brussels-summit.txt", "Brussels summit", "2025-03-06", [
        _actor(t, "olaf-scholz", "Olaf Scholz", "person", "Chancellor", "DEU", "Olaf Scholz"),
        _actor(t, "viktor-orban", "Viktor Orban", "person", "Prime Minister", "HUN",
               "Viktor Orban"),
        _actor(t, "keir-starmer", "Keir Starmer", "person", "Prime Minister", "GBR",
               "Keir Starmer"),
        _actor(t, "donald-tusk", "Donald Tusk", "person", "Prime Minister", "POL", "Donald Tusk"),
    ], [
        _claim(t, "c1", ["olaf-scholz"], "Olaf Scholz", "supports", "support",
               "sending peacekeepers to Ukraine", "peacekeepers in Ukraine",
               "Olaf Scholz said Germany now supports sending peacekeepers to Ukraine after a "
               "ceasefire.", ["after a ceasefire"]),
        _claim(t, "c2", ["viktor-orban"], "Hungarian Prime Minister Viktor Orban", "rejected",
               "oppose", "easing EU fiscal rules", "EU fiscal rules",
               "Hungarian Prime Minister Viktor Orban rejected easing EU fiscal rules."),
        _claim(t, "c3", ["keir-starmer"], "Keir Starmer", "welcomed", "support",
               "higher defence spending", "defence spending",
               "Keir Starmer welcomed higher defence spending"),
        _claim(t, "c4", ["donald-tusk"], "Donald Tusk", "would back", "support",
               "sending peacekeepers to Ukraine", "peacekeepers in Ukraine",
               "Donald Tusk said Poland would back sending peacekeepers to Ukraine."),
    ], [{
        "id": "e1", "kind": "meeting", "plover": "CONSULT", "description": "Brussels summit",
        "location": "Brussels", "date": "2025-03-06", "date_text": "Thursday", "status": "held",
        "participants": ["olaf-scholz", "viktor-orban", "keir-starmer", "donald-tusk"],
        "convener": None, "evidence": _span(t, "At the Brussels summit on Thursday"),
    }])
    t = HOSTILE
    evil = '<img src=x onerror="window.__pwned=\'name\'">Eve Mallory'
    hostile = _doc(
        t, 'fixtures/hostile/"><script>window.__pwned="source"</script>.html',
        '</title><script>window.__pwned = "title"</script>', "2025-03-07", [
            {"id": "eve-mallory", "name": evil, "kind": "person",
             "role": '<b onmouseover="window.__pwned=1">Minister</b>', "country": None,
             "aliases": ["Mallory", "javascript:window.__pwned='alias'"],
             "mentions": [_span(t, "Eve Mallory")]},
        ], [
            _claim(t, "c1", ["eve-mallory"], "Minister Eve Mallory", "rejected", "oppose",
                   '<script>window.__pwned="target"</script>budget freeze',
                   "javascript:window.__pwned='issue'",
                   f"Minister Eve Mallory said {PAYLOAD_SCRIPT} she rejected the budget freeze."),
            _claim(t, "c2", ["eve-mallory"], "Her office", "asked", "support",
                   "clicking", "budget freeze",
                   f"Her office posted {PAYLOAD_IMG} and asked readers to {PAYLOAD_LINK}."),
        ], [{
            "id": "e1", "kind": "meeting", "plover": None,
            "description": '<img src=x onerror="window.__pwned=\'event\'">press meeting',
            "location": "javascript:window.__pwned='place'", "date": "2025-03-07",
            "date_text": "Friday", "status": "held", "participants": ["eve-mallory"],
            "convener": "eve-mallory",
            "evidence": _span(t, "Mallory met reporters in Lisbon on Friday."),
        }])
    return [paris, brussels, hostile]


def build_store(db_url: str, examples: bool = True) -> None:
    """Ingest the example articles (real extraction) and the curated documents."""
    from stancemap.read import iter_inputs
    from stancemap.store.db import open_store
    from stancemap.store.ingest import ingest, ingest_documents

    with open_store(db_url) as store:
        if examples:
            raws = [r for r in iter_inputs([str(EXAMPLES)]) if isinstance(r, RawDocument)]
            report = ingest(store, raws, workers=0)
            if report.failures:  # the extractor is broken: keep the articles, without claims
                warnings.warn(f"extraction failed, storing bare articles: "
                              f"{report.failures[0].reason}", stacklevel=2)
                failed = {f.source for f in report.failures}
                bare = [bare_document(r) for r in raws if r.source in failed]
                assert not ingest_documents(store, bare).failures
        report = ingest_documents(store, curated_documents())
        assert not report.failures, report.failures


def bare_document(raw: RawDocument) -> dict[str, Any]:
    """An article with no actors, claims or events (a valid ``stancemap/1`` document)."""
    return _doc(raw.text, raw.source, raw.title or "", raw.published or "", [], [], []) | {
        "document": {"id": document_id(raw.text), "source": raw.source, "url": raw.url,
                     "title": raw.title, "published": raw.published, "language": "en"}}


_SHARED: dict[str, str] = {}


def shared_db() -> str:
    """A SQLite store built once per test process (the web, report and browser tests share
    it; nothing writes to it)."""
    if "url" not in _SHARED:
        import atexit
        import shutil
        import tempfile

        folder = tempfile.mkdtemp(prefix="stancemap-web-")
        atexit.register(shutil.rmtree, folder, True)
        url = f"sqlite:///{folder}/web.db"
        build_store(url)
        _SHARED["url"] = url
    return _SHARED["url"]
