"""Whom "he" and "she" may stand for (stancemap/extract/gender.py)."""

from __future__ import annotations

from stancemap.extract.gender import GenderCheck, actor_gender, first_names
from stancemap.model import Actor, Span


def person(name: str, text: str, role: str | None = None) -> Actor:
    at = text.index(name)
    return Actor(id=name, name=name, kind="person", role=role,
                 mentions=[Span(at, at + len(name))])


def test_first_names_ship_with_both_genders():
    names = first_names()
    assert names["sviatlana"] == "f" and names["alexander"] == "m"
    assert names["jean"] == "-"  # borne by both: a given name, no gender


def test_a_title_before_a_mention_says_what_the_name_does_not():
    text = "The ruling was welcomed by Queen Elizabeth and by Mr Jean Castex."
    assert actor_gender(person("Elizabeth", text), text) == "f"  # a lone name: the title
    assert actor_gender(person("Jean Castex", text), text) == "m"  # "Jean": either


def test_a_role_word_says_it():
    text = "Morgan Ortagus spoke."
    assert actor_gender(person("Morgan Ortagus", text, role="spokeswoman"), text) == "f"


def test_nothing_said_fits_any_pronoun():
    text = "Lee spoke; the ministry answered."
    check = GenderCheck(text)
    lee = person("Lee", text)  # a lone name may be a surname
    assert actor_gender(lee, text) is None
    assert check.fits("she", lee) and check.fits("he", lee)
    ministry = Actor(id="m", name="ministry", kind="organization")
    assert check.fits("she", ministry)  # only persons are checked


def test_a_known_gender_blocks_the_other_pronoun():
    text = "Alexander Lukashenko and Sviatlana Tsikhanouskaya"
    check = GenderCheck(text)
    man, woman = person("Alexander Lukashenko", text), person("Sviatlana Tsikhanouskaya", text)
    assert not check.fits("she", man) and check.fits("he", man)
    assert not check.fits("his", woman) and check.fits("her", woman)
    assert check.fits("they", man)  # not a gendered pronoun


def test_accented_given_names_are_found_by_their_plain_form():
    from stancemap.extract.gender import given_name

    assert given_name("Gáspár") == given_name("Gaspar") == "m"  # the list holds "gaspar"
    assert given_name("Tsikhanouskaya") is None
