"""The policy's one next wake-up, on one Qt timer.

The pure policy names the single next moment something can happen (``next_wakeup``, a
wall-clock time); this arms one precise ``QTimer`` for it and calls back on the GUI thread.
A timer counts monotonic time, so it can fire before the wall-clock moment (the clock was set
back) or after it (the machine slept: the controller's wall-clock gap check re-arms at once):
when it fires early it waits again for what is left; a late call is the policy's to judge.

Why not APScheduler, which DESIGN.md chose: the app uses it for exactly this (one date job
whose time moves, run inline on the Qt loop), and measured under Xvfb + trayer its imports cost
4.3 MB resident (asyncio, concurrent.futures with multiprocessing, importlib.metadata with its
scan of every installed package's entry points, tzlocal, zoneinfo, uuid) and about 90 ms of
CPU at each start; importing only its needed parts (stand-ins for those modules) still cost
1.1 MB and 30 ms, and means masking stdlib modules while it imports. Its Qt scheduler's traps
(uncancellable timers, jobs on a thread pool, a self-re-arming job deleted, late jobs dropped)
do not arise with one owned timer. Figures: ``tests/bench/README.md``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, QTimer

MAX_WAIT_MS = 2_147_483_647  # QTimer's limit (about 24.8 days): a longer wait is re-armed


def _now() -> datetime:
    return datetime.now(UTC)


class WakeupScheduler(QObject):
    """Calls ``callback`` once at the time last given to :meth:`arm` (one moving wake-up)."""

    def __init__(
        self,
        callback: Callable[[], None],
        parent: QObject | None = None,
        now: Callable[[], datetime] = _now,
    ) -> None:
        super().__init__(parent)
        self._callback = callback
        self._now = now
        self._at: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Coarse timers may be 5 % late: 90 s on a 30-minute wait.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._fire)

    def arm(self, at: datetime | None) -> None:
        """Wake at ``at`` (aware), replacing any earlier request; None: no wake-up."""
        self._at = at
        self._start()

    def next_run(self) -> datetime | None:
        return self._at

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    def shutdown(self) -> None:
        self._at = None
        self._timer.stop()

    def _start(self) -> None:
        self._timer.stop()
        if self._at is None:
            return
        wait_ms = math.ceil((self._at - self._now()).total_seconds() * 1000)
        self._timer.start(min(max(0, wait_ms), MAX_WAIT_MS))

    def _fire(self) -> None:
        if self._at is None:
            return
        if self._now() < self._at:  # early: the wall clock went back, or a wait over 24 days
            self._start()
            return
        self._at = None  # the callback may arm the next wake-up
        self._callback()
