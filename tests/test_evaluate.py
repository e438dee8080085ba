"""Scoring against gold files (stancemap.evaluate) and the ``stancemap eval`` command.

The end-to-end test copies one real dev article from /work/shared/eval/dev: an English
Wikinews article by Wikinews contributors, CC BY 2.5
(https://creativecommons.org/licenses/by/2.5/); its LICENSE.md is copied along with it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from stancemap.evaluate import (
    GoldError,
    Ratio,
    f1,
    load_gold,
    max_matching,
    score_actors,
    score_claims,
    score_document,
    score_events,
    total,
)

DEV = Path("/work/shared/eval/dev")
DEV_ARTICLE = "wikinews-iraq-parliament-us-troops"


def actor(aid: str, name: str, *aliases: str, role: str | None = None, country: str | None = None):
    return {
        "id": aid,
        "name": name,
        "kind": "person",
        "role": role,
        "country": country,
        "aliases": list(aliases),
        "mentions": [],
    }


def claim(
    speakers: list[str],
    stance: str,
    target: str,
    *,
    speaker_text: str = "",
    issue: str | None = None,
    conditions: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "id": f"c-{'-'.join(speakers)}-{target}",
        "speakers": speakers,
        "speaker_text": speaker_text,
        "predicate": "said",
        "stance": stance,
        "target": target,
        "issue": issue,
        "conditions": conditions or [],
        "quote": "none",
        "evidence": {"start": 0, "end": 4, "text": "said"},
        "confidence": 0.5,
    }


def gclaim(speaker_any: list[str], stance: str, target_any: list[str], **extra: Any):
    return {"speaker_any": speaker_any, "stance": stance, "target_any": target_any, **extra}


def event(
    location: str | None,
    participants: list[str],
    date: str | None = None,
    convener: str | None = None,
) -> dict[str, Any]:
    return {
        "id": "e",
        "kind": "meeting",
        "plover": "CONSULT",
        "description": "",
        "location": location,
        "date": date,
        "date_text": None,
        "status": "held",
        "participants": participants,
        "convener": convener,
        "evidence": {"start": 0, "end": 0, "text": ""},
    }


SCHOLZ = actor(
    "olaf-scholz", "Olaf Scholz", "Scholz", "the chancellor", role="Chancellor", country="DEU"
)
TUSK = actor("donald-tusk", "Donald Tusk", "Tusk", role="Prime Minister", country="POL")
MACRON = actor("emmanuel-macron", "Emmanuel Macron", "Macron", role=None, country="FRA")


# ------------------------------------------------------------------ figures


def test_ratio_adds_and_reads() -> None:
    r = Ratio(1, 2) + Ratio(2, 2)
    assert (r.hit, r.total, r.value) == (3, 4, 0.75)
    assert str(r) == "3/4 75%"
    assert Ratio().value is None
    assert f1(None, 0.0) == 0.0 and f1(None, None) is None and f1(1.0, 0.5) == pytest.approx(2 / 3)


def test_max_matching_finds_augmenting_paths() -> None:
    # unit 0 can take gold 0 or 1, unit 1 only gold 0: greedy 0→0 would strand unit 1
    owner = max_matching({0: [0, 1], 1: [0]}, [0, 1])
    assert owner == {0: 1, 1: 0}


# ------------------------------------------------------------------ actors


def test_actors_found_by_alias_with_role_and_country_checked() -> None:
    doc = {"actors": [SCHOLZ, TUSK, MACRON]}
    gold = {
        "actors": [
            {
                "name": "Olaf Scholz",
                "any": ["scholz"],
                "role_any": ["chancellor"],
                "country": "DEU",
            },
            {"name": "Donald Tusk", "any": ["tusk"], "role_any": ["president"], "country": "POL"},
            {
                "name": "Emmanuel Macron",
                "any": ["macron"],
                "role_any": ["president"],
                "country": "GBR",
            },
            {"name": "France", "any": ["france"], "country": "FRA"},
            {"name": "the chancellery", "any": ["the chancellor"]},  # matches an alias only
        ]
    }
    s = score_actors(doc, gold)
    assert (s.found.hit, s.found.total) == (4, 5)
    assert (s.role.hit, s.role.total) == (1, 3)  # only gold actors with role_any, when found
    assert (s.country.hit, s.country.total) == (2, 3)
    assert [m["name"] for m in s.missed] == ["France"]
    assert {w["name"] for w in s.wrong_role} == {"Donald Tusk", "Emmanuel Macron"}
    assert s.wrong_country[0]["got"] == "FRA"


def test_actor_best_candidate_prefers_name_then_specific_then_role() -> None:
    muhandis = actor("m", "Abu Mahdi al-Muhandis", role="commander", country="IRQ")
    abdul = actor("a", "Adil Abdul-Mahdi", role="Prime Minister", country="IRQ")
    by_alias = actor("x", "the premier", "Abdul-Mahdi")
    gold = {
        "actors": [
            {
                "name": "Adil Abdul-Mahdi",
                "any": ["abdul-mahdi", "mahdi"],
                "role_any": ["prime minister"],
                "country": "IRQ",
            }
        ]
    }
    s = score_actors({"actors": [by_alias, muhandis, abdul]}, gold)
    assert s.role.hit == 1 and s.country.hit == 1
    bare = actor("b", "Adil Abdul-Mahdi")
    s = score_actors({"actors": [bare, abdul]}, gold)
    assert s.role.hit == 1  # same name match: the one with a role wins


# ------------------------------------------------------------------ claims


def test_joint_claim_counts_once_per_speaker() -> None:
    doc = {
        "actors": [SCHOLZ, TUSK],
        "claims": [claim(["olaf-scholz", "donald-tusk"], "support", "easing EU fiscal rules")],
    }
    gold = {
        "claims": [
            gclaim(["scholz"], "support", ["fiscal"]),
            gclaim(["tusk"], "support", ["fiscal rules"]),
            gclaim(["tusk"], "oppose", ["fiscal rules"]),
        ]
    }
    s = score_claims(doc, gold)
    assert (s.units, s.matched, s.required) == (2, 2, 3)
    assert s.precision.value == 1.0 and s.recall.value == pytest.approx(2 / 3)
    assert [m["stance"] for m in s.missed] == ["oppose"]


def test_speaker_by_surface_text_and_target_by_issue() -> None:
    doc = {
        "actors": [],
        "claims": [
            claim([], "oppose", "it", speaker_text="the Kremlin", issue="peacekeeping in Ukraine")
        ],
    }
    gold = {"claims": [gclaim(["kremlin"], "oppose", ["peacekeep"])]}
    assert score_claims(doc, gold).matched == 1
    gold = {"claims": [gclaim(["kremlin"], "support", ["peacekeep"])]}  # stance is strict
    assert score_claims(doc, gold).matched == 0


def test_optional_gold_absorbs_units_without_counting_them() -> None:
    doc = {
        "actors": [SCHOLZ],
        "claims": [
            claim(["olaf-scholz"], "support", "fiscal rules"),
            claim(["olaf-scholz"], "support", "fiscal rules again"),  # matches only the optional
            claim(["olaf-scholz"], "oppose", "troops"),  # matches nothing: a false positive
        ],
    }
    gold = {
        "claims": [
            gclaim(["scholz"], "support", ["fiscal rules"]),
            gclaim(["scholz"], "support", ["again"], optional=True),
        ]
    }
    s = score_claims(doc, gold)
    assert (s.units, s.matched, s.absorbed, s.required) == (3, 1, 1, 1)
    assert (s.precision.hit, s.precision.total) == (1, 2)
    assert [fp["target"] for fp in s.false_positives] == ["troops"]


def test_required_gold_matched_first_and_duplicates_are_false_positives() -> None:
    doc = {
        "actors": [SCHOLZ],
        "claims": [
            claim(["olaf-scholz"], "support", "fiscal rules"),
            claim(["olaf-scholz"], "support", "fiscal rules"),
        ],
    }
    gold = {
        "claims": [
            gclaim(["scholz"], "support", ["fiscal"], optional=True),
            gclaim(["scholz"], "support", ["fiscal"]),
        ]
    }
    s = score_claims(doc, gold)
    assert (s.matched, s.absorbed) == (1, 1)  # required takes one; the optional absorbs one
    gold = {"claims": [gclaim(["scholz"], "support", ["fiscal"])]}
    s = score_claims(doc, gold)
    assert (s.matched, len(s.false_positives), s.precision.value) == (1, 1, 0.5)


def test_matching_is_maximal_and_keeps_absorbable_units_free() -> None:
    doc = {
        "actors": [SCHOLZ],
        "claims": [
            claim(["olaf-scholz"], "support", "rules and troops"),  # fits both required golds
            claim(["olaf-scholz"], "support", "rules"),  # fits the first only
        ],
    }
    gold = {
        "claims": [
            gclaim(["scholz"], "support", ["rules"]),
            gclaim(["scholz"], "support", ["troops"]),
        ]
    }
    assert score_claims(doc, gold).matched == 2
    # u0 fits the required and an optional gold, u1 only the required: u1 takes the required,
    # u0 is absorbed, so nothing is a false positive
    doc = {
        "actors": [SCHOLZ],
        "claims": [
            claim(["olaf-scholz"], "support", "rules, troops"),
            claim(["olaf-scholz"], "support", "rules"),
        ],
    }
    gold = {
        "claims": [
            gclaim(["scholz"], "support", ["rules"]),
            gclaim(["scholz"], "support", ["troops"], optional=True),
        ]
    }
    s = score_claims(doc, gold)
    assert (s.matched, s.absorbed, s.false_positives) == (1, 1, [])


def test_conditions_checked_on_matched_required_claims() -> None:
    doc = {
        "actors": [SCHOLZ, TUSK],
        "claims": [
            claim(
                ["olaf-scholz"],
                "support",
                "troops",
                conditions=["backed by a U.S. security commitment"],
            ),
            claim(["donald-tusk"], "support", "troops", conditions=["if asked"]),
        ],
    }
    gold = {
        "claims": [
            gclaim(["scholz"], "support", ["troops"], condition_any=["security commitment"]),
            gclaim(["tusk"], "support", ["troops"], condition_any=["peace agreement"]),
            gclaim(["macron"], "support", ["troops"], condition_any=["never scored"]),
        ]
    }
    s = score_claims(doc, gold)
    assert (s.conditions.hit, s.conditions.total) == (1, 2)
    assert s.wrong_conditions[0]["got"] == ["if asked"]


def test_gold_claim_is_scored_on_the_matching_claim_that_carries_its_conditions() -> None:
    # two extracted claims fit the same gold claim; only the second has the condition
    doc = {
        "actors": [SCHOLZ],
        "claims": [
            claim(["olaf-scholz"], "support", "troops"),
            claim(["olaf-scholz"], "support", "troops in Ukraine",
                  conditions=["backed by a U.S. security commitment"]),
        ],
    }
    gold = {"claims": [gclaim(["scholz"], "support", ["troops"],
                              condition_any=["security commitment"])]}
    s = score_claims(doc, gold)
    assert (s.matched, len(s.false_positives)) == (1, 1)  # the matching is as large as before
    assert (s.conditions.hit, s.conditions.total) == (1, 1)


# ------------------------------------------------------------------ events


def test_events_location_participants_dates_and_precision() -> None:
    doc = {
        "actors": [SCHOLZ, TUSK, MACRON],
        "events": [
            event("Paris", ["olaf-scholz"], date="2025-02-17", convener="emmanuel-macron"),
            event("Warsaw", ["donald-tusk"], date="2025-02-20"),
            event(None, ["donald-tusk"]),
            event("Berlin", ["olaf-scholz"]),
        ],
    }
    gold = {
        "events": [
            {
                "name": "Paris talks",
                "location_any": ["paris"],
                "date": "2025-02-17",
                "participants_any": ["tusk"],
                "convener_any": ["macron"],
            },
            {
                "name": "Warsaw visit",
                "location_any": ["warsaw"],
                "date": "2025-02-19",
                "participants_any": ["tusk"],
            },
            {"name": "call", "location_any": [], "participants_any": ["tusk"]},
            {"name": "Riyadh", "location_any": ["riyadh"], "participants_any": ["tusk"]},
            {
                "name": "Berlin",
                "optional": True,
                "location_any": ["berlin"],
                "participants_any": ["chancellor"],
            },
        ]
    }
    s = score_events(doc, gold)
    assert (s.found.hit, s.found.total) == (3, 4)
    assert (s.dates.hit, s.dates.total) == (1, 2)
    assert s.wrong_dates == [{"name": "Warsaw visit", "date": "2025-02-19", "got": ["2025-02-20"]}]
    assert [m["name"] for m in s.missed] == ["Riyadh"]
    assert (s.precision.hit, s.precision.total) == (4, 4)  # optional golds count here


def test_empty_extraction_scores_zero_and_totals_add_up() -> None:
    gold = json.loads((DEV / f"{DEV_ARTICLE}.json").read_text())
    empty = {"actors": [], "claims": [], "events": []}
    s = score_document(empty, gold)
    assert s.actors.found.hit == 0 and s.claims.recall.value == 0.0 and s.claims.f1 == 0.0
    both = total([s, s])
    assert both.claims.required == 2 * s.claims.required
    assert both.actors.found.total == 2 * len(gold["actors"])


# ------------------------------------------------------------------ gold files


def write_gold(root: Path, name: str, gold: dict[str, Any], text: str = "Text.") -> None:
    (root / "texts").mkdir(exist_ok=True)
    (root / "texts" / f"{name}.txt").write_text(text)
    (root / f"{name}.json").write_text(json.dumps({"text": f"texts/{name}.txt", **gold}))


def test_load_gold_reads_text_and_falls_back_to_meta(tmp_path: Path) -> None:
    write_gold(tmp_path, "a", {"id": "a", "actors": [], "claims": [], "events": []}, "Alpha.")
    write_gold(tmp_path, "b", {"published": "2020-01-02"})
    (tmp_path / "meta.json").write_text(
        json.dumps({"a": {"published": "2019-07-10", "title": "A"}})
    )
    arts = load_gold(tmp_path)
    assert [(a.id, a.text, a.published) for a in arts] == [
        ("a", "Alpha.", "2019-07-10"),
        ("b", "Text.", "2020-01-02"),
    ]
    assert arts[0].title == "A"


@pytest.mark.parametrize(
    "gold",
    [
        {"claims": [{"speaker_any": ["x"], "stance": "maybe", "target_any": ["y"]}]},
        {"claims": [{"speaker_any": "x", "stance": "support", "target_any": ["y"]}]},
        {"actors": [{"name": "X"}]},
        {"events": "none"},
    ],
)
def test_load_gold_rejects_malformed_files(tmp_path: Path, gold: dict[str, Any]) -> None:
    write_gold(tmp_path, "bad", gold)
    with pytest.raises(GoldError, match="bad.json"):
        load_gold(tmp_path)


def test_load_gold_rejects_empty_or_missing_dirs(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no gold files"):
        load_gold(tmp_path)
    with pytest.raises(GoldError, match="not a directory"):
        load_gold(tmp_path / "nope")
    (tmp_path / "x.json").write_text("{not json")
    with pytest.raises(GoldError, match="not readable JSON"):
        load_gold(tmp_path)


# ------------------------------------------------------------------ the command


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    """A gold dir holding one real dev article, its text, meta and license."""
    root = tmp_path / "gold"
    (root / "texts").mkdir(parents=True)
    shutil.copy(DEV / f"{DEV_ARTICLE}.json", root)
    shutil.copy(DEV / "texts" / f"{DEV_ARTICLE}.txt", root / "texts")
    shutil.copy(DEV / "LICENSE.md", root)
    meta = json.loads((DEV / "meta.json").read_text())
    (root / "meta.json").write_text(json.dumps({DEV_ARTICLE: meta[DEV_ARTICLE]}))
    return root


def _ratios(node: Any) -> list[float]:
    if isinstance(node, dict):
        if "ratio" in node:
            return [node["ratio"]] if node["ratio"] is not None else []
        return [r for v in node.values() for r in _ratios(v)]
    return []


def test_cli_eval_json_end_to_end(gold_dir: Path) -> None:
    from typer.testing import CliRunner

    from stancemap.cli import app

    result = CliRunner().invoke(app, ["eval", str(gold_dir), "--format", "json", "--details"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [a["id"] for a in data["articles"]] == [DEV_ARTICLE]
    for figures in (data["articles"][0], data["overall"]):
        for key in ("actors", "claims", "events"):
            assert key in figures
        assert {"found", "role", "country"} <= set(figures["actors"])
        assert {"precision", "recall", "f1", "conditions", "units"} <= set(figures["claims"])
        assert {"found", "dates", "precision"} <= set(figures["events"])
        assert all(0.0 <= r <= 1.0 for r in _ratios(figures))
        assert figures["claims"]["f1"] is None or 0.0 <= figures["claims"]["f1"] <= 1.0
        assert figures["actors"]["found"]["total"] > 0
    assert "missed_claims" in data["articles"][0]["details"]

    table = CliRunner().invoke(app, ["eval", str(gold_dir), "--details"])
    assert table.exit_code == 0 and "overall" in table.stdout


def test_cli_eval_errors_are_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from stancemap.cli import app

    for args in (["eval", str(tmp_path / "missing")], ["eval", str(tmp_path)]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1 and "stancemap: error:" in result.stderr


def test_cli_eval_against_second_coding(gold_dir: Path, tmp_path: Path) -> None:
    """A coding scored against itself agrees fully; a stance flipped costs exactly one claim."""
    from typer.testing import CliRunner

    from stancemap.cli import app

    def agreement(other: Path) -> dict[str, Any]:
        result = CliRunner().invoke(
            app, ["eval", str(gold_dir), "--against", str(other), "--format", "json"]
        )
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)["overall"]["claims"]

    same = agreement(gold_dir)
    assert same["precision"]["ratio"] == 1.0 and same["recall"]["ratio"] == 1.0

    second = tmp_path / "second"
    shutil.copytree(gold_dir, second)
    path = second / f"{DEV_ARTICLE}.json"
    gold = json.loads(path.read_text())
    first = next(c for c in gold["claims"] if not c.get("optional"))
    first["stance"] = "neutral" if first["stance"] != "neutral" else "support"
    path.write_text(json.dumps(gold))
    flipped = agreement(second)
    assert flipped["matched"] == same["matched"] - 1
    assert flipped["units"] == same["units"]


def test_issue_grouping_counts_pairs_of_matched_claims() -> None:
    """A coding read against itself groups its claims exactly; renaming one claim's issue
    loses the pairs it was in (train gold: every claim carries an issue label)."""
    from stancemap.evaluate import gold_as_document, load_gold, score_document

    art = next(a for a in load_gold(Path(__file__).parents[1] / "eval" / "gold" / "train")
               if a.id == "wikinews-montana-ballot-law-lawsuit")
    doc = gold_as_document(art.gold)
    precision, recall = score_document(doc, art.gold).claims.grouping()
    assert recall.total > 0 and precision.value == 1.0 and recall.value == 1.0
    doc["claims"][0]["issue"] = "something else entirely"
    _, recall_after = score_document(doc, art.gold).claims.grouping()
    assert recall_after.hit < recall.hit
