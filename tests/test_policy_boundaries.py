"""Each of the policy's comparisons at its exact boundary, from both sides.

A threshold written ``>=`` that a test only meets from far away cannot tell ``>=`` from ``>``;
these land on the boundary itself (``tests/mutation/run.py`` checks that they do).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from backbreak.app.live_settings import with_overrides
from backbreak.core.model import Kind
from backbreak.core.policy.machine import (
    WAKE_GRACE,
    WALK_AWAY,
    BreakPolicy,
    NaturalBreak,
    PolicyState,
    ShowNotice,
    ShowPrompt,
    SittingSpan,
    WalkReturned,
    WithdrawPrompt,
)
from backbreak.core.settings import Settings

ALWAYS = Settings(hours_enabled=False)
START = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)  # a Monday
NATURAL = timedelta(seconds=ALWAYS.natural_break_s)
ONE_SECOND = timedelta(seconds=1)


def at(seconds: float) -> datetime:
    return START + timedelta(seconds=seconds)


# ---- natural breaks: away exactly natural_break_s is one, a second less is not ------------
@pytest.mark.parametrize("short", [False, True], ids=["exactly", "a second less"])
def test_a_lock_as_long_as_a_natural_break_is_one(short: bool) -> None:
    policy = BreakPolicy(ALWAYS, START, UTC)
    locked, back = at(600), at(600) + NATURAL - (ONE_SECOND if short else timedelta(0))
    policy.set_locked(locked, True)
    effects = policy.set_locked(back, False)
    if short:
        assert effects == []
        assert policy.status(back).sitting_seconds == 600  # held, not reset
    else:
        assert effects == [NaturalBreak(locked, back)]
        assert policy.status(back).sitting_seconds == 0


@pytest.mark.parametrize("short", [False, True], ids=["exactly", "a second less"])
def test_a_suspend_as_long_as_a_natural_break_is_one(short: bool) -> None:
    policy = BreakPolicy(ALWAYS, START, UTC)
    policy.tick(at(600))
    slept, woke = at(600), at(600) + NATURAL - (ONE_SECOND if short else timedelta(0))
    effects = policy.suspended(slept, woke)
    breaks = [e for e in effects if isinstance(e, NaturalBreak)]
    assert breaks == ([] if short else [NaturalBreak(slept, woke)])
    assert policy.status(woke).sitting_seconds == (600 if short else 0)


@pytest.mark.parametrize("short", [False, True], ids=["exactly", "a second less"])
def test_idle_as_long_as_a_natural_break_is_away(short: bool) -> None:
    policy = BreakPolicy(ALWAYS, START, UTC)
    policy.observe_idle(at(600), 0)
    idle = NATURAL.total_seconds() - (1 if short else 0)
    effects = policy.observe_idle(at(600 + idle), idle)
    if short:
        assert effects == [] and policy.status(at(600 + idle)).detail is None
    else:
        assert effects == [SittingSpan(START, at(600))]
        assert policy.status(at(600 + idle)).detail == "away"


@pytest.mark.parametrize("short", [False, True], ids=["exactly", "a second less"])
def test_an_open_prompt_is_withdrawn_once_the_user_is_away_a_natural_break(short: bool) -> None:
    policy = BreakPolicy(ALWAYS, START, UTC)
    policy.tick(at(1800))
    assert policy.prompt_open
    policy.set_locked(at(1800), True)
    moment = at(1800) + NATURAL - (ONE_SECOND if short else timedelta(0))
    assert policy.tick(moment) == ([] if short else [WithdrawPrompt("away")])
    assert policy.prompt_open is short


@pytest.mark.parametrize("short", [False, True], ids=["exactly", "a second less"])
def test_away_when_working_hours_end_is_a_natural_break_from_its_length(short: bool) -> None:
    """Locked before 18:00 and still locked when working hours end: the absence up to the
    end of the day is a natural break when it is long enough."""
    workday = Settings(work_start=time(8, 0), work_end=time(18, 0))
    policy = BreakPolicy(workday, datetime(2026, 11, 16, 17, 0, tzinfo=UTC), UTC)
    end = datetime(2026, 11, 16, 18, 0, tzinfo=UTC)
    locked = end - NATURAL + (ONE_SECOND if short else timedelta(0))
    policy.set_locked(locked, True)
    effects = policy.tick(end)
    breaks = [e for e in effects if isinstance(e, NaturalBreak)]
    assert breaks == ([] if short else [NaturalBreak(locked, end)])


# ---- walks: a minute away is gone, and back after a minute is reported -------------------
@pytest.mark.parametrize("short", [False, True], ids=["exactly", "a second less"])
def test_a_walk_of_exactly_a_minute_is_reported_back(short: bool) -> None:
    policy = BreakPolicy(ALWAYS, START, UTC)
    policy.tick(at(1800))
    policy.start_activity(at(1800), Kind.WALK)
    away = WALK_AWAY.total_seconds() - (1 if short else 0)
    # The sample that sees the minute of idle, then one that sees the user back.
    assert policy.observe_idle(at(1800 + away), away) == []
    effects = policy.observe_idle(at(1800 + away + 30), 30)
    assert effects == ([] if short else [WalkReturned(at(1800), at(1800 + away))])


@pytest.mark.parametrize("short", [False, True], ids=["exactly", "a second less"])
def test_a_lock_of_a_minute_during_a_walk_is_reported_back(short: bool) -> None:
    policy = BreakPolicy(ALWAYS, START, UTC)
    policy.start_activity(at(60), Kind.WALK)
    back = at(60) + WALK_AWAY - (ONE_SECOND if short else timedelta(0))
    policy.set_locked(at(60), True)
    effects = policy.set_locked(back, False)
    assert effects == ([] if short else [WalkReturned(at(60), back)])


# ---- the prompt, the notice and the quiet minute -----------------------------------------
@pytest.mark.parametrize(
    ("interval_s", "ahead_s", "notice"),
    [(10, 5, False), (11, 5, True), (60, 30, False), (61, 30, True)],
)
def test_a_notice_only_when_twice_its_lead_is_shorter_than_the_interval(
    interval_s: int, ahead_s: int, notice: bool
) -> None:
    policy = BreakPolicy(ALWAYS.with_(interval_s=interval_s, notice_ahead_s=ahead_s), START, UTC)
    due = at(interval_s)
    if notice:
        assert policy.next_wakeup() == due - timedelta(seconds=ahead_s)
        assert policy.tick(due - timedelta(seconds=ahead_s)) == [ShowNotice(due_at=due)]
    else:
        assert policy.next_wakeup() == due
        assert policy.tick(due - timedelta(seconds=ahead_s)) == []
    assert policy.tick(due) == [ShowPrompt(due_at=due, snooze_allowed=True)]


def test_the_ten_second_try_out_has_no_notice() -> None:
    """``backbreak run --interval 10s`` gives a 5 s lead: exactly half, so no notice."""
    settings = with_overrides(Settings(), 10, anytime=True)
    assert (settings.interval_s, settings.notice_ahead_s) == (10, 5)
    policy = BreakPolicy(settings, START, UTC)
    assert policy.next_wakeup() == at(10)
    assert policy.tick(at(5)) == []
    assert policy.tick(at(10)) == [ShowPrompt(due_at=at(10), snooze_allowed=True)]


def test_notice_and_prompt_come_at_their_exact_moments_and_not_a_second_before() -> None:
    policy = BreakPolicy(ALWAYS, START, UTC)
    assert policy.tick(at(1800 - 30) - ONE_SECOND) == []
    assert policy.tick(at(1800 - 30)) == [ShowNotice(due_at=at(1800))]
    assert policy.tick(at(1800) - ONE_SECOND) == []
    assert policy.tick(at(1800)) == [ShowPrompt(due_at=at(1800), snooze_allowed=True)]


def test_the_quiet_minute_after_an_unlock_ends_at_its_end() -> None:
    policy = BreakPolicy(ALWAYS, START, UTC)
    policy.tick(at(1790))
    policy.set_locked(at(1790), True)
    policy.set_locked(at(1800), False)  # ten seconds: not a natural break; due is 1810
    quiet_until = at(1800) + WAKE_GRACE
    assert policy.next_wakeup() == quiet_until
    assert policy.tick(quiet_until - ONE_SECOND) == []
    assert policy.tick(quiet_until) == [ShowPrompt(due_at=at(1810), snooze_allowed=True)]


# ---- snoozes and pauses ------------------------------------------------------------------
def test_the_last_allowed_snooze_then_a_refusal() -> None:
    from backbreak.core.policy.machine import SnoozeRefused

    policy = BreakPolicy(ALWAYS.with_(snooze_limit=1), START, UTC)
    assert policy.tick(at(1800)) == [ShowPrompt(at(1800), snooze_allowed=True)]
    policy.snooze(at(1800))  # the one allowed
    assert policy.tick(at(2100)) == [ShowPrompt(at(2100), snooze_allowed=False)]
    with pytest.raises(SnoozeRefused):
        policy.snooze(at(2100))


def test_a_snooze_of_no_time_is_refused() -> None:
    policy = BreakPolicy(ALWAYS, START, UTC)
    with pytest.raises(ValueError, match="longer than 0 s"):
        policy.snooze(at(60), 0)


def test_a_pause_that_ends_now_is_no_pause() -> None:
    policy = BreakPolicy(ALWAYS, START, UTC)
    policy.tick(at(600))
    policy.pause(at(600), at(600))
    status = policy.status(at(600))
    assert status.state is PolicyState.RUNNING and status.paused_until is None
    assert policy.next_wakeup() == at(1800 - 30)


def test_waiting_for_do_not_disturb_from_the_due_moment_on() -> None:
    policy = BreakPolicy(ALWAYS, START, UTC)
    policy.set_dnd(at(600), True, "fullscreen")
    assert policy.status(at(1800) - ONE_SECOND).state is PolicyState.RUNNING
    status = policy.status(at(1800))
    assert status.state is PolicyState.WAITING_DND and status.waiting_reason == "fullscreen"


# ---- working hours -----------------------------------------------------------------------
WORKDAY = Settings(work_start=time(8, 0), work_end=time(18, 0))


def monday(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 16, hour, minute, tzinfo=UTC)


def test_a_break_due_exactly_when_working_hours_end_is_the_next_mornings() -> None:
    policy = BreakPolicy(WORKDAY, monday(17, 30), UTC)
    status = policy.status(monday(17, 30))
    assert status.next_break_at == datetime(2026, 11, 17, 8, 30, tzinfo=UTC)
    assert policy.tick(monday(18)) == [SittingSpan(monday(17, 30), monday(18))]


def test_working_hours_include_their_start_and_exclude_their_end() -> None:
    policy = BreakPolicy(WORKDAY, monday(7, 59), UTC)
    assert policy.status(monday(7, 59)).state is PolicyState.OUTSIDE_HOURS
    policy.tick(monday(8))
    assert policy.status(monday(8)).state is PolicyState.RUNNING
    assert policy.next_wakeup() == monday(8, 29) + timedelta(seconds=30)
    policy.tick(monday(17, 59))
    assert policy.status(monday(17, 59)).state is PolicyState.PROMPTING
    policy.tick(monday(18))
    assert policy.status(monday(18)).state is PolicyState.OUTSIDE_HOURS


def test_working_hours_that_end_where_they_start_restrict_nothing() -> None:
    empty = Settings(work_start=time(9, 0), work_end=time(9, 0))
    policy = BreakPolicy(empty, monday(3), UTC)  # 03:00, long before 09:00
    assert policy.status(monday(3)).state is PolicyState.RUNNING
    assert policy.tick(monday(3, 30)) == [ShowPrompt(monday(3, 30), snooze_allowed=True)]


# ---- a suspend the controller reports late -----------------------------------------------
def test_time_ticked_after_a_wake_but_before_the_suspend_was_reported_is_not_sitting() -> None:
    """The controller may tick once after waking before it notices the suspend."""
    policy = BreakPolicy(ALWAYS, START, UTC)
    policy.tick(at(600))  # ten minutes sat
    policy.tick(at(600 + 120))  # a tick just after a two-minute suspend: looks like sitting
    policy.suspended(at(600), at(600 + 120))
    assert policy.status(at(720)).sitting_seconds == 600
