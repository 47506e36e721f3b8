"""Standing spans in the JSON export (version 2) and back in through import; version-1 files
still import; a bad span is named by its JSON path and rejects the whole file."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backbreak.cli.history import cmd_import
from backbreak.core.history.exchange import (
    JSON_VERSION,
    ImportRejected,
    ImportResult,
    export_csv,
    export_json,
    import_file,
)
from backbreak.core.history.store import HistoryStore
from backbreak.core.history.store_standing import StandingRow
from backbreak.core.model import Kind, Outcome, Source

T0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
WALK = {
    "started_at": "2026-11-16T09:00:00+00:00",
    "ended_at": "2026-11-16T09:05:00+00:00",
    "kind": "walk",
    "routine": "walk",
    "outcome": "completed",
    "seconds_active": 300,
    "source": "tray",
}


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore(tmp_path / "history.sqlite3")
    yield s
    s.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore(tmp_path / "other.sqlite3")
    yield s
    s.close()


def write(tmp_path: Path, doc: object, name: str = "export.json") -> Path:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


def export(store: HistoryStore) -> str:
    buf = io.StringIO()
    export_json(store, buf)
    return buf.getvalue()


def test_standing_spans_travel_in_the_json_export_and_come_back_once(
    store: HistoryStore, empty: HistoryStore, tmp_path: Path
) -> None:
    row = store.open_prompt(at(0), Kind.WALK, Source.SCHEDULED, "walk")
    store.finish(row, ended_at=at(5), outcome=Outcome.COMPLETED, seconds_active=300)
    store.standing.add(at(10), at(70))
    store.standing.add(at(100), at(112.5))
    text = export(store)
    doc = json.loads(text)
    assert doc["version"] == JSON_VERSION == 2
    assert doc["standing"] == [
        {"started_at": "2026-11-16T09:10:00+00:00", "ended_at": "2026-11-16T10:10:00+00:00"},
        {"started_at": "2026-11-16T10:40:00+00:00", "ended_at": "2026-11-16T10:52:30+00:00"},
    ]
    path = write(tmp_path, text)
    assert import_file(empty, path) == ImportResult(1, 0, 2, 0)
    assert import_file(empty, path) == ImportResult(0, 1, 0, 2)
    assert export(empty) == text


def test_the_csv_export_holds_no_standing_spans(store: HistoryStore) -> None:
    store.standing.add(at(10), at(70))
    buf = io.StringIO(newline="")
    assert export_csv(store, buf) == 0
    assert buf.getvalue() == (
        "started_at,ended_at,kind,routine,outcome,seconds_active,source,pain_before,pain_after,"
            "exercises\n"
    )


def test_a_version_1_file_still_imports(empty: HistoryStore, tmp_path: Path) -> None:
    path = write(tmp_path, {"format": "backbreak-history", "version": 1, "breaks": [WALK]})
    assert import_file(empty, path) == ImportResult(1, 0)
    assert empty.standing.every() == []


def test_spans_may_come_before_the_breaks(empty: HistoryStore, tmp_path: Path) -> None:
    doc = {
        "standing": [
            {"ended_at": "2026-11-16T10:00:00+01:00", "started_at": "2026-11-16T09:30:00+01:00"}
        ],
        "version": 2,
        "breaks": [WALK],
        "format": "backbreak-history",
    }
    assert import_file(empty, write(tmp_path, doc)) == ImportResult(1, 0, 1, 0)
    assert empty.standing.every() == [StandingRow(at(-30), at(0))]  # in UTC


@pytest.mark.parametrize(
    ("spans", "where", "message"),
    [
        ("nope", "standing", "expected a list of standing spans"),
        (["2026-11-16"], "standing[0]", "expected an object with started_at and ended_at"),
        (
            [{"started_at": "2026-11-16T09:00:00+00:00"}],
            "standing[0].ended_at",
            "expected a string, got None",
        ),
        (
            [{"started_at": "2026-11-16T09:00:00", "ended_at": "2026-11-16T09:10:00+00:00"}],
            "standing[0].started_at",
            "has no UTC offset",
        ),
        (
            [{"started_at": 5, "ended_at": "2026-11-16T09:10:00+00:00"}],
            "standing[0].started_at",
            "expected a string, got 5",
        ),
        (
            [{"started_at": "2026-11-16T09:10:00+00:00", "ended_at": "2026-11-16T09:09:59+00:00"}],
            "standing[0].ended_at",
            "is before started_at",
        ),
        (
            [{"started_at": "2026-11-09T09:00:00+00:00", "ended_at": "2026-11-16T09:00:01+00:00"}],
            "standing[0].ended_at",
            "more than 7 days after started_at",
        ),
        (
            [
                {
                    "started_at": "2026-11-16T09:00:00+00:00",
                    "ended_at": "2026-11-16T09:00:00+00:00",
                },
                {
                    "started_at": "9999-12-31T00:00:00+00:00",
                    "ended_at": "9999-12-31T00:00:00+00:00",
                },
            ],
            "standing[1].started_at",
            "out of range",
        ),
    ],
)
def test_a_bad_span_is_named_and_nothing_is_imported(
    empty: HistoryStore, tmp_path: Path, spans: object, where: str, message: str
) -> None:
    doc = {"format": "backbreak-history", "version": 2, "breaks": [WALK], "standing": spans}
    with pytest.raises(ImportRejected) as caught:
        import_file(empty, write(tmp_path, doc))
    first = caught.value.problems[0]
    assert (first.where, message in first.message) == (where, True), first
    assert empty.all_rows() == [] and empty.standing.every() == []


def test_a_span_of_exactly_seven_days_is_accepted(empty: HistoryStore, tmp_path: Path) -> None:
    span = {"started_at": "2026-11-09T09:00:00+00:00", "ended_at": "2026-11-16T09:00:00+00:00"}
    doc = {"format": "backbreak-history", "version": 2, "breaks": [], "standing": [span]}
    assert import_file(empty, write(tmp_path, doc)) == ImportResult(0, 0, 1, 0)


def test_the_command_line_counts_the_spans(store: HistoryStore, tmp_path: Path) -> None:
    store.standing.add(at(10), at(70))
    path = write(tmp_path, export(store))
    out, err = io.StringIO(), io.StringIO()
    assert cmd_import(tmp_path / "fresh.sqlite3", path, out, err) == 0, err.getvalue()
    assert out.getvalue() == (
        f"Imported 0 rows from {path} (0 already present, skipped); "
        "standing spans: 1 imported, 0 already present.\n"
    )
