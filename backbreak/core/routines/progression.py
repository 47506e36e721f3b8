"""Which level (gentle, standard, strong) the routines play at, from the history of days.

The rule, for ``pinned == "auto"``:

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
each lapsed week, including weeks away. A pinned level (gentle, standard, strong) always wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

LEVELS = ("gentle", "standard", "strong")
PINNABLE = ("auto", *LEVELS)
CONSISTENT_DAYS = 3
LAPSE_DAYS = 1
WEEKS_TO_GROW = 2


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def level_for(history: Sequence[tuple[date, bool]], pinned: str, today: date | None = None) -> str:
    """The level to play at; see the module docstring for the exact rule.

    ``history`` holds ``(day, done)`` pairs in any order, several per day allowed.
    ``today`` defaults to the latest day in ``history``; its week is still running and
    does not count. Raises ValueError for a ``pinned`` value other than auto or a level.
    """
    if pinned not in PINNABLE:
        raise ValueError(f"level {pinned!r}: expected one of {', '.join(PINNABLE)}")
    if pinned != "auto":
        return pinned
    if not history:
        return LEVELS[0]
    current_week = week_start(today if today is not None else max(d for d, _ in history))
    active: dict[date, set[date]] = {}
    for day, done in history:
        if done:
            active.setdefault(week_start(day), set()).add(day)
    index, streak = 0, 0
    week = week_start(min(d for d, _ in history))
    while week < current_week:
        days = len(active.get(week, ()))
        if days >= CONSISTENT_DAYS:
            streak += 1
            if streak == WEEKS_TO_GROW:
                index, streak = min(index + 1, len(LEVELS) - 1), 0
        elif days <= LAPSE_DAYS:
            index, streak = max(index - 1, 0), 0
        else:
            streak = 0
        week += timedelta(days=7)
    return LEVELS[index]
