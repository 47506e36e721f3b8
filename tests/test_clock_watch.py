"""Suspend and time-zone detection from the clocks alone (a fake clock; the real C library's
time zone for the zone check)."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from backbreak.core.clock import FakeClock
from backbreak.platform.clock_watch import SLEEP_GAP_S, ClockWatch


def test_time_passing_normally_is_no_sleep() -> None:
    clock = FakeClock()
    watch = ClockWatch(clock)
    for _ in range(10):
        clock.advance(30)
        assert watch.slept() is None


def test_wall_time_running_ahead_is_a_sleep_that_ended_now() -> None:
    clock = FakeClock()
    watch = ClockWatch(clock)
    clock.advance(30)
    clock.sleep(3600)
    assert watch.slept() == (clock.now() - timedelta(seconds=3600), clock.now())
    clock.advance(30)
    assert watch.slept() is None  # seen once


def test_a_gap_must_be_longer_than_the_threshold() -> None:
    clock = FakeClock()
    watch = ClockWatch(clock)
    clock.sleep(SLEEP_GAP_S)
    assert watch.slept() is None
    clock.sleep(SLEEP_GAP_S + 0.5)
    assert watch.slept() is not None


def test_a_clock_set_backwards_is_no_sleep() -> None:
    clock = FakeClock()
    watch = ClockWatch(clock)
    clock.jump(-3600)
    assert watch.slept() is None


def test_an_announced_sleep_is_told_once_from_its_start() -> None:
    clock = FakeClock()
    watch = ClockWatch(clock)
    clock.advance(60)
    start = clock.now()
    watch.going_to_sleep()
    clock.sleep(7200)
    assert watch.woke() == (start, clock.now())
    assert watch.slept() is None  # the gap check does not count it again
    assert watch.woke() is None  # and a second wake-up signal neither


def test_a_wake_without_an_announced_sleep_tells_nothing() -> None:
    clock = FakeClock()
    watch = ClockWatch(clock)
    clock.sleep(7200)
    assert watch.woke() is None
    assert watch.slept() is not None  # the gap check still sees it


def test_a_new_system_time_zone_is_noticed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(time, "tzset"):
        pytest.skip("the C library's time zone is re-read only on POSIX")
    with monkeypatch.context() as env:
        env.setenv("TZ", "Europe/Berlin")
        watch = ClockWatch(FakeClock())
        assert not watch.zone_changed()
        env.setenv("TZ", "Asia/Tokyo")
        assert watch.zone_changed()
        assert not watch.zone_changed()
    time.tzset()  # the zone this process had before
