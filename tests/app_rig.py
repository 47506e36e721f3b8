"""The controller with real parts around it, for offscreen tests: a fake clock stepped by hand,
a real SQLite history in a temporary folder, a real tray, the built-in routines, and recording
stand-ins for the notification daemon and the idle source (the real ones are tested in
tests/desktop). Tests get one through the ``make_rig`` fixture in conftest.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol, TypeVar

from backbreak.app.controller import Controller
from backbreak.core.clock import FakeClock
from backbreak.core.history.log import HistoryLog
from backbreak.core.history.store import BreakRow, HistoryStore
from backbreak.core.routines.library import load_library
from backbreak.core.settings import Settings
from backbreak.ui.tray.system_tray import Tray

MONDAY_9 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


class RecordingNotifier:
    """Stands in for the desktop's notification daemon; the real one is in tests/desktop."""

    backend = "recording"

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, list[str]]] = []
        self.withdrawn = 0
        self._callback: Callable[[str], None] | None = None

    def notify(
        self,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        timeout_ms: int = 10000,
    ) -> None:
        self.sent.append((title, body, [k for k, _ in actions]))

    def on_action(self, callback: Callable[[str], None]) -> None:
        self._callback = callback

    def withdraw(self) -> None:
        self.withdrawn += 1

    def press(self, key: str) -> None:
        assert self._callback is not None
        self._callback(key)


class ScriptedIdle:
    name = "scripted"

    def __init__(self) -> None:
        self.seconds: float | None = 5.0  # here, reading: no key in the last few seconds

    def idle_seconds(self) -> float | None:
        return self.seconds


class Rig:
    def __init__(self, tmp: Path, settings: Settings) -> None:
        self.clock = FakeClock(MONDAY_9)
        self.path = tmp / "history.sqlite3"
        self.notifier = RecordingNotifier()
        self.idle = ScriptedIdle()
        self.history = HistoryLog(self.path, self.notifier.notify, settings.goal_walk_minutes)
        self.tray = Tray()
        self.library = load_library(None)
        self.tz = UTC
        self.c = self.make_controller(
            settings=settings,
            clock=self.clock,
            history=self.history,
            library=self.library,
            notifier=self.notifier,
            idle=self.idle,
            tray=self.tray,
            tz=self.tz,
        )
        self.stopped = False
        self.c.start()

    def make_controller(self, **kwargs: object) -> Controller:
        return Controller(**kwargs)  # type: ignore[arg-type]

    def run_for(self, seconds: int, step: int = 30) -> None:
        """Let time pass as the app would see it: heartbeats every ``step`` seconds."""
        for _ in range(seconds // step):
            self.clock.advance(step)
            self.c.heartbeat()

    def stop(self) -> None:
        """Quit as the app does (once; the ``make_rig`` fixture stops what a test left)."""
        if not self.stopped:
            self.stopped = True
            self.c.stop()

    def crash(self) -> None:
        """The process dies: the history file is let go, and nothing else runs (the card's
        closing at the end of the test answers nothing)."""
        self.history.store.close()
        self.c.card.blockSignals(True)
        self.stopped = True

    def rows(self) -> list[BreakRow]:
        with HistoryStore(self.path) as store:
            return store.rows_between(MONDAY_9 - timedelta(days=1), MONDAY_9 + timedelta(days=2))


R = TypeVar("R", bound=Rig)


class MakeRig(Protocol):
    """The ``make_rig`` fixture: a started rig of ``kind`` in the test's folder (or
    ``folder``), stopped at the end of the test unless the test stopped it."""

    def __call__(self, settings: Settings, kind: type[R] = ..., folder: Path | None = None) -> R:
        ...
