"""The policy's one wake-up on one Qt timer: fires once, moves, stops, and waits again when the
timer runs out before the wall-clock moment (the clock was set back)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from backbreak.platform.qt_scheduler import MAX_WAIT_MS, WakeupScheduler

NOON = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)


class WallClock:
    """A wall clock the test sets; the Qt timer underneath still counts real milliseconds."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_fires_once_at_the_time_armed(qtbot: QtBot) -> None:
    calls: list[datetime] = []
    scheduler = WakeupScheduler(lambda: calls.append(datetime.now(UTC)))
    armed_at = datetime.now(UTC)
    scheduler.arm(armed_at + timedelta(milliseconds=80))
    assert scheduler.timer_active
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    assert calls[0] >= armed_at + timedelta(milliseconds=80)
    assert scheduler.next_run() is None and not scheduler.timer_active


def test_a_later_arm_replaces_the_earlier_one(qtbot: QtBot) -> None:
    clock = WallClock(NOON)
    calls: list[datetime] = []
    scheduler = WakeupScheduler(lambda: calls.append(clock.now), now=clock)
    scheduler.arm(NOON + timedelta(hours=1))
    scheduler.arm(NOON)  # due now: the hour-long wait is gone
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    assert scheduler.next_run() is None and not scheduler.timer_active


def test_none_and_shutdown_stop_the_timer() -> None:
    clock = WallClock(NOON)
    scheduler = WakeupScheduler(lambda: None, now=clock)
    scheduler.arm(NOON + timedelta(minutes=30))
    assert scheduler.next_run() == NOON + timedelta(minutes=30)
    scheduler.arm(None)
    assert scheduler.next_run() is None and not scheduler.timer_active
    scheduler.arm(NOON + timedelta(minutes=30))
    scheduler.shutdown()
    assert scheduler.next_run() is None and not scheduler.timer_active


def test_waits_again_when_the_timer_runs_out_before_the_wall_clock_moment(qtbot: QtBot) -> None:
    clock = WallClock(NOON)
    calls: list[datetime] = []
    scheduler = WakeupScheduler(lambda: calls.append(clock.now), now=clock)
    scheduler.arm(NOON)
    clock.now = NOON - timedelta(minutes=10)  # the clock is set back before the timer fires
    qtbot.waitUntil(lambda: scheduler.timer_active and scheduler._timer.interval() > 0,
                    timeout=5000)
    assert calls == []
    assert scheduler.next_run() == NOON
    assert abs(scheduler._timer.interval() - 10 * 60 * 1000) < 1000


def test_a_wait_longer_than_a_timer_holds_is_capped_and_kept() -> None:
    clock = WallClock(NOON)
    scheduler = WakeupScheduler(lambda: None, now=clock)
    scheduler.arm(NOON + timedelta(days=40))
    assert scheduler._timer.interval() == MAX_WAIT_MS
    assert scheduler.next_run() == NOON + timedelta(days=40)
    scheduler.shutdown()
