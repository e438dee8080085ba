"""The `stancemap extract` command: in-process through Typer's ``CliRunner`` (the model is
loaded once), and as a user runs it (a real subprocess) where the process matters — usage
errors are formatted by the entry point, and a FIFO must not hang a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from stancemap.validate import problems

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "wikinews-politics.jsonl"

STANCEMAP = [sys.executable, "-m", "stancemap.cli"]


class Ran:
    """What a run gave: exit code, stdout and stderr as bytes (like a finished process)."""

    def __init__(self, returncode: int, stdout: bytes, stderr: bytes) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def run(*args: str, stdin: bytes | None = None) -> Ran:
    """`stancemap extract ARGS` in this process."""
    from typer.testing import CliRunner

    from stancemap.cli import app

    result = CliRunner().invoke(app, ["extract", *args], input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Ran(result.exit_code, result.stdout_bytes, result.stderr_bytes)


def run_process(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*STANCEMAP, "extract", *args], capture_output=True, timeout=300)


def first_example(tmp_path: Path) -> Path:
    row = json.loads(EXAMPLES.read_text().splitlines()[0])
    path = tmp_path / "article.txt"
    path.write_text(row["text"], encoding="utf-8")
    return path


def test_jsonl_batch_prints_valid_json_lines():
    proc = run(str(EXAMPLES))
    assert proc.returncode == 0, proc.stderr.decode()
    lines = proc.stdout.decode().splitlines()
    rows = [json.loads(x) for x in EXAMPLES.read_text().splitlines()]
    assert len(lines) == len(rows)
    for line, row in zip(lines, rows, strict=True):
        doc = json.loads(line)
        assert problems(doc, row["text"]) == []
        assert doc["document"]["published"] == row["published"]
        assert doc["document"]["title"] == row["title"]
        assert doc["actors"], "every example article names someone"


def test_one_text_file_prints_one_object_and_published_wins(tmp_path):
    path = first_example(tmp_path)
    proc = run(str(path), "--published", "2019-02-21")
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout)  # one object, not JSON Lines
    assert problems(doc, path.read_text()) == []
    assert doc["document"]["published"] == "2019-02-21"
    assert doc["document"]["source"] == str(path)


def test_stdin_and_table(tmp_path):
    text = first_example(tmp_path).read_bytes()
    proc = run("-", "--format", "table", stdin=text)
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "Actors" in out and "Trump" in out


def test_bad_inputs_reported_one_line_each_and_good_ones_kept(tmp_path):
    good = first_example(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    missing = tmp_path / "missing.txt"
    proc = run(str(empty), str(good), str(binary), str(missing), "--format", "jsonl")
    assert proc.returncode != 0
    errors = proc.stderr.decode().strip().splitlines()
    assert len(errors) == 4, errors  # three inputs, one summary
    for bad in (empty, binary, missing):
        assert sum(str(bad) in e for e in errors) == 1
    assert "3 of 4 inputs failed" in errors[-1]
    docs = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [d["document"]["source"] for d in docs] == [str(good)]


def test_unknown_format_and_option_are_one_line_usage_errors(tmp_path):
    good = first_example(tmp_path)
    for args in (("--format", "yaml"), ("--frobnicate",), ("--published", "yesterday")):
        proc = run_process(str(good), *args)
        assert proc.returncode == 2, args
        err = proc.stderr.decode().strip().splitlines()
        assert len(err) == 1 and "error" in err[0], err
        assert proc.stdout == b""


def test_nothing_read_is_an_error(tmp_path):
    folder = tmp_path / "empty-folder"
    folder.mkdir()
    proc = run(str(folder))
    assert proc.returncode != 0
    assert proc.stderr.decode().count("\n") <= 2


@pytest.mark.parametrize("command", ["extract", "ingest"])
@pytest.mark.parametrize("value", ["0", "-5"])
def test_max_bytes_must_be_positive_in_both_commands(tmp_path, command, value):
    """Issue 13: one line naming the option, exit 2, nothing written or stored."""
    db = tmp_path / "s.db"
    extra = ["--db", str(db)] if command == "ingest" else []
    proc = subprocess.run([*STANCEMAP, command, str(EXAMPLES), "--max-bytes", value, *extra],
                          capture_output=True, timeout=300)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "--max-bytes" in err and len(err.strip().splitlines()) == 1
    assert proc.stdout == b"" and not db.exists()


def test_a_fifo_is_refused_not_waited_on(tmp_path):
    """Issue 13: a named pipe given directly or met in a folder is refused with one line;
    the good input beside it is still extracted (the run would hang if it were opened)."""
    import os

    good = first_example(tmp_path)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(good.read_text("utf-8"), encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    for args in ([str(fifo), str(good)], [str(folder)]):
        proc = run_process(*args, "--format", "jsonl")
        assert proc.returncode != 0
        err = proc.stderr.decode()
        assert "FIFO" in err and "not opened" in err
        docs = [json.loads(line) for line in proc.stdout.decode().splitlines()]
        assert len(docs) == 1 and docs[0]["claims"]


def test_a_bad_published_date_names_the_option(tmp_path):
    proc = subprocess.run([*STANCEMAP, "ingest", str(EXAMPLES), "--published", "2019-02-30",
                           "--db", str(tmp_path / "s.db")], capture_output=True, timeout=300)
    assert proc.returncode == 2
    assert "'--published'" in proc.stderr.decode() and not (tmp_path / "s.db").exists()
