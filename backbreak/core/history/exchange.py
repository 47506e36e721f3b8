"""Export and import of the history: the CSV and JSON formats are a contract (README).

CSV: header exactly ``started_at,ended_at,kind,routine,outcome,seconds_active,source``;
timestamps ISO 8601 with a UTC offset (written in UTC), ``ended_at``/``routine`` may be empty.
``outcome`` is empty only for a prompt still open at the time of the export.

JSON: ``{"format": "backbreak-history", "version": 1, "breaks": [{...}, ...]}`` where each
record has the CSV columns as keys (``ended_at``/``routine``/``outcome`` may be null) plus
optional ``steps_done`` and ``steps_total``.

Import is all or nothing: every problem (line, column, what was wrong) is collected and the
file rejected as a whole; otherwise all rows go in one transaction, and rows already stored
(same started_at, kind and source) are skipped, so importing a file twice adds nothing.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO, TypeVar

from backbreak.core.history.store import BreakRow, HistoryStore
from backbreak.core.model import Kind, Outcome, Source

CSV_COLUMNS = ("started_at", "ended_at", "kind", "routine", "outcome", "seconds_active", "source")
JSON_FORMAT = "backbreak-history"
JSON_VERSION = 1
MAX_REPORTED_PROBLEMS = 50
MAX_SECONDS_ACTIVE = 7 * 24 * 3600
MAX_ROUTINE_LENGTH = 200
MAX_STEPS = 1000
_E = TypeVar("_E", Kind, Outcome, Source)


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped_duplicates: int


@dataclass(frozen=True)
class ImportProblem:
    file: str
    where: str  # "line 12, column kind" or "breaks[3].kind"
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.message}"


class ImportRejected(Exception):
    """The file was not imported (nothing changed); ``problems`` says why, row by row."""

    def __init__(self, file: Path, problems: list[ImportProblem], total: int | None = None):
        self.file = file
        self.problems = problems
        self.total = len(problems) if total is None else total
        more = self.total - len(problems)
        lines = [str(p) for p in problems]
        if more > 0:
            lines.append(f"{file}: … and {more} more problems")
        super().__init__(f"{file}: not imported, nothing was changed\n" + "\n".join(lines))


# -- export -----------------------------------------------------------------------------------


def _iso(dt: datetime | None) -> str:
    return "" if dt is None else dt.isoformat()


def export_csv(store: HistoryStore, out: TextIO) -> int:
    """Write every row as CSV; return the number of rows. Open ``out`` with ``newline=""``."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    rows = store.all_rows()
    for r in rows:
        writer.writerow(
            (
                _iso(r.started_at),
                _iso(r.ended_at),
                r.kind.value,
                r.routine or "",
                "" if r.outcome is None else r.outcome.value,
                r.seconds_active,
                r.source.value,
            )
        )
    return len(rows)


def _record(r: BreakRow) -> dict[str, object]:
    return {
        "started_at": _iso(r.started_at),
        "ended_at": _iso(r.ended_at) or None,
        "kind": r.kind.value,
        "routine": r.routine,
        "outcome": None if r.outcome is None else r.outcome.value,
        "seconds_active": r.seconds_active,
        "source": r.source.value,
        "steps_done": r.steps_done,
        "steps_total": r.steps_total,
    }


def export_json(store: HistoryStore, out: TextIO) -> int:
    """Write every row as the JSON export; return the number of rows."""
    rows = store.all_rows()
    doc = {"format": JSON_FORMAT, "version": JSON_VERSION, "breaks": [_record(r) for r in rows]}
    json.dump(doc, out, indent=1, ensure_ascii=False)
    out.write("\n")
    return len(rows)


# -- import: one field at a time ----------------------------------------------------------------


class _Bad(ValueError):
    pass


def _parse_time(value: str, required: bool) -> datetime | None:
    if value == "":
        if required:
            raise _Bad(
                "empty; expected an ISO 8601 time with UTC offset, e.g. 2026-11-16T09:00:00+00:00"
            )
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        raise _Bad(
            f"{_show(value)} is not an ISO 8601 time; expected e.g. 2026-11-16T09:00:00+00:00"
        ) from None
    if dt.tzinfo is None:
        raise _Bad(f"{_show(value)} has no UTC offset; expected e.g. 2026-11-16T09:00:00+00:00")
    return dt


def _parse_choice(enum: type[_E], value: str) -> _E:
    try:
        return enum(value)
    except ValueError:
        options = " | ".join(m.value for m in enum)
        raise _Bad(f"{_show(value)} is not one of {options}") from None


def _parse_int(value: str, hi: int) -> int:
    text = value.strip()
    if not text.isdigit():
        raise _Bad(f"{_show(value)} is not a whole number of seconds (0 or more)")
    n = int(text)
    if n > hi:
        raise _Bad(f"{n} is too large (at most {hi})")
    return n


def _show(value: object) -> str:
    r = repr(value)
    return r if len(r) <= 40 else r[:39] + "…'"


class _Collector:
    def __init__(self, file: Path) -> None:
        self.file = file
        self.problems: list[ImportProblem] = []
        self.total = 0

    def add(self, where: str, message: str) -> None:
        self.total += 1
        if len(self.problems) < MAX_REPORTED_PROBLEMS:
            self.problems.append(ImportProblem(str(self.file), where, message))


def _build_row(
    fields: Mapping[str, str], where: str, problems: _Collector, steps: tuple[int, int] = (0, 0)
) -> BreakRow | None:
    """Check one record's text fields; report each bad field; return the row if all good."""
    values: dict[str, Any] = {}
    ok = True
    checks: dict[str, Any] = {
        "started_at": lambda v: _parse_time(v, True),
        "ended_at": lambda v: _parse_time(v, False),
        "kind": lambda v: _parse_choice(Kind, v),
        "routine": lambda v: v or None,
        "outcome": lambda v: None if v == "" else _parse_choice(Outcome, v),
        "seconds_active": lambda v: _parse_int(v, MAX_SECONDS_ACTIVE),
        "source": lambda v: _parse_choice(Source, v),
    }
    for column, check in checks.items():
        try:
            values[column] = check(fields[column])
        except _Bad as e:
            problems.add(f"{where}{column}", str(e))
            ok = False
    routine = values.get("routine")
    if isinstance(routine, str) and len(routine) > MAX_ROUTINE_LENGTH:
        problems.add(f"{where}routine", f"longer than {MAX_ROUTINE_LENGTH} characters")
        ok = False
    if not ok:
        return None
    start, end = values["started_at"], values["ended_at"]
    if end is not None and end < start:
        problems.add(
            f"{where}ended_at", f"{end.isoformat()} is before started_at {start.isoformat()}"
        )
        return None
    kind, outcome = values["kind"], values["outcome"]
    if (kind is Kind.NATURAL) != (outcome is Outcome.NATURAL):
        problems.add(
            f"{where}outcome",
            f"{_show(fields['outcome'])} does not go with kind "
            f"{kind.value!r}: a natural break has kind natural and outcome natural",
        )
        return None
    return BreakRow(
        id=None,
        started_at=start,
        ended_at=end,
        kind=kind,
        routine=values["routine"],
        outcome=outcome,
        seconds_active=values["seconds_active"],
        source=values["source"],
        steps_done=steps[0],
        steps_total=steps[1],
    )


def _read_csv(text: str, problems: _Collector) -> list[BreakRow]:
    rows: list[BreakRow] = []
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as e:
        problems.add("line 1", f"not readable as CSV: {e}")
        return rows
    if header is None:
        problems.add("line 1", "the file is empty; expected the header " + ",".join(CSV_COLUMNS))
        return rows
    if tuple(h.strip() for h in header) != CSV_COLUMNS:
        problems.add(
            "line 1", f"header is {','.join(header)!r}; expected exactly {','.join(CSV_COLUMNS)!r}"
        )
        return rows
    while True:
        start_line = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            problems.add(f"line {start_line}", f"not readable as CSV: {e}")
            break
        if not record or all(not f.strip() for f in record):
            continue  # blank line
        if len(record) != len(CSV_COLUMNS):
            problems.add(
                f"line {start_line}",
                f"{len(record)} columns; expected {len(CSV_COLUMNS)} ({','.join(CSV_COLUMNS)})",
            )
            continue
        row = _build_row(
            dict(zip(CSV_COLUMNS, record, strict=True)), f"line {start_line}, column ", problems
        )
        if row is not None:
            rows.append(row)
    return rows


def _read_json(text: str, problems: _Collector) -> list[BreakRow]:
    rows: list[BreakRow] = []
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        problems.add(f"line {e.lineno}, column {e.colno}", f"not valid JSON: {e.msg}")
        return rows
    records: Any = doc.get("breaks") if isinstance(doc, dict) else doc
    if isinstance(doc, dict):
        if doc.get("format") != JSON_FORMAT:
            problems.add("format", f"expected {JSON_FORMAT!r}, got {_show(doc.get('format'))}")
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version > JSON_VERSION:
            problems.add("version", f"expected {JSON_VERSION} or lower, got {_show(version)}")
    if not isinstance(records, list):
        problems.add("breaks", "expected a list of break records")
        return rows
    for i, rec in enumerate(records):
        where = f"breaks[{i}]."
        if not isinstance(rec, dict):
            problems.add(f"breaks[{i}]", "expected an object with the CSV columns as keys")
            continue
        fields: dict[str, str] = {}
        ok = True
        for column in CSV_COLUMNS:
            value = rec.get(column)
            if column == "seconds_active":
                if isinstance(value, bool) or not isinstance(value, int):
                    problems.add(where + column, f"expected a whole number, got {_show(value)}")
                    ok = False
                    continue
                fields[column] = str(value)
            elif value is None and column in ("ended_at", "routine", "outcome"):
                fields[column] = ""
            elif not isinstance(value, str):
                problems.add(where + column, f"expected a string, got {_show(value)}")
                ok = False
            else:
                fields[column] = value
        steps = []
        for key in ("steps_done", "steps_total"):
            value = rec.get(key, 0)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_STEPS:
                problems.add(
                    where + key, f"expected a whole number 0 to {MAX_STEPS}, got {_show(value)}"
                )
                ok = False
            else:
                steps.append(value)
        if not ok:
            continue
        row = _build_row(fields, where, problems, (steps[0], steps[1]))
        if row is not None:
            rows.append(row)
    return rows


def read_file(path: Path) -> list[BreakRow]:
    """Parse an export file (CSV, or JSON by extension or content); ImportRejected if bad."""
    problems = _Collector(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as e:
        raise ImportRejected(
            path, [ImportProblem(str(path), "file", f"cannot read: {e.strerror or e}")]
        ) from None
    except UnicodeDecodeError as e:
        raise ImportRejected(
            path,
            [
                ImportProblem(
                    str(path),
                    f"byte {e.start}",
                    "not UTF-8 text; expected a backbreak CSV or JSON export",
                )
            ],
        ) from None
    is_json = path.suffix.lower() == ".json" or text.lstrip()[:1] in ("{", "[")
    rows = _read_json(text, problems) if is_json else _read_csv(text, problems)
    if problems.total:
        raise ImportRejected(path, problems.problems, problems.total)
    return rows


def import_file(store: HistoryStore, path: Path) -> ImportResult:
    """Import an export file into ``store``: all or nothing, duplicates skipped."""
    rows = read_file(path)
    added, skipped = store.add_rows(rows)
    return ImportResult(added=added, skipped_duplicates=skipped)
