"""Export and import of the history: the CSV and JSON formats are a contract (README).

CSV: header exactly
``started_at,ended_at,kind,routine,outcome,seconds_active,source,pain_before,pain_after,exercises``;
timestamps ISO 8601 with a UTC offset (written in UTC), ``ended_at``/``routine`` may be empty.
``outcome`` is empty only for a prompt still open at the time of the export; the pain scores
(0 to 10) are empty when no check-in gave them; ``exercises`` (the checked-in routine's
exercise ids, space-separated, which the pain check-in's steering reads) is empty without one.
Columns are only ever appended: files with the earlier headers (ending at ``pain_after``, or at
``source``) still import.

JSON: ``{"format": "backbreak-history", "version": 2, "breaks": [{...}, ...], "standing":
[{...}, ...]}`` where each break record has the CSV columns as keys (``ended_at``/``routine``/
``outcome`` and the pain scores may be null) plus optional ``steps_done`` and ``steps_total``,
and each standing span is ``{"started_at", "ended_at"}``; ``exercises`` (a list of ids) is
optional within version 2, so a version-2 file written before it still imports (and a reader
of those ignores it). Version 1 (no ``standing``, no pain scores) still imports. The CSV
export holds the breaks only: the standing spans travel in the JSON export.

Import is all or nothing: the rows go into the store in one transaction as they are read,
and any problem (line or JSON path, what was wrong) rolls it back, so a rejected file changes
nothing; rows already stored (same started_at, kind and source) and standing spans already
stored (same start and end) are skipped, so importing a file twice adds nothing. Import is
bounded: only a regular file of at most MAX_IMPORT_BYTES, read as a stream
(``exchange_source``, ``exchange_json``), one record of at most MAX_RECORD_CHARS in memory at a
time; reading stops at the 50th problem.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TextIO

from backbreak.core.history.exchange_fields import (
    CSV_COLUMNS,
    CSV_HEADERS,
    MAX_REPORTED_PROBLEMS,
    ImportProblem,
    ImportRejected,
    Problems,
    build_row,
)
from backbreak.core.history.exchange_json import JSON_FORMAT, JSON_VERSION, Record, json_rows
from backbreak.core.history.exchange_source import (
    MAX_IMPORT_BYTES,
    MAX_RECORD_CHARS,
    Lines,
    TextSource,
    Unreadable,
    cannot_read,
    open_export,
)
from backbreak.core.history.store import BreakRow, HistoryStore
from backbreak.core.history.store_standing import StandingRow
from backbreak.core.text import Text, problem
from backbreak.core.validation import show

__all__ = [
    "CSV_COLUMNS",
    "JSON_FORMAT",
    "JSON_VERSION",
    "MAX_IMPORT_BYTES",
    "MAX_RECORD_CHARS",
    "MAX_REPORTED_PROBLEMS",
    "ImportProblem",
    "ImportRejected",
    "ImportResult",
    "export_csv",
    "export_json",
    "import_file",
]


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped_duplicates: int
    standing_added: int = 0
    standing_skipped: int = 0


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
                _score(r.pain_before),
                _score(r.pain_after),
                " ".join(r.exercises),
            )
        )
    return len(rows)


def _score(value: int | None) -> str:
    return "" if value is None else str(value)


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
        "pain_before": r.pain_before,
        "pain_after": r.pain_after,
        "exercises": list(r.exercises),
    }


def _standing_record(s: StandingRow) -> dict[str, object]:
    return {"started_at": _iso(s.started_at), "ended_at": _iso(s.ended_at)}


def export_json(store: HistoryStore, out: TextIO) -> int:
    """Write every row and standing span as the JSON export; return the number of rows."""
    rows = store.all_rows()
    doc = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "breaks": [_record(r) for r in rows],
        "standing": [_standing_record(s) for s in store.standing.every()],
    }
    json.dump(doc, out, indent=1, ensure_ascii=False)
    out.write("\n")
    return len(rows)


# -- import ------------------------------------------------------------------------------------


def _csv_rows(source: TextSource, problems: Problems) -> Iterator[BreakRow]:
    """The rows of a CSV export, each checked; problems are named by line and column."""
    lines = Lines(source)
    reader = csv.reader(lines, strict=True)
    header = _next_record(reader, lines, problems)
    if header is None:
        if not problems:
            empty = problem(
                "expected the header %1 (or an earlier one: the same without the last column, or "
                "without the last three), got an empty file",
                repr(",".join(CSV_COLUMNS)),
            )
            problems.add("line 1", empty)
        return
    columns = tuple(h.strip() for h in header)
    if columns not in CSV_HEADERS:
        problems.add("line 1", _header_expected(show(",".join(header))))
        return
    while not problems.enough:
        record = _next_record(reader, lines, problems)
        if record is None:
            return
        where = f"line {lines.record_start}"
        if len(record) != len(columns):
            expected = problem(
                "expected %1 columns (%2), got %3", len(columns), ",".join(columns), len(record)
            )
            problems.add(where, expected)
            continue
        row = build_row(dict(zip(columns, record, strict=True)), f"{where}, column ", problems)
        if row is not None:
            yield row


def _header_expected(got: str) -> Text:
    return problem(
        "expected the header %1 (or an earlier one: the same without the last column, or without "
        "the last three), got %2",
        repr(",".join(CSV_COLUMNS)),
        got,
    )


def _next_record(reader: Iterator[list[str]], lines: Lines, problems: Problems) -> list[str] | None:
    """The next record that is not blank; None at the end or when the CSV cannot be read on."""
    while True:
        lines.new_record()
        try:
            record = next(reader)
        except StopIteration:
            return None
        except csv.Error as e:
            problems.add(f"line {lines.record_start or 1}", problem("expected CSV (%1)", e))
            return None
        if any(field.strip() for field in record):
            return record


def _rows(source: TextSource, path: Path, problems: Problems) -> Iterator[Record]:
    """Every good row of the file; what makes the rest unreadable becomes its last problem."""
    try:
        is_json = path.suffix.lower() == ".json" or source.peek() in ("{", "[")
        yield from (json_rows if is_json else _csv_rows)(source, problems)
    except Unreadable as e:
        problems.add(e.where, e.text)
    except OSError as e:  # the disk, mid-file
        unreadable = cannot_read(e)
        problems.add(unreadable.where, unreadable.text)


def _all_or_nothing(rows: Iterable[Record], problems: Problems) -> Iterator[Record]:
    """``rows`` while all is well; ImportRejected at the end if anything was wrong, which rolls
    back the store's transaction."""
    for row in rows:
        if not problems:
            yield row
    if problems:
        raise problems.rejected()


def import_file(store: HistoryStore, path: Path) -> ImportResult:
    """Import an export file into ``store``: all or nothing, duplicates skipped.

    ImportRejected (nothing changed) names every problem, up to MAX_REPORTED_PROBLEMS. The
    store's write transaction is open while the file is read (seconds for a large file; the
    running app keeps its own writes meanwhile, as for any busy moment of the file).
    """
    problems = Problems(path)
    try:
        with open_export(path) as source:
            records = _all_or_nothing(_rows(source, path, problems), problems)
            done = store.standing.import_records(records)
    except Unreadable as e:
        raise ImportRejected(path, [ImportProblem(str(path), e.where, e.text)]) from None
    return ImportResult(done.rows, done.duplicate_rows, done.standing, done.duplicate_standing)
