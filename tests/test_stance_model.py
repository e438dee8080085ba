"""The learned stance decision: trained from gold in one command, read back, used."""

from __future__ import annotations

import json
from pathlib import Path

from stancemap.extract import stance_model, stance_train
from stancemap.extract.actors import extract_actors
from stancemap.extract.claims import claims_with_features
from stancemap.extract.headline import mark_body
from stancemap.nlp import load

DEV = "/work/shared/eval/dev"


def read_claims(text: str, model: stance_model.StanceModel | None = None):
    """The claims of ``text`` and each one's stance features, parsed as extraction does."""
    sdoc = load()(text)
    mark_body(sdoc)
    return claims_with_features(sdoc, extract_actors(sdoc), model)


def test_training_is_reproducible_and_the_model_decides(tmp_path: Path) -> None:
    outs = [tmp_path / "a.json", tmp_path / "b.json"]
    for out in outs:
        assert stance_train.main([DEV, "--out", str(out), "--folds", "0"]) == 0
    first, second = (json.loads(p.read_text()) for p in outs)
    assert first["weights"] == second["weights"]  # same gold, same weights
    assert first["examples"] > 50 and set(first["weights"]) == set(stance_model.LABELS)

    model = stance_model.read(outs[0].read_text())
    text = (Path(DEV) / "texts" / "wikinews-iraq-parliament-us-troops.txt").read_text()
    claims, feats = read_claims(text, model)
    assert claims and len(claims) == len(feats)
    assert [c.stance for c in claims] == [model.predict(f) for f in feats]


def test_the_test_split_is_refused(tmp_path: Path) -> None:
    assert stance_train.main(["eval/gold/test", "--out", str(tmp_path / "m.json")]) == 2


def test_the_shipped_model_decides_unless_switched_off(monkeypatch) -> None:
    """By default the shipped model rereads the rules' stance; STANCEMAP_STANCE_MODEL=off
    leaves the rules' stance (an ablation a user can run)."""
    assert stance_model.shipped() is not None
    monkeypatch.setenv("STANCEMAP_STANCE_MODEL", "off")
    assert stance_model.shipped() is None


def test_a_claim_dropped_for_an_empty_target_leaves_no_feature_row() -> None:
    """Features and claims stay aligned when a draft is dropped for a target of only
    function words (Wikinews articles of the train split that have such drafts): training
    zips them."""
    train = Path(__file__).resolve().parent.parent / "eval" / "gold" / "train" / "texts"
    for name in ("wikinews-pelosi-speaker-116th-congress.txt",
                 "wikinews-sanders-endorses-biden.txt"):
        claims, feats = read_claims((train / name).read_text())
        assert len(claims) == len(feats), name


def test_the_model_reads_who_speaks() -> None:
    """Wikinews, "US President Donald Trump tests positive for COVID-19" (2020-10-03), CC BY
    2.5: the stance features carry each speaker's kind and the head of its role (a physician
    reporting a treatment, unnamed officials), since who speaks tells a report from a side."""
    claims, feats = read_claims(
        "Presidential physician Sean Conley issued a statement saying Trump has been given "
        "zinc, vitamin D, Pepcid and a daily Aspirin. Officials said the Trumps' 14-year-old "
        "son Barron tested negative as did First Family and Senior Advisors Jared Kushner and "
        "Ivanka Trump.")
    who = {c.speaker_text: {k for k in f if k.startswith(("kind=", "role="))}
           for c, f in zip(claims, feats, strict=True)}
    assert who == {"Presidential physician Sean Conley": {"kind=person", "role=physician"},
                   "Officials": {"kind=group"}}, who


def test_the_model_reads_whether_the_words_condemn() -> None:
    """Wikinews, "Germany bans Mahan Air of Iran, citing 'security'" (2019-01-23), CC BY 2.5:
    an accusation with no cue word of ours ("contributed to incredible human suffering,
    violence, and political instability") carries the human-rated valence of its words, so
    the model can read it as the criticism coders code."""
    claims, feats = read_claims(
        "US Ambassador to Germany Richard Grenell alleged, by way of example, Mahan had "
        "\"contributed to incredible human suffering, violence, and political instability felt "
        "across the world,\" by supporting Syrian President Bashar al-Assad.")
    by_target = {c.target: f for c, f in zip(claims, feats, strict=True)}
    accusation = next(f for t, f in by_target.items() if "human suffering" in t)
    assert accusation["val_neg"] > accusation["val_pos"] and accusation["val_sum"] < 0
    assert any(k.startswith("val_neg&pred=") for k in accusation)


def test_a_negated_act_takes_the_acts_side_turned(extract):
    """Wikinews, "On the campaign trail in the USA, July 2020" (2020-08-31), CC BY 2.5 (the
    first sentence made up to name him): "West did not deny the suggestion" — not denying
    is not opposing; a negated act of a side of its own is that side turned, as the rules
    compose it, not re-decided from its words by the stance model (held out on dev + train,
    negated acts: rules 19 of 22, model 18)."""
    doc = extract("Rapper Kanye West announced his presidential run. The interviewer questioned "
                  "whether West was running to help President Trump defeat Biden. West did not "
                  "deny the suggestion.", "2020-08-31")
    got = {c["target"]: c["stance"] for c in doc["claims"]}
    assert got.get("the suggestion") == "support"


def test_the_rules_read_a_judged_act_and_a_phrasal_act_inside_what_was_said() -> None:
    """Made-up wire sentences: "it was premature to sign the deal" opposes signing (the
    adjective judges the act; "sign" takes no side of its own there); "her country objected
    to the final text" opposes it ("object to" is an act of rejection, found by its verb and
    preposition together). The rules' stance is a feature of the model; Meloni's claim is
    read as opposed."""
    claims, feats = read_claims(
        "Italian Prime Minister Giorgia Meloni said it was premature to sign the deal. "
        "Colombia's environment minister said her country objected to the final text.")
    rules = {c.target: next(k for k in f if k.startswith("rule="))
             for c, f in zip(claims, feats, strict=True)}
    assert rules["it was premature to sign the deal"] == "rule=oppose"
    assert rules["her country objected to the final text"] == "rule=oppose"
    assert [c.stance for c in claims if "premature" in c.target] == ["oppose"]
