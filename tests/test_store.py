"""HistoryStore against real SQLite files in tmp_path."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backbreak.core.history.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    BreakRow,
    HistoryStore,
    NewerSchemaError,
    StoreError,
)
from backbreak.core.model import Kind, Outcome, Source

T0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore(tmp_path / "history.sqlite3")
    yield s
    s.close()


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_prompt_is_written_when_shown_and_updated_when_answered(store: HistoryStore) -> None:
    row_id = store.open_prompt(at(0), Kind.STRETCH, Source.SCHEDULED, "desk-basic")
    [open_row] = store.rows_between(at(0), at(1))
    assert open_row == BreakRow(row_id, at(0), None, Kind.STRETCH, "desk-basic", None, 0,
                                Source.SCHEDULED)
    store.finish(row_id, ended_at=at(4), outcome=Outcome.PARTIAL, seconds_active=200,
                 steps_done=3, steps_total=5)
    [done] = store.rows_between(at(0), at(1))
    assert (done.ended_at, done.outcome, done.seconds_active, done.steps_done,
            done.steps_total) == (at(4), Outcome.PARTIAL, 200, 3, 5)
    assert done.started_at.tzinfo is UTC


def test_finish_can_change_kind_and_routine(store: HistoryStore) -> None:
    row_id = store.open_prompt(at(0), Kind.STRETCH, Source.SCHEDULED, "desk-basic")
    store.finish(row_id, ended_at=at(6), outcome=Outcome.COMPLETED, kind=Kind.WALK,
                 routine="walk", seconds_active=300)
    [row] = store.rows_between(at(0), at(1))
    assert (row.kind, row.routine) == (Kind.WALK, "walk")


def test_finish_of_unknown_row_names_file_and_id(store: HistoryStore) -> None:
    with pytest.raises(StoreError, match=r"history\.sqlite3: no history row with id 42"):
        store.finish(42, ended_at=at(1), outcome=Outcome.SKIPPED)


def test_naive_datetimes_are_refused(store: HistoryStore) -> None:
    with pytest.raises(ValueError, match="naive"):
        store.open_prompt(datetime(2026, 11, 16, 9), Kind.WALK, Source.TRAY)


def test_add_natural_counts_seconds_away(store: HistoryStore) -> None:
    store.add_natural(at(10), at(17.5))
    [row] = store.rows_between(at(0), at(60))
    assert (row.kind, row.outcome, row.source, row.seconds_active, row.ended_at) == (
        Kind.NATURAL, Outcome.NATURAL, Source.IDLE, 450, at(17.5))


def test_close_open_dismisses_only_open_rows(store: HistoryStore) -> None:
    a = store.open_prompt(at(0), Kind.STRETCH, Source.SCHEDULED)
    store.open_prompt(at(30), Kind.WALK, Source.TRAY)
    store.finish(a, ended_at=at(2), outcome=Outcome.SKIPPED)
    assert store.close_open() == 1
    assert [r.outcome for r in store.rows_between(at(0), at(60))] == [
        Outcome.SKIPPED, Outcome.DISMISSED]
    assert store.close_open() == 0


def test_rows_between_is_half_open_and_ordered(store: HistoryStore) -> None:
    for m in (20, 0, 10, 30):
        store.open_prompt(at(m), Kind.STRETCH, Source.SCHEDULED)
    assert [r.started_at for r in store.rows_between(at(0), at(30))] == [at(0), at(10), at(20)]


def test_sitting_between_returns_overlapping_spans(store: HistoryStore) -> None:
    store.add_sitting(at(0), at(30))
    store.add_sitting(at(40), at(100))
    store.add_sitting(at(120), at(130))
    assert store.sitting_between(at(25), at(50)) == [(at(0), at(30)), (at(40), at(100))]
    assert store.sitting_between(at(30), at(40)) == []
    with pytest.raises(ValueError, match="ends before it starts"):
        store.add_sitting(at(5), at(1))


def test_last_routine_is_the_newest_stretch_routine(store: HistoryStore) -> None:
    assert store.last_routine() is None
    store.open_prompt(at(0), Kind.STRETCH, Source.SCHEDULED, "neck")
    store.open_prompt(at(30), Kind.STRETCH, Source.SCHEDULED, "hips")
    store.open_prompt(at(60), Kind.WALK, Source.SCHEDULED, "walk")
    store.open_prompt(at(90), Kind.STRETCH, Source.TRAY, None)
    assert store.last_routine() == "hips"


def test_rows_survive_reopen_and_are_seen_by_a_second_connection(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    writer = HistoryStore(path)
    reader = HistoryStore(path)
    writer.open_prompt(at(0), Kind.WALK, Source.CLI)
    assert len(reader.rows_between(at(0), at(1))) == 1
    writer.close()
    reader.close()
    with HistoryStore(path) as again:
        assert len(again.rows_between(at(0), at(1))) == 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_add_rows_dedupes_and_is_all_or_nothing(store: HistoryStore) -> None:
    row = BreakRow(None, at(0), at(5), Kind.STRETCH, "neck", Outcome.COMPLETED, 300,
                   Source.SCHEDULED)
    other = BreakRow(None, at(30), None, Kind.WALK, None, Outcome.SKIPPED, 0, Source.TRAY)
    assert store.add_rows([row, other, row]) == (2, 1)
    assert store.add_rows([row, other]) == (0, 2)
    bad = BreakRow(None, at(60), None, "bogus", None, None, 0, Source.TRAY)  # type: ignore[arg-type]
    fresh = BreakRow(None, at(90), None, Kind.WALK, None, Outcome.SKIPPED, 0, Source.TRAY)
    with pytest.raises(ValueError):
        store.add_rows([fresh, bad])
    assert len(store.rows_between(at(0), at(1000))) == 2


# -- files: permissions, migrations, damage ---------------------------------------------------

@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_new_folders_are_0700_and_files_0600(tmp_path: Path) -> None:
    path = tmp_path / "data" / "backbreak" / "history.sqlite3"
    with HistoryStore(path) as s:
        s.open_prompt(at(0), Kind.WALK, Source.TRAY)
        assert mode(path) == 0o600
        assert mode(path.with_name(path.name + "-wal")) == 0o600
        assert mode(path.with_name(path.name + "-shm")) == 0o600
    assert mode(tmp_path / "data") == 0o700
    assert mode(tmp_path / "data" / "backbreak") == 0o700


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_existing_world_readable_file_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    HistoryStore(path).close()
    os.chmod(path, 0o644)
    HistoryStore(path).close()
    assert mode(path) == 0o600


def _file_at_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    for statements in MIGRATIONS[:version]:
        for sql in statements:
            conn.execute(sql)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_migrates_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.sqlite3"
    _file_at_version(path, version)
    with HistoryStore(path) as s:
        s.open_prompt(at(0), Kind.STRETCH, Source.SCHEDULED, "neck")
        s.add_sitting(at(0), at(10))
        assert s.last_routine() == "neck"
        assert s.recovered_from is None
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_empty_file_is_version_zero_and_migrates(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    with HistoryStore(path) as s:
        assert s.recovered_from is None
        assert s.rows_between(at(0), at(1)) == []
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE breaks (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(NewerSchemaError, match=rf"future\.sqlite3: .*newer.*version "
                                               rf"{SCHEMA_VERSION + 1}"):
        HistoryStore(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.glob("future*")) == ["future.sqlite3"]


ASIDE = re.compile(r"history\.sqlite3\.corrupt-\d{8}T\d{6}(-\d+)?")


def test_non_sqlite_file_is_moved_aside_and_a_fresh_store_started(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    junk = b"this is not a database\n" * 100
    path.write_bytes(junk)
    with HistoryStore(path) as s:
        assert s.recovered_from is not None
        assert ASIDE.fullmatch(s.recovered_from.name)
        assert s.recovered_from.read_bytes() == junk
        s.open_prompt(at(0), Kind.WALK, Source.TRAY)
        assert len(s.rows_between(at(0), at(1))) == 1
    # A second damaged file in the same second gets its own name; nothing is overwritten.
    path.write_bytes(junk)
    with HistoryStore(path) as s2:
        assert s2.recovered_from is not None
    asides = [p for p in tmp_path.iterdir() if ASIDE.fullmatch(p.name)]
    assert len(asides) == 2


def test_damaged_sqlite_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as s:
        for i in range(50):
            s.open_prompt(at(i), Kind.STRETCH, Source.SCHEDULED, "x" * 100)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, past the 100-byte header
    path.write_bytes(bytes(data))
    with HistoryStore(path) as fresh:
        assert fresh.recovered_from is not None
        assert fresh.rows_between(at(0), at(100)) == []


def test_folder_that_cannot_be_created_gives_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the history file"):
        HistoryStore(blocker / "sub" / "history.sqlite3")


def test_disk_full_keeps_writes_in_memory_and_writes_them_later(store: HistoryStore) -> None:
    """A full disk, simulated by SQLite's own page limit on the store's connection."""
    store.open_prompt(at(0), Kind.WALK, Source.TRAY)
    conn = store._conn  # the seam is the file's capacity, not the store's code
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    ids = []
    for i in range(1, 200):  # enough rows to need a new page
        ids.append(store.open_prompt(at(i), Kind.STRETCH, Source.SCHEDULED, "r" * 200))
        if store.pending_writes:
            break
    assert store.pending_writes == 1 and ids[-1] < 0
    assert store.write_problem is not None and "full" in str(store.write_problem)
    assert str(store.path) in str(store.write_problem)
    store.finish(ids[-1], ended_at=at(300), outcome=Outcome.COMPLETED, seconds_active=60)
    store.add_natural(at(400), at(410))
    store.add_sitting(at(500), at(510))
    assert store.pending_writes == 4
    assert store.flush_pending() is False  # still full: nothing lost, nothing written
    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    assert store.flush_pending() is True
    assert store.pending_writes == 0 and store.write_problem is None
    rows = store.rows_between(at(0), at(1000))
    assert len(rows) == len(ids) + 2
    assert rows[len(ids)].outcome is Outcome.COMPLETED  # the finish reached the buffered prompt
    assert rows[-1].kind is Kind.NATURAL
    assert store.sitting_between(at(0), at(1000)) == [(at(500), at(510))]
    # The provisional id keeps working after the flush.
    store.finish(ids[-1], ended_at=at(301), outcome=Outcome.PARTIAL)
    assert store.rows_between(at(len(ids)), at(len(ids) + 1))[0].outcome is Outcome.PARTIAL
