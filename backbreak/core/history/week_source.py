"""What the weekly window reads: week statistics from the store, for the user's local days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo

from backbreak.core.history import weekly
from backbreak.core.history.store import BreakRow, HistoryStore


class StoreWeekSource:
    def __init__(
        self,
        store: HistoryStore,
        goal_walk_minutes: Callable[[], int],
        now: Callable[[], datetime],
        tz: tzinfo | None = None,
        routine_titles: Callable[[str], str] = str,
    ) -> None:
        self._store = store
        self._titles = routine_titles
        self._goal = goal_walk_minutes
        self._now = now
        self._tz = tz

    def today(self) -> date:
        return weekly.local_date(self._now(), self._tz)

    def this_week(self) -> str:
        return weekly.week_of(self.today())

    def week(self, week: str) -> weekly.WeekStats:
        return weekly.week_stats(self._store, week, self._tz, self._goal(), self.today())

    def day_events(self, day: date) -> list[BreakRow]:
        return weekly.day_events(self._store, day, self._tz)

    def trend(self, last_week: str, weeks: int) -> list[tuple[str, int, int]]:
        """(week, answered, due) per week, oldest first."""
        return weekly.trend(self._store, last_week, weeks, self._tz)

    def routine_title(self, routine_id: str) -> str:
        return self._titles(routine_id)
