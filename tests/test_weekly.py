"""Weekly statistics against hand-computed weeks (a real store in tmp_path)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from backbreak.core.history.store import HistoryStore
from backbreak.core.history.weekly import (
    Counters,
    day_events,
    parse_iso_week,
    streak,
    trend,
    week_of,
    week_stats,
)
from backbreak.core.model import Kind, Outcome, Source

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore(tmp_path / "history.sqlite3")
    yield s
    s.close()


def local(y: int, mo: int, d: int, h: int, mi: int = 0, tz: ZoneInfo = BERLIN) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def answered(store: HistoryStore, start: datetime, kind: Kind, source: Source,
             outcome: Outcome, seconds: int = 0) -> int:
    row_id = store.open_prompt(start, kind, source)
    store.finish(row_id, ended_at=start + timedelta(seconds=max(seconds, 60)), outcome=outcome,
                 seconds_active=seconds)
    return row_id


def fill_week_47(store: HistoryStore) -> None:
    """2026-W47 (Mon 16 to Sun 22 November), Berlin = UTC+1."""
    # Monday 23:30 local (22:30 UTC): a completed 5-minute stretch.
    answered(store, local(2026, 11, 16, 23, 30), Kind.STRETCH, Source.SCHEDULED,
             Outcome.COMPLETED, 300)
    # 23:10 UTC on Monday is already Tuesday 00:10 in Berlin: a 20-minute walk.
    answered(store, datetime(2026, 11, 16, 23, 10, tzinfo=UTC), Kind.WALK, Source.SCHEDULED,
             Outcome.COMPLETED, 1200)
    answered(store, local(2026, 11, 17, 8, 0), Kind.STRETCH, Source.SCHEDULED, Outcome.SNOOZED)
    answered(store, local(2026, 11, 17, 8, 5), Kind.STRETCH, Source.SCHEDULED, Outcome.SKIPPED)
    answered(store, local(2026, 11, 17, 12, 0), Kind.WALK, Source.TRAY, Outcome.PARTIAL, 600)
    answered(store, local(2026, 11, 18, 10, 0), Kind.STRETCH, Source.SCHEDULED,
             Outcome.DISMISSED)
    store.add_natural(local(2026, 11, 18, 12, 0), local(2026, 11, 18, 12, 30))
    # Sitting across midnight Mon->Tue (2 h on Monday, 1 h on Tuesday), and two touching
    # spans on Tuesday morning (an app restart) that make one 80-minute sitting.
    store.add_sitting(local(2026, 11, 16, 22, 0), local(2026, 11, 17, 1, 0))
    store.add_sitting(local(2026, 11, 17, 9, 0), local(2026, 11, 17, 9, 50))
    store.add_sitting(local(2026, 11, 17, 9, 50), local(2026, 11, 17, 10, 20))
    # Outside the week: Sunday before and Monday after (local).
    answered(store, local(2026, 11, 15, 23, 59), Kind.STRETCH, Source.SCHEDULED,
             Outcome.COMPLETED, 60)
    answered(store, local(2026, 11, 23, 0, 0), Kind.STRETCH, Source.SCHEDULED,
             Outcome.COMPLETED, 60)


def counts(d: Counters) -> tuple[int, ...]:
    """(due, answered, extra, taken, skipped, snoozed, dismissed, natural)"""
    return (d.due, d.answered, d.extra, d.taken, d.skipped, d.snoozed, d.dismissed, d.natural)


def test_hand_computed_week_with_rows_across_local_midnight(store: HistoryStore) -> None:
    fill_week_47(store)
    ws = week_stats(store, "2026-W47", BERLIN, 20, today=date(2026, 11, 19))
    assert (ws.week, ws.start, ws.end) == ("2026-W47", date(2026, 11, 16), date(2026, 11, 22))
    assert [d.date for d in ws.days] == [date(2026, 11, 16) + timedelta(days=i)
                                         for i in range(7)]
    mon, tue, wed, thu = ws.days[:4]
    assert counts(mon) == (1, 1, 0, 1, 0, 0, 0, 0)
    assert (mon.stretch_minutes, mon.walk_minutes, mon.longest_sitting_minutes) == (5.0, 0, 120)
    # Tuesday: a reminder answered with a walk, one snoozed then skipped, an extra tray walk.
    assert counts(tue) == (2, 1, 1, 2, 1, 1, 0, 0)
    assert (tue.stretch_minutes, tue.walk_minutes, tue.longest_sitting_minutes) == (0, 30.0, 80)
    assert counts(wed) == (1, 0, 0, 0, 0, 0, 1, 1)
    assert counts(thu) == (0, 0, 0, 0, 0, 0, 0, 0)
    # Monday walked too little; Tuesday skipped a reminder (30 walking minutes do not make up
    # for it); Wednesday left one unanswered.
    assert [d.goal_met for d in ws.days] == [False] * 7
    t = ws.totals
    assert counts(t) == (4, 2, 1, 3, 1, 1, 1, 1)
    assert (t.stretch_minutes, t.walk_minutes, t.longest_sitting_minutes) == (5.0, 30.0, 120.0)
    assert ws.taken_ratio == 0.5
    assert ws.goal_days == 0
    assert ws.streak_days == 0  # Thursday not met yet, Wednesday not met


def test_extra_breaks_never_count_as_answered_reminders(store: HistoryStore) -> None:
    """Two reminders answered and one break from the tray: 2 of 2 answered, 1 extra, ratio 1."""
    answered(store, local(2026, 11, 17, 9), Kind.STRETCH, Source.SCHEDULED, Outcome.COMPLETED, 90)
    answered(store, local(2026, 11, 17, 10), Kind.WALK, Source.SCHEDULED, Outcome.PARTIAL, 200)
    answered(store, local(2026, 11, 17, 11), Kind.STRETCH, Source.TRAY, Outcome.COMPLETED, 120)
    answered(store, local(2026, 11, 17, 12), Kind.WALK, Source.CLI, Outcome.SKIPPED)
    ws = week_stats(store, "2026-W47", BERLIN, 0, today=date(2026, 11, 17))
    tue = ws.days[1]
    assert counts(tue) == (2, 2, 1, 3, 1, 0, 0, 0)
    assert counts(ws.totals) == counts(tue)
    assert ws.taken_ratio == 1.0
    assert tue.goal_met and ws.streak_days == 1
    doc = ws.to_json()
    assert doc["totals"]["answered"] == 2 and doc["totals"]["extra"] == 1  # type: ignore[index]


def test_ratio_is_answered_over_due_and_never_above_one(store: HistoryStore) -> None:
    answered(store, local(2026, 11, 16, 9), Kind.STRETCH, Source.SCHEDULED, Outcome.COMPLETED, 60)
    answered(store, local(2026, 11, 16, 10), Kind.STRETCH, Source.SCHEDULED, Outcome.SKIPPED)
    answered(store, local(2026, 11, 16, 11), Kind.STRETCH, Source.SCHEDULED, Outcome.DISMISSED)
    for hour in (12, 13, 14, 15):
        answered(store, local(2026, 11, 16, hour), Kind.WALK, Source.TRAY, Outcome.COMPLETED, 60)
    ws = week_stats(store, "2026-W47", BERLIN, 0, today=date(2026, 11, 16))
    assert (ws.totals.answered, ws.totals.due, ws.totals.taken) == (1, 3, 5)
    assert ws.taken_ratio == 0.333  # answered / due to three places, whatever was extra


def test_the_goal_wants_every_reminder_answered_and_counts_extra_walking(
    store: HistoryStore,
) -> None:
    # Monday: the one reminder was skipped; a long walk from the tray does not make up for it.
    answered(store, local(2026, 11, 16, 9), Kind.STRETCH, Source.SCHEDULED, Outcome.SKIPPED)
    answered(store, local(2026, 11, 16, 10), Kind.WALK, Source.TRAY, Outcome.COMPLETED, 1800)
    # Tuesday: the reminder answered with a stretch; the walking comes from the command line.
    answered(store, local(2026, 11, 17, 9), Kind.STRETCH, Source.SCHEDULED, Outcome.PARTIAL, 30)
    answered(store, local(2026, 11, 17, 10), Kind.WALK, Source.CLI, Outcome.COMPLETED, 600)
    ws = week_stats(store, "2026-W47", BERLIN, 10, today=date(2026, 11, 17))
    assert [d.goal_met for d in ws.days[:2]] == [False, True]
    assert (ws.goal_days, ws.streak_days) == (1, 1)


def test_json_has_exactly_the_issue_5_shape(store: HistoryStore) -> None:
    fill_week_47(store)
    doc = week_stats(store, "2026-W47", BERLIN, 20, today=date(2026, 11, 19)).to_json()
    assert list(doc) == ["week", "start", "end", "days", "totals", "taken_ratio", "goal_days",
                         "streak_days"]
    counters = ["due", "answered", "extra", "taken", "skipped", "snoozed", "dismissed",
                "natural", "stretch_minutes", "walk_minutes", "longest_sitting_minutes",
                "sitting_minutes", "standing_minutes"]
    days = doc["days"]
    assert isinstance(days, list) and len(days) == 7
    assert all(list(d) == ["date", *counters, "pain_before_avg", "pain_after_avg"] for d in days)
    assert days[1]["date"] == "2026-11-17"
    assert list(doc["totals"]) == counters  # type: ignore[call-overload]
    assert (doc["start"], doc["end"], doc["taken_ratio"]) == ("2026-11-16", "2026-11-22", 0.5)


def test_empty_week_has_no_ratio(store: HistoryStore) -> None:
    ws = week_stats(store, "2026-W47", BERLIN, 20, today=date(2026, 11, 19))
    assert ws.taken_ratio is None
    assert ws.totals.due == 0 and ws.goal_days == 0 and ws.streak_days == 0


def test_dst_end_day_has_25_hours(store: HistoryStore) -> None:
    """Berlin leaves summer time on Sunday 2026-10-25 (03:00 CEST -> 02:00 CET)."""
    answered(store, datetime(2026, 10, 24, 22, 30, tzinfo=UTC), Kind.STRETCH,
             Source.SCHEDULED, Outcome.COMPLETED, 120)  # Sun 00:30 CEST
    answered(store, datetime(2026, 10, 25, 22, 30, tzinfo=UTC), Kind.WALK, Source.SCHEDULED,
             Outcome.COMPLETED, 600)  # Sun 23:30 CET
    answered(store, datetime(2026, 10, 25, 23, 30, tzinfo=UTC), Kind.WALK, Source.SCHEDULED,
             Outcome.COMPLETED, 600)  # Mon 26th 00:30 CET: next week
    answered(store, datetime(2026, 10, 24, 21, 59, tzinfo=UTC), Kind.STRETCH,
             Source.SCHEDULED, Outcome.SKIPPED)  # Sat 23:59 CEST
    # Sitting 01:00 CEST to 04:00 CET: three hours on the wall clock, four in fact.
    store.add_sitting(datetime(2026, 10, 24, 23, 0, tzinfo=UTC),
                      datetime(2026, 10, 25, 3, 0, tzinfo=UTC))
    ws = week_stats(store, "2026-W43", BERLIN, 10, today=date(2026, 10, 30))
    sat, sun = ws.days[5], ws.days[6]
    assert (sat.date, sat.due, sat.skipped, sat.taken) == (date(2026, 10, 24), 1, 1, 0)
    assert (sun.date, sun.due, sun.taken) == (date(2026, 10, 25), 2, 2)
    assert (sun.stretch_minutes, sun.walk_minutes) == (2.0, 10.0)
    assert sun.longest_sitting_minutes == 240.0
    assert sun.goal_met and not sat.goal_met
    assert ws.totals.due == 3


def test_dst_start_day_has_23_hours(store: HistoryStore) -> None:
    """Berlin enters summer time on Sunday 2026-03-29 (02:00 CET -> 03:00 CEST)."""
    # Whole Sunday sitting: 00:00 CET (23:00 UTC Sat) to 24:00 CEST (22:00 UTC Sun) = 23 h.
    store.add_sitting(datetime(2026, 3, 28, 20, 0, tzinfo=UTC),
                      datetime(2026, 3, 30, 2, 0, tzinfo=UTC))
    answered(store, datetime(2026, 3, 29, 21, 59, tzinfo=UTC), Kind.WALK, Source.TRAY,
             Outcome.COMPLETED, 60)  # Sun 23:59 CEST
    ws = week_stats(store, "2026-W13", BERLIN, 0, today=date(2026, 4, 5))
    sat, sun = ws.days[5], ws.days[6]
    assert sun.date == date(2026, 3, 29)
    assert sun.longest_sitting_minutes == 23 * 60
    assert sat.longest_sitting_minutes == 180.0  # 21:00 to 24:00 CET on Saturday
    assert sun.taken == 1


def test_time_zone_change_rebuckets_days_but_keeps_totals(store: HistoryStore) -> None:
    # 03:00 UTC Tuesday = 04:00 Tuesday in Berlin = 22:00 Monday in New York.
    answered(store, datetime(2026, 11, 17, 3, 0, tzinfo=UTC), Kind.WALK, Source.SCHEDULED,
             Outcome.COMPLETED, 900)
    # 15:00 UTC Tuesday = 16:00 Berlin = 10:00 New York, both Tuesday.
    answered(store, datetime(2026, 11, 17, 15, 0, tzinfo=UTC), Kind.STRETCH, Source.SCHEDULED,
             Outcome.SKIPPED)
    in_berlin = week_stats(store, "2026-W47", BERLIN, 15, today=date(2026, 11, 22))
    in_new_york = week_stats(store, "2026-W47", NEW_YORK, 15, today=date(2026, 11, 22))
    assert [(d.due, d.answered) for d in in_berlin.days[:2]] == [(0, 0), (2, 1)]
    assert [(d.due, d.answered) for d in in_new_york.days[:2]] == [(1, 1), (1, 0)]
    assert [d.goal_met for d in in_berlin.days[:2]] == [False, False]  # one skipped
    assert [d.goal_met for d in in_new_york.days[:2]] == [True, False]
    assert in_berlin.totals == in_new_york.totals


def test_streak_crosses_into_the_previous_week(store: HistoryStore) -> None:
    # Thursday 12th: a dismissed due prompt breaks the chain; Fri 13 .. Tue 17 meet the goal.
    answered(store, local(2026, 11, 12, 10), Kind.WALK, Source.SCHEDULED, Outcome.COMPLETED, 600)
    answered(store, local(2026, 11, 12, 11), Kind.STRETCH, Source.SCHEDULED, Outcome.DISMISSED)
    for day in range(13, 18):
        answered(store, local(2026, 11, day, 10), Kind.WALK, Source.TRAY, Outcome.COMPLETED, 600)
    # Wednesday 18th (today) has only a 5-minute walk so far: not met, the streak ends Tuesday.
    answered(store, local(2026, 11, 18, 10), Kind.WALK, Source.TRAY, Outcome.COMPLETED, 300)
    assert streak(store, BERLIN, 10, date(2026, 11, 18)) == 5
    ws = week_stats(store, "2026-W47", BERLIN, 10, date(2026, 11, 18))
    assert (ws.streak_days, ws.goal_days) == (5, 2)
    # Once today is met it counts too.
    answered(store, local(2026, 11, 18, 15), Kind.WALK, Source.TRAY, Outcome.COMPLETED, 300)
    assert streak(store, BERLIN, 10, date(2026, 11, 18)) == 6


def test_open_due_prompt_is_not_answered(store: HistoryStore) -> None:
    store.open_prompt(local(2026, 11, 16, 10), Kind.STRETCH, Source.SCHEDULED)
    ws = week_stats(store, "2026-W47", BERLIN, 0, today=date(2026, 11, 16))
    assert (ws.days[0].due, ws.days[0].goal_met) == (1, False)


def test_streak_never_counts_days_before_the_first_row(store: HistoryStore) -> None:
    assert streak(store, BERLIN, 0, date(2026, 11, 18)) == 0
    store.add_natural(local(2026, 11, 16, 10), local(2026, 11, 16, 10, 10))
    # Goal of 0 minutes and nothing due: every day from Monday on is met, none before.
    assert streak(store, BERLIN, 0, date(2026, 11, 18)) == 3


def test_long_streak_over_many_weeks(store: HistoryStore) -> None:
    first = date(2026, 1, 1)
    for i in range(200):
        d = first + timedelta(days=i)
        answered(store, local(d.year, d.month, d.day, 12), Kind.WALK, Source.TRAY,
                 Outcome.COMPLETED, 1200)
    assert streak(store, BERLIN, 20, first + timedelta(days=199)) == 200


def test_trend_counts_answered_and_due_per_week(store: HistoryStore) -> None:
    answered(store, local(2026, 11, 2, 10), Kind.WALK, Source.SCHEDULED, Outcome.COMPLETED, 60)
    answered(store, local(2026, 11, 3, 10), Kind.WALK, Source.SCHEDULED, Outcome.SKIPPED)
    answered(store, local(2026, 11, 3, 11), Kind.WALK, Source.TRAY, Outcome.COMPLETED, 60)
    answered(store, local(2026, 11, 22, 23, 30), Kind.WALK, Source.TRAY, Outcome.COMPLETED, 60)
    answered(store, local(2026, 11, 22, 23, 40), Kind.WALK, Source.SCHEDULED, Outcome.PARTIAL, 6)
    assert trend(store, "2026-W47", 4, BERLIN) == [
        ("2026-W44", 0, 0), ("2026-W45", 1, 2), ("2026-W46", 0, 0), ("2026-W47", 1, 1)]
    with pytest.raises(ValueError):
        trend(store, "2026-W47", 0, BERLIN)


def test_day_events_use_local_days(store: HistoryStore) -> None:
    fill_week_47(store)
    tuesday = day_events(store, date(2026, 11, 17), BERLIN)
    assert [r.outcome for r in tuesday] == [Outcome.COMPLETED, Outcome.SNOOZED,
                                           Outcome.SKIPPED, Outcome.PARTIAL]
    assert tuesday[0].started_at == datetime(2026, 11, 16, 23, 10, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-W47", (2026, 47)), ("2026-w01", (2026, 1)), ("2026W5", (2026, 5)),
    ("2026-W53", (2026, 53)),
])
def test_parse_iso_week(text: str, expected: tuple[int, int]) -> None:
    assert parse_iso_week(text) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("2026-47", "expected YYYY-Www"), ("last week", "expected YYYY-Www"),
    ("2025-W53", "2025 has weeks 1 to 52"), ("2026-W00", "2026 has weeks 1 to 53"),
])
def test_parse_iso_week_rejects_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_iso_week(text)


def test_week_of_uses_iso_years() -> None:
    assert week_of(date(2027, 1, 1)) == "2026-W53"
    assert week_of(date(2026, 11, 16)) == "2026-W47"
    assert week_of(date(2024, 12, 30)) == "2025-W01"
