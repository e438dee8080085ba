"""Where documents come from: paths, folders, http(s) URLs and ``-`` (stdin).

This is the one place that turns what a user typed into readers; each kind of input has
its own module, and none of them raises for a bad input: it becomes a ReadError and the
rest of the inputs are still read.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from typing import Literal

from stancemap.model import RawDocument, ReadError
from stancemap.read.common import DEFAULT_MAX_BYTES, one_line, too_big
from stancemap.read.csv import iter_csv
from stancemap.read.decode import read_up_to
from stancemap.read.html import html_bytes_document
from stancemap.read.jsonl import iter_jsonl
from stancemap.read.sniff import iter_sniffed
from stancemap.read.stdin import iter_stdin
from stancemap.read.text import text_document
from stancemap.read.url import DEADLINE_SECONDS, is_url, iter_url, make_client

FileKind = Literal["text", "html", "jsonl", "csv"]

#: Extensions read from folders (and how); other files are read only when named explicitly.
KNOWN_EXTENSIONS: dict[str, FileKind] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}

Item = RawDocument | ReadError


def iter_inputs(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES,
    url_deadline: float = DEADLINE_SECONDS,
) -> Iterator[Item]:
    """Every document in ``paths``, in order: files, folders (recursively), URLs, ``-``.

    Yields a RawDocument per document, or a ReadError per input (or row) that could not be
    read; a bad input never stops the others. ``max_bytes`` caps one document: a text or
    HTML file, a fetched page, one JSONL or CSV row's text; ``url_deadline`` caps the
    seconds one URL's download may take.
    """
    if isinstance(paths, str | bytes):
        raise TypeError("iter_inputs takes a list of paths, not a single string")
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be positive, not {max_bytes}")
    client = None
    try:
        for item in paths:
            path = os.fspath(item)
            if not isinstance(path, str):
                raise TypeError(f"paths must be str or os.PathLike[str], not {path!r}")
            if path == "-":
                yield from iter_stdin(max_bytes=max_bytes)
            elif is_url(path):
                if client is None:
                    client = make_client()
                yield from iter_url(path, client, max_bytes=max_bytes, deadline=url_deadline)
            else:
                yield from iter_path(path, max_bytes=max_bytes)
    finally:
        if client is not None:
            client.close()


def iter_path(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """A file (any extension) or a folder (only known extensions, hidden ones skipped)."""
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENOENT and "://" in path:
            yield ReadError(path, "is not a file, folder or http(s) URL; check it")
        else:
            yield ReadError(path, os_message(exc))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from iter_folder(path, max_bytes=max_bytes)
    elif not stat.S_ISREG(info.st_mode):
        yield ReadError(path, special_file(info.st_mode))
    else:
        yield from iter_file(path, max_bytes=max_bytes, size=info.st_size)


def iter_folder(root: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Files under ``root`` with a known extension, sorted by path, hidden files and folders
    skipped, symlinked folders not followed (no loops).
    """
    for found in folder_files(root):
        if isinstance(found, ReadError):
            yield found
        else:
            yield from iter_path(found, max_bytes=max_bytes)


def folder_files(root: str) -> Iterator[str | ReadError]:
    """The regular files :func:`iter_folder` reads, in its order, or why one cannot be."""
    errors: list[OSError] = []
    found: list[tuple[tuple[str, ...], str]] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        rel = os.path.relpath(dirpath, root)
        parts = () if rel == os.curdir else tuple(rel.split(os.sep))
        for name in filenames:
            if not name.startswith(".") and kind_of(name) is not None:
                found.append(((*parts, name), os.path.join(dirpath, name)))
    for error in errors:
        yield ReadError(error.filename or root, os_message(error))
    if not found and not errors:
        shown = " ".join(KNOWN_EXTENSIONS)
        yield ReadError(root, f"has no files to read (looked for {shown}); check the folder")
    for _, path in sorted(found):
        try:
            info = os.stat(path)
        except OSError as exc:
            yield ReadError(path, os_message(exc))
            continue
        if stat.S_ISREG(info.st_mode):
            yield path
        else:  # a FIFO would block the run until something writes to it
            yield ReadError(path, special_file(info.st_mode))


def iter_file(
    path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, size: int | None = None
) -> Iterator[Item]:
    """One file by its extension; an unknown extension is sniffed (HTML, JSON Lines, text)."""
    kind = kind_of(path)
    try:
        with open(path, "rb") as fh:
            if kind == "jsonl":
                yield from iter_jsonl(fh, path, max_bytes=max_bytes)
            elif kind == "csv":
                yield from iter_csv(fh, path, max_bytes=max_bytes)
            elif kind is None:
                yield from iter_sniffed(fh, path, max_bytes=max_bytes, size=size)
            elif size is not None and size > max_bytes:
                yield ReadError(path, too_big(size, max_bytes))
            else:
                data = read_up_to(fh, max_bytes + 1)
                if len(data) > max_bytes:
                    yield ReadError(path, too_big(None, max_bytes))
                elif kind == "html":
                    yield html_bytes_document(data, path, max_bytes=max_bytes)
                else:
                    yield text_document(data, path)
    except OSError as exc:
        yield ReadError(path, os_message(exc))


def special_file(mode: int) -> str:
    """Why a path that is neither a regular file nor a folder is not read."""
    what = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
    return (f"is {what}, not a regular file: it is not opened (it could wait forever); "
            "save it to a file, or pipe it in with `-`")


def kind_of(path: str) -> FileKind | None:
    """The reader a file name calls for, by extension (any case); None if unknown."""
    return KNOWN_EXTENSIONS.get(os.path.splitext(path)[1].lower())


def os_message(exc: OSError) -> str:
    """An OSError as one line that says what to do."""
    if exc.errno == errno.ENOENT:
        return "no such file or directory; check the path"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied; check its permissions"
    reason = exc.strerror or one_line(exc) or type(exc).__name__
    return f"could not be read ({one_line(reason).lower()}); check it"
