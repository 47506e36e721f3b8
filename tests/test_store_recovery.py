"""Opening a history file that is damaged, incomplete or busy: what is moved aside, what is
left alone, and that nothing of the old file leaks into the fresh one."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backbreak.core.history import store_opening
from backbreak.core.history.store import HistoryStore, StoreError
from backbreak.core.history.store_sql import MIGRATIONS, SCHEMA_VERSION
from backbreak.core.model import Kind, Source

T0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def asides(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".corrupt-" in p.name)


def versioned_file(path: Path, statements: list[str]) -> None:
    """A SQLite file that says it is the current schema version but holds ``statements``."""
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.commit()
    conn.close()


BREAKS, SITTING = MIGRATIONS[0][0], MIGRATIONS[0][3]


@pytest.mark.parametrize(
    "statements",
    [[], [BREAKS], [SITTING], ["CREATE TABLE notes (x)"]],
    ids=["no tables", "no sitting table", "no breaks table", "someone else's table"],
)
def test_a_file_of_our_version_without_our_tables_is_moved_aside(
    tmp_path: Path, statements: list[str]
) -> None:
    path = tmp_path / "history.sqlite3"
    versioned_file(path, statements)
    before = path.read_bytes()
    with HistoryStore(path) as s:
        assert s.recovered_from is not None and s.recovered_from.read_bytes() == before
        s.open_prompt(at(0), Kind.STRETCH, Source.SCHEDULED)
        s.add_sitting(at(0), at(10))
        assert len(s.rows_between(at(0), at(1))) == 1
        assert s.sitting_between(at(0), at(10)) == [(at(0), at(10))]


def _wal_with_frames(source: Path) -> bytes:
    """A real write-ahead log of ``source`` holding rows not yet checkpointed."""
    with HistoryStore(source) as s:
        s.open_prompt(at(0), Kind.STRETCH, Source.SCHEDULED)
    conn = sqlite3.connect(source)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(1, 20):
        conn.execute(
            "INSERT INTO breaks (started_at, kind, source) VALUES (?, 'walk', 'tray')", (i,)
        )
    conn.commit()
    wal = source.with_name(source.name + "-wal")
    data = wal.read_bytes()
    assert len(data) > 32  # a header and frames
    conn.close()
    return data


def test_a_damaged_files_write_ahead_log_goes_aside_with_it(tmp_path: Path) -> None:
    """Another process has the damaged file open (the app, while ``backbreak history`` runs),
    so SQLite cannot fold the log back in on closing: the log must go aside with its file, or
    its frames would be read as part of the fresh history."""
    wal_bytes = _wal_with_frames(tmp_path / "source.sqlite3")
    path = tmp_path / "history.sqlite3"
    junk = b"not a database at all\n" * 200
    path.write_bytes(junk)
    path.with_name(path.name + "-wal").write_bytes(wal_bytes)
    other = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        other.execute("PRAGMA user_version").fetchone()
    try:
        with HistoryStore(path) as s:
            aside = s.recovered_from
            assert aside is not None and aside.read_bytes() == junk
            assert aside.with_name(aside.name + "-wal").read_bytes() == wal_bytes
            s.open_prompt(at(0), Kind.WALK, Source.TRAY)
            everything = s.rows_between(datetime(1970, 1, 1, tzinfo=UTC), at(100))
            assert [r.kind for r in everything] == [Kind.WALK]  # nothing of the old log
    finally:
        other.close()


def test_a_busy_file_is_left_where_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Locked by another program is not damage: a clear error, and the file stays put."""
    monkeypatch.setattr(store_opening, "BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "history.sqlite3"
    # every table of the current version; a rollback journal: a writer locks out readers
    versioned_file(path, [s for m in MIGRATIONS for s in m])
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match=r"history\.sqlite3: cannot open the history: .*lock"):
            HistoryStore(path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert asides(tmp_path) == []
    with HistoryStore(path) as s:
        assert s.recovered_from is None


def test_recovery_never_overwrites_an_earlier_aside(tmp_path: Path) -> None:
    """The aside's name carries the second; files already taken for the next few seconds
    (and their first numbered variant) must all survive."""
    path = tmp_path / "history.sqlite3"
    now = datetime.now()
    taken = []
    for s in range(3):
        stamp = f"{now + timedelta(seconds=s):%Y%m%dT%H%M%S}"
        for suffix in ("", "-1"):
            earlier = tmp_path / f"history.sqlite3.corrupt-{stamp}{suffix}"
            earlier.write_text(f"earlier {stamp}{suffix}")
            taken.append(earlier)
    path.write_bytes(b"junk" * 100)
    with HistoryStore(path) as s:
        assert s.recovered_from is not None and s.recovered_from not in taken
        assert s.recovered_from.read_bytes() == b"junk" * 100
    for earlier in taken:
        assert earlier.read_text() == "earlier " + earlier.name.split("corrupt-")[1]


def test_a_current_file_is_opened_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as s:
        s.open_prompt(at(0), Kind.WALK, Source.TRAY)
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(path, copy)
    with HistoryStore(copy) as s:
        assert s.recovered_from is None and len(s.rows_between(at(0), at(1))) == 1
