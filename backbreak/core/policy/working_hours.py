"""Working hours and days, evaluated in the user's local zone.

Only the boundaries are local: everything else in the policy is elapsed UTC time, so daylight
saving and time-zone changes move a boundary but never a measured duration.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, tzinfo

from backbreak.core.clock import at_local
from backbreak.core.settings import Settings

_MORNING = time(8, 0)


def to_local(t: datetime, tz: tzinfo | None) -> datetime:
    """``t`` in ``tz``; ``None`` means the system's local zone."""
    return t.astimezone(tz) if tz is not None else t.astimezone()


class WorkingHours:
    """``inside(t)`` and the next moment that answer changes. A window whose start is not
    before its end (the config loader rejects it) is treated as no restriction."""

    def __init__(self, settings: Settings, tz: tzinfo | None) -> None:
        self.tz = tz
        self._start = settings.work_start
        self._end = settings.work_end
        self._days = frozenset(settings.work_days)
        self.restricted = settings.hours_enabled and self._start < self._end

    def inside(self, t: datetime) -> bool:
        if not self.restricted:
            return True
        local = to_local(t, self.tz)
        return local.weekday() in self._days and self._start <= local.time() < self._end

    def _boundaries(self, t: datetime, which: tuple[time, ...]) -> list[datetime]:
        today = to_local(t, self.tz).date()
        out: list[datetime] = []
        for offset in range(-1, 9):
            day = today + timedelta(days=offset)
            if day.weekday() in self._days:
                out.extend(at_local(day, clock, self.tz) for clock in which)
        return [b for b in out if b > t]

    def next_edge(self, t: datetime) -> datetime | None:
        """The first start or end of working time strictly after ``t``."""
        if not self.restricted:
            return None
        return min(self._boundaries(t, (self._start, self._end)), default=None)

    def next_start(self, t: datetime) -> datetime | None:
        """The first start of working time strictly after ``t``."""
        if not self.restricted:
            return None
        return min(self._boundaries(t, (self._start,)), default=None)

    def morning_after(self, t: datetime) -> datetime:
        """The first working start on a later local date than ``t`` (08:00 tomorrow if none)."""
        today = to_local(t, self.tz).date()
        if self.restricted:
            for offset in range(1, 8):
                day = today + timedelta(days=offset)
                if day.weekday() in self._days:
                    return at_local(day, self._start, self.tz)
        return at_local(today + timedelta(days=1), _MORNING, self.tz)
