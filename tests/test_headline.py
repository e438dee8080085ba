"""Headlines and datelines above a plain text's body, and the word lists' YAML.

The article is a corpus text (Wikinews contributors, CC BY 2.5: "Scottish court finds
suspension of UK parliament unlawful", examples/wikinews-politics.jsonl) with its own title
put on top as a plain text would carry it.
"""

from __future__ import annotations

import json
from pathlib import Path

from stancemap.extract.headline import headline_end, wire_dateline_place, wire_dateline_region
from stancemap.model import RawDocument
from stancemap.pipeline import extract_one

EXAMPLES = Path(__file__).parents[1] / "examples" / "wikinews-politics.jsonl"


def _article(word: str) -> dict[str, str]:
    for line in EXAMPLES.read_text("utf-8").splitlines():
        art = json.loads(line)
        if word in art["title"]:
            return art
    raise AssertionError(word)


def test_title_case_headline_and_dateline_are_not_body() -> None:
    assert headline_end("Donald Trump Tells Allies To Pay More\n\nHe said so.\n") == 38
    assert headline_end("Friday, January 4, 2019\n\nAn apartment building collapsed.\n") == 24
    both = "Ministers Meet In Turkey\nMonday, May 4, 2020\n\nThe ministers met.\n"
    assert both[headline_end(both):].strip() == "The ministers met."
    for body in ("He said the plan would fail.\nShe agreed.\n",  # a sentence is body
                 "Ministers Meet In Turkey\n",  # nothing follows
                 "the plan is dead, he said\n\nmore text\n"):  # not title case
        assert headline_end(body) == 0


def test_headline_gives_no_actors_or_claims_and_becomes_the_title() -> None:
    art = _article("Scottish court")
    text = art["title"] + "\n\n" + art["text"]
    with_title = extract_one(RawDocument(text=text, source="t", published=art["published"]))
    plain = extract_one(RawDocument(text=art["text"], source="p", published=art["published"]))
    assert with_title.document.title == art["title"]
    cut = len(art["title"])
    assert all(m.start > cut for a in with_title.actors for m in a.mentions)
    assert all(c.evidence.start > cut for c in with_title.claims)
    assert [(c.stance, c.target) for c in with_title.claims] == \
        [(c.stance, c.target) for c in plain.claims]


def test_word_lists_keep_no_and_on_as_words() -> None:
    """YAML 1.1 reads a bare no/on/yes as a boolean; the lexicon keeps them as words."""
    from stancemap import lexicon
    from stancemap.extract.claim_lexicon import get

    assert "no" in get().negators
    assert "in" in lexicon.load("events")["location_preps"]
    assert lexicon.parse("a: [no, on, yes, off]\nb: true") == {"a": ["no", "on", "yes", "off"],
                                                                  "b": True}


def test_a_dateline_dates_a_text_given_without_a_publication_date() -> None:
    """Wikinews, "Former US Senator Kay Hagan dies at age 66" (CC BY 2.5), as pasted with its
    dateline and no publication date: the dateline is the day it was published, so
    "Yesterday" resolves; a date given with the input still wins."""
    text = ("Tuesday, October 29, 2019\u00a0\n\n\nYesterday, former United States Senator Kay "
            "Hagan died, according to a statement released by her family. Hagan, North "
            "Carolina's first female Democratic Senator, was 66.\n")
    doc = extract_one(RawDocument(text=text, source="hagan.txt"))
    assert doc.document.published == "2019-10-29"
    assert [e.date for e in doc.events if e.kind == "death"] == ["2019-10-28"]
    given = extract_one(RawDocument(text=text, source="hagan.txt", published="2019-10-30"))
    assert given.document.published == "2019-10-30"


def test_a_wire_dateline_opening_the_body_is_no_actor_or_place() -> None:
    """Made up in wire style (Wikinews has no wire datelines): "PARIS, Feb 17 (Reuters) - "
    and "KYIV, Ukraine — " are where the copy was filed and by whom, not actors, participants
    or a title; the sentence after them is read as it stands. "NATO - the alliance - said"
    opens with a name, not a dateline."""
    text = ("European Leaders Meet In Paris\n\nPARIS, Feb 17 (Reuters) - European leaders met "
            "in Paris on Monday for emergency talks on defence, President Emmanuel Macron said."
            "\n")
    assert text[headline_end(text):].startswith("European leaders met")
    doc = extract_one(RawDocument(text=text, source="t", published="2025-02-18"))
    assert doc.document.title == "European Leaders Meet In Paris"
    assert {a.name for a in doc.actors} == {"Emmanuel Macron", "European leaders"}
    assert [(e.location, e.date) for e in doc.events] == [("Paris", "2025-02-17")]
    kyiv = extract_one(RawDocument(text="KYIV, Ukraine — Ukrainian President Volodymyr Zelensky "
                                        "said on Sunday that talks would resume.", source="k",
                                   published="2025-02-18"))
    assert kyiv.document.title is None
    assert [a.name for a in kyiv.actors] == ["Volodymyr Zelensky"]
    assert all(e.participants == [kyiv.actors[0].id] for e in kyiv.events)
    nato = "NATO - the alliance - said it would meet."
    assert headline_end(nato) == 0


def test_a_dateline_of_two_places_is_no_part_of_the_body() -> None:
    """Made up in wire style: "NEW DELHI/ISLAMABAD, May 10 (Reuters) - " files one story from
    two capitals; the first sentence after it is what was said, not the dateline."""
    text = ("NEW DELHI/ISLAMABAD, May 10 (Reuters) - India and Pakistan agreed on Saturday to "
            "a ceasefire, officials said.\n")
    assert text[headline_end(text):].startswith("India and Pakistan agreed")
    doc = extract_one(RawDocument(text=text, source="t", published="2025-05-10"))
    assert {c.target for c in doc.claims} >= {"India and Pakistan agreed on Saturday to a "
                                              "ceasefire"}
    assert "Reuters" not in {a.name for a in doc.actors}


def test_a_dateline_with_its_country_and_day_is_no_part_of_the_body() -> None:
    """Made up in wire style: "BELEM, Brazil, Nov 22 (Reuters) - " names the place filed from,
    its country and the day; none of it is an actor, and the story is filed from Belem."""
    text = ("BELEM, Brazil, Nov 22 (Reuters) - Almost 200 countries agreed on Saturday to a "
            "climate deal at a summit in the Amazon city of Belem, officials said.\n")
    assert text[headline_end(text):].startswith("Almost 200 countries agreed")
    assert wire_dateline_place(text) == "Belem"
    doc = extract_one(RawDocument(text=text, source="t", published="2025-11-22"))
    assert not {"BELEM", "Reuters", "Brazil"} & {a.name for a in doc.actors}


def test_a_datelines_country_is_where_the_story_is_filed_from() -> None:
    """Made up in wire style: "BELEM, Brazil, Nov 21 (Reuters) - " files the story from a
    city little known abroad with its country named after it; the country counts as where
    the story is told from, so a person with no country of his own here is Brazilian, not
    Saudi (the one state the text names)."""
    text = ("BELEM, Brazil, Nov 21 (Reuters) - United Nations climate talks ran past their "
            "scheduled close on Friday as Saudi Arabia resisted a proposal to draw up a roadmap "
            "for moving away from fossil fuels. COP30 president Andre Correa do Lago said "
            "negotiators would continue working through the night.\n")
    assert wire_dateline_region(text) == "Brazil"
    assert wire_dateline_region("PARIS, Sept 8 (Reuters) - Lawmakers voted.") is None
    doc = extract_one(RawDocument(text=text, source="t", published="2025-11-21"))
    assert {a.name: a.country for a in doc.actors}["Andre Correa do Lago"] == "BRA"


def test_a_headline_right_above_a_wire_dateline_is_set_apart_by_it() -> None:
    """Made up in wire style: a sentence-case headline on the line just above the paragraph
    a wire dateline opens, no blank line between ("Ministers fail to agree …\\nBRUSSELS,
    March 17 (Reuters) - …"). The dateline sets the headline apart as a blank line would:
    the body starts after the dateline, and no actor carries the agency's bracket."""
    text = ("Ministers fail to agree on new sanctions package\n"
            "BRUSSELS, March 17 (Reuters) - European Union foreign ministers failed to agree on "
            "Monday on a new package of sanctions, diplomats said. Hungary threatened to veto "
            "the measures.\n")
    assert text[headline_end(text):].startswith("European Union foreign ministers")
    doc = extract_one(RawDocument(text=text, source="t", published="2025-03-17"))
    assert doc.document.title == "Ministers fail to agree on new sanctions package"
    assert not any("Reuters" in a.name or "BRUSSELS" in a.name for a in doc.actors)
    prose = "Ministers met in the capital on Monday\nand agreed nothing, diplomats said.\n"
    assert headline_end(prose) == 0


def test_a_headline_right_above_a_whole_paragraph_is_set_apart_by_it() -> None:
    """Made up in wire style: a sentence-case headline on the line just above a paragraph
    written on one line ("Spain's Feijoo files no-confidence motion …\\nSpain's opposition
    leader …"): the paragraph, twice as long and ending a sentence, sets the headline apart
    as a blank line would. Lines of a hard-wrapped body are alike in length: no headline."""
    text = ("Spain's Feijoo files no-confidence motion against Sanchez, vote set for next week\n"
            "Spain's opposition leader Alberto Nunez Feijoo filed a no-confidence motion against "
            "Prime Minister Pedro Sanchez on Wednesday, accusing him of corruption and demanding "
            "an early general election.\n\nThe debate on the motion will begin on Tuesday, "
            "with the vote expected the following day, according to the office of the speaker "
            "of parliament.\n")
    assert text[headline_end(text):].startswith("Spain's opposition leader")
    doc = extract_one(RawDocument(text=text, source="t", published="2025-06-11"))
    assert doc.document.title.startswith("Spain's Feijoo files")
    assert not [e for e in doc.events if "vote set for next week" in e.evidence.text]
    wrapped = ("Spain's opposition leader Alberto Nunez Feijoo filed a motion against\n"
               "Prime Minister Pedro Sanchez on Wednesday, accusing him of corruption.\n")
    assert headline_end(wrapped) == 0


def test_a_dateline_in_title_case_with_its_country_opens_the_body():
    """Al Jazeera's manner: "Addis Ababa, Ethiopia – African Union leaders have called for …"
    — the place and country before a long dash are a dateline, not the sentence's subject; a
    sentence opening "Washington – the" is no dateline."""
    from stancemap.extract.headline import headline_end, wire_dateline_place

    text = ("AU leaders urge Sudan ceasefire\n\nAddis Ababa, Ethiopia – African Union leaders "
            "have called for an immediate ceasefire in Sudan.")
    assert text[headline_end(text):].startswith("African Union leaders")
    assert wire_dateline_place(text) == "Addis Ababa"
    plain = ("Talks Stall In Capital\n\nWashington – the capital – was quiet on Monday as "
             "talks stalled.")
    assert wire_dateline_place(plain) is None
    assert plain[headline_end(plain):].strip().startswith("Washington")


def test_a_publication_line_above_the_body_is_not_body() -> None:
    """Made up in the manner of an Al Jazeera page copied as text: a headline, "Published On
    6 Dec 2026", then "Dhaka, Bangladesh – …" — the publication line was not read as a
    dateline, so it and the wire dateline were body and "Dhaka" was tagged a body acting
    (dates.yaml publication_leads); the line dates a text given without a date. A
    number-only day that could be read both ways ("04/12/2026") is not guessed. (A
    standfirst sentence under the headline stays body: coders read its claims.)"""
    from stancemap.extract.dates import dateline_date

    text = ("Bangladesh sets February 18 election date as rival parties rally in Dhaka\n\n"
            "Published On 6 Dec 2026\n\n"
            "Dhaka, Bangladesh – Bangladesh's Election Commission has fixed February 18 as the "
            "date for the country's long-delayed general election, setting the stage for a "
            "bitter campaign between the Bangladesh Nationalist Party (BNP) and its former "
            "ally, Jamaat-e-Islami.\n")
    assert text[headline_end(text):].lstrip().startswith("Bangladesh's Election Commission")
    assert wire_dateline_place(text) == "Dhaka"
    assert dateline_date("Published On 6 Dec 2026") == "2026-12-06"
    assert dateline_date("Published on 14/12/2026") == "2026-12-14"
    assert dateline_date("Issued on: 03/12/2026") is None
    doc = extract_one(RawDocument(text=text, source="test")).to_dict()
    assert doc["document"]["published"] == "2026-12-06"
    election = [e for e in doc["events"] if e["kind"] == "vote"]
    assert [(e["status"], e["date"], e["location"]) for e in election] == [
        ("planned", "2027-02-18", "Bangladesh")]
    names = {a["id"]: a["name"] for a in doc["actors"]}
    assert names.get(election[0]["convener"]) == "Election Commission"


def test_a_story_filed_from_two_capitals_has_no_home_from_its_dateline() -> None:
    """Made up in the manner of a Kyodo report: "BEIJING/TOKYO – China on Friday demanded
    that Prime Minister Sanae Takaichi retract her remarks" — the first place of the
    dateline made China the story's home, and the Japanese officials named without their
    state became Chinese (a guard for the longer header the standfirst rule reads)."""
    text = ("China demands Takaichi retract Taiwan remarks as row with Japan deepens\n\nKYODO\n\n"
            "Nov 28, 2026\n\nBEIJING/TOKYO – China on Friday demanded that Prime Minister "
            "Sanae Takaichi retract her remarks on Taiwan. Japan said it had protested. "
            "Chief Cabinet Secretary Minoru Kihara told reporters that Japan's position had "
            "not changed, and Vice Foreign Minister Takehiro Funakoshi will travel to Beijing "
            "on Tuesday.\n")
    doc = extract_one(RawDocument(text=text, source="test", published="2026-11-28")).to_dict()
    countries = {a["name"]: a["country"] for a in doc["actors"]}
    assert countries["Minoru Kihara"] != "CHN"


def test_where_a_story_is_filed_from_in_other_outlets_styles() -> None:
    """Made up in the manner of Dawn, Politico Europe and El País: "ISLAMABAD: The National
    Security Committee …" (a colon after the place: no part of the body); "BRUSSELS — Spain
    refused …" below a standfirst and a byline; "Bogotá - Nov 16, 2026" in the header. The
    two latter say where the story is filed from (its home), not where its first events
    are."""
    dawn = ("NSC rejects India's abeyance of Indus treaty\n\nDawn Report\n\n"
            "ISLAMABAD: The National Security Committee on Wednesday rejected India's "
            "decision to keep the Indus Waters Treaty in abeyance, declaring that Pakistan "
            "would not accept any alteration of the treaty through coercion and would press "
            "ahead with proceedings before a neutral expert next week.\n")
    assert dawn[headline_end(dawn):].startswith("The National Security Committee")
    assert wire_dateline_place(dawn) == "Islamabad"
    politico = ("Spain digs in on NATO spending as allies lose patience\n\nMadrid won't put a "
                "date on the 3.5 percent target. Warsaw and the Baltics say that's not how "
                "alliances work.\n\nBy Clara Weiss\n\nNovember 26, 2026 6:42 pm CET\n\n"
                "BRUSSELS — Spain refused on Thursday to set a date for meeting the target.\n")
    assert wire_dateline_place(politico) is None  # (events are not placed from so far)
    assert wire_dateline_place(politico, whole=True) == "Brussels"
    elpais = ("Colombia suspends peace talks with the ELN after deadly attack\n\nPresident "
              "Felipe Arboleda says negotiations will not resume.\n\nSantiago Mejía Rueda\n"
              "Bogotá - Nov 16, 2026\n\nThe Colombian government has suspended its peace "
              "talks with the National Liberation Army (ELN) two days after an attack.\n")
    assert wire_dateline_place(elpais, whole=True) == "Bogotá"


def test_a_place_on_its_own_line_over_the_day_is_where_the_story_is_filed_from() -> None:
    """Issue 10: "Bucharest" on a line of its own over "November 25, 2026", below a headline
    and a standfirst, is the dateline; a short headline over a day is no place unless it
    names a capital. Made-up texts."""
    text = ("Premier Stakes Government on Tax Package\n\n"
            "The prime minister has tied his cabinet's survival to tax rises.\n\n"
            "Bucharest\nNovember 25, 2026\n\n"
            "The opposition filed a no-confidence motion on Tuesday.")
    assert wire_dateline_place(text) == "Bucharest"
    assert wire_dateline_place("Budget Talks Stall\nFriday, January 4, 2019\n\n"
                               "The talks stalled on Thursday.") is None
    assert wire_dateline_place("Nairobi\nFriday, January 4, 2019\n\n"
                               "The talks stalled on Thursday.") == "Nairobi"


def test_a_capital_in_title_case_before_a_dash_opens_the_body_as_a_dateline() -> None:
    """Issue 10: "Asunción - Brazilian and Paraguayan ministers ended talks …" (a South
    American outlet's style): the capital and its dash are the dateline, not a name run
    into the first sentence; a word that is no capital before a dash stays body ("Brexit -
    the deal …"). Made-up texts."""
    text = "Asunción - Brazilian and Paraguayan ministers ended talks on Thursday."
    assert wire_dateline_place(text) == "Asunción"
    assert text[headline_end(text):].startswith("Brazilian and Paraguayan")
    other = "Brexit - The deal was signed on Thursday."
    assert wire_dateline_place(other) is None and headline_end(other) == 0


def test_a_headline_opening_with_an_agency_tag_in_brackets_is_set_apart() -> None:
    """Issue 9: a wire headline that opens with the agency's tag ("(LEAD) Rival parties
    deadlocked …; finance minister warns of economic fallout") above a dateline is a
    headline, so its words make no claim. Made-up text in Yonhap's style."""
    text = ("(LEAD) Rival parties deadlocked over budget as deadline looms; finance minister "
            "warns of economic fallout\n\nSEOUL, Nov. 30 (Yonhap) -- The ruling and opposition "
            "parties failed again Monday to narrow their differences over the budget, raising "
            "the prospect that parliament will miss the deadline.\n\nThe two floor leaders "
            "met the Speaker for about an hour in the morning but parted without a deal, "
            "according to the speaker's office. The three plan to meet again on Tuesday "
            "afternoon, and the Speaker said he would convene a plenary session on "
            "Wednesday to handle the bill.")
    assert text[headline_end(text):].startswith("The ruling and opposition parties")
    assert wire_dateline_place(text) == "Seoul"
