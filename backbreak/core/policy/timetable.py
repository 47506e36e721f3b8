"""Working hours and a pause: by the calendar alone, whether time can count, and when next not.

The break policy steps through :meth:`Timetable.next_stop` in order, so that a working-hours
edge and a pause end are each crossed at their own moment, and decides what crossing one
means (a fresh sitting clock in the morning, a withdrawn prompt in the evening).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from backbreak.core.policy.working_hours import WorkingHours

_ZERO = timedelta(0)


class Timetable:
    def __init__(self, hours: WorkingHours, now: datetime) -> None:
        self.hours = hours
        self.inside = hours.inside(now)  # the policy moves this when it crosses an edge
        self.next_edge: datetime | None = hours.next_edge(now)
        self.paused = False
        self.paused_until: datetime | None = None  # None while paused: until resumed

    def changes(self) -> list[datetime]:
        """The coming moments at which the calendar changes (an edge, a pause end)."""
        return [t for t in (self.next_edge, self.paused_until) if t is not None]

    def next_stop(self, now: datetime) -> datetime | None:
        """The first change not after ``now``, if any."""
        stops = [t for t in self.changes() if t <= now]
        return min(stops) if stops else None

    def pass_stop(self, stop: datetime) -> bool:
        """Go past ``stop``: a pause that ends there ends; True when an edge is there."""
        if self.paused_until is not None and self.paused_until <= stop:
            self.resume()
        if self.next_edge is None or self.next_edge > stop:
            return False
        self.next_edge = self.hours.next_edge(stop)
        return True

    def rezone(self, now: datetime, hours: WorkingHours) -> None:
        """Other working hours (a setting, a time zone) from ``now`` on."""
        self.hours = hours
        self.next_edge = hours.next_edge(now)

    def pause(self, until: datetime | None) -> None:
        self.paused, self.paused_until = True, until

    def resume(self) -> None:
        self.paused, self.paused_until = False, None

    def next_break_at(
        self, now: datetime, remaining: timedelta, interval: timedelta, grace: datetime | None
    ) -> datetime | None:
        """When a prompt ``remaining`` counted time away at ``now`` comes, time counting
        whenever the calendar lets it; not before ``grace``; a fresh ``interval`` after the
        next start of working hours when it does not fit before their end."""
        if self.paused:
            if self.paused_until is None:
                return None
            resume = self.paused_until
            if self.hours.inside(resume):
                return resume + max(_ZERO, remaining)
            return self._interval_after_start(resume, interval)
        if not self.inside:
            return self._interval_after_start(now, interval)
        moment = now + max(_ZERO, remaining)
        if grace is not None:
            moment = max(moment, grace)
        if self.next_edge is not None and self.next_edge <= moment:
            return self._interval_after_start(now, interval)
        return moment

    def _interval_after_start(self, t: datetime, interval: timedelta) -> datetime | None:
        start = self.hours.next_start(t)
        return None if start is None else start + interval
