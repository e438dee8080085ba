"""One exception family: a broken user file stops every command with one line naming it.

The CLI runs in-process (Typer's ``CliRunner``); the files are real broken YAML in
``tmp_path``; the store is a real SQLite file that must not be half-written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancemap import lexicon
from stancemap.cli import app, main
from stancemap.errors import InputError, LexiconError, StancemapError, StoreError

FIXTURES = Path(__file__).parent / "fixtures" / "store"
SAMPLE = FIXTURES / "wikinews_sample.extracted.jsonl"
BROKEN = "oppose:\n  - wrong\nnegators: [not\n  never: no\n"  # line 4: an unclosed list


@pytest.fixture(autouse=True)
def fresh_words() -> Iterator[None]:
    """Word lists parsed under another $STANCEMAP_LEXICON must not leak between tests."""
    lexicon.reset()
    yield
    lexicon.reset()


@pytest.fixture
def broken_lexicon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "words"
    folder.mkdir()
    path = folder / "cues.yaml"
    path.write_text(BROKEN, "utf-8")
    monkeypatch.setenv("STANCEMAP_LEXICON", str(folder))
    monkeypatch.delenv("STANCEMAP_DEBUG", raising=False)
    return path


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text("Merkel said on Monday that the plan was wrong.\n", "utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def n_docs(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]


def sample_lines(tmp_path: Path, name: str, lines: slice) -> Path:
    path = tmp_path / name
    rows = SAMPLE.read_text("utf-8").splitlines(keepends=True)[lines]
    path.write_text("".join(rows), "utf-8")
    return path


def one_error_line(output: str, path: Path) -> str:
    """The single ``stancemap: error:`` line, which must name ``path``."""
    lines = [line for line in output.splitlines() if "error" in line]
    assert len(lines) == 1, output
    assert str(path) in lines[0], output
    assert "Traceback" not in output
    return lines[0]


# ------------------------------------------------------------------------ the family


def test_the_family():
    assert issubclass(LexiconError, InputError) and issubclass(InputError, StancemapError)
    assert issubclass(InputError, ValueError)  # callers catching ValueError keep working
    from stancemap.evaluate import GoldError
    from stancemap.meaning import VectorsMissing
    from stancemap.nlp import ModelMissing
    from stancemap.read.decode import UndecodableError
    from stancemap.store.db import StoreError as DbStoreError
    from stancemap.store.db import StoreMissing

    assert DbStoreError is StoreError and issubclass(StoreMissing, StoreError)
    for cls in (GoldError, UndecodableError, ModelMissing, VectorsMissing, StoreError):
        assert issubclass(cls, StancemapError), cls


def test_broken_lexicon_file_names_file_and_line(broken_lexicon: Path):
    with pytest.raises(LexiconError) as caught:
        lexicon.load("events")  # any lexicon: the user's folder is read whole
    message = str(caught.value)
    assert str(broken_lexicon) in message and "line 4" in message
    assert "STANCEMAP_LEXICON" in message and "\n" not in message


@pytest.mark.parametrize(("text", "problem"), [
    ("- just\n- a list\n", "must hold a mapping"),
    ("negator: [not]\n", "unknown key 'negator'"),
    ("negators: not\n", "'negators' must be a list"),
    ("relation_nouns: [son]\n", "'relation_nouns' must be a mapping"),
])
def test_lexicon_file_of_the_wrong_shape(broken_lexicon: Path, text: str, problem: str):
    broken_lexicon.write_text(text, "utf-8")
    with pytest.raises(LexiconError, match=problem) as caught:
        lexicon.load("cues")
    assert str(broken_lexicon) in str(caught.value)


def test_lexicon_folder_that_is_not_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("STANCEMAP_LEXICON", str(tmp_path / "nowhere"))
    with pytest.raises(LexiconError, match="is not a folder"):
        lexicon.load("cues")


def test_user_lexicon_still_extends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "cues.yaml").write_text("negators: [nary]\n", "utf-8")
    monkeypatch.setenv("STANCEMAP_LEXICON", str(tmp_path))
    negators = lexicon.load("cues")["negators"]
    assert "nary" in negators and "not" in negators


# ------------------------------------------------------------------------ the CLI


def test_extract_stops_on_a_broken_lexicon(broken_lexicon: Path, article: Path):
    result = run("extract", str(article))
    assert result.exit_code != 0
    line = one_error_line(result.output, broken_lexicon)
    assert line.startswith("stancemap: error: lexicon file") and "line 4" in line
    assert "internal error" not in result.output


@pytest.mark.parametrize("entry", ["{role: Minister}", "{name: Jane Roe, aliases: Roe}",
                                   "just a name"])
def test_extract_stops_on_a_known_actor_without_a_name(broken_lexicon: Path, article: Path,
                                                       entry: str):
    """A user's known_actors.yaml entry without a name, or with aliases that are no list, is
    one line naming the file and what to fix, not an internal error."""
    broken_lexicon.unlink()
    (broken_lexicon.parent / "known_actors.yaml").write_text(
        f"people_by_full_name:\n  - {entry}\n", "utf-8")
    result = run("extract", str(article))
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if "error" in line]
    assert len(lines) == 1 and "known_actors.yaml" in lines[0] and "needs a name" in lines[0]
    assert "internal error" not in result.output and "Traceback" not in result.output


def test_extract_stops_on_a_body_epithet_without_a_list(broken_lexicon: Path, article: Path):
    """A user's names.yaml body_epithets word given one name instead of a list of them is one
    line naming the file, the word and what to fix — not silently a word never matched."""
    broken_lexicon.unlink()
    (broken_lexicon.parent / "names.yaml").write_text("body_epithets:\n  bloc: EU\n", "utf-8")
    result = run("extract", str(article))
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if "error" in line]
    assert len(lines) == 1 and "names.yaml" in lines[0] and "'bloc'" in lines[0]
    assert "internal error" not in result.output and "Traceback" not in result.output


def test_help_still_works_with_a_broken_lexicon(broken_lexicon: Path):
    result = run("extract", "--help")
    assert result.exit_code == 0 and "Usage" in result.output


def test_debug_shows_the_exception(broken_lexicon: Path, article: Path,
                                   monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("STANCEMAP_DEBUG", "1")
    result = run("extract", str(article))
    assert isinstance(result.exception, LexiconError)


def test_main_prints_one_line(broken_lexicon: Path, article: Path,
                              capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as stopped:
        main(["extract", str(article)])
    assert stopped.value.code != 0
    err = capsys.readouterr().err
    one_error_line(err, broken_lexicon)
    assert len(err.strip().splitlines()) == 1


def test_ingest_with_broken_lexicon_writes_nothing(tmp_path: Path, broken_lexicon: Path,
                                                   monkeypatch: pytest.MonkeyPatch):
    db = tmp_path / "store.db"
    monkeypatch.delenv("STANCEMAP_LEXICON")
    first = run("ingest", "--extracted", str(sample_lines(tmp_path, "a.jsonl", slice(0, 2))),
                "--db", str(db), "--no-progress")
    assert first.exit_code == 0, first.output
    assert n_docs(db) == 2
    monkeypatch.setenv("STANCEMAP_LEXICON", str(broken_lexicon.parent))
    rest = sample_lines(tmp_path, "b.jsonl", slice(2, 6))
    result = run("ingest", "--extracted", str(rest), "--db", str(db), "--no-progress")
    assert result.exit_code != 0
    one_error_line(result.output, broken_lexicon)
    assert n_docs(db) == 2


def test_ingest_with_broken_pins_writes_nothing(tmp_path: Path):
    db = tmp_path / "store.db"
    docs = sample_lines(tmp_path, "docs.jsonl", slice(0, 3))
    pins = tmp_path / "pins.yaml"
    pins.write_text("merge:\n  - [Joe Biden, Biden\n  - x: y: z\n", "utf-8")
    result = run("ingest", "--extracted", str(docs), "--db", str(db), "--pins", str(pins),
                 "--no-progress")
    assert result.exit_code != 0
    assert "not valid YAML" in one_error_line(result.output, pins)
    assert n_docs(db) == 0


def test_ingest_with_broken_issues_file_writes_nothing(tmp_path: Path):
    db = tmp_path / "store.db"
    docs = sample_lines(tmp_path, "docs.jsonl", slice(0, 3))
    issues = tmp_path / "issues.yaml"
    issues.write_text("synonyms:\n  pull out: withdrawal\n bad indent: x\n", "utf-8")
    result = run("ingest", "--extracted", str(docs), "--db", str(db), "--issues", str(issues),
                 "--no-progress")
    assert result.exit_code != 0
    one_error_line(result.output, issues)
    assert n_docs(db) == 0


@pytest.mark.parametrize("command", [["remerge"], ["actors"], ["positions", "Trump"]])
def test_store_commands_stop_on_a_broken_lexicon(tmp_path: Path, broken_lexicon: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 command: list[str]):
    db = tmp_path / "store.db"
    monkeypatch.delenv("STANCEMAP_LEXICON")
    docs = sample_lines(tmp_path, "docs.jsonl", slice(0, 2))
    assert run("ingest", "--extracted", str(docs), "--db", str(db),
               "--no-progress").exit_code == 0
    monkeypatch.setenv("STANCEMAP_LEXICON", str(broken_lexicon.parent))
    result = run(*command, "--db", str(db))
    assert result.exit_code != 0
    one_error_line(result.output, broken_lexicon)


def test_store_lexicon_errors_are_not_swallowed(broken_lexicon: Path):
    """The store once read a broken user lexicon as "no synonyms, no known actors"."""
    from stancemap.store.identity import Pins
    from stancemap.store.issues import IssueRules

    broken_lexicon.rename(broken_lexicon.with_name("issues.yaml"))
    with pytest.raises(LexiconError, match="issues.yaml"):
        IssueRules.load(None)
    with pytest.raises(LexiconError, match="issues.yaml"):
        Pins.load(None)


@pytest.mark.parametrize(("name", "text", "problem"), [
    ("events", "kinds:\n  meting: {seated: true}\n", "'meting': no verb or noun has it"),
    ("events", "kinds:\n  vote: {sited: true}\n", "unknown property 'sited'"),
    ("dates", "weekday_modifiers: {this past: last_week}\n", "unknown meaning 'last_week'"),
])
def test_lexicon_data_the_code_cannot_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          name: str, text: str, problem: str):
    """A typo in the words' data stops the run instead of silently changing nothing."""
    from stancemap.extract.dates import words as date_words
    from stancemap.extract.events import words as event_words

    (tmp_path / f"{name}.yaml").write_text(text, "utf-8")
    monkeypatch.setenv("STANCEMAP_LEXICON", str(tmp_path))
    read = event_words if name == "events" else date_words
    with pytest.raises(LexiconError, match=problem):
        read()


def test_a_tokenizer_suffix_that_is_no_pattern_is_a_lexicon_error(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch):
    """A user's tokens.yaml adding a suffix that does not compile names the pattern in one
    line, instead of a regular-expression traceback from deep inside spaCy."""
    import spacy

    from stancemap.nlp import tune_tokenizer

    (tmp_path / "tokens.yaml").write_text("suffixes: ['(?<=[a-z']\n", "utf-8")
    monkeypatch.setenv("STANCEMAP_LEXICON", str(tmp_path))
    with pytest.raises(LexiconError, match="tokens.yaml: suffixes") as caught:
        tune_tokenizer(spacy.blank("en"))
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("entry", ["''", "'a b'", "3"])
def test_a_stop_after_entry_that_is_no_word_is_a_lexicon_error(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              entry: str):
    """A user's tokens.yaml listing an empty, spaced or non-text name under stop_after says so
    in one line: an empty one would have cut every full stop into two tokens, silently."""
    import spacy

    from stancemap.nlp import tune_tokenizer

    (tmp_path / "tokens.yaml").write_text(f"stop_after: [{entry}]\n", "utf-8")
    monkeypatch.setenv("STANCEMAP_LEXICON", str(tmp_path))
    with pytest.raises(LexiconError, match="tokens.yaml: stop_after") as caught:
        tune_tokenizer(spacy.blank("en"))
    assert "\n" not in str(caught.value)
