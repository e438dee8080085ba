"""Write the texts and meta.json of the hand-coded gold articles from the Wikinews corpus.

Reads ``eval/articles.tsv`` (id, corpus file, row) and the corpus CSVs, draws the frozen test
split once (a seeded sample of the articles that are not bundled examples: those were seen
while building), and writes ``eval/gold/{train,test}/texts/<id>.txt`` and ``meta.json``.
Texts are the corpus text with trailing white space cut, as in the shared dev set.

    python eval/tools/gold_texts.py ../shared/corpus/wikinews
"""

from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[1]
TEST_SIZE = 22
SEED = 9
ADDED = "added to train"  # the note of articles coded after the test split was frozen
LICENSE = 'CC BY 2.5 (Creative Commons Attribution 2.5 Generic); attribute "Wikinews contributors"'


def articles() -> list[tuple[str, str, int, str]]:
    rows = []
    for line in (ROOT / "articles.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            parts = line.split("\t")
            rows.append((parts[0], parts[1], int(parts[2]), parts[3] if len(parts) > 3 else ""))
    return rows


def split(rows: list[tuple[str, str, int, str]]) -> dict[str, str]:
    """The frozen test split: drawn once from the articles listed when it was frozen; rows
    noted "added to train" came later and go to train without changing that draw."""
    fresh = sorted(r[0] for r in rows if "example" not in r[3] and ADDED not in r[3])
    test = set(random.Random(SEED).sample(fresh, TEST_SIZE))
    return {r[0]: "test" if r[0] in test else "train" for r in rows}


def _url(url: str) -> str:
    return url.replace("//wiki/", "/wiki/")


def _dev_urls(corpus: Path) -> set[str]:
    """URLs of the shared dev articles (``<shared>/eval/dev/meta.json`` beside the corpus):
    some corpus rows are dev articles, and coding one again would put it in two splits."""
    meta = corpus.resolve().parents[1] / "eval" / "dev" / "meta.json"
    if not meta.is_file():
        return set()
    return {unquote(m["url"]) for m in json.loads(meta.read_text(encoding="utf-8")).values()}


def main(corpus: str) -> None:
    csv.field_size_limit(10**9)
    tables: dict[str, list[dict[str, str]]] = {}
    rows = articles()
    splits = split(rows)
    metas: dict[str, dict[str, dict[str, str]]] = {"train": {}, "test": {}}
    dev = _dev_urls(Path(corpus))
    for art_id, name, row, _ in rows:
        if name not in tables:
            with open(Path(corpus) / name, encoding="utf-8", newline="") as fh:
                tables[name] = list(csv.DictReader(fh))
        rec = tables[name][row]
        if unquote(_url(rec["url"])) in dev:
            sys.exit(f"{art_id}: {name} row {row} is a dev article (its gold is in the shared "
                     "dev set); take it out of eval/articles.tsv")
        part = splits[art_id]
        out = ROOT / "gold" / part / "texts" / f"{art_id}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(rec["text"].rstrip() + "\n", encoding="utf-8")
        metas[part][art_id] = {
            "url": _url(rec["url"]),
            "title": rec["title"],
            "published": rec["date"],
            "license": LICENSE,
            "source": f"English Wikinews (en.wikinews.org), Wikinews contributors; text from "
            f"GitHub repo vanatteveldt/wikinews, file data/{name}, row {row}",
        }
    for part, meta in metas.items():
        path = ROOT / "gold" / part / "meta.json"
        path.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{part}: {len(meta)} articles -> {path.parent}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parents[1] / "shared/corpus/wikinews"))
