"""The forecast input table: one row per actor on one issue, and its CSV layout.

Why this shape (``MODELS.md`` §1 "Inputs", ``SOURCES.md`` "File layout"):

* Every model reads the same four numbers per actor: a **position** ``x`` on the issue's
  scale, a **salience** ``s`` in [0, 1] (BDM uses ``s`` and ``1 − s`` as probabilities, so
  anything outside is an error; sources printed on 0–100 must be divided by 100), and a
  **capability** ``c ≥ 0`` in any unit (only ratios matter). The weight is ``w = c·s``.
* The scale is 0–100 unless the table says otherwise (§1; §7 allows a natural scale such
  as years). The reference layout has no scale column, so a file says otherwise with the
  optional columns ``scale_lo`` and ``scale_hi`` (one value per issue), and a caller can
  pass another default (the EC reference case, in years 4–10, fits the default 0–100).
* The CSV layout is the reference one, ``[issue,]actor,capability,position,salience``,
  so every ``*.inputs.csv`` loads and an exported table can be edited and read back.
  Optional columns: ``description`` (KTAB's case has one), ``claims`` (the stancemap claim
  ids a row came from, ``;``-separated: §7 wants every input to link to its claims), and
  ``scale_lo``/``scale_hi``. Header names are matched without regard to case or
  surrounding spaces (jmckib's ``Actor,Capability,Position,Salience`` loads); other
  columns are ignored; blank lines and lines starting with ``#`` are skipped.
* A bad file stops with one :class:`InputTableError` line naming the file, the line and the
  fix, the way every stancemap input error does (``stancemap.errors``).
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from stancemap.errors import InputError

DEFAULT_SCALE: tuple[float, float] = (0.0, 100.0)
REQUIRED = ("actor", "capability", "position", "salience")
OPTIONAL = ("issue", "description", "claims", "scale_lo", "scale_hi")
_SYNONYMS = {"power": "capability", "influence": "capability", "resources": "capability",
             "clout": "capability", "name": "actor", "stakeholder": "actor",
             "importance": "salience", "priority": "salience"}


class InputTableError(InputError):
    """A forecast input table (a CSV file or a table built in code) is unusable."""


@dataclass(frozen=True)
class ActorInput:
    """One actor on one issue: position, salience in [0, 1], capability ≥ 0, provenance."""

    actor: str
    position: float
    salience: float
    capability: float
    claims: tuple[int, ...] = ()
    description: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "claims", tuple(self.claims))
        for name in ("position", "salience", "capability"):
            value = getattr(self, name)
            if isinstance(value, int) and not isinstance(value, bool):
                object.__setattr__(self, name, float(value))

    @property
    def weight(self) -> float:
        """``w = c·s`` (MODELS.md §1)."""
        return self.capability * self.salience


@dataclass(frozen=True)
class InputTable:
    """The actors on one issue and the issue's scale ``[lo, hi]``; checked on construction."""

    rows: tuple[ActorInput, ...]
    issue: str = ""
    scale: tuple[float, float] = field(default=DEFAULT_SCALE)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rows", tuple(self.rows))
        object.__setattr__(self, "scale", (float(self.scale[0]), float(self.scale[1])))
        where = f"issue {self.issue!r}" if self.issue else "the input table"
        problem = _scale_problem(*self.scale)
        if problem:
            raise InputTableError(f"{where}: {problem}")
        if not self.rows:
            raise InputTableError(f"{where}: no actors — give at least one actor row")
        seen: set[str] = set()
        for row in self.rows:
            if row.actor in seen:
                raise InputTableError(f"{where}: actor {row.actor!r} appears twice — keep one "
                                      "row per actor and issue")
            seen.add(row.actor)
            problem = row_problem(row, self.scale)
            if problem:
                raise InputTableError(f"{where}, actor {row.actor!r}: {problem}")

    @property
    def total_weight(self) -> float:
        """``W = Σ c·s``."""
        return math.fsum(r.weight for r in self.rows)

    def __getitem__(self, actor: str) -> ActorInput:
        for row in self.rows:
            if row.actor == actor:
                return row
        raise KeyError(actor)


def row_problem(row: ActorInput, scale: tuple[float, float] = DEFAULT_SCALE) -> str | None:
    """What is wrong with one row, as a message with its fix, or ``None``."""
    if not isinstance(row.actor, str) or not row.actor.strip():
        return "the actor name is empty — name every actor"
    for name in ("position", "salience", "capability"):
        value = getattr(row, name)
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not math.isfinite(value):
            return f"{name} {value!r} is not a finite number — write a number like 50 or 0.5"
    lo, hi = scale
    if not lo <= row.position <= hi:
        return (f"position {row.position!r} is outside the scale {lo:g}–{hi:g} — use a value "
                "on the scale, or give the issue's scale in scale_lo/scale_hi columns")
    if not 0.0 <= row.salience <= 1.0:
        hint = " (divide values printed on 0–100 by 100)" if 1.0 < row.salience <= 100.0 else ""
        return f"salience {row.salience!r} is outside 0–1 — use a share between 0 and 1{hint}"
    if row.capability < 0:
        return f"capability {row.capability!r} is negative — use 0 or more"
    if any(isinstance(c, bool) or not isinstance(c, int) or c < 0 for c in row.claims):
        return f"claims {row.claims!r} must be claim ids (whole numbers ≥ 0)"
    return None


def _scale_problem(lo: float, hi: float) -> str | None:
    if not (math.isfinite(lo) and math.isfinite(hi)) or not lo < hi:
        return f"scale {lo!r}–{hi!r} is not a range — give scale_lo < scale_hi"
    return None


# ---------------------------------------------------------------- reading


def read_tables(path: str | Path, *, scale: tuple[float, float] = DEFAULT_SCALE
                ) -> tuple[InputTable, ...]:
    """Every issue's table in a reference-layout CSV file, in order of first appearance."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise InputTableError(f"input table {path}: no such file — give the path of a CSV "
                              "file with columns actor,capability,position,salience") from None
    except IsADirectoryError:
        raise InputTableError(f"input table {path}: is a folder — give a CSV file") from None
    except UnicodeDecodeError:
        raise InputTableError(f"input table {path}: not UTF-8 text — save it as UTF-8 CSV"
                              ) from None
    except OSError as exc:
        raise InputTableError(f"input table {path}: cannot read it ({exc.strerror}) — check "
                              "the path and its permissions") from None
    return parse_tables(text, source=str(path), scale=scale)


def read_table(path: str | Path, *, issue: str | None = None,
               scale: tuple[float, float] = DEFAULT_SCALE) -> InputTable:
    """One issue's table from a CSV file; ``issue`` is needed when the file holds several."""
    tables = read_tables(path, scale=scale)
    return _pick(tables, issue, f"input table {path}")


def parse_tables(text: str, *, source: str = "<text>",
                 scale: tuple[float, float] = DEFAULT_SCALE) -> tuple[InputTable, ...]:
    """Parse CSV text in the reference layout; errors name ``source`` and the line."""
    problem = _scale_problem(*scale)
    if problem:
        raise InputTableError(f"input table {source}: default {problem}")
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    header_line = 0
    issues: dict[str, list[tuple[int, ActorInput]]] = {}
    scales: dict[str, tuple[int, tuple[float, float] | None]] = {}
    try:
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
                continue
            if header is None:
                header, header_line = _header(cells, source, line), line
                continue
            at = f"input table {source}: line {line}"
            rec = _record(header, cells, at)
            row, issue_scale = _row(rec, at)
            issue = rec.get("issue", "").strip()
            first = scales.setdefault(issue, (line, issue_scale))
            if first[1] != issue_scale:
                raise InputTableError(f"{at}: scale_lo/scale_hi differ from line {first[0]} "
                                      f"for issue {issue!r} — give one scale per issue")
            issues.setdefault(issue, []).append((line, row))
    except csv.Error as exc:
        raise InputTableError(f"input table {source}: line {reader.line_num}: not valid CSV "
                              f"({exc}) — check the quotes") from None
    if header is None:
        raise InputTableError(f"input table {source}: the file is empty — write a header "
                              f"line {','.join(REQUIRED)} and one line per actor")
    if not issues:
        raise InputTableError(f"input table {source}: line {header_line}: a header but no "
                              "actor rows — add one line per actor")
    return tuple(_table(issue, rows, scales[issue][1] or scale, source)
                 for issue, rows in issues.items())


def _header(cells: list[str], source: str, line: int) -> list[str]:
    names = [c.strip().lower() for c in cells]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        hints = [f"{c!r} → {_SYNONYMS[c]!r}" for c in names if _SYNONYMS.get(c) in missing]
        hint = f" (rename {', '.join(hints)})" if hints else ""
        raise InputTableError(
            f"input table {source}: line {line}: missing column(s) {', '.join(missing)} — the "
            f"header must name {','.join(REQUIRED)}{hint}; an issue column may come first")
    dup = sorted({c for c in names if c and names.count(c) > 1})
    if dup:
        raise InputTableError(f"input table {source}: line {line}: column(s) "
                              f"{', '.join(dup)} appear twice — keep one of each")
    if ("scale_lo" in names) != ("scale_hi" in names):
        raise InputTableError(f"input table {source}: line {line}: only one of scale_lo, "
                              "scale_hi — give both scale_lo and scale_hi, or neither")
    return names


def _record(header: list[str], cells: list[str], at: str) -> dict[str, str]:
    if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
        raise InputTableError(f"{at}: {len(cells)} cells but the header has {len(header)} — "
                              "quote values that contain commas")
    cells = cells + [""] * (len(header) - len(cells))
    return {name: cells[i] for i, name in enumerate(header) if name}


def _number(rec: dict[str, str], name: str, at: str) -> float:
    text = rec.get(name, "").strip()
    if not text:
        raise InputTableError(f"{at}: {name} is empty — write a number")
    try:
        value = float(text)
    except ValueError:
        raise InputTableError(f"{at}: {name} {text!r} is not a number — write a number like "
                              "50 or 0.5 (a dot for decimals)") from None
    if not math.isfinite(value):
        raise InputTableError(f"{at}: {name} {text!r} is not a finite number — write a number")
    return value


def _row(rec: dict[str, str], at: str) -> tuple[ActorInput, tuple[float, float] | None]:
    actor = rec.get("actor", "").strip()
    if not actor:
        raise InputTableError(f"{at}: the actor is empty — name the actor")
    claims: list[int] = []
    for part in rec.get("claims", "").replace(",", ";").split(";"):
        part = part.strip()
        if part:
            if not part.isdigit():
                raise InputTableError(f"{at}: claim id {part!r} is not a whole number — list "
                                      "claim ids separated by ';', e.g. 12;40")
            claims.append(int(part))
    row = ActorInput(actor=actor, position=_number(rec, "position", at),
                     salience=_number(rec, "salience", at),
                     capability=_number(rec, "capability", at), claims=tuple(claims),
                     description=rec.get("description", "").strip())
    issue_scale = None
    if "scale_lo" in rec:
        issue_scale = (_number(rec, "scale_lo", at), _number(rec, "scale_hi", at))
        problem = _scale_problem(*issue_scale)
        if problem:
            raise InputTableError(f"{at}: {problem}")
    return row, issue_scale


def _table(issue: str, rows: list[tuple[int, ActorInput]], scale: tuple[float, float],
           source: str) -> InputTable:
    first: dict[str, int] = {}
    for line, row in rows:
        at = f"input table {source}: line {line}"
        if row.actor in first:
            what = f" on issue {issue!r}" if issue else ""
            raise InputTableError(f"{at}: actor {row.actor!r}{what} already has a row on line "
                                  f"{first[row.actor]} — keep one row per actor and issue")
        first[row.actor] = line
        problem = row_problem(row, scale)
        if problem:
            raise InputTableError(f"{at}: {problem}")
    return InputTable(rows=tuple(r for _, r in rows), issue=issue, scale=scale)


def _pick(tables: Sequence[InputTable], issue: str | None, where: str) -> InputTable:
    names = [t.issue for t in tables]
    if issue is None:
        if len(tables) == 1:
            return tables[0]
        raise InputTableError(f"{where}: holds {len(tables)} issues ({', '.join(names)}) — "
                              "choose one")
    for table in tables:
        if table.issue == issue:
            return table
    raise InputTableError(f"{where}: no issue {issue!r} — it holds {', '.join(names)}")


# ---------------------------------------------------------------- writing


def tables_to_csv(tables: InputTable | Iterable[InputTable]) -> str:
    """The reference CSV layout for one or more tables (floats as ``repr``, exact)."""
    tables = (tables,) if isinstance(tables, InputTable) else tuple(tables)
    rows = [(t, r) for t in tables for r in t.rows]
    with_issue = len(tables) > 1 or any(t.issue for t in tables)
    with_description = any(r.description for _, r in rows)
    with_claims = any(r.claims for _, r in rows)
    with_scale = any(t.scale != DEFAULT_SCALE for t in tables)
    header = (["issue"] if with_issue else []) + list(REQUIRED)
    header += (["description"] if with_description else []) + (
        ["claims"] if with_claims else []) + (["scale_lo", "scale_hi"] if with_scale else [])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for table, row in rows:
        cells = [table.issue] if with_issue else []
        cells += [row.actor, repr(float(row.capability)), repr(float(row.position)),
                  repr(float(row.salience))]
        if with_description:
            cells.append(row.description)
        if with_claims:
            cells.append(";".join(str(c) for c in row.claims))
        if with_scale:
            cells += [repr(table.scale[0]), repr(table.scale[1])]
        writer.writerow(cells)
    return out.getvalue()


def write_tables(path: str | Path, tables: InputTable | Iterable[InputTable]) -> None:
    """Write one or more tables to ``path`` in the reference layout (UTF-8)."""
    Path(path).write_text(tables_to_csv(tables), "utf-8")
