"""A folder made read-only for real, and an earlier run's leftovers, for the tests of a data
folder that cannot be written (``test_read_only_folder.py`` and the desktop tests).

Read-only for real: a read-only bind mount when running as root (root ignores permission bits,
and CI runs as root), the permission bits otherwise.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


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


# An earlier run of the app, killed with its history open: SQLite leaves the -wal (holding
# this row) and the -shm beside the file.
EARLIER_RUN = """
import os, signal, sys
from datetime import UTC, datetime
from pathlib import Path
from backbreak.core.history.store import HistoryStore
from backbreak.core.model import Kind, Outcome, Source
store = HistoryStore(Path(sys.argv[1]))
t = datetime(2026, 11, 13, 9, 0, tzinfo=UTC)
row = store.open_prompt(t, Kind.WALK, Source.SCHEDULED, None)
store.finish(row, ended_at=t, outcome=Outcome.COMPLETED, seconds_active=600)
os.kill(os.getpid(), signal.SIGKILL)
"""
EARLIER = datetime(2026, 11, 13, 9, 0, tzinfo=UTC)


def leave_wal_behind(path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", EARLIER_RUN, str(path)], check=False)
    assert done.returncode == -signal.SIGKILL
    wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    assert wal.stat().st_size > 0 and shm.exists()
