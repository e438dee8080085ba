"""Input readers: files, folders, URLs and stdin → one RawDocument (or ReadError) each.

``iter_inputs`` is the entry point; the modules beside it each read one kind of input
(text, html, jsonl, csv, url, stdin) and share decoding (``decode``) and date handling
(``dates``). Nothing here raises for a bad input: it becomes a ReadError whose message is
one line saying what is wrong and what to do.
"""

from stancemap.read.common import DEFAULT_MAX_BYTES
from stancemap.read.dates import normalise_published
from stancemap.read.sources import KNOWN_EXTENSIONS, iter_inputs
from stancemap.read.url import DEADLINE_SECONDS

__all__ = ["DEADLINE_SECONDS", "DEFAULT_MAX_BYTES", "KNOWN_EXTENSIONS", "iter_inputs",
           "normalise_published"]
