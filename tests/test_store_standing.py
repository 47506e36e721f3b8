"""Standing spans in the history (standing-desk mode), against real SQLite files: written,
read, held while the file cannot take them, carried by a recovery file once, imported all or
nothing; and the schema migration that added them keeps older files working."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backbreak.core.history.held_writes import HeldWrite, Write, save
from backbreak.core.history.log import HistoryLog
from backbreak.core.history.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    BreakRow,
    HistoryStore,
    StoreError,
    to_micros,
)
from backbreak.core.history.store_standing import Imported, StandingRow
from backbreak.core.model import Kind, Outcome, Source

T0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore(tmp_path / "history.sqlite3")
    yield s
    s.close()


def test_spans_are_written_and_read_back_by_overlap(store: HistoryStore) -> None:
    store.standing.add(at(10), at(70))
    store.standing.add(at(100), at(130))
    store.add_sitting(at(0), at(10))  # sitting is kept apart
    assert store.standing.between(at(60), at(100)) == [(at(10), at(70))]  # [start, end)
    assert store.standing.between(at(70), at(101)) == [(at(100), at(130))]
    assert store.standing.every() == [StandingRow(at(10), at(70)), StandingRow(at(100), at(130))]
    assert store.sitting_between(at(0), at(200)) == [(at(0), at(10))]


def test_a_span_that_ends_before_it_starts_is_refused(store: HistoryStore) -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        store.standing.add(at(5), at(4))
    store.standing.add(at(5), at(5))  # empty, but not wrong
    assert store.standing.every() == [StandingRow(at(5), at(5))]


def test_the_database_refuses_a_span_that_ends_before_it_starts(store: HistoryStore) -> None:
    conn = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute("INSERT INTO standing (started_at, ended_at) VALUES (2, 1)")
    conn.close()


def _version_1_file(path: Path) -> None:
    """A history as the version before standing-desk mode wrote it."""
    conn = sqlite3.connect(path)
    for sql in MIGRATIONS[0]:
        conn.execute(sql)
    conn.execute(
        "INSERT INTO breaks (started_at, ended_at, kind, routine, outcome, seconds_active, "
        "source) VALUES (?, ?, 'walk', 'walk', 'completed', 300, 'scheduled')",
        (to_micros(at(30)), to_micros(at(35))),
    )
    conn.execute(
        "INSERT INTO sitting (started_at, ended_at) VALUES (?, ?)",
        (to_micros(at(0)), to_micros(at(30))),
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_a_version_1_file_keeps_its_history_and_gains_standing(tmp_path: Path) -> None:
    assert SCHEMA_VERSION >= 2  # 3 added the pain check-in's columns
    path = tmp_path / "history.sqlite3"
    _version_1_file(path)
    with HistoryStore(path) as s:
        assert s.recovered_from is None
        [row] = s.rows_between(at(0), at(60))
        assert (row.kind, row.outcome, row.seconds_active) == (Kind.WALK, Outcome.COMPLETED, 300)
        assert s.sitting_between(at(0), at(60)) == [(at(0), at(30))]
        assert s.standing.every() == []
        s.standing.add(at(40), at(50))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM standing").fetchone()[0] == 1
    conn.close()
    with HistoryStore(path) as s:  # and opened again, nothing to migrate
        assert s.standing.every() == [StandingRow(at(40), at(50))]


def test_a_version_2_file_without_the_standing_table_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _version_1_file(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 2")  # says it has standing, but has not
    conn.commit()
    conn.close()
    with HistoryStore(path) as s:
        assert s.recovered_from is not None and s.recovered_from.exists()
        assert s.rows_between(at(0), at(60)) == []


def test_a_version_1_file_is_not_damaged_for_lacking_the_standing_table(tmp_path: Path) -> None:
    """The table check asks of a file only the tables its own version has."""
    path = tmp_path / "history.sqlite3"
    _version_1_file(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE sitting")  # version 1 without a version 1 table: damaged
    conn.commit()
    conn.close()
    with HistoryStore(path) as s:
        assert s.recovered_from is not None


def test_spans_are_held_while_the_disk_is_full(store: HistoryStore) -> None:
    store.open_prompt(at(0), Kind.WALK, Source.TRAY)
    conn = store._conn  # the seam is the file's capacity, not the store's code
    assert conn is not None
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    for i in range(1, 300):  # enough rows to need a new page
        store.open_prompt(at(i), Kind.STRETCH, Source.SCHEDULED, "r" * 200)
        if store.pending_writes:
            break
    store.standing.add(at(400), at(460))
    assert store.pending_writes == 2
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert store.flush_pending() is True
    assert store.standing.every() == [StandingRow(at(400), at(460))]


def test_a_recovery_file_adds_its_standing_span_once(tmp_path: Path) -> None:
    path, recovery = tmp_path / "history.sqlite3", tmp_path / "recovery.jsonl"
    span = HeldWrite(Write.STANDING, started_at=to_micros(at(0)), ended_at=to_micros(at(45)))
    for _ in range(2):  # a crash between the import and the file's removal: read twice
        save(recovery, [span])
        HistoryLog(path, lambda text: None, recovery_file=recovery).close()
        assert not recovery.exists()
    with HistoryStore(path) as s:
        assert s.standing.every() == [StandingRow(at(0), at(45))]


def test_the_log_writes_standing_spans_and_ignores_empty_ones(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    log = HistoryLog(path, lambda text: None)
    log.standing_span(at(0), at(20))
    log.standing_span(at(30), at(30))
    log.close()
    with HistoryStore(path) as s:
        assert s.standing.every() == [StandingRow(at(0), at(20))]


def test_breaks_and_spans_import_together_and_only_once(store: HistoryStore) -> None:
    walk = BreakRow(None, at(0), at(5), Kind.WALK, "walk", Outcome.COMPLETED, 300, Source.TRAY)
    spans = [StandingRow(at(10), at(70)), StandingRow(at(10), at(70)), StandingRow(at(80), at(90))]
    assert store.standing.import_records([walk, *spans]) == Imported(1, 0, 2, 1)
    assert store.standing.import_records([walk, *spans]) == Imported(0, 1, 0, 3)
    assert store.standing.every() == [StandingRow(at(10), at(70)), StandingRow(at(80), at(90))]
    assert len(store.rows_between(at(0), at(1))) == 1


def test_an_import_that_fails_midway_adds_neither_breaks_nor_spans(store: HistoryStore) -> None:
    walk = BreakRow(None, at(0), at(5), Kind.WALK, "walk", Outcome.COMPLETED, 300, Source.TRAY)

    def records() -> Iterator[BreakRow | StandingRow]:
        yield walk
        yield StandingRow(at(10), at(70))
        raise RuntimeError("the file turned out bad")

    with pytest.raises(RuntimeError):
        store.standing.import_records(records())
    assert store.standing.every() == [] and store.all_rows() == []


def test_reading_spans_of_an_unopened_store_says_why(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    blocker = folder / "history.sqlite3"
    blocker.mkdir()  # a folder where the file should be: it can never be opened
    s = HistoryStore(blocker, wait_for_write_access=True)
    with pytest.raises(StoreError, match="cannot be read"):
        s.standing.between(at(0), at(1))
    s.standing.add(at(0), at(1))
    assert s.pending_writes == 1
    s.close()
