"""The weekly figures at their boundaries: rounding, the goal met exactly, the first and last
day of a range, through the public queries over a real store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from backbreak.core.history.store import HistoryStore
from backbreak.core.history.weekly import trend, week_stats
from backbreak.core.model import Kind, Outcome, Source

WEEK = "2026-W47"  # Monday 16 to Sunday 22 November 2026
MONDAY = date(2026, 11, 16)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore(tmp_path / "history.sqlite3")
    yield s
    s.close()


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def due_break(store: HistoryStore, start: datetime, outcome: Outcome, seconds: int = 0,
              kind: Kind = Kind.STRETCH) -> None:
    row_id = store.open_prompt(start, kind, Source.SCHEDULED)
    store.finish(row_id, ended_at=start + timedelta(minutes=5), outcome=outcome,
                 seconds_active=seconds)


@pytest.mark.parametrize(("taken", "ratio"), [(1, 0.333), (2, 0.667)])
def test_the_taken_ratio_has_three_decimals(store: HistoryStore, taken: int,
                                            ratio: float) -> None:
    """Three due breaks, the rest left unanswered (dismissed): neither taken nor answered, so
    the third decimal shows whichever of the two the ratio counts."""
    for i in range(3):
        outcome = Outcome.COMPLETED if i < taken else Outcome.DISMISSED
        due_break(store, at(MONDAY, 9 + i), outcome, 120)
    stats = week_stats(store, WEEK, UTC, 0, today=MONDAY)
    assert stats.taken_ratio == ratio
    assert stats.to_json()["taken_ratio"] == ratio


def test_minutes_keep_their_tenths(store: HistoryStore) -> None:
    due_break(store, at(MONDAY, 9), Outcome.COMPLETED, 90)  # 1.5 min of stretching
    due_break(store, at(MONDAY, 10), Outcome.COMPLETED, 100, Kind.WALK)  # 1.666... min
    store.add_sitting(at(MONDAY, 11), at(MONDAY, 11) + timedelta(seconds=350))  # 5.833... min
    monday = week_stats(store, WEEK, UTC, 0, today=MONDAY).days[0]
    assert (monday.stretch_minutes, monday.walk_minutes) == (1.5, 1.7)
    assert monday.longest_sitting_minutes == 5.8


@pytest.mark.parametrize(("walked_s", "met"), [(20 * 60, True), (20 * 60 - 1, False)])
def test_walking_exactly_the_goal_meets_it_today(store: HistoryStore, walked_s: int,
                                                 met: bool) -> None:
    wednesday = MONDAY + timedelta(days=2)
    due_break(store, at(wednesday, 10), Outcome.COMPLETED, walked_s, Kind.WALK)
    stats = week_stats(store, WEEK, UTC, 20, today=wednesday)
    assert stats.days[2].goal_met is met  # today counts once met
    assert (stats.goal_days, stats.streak_days) == ((1, 1) if met else (0, 0))


def test_a_day_meets_the_goal_only_with_every_reminder_answered(store: HistoryStore) -> None:
    """Answered is taken (completed or partly done) from a reminder; a skipped one is not,
    and a break from the tray is extra, answering no reminder."""
    due_break(store, at(MONDAY, 10), Outcome.PARTIAL, 60)
    tuesday = MONDAY + timedelta(days=1)
    due_break(store, at(tuesday, 10), Outcome.SKIPPED)
    extra = store.open_prompt(at(tuesday, 11), Kind.STRETCH, Source.TRAY)
    store.finish(extra, ended_at=at(tuesday, 11, 5), outcome=Outcome.COMPLETED, seconds_active=60)
    mon, tue = week_stats(store, WEEK, UTC, 0, today=tuesday).days[:2]
    assert (mon.due, mon.answered, mon.extra, mon.goal_met) == (1, 1, 0, True)
    assert (tue.due, tue.answered, tue.extra, tue.goal_met) == (1, 0, 1, False)


def test_sundays_rows_belong_to_the_week(store: HistoryStore) -> None:
    sunday = MONDAY + timedelta(days=6)
    due_break(store, at(sunday, 23, 59), Outcome.COMPLETED, 60)
    due_break(store, at(sunday + timedelta(days=1), 0, 0), Outcome.COMPLETED, 60)  # next week
    stats = week_stats(store, WEEK, UTC, 0, today=sunday)
    assert [d.due for d in stats.days] == [0, 0, 0, 0, 0, 0, 1]
    assert trend(store, WEEK, 2, UTC) == [("2026-W46", 0, 0), (WEEK, 1, 1)]


def test_a_trend_of_one_week(store: HistoryStore) -> None:
    due_break(store, at(MONDAY, 9), Outcome.COMPLETED, 60)
    assert trend(store, WEEK, 1, UTC) == [(WEEK, 1, 1)]
