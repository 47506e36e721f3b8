"""A ``/proc`` stand-in that makes the meeting guard's real Linux probe block for real: one
process of ours whose ``comm`` is a FIFO, so reading it waits until the test writes a name."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from backbreak.platform.meeting import LinuxCameraHolders, LinuxProbe, PulseRecording

WATCHDOG_S = 20.0  # only if the look blocked the test itself: then the test fails, not hangs
NO_SERVER = "unix:/nonexistent/native"


class StuckProc:
    """A ``/proc`` with one process of ours whose ``comm`` is a FIFO: a look blocks on it until
    :meth:`release` writes a name (or the watchdog does, which the tests count as a failure)."""

    def __init__(self, root: Path) -> None:
        (root / "dev").mkdir(parents=True)
        (root / "dev" / "video0").write_bytes(b"")
        self.pid_dir = root / "proc" / "4242"
        self.pid_dir.mkdir(parents=True)
        os.mkfifo(self.pid_dir / "comm")
        self.probe = LinuxProbe(
            LinuxCameraHolders(str(root / "dev" / "video*"), proc=str(root / "proc")),
            PulseRecording(NO_SERVER),
        )
        self.released = threading.Event()
        self.by_watchdog = False
        self._watchdog = threading.Timer(WATCHDOG_S, self._watchdog_release)
        self._watchdog.start()

    def release(self) -> None:
        """Unblock the look reading the FIFO; later looks read a plain file."""
        if not self.released.is_set():
            self.released.set()
            comm = self.pid_dir / "comm"
            with open(comm, "w", encoding="utf-8") as fifo:
                fifo.write("zoom\n")
            comm.unlink()
            comm.write_text("zoom\n", encoding="utf-8")

    def _watchdog_release(self) -> None:
        self.by_watchdog = True
        self.release()

    def close(self) -> None:
        self._watchdog.cancel()
        if not self.released.is_set():
            threading.Thread(target=self.release, daemon=True).start()
