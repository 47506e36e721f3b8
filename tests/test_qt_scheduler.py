"""The one wake-up timer, on a real Qt event loop: it fires when due, late rather than never,
moves with each ``arm``, can be cancelled, and calls back on the GUI thread.

Due times are a fraction of a second ahead. Every check waits for a callback with a deadline;
"nothing fired" is checked against a second scheduler armed for later, whose callback is the
positive signal that the moment has passed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from backbreak.platform.qt_scheduler import WakeupScheduler

DEADLINE_MS = 5000
SOON = timedelta(milliseconds=150)


def now() -> datetime:
    return datetime.now(UTC)


class Calls:
    """A callback that records when and on which thread it ran."""

    def __init__(self, then: Callable[[], None] | None = None) -> None:
        self.at: list[datetime] = []
        self.threads: list[threading.Thread] = []
        self.then = then

    def __call__(self) -> None:
        self.at.append(now())
        self.threads.append(threading.current_thread())
        if self.then is not None:
            self.then()


@pytest.fixture
def make(qtbot: QtBot) -> Iterator[Callable[[Calls], WakeupScheduler]]:
    made: list[WakeupScheduler] = []

    def create(calls: Calls) -> WakeupScheduler:
        scheduler = WakeupScheduler(calls)
        made.append(scheduler)
        return scheduler

    yield create
    for scheduler in made:
        scheduler.shutdown()


def witness(make: Callable[[Calls], WakeupScheduler], qtbot: QtBot, at: datetime) -> None:
    """Wait until a scheduler of its own, armed for ``at``, has fired."""
    seen = Calls()
    make(seen).arm(at)
    qtbot.waitUntil(lambda: bool(seen.at), timeout=DEADLINE_MS)


def test_a_wakeup_fires_when_due_on_the_gui_thread(
    make: Callable[[Calls], WakeupScheduler], qtbot: QtBot
) -> None:
    calls = Calls()
    due = now() + SOON
    make(calls).arm(due)
    qtbot.waitUntil(lambda: bool(calls.at), timeout=DEADLINE_MS)
    assert calls.at[0] >= due
    assert calls.threads == [threading.main_thread()]


def test_a_wakeup_already_late_still_fires(
    make: Callable[[Calls], WakeupScheduler], qtbot: QtBot
) -> None:
    """After a suspend the due time is long past: the callback runs, and the policy decides
    what the late wake-up means (APScheduler's default would drop it after 1 s)."""
    calls = Calls()
    make(calls).arm(now() - timedelta(minutes=20))
    qtbot.waitUntil(lambda: bool(calls.at), timeout=DEADLINE_MS)
    assert len(calls.at) == 1


def test_arming_again_moves_the_wakeup(
    make: Callable[[Calls], WakeupScheduler], qtbot: QtBot
) -> None:
    calls = Calls()
    scheduler = make(calls)
    first, later = now() + SOON, now() + 4 * SOON
    scheduler.arm(first)
    scheduler.arm(later)
    qtbot.waitUntil(lambda: bool(calls.at), timeout=DEADLINE_MS)
    assert calls.at[0] >= later  # the first time was given up, not kept as well
    scheduler.arm(now() + SOON)  # and earlier again
    qtbot.waitUntil(lambda: len(calls.at) == 2, timeout=DEADLINE_MS)


def test_a_wakeup_moved_earlier_fires_at_the_earlier_time(
    make: Callable[[Calls], WakeupScheduler], qtbot: QtBot
) -> None:
    """The timer waits for the hour first armed; moving the job must wake it to re-plan."""
    calls = Calls()
    scheduler = make(calls)
    scheduler.arm(now() + timedelta(hours=1))
    witness(make, qtbot, now() + SOON)  # the timer is now waiting for the hour
    due = now() + SOON
    scheduler.arm(due)
    qtbot.waitUntil(lambda: bool(calls.at), timeout=DEADLINE_MS)
    assert calls.at[0] >= due


def test_the_callback_can_arm_the_next_wakeup(
    make: Callable[[Calls], WakeupScheduler], qtbot: QtBot
) -> None:
    """What the controller does on every wake-up: a job that re-arms itself from its own run
    must not be deleted right after (APScheduler removes a finished date job)."""
    holder: list[WakeupScheduler] = []

    def rearm() -> None:
        if len(calls.at) < 3:
            holder[0].arm(now() + SOON)

    calls = Calls(rearm)
    holder.append(make(calls))
    holder[0].arm(now() + SOON)
    qtbot.waitUntil(lambda: len(calls.at) == 3, timeout=DEADLINE_MS)


def test_arming_nothing_cancels(make: Callable[[Calls], WakeupScheduler], qtbot: QtBot) -> None:
    calls = Calls()
    scheduler = make(calls)
    due = now() + SOON
    scheduler.arm(due)
    scheduler.arm(None)
    witness(make, qtbot, due + SOON)
    assert calls.at == []
    scheduler.arm(now() + SOON)  # and it can be armed again
    qtbot.waitUntil(lambda: bool(calls.at), timeout=DEADLINE_MS)


def test_nothing_fires_after_shutdown(
    make: Callable[[Calls], WakeupScheduler], qtbot: QtBot
) -> None:
    calls = Calls()
    scheduler = WakeupScheduler(calls)  # not from make(): it is shut down here, once
    due = now() + SOON
    scheduler.arm(due)
    scheduler.shutdown()
    witness(make, qtbot, due + SOON)
    assert calls.at == []


def test_a_wakeup_beyond_the_timers_range_is_waited_for_in_steps(
    make: Callable[[Calls], WakeupScheduler], qtbot: QtBot
) -> None:
    """A pause of two months is more milliseconds than a QTimer holds (2^31 - 1)."""
    calls = Calls()
    scheduler = make(calls)
    scheduler.arm(now() + timedelta(days=60))
    witness(make, qtbot, now() + SOON)  # the loop ran with the long wait armed
    assert calls.at == []
    scheduler.arm(now() + SOON)
    qtbot.waitUntil(lambda: bool(calls.at), timeout=DEADLINE_MS)
