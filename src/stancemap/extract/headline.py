"""Lines above the body of a plain text: a headline, a dateline.

A plain text often starts with its headline ("Donald Trump Tells Allies To Pay More", or in
sentence case on a line of its own) and a dateline ("Friday, January 4, 2019"); wire copy
opens its first paragraph with the place it was filed from ("PARIS, Feb 17 (Reuters) - ").
None of them is prose: a headline's capitals make every word look like a name, and it
restates the body in telegraphic form. They are recognised here by shape alone, so actors,
claims and events read only the body, and the headline can serve as the document's title
when the input gave none.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc

from stancemap import lexicon
from stancemap.extract.dates import publication_lead
from stancemap.extract.dates import words as date_words

SENTENCE_END = tuple(".!?;:,") + ('."', ".”", "?”", '?"', "!”", '!"')
MAX_WORDS = 25
BODY_START = "body_start"


@lexicon.cached
def dateline() -> re.Pattern[str]:
    """ "Friday, January 4, 2019", "4 January 2019", "2019-01-04", "04/12/2026", after a
    publication line's lead ("Published On 6 Dec 2026"; weekdays and leads from the
    lexicon)."""
    days = "|".join(re.escape(d) for d in date_words().weekdays)
    return re.compile(
        publication_lead() + r"(?:(?:" + days + r"),?\s+)?"
        r"(?:\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+,?\s+\d{4}|\d{4}-\d\d-\d\d"
        r"|\d{1,2}[/.]\d{1,2}[/.]\d{4})",
        re.IGNORECASE,
    )


# A wire service's dateline opening the body's first paragraph: the place in capitals, then
# maybe its country and/or the day, maybe the agency, then a dash ("NEW YORK, March 22 — ",
# "PARIS, Feb 17 (Reuters) - ", "WASHINGTON (AP) — ", "KYIV, Ukraine — ", "BELEM, Brazil,
# Nov 22 (Reuters) - "); two places filed from at once are joined by a slash
# ("NEW DELHI/ISLAMABAD, May 10 (Reuters) - "); in title case with the agency named
# ("Kinshasa (AFP) - "), maybe after its country ("United Nations (United States) (AFP) - ");
# or with a colon ("ISLAMABAD: ").
WIRE_DATELINE = re.compile(
    r"(?:[A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+){0,5}"
    r"(?:, [A-Z][\w.]*(?: [\w.]+){0,3}){0,2}"
    r"(?: ?\([A-Z][\w .&/-]{0,30}\)){0,2}"
    r" ?(?:—|–|--|-)"
    # or a place and its country in title case before a long dash ("Addis Ababa, Ethiopia –")
    r"|[A-Z][\w'.\-]+(?: [A-Z][\w'.\-]+){0,3}, [A-Z][\w.]+(?: [A-Z][\w.]+){0,2} (?:—|–)"
    # or a place in title case with the agency's name in brackets ("Kinshasa (AFP) - ")
    r"|[A-Z][\w'.\-]+(?: [A-Z][\w'.\-]+){0,3}(?:, [A-Z][\w.]*(?: [\w.]+){0,3}){0,2}"
    r"(?: ?\([A-Z][\w .&/-]{0,30}\)){1,2} ?(?:—|–|--|-)"
    # or the place in capitals and a colon, as South Asian papers write it ("ISLAMABAD: ")
    r"|[A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+){0,3}:)"
    r"(?: (?=[\"“‘']?[A-Z])|$)"  # then a sentence ("NATO - the alliance -" is none)
)


SPACE = re.compile(r"\s*")
STANDFIRST_CHARS = 300  # a paragraph this short above a dateline is the story's standfirst
# A header line with the place the story is filed from and its day ("Bogotá - Nov 16, 2026").
PLACE_DAY_LINE = re.compile(r"([A-Z][\w'.\-]+(?: [A-Z][\w'.\-]+){0,3}) (?:-|—|–|\|) (.+)")
# A place in title case and a dash opening the body ("Asunción - "), a dateline when the place
# is a capital (headline._wire_dateline).
TITLE_PLACE_DASH = re.compile(
    r"([A-Z][\w'.\-]+(?: [A-Z][\w'.\-]+){0,2}) (?:-|—|–) (?=[\"“‘']?[A-Z])")
# A header line that is a place alone ("Bucharest", "Buenos Aires"), and how far to look for it.
PLACE_LINE = re.compile(r"[A-Z][\w'.\-]+(?: [A-Z][\w'.\-]+){0,2}")
HEADER_SCAN_CHARS = 1200


def wire_dateline_end(text: str, start: int) -> int:
    """Where a wire dateline opening the body at ``start`` ends, else ``start``."""
    at = SPACE.match(text, start).end()  # (\s* always matches)
    m = _wire_dateline(text, at)
    return m.end() if m and m.end() - at <= 80 else start


def _wire_dateline(text: str, at: int) -> re.Match[str] | None:
    """A wire dateline at ``at`` (``WIRE_DATELINE``), or a capital's name in title case
    before a dash ("Asunción - Brazilian and Paraguayan ministers ended talks …"), which a
    title-case word before a dash is not otherwise ("Brexit - the deal …")."""
    m = WIRE_DATELINE.match(text, at)
    if m is not None:
        return m
    m = TITLE_PLACE_DASH.match(text, at)
    if m is not None:
        from stancemap.extract.lexicon_index import get

        if get().capital_state(m.group(1)):
            return m
    return None


def _body_dateline(text: str, further: bool = False) -> str | None:
    """The wire dateline opening the body, as written; with ``further``, also one opening a
    paragraph after a short standfirst ("Madrid won't put a date on the target. …", a
    byline, then "BRUSSELS — Spain refused …"), or a place before the day on a line of the
    header ("Bogotá - Nov 16, 2026"): where the story is filed from. Else None."""
    at = SPACE.match(text, _header_end(text)).end()
    for _ in range(4 if further else 1):  # (a standfirst, a byline, a time line)
        m = _wire_dateline(text, at)
        if m and m.end() - at <= 80:
            return m.group(0)
        nl = text.find("\n", at)
        if nl < 0 or nl - at > STANDFIRST_CHARS:
            break
        at = SPACE.match(text, nl).end()
    for line in text[:at].splitlines() if further else []:
        m = PLACE_DAY_LINE.fullmatch(line.strip())
        if m and dateline().fullmatch(m.group(2)):
            return f"{m.group(1)} -"
    return _place_over_day(text)


def _place_over_day(text: str) -> str | None:
    """A place on a line of its own over the day on the next ("Bucharest" / "November 25,
    2026", below a headline and a standfirst): where the story is filed from, as a dateline
    ("Bucharest -"). The text's first line is a headline unless it names a capital."""
    from stancemap.extract.lexicon_index import get

    lines = [line.strip() for line in text[:HEADER_SCAN_CHARS].splitlines() if line.strip()]
    for k, (line, below) in enumerate(itertools.pairwise(lines)):
        if PLACE_LINE.fullmatch(line) and dateline().fullmatch(below) \
                and (k or get().capital_state(line)):
            return f"{line} -"
    return None


def wire_dateline_place(text: str, whole: bool = False) -> str | None:
    """The place a wire dateline opening the body names first, as a name ("KHARTOUM, Nov 4
    (AP) —" → "Khartoum"; "NEW DELHI/ISLAMABAD, …" → "New Delhi"; with ``whole``, every
    place the story is filed from: "New Delhi/Islamabad", also from a dateline below a
    standfirst or in the header), else None."""
    line = _body_dateline(text, further=whole)
    if line is None:
        return None
    place = re.split(r"[,(—–:]| -" if whole else r"[,/(—–:]| -", line, maxsplit=1)[0].strip()
    return place.title() if place else None


def wire_dateline_outlet(text: str) -> str | None:
    """The agency a wire dateline names in brackets ("ANDONG, Dec. 5 (Yonhap) --" →
    "Yonhap"), else None: a national agency files from its own state when the dateline's
    place is one the lexicon does not know."""
    line = _body_dateline(text, further=True)
    m = re.search(r"\(([^()]+)\)", line or "")
    return m.group(1).strip() if m else None


def wire_dateline_region(text: str) -> str | None:
    """The country or region a wire dateline names after its place ("BELEM, Brazil, Nov 21
    (Reuters) -" → "Brazil"; "KYIV, Ukraine —" → "Ukraine"), else None: a place little known
    abroad is filed with the state it is in."""
    line = _body_dateline(text, further=True)
    if line is None:
        return None
    head = re.split(r"\(|—|–| -", line, maxsplit=1)[0]
    parts = [p.strip() for p in head.split(",")[1:]]
    return next((p for p in parts if p and not any(ch.isdigit() for ch in p)), None)


def _is_headline(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= MAX_WORDS or line.endswith(SENTENCE_END):
        return False
    if line.isupper():
        return True
    content = [w for w in words if len(w.strip("'\"‘’“”()")) > 3 and w[0].isalpha()]
    if len(content) < 2:
        return False
    return sum(w[0].isupper() for w in content) / len(content) >= 0.8


def _paragraph_below(line: str, below: str) -> bool:
    """The line below is a paragraph of its own: at least twice as long, ending a sentence."""
    return len(below) >= 2 * len(line) and below.endswith(SENTENCE_END)


def _is_title_line(line: str, rest: str) -> bool:
    """A sentence-case title ("Scottish court finds suspension of UK parliament unlawful"):
    a short line with no closing punctuation, set apart by a blank line, above more text;
    it may open with an agency's tag in brackets ("(LEAD) Rival parties deadlocked …")."""
    words = line.split()
    return 3 <= len(words) <= MAX_WORDS and not line.endswith(SENTENCE_END) \
        and line.lstrip("([\"'“‘")[:1].isupper() and len(rest.split()) >= 3 * len(words)


def headline_end(text: str) -> int:
    """Offset where the body starts: after a leading headline and/or dateline, and a wire
    dateline opening the first paragraph; else 0."""
    return wire_dateline_end(text, _header_end(text))


def _header_end(text: str) -> int:
    """Offset after the headline and/or dateline lines above the body, else 0."""
    pos = 0
    end = 0
    for _ in range(7):  # (blank lines between them count too)
        nl = text.find("\n", pos)
        if nl < 0:
            break  # a text of one line is all body
        line = text[pos:nl].strip()
        if not line:
            pos = nl + 1
            continue
        after = text.find("\n", nl + 1)
        below = text[nl + 1:after if after >= 0 else len(text)]
        # set apart by a blank line, by a wire dateline opening the line below, or by a
        # whole paragraph on the line below (a hard-wrapped body's lines are alike in length)
        set_apart = not below.strip() or bool(WIRE_DATELINE.match(below.strip())) \
            or _paragraph_below(line, below.strip())
        if not (dateline().fullmatch(line) or _is_headline(line)
                or (set_apart and _is_title_line(line, text[nl:]))):
            break
        if not text[nl:].strip():
            break  # nothing follows: it is the body
        end = pos = nl + 1
    return end


def _header_line(text: str, end: int, is_dateline: bool) -> str | None:
    """The first line before ``end`` that is (or is not) a dateline."""
    for line in text[:end].splitlines():
        line = line.strip()
        if line and bool(dateline().fullmatch(line)) == is_dateline \
                and not WIRE_DATELINE.fullmatch(line):
            return line
    return None


def headline_text(text: str, end: int) -> str | None:
    """The headline among the lines before ``end`` (a dateline is not one)."""
    return _header_line(text, end, is_dateline=False)


def dateline_text(text: str, end: int) -> str | None:
    """The dateline among the lines before ``end`` ("Wednesday, March 12, 2025")."""
    return _header_line(text, end, is_dateline=True)


def mark_body(doc: Doc) -> int:
    """Record where the body starts in ``doc.user_data`` and drop entities above it."""
    start = headline_end(doc.text)
    doc.user_data[BODY_START] = start
    if start:
        doc.ents = [e for e in doc.ents if e.start_char >= start]
    return start


def body_start(doc: Doc) -> int:
    return int(doc.user_data.get(BODY_START, 0))
