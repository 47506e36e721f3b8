"""CSV/JSON export and import against real stores."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backbreak.core.history.exchange import (
    CSV_COLUMNS,
    ImportRejected,
    ImportResult,
    export_csv,
    export_json,
    import_file,
)
from backbreak.core.history.store import HistoryStore
from backbreak.core.model import Kind, Outcome, Source

T0 = datetime(2026, 11, 16, 9, 0, 0, 123456, tzinfo=UTC)
HEADER = "started_at,ended_at,kind,routine,outcome,seconds_active,source\n"


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


def filled(store: HistoryStore) -> HistoryStore:
    a = store.open_prompt(T0, Kind.STRETCH, Source.SCHEDULED, 'desk, "basic"')
    store.finish(a, ended_at=T0 + timedelta(minutes=4), outcome=Outcome.PARTIAL,
                 seconds_active=190, steps_done=3, steps_total=5)
    b = store.open_prompt(T0 + timedelta(minutes=30), Kind.STRETCH, Source.SCHEDULED)
    store.finish(b, ended_at=T0 + timedelta(minutes=31), outcome=Outcome.SNOOZED)
    c = store.open_prompt(T0 + timedelta(minutes=35), Kind.WALK, Source.TRAY, "walk")
    store.finish(c, ended_at=T0 + timedelta(minutes=40), outcome=Outcome.COMPLETED,
                 seconds_active=300)
    store.add_natural(T0 + timedelta(hours=2), T0 + timedelta(hours=2, minutes=12))
    store.open_prompt(T0 + timedelta(hours=3), Kind.STRETCH, Source.CLI, "ünïcode")  # open
    return store


def csv_text(store: HistoryStore) -> str:
    buf = io.StringIO(newline="")
    export_csv(store, buf)
    return buf.getvalue()


def json_text(store: HistoryStore) -> str:
    buf = io.StringIO()
    export_json(store, buf)
    return buf.getvalue()


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8", newline="")
    return p


def test_csv_export_format(store: HistoryStore) -> None:
    lines = csv_text(filled(store)).splitlines()
    assert lines[0] == ",".join(CSV_COLUMNS)
    assert lines[1] == ('2026-11-16T09:00:00.123456+00:00,2026-11-16T09:04:00.123456+00:00,'
                        'stretch,"desk, ""basic""",partial,190,scheduled,,,')
    assert lines[4] == ("2026-11-16T11:00:00.123456+00:00,2026-11-16T11:12:00.123456+00:00,"
                        "natural,,natural,720,idle,,,")
    assert lines[5] == "2026-11-16T12:00:00.123456+00:00,,stretch,ünïcode,,0,cli,,,"
    assert len(lines) == 6


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_round_trip_into_an_empty_store_gives_the_same_export(
        store: HistoryStore, empty: HistoryStore, tmp_path: Path, fmt: str) -> None:
    filled(store)
    text = csv_text(store) if fmt == "csv" else json_text(store)
    path = write(tmp_path, f"export.{fmt}", text)
    assert import_file(empty, path) == ImportResult(5, 0)
    again = csv_text(empty) if fmt == "csv" else json_text(empty)
    assert again == text
    # Importing the same file twice adds nothing the second time.
    assert import_file(empty, path) == ImportResult(0, 5)
    assert (csv_text(empty) if fmt == "csv" else json_text(empty)) == text


def test_json_export_keeps_steps(store: HistoryStore) -> None:
    doc = json.loads(json_text(filled(store)))
    assert (doc["format"], doc["version"]) == ("backbreak-history", 2)
    assert doc["standing"] == []
    first = doc["breaks"][0]
    assert (first["steps_done"], first["steps_total"], first["routine"]) == (3, 5,
                                                                              'desk, "basic"')
    assert doc["breaks"][4]["outcome"] is None


def test_offsets_are_normalised_and_dedupe_on_the_instant(empty: HistoryStore,
                                                          tmp_path: Path) -> None:
    p1 = write(tmp_path, "a.csv", HEADER
               + "2026-11-16T10:00:00+01:00,,walk,,skipped,0,tray\n")
    p2 = write(tmp_path, "b.csv", HEADER
               + "2026-11-16T09:00:00+00:00,,walk,,skipped,0,tray\n"
               + "2026-11-16T09:00:00+00:00,,stretch,,skipped,0,tray\n")
    assert import_file(empty, p1) == ImportResult(1, 0)
    assert import_file(empty, p2) == ImportResult(1, 1)
    assert csv_text(empty).splitlines()[1].startswith("2026-11-16T09:00:00+00:00,")


def test_bom_and_crlf_are_accepted(empty: HistoryStore, tmp_path: Path) -> None:
    p = tmp_path / "excel.csv"
    p.write_bytes(("\ufeff" + HEADER + "2026-11-16T09:00:00+00:00,,walk,,skipped,0,tray\n")
                  .replace("\n", "\r\n").encode())
    assert import_file(empty, p) == ImportResult(1, 0)


def rejected(store: HistoryStore, path: Path) -> ImportRejected:
    before = csv_text(store)
    with pytest.raises(ImportRejected) as info:
        import_file(store, path)
    assert csv_text(store) == before  # nothing changed
    return info.value


def test_one_bad_row_rejects_the_whole_file(store: HistoryStore, tmp_path: Path) -> None:
    filled(store)
    good = "2026-12-01T09:00:00+00:00,,walk,,skipped,0,tray\n"
    path = write(tmp_path, "bad.csv", HEADER + good
                 + "2026-12-01T10:00:00+00:00,,jog,,completed,60,tray\n" + good.replace("09", "11"))
    e = rejected(store, path)
    assert [str(p) for p in e.problems] == [
        f"{path}: line 3, column kind: 'jog' is not one of stretch | walk | natural"]
    assert str(path) in str(e) and "nothing was changed" in str(e)


@pytest.mark.parametrize(("row", "where", "message"), [
    ("2026-12-01 09:00,,walk,,skipped,0,tray", "column started_at", "has no UTC offset"),
    ("yesterday,,walk,,skipped,0,tray", "column started_at", "is not an ISO 8601 time"),
    (",,walk,,skipped,0,tray", "column started_at", "empty"),
    ("2026-12-01T09:00:00Z,2026-12-01T08:00:00Z,walk,,skipped,0,tray", "column ended_at",
     "is before started_at"),
    ("2026-12-01T09:00:00Z,,walk,,finished,0,tray", "column outcome", "is not one of"),
    ("2026-12-01T09:00:00Z,,walk,,skipped,-5,tray", "column seconds_active",
     "not a whole number"),
    ("2026-12-01T09:00:00Z,,walk,,skipped,99999999,tray", "column seconds_active",
     "too large"),
    ("2026-12-01T09:00:00Z,,walk,,skipped,0,phone", "column source", "is not one of"),
    ("2026-12-01T09:00:00Z,,natural,,completed,0,idle", "column outcome",
     "does not go with kind"),
    ("2026-12-01T09:00:00Z,,walk,,natural,0,idle", "column outcome", "does not go with kind"),
    ("2026-12-01T09:00:00Z,,walk,,skipped,0", "line 2", "6 columns; expected 7"),
])
def test_each_bad_field_is_named(empty: HistoryStore, tmp_path: Path, row: str, where: str,
                                 message: str) -> None:
    path = write(tmp_path, "bad.csv", HEADER + row + "\n")
    e = rejected(empty, path)
    assert len(e.problems) == 1
    assert e.problems[0].where.startswith("line 2")
    assert where in e.problems[0].where
    assert message in e.problems[0].message


def test_all_problems_are_listed_with_their_lines(empty: HistoryStore, tmp_path: Path) -> None:
    rows = ["2026-12-01T09:00:00Z,,walk,,skipped,0,tray"] * 3
    rows[0] = rows[0].replace("walk", "run")
    rows[2] = rows[2].replace("tray", "x").replace(",0,", ",z,")
    e = rejected(empty, write(tmp_path, "bad.csv", HEADER + "\n".join(rows) + "\n"))
    assert [p.where for p in e.problems] == [
        "line 2, column kind", "line 4, column seconds_active", "line 4, column source"]


def test_reading_stops_at_the_fiftieth_problem(empty: HistoryStore, tmp_path: Path) -> None:
    text = HEADER + "nope,,walk,,skipped,0,tray\n" * 120
    e = rejected(empty, write(tmp_path, "bad.csv", text))
    assert len(e.problems) == 50 and e.stopped
    assert e.problems[-1].where == "line 51, column started_at"
    assert str(e).endswith("stopped reading after 50 problems")


@pytest.mark.parametrize(("content", "where", "message"), [
    ("", "line 1", "empty"),
    ("when,what\n2026,x\n", "line 1", "expected exactly"),
])
def test_bad_header(empty: HistoryStore, tmp_path: Path, content: str, where: str,
                    message: str) -> None:
    e = rejected(empty, write(tmp_path, "bad.csv", content))
    assert (e.problems[0].where, message in e.problems[0].message) == (where, True)


def test_not_utf8_is_rejected(empty: HistoryStore, tmp_path: Path) -> None:
    p = tmp_path / "latin1.csv"
    p.write_bytes(HEADER.encode() + "2026-12-01T09:00:00Z,,walk,rück,skipped,0,tray\n"
                  .encode("latin-1"))
    e = rejected(empty, p)
    assert "not UTF-8" in str(e)


def test_missing_file_is_rejected(empty: HistoryStore, tmp_path: Path) -> None:
    e = rejected(empty, tmp_path / "nope.csv")
    assert "cannot read" in str(e)


@pytest.mark.parametrize(("doc", "where", "message"), [
    ('{"format": "backbreak-history", "version": 1, "breaks": [}', "line 1, column 58",
     "not valid JSON"),
    ('{"format": "other", "version": 1, "breaks": []}', "format", "expected"),
    ('{"format": "backbreak-history", "version": 9, "breaks": []}', "version",
     "expected 2 or lower, got 9"),
    ('{"format": "backbreak-history", "version": 1, "breaks": {}}', "breaks", "a list"),
    ('{"format": "backbreak-history", "version": 1, "breaks": [3]}', "breaks[0]",
     "expected an object"),
    ('{"format": "backbreak-history", "version": 1, "breaks": [{"started_at": '
     '"2026-12-01T09:00:00Z", "kind": "walk", "seconds_active": "5", "source": "tray"}]}',
     "breaks[0].seconds_active", "whole number"),
    ('{"format": "backbreak-history", "version": 1, "breaks": [{"started_at": '
     '"2026-12-01T09:00:00Z", "kind": "walk", "seconds_active": 5, "source": "tray", '
     '"outcome": "gone"}]}', "breaks[0].outcome", "is not one of"),
])
def test_bad_json_is_named(empty: HistoryStore, tmp_path: Path, doc: str, where: str,
                           message: str) -> None:
    e = rejected(empty, write(tmp_path, "bad.json", doc))
    assert e.problems[0].where == where
    assert message in e.problems[0].message
