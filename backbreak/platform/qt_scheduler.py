"""APScheduler on the Qt event loop, without the stock ``QtScheduler``'s traps (DESIGN.md).

1. The stock scheduler keeps ``QTimer.singleShot``'s return (``None`` in PySide6), so it can never
   cancel a timer: every reschedule starts another chain. Here one owned ``QTimer`` is reused.
2. Jobs run inline on the GUI thread (``debug`` executor), never on a thread pool.
3. A date job that re-arms itself while running is deleted right after; the callback is
   therefore deferred with a zero timer, and we keep one job whose run time we move.
Late jobs are never dropped (``misfire_grace_time=None``): the pure policy decides what a late
wake-up means.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QObject, Qt, QTimer

_MAX_MS = 2_147_483_647
JOB_ID = "policy-wakeup"


class OneTimerQtScheduler(BaseScheduler):  # type: ignore[misc]
    def __init__(self, parent: QObject | None = None, **options: Any) -> None:
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        # Coarse timers may be 5 % late: 90 s on a 30-minute wait.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._process_jobs)
        super().__init__(**options)

    def shutdown(self, *args: Any, **kwargs: Any) -> None:
        super().shutdown(*args, **kwargs)
        self._timer.stop()

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._timer.stop()
        if wait_seconds is not None:
            self._timer.start(min(max(0, int(wait_seconds * 1000)), _MAX_MS))

    def wakeup(self) -> None:
        self._start_timer(0)

    def _process_jobs(self) -> None:
        self._start_timer(super()._process_jobs())


class WakeupScheduler(QObject):
    """Calls ``callback`` once at the time last given to :meth:`arm` (one moving job)."""

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback
        self._scheduler = OneTimerQtScheduler(
            self,
            executors={"default": {"type": "debug"}},
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
            timezone="UTC",
        )
        self._scheduler.start()

    def arm(self, at: datetime | None) -> None:
        if at is None:
            if self._scheduler.get_job(JOB_ID):
                self._scheduler.remove_job(JOB_ID)
            return
        trigger = DateTrigger(run_date=at)
        if self._scheduler.get_job(JOB_ID):
            self._scheduler.reschedule_job(JOB_ID, trigger=trigger)
        else:
            self._scheduler.add_job(self._run, trigger=trigger, id=JOB_ID)

    def shutdown(self) -> None:
        self._scheduler.shutdown(wait=False)

    def _run(self) -> None:
        QTimer.singleShot(0, self._callback)
