"""Weekly figures: the per-day counters behind ``backbreak history --json`` / ``--csv``, the
weekly window and ``status``, for the user's local days.

The public functions read the history store (``rows_between``, ``sitting_between``,
``standing.between``, ``first_started_at``); the counting itself (:class:`_Tally`, the goal,
the spans) is plain arithmetic over the rows they get back.

Definitions (the contract; the README's "Weekly figures" section), for one local day:

- ``due``: rows with source ``scheduled`` whose outcome is not ``snoozed`` (a reminder the user
  had to answer; a snoozed prompt is followed by a new row);
- ``answered``: due rows answered ``completed`` or ``partial``, so never more than ``due``;
- ``extra``: rows ``completed`` or ``partial`` started from the tray or the command line;
- ``taken``: every row ``completed`` or ``partial`` (``answered`` + ``extra``);
- ``skipped``/``snoozed``/``dismissed``/``natural``: rows with that outcome;
- ``stretch_minutes``/``walk_minutes``: seconds_active / 60 of the taken rows of that kind;
- ``longest_sitting_minutes``: the longest continuous sitting inside the day;
- ``sitting_minutes``/``standing_minutes``: the time counted as sitting, and the time the user
  said they stood (standing-desk mode), inside the day; spans across midnight are split there.

Besides the counters, each day has ``pain_before_avg`` and ``pain_after_avg``: the mean of the
pain check-in scores (0 to 10) given that day before and after a routine, to one decimal, None
when none was given.

A row belongs to the local day on which it started. ``taken_ratio`` = ``totals.answered /
totals.due`` (None when nothing was due), so it never exceeds 1.

Goal met for a day: every due reminder answered (``answered == due``: a skipped, dismissed or
still open reminder is not) and walk minutes >= the goal; a day with nothing due needs only the
walking. Extra breaks count toward the walking, never toward the reminders. Days after
``today`` never meet it. The streak counts consecutive goal days ending today (today only once
met; otherwise it ends yesterday) and may look back beyond the week, but never before the first
stored row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from backbreak.core.clock import at_local
from backbreak.core.history.store import BreakRow, HistoryStore
from backbreak.core.model import TAKEN, Kind, Outcome, Source

_WEEK = re.compile(r"\s*(\d{4})-?[Ww](\d{1,2})\s*")
_STREAK_MAX_CHUNK_DAYS = 112
# The years the history holds and shows: every instant in them is a date in any time zone,
# and every ISO week of them lies inside what Python's dates hold (years 1 to 9999).
FIRST_YEAR, LAST_YEAR = 2, 9998
_EXTRA_SOURCES = frozenset({Source.TRAY, Source.CLI})


@dataclass(frozen=True)
class Counters:
    """The counters of one day or one week, in the order of the JSON and CSV contract.

    This is the one list of them: JSON keys, CSV columns and the sums all follow it.
    """

    due: int = 0
    answered: int = 0
    extra: int = 0
    taken: int = 0
    skipped: int = 0
    snoozed: int = 0
    dismissed: int = 0
    natural: int = 0
    stretch_minutes: float = 0.0
    walk_minutes: float = 0.0
    longest_sitting_minutes: float = 0.0  # for a week: the longest of its days, not a sum
    sitting_minutes: float = 0.0
    standing_minutes: float = 0.0

    def counters_json(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in COUNTERS}


COUNTERS: tuple[str, ...] = tuple(f.name for f in fields(Counters))
_SPAN_MINUTES = ("longest_sitting_minutes", "sitting_minutes", "standing_minutes")
_MINUTES = frozenset({"stretch_minutes", "walk_minutes", *_SPAN_MINUTES})


@dataclass(frozen=True)
class Totals(Counters):
    """The week's counters."""

    def to_json(self) -> dict[str, object]:
        return self.counters_json()


PAIN_AVERAGES = ("pain_before_avg", "pain_after_avg")


@dataclass(frozen=True, kw_only=True)
class DayStats(Counters):
    date: date
    goal_met: bool = False
    pain_before_avg: float | None = None  # the day's check-ins; None when there were none
    pain_after_avg: float | None = None

    def to_json(self) -> dict[str, object]:
        """One entry of ``days``: the date, the counters, then the pain averages
        (``goal_met`` is not in it)."""
        pain = {name: getattr(self, name) for name in PAIN_AVERAGES}
        return {"date": self.date.isoformat(), **self.counters_json(), **pain}


@dataclass(frozen=True)
class WeekStats:
    week: str  # "2026-W47"
    start: date  # Monday
    end: date  # Sunday
    days: tuple[DayStats, ...]  # 7, Monday first
    totals: Totals
    taken_ratio: float | None  # totals.answered / totals.due; None when nothing was due
    goal_days: int
    streak_days: int

    def to_json(self) -> dict[str, object]:
        """The exact shape of ``backbreak history --json`` (README, "Weekly figures")."""
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
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"invalid week {text!r}: expected a week from {WEEK_RANGE}")
    weeks_in_year = date(year, 12, 28).isocalendar().week
    if not 1 <= week <= weeks_in_year:
        raise ValueError(f"invalid week {text!r}: {year} has weeks 1 to {weeks_in_year}")
    return year, week


def week_of(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


WEEK_RANGE = f"{FIRST_YEAR:04d}-W01 to {week_of(date(LAST_YEAR, 12, 28))}"


def week_monday(week: str) -> date:
    year, number = parse_iso_week(week)
    return date.fromisocalendar(year, number, 1)


def local_date(dt: datetime, tz: tzinfo | None) -> date:
    return dt.astimezone(tz).date()


# -- the arithmetic (no store) ----------------------------------------------------------------

_OUTCOME_COUNTERS = {
    Outcome.SKIPPED: "skipped",
    Outcome.SNOOZED: "snoozed",
    Outcome.DISMISSED: "dismissed",
    Outcome.NATURAL: "natural",
}


def _contributions(row: BreakRow) -> Iterator[tuple[str, int]]:
    """What one row adds to its day's counters (the minute counters in whole seconds)."""
    if row.source is Source.SCHEDULED and row.outcome is not Outcome.SNOOZED:
        yield "due", 1
    if row.outcome in TAKEN:
        yield "taken", 1
        if row.source is Source.SCHEDULED:
            yield "answered", 1
        elif row.source in _EXTRA_SOURCES:
            yield "extra", 1
        if row.kind is Kind.STRETCH:
            yield "stretch_minutes", row.seconds_active
        elif row.kind is Kind.WALK:
            yield "walk_minutes", row.seconds_active
    elif row.outcome in _OUTCOME_COUNTERS:
        yield _OUTCOME_COUNTERS[row.outcome], 1


def _minutes(seconds: float) -> float:
    return round(seconds / 60, 1)


def _mean(scores: Iterable[int | None]) -> float | None:
    given = [s for s in scores if s is not None]
    return round(sum(given) / len(given), 1) if given else None


def pain_averages(rows: Iterable[BreakRow]) -> tuple[float | None, float | None]:
    """The day's ``pain_before_avg`` and ``pain_after_avg`` from its rows."""
    listed = list(rows)
    return _mean(r.pain_before for r in listed), _mean(r.pain_after for r in listed)


class _Tally:
    """Running sums of the counters for a day or a week, exact until the end: the minute
    counters are summed in whole seconds and rounded once, by :meth:`counters`."""

    def __init__(self, rows: Iterable[BreakRow] = ()) -> None:
        self.sums: dict[str, float] = dict.fromkeys(COUNTERS, 0)
        self.add(rows)

    def add(self, rows: Iterable[BreakRow]) -> None:
        for row in rows:
            for name, amount in _contributions(row):
                self.sums[name] += amount

    def goal_met(self, goal_walk_minutes: int) -> bool:
        s = self.sums
        return s["answered"] == s["due"] and s["walk_minutes"] >= goal_walk_minutes * 60

    def add_spans(self, sitting: list[float], standing: list[float]) -> None:
        """A day's merged sitting and standing spans, as their lengths in seconds."""
        self.sums["longest_sitting_minutes"] = max(
            self.sums["longest_sitting_minutes"], max(sitting, default=0.0)
        )
        self.sums["sitting_minutes"] += sum(sitting)
        self.sums["standing_minutes"] += sum(standing)

    def merge(self, other: _Tally) -> None:
        for name, amount in other.sums.items():
            if name == "longest_sitting_minutes":  # the week's is its longest day's
                self.sums[name] = max(self.sums[name], amount)
            else:
                self.sums[name] += amount

    def counters(self) -> dict[str, Any]:
        """Keyword arguments for :class:`DayStats` or :class:`Totals` (ints and minutes)."""
        return {
            name: _minutes(amount) if name in _MINUTES else amount
            for name, amount in self.sums.items()
        }


Spans = Iterable[tuple[datetime, datetime]]


def _span_lengths(spans: Spans, day_start: datetime, day_end: datetime) -> list[float]:
    """The seconds of each continuous stretch inside one day: spans clipped to the day,
    touching or overlapping spans merged (a restart of the app splits a span but not the
    sitting)."""
    clipped = sorted(
        (max(a, day_start), min(b, day_end)) for a, b in spans if b > day_start and a < day_end
    )
    merged: list[list[datetime]] = []
    for a, b in clipped:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(b - a).total_seconds() for a, b in merged]


# -- reading the store ------------------------------------------------------------------------


def _rows_by_day(
    store: HistoryStore, first: date, last: date, tz: tzinfo | None
) -> dict[date, list[BreakRow]]:
    """Rows whose local start date is in [first, last], grouped by that date.

    The UTC window is widened by a day each side and then filtered by local date, so odd
    midnights (DST gaps at 00:00) can never drop a row at the edge.
    """
    start = at_local(first, time(), tz) - timedelta(days=1)
    end = at_local(last + timedelta(days=1), time(), tz) + timedelta(days=1)
    grouped: dict[date, list[BreakRow]] = {}
    for row in store.rows_between(start, end):
        d = local_date(row.started_at, tz)
        if first <= d <= last:
            grouped.setdefault(d, []).append(row)
    return grouped


def _goal_flags(
    store: HistoryStore, first: date, last: date, tz: tzinfo | None, goal_walk_minutes: int
) -> dict[date, bool]:
    grouped = _rows_by_day(store, first, last, tz)
    flags: dict[date, bool] = {}
    d = first
    while d <= last:
        flags[d] = _Tally(grouped.get(d, ())).goal_met(goal_walk_minutes)
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


def week_stats(
    store: HistoryStore, week: str, tz: tzinfo | None, goal_walk_minutes: int, today: date
) -> WeekStats:
    """Statistics of the ISO week ``week`` in the user's local days (tz None: system zone)."""
    monday = week_monday(week)
    sunday = monday + timedelta(days=6)
    grouped = _rows_by_day(store, monday, sunday, tz)
    first, end = at_local(monday, time(), tz), at_local(sunday + timedelta(days=1), time(), tz)
    sitting, standing = store.sitting_between(first, end), store.standing.between(first, end)
    days: list[DayStats] = []
    week_tally = _Tally()
    for offset in range(7):
        d = monday + timedelta(days=offset)
        rows = grouped.get(d, [])
        tally = _Tally(rows)
        day = (at_local(d, time(), tz), at_local(d + timedelta(days=1), time(), tz))
        tally.add_spans(_span_lengths(sitting, *day), _span_lengths(standing, *day))
        week_tally.merge(tally)
        goal_met = d <= today and tally.goal_met(goal_walk_minutes)
        before, after = pain_averages(rows)
        days.append(
            DayStats(
                date=d,
                goal_met=goal_met,
                pain_before_avg=before,
                pain_after_avg=after,
                **tally.counters(),
            )
        )
    totals = Totals(**week_tally.counters())
    ratio = None if totals.due == 0 else round(totals.answered / totals.due, 3)
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
    store: HistoryStore, last_week: str, weeks: int, tz: tzinfo | None
) -> list[tuple[str, int, int]]:
    """(week, answered, due) for ``weeks`` weeks ending with ``last_week``, oldest first."""
    if weeks < 1:
        raise ValueError(f"weeks must be at least 1, got {weeks}")
    last_monday = week_monday(last_week)
    first_monday = last_monday - timedelta(weeks=weeks - 1)
    grouped = _rows_by_day(store, first_monday, last_monday + timedelta(days=6), tz)
    per_week: dict[str, _Tally] = {}
    for d, rows in grouped.items():
        per_week.setdefault(week_of(d), _Tally()).add(rows)
    out: list[tuple[str, int, int]] = []
    for i in range(weeks):
        name = week_of(first_monday + timedelta(weeks=i))
        sums = per_week.get(name, _Tally()).sums
        out.append((name, int(sums["answered"]), int(sums["due"])))
    return out


def day_events(store: HistoryStore, day: date, tz: tzinfo | None) -> list[BreakRow]:
    """The rows that started on local day ``day``, oldest first (the list under the chart)."""
    return _rows_by_day(store, day, day, tz).get(day, [])
