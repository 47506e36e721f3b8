"""A read-only data folder: the prompt goes on, the problem is told once, and the
breaks are written when the folder can be written again. Also when an earlier run
left ``-wal``/``-shm`` beside the file; and a quit before the folder can be written keeps the
breaks in a recovery file that the next start imports, once.

This is the case of a folder that is read-only when the app starts (a store that could not
be opened used to mean no history for the whole run). A folder turning read-only under an open
store fails writes the way a full disk does (test_store.py covers that path); Linux refuses to
remount a folder read-only while a file in it is open for writing, so it is not staged here.

The folder is made read-only for real: a read-only bind mount when running as root (root
ignores permission bits, and CI runs as root), the permission bits otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from read_only import EARLIER, ReadOnlyFolder, leave_wal_behind

from backbreak.core.history.log import HistoryLog
from backbreak.core.history.store import HistoryStore, StoreError, to_micros
from backbreak.core.model import Kind, Outcome, Progress, Source
from backbreak.core.text import Text

T0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def data_folder(tmp_path: Path) -> Iterator[tuple[Path, ReadOnlyFolder]]:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    ro = ReadOnlyFolder(folder)
    ro.setup()
    yield folder, ro
    ro.teardown()


def test_a_store_in_a_read_only_folder_holds_breaks_until_it_can_write(
    data_folder: tuple[Path, ReadOnlyFolder],
) -> None:
    folder, ro = data_folder
    path = folder / "history.sqlite3"
    ro.lock()
    with pytest.raises(StoreError, match="cannot create the history file"):
        HistoryStore(path)  # the CLI's way: say so and stop

    store = HistoryStore(path, wait_for_write_access=True)  # the app's way
    assert not store.is_open and not path.exists()
    problem = str(store.write_problem)
    assert str(path) in problem and "kept in memory" in problem
    row = store.open_prompt(at(0), Kind.STRETCH, Source.SCHEDULED, "desk-reset")
    assert row < 0  # provisional: the prompt goes on
    store.finish(row, ended_at=at(3), outcome=Outcome.COMPLETED, seconds_active=170)
    store.add_natural(at(40), at(50))
    store.add_sitting(at(-30), at(0))
    assert store.pending_writes == 4
    with pytest.raises(StoreError, match="cannot be read"):
        store.rows_between(at(-60), at(60))
    assert store.flush_pending() is False and not store.try_open()

    ro.unlock()
    assert store.flush_pending() is True
    assert store.is_open and store.write_problem is None and store.pending_writes == 0
    rows = store.rows_between(at(-60), at(60))
    assert [(r.kind, r.outcome, r.seconds_active, r.routine) for r in rows] == [
        (Kind.STRETCH, Outcome.COMPLETED, 170, "desk-reset"),
        (Kind.NATURAL, Outcome.NATURAL, 600, None),
    ]
    assert store.sitting_between(at(-60), at(60)) == [(at(-30), at(0))]
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    store.close()


def test_the_app_says_it_once_and_writes_the_breaks_later(
    data_folder: tuple[Path, ReadOnlyFolder],
) -> None:
    folder, ro = data_folder
    path = folder / "history.sqlite3"
    said: list[Text] = []
    ro.lock()
    history = HistoryLog(path, said.append)
    assert history.store is not None and history.problem is None
    assert len(said) == 1 and str(path) in str(said[0])
    assert str(path) in str(history.unreadable_reason())  # the weekly window says why, too
    for n in range(3):  # three prompts answered while the folder stays read-only
        row = history.open_prompt(at(60 * n), Kind.STRETCH, Source.SCHEDULED, None)
        history.finish(
            row, at(60 * n + 2), Outcome.COMPLETED, kind=Kind.STRETCH, routine=None,
            progress=Progress(120, 4, 4),
        )  # fmt: skip
        history.flush()  # the heartbeat's retry
    assert len(said) == 1  # told once, not once a prompt
    assert "6 writes waiting" in history.describe()

    ro.unlock()
    history.flush()
    assert history.unreadable_reason() is None
    today = history.today_counts(at(200), UTC)
    assert (today.due, today.taken) == (3, 3)  # all three landed
    history.close()


# --- leftovers of an earlier run, and a quit before the folder can be written ---------

@pytest.fixture
def state_folder(tmp_path: Path) -> Iterator[tuple[Path, ReadOnlyFolder]]:
    """The state folder, where the recovery file goes: not the data folder."""
    folder = tmp_path / "state"
    folder.mkdir(mode=0o700)
    ro = ReadOnlyFolder(folder)
    ro.setup()
    yield folder, ro
    ro.teardown()


def all_rows(path: Path) -> list[tuple[datetime, Kind, Outcome | None, int]]:
    with HistoryStore(path) as store:
        return [(r.started_at, r.kind, r.outcome, r.seconds_active) for r in store.all_rows()]


def answer_three_prompts(history: HistoryLog) -> None:
    for n in range(3):
        row = history.open_prompt(at(60 * n), Kind.STRETCH, Source.SCHEDULED, None)
        history.finish(
            row, at(60 * n + 2), Outcome.COMPLETED, kind=Kind.STRETCH, routine=None,
            progress=Progress(120, 4, 4),
        )  # fmt: skip
        history.flush()  # the heartbeat's retry


THREE_ANSWERED = [(at(60 * n), Kind.STRETCH, Outcome.COMPLETED, 120) for n in range(3)]


def test_leftover_wal_and_shm_do_not_keep_breaks_in_memory_once_the_folder_is_writable(
    data_folder: tuple[Path, ReadOnlyFolder],
) -> None:
    """SQLite opened the file read-only (it could read it through the leftovers) and the store
    kept that connection: "6 writes waiting" for ever, and lost at quit."""
    folder, ro = data_folder
    path = folder / "history.sqlite3"
    leave_wal_behind(path)
    ro.lock()
    said: list[Text] = []
    history = HistoryLog(path, said.append)
    answer_three_prompts(history)
    assert "6 writes waiting" in history.describe()
    assert len(said) == 1 and str(path) in str(said[0])

    ro.unlock()
    history.flush()  # the next heartbeat
    assert "waiting" not in history.describe()
    today = history.today_counts(at(200), UTC)
    assert (today.due, today.taken) == (3, 3)
    history.close()
    assert all_rows(path) == [(EARLIER, Kind.WALK, Outcome.COMPLETED, 600), *THREE_ANSWERED]


def test_quit_while_still_read_only_keeps_the_breaks_for_the_next_start(
    data_folder: tuple[Path, ReadOnlyFolder],
    state_folder: tuple[Path, ReadOnlyFolder],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    folder, ro = data_folder
    path = folder / "history.sqlite3"
    recovery = state_folder[0] / "history-recovery.jsonl"
    leave_wal_behind(path)
    ro.lock()
    history = HistoryLog(path, lambda text: None, recovery_file=recovery)
    answer_three_prompts(history)
    history.natural_break(at(300), at(310))
    history.sitting_span(at(-30), at(0))
    history.close()  # quit, the folder still read-only
    assert oct(recovery.stat().st_mode & 0o777) == oct(0o600)
    assert f"8 writes could not be written to {path}" in caplog.text
    assert f"saved to {recovery}" in caplog.text

    ro.unlock()
    caplog.clear()
    said: list[Text] = []
    again = HistoryLog(path, said.append, recovery_file=recovery)  # the next start
    assert not recovery.exists() and said == []
    assert f"imported 8 writes from {recovery} into {path}; the file was removed" in caplog.text
    again.close()
    expected = [
        (EARLIER, Kind.WALK, Outcome.COMPLETED, 600),
        *THREE_ANSWERED,
        (at(300), Kind.NATURAL, Outcome.NATURAL, 600),
    ]
    assert all_rows(path) == expected
    with HistoryStore(path) as store:
        assert store.sitting_between(at(-60), at(60)) == [(at(-30), at(0))]

    HistoryLog(path, lambda text: None, recovery_file=recovery).close()  # and the one after
    assert all_rows(path) == expected  # imported exactly once


def test_a_recovery_file_that_cannot_be_removed_is_not_imported_twice(
    data_folder: tuple[Path, ReadOnlyFolder],
    state_folder: tuple[Path, ReadOnlyFolder],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    folder, ro = data_folder
    state, state_ro = state_folder
    path = folder / "history.sqlite3"
    recovery = state / "history-recovery.jsonl"
    ro.lock()
    history = HistoryLog(path, lambda text: None, recovery_file=recovery)
    row = history.open_prompt(at(0), Kind.STRETCH, Source.SCHEDULED, "desk-reset")
    history.finish(  # a walk instead
        row, at(3), Outcome.PARTIAL, kind=Kind.WALK, routine="walk", progress=Progress(200)
    )
    history.sitting_span(at(-30), at(0))
    history.close()
    assert recovery.exists()

    ro.unlock()
    state_ro.lock()  # the next start can write the history but not remove the file
    HistoryLog(path, lambda text: None, recovery_file=recovery).close()
    assert recovery.exists()
    assert "could not be removed" in caplog.text
    assert "importing it again adds nothing" in caplog.text
    state_ro.unlock()
    HistoryLog(path, lambda text: None, recovery_file=recovery).close()
    assert not recovery.exists()
    assert all_rows(path) == [(at(0), Kind.WALK, Outcome.PARTIAL, 200)]
    with HistoryStore(path) as store:
        assert store.sitting_between(at(-60), at(60)) == [(at(-30), at(0))]


def test_breaks_that_can_be_kept_nowhere_are_logged_as_lost(
    data_folder: tuple[Path, ReadOnlyFolder],
    state_folder: tuple[Path, ReadOnlyFolder],
    caplog: pytest.LogCaptureFixture,
) -> None:
    folder, ro = data_folder
    state, state_ro = state_folder
    path = folder / "history.sqlite3"
    recovery = state / "sub" / "history-recovery.jsonl"
    ro.lock()
    state_ro.lock()
    history = HistoryLog(path, lambda text: None, recovery_file=recovery)
    answer_three_prompts(history)
    history.close()
    assert "6 writes are lost" in caplog.text and str(recovery) in caplog.text
    assert not recovery.exists()


def test_a_damaged_recovery_file_is_told_moved_aside_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        store.add_natural(at(0), at(10))
    before = all_rows(path)
    recovery = tmp_path / "state" / "history-recovery.jsonl"
    recovery.parent.mkdir()
    header = '{"format": "backbreak-held-writes", "version": 1}\n'
    good = '{"write": "sitting", "started_at": 1, "ended_at": 2}\n'
    bad_lines = {  # line 3 -> what the user is told about it
        '{"write": "open", "row": -1, "started_at": 5, "kind": "jog", "source": "tray"}':
            "line 3, kind: expected one of stretch, walk, natural, got 'jog'",
        '{"write": "finish", "row": -1, "outcome": "completed"}': "line 3, ended_at: missing",
        '{"write": "sitting", "started_at": 1e400, "ended_at": 2}':
            "line 3, started_at: expected a whole number from",
        "[" * 100_000: "line 3: expected a JSON object",
        '{"write": "open", "row": 7, "started_at": 5, "kind": "walk", "source": "tray"}':
            "line 3, row: expected a whole number from -4611686018427387904 to -1, got 7",
        '{"write": "sitting", "started_at": 1, "ended_at": 2, "replayed": true}':
            "line 3, replayed: unknown key; expected one of ended_at, exercises, kind,",
    }
    for n, (bad, told_about_it) in enumerate(bad_lines.items()):
        recovery.write_text(header + good + bad + "\n")
        said: list[Text] = []
        HistoryLog(path, said.append, recovery_file=recovery).close()
        (told,) = [str(s) for s in said]
        assert f"{recovery}: {told_about_it}" in told, told
        assert not recovery.exists()
        asides = sorted(recovery.parent.glob("history-recovery.jsonl.corrupt-*"))
        assert len(asides) == n + 1 and str(asides[-1].name) in told
        assert all_rows(path) == before
        with HistoryStore(path) as store:
            assert store.sitting_between(at(-600), at(600)) == []


def test_a_recovery_file_changes_only_the_row_it_was_written_for(tmp_path: Path) -> None:
    """A held answer to a row that was already in the file names the row's start too: if the
    history was replaced in between, another row with that id is left alone."""
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        row = store.open_prompt(at(0), Kind.STRETCH, Source.TRAY, None)
    recovery = tmp_path / "history-recovery.jsonl"
    header = '{"format": "backbreak-held-writes", "version": 1}\n'
    for start, expected in ((at(5), None), (at(0), Outcome.SKIPPED)):
        finish = (
            f'{{"write": "finish", "row": {row}, "started_at": {to_micros(start)}, '
            f'"ended_at": {to_micros(at(6))}, "outcome": "skipped"}}\n'
        )
        recovery.write_text(header + finish)
        HistoryStore(path, recovery_file=recovery).close()
        assert not recovery.exists()
        with HistoryStore(path) as store:
            assert [r.outcome for r in store.all_rows()] == [expected]


def test_an_empty_recovery_file_is_removed_without_a_word(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    recovery = tmp_path / "history-recovery.jsonl"
    recovery.write_text('{"format": "backbreak-held-writes", "version": 1}\n')
    said: list[Text] = []
    HistoryLog(path, said.append, recovery_file=recovery).close()
    assert not recovery.exists() and said == [] and all_rows(path) == []
