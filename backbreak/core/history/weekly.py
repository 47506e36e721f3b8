"""Weekly statistics: pure arithmetic over history rows, in the user's local days.

Definitions (the contract behind ``backbreak history --json``), for one local day:
``due`` = rows with source ``scheduled`` whose outcome is not ``snoozed``; ``taken`` = rows
answered ``completed`` or ``partial`` (any source); ``skipped``/``snoozed``/``dismissed``/
``natural`` = rows with that outcome; ``stretch_minutes``/``walk_minutes`` = seconds_active / 60
of the taken rows of that kind. A row belongs to the local day on which it started.

Goal met for a day: every due break answered (completed, partial or skipped; an open or
dismissed due prompt is not answered) and walk minutes >= the goal; a day with nothing due
needs only the walking. Days after ``today`` never meet it. The streak counts consecutive goal
days ending today (today only once met; otherwise it ends yesterday) and may look back beyond
the week, but never before the first stored row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from backbreak.core.history.store import BreakRow, HistoryStore
from backbreak.core.model import TAKEN, Kind, Outcome, Source

ANSWERED = frozenset({Outcome.COMPLETED, Outcome.PARTIAL, Outcome.SKIPPED})
_WEEK = re.compile(r"\s*(\d{4})-?[Ww](\d{1,2})\s*")
_STREAK_MAX_CHUNK_DAYS = 112
# The per-day counters of the JSON/CSV contract (README), in their order: written once here.
COUNTERS = (
    "due",
    "taken",
    "skipped",
    "snoozed",
    "dismissed",
    "natural",
    "stretch_minutes",
    "walk_minutes",
    "longest_sitting_minutes",
)


@dataclass(frozen=True)
class Totals:
    due: int = 0
    taken: int = 0
    skipped: int = 0
    snoozed: int = 0
    dismissed: int = 0
    natural: int = 0
    stretch_minutes: float = 0.0
    walk_minutes: float = 0.0
    longest_sitting_minutes: float = 0.0  # the week's longest (a maximum, not a sum)

    def to_json(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in COUNTERS}


@dataclass(frozen=True)
class DayStats:
    date: date
    due: int
    taken: int
    skipped: int
    snoozed: int
    dismissed: int
    natural: int
    stretch_minutes: float
    walk_minutes: float
    longest_sitting_minutes: float
    goal_met: bool

    def to_json(self) -> dict[str, object]:
        return {"date": self.date.isoformat(), **{name: getattr(self, name) for name in COUNTERS}}


@dataclass(frozen=True)
class WeekStats:
    week: str  # "2026-W47"
    start: date  # Monday
    end: date  # Sunday
    days: tuple[DayStats, ...]  # 7, Monday first
    totals: Totals
    taken_ratio: float | None  # totals.taken / totals.due; None when nothing was due
    goal_days: int
    streak_days: int

    def to_json(self) -> dict[str, object]:
        """The exact shape of ``backbreak history --json``."""
        return {
            "week": self.week,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "days": [d.to_json() for d in self.days],
            "totals": self.totals.to_json(),
            "taken_ratio": self.taken_ratio,
            "goal_days": self.goal_days,
            "streak_days": self.streak_days,
        }


# -- weeks and local days ---------------------------------------------------------------------


def parse_iso_week(text: str) -> tuple[int, int]:
    """``"2026-W47"`` -> ``(2026, 47)``; ValueError saying what was expected."""
    m = _WEEK.fullmatch(text)
    if not m:
        raise ValueError(f"invalid week {text!r}: expected YYYY-Www, for example 2026-W47")
    year, week = int(m.group(1)), int(m.group(2))
    weeks_in_year = date(year, 12, 28).isocalendar().week
    if not 1 <= week <= weeks_in_year:
        raise ValueError(f"invalid week {text!r}: {year} has weeks 1 to {weeks_in_year}")
    return year, week


def week_of(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def week_monday(week: str) -> date:
    year, number = parse_iso_week(week)
    return date.fromisocalendar(year, number, 1)


def local_midnight(d: date, tz: tzinfo | None) -> datetime:
    """The instant local day ``d`` begins (tz None: the system's local zone), in UTC.

    UTC on purpose: subtracting two datetimes that share a ZoneInfo is wall-clock arithmetic
    (a 25-hour day would come out as 24 hours).
    """
    naive = datetime.combine(d, time())
    local = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return local.astimezone(UTC)


def local_date(dt: datetime, tz: tzinfo | None) -> date:
    return dt.astimezone(tz).date()


def _rows_by_day(
    store: HistoryStore, first: date, last: date, tz: tzinfo | None
) -> dict[date, list[BreakRow]]:
    """Rows whose local start date is in [first, last], grouped by that date.

    The UTC window is widened by a day each side and then filtered by local date, so odd
    midnights (DST gaps at 00:00) can never drop a row at the edge.
    """
    start = local_midnight(first, tz) - timedelta(days=1)
    end = local_midnight(last + timedelta(days=1), tz) + timedelta(days=1)
    grouped: dict[date, list[BreakRow]] = {}
    for row in store.rows_between(start, end):
        d = local_date(row.started_at, tz)
        if first <= d <= last:
            grouped.setdefault(d, []).append(row)
    return grouped


def _longest_sitting_seconds(
    spans: Iterable[tuple[datetime, datetime]], day_start: datetime, day_end: datetime
) -> float:
    """Longest continuous sitting inside one day: spans clipped to the day, touching or
    overlapping spans merged (a restart of the app splits a span but not the sitting)."""
    clipped = sorted(
        (max(a, day_start), min(b, day_end)) for a, b in spans if b > day_start and a < day_end
    )
    longest = 0.0
    cur_start: datetime | None = None
    cur_end: datetime | None = None
    for a, b in clipped:
        if cur_end is not None and a <= cur_end:
            cur_end = max(cur_end, b)
            continue
        if cur_start is not None and cur_end is not None:
            longest = max(longest, (cur_end - cur_start).total_seconds())
        cur_start, cur_end = a, b
    if cur_start is not None and cur_end is not None:
        longest = max(longest, (cur_end - cur_start).total_seconds())
    return longest


def _minutes(seconds: float) -> float:
    return round(seconds / 60, 1)


@dataclass
class _Counts:
    due: int = 0
    taken: int = 0
    skipped: int = 0
    snoozed: int = 0
    dismissed: int = 0
    natural: int = 0
    stretch_s: int = 0
    walk_s: int = 0
    due_unanswered: int = 0

    def add(self, row: BreakRow) -> None:
        if row.source is Source.SCHEDULED and row.outcome is not Outcome.SNOOZED:
            self.due += 1
            if row.outcome not in ANSWERED:
                self.due_unanswered += 1
        if row.outcome in TAKEN:
            self.taken += 1
            if row.kind is Kind.STRETCH:
                self.stretch_s += row.seconds_active
            elif row.kind is Kind.WALK:
                self.walk_s += row.seconds_active
        elif row.outcome is Outcome.SKIPPED:
            self.skipped += 1
        elif row.outcome is Outcome.SNOOZED:
            self.snoozed += 1
        elif row.outcome is Outcome.DISMISSED:
            self.dismissed += 1
        elif row.outcome is Outcome.NATURAL:
            self.natural += 1

    def goal_met(self, goal_walk_minutes: int) -> bool:
        return self.due_unanswered == 0 and self.walk_s >= goal_walk_minutes * 60


def _counts(rows: Iterable[BreakRow]) -> _Counts:
    c = _Counts()
    for row in rows:
        c.add(row)
    return c


def _goal_flags(
    store: HistoryStore, first: date, last: date, tz: tzinfo | None, goal_walk_minutes: int
) -> dict[date, bool]:
    grouped = _rows_by_day(store, first, last, tz)
    flags: dict[date, bool] = {}
    d = first
    while d <= last:
        flags[d] = _counts(grouped.get(d, ())).goal_met(goal_walk_minutes)
        d += timedelta(days=1)
    return flags


def streak(store: HistoryStore, tz: tzinfo | None, goal_walk_minutes: int, today: date) -> int:
    """Consecutive goal days ending today (or yesterday while today is not yet met)."""
    first_row = store.first_started_at()
    if first_row is None:
        return 0
    earliest = local_date(first_row, tz)
    count = 0
    day = today
    chunk_end = today
    chunk_days = 7  # most streaks are short: look back a week first, then in growing steps
    flags: dict[date, bool] = {}
    while day >= earliest:
        if day not in flags:
            chunk_start = max(earliest, chunk_end - timedelta(days=chunk_days - 1))
            flags = _goal_flags(store, chunk_start, chunk_end, tz, goal_walk_minutes)
            chunk_end = chunk_start - timedelta(days=1)
            chunk_days = min(chunk_days * 2, _STREAK_MAX_CHUNK_DAYS)
        if not flags[day]:
            if day == today:
                day -= timedelta(days=1)
                continue
            break
        count += 1
        day -= timedelta(days=1)
    return count


# -- public queries ---------------------------------------------------------------------------


def week_stats(
    store: HistoryStore, week: str, tz: tzinfo | None, goal_walk_minutes: int, today: date
) -> WeekStats:
    """Statistics of the ISO week ``week`` in the user's local days (tz None: system zone)."""
    monday = week_monday(week)
    sunday = monday + timedelta(days=6)
    grouped = _rows_by_day(store, monday, sunday, tz)
    spans = store.sitting_between(
        local_midnight(monday, tz), local_midnight(sunday + timedelta(days=1), tz)
    )
    days: list[DayStats] = []
    week_counts = _Counts()
    longest_week = 0.0
    for offset in range(7):
        d = monday + timedelta(days=offset)
        c = _counts(grouped.get(d, ()))
        longest = _longest_sitting_seconds(
            spans, local_midnight(d, tz), local_midnight(d + timedelta(days=1), tz)
        )
        longest_week = max(longest_week, longest)
        for name in (
            "due",
            "taken",
            "skipped",
            "snoozed",
            "dismissed",
            "natural",
            "stretch_s",
            "walk_s",
            "due_unanswered",
        ):
            setattr(week_counts, name, getattr(week_counts, name) + getattr(c, name))
        days.append(
            DayStats(
                date=d,
                due=c.due,
                taken=c.taken,
                skipped=c.skipped,
                snoozed=c.snoozed,
                dismissed=c.dismissed,
                natural=c.natural,
                stretch_minutes=_minutes(c.stretch_s),
                walk_minutes=_minutes(c.walk_s),
                longest_sitting_minutes=_minutes(longest),
                goal_met=d <= today and c.goal_met(goal_walk_minutes),
            )
        )
    totals = Totals(
        due=week_counts.due,
        taken=week_counts.taken,
        skipped=week_counts.skipped,
        snoozed=week_counts.snoozed,
        dismissed=week_counts.dismissed,
        natural=week_counts.natural,
        stretch_minutes=_minutes(week_counts.stretch_s),
        walk_minutes=_minutes(week_counts.walk_s),
        longest_sitting_minutes=_minutes(longest_week),
    )
    ratio = None if totals.due == 0 else round(totals.taken / totals.due, 3)
    return WeekStats(
        week=week_of(monday),
        start=monday,
        end=sunday,
        days=tuple(days),
        totals=totals,
        taken_ratio=ratio,
        goal_days=sum(d.goal_met for d in days),
        streak_days=streak(store, tz, goal_walk_minutes, today),
    )


def trend(
    store: HistoryStore, last_week: str, weeks: int, tz: tzinfo | None, goal_walk_minutes: int
) -> list[tuple[str, int, int]]:
    """(week, taken, due) for ``weeks`` weeks ending with ``last_week``, oldest first.

    ``goal_walk_minutes`` is accepted for symmetry with :func:`week_stats`; the trend shows
    taken against due only.
    """
    if weeks < 1:
        raise ValueError(f"weeks must be at least 1, got {weeks}")
    last_monday = week_monday(last_week)
    first_monday = last_monday - timedelta(weeks=weeks - 1)
    grouped = _rows_by_day(store, first_monday, last_monday + timedelta(days=6), tz)
    per_week: dict[str, _Counts] = {}
    for d, rows in grouped.items():
        c = per_week.setdefault(week_of(d), _Counts())
        for row in rows:
            c.add(row)
    out: list[tuple[str, int, int]] = []
    for i in range(weeks):
        name = week_of(first_monday + timedelta(weeks=i))
        c = per_week.get(name, _Counts())
        out.append((name, c.taken, c.due))
    return out


def day_events(store: HistoryStore, day: date, tz: tzinfo | None) -> list[BreakRow]:
    """The rows that started on local day ``day``, oldest first (the list under the chart)."""
    return _rows_by_day(store, day, day, tz).get(day, [])


def week_days(week: str) -> Sequence[date]:
    """The seven dates of ``week``, Monday first."""
    monday = week_monday(week)
    return tuple(monday + timedelta(days=i) for i in range(7))
