"""Build ``lexicon/first_names.tsv.gz``: given names, and the gender each clearly has.

    pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg && unzip -o /tmp/nqg/*.whl -d /tmp/nqg
    python scripts/first_names.py /tmp/nqg/nomquamgender/name_data.json

The source is nomquamgender 0.1.4's name data (Van Buskirk, Clauset & Larremore, MIT
licence; each name with its number of sources, its count and the share of women bearing
it). Kept: names seen in at least 3 sources and 30 people; marked f or m when borne by
women in ≥ 90% or ≤ 10% of cases, else "-". The pronoun rules use the gender, so that
"she" is not resolved to "Alexander Lukashenko" (names in between — Jean, Kim, Bernie —
never block); the actor rules use the list to tell a person's name from an organisation's.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/stancemap/lexicon/first_names.tsv.gz"
NAME = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$")


def main(source: str) -> None:
    data = json.loads(Path(source).read_text("utf-8"))
    rows = []
    for name, (sources, count, share, *_rest) in sorted(data.items()):
        if sources >= 3 and count >= 30 and NAME.match(name):
            gender = "f" if share >= 0.9 else "m" if share <= 0.1 else "-"
            rows.append(f"{name}\t{gender}\n")
    header = "# first name<TAB>f|m|- (either), from nomquamgender 0.1.4 (MIT): " \
        "scripts/first_names.py\n"
    # mtime=0: the same input gives the same bytes
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write((header + "".join(rows)).encode("utf-8"))
    print(f"{len(rows)} names → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
