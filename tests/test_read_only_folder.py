"""A read-only data folder (issue 7): the prompt goes on, the problem is told once, and the
breaks are written when the folder can be written again.

This is the case of a folder that is read-only when the app starts (a store that could not
be opened used to mean no history for the whole run). A folder turning read-only under an open
store fails writes the way a full disk does (test_store.py covers that path); Linux refuses to
remount a folder read-only while a file in it is open for writing, so it is not staged here.

The folder is made read-only for real: a read-only bind mount when running as root (root
ignores permission bits, and CI runs as root), the permission bits otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backbreak.core.history.log import HistoryLog
from backbreak.core.history.store import HistoryStore, StoreError
from backbreak.core.model import Kind, Outcome, Source
from backbreak.core.text import Text

T0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


class ReadOnlyFolder:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.mounted = False

    def _mount(self, *args: str) -> None:
        subprocess.run(["mount", *args, str(self.folder)], check=True, capture_output=True)

    def setup(self) -> None:
        if not ROOT:
            return
        if shutil.which("mount") is None:
            pytest.skip("running as root without mount(8): cannot make a folder read-only")
        try:
            self._mount("--bind", str(self.folder))
        except subprocess.CalledProcessError as e:
            pytest.skip(f"running as root and bind mounts are not allowed: {e.stderr!r}")
        self.mounted = True

    def lock(self) -> None:
        if self.mounted:
            self._mount("-o", "remount,bind,ro")
        else:
            self.folder.chmod(0o500)
        probe = self.folder / "probe"
        with pytest.raises(OSError):
            probe.touch()

    def unlock(self) -> None:
        if self.mounted:
            self._mount("-o", "remount,bind,rw")
        else:
            self.folder.chmod(0o700)

    def teardown(self) -> None:
        if self.mounted:  # lazily: a failed test may leave the store open
            subprocess.run(["umount", "--lazy", str(self.folder)], check=False)
        else:
            self.unlock()


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
        history.finish(row, at(60 * n + 2), Outcome.COMPLETED, Kind.STRETCH, None, 120, 4, 4)
        history.flush()  # the heartbeat's retry
    assert len(said) == 1  # told once, not once a prompt
    assert "6 writes waiting" in history.describe()

    ro.unlock()
    history.flush()
    assert history.unreadable_reason() is None
    today = history.today_counts(at(200), UTC)
    assert (today.due, today.taken) == (3, 3)  # all three landed
    history.close()
