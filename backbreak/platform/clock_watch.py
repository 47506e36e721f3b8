"""What the clocks alone tell: the machine slept, or the system time zone changed.

A suspend shows as wall time running ahead of monotonic time (which stops while the machine
sleeps on Linux); where logind announces the sleep, its start is known exactly. Both checks
work without any desktop service, so a machine without logind is covered too.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from backbreak.core.clock import Clock

SLEEP_GAP_S = 20.0
"""Wall time running ahead of monotonic time by more than this means the machine slept."""

Span = tuple[datetime, datetime]


class ClockWatch:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._last_wall = clock.now()
        self._last_mono = clock.monotonic()
        self._sleep_started: datetime | None = None
        self._zone = _zone_key()

    def slept(self) -> Span | None:
        """The span the machine slept since the last look, when the clocks disagree by more
        than :data:`SLEEP_GAP_S`; ``None`` otherwise."""
        now, mono = self._clock.now(), self._clock.monotonic()
        gap = (now - self._last_wall).total_seconds() - (mono - self._last_mono)
        self._last_wall, self._last_mono = now, mono
        if gap > SLEEP_GAP_S:
            return now - timedelta(seconds=gap), now
        return None

    def going_to_sleep(self) -> None:
        """logind says the machine is about to sleep: remember when."""
        self._sleep_started = self._clock.now()

    def woke(self) -> Span | None:
        """logind says the machine woke: the span it slept, if its start was announced (the
        gap check then starts afresh, so the same sleep is not seen twice)."""
        start, self._sleep_started = self._sleep_started, None
        now = self._clock.now()
        if start is None or now <= start:
            return None
        self._last_wall, self._last_mono = now, self._clock.monotonic()
        return start, now

    def zone_changed(self) -> bool:
        """Whether the system time zone differs from the last look."""
        zone = _zone_key()
        changed, self._zone = zone != self._zone, zone
        return changed


def _zone_key() -> tuple[int, int, tuple[str, str]]:
    """The system time zone as the C library sees it now (re-read on POSIX by tzset)."""
    if hasattr(time, "tzset"):
        time.tzset()
    return time.timezone, time.altzone, time.tzname
