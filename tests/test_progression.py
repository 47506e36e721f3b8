"""Level progression over simulated weeks (pure dates, no clock)."""

from __future__ import annotations

from datetime import date, timedelta

from backbreak.core.routines.progression import level_for

MONDAY = date(2026, 11, 2)


def weeks(*active_days: int, start: date = MONDAY) -> list[tuple[date, bool]]:
    """One entry per weekday; the first ``n`` weekdays of each week are done."""
    history: list[tuple[date, bool]] = []
    for w, n in enumerate(active_days):
        for d in range(5):
            history.append((start + timedelta(weeks=w, days=d), d < n))
    return history


def after(history: list[tuple[date, bool]]) -> date:
    """A day in the week after the last one, so every listed week is complete."""
    last = max(d for d, _ in history)
    return last + timedelta(days=7 - last.weekday())


def auto(*active_days: int) -> str:
    history = weeks(*active_days)
    return level_for(history, today=after(history))


def test_no_history_starts_gentle() -> None:
    assert level_for([]) == "gentle"


def test_two_consistent_weeks_per_step_up() -> None:
    assert auto(3) == "gentle"
    assert auto(3, 3) == "standard"
    assert auto(3, 3, 4) == "standard"
    assert auto(3, 3, 4, 5) == "strong"
    assert auto(5, 5, 5, 5, 5, 5, 5, 5) == "strong"


def test_an_in_between_week_breaks_the_streak_without_dropping() -> None:
    assert auto(3, 2, 3) == "gentle"
    assert auto(3, 3, 2, 3) == "standard"
    assert auto(3, 3, 2, 3, 3) == "strong"


def test_a_lapse_week_falls_back_one_step() -> None:
    assert auto(3, 3, 3, 3, 1) == "standard"
    assert auto(3, 3, 3, 3, 1, 0) == "gentle"
    assert auto(3, 3, 0, 0, 0) == "gentle"


def test_weeks_with_no_entries_count_as_lapses() -> None:
    history = weeks(4, 4, 4, 4)  # strong after four weeks
    gap_then = [(d + timedelta(weeks=6), done) for d, done in weeks(2)]
    combined = history + gap_then  # two empty weeks, then a week of 2 days
    assert level_for(history, today=after(history)) == "strong"
    assert level_for(combined, today=after(combined)) == "gentle"


def test_the_running_week_does_not_count_yet() -> None:
    history = weeks(3, 3)
    monday_of_second_week = MONDAY + timedelta(weeks=1)
    assert level_for(history, today=monday_of_second_week) == "gentle"
    assert level_for(history) == "gentle"  # today defaults to the last entry
    assert level_for(history, today=after(history)) == "standard"


def test_only_done_days_count_and_each_day_once() -> None:
    day = MONDAY
    many_on_one_day = [(day, True)] * 10 + [(day + timedelta(days=1), False)] * 5
    history = many_on_one_day + [(d + timedelta(weeks=1), x) for d, x in many_on_one_day]
    assert level_for(history, today=MONDAY + timedelta(weeks=2)) == "gentle"


def test_order_of_history_does_not_matter() -> None:
    history = weeks(3, 3, 3, 3)
    today = after(history)
    assert level_for(list(reversed(history)), today=today) == level_for(
        history, today=today) == "strong"
