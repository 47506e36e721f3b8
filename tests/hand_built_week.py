"""A week of figures built by hand (16 due, 11 answered, 1 extra, 70 minutes moved) and a data
source that serves it to the weekly window and records what the window asks for."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from backbreak.core.history import weekly
from backbreak.core.history.store import BreakRow
from backbreak.core.history.weekly import DayStats, Totals, WeekStats, week_monday
from backbreak.core.model import Kind, Outcome, Source

THIS_WEEK = "2026-W47"  # Monday 16 to Sunday 22 November 2026
TODAY = date(2026, 11, 18)  # Wednesday


def day(
    d: date,
    due: int = 0,
    answered: int = 0,
    extra: int = 0,
    skipped: int = 0,
    snoozed: int = 0,
    dismissed: int = 0,
    natural: int = 0,
    stretch: float = 0.0,
    walk: float = 0.0,
    longest: float = 0.0,
    goal: bool = False,
) -> DayStats:
    return DayStats(
        date=d,
        due=due,
        answered=answered,
        extra=extra,
        taken=answered + extra,
        skipped=skipped,
        snoozed=snoozed,
        dismissed=dismissed,
        natural=natural,
        stretch_minutes=stretch,
        walk_minutes=walk,
        longest_sitting_minutes=longest,
        goal_met=goal,
    )


def week_of_days(week: str, days: list[DayStats], goal_days: int, streak: int) -> WeekStats:
    monday = week_monday(week)
    totals = Totals(
        **{name: sum(getattr(d, name) for d in days) for name in weekly.COUNTERS},
    )
    totals = dataclasses.replace(
        totals, longest_sitting_minutes=max(d.longest_sitting_minutes for d in days)
    )
    ratio = totals.answered / totals.due if totals.due else None
    return WeekStats(
        week=week,
        start=monday,
        end=monday + timedelta(days=6),
        days=tuple(days),
        totals=totals,
        taken_ratio=ratio,
        goal_days=goal_days,
        streak_days=streak,
    )


def empty_week(week: str) -> WeekStats:
    monday = week_monday(week)
    return week_of_days(week, [day(monday + timedelta(days=i)) for i in range(7)], 0, 0)


def hand_built_week(week: str = THIS_WEEK) -> WeekStats:
    """Hand-computed: 16 due, 11 answered, 1 extra (12 taken), 70 min moved, goal met Wed,
    streak 1."""
    mon = week_monday(week)
    days = [
        day(
            mon,
            due=6,
            answered=4,
            extra=1,
            skipped=1,
            snoozed=2,
            natural=2,
            stretch=8.0,
            walk=21.5,
            longest=52.0,
        ),
        day(
            mon + timedelta(days=1),
            due=7,
            answered=4,
            skipped=1,
            dismissed=2,
            natural=1,
            stretch=6.0,
            walk=10.0,
            longest=95.0,
        ),
        day(
            mon + timedelta(days=2),
            due=3,
            answered=3,
            stretch=4.5,
            walk=20.0,
            longest=41.0,
            goal=True,
        ),
        *(day(mon + timedelta(days=i)) for i in range(3, 7)),
    ]
    return week_of_days(week, days, goal_days=1, streak=1)


def at(d: date, hour: int, minute: int) -> datetime:
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=UTC)


WEDNESDAY_ROWS = [
    BreakRow(
        3, at(TODAY, 11, 0), at(TODAY, 11, 6), Kind.WALK, None, Outcome.COMPLETED, 360, Source.TRAY
    ),
    BreakRow(
        1,
        at(TODAY, 9, 30),
        at(TODAY, 9, 34),
        Kind.STRETCH,
        "desk-basic",
        Outcome.PARTIAL,
        150,
        Source.SCHEDULED,
        steps_done=3,
        steps_total=5,
    ),
    BreakRow(2, at(TODAY, 10, 0), None, Kind.NATURAL, None, None, 45, Source.IDLE),
]


@dataclass
class HandBuiltSource:
    """A data source of fixed figures that records what the window asks for."""

    weeks: dict[str, WeekStats] = field(default_factory=dict)
    events: dict[date, list[BreakRow]] = field(default_factory=dict)
    trends: dict[str, tuple[int, int]] = field(default_factory=dict)
    week_requests: list[str] = field(default_factory=list)
    day_requests: list[date] = field(default_factory=list)

    def week(self, week: str) -> WeekStats:
        self.week_requests.append(week)
        return self.weeks.get(week) or empty_week(week)

    def day_events(self, day: date) -> list[BreakRow]:
        self.day_requests.append(day)
        return list(self.events.get(day, []))

    def trend(self, last_week: str, weeks: int) -> list[tuple[str, int, int]]:
        last = week_monday(last_week)
        names = [weekly.week_of(last - timedelta(weeks=i)) for i in reversed(range(weeks))]
        return [(name, *self.trends.get(name, (0, 0))) for name in names]

    def this_week(self) -> str:
        return THIS_WEEK

    def today(self) -> date:
        return TODAY

    def routine_title(self, routine_id: str) -> str:
        return f"Routine {routine_id}"
