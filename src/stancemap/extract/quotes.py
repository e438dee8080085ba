"""Direct quotes: where quoted words start and end in the text.

Done on characters, not on the parse, because the small model splits and attaches quote
marks unreliably. Straight and curly marks both count; a quote may run over sentences, and
over paragraphs when the next paragraph opens with a mark (the press convention). A straight
mark after a space inside an open quote opens a nested quote ('The "United States" is'),
so a quote within a quote does not flip the rest inside out. A quote left open runs to the
end of its paragraph: unbalanced marks never leak into the next paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

OPEN_CURLY = "“„«"
CLOSE_CURLY = "”»"
STRAIGHT = '"'
PARAGRAPH = re.compile(r"\n\s*\n|\n")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")  # a blank line: where a paragraph ends


@dataclass(frozen=True)
class Quote:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    balanced: bool = True


class QuoteIndex:
    """The quotes of one text, asked by character offset."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self._starts = [q.start for q in self.quotes]

    def at(self, char: int) -> Quote | None:
        """The quote holding ``char``, if any."""
        i = bisect_right(self._starts, char) - 1
        if i >= 0 and self.quotes[i].start <= char < self.quotes[i].end:
            return self.quotes[i]
        return None

    def last_ending_by(self, char: int) -> Quote | None:
        """The quote that starts last among those ending at or before ``char``, if any."""
        i = bisect_right(self._starts, char) - 1
        while i >= 0 and self.quotes[i].end > char:
            i -= 1
        return self.quotes[i] if i >= 0 else None

    def inside(self, start: int, end: int) -> float:
        """Share of text[start:end] (0..1) that lies inside quotes."""
        if end <= start:
            return 0.0
        covered = 0
        i = max(bisect_right(self._starts, start) - 1, 0)
        while i < len(self.quotes) and self.quotes[i].start < end:
            q = self.quotes[i]
            covered += max(0, min(q.end, end) - max(q.start, start))
            i += 1
        return covered / (end - start)

    def overlapping(self, start: int, end: int) -> list[Quote]:
        i = max(bisect_right(self._starts, start) - 1, 0)
        out = []
        while i < len(self.quotes) and self.quotes[i].start < end:
            q = self.quotes[i]
            if q.end > start:
                out.append(q)
            i += 1
        return out


def paragraphs(text: str, breaks: re.Pattern[str] = PARAGRAPH) -> list[tuple[int, int]]:
    """The (start, end) of each non-empty stretch of ``text`` between ``breaks``: a line
    (the default), or with ``PARAGRAPH_BREAK`` a blank-line paragraph."""
    out, pos = [], 0
    for m in breaks.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def find_quotes(text: str) -> QuoteIndex:
    """Every top-level quote in ``text`` (nested quotes stay part of their outer quote)."""
    quotes: list[Quote] = []
    for p_start, p_end in paragraphs(text):
        depth = 0
        opened = -1
        for i in range(p_start, p_end):
            ch = text[i]
            if ch not in OPEN_CURLY and ch not in CLOSE_CURLY and ch != STRAIGHT:
                continue
            prev = text[i - 1] if i > p_start else " "
            nxt = text[i + 1] if i + 1 < p_end else " "
            if ch in OPEN_CURLY or (ch == STRAIGHT and depth == 0):
                if depth == 0:
                    opened = i + 1
                depth += 1
            elif ch == STRAIGHT and prev.isspace() and (nxt.isalnum() or nxt in "[("):
                depth += 1  # a quote within the quote
            elif depth > 0:
                depth -= 1
                if depth == 0:
                    quotes.append(Quote(opened, i))
        if depth > 0 and opened < p_end:
            end = p_end
            while end > opened and text[end - 1].isspace():
                end -= 1
            quotes.append(Quote(opened, end, balanced=False))
    return QuoteIndex([q for q in quotes if q.end > q.start])
