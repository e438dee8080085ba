"""One actor across articles: transliterations merge, namesakes stay apart, pins win."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from stancemap.store.identity import Pins, fold, skeleton
from stancemap.store.issues import IssueRules
from stancemap.store.meta import rebuild
from stancemap.store.tables import actors
from stancemap.store.write import Resolver
from store_fixtures import *  # noqa: F403


def person(name: str, role: str | None = None, country: str | None = None,
           aliases: list[str] | None = None) -> dict:
    return {"name": name, "kind": "person", "role": role, "country": country,
            "aliases": aliases or []}


def resolve_all(store, items: list[dict], pins: Pins | None = None) -> list[int]:
    pins = pins or Pins.load(None, include_known=False)
    with store.writer().begin() as conn:
        # each item as its own article
        return [Resolver(conn, pins).resolve_all([a], None)[0] for a in items]


def test_fold_and_skeleton():
    assert fold("Recep Tayyip Erdoğan") == "recep tayyip erdogan"
    assert len({skeleton(n) for n in ("Zelenskiy", "Zelensky", "Zelenskyy", "Zelenskyi")}) == 1
    assert skeleton("Volodymyr") == skeleton("Wolodymyr")


def test_transliteration_variants_merge(store):
    ids = resolve_all(store, [
        person("Volodymyr Zelensky", "President", "UKR"),
        person("Volodymyr Zelenskyy", "President", "UKR"),
        person("Zelenskiy", "President", "UKR"),  # a lone surname with role and country
        person("Volodymyr Zelenskiy"),  # full-name skeleton alone suffices
    ])
    assert len(set(ids)) == 1


def test_namesakes_stay_apart(store):
    ids = resolve_all(store, [
        person("Boris Johnson", "Prime Minister", "GBR"),
        person("Lyndon Johnson", "President", "USA"),
        person("Johnson"),  # a bare surname, nothing else: no evidence, no merge
        person("Johnson", "Prime Minister", "GBR"),  # evidence: role and country
        person("Andrew Johnson", "President", "USA"),
    ])
    boris, lyndon, bare, boris2, andrew = ids
    assert len({boris, lyndon, bare, andrew}) == 4
    assert boris2 == boris


def test_ambiguous_surname_is_not_guessed(store):
    ids = resolve_all(store, [
        person("Lyndon Johnson", "President", "USA"),
        person("Andrew Johnson", "President", "USA"),
        person("Johnson", "President", "USA"),  # fits both equally: stays its own actor
    ])
    assert len(set(ids)) == 3


def test_country_conflict_blocks_merge(store):
    a, b = resolve_all(store, [person("Ali Khan", None, "PAK"), person("Ali Khan", None, "IND")])
    assert a != b


def test_full_name_upgrades_lone_surname(store):
    a, b = resolve_all(store, [person("Scholz", "Chancellor", "DEU"),
                               person("Olaf Scholz", "Chancellor", "DEU")])
    assert a == b
    with store.engine.connect() as c:
        assert c.execute(select(actors.c.name).where(actors.c.id == a)).scalar() == "Olaf Scholz"


def test_organizations_merge_by_alias(store):
    ids = resolve_all(store, [
        {"name": "Syrian Democratic Forces", "kind": "organization", "role": None,
         "country": "SYR", "aliases": ["SDF"]},
        {"name": "SDF", "kind": "organization", "role": None, "country": None, "aliases": []},
        {"name": "Russia", "kind": "country", "role": None, "country": "RUS", "aliases": []},
        {"name": "Russian Federation", "kind": "country", "role": None, "country": "RUS",
         "aliases": []},
    ])
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]


def test_pins_merge_and_split(store, tmp_path: Path):
    pins_file = tmp_path / "pins.yaml"
    pins_file.write_text(
        "merge:\n  - [Mohammed bin Salman, MBS, Mohammad bin Salman Al Saud]\n"
        "split:\n  - [Joe Biden, Joe Bidden]\n", "utf-8")
    pins = Pins.load(pins_file, include_known=False)
    a, b, c, d = resolve_all(store, [
        person("MBS"), person("Mohammad bin Salman Al Saud", "Crown Prince", "SAU"),
        person("Joe Biden", None, "USA"), person("Joe Bidden", None, "USA")], pins)
    assert a == b and c != d
    with store.engine.connect() as conn:
        assert conn.execute(select(actors.c.name).where(actors.c.id == a)).scalar() \
            == "Mohammed bin Salman"


def test_bad_pins_file(tmp_path: Path):
    bad = tmp_path / "pins.yaml"
    bad.write_text("merge: [[ok], 3]\n", "utf-8")
    with pytest.raises(ValueError, match="pins file"):
        Pins.load(bad)
    bad.write_text("merge: [\n", "utf-8")
    with pytest.raises(ValueError, match="not valid YAML"):
        Pins.load(bad)
    with pytest.raises(ValueError, match="cannot read"):
        Pins.load(tmp_path / "missing.yaml")


def test_issue_rules(tmp_path: Path):
    rules = IssueRules.load(None)
    assert rules.resolve(None, "the EU's fiscal rules")[0] == \
        rules.resolve(None, "fiscal rules of the EU")[0]
    user = tmp_path / "issues.yaml"
    user.write_text("issues:\n  Peacekeepers in Ukraine: [peacekeepers, peacekeeping force, "
                    "troop deployment]\n", "utf-8")
    rules = IssueRules.load(user)
    assert rules.resolve(None, "sending a peacekeeping force to Ukraine")[1] == \
        "Peacekeepers in Ukraine"
    assert rules.resolve("troop deployment", "European troop deployment")[1] == \
        "Peacekeepers in Ukraine"


def test_remerge_applies_new_pins(filled_store, tmp_path: Path):
    from stancemap import questions as q

    pins_file = tmp_path / "pins.yaml"
    pins_file.write_text("split:\n  - [Donald Trump, Trump]\n", "utf-8")
    try:
        rebuild(filled_store, Pins.load(pins_file), IssueRules.load(None))
        with filled_store.session() as s:
            assert len(q.actors_page(s, query="Trump").items) == 2
            assert [c.issue.label for c in q.positions(s, "Donald Trump").claims] == [
                "impeachment"]
    finally:
        rebuild(filled_store, Pins.load(None), IssueRules.load(None))
    with filled_store.session() as s:
        assert [a.documents for a in q.actors_page(s, query="Trump").items] == [2]
        assert len(q.positions(s, "Trump").claims) == 2
        assert [p.name for p in q.events_page(s, actor="Erdogan").items[0].participants] == [
            "Donald Trump", "Recep Tayyip Erdoğan"]
