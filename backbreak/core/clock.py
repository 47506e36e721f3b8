"""Time sources. Everything in core takes a :class:`Clock` so tests can run weeks in ms."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, tzinfo
from datetime import time as clock_time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Aware UTC wall-clock time."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (stops while suspended on Linux)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to. ``sleep`` moves wall time but not monotonic time,
    which is what a suspended laptop looks like to a process."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> datetime:
        self._now += timedelta(seconds=seconds)
        self._mono += seconds
        return self._now

    def sleep(self, seconds: float) -> datetime:
        """Suspend: wall time moves, monotonic time does not."""
        self._now += timedelta(seconds=seconds)
        return self._now

    def jump(self, seconds: float) -> datetime:
        """Wall-clock set by the user or NTP (may be negative)."""
        self._now += timedelta(seconds=seconds)
        return self._now


def utc(dt: datetime) -> datetime:
    """Normalise an aware datetime to UTC; reject naive ones (they hide bugs)."""
    if dt.tzinfo is None:
        raise ValueError("naive datetime; pass an aware one")
    return dt.astimezone(UTC)


def at_local(day: date, clock: clock_time, tz: tzinfo | None) -> datetime:
    """The instant, in UTC, at which ``day`` ``clock`` happens in ``tz`` (None: the system's
    zone); ``at_local(day, time(), tz)`` is the local midnight that begins ``day``.

    UTC on purpose: subtracting two datetimes that share a ZoneInfo is wall-clock arithmetic
    (a 25-hour day would come out as 24 hours).
    """
    naive = datetime.combine(day, clock)
    local = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return local.astimezone(UTC)
