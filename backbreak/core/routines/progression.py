"""Which level (gentle, standard, strong) the routines play at, from the history of days.

The rule, when the user has not pinned a level in the settings:

* Days are grouped into calendar weeks, Monday to Sunday. A week's *active days* are the
  distinct days with at least one ``True`` entry (goal met or a stretch done).
* Only complete weeks count: from the week of the earliest entry up to, but not including,
  the week of ``today``. A week in that span with no entries at all has 0 active days.
* Start at ``gentle`` and walk the weeks oldest first:

  - a *consistent* week (at least ``CONSISTENT_DAYS`` active days) adds one to a streak;
    when the streak reaches ``WEEKS_TO_GROW`` the level goes up one step (at most
    ``strong``) and the streak starts again;
  - a *lapse* week (at most ``LAPSE_DAYS`` active days) takes the level down one step (at
    least ``gentle``) and ends the streak;
  - any other week keeps the level and ends the streak.

So holds and repetitions grow slowly (two good weeks per step) and fall back one step for
each lapsed week, including weeks away. Where the data declares versions of a move (``easier``,
``harder``), the level also moves between them: *gentle* plays the easier version and *strong*
the harder one (see ``plan``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from backbreak.core.routines.schema import Level

_LEVELS = tuple(Level)  # easiest first
CONSISTENT_DAYS = 3
LAPSE_DAYS = 1
WEEKS_TO_GROW = 2


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def level_for(history: Sequence[tuple[date, bool]], today: date | None = None) -> Level:
    """The level to play at; see the module docstring for the exact rule.

    ``history`` holds ``(day, done)`` pairs in any order, several per day allowed.
    ``today`` defaults to the latest day in ``history``; its week is still running and
    does not count.
    """
    if not history:
        return _LEVELS[0]
    current_week = week_start(today if today is not None else max(d for d, _ in history))
    active: dict[date, set[date]] = {}
    for day, done in history:
        if done:
            active.setdefault(week_start(day), set()).add(day)
    index, streak = 0, 0
    week = week_start(min(d for d, _ in history))
    while week < current_week:
        index, streak = _after_week(index, streak, len(active.get(week, ())))
        week += timedelta(days=7)
    return _LEVELS[index]


def _after_week(index: int, streak: int, active_days: int) -> tuple[int, int]:
    """The level index and streak of consistent weeks after one complete week."""
    if active_days >= CONSISTENT_DAYS:
        if streak + 1 == WEEKS_TO_GROW:
            return min(index + 1, len(_LEVELS) - 1), 0
        return index, streak + 1
    if active_days <= LAPSE_DAYS:
        return max(index - 1, 0), 0
    return index, 0
