"""Inputs cut into partitions that workers read on their own (``ingest --cluster``).

A partition names what to read, not the documents: a group of small files, or a byte range
of a large JSON Lines or CSV file that starts and ends on a record boundary (found by one
pass over the file here, so a worker never parses rows it does not own). Reading a
partition gives exactly the items, in order and with the same names (``file.jsonl:LINE``,
``file.csv#row=N``), that reading the whole input with ``iter_inputs`` gives (for a CSV
file whose quoting breaks, the parts after the break are still read). Inputs that
only this machine can read (``-`` for stdin, URLs) are read here and travel with their
partition. On a real cluster, file paths must be readable by every worker (a shared disk).
"""

from __future__ import annotations

import csv
import io
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

from stancemap.model import RawDocument, ReadError
from stancemap.read.common import DEFAULT_MAX_BYTES
from stancemap.read.csv import _allow_fields_of, iter_csv
from stancemap.read.jsonl import iter_jsonl
from stancemap.read.sources import folder_files, iter_inputs, iter_path, kind_of, os_message
from stancemap.read.url import is_url

PART_BYTES = 1 << 20  # about 250 news articles: a few minutes of one worker's time
PART_FILES = 64  # small files grouped in one partition

Item = RawDocument | ReadError


@dataclass(frozen=True)
class Partition:
    """One unit of work: ``files`` read whole, or rows of ``path`` in ``[start, stop)`` bytes
    (``first`` rows before them; for CSV the header is the file's first ``header`` bytes),
    or ``items`` already read."""

    kind: Literal["files", "jsonl", "csv", "items"]
    files: tuple[str, ...] = ()
    path: str = ""
    start: int = 0
    stop: int = 0
    first: int = 0
    header: int = 0
    items: tuple[Item, ...] = ()
    size: int = 0  # bytes, for progress
    base: str = ""  # the client's working folder: relative paths are read from there

    @property
    def name(self) -> str:
        """What the partition holds, for messages."""
        if self.kind == "files":
            more = f" and {len(self.files) - 1} more" if len(self.files) > 1 else ""
            return f"{self.files[0]}{more}"
        if self.kind == "items":
            return f"{len(self.items)} documents read by the client"
        return f"{self.path} (bytes {self.start}–{self.stop})"


def plan(paths: Iterable[str], *, part_bytes: int = PART_BYTES,
         max_bytes: int = DEFAULT_MAX_BYTES, url_deadline: float | None = None
         ) -> Iterator[Partition]:
    """The partitions of ``paths`` (files, folders, URLs, ``-``), in input order."""
    group: list[str] = []
    size = 0
    base = os.getcwd()

    def flush() -> Iterator[Partition]:
        nonlocal group, size
        if group:
            yield Partition("files", files=tuple(group), size=size, base=base)
        group, size = [], 0

    for path in paths:
        if path == "-" or is_url(path):
            yield from flush()
            kwargs = {"url_deadline": url_deadline} if url_deadline else {}
            yield from _carried(iter_inputs([path], max_bytes=max_bytes, **kwargs), part_bytes)
            continue
        for found in _files(path):
            if isinstance(found, ReadError):
                yield from flush()
                yield Partition("items", items=(found,))
                continue
            length = os.stat(found).st_size
            kind = kind_of(found)
            if kind in ("jsonl", "csv") and length > part_bytes and _splittable(found, kind):
                yield from flush()
                for part in _ranges(found, kind, part_bytes, max_bytes):
                    yield replace(part, base=base)
                continue
            group.append(found)
            size += length
            if size >= part_bytes or len(group) >= PART_FILES:
                yield from flush()
    yield from flush()


def read_partition(part: Partition, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The items of ``part``, as ``iter_inputs`` gives them for the whole input."""
    if part.kind == "items":
        yield from part.items
    elif part.kind == "files":
        for path in part.files:
            yield from _named(iter_path(_at(part, path), max_bytes=max_bytes),
                              _at(part, path), path)
    else:
        try:
            with open(_at(part, part.path), "rb") as fh:
                head = fh.read(part.header) if part.kind == "csv" else b""
                fh.seek(part.start)
                body = io.BytesIO(head + fh.read(part.stop - part.start))
        except OSError as exc:
            yield ReadError(part.path, os_message(exc))
            return
        reader = iter_csv if part.kind == "csv" else iter_jsonl
        yield from reader(body, part.path, max_bytes=max_bytes, first=part.first)


def _at(part: Partition, path: str) -> str:
    """Where a worker finds ``path`` (workers may run in another folder)."""
    return os.path.join(part.base, path) if part.base else path


def _named(items: Iterable[Item], opened: str, given: str) -> Iterator[Item]:
    """Items named after the path as the user gave it, not as the worker opened it."""
    for item in items:
        if opened != given and item.source.startswith(opened):
            item.source = given + item.source[len(opened):]
        yield item


def _files(path: str) -> Iterator[str | ReadError]:
    try:
        info = os.stat(path)
    except OSError:
        yield from _unreadable(path)
        return
    if stat.S_ISDIR(info.st_mode):
        yield from folder_files(path)
    elif stat.S_ISREG(info.st_mode):
        yield path
    else:
        yield from _unreadable(path)


def _unreadable(path: str) -> Iterator[ReadError]:
    """What ``iter_path`` says about a path that is neither a file nor a folder."""
    for item in iter_path(path):
        if isinstance(item, ReadError):
            yield item


def _carried(items: Iterable[Item], part_bytes: int) -> Iterator[Partition]:
    """Items read here, grouped about ``part_bytes`` of text to a partition."""
    batch: list[Item] = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item.text.encode("utf-8")) if isinstance(item, RawDocument) else 0
        if size >= part_bytes:
            yield Partition("items", items=tuple(batch), size=size)
            batch, size = [], 0
    if batch:
        yield Partition("items", items=tuple(batch), size=size)


def _splittable(path: str, kind: str) -> bool:
    """Only UTF-8 (or ASCII) files are cut (a cut elsewhere could split a character), and
    CSV files only with a ``text`` column (else the whole file is one error)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1 << 16)
    except OSError:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start <= len(head) - 4:  # not just the last character cut off
            return False
        text = head[:exc.start].decode("utf-8")
    if kind != "csv":
        return True
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    header = next((r for r in rows if any(c.strip() for c in r)), [])
    return "text" in [c.strip().lower() for c in header]


def _ranges(path: str, kind: str, part_bytes: int, max_bytes: int) -> Iterator[Partition]:
    """Byte ranges of about ``part_bytes`` ending on record boundaries; each holds at least
    one record with a value (a part of blank lines would read as an empty file)."""
    bounds = _csv_records(path, max_bytes) if kind == "csv" else _lines(path)
    header = start = first = rows = 0
    filled = False
    held: Partition | None = None  # the last cut, extended if only blanks follow it
    for end, numbered, content in bounds:
        if kind == "csv" and header == 0:
            if content:  # the first record with a value is the header
                header = start = end
            continue
        rows += numbered
        filled = filled or content
        if end - start >= part_bytes and filled:
            if held is not None:
                yield held
            held = Partition(kind, path=path, start=start, stop=end, first=first,  # type: ignore[arg-type]
                             header=header, size=end - start)
            start, first, filled = end, rows, False
    end = os.stat(path).st_size
    if held is not None and not filled:
        held = replace(held, stop=end, size=end - held.start)
    elif end > start or held is None:
        if held is not None:
            yield held
        held = Partition(kind, path=path, start=start, stop=end, first=first,  # type: ignore[arg-type]
                         header=header, size=end - start)
    yield held


def _lines(path: str) -> Iterator[tuple[int, int, bool]]:
    """(byte offset after each line, 1, whether it has a value): ``iter_jsonl`` numbers every
    physical line."""
    with open(path, "rb") as fh:
        at = 0
        for line in fh:
            at += len(line)
            yield at, 1, bool(line.strip())


def _csv_records(path: str, max_bytes: int) -> Iterator[tuple[int, int, bool]]:
    """(byte offset after each CSV record, 1 if ``iter_csv`` counts it as a row, whether it
    has a value): records may span lines (quoted newlines), so the csv module finds where
    each one ends."""
    _allow_fields_of(max_bytes)
    with open(path, "rb") as fh:
        at = 0

        def lines() -> Iterator[str]:
            nonlocal at
            for raw in fh:
                at += len(raw)
                yield raw.decode("utf-8", errors="surrogateescape")

        try:
            for row in csv.reader(lines()):
                valued = any(cell.strip() for cell in row)
                yield at, int(valued), valued
        except csv.Error:
            return  # the rest goes to the last partition, where iter_csv reports it
