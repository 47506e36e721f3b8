"""Checkpoints of the activity under way: a kill -9 during a walk or a stretch loses at most
one period of its progress, not all of it.

Every period the activity's seconds and steps so far go to its open history row; after a crash
the store closes that row where the last checkpoint left it. The timer runs only while an
activity is open, so an idle app wakes up no more often than without it.

The period is 60 s. ``BACKBREAK_CHECKPOINT_SECONDS`` (a hidden setting, for tests; not in
``config.toml``) sets another, between 0.1 s and one hour.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer

from backbreak.core.clock import Clock
from backbreak.core.history.log import HistoryLog
from backbreak.core.model import Kind, Progress

log = logging.getLogger(__name__)

PERIOD_ENV = "BACKBREAK_CHECKPOINT_SECONDS"
DEFAULT_PERIOD_S = 60.0
_SHORTEST_S, _LONGEST_S = 0.1, 3600.0


class OpenRow(Protocol):
    """The history row of the activity (the controller's open break)."""

    @property
    def row_id(self) -> int | None: ...
    @property
    def kind(self) -> Kind: ...
    @property
    def routine(self) -> str | None: ...


ProgressSoFar = Callable[[], Progress]
"""Reads how far the activity under way got."""


def checkpoint_period_s() -> float:
    """The period: 60 s, or what ``BACKBREAK_CHECKPOINT_SECONDS`` says when it is sensible."""
    raw = os.environ.get(PERIOD_ENV, "").strip()
    if not raw:
        return DEFAULT_PERIOD_S
    try:
        seconds = float(raw)
    except ValueError:
        seconds = float("nan")
    if not _SHORTEST_S <= seconds <= _LONGEST_S:
        log.warning(
            "%s=%r is not a number of seconds between %s and %s; using %s",
            PERIOD_ENV,
            raw,
            _SHORTEST_S,
            _LONGEST_S,
            DEFAULT_PERIOD_S,
        )
        return DEFAULT_PERIOD_S
    return seconds


class ActivityCheckpoints(QObject):
    """Saves the progress of the one activity under way, every period, while there is one."""

    def __init__(self, history: HistoryLog, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self._clock = clock
        self._row: OpenRow | None = None
        self._progress: ProgressSoFar | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.setInterval(round(checkpoint_period_s() * 1000))
        self._timer.timeout.connect(self.save)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, row: OpenRow, progress: ProgressSoFar) -> None:
        """An activity began on history row ``row``; ``progress`` reads how far it got."""
        self._row = row
        self._progress = progress
        self._timer.start()

    def stop(self) -> None:
        """The activity ended (its row is finished): no more checkpoints, no more wake-ups."""
        self._timer.stop()
        self._row = self._progress = None

    def save(self) -> None:
        if self._row is None or self._progress is None:
            return
        row = self._row
        self._history.checkpoint(
            row.row_id, self._clock.now(), kind=row.kind, routine=row.routine,
            progress=self._progress(),
        )  # fmt: skip
