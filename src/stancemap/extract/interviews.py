"""Interview answers: who is speaking in a question-and-answer text.

Wikinews and many outlets print interviews as turns, each opened by the speaker's name in
double brackets ("((Wayne Tseng)) [I am an] Australian citizen …", "((WSS)) : Which past
president do you admire?"). An answer holds its speaker's own words just as a quote does,
though no quotation mark says so; it runs over the paragraphs after its marker until the
next marker or a paragraph that asks a question. Done on characters, like quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stancemap import lexicon
from stancemap.extract.quotes import PARAGRAPH_BREAK, paragraphs

MARKER = re.compile(r"\(\(\s*([^()\n]{1,60}?)\s*\)\)\s*:?\s*")


@dataclass(frozen=True)
class Turn:
    """One paragraph of an answer: its text span and the name its turn was opened by."""

    start: int
    end: int
    name: str
    name_start: int
    name_end: int


@lexicon.cached
def _interviewers() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.load("cues").get("interviewer_tags") or [])


def _bare_marker(text: str, start: int, names: tuple[str, ...]) -> tuple[str, int, int] | None:
    """A turn opened by the answerer's name or initials without brackets, as printed
    interviews lose their bold ("Michael Siegel I am a professor …", "MS The results
    suggest …"): the name, where it stands, and where the answer starts."""
    for name in names:
        initials = "".join(w[0] for w in name.split() if w[:1].isupper())
        for form in (name, initials if len(initials) >= 2 else None):
            if form and text.startswith(form + " ", start) \
                    and text[start + len(form) + 1:start + len(form) + 2].isupper():
                return name, start, start + len(form)
    return None


def find_turns(text: str, names: tuple[str, ...] = ()) -> list[Turn]:
    """The answer paragraphs of an interview text, each with the name of who answers.
    ``names``: people the article names, whose turns may open without brackets."""
    if "((" not in text:
        return []
    interviewers = _interviewers()
    out: list[Turn] = []
    current: tuple[str, int, int] | None = None  # the answering speaker's marker
    for start, end in paragraphs(text, PARAGRAPH_BREAK):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        m = MARKER.match(text, start)
        bare = _bare_marker(text, start, names) if m is None else None
        if bare is not None:
            current = bare
            start = bare[2] + 1
        elif m is not None:
            name = m.group(1).strip()
            if name.lower() in interviewers or name.isupper():
                current = None  # the interviewer asks ("((WN))", "((WSS))")
                continue
            current = (name, m.start(1), m.start(1) + len(name))
            start = m.end()
        elif text[start:end].rstrip().endswith("?"):
            current = None  # an unmarked question ends the answer before it
            continue
        if current is not None and end > start:
            out.append(Turn(start, end, *current))
    return out
