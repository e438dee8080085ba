"""Interview answers (issue 9): in a question-and-answer text, "I" in an answer is whoever
the answer's turn names. Text: Wikinews, "Wikinews interviews 2020 Melbourne Lord Mayor
Candidate Wayne Tseng" (2020-10-22), CC BY 2.5 (opening and one question, verbatim)."""

from __future__ import annotations

from stancemap.extract.interviews import find_turns

TSENG = (
    "2020 Melbourne Lord Mayor candidate Wayne Tseng answered some questions about his "
    "campaign for the upcoming election from Wikinews.\n\n\n"
    "((WN))  What made you decide to run for the Melbourne City's Lord Mayor?  Why do you "
    "think you should be the Melbourne's Mayor?\n\n\n"
    "((Wayne Tseng))  In [the] 2020 Melbourne local government election, I was nominated for "
    "the Lord Mayor of Melbourne.  I hope to use the election as a platform to seed public "
    "awareness on participating democracy.\n\n\n"
    "I advocated for the creation of a platform called Participate in Melbourne where the "
    "people can begin with submitting their issues/concerns, offer suggestions, hold public "
    "debate and send those conclusions to elected councillor to deliberate and vote.  [I] "
    "hope once the benefits are known, the council will enact laws to allow direct vote.")


def test_answer_turns_run_from_the_answerers_marker_to_the_next_question() -> None:
    turns = find_turns(TSENG)
    assert [t.name for t in turns] == ["Wayne Tseng", "Wayne Tseng"]
    assert TSENG[turns[0].start:].startswith("In [the] 2020")
    assert TSENG[turns[1].start:].startswith("I advocated")
    asked = find_turns(TSENG + "\n\n\n((WN))  And then?\n\n\nNothing more.")
    assert len(asked) == 2  # a question's turn and what follows it answer nothing


def test_i_in_an_answer_is_the_one_who_answers(extract) -> None:
    doc = extract(TSENG, "2020-10-22")
    names = {a["id"]: a["name"] for a in doc["actors"]}
    advocated = [c for c in doc["claims"] if "Participate in Melbourne" in c["target"]]
    assert advocated, [(c["speaker_text"], c["target"]) for c in doc["claims"]]
    assert [names[s] for s in advocated[0]["speakers"]] == ["Wayne Tseng"]
    assert advocated[0]["stance"] == "support"


def test_a_turn_opened_by_a_bare_name_or_initials_answers() -> None:
    """Printed interviews lose the bold of their names: '((WN))  Given that some key data is
    from 2004, how well do you think your results can be applied to the situation today?
    … MS Although we used gun ownership data from 2004 for the primary analysis, …'
    (Wikinews, "US study finds correlation between youth suicide, household gun ownership",
    2019-01-26, CC BY 2.5): "MS" opens Michael Siegel's answer."""
    text = ("((WN))  Given that some key data is from 2004, how well do you think your results "
            "can be applied to the situation today?\n\n\n"
            "MS Although we used gun ownership data from 2004 for the primary analysis, we "
            "repeated the analysis using a household gun ownership proxy averaged over the "
            "years 2005–2015, and the results were similar.")
    turns = find_turns(text, ("Michael Siegel",))
    assert [t.name for t in turns] == ["Michael Siegel"]
    assert text[turns[0].start:].startswith("Although we used")
    assert find_turns(text) == []  # without the name, no one is known to answer
