"""The pain check-in's scores in the history: a real SQLite file, migrated from the
version before them, written, held while the disk is full, kept in the recovery file at quit,
and read back after reopening."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backbreak.core.history.store import HistoryStore, StoreError
from backbreak.core.history.store_sql import MIGRATIONS, SCHEMA_VERSION
from backbreak.core.model import Kind, Outcome, Source

T0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def _version_1_file(path: Path) -> None:
    """A history as backbreak wrote it before the check-in: schema 1, one answered stretch."""
    conn = sqlite3.connect(path)
    for sql in MIGRATIONS[0]:
        conn.execute(sql)
    conn.execute(
        "INSERT INTO breaks (started_at, ended_at, kind, routine, outcome, seconds_active, "
        "source, steps_done, steps_total) VALUES (?, ?, 'stretch', 'desk-standing', "
        "'completed', 120, 'scheduled', 4, 4)",
        (1_763_283_600_000_000, 1_763_283_720_000_000),
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_a_version_1_file_keeps_its_rows_and_takes_scores(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _version_1_file(path)
    with HistoryStore(path) as store:
        (old,) = store.all_rows()
        assert (old.routine, old.seconds_active, old.steps_done) == ("desk-standing", 120, 4)
        assert (old.pain_before, old.pain_after) == (None, None)
        assert old.id is not None
        store.pain.record(old.id, before=4, exercises=("glute-squeeze", "hip-hinge"))
        store.pain.record(old.id, after=2)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT pain_before, pain_after, exercises FROM breaks").fetchall() == [
        (4, 2, "glute-squeeze hip-hinge")
    ]
    conn.close()
    with HistoryStore(path) as again:  # reopened: the scores are read back
        (row,) = again.all_rows()
        assert (row.pain_before, row.pain_after, row.outcome) == (4, 2, Outcome.COMPLETED)
        (checkin,) = again.pain.between(at(-60 * 24 * 365), at(60 * 24 * 365 * 2))
        assert (checkin.before, checkin.after) == (4, 2)
        assert checkin.exercises == ("glute-squeeze", "hip-hinge")


def test_a_score_is_set_once_and_the_other_is_left_as_it_is(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        row = store.open_prompt(at(0), Kind.STRETCH, Source.TRAY, "desk-seated")
        store.pain.record(row, before=0, exercises=("seated-pelvic-tilt",))
        store.finish(row, ended_at=at(3), outcome=Outcome.COMPLETED, seconds_active=150)
        store.pain.record(row, after=10)
        (r,) = store.rows_between(at(0), at(1))
        assert (r.pain_before, r.pain_after, r.seconds_active) == (0, 10, 150)
        # in either order, and giving one score again leaves the other and the exercises
        store.pain.record(row, before=1)
        (c,) = store.pain.between(at(0), at(1))
        assert (c.before, c.after, c.exercises) == (1, 10, ("seated-pelvic-tilt",))
        # Rows without a score are no check-in.
        store.open_prompt(at(10), Kind.STRETCH, Source.TRAY, "desk-seated")
        assert [c.row for c in store.pain.between(at(0), at(60))] == [row]


@pytest.mark.parametrize("score", [-1, 11, 100])
def test_scores_outside_0_to_10_are_refused(tmp_path: Path, score: int) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        row = store.open_prompt(at(0), Kind.STRETCH, Source.TRAY)
        with pytest.raises(ValueError, match="0 to 10"):
            store.pain.record(row, before=score)
        with pytest.raises(ValueError, match="0 to 10"):
            store.pain.record(row, after=score)
        assert store.all_rows()[0].pain_before is None


def test_the_schema_refuses_a_score_written_around_the_store(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    HistoryStore(path).close()
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO breaks (started_at, kind, source, pain_before) "
            "VALUES (1, 'stretch', 'tray', 11)"
        )
    conn.close()


def test_a_score_for_an_unknown_row_names_the_file(tmp_path: Path) -> None:
    with (
        HistoryStore(tmp_path / "h.sqlite3") as store,
        pytest.raises(StoreError, match=r"h\.sqlite3: no history row with id 42"),
    ):
        store.pain.record(42, before=3)


def test_scores_wait_with_a_full_disk_and_reach_the_row(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    row = store.open_prompt(at(0), Kind.STRETCH, Source.TRAY, "desk-standing")
    conn = store._conn  # the seam is the file's capacity, not the store's code
    assert conn is not None
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    for i in range(1, 200):  # fill the last page, so the next write cannot be taken
        store.open_prompt(at(i), Kind.STRETCH, Source.SCHEDULED, "r" * 200)
        if store.pending_writes:
            break
    assert store.pending_writes == 1
    store.pain.record(row, before=6, exercises=("glute-squeeze",))
    assert store.pending_writes == 2
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert store.flush_pending()
    assert store.rows_between(at(0), at(1))[0].pain_before == 6
    store.close()


def test_scores_held_at_quit_go_through_the_recovery_file(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    recovery = tmp_path / "state" / "history-recovery.jsonl"
    store = HistoryStore(path, recovery_file=recovery)
    row = store.open_prompt(at(0), Kind.STRETCH, Source.TRAY, "desk-standing")
    conn = store._conn
    assert conn is not None
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    for i in range(1, 200):
        store.open_prompt(at(i), Kind.STRETCH, Source.SCHEDULED, "r" * 200)
        if store.pending_writes:
            break
    store.pain.record(row, before=3, after=5, exercises=("bird-dog", "cat-cow"))
    store.close()  # still full: the held writes go to the recovery file
    lines = [json.loads(line) for line in recovery.read_text().splitlines()]
    assert {"write": "pain", "row": row, "started_at": lines[-1]["started_at"], "pain_before": 3,
            "pain_after": 5, "exercises": "bird-dog cat-cow"} == lines[-1]
    with HistoryStore(path, recovery_file=recovery) as reopened:  # the next start imports it
        assert not recovery.exists()
        first = reopened.rows_between(at(0), at(1))[0]
        assert (first.pain_before, first.pain_after) == (3, 5)
        (checkin,) = reopened.pain.between(at(0), at(1))
        assert checkin.exercises == ("bird-dog", "cat-cow")
