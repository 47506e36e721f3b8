"""The core-logic tests and the policy's single-event rules, under a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from backbreak.core.clock import FakeClock
from backbreak.core.model import Kind, Outcome
from backbreak.core.policy.machine import (
    BreakPolicy,
    NaturalBreak,
    PolicyState,
    ShowNotice,
    ShowPrompt,
    SittingSpan,
    SnoozeRefused,
    WalkReturned,
    WithdrawPrompt,
)
from backbreak.core.settings import Settings

ALWAYS = Settings(hours_enabled=False)
START = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def minutes(n: float) -> datetime:
    return START + timedelta(minutes=n)


def first_prompt(policy: BreakPolicy, clock: FakeClock, limit_h: int = 24) -> ShowPrompt:
    """Step the clock to each next_wakeup until a prompt shows."""
    end = clock.now() + timedelta(hours=limit_h)
    stuck = 0
    while clock.now() < end:
        wake = policy.next_wakeup()
        assert wake is not None and wake >= clock.now()
        stuck = stuck + 1 if wake == clock.now() else 0
        assert stuck < 50, f"policy makes no progress at {wake}"
        clock.advance((wake - clock.now()).total_seconds())
        for effect in policy.tick(clock.now()):
            if isinstance(effect, ShowPrompt):
                return effect
    raise AssertionError("no prompt")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def policy() -> BreakPolicy:
    return BreakPolicy(ALWAYS, START, UTC)


# ---- the core loop -------------------------------------------------------------------------------
def test_first_prompt_after_thirty_minutes(policy: BreakPolicy, clock: FakeClock) -> None:
    assert policy.next_wakeup() == minutes(29.5)  # the heads-up comes first
    assert policy.tick(minutes(29.5)) == [ShowNotice(due_at=minutes(30))]
    assert policy.tick(minutes(29.9)) == []
    assert policy.tick(minutes(30)) == [ShowPrompt(due_at=minutes(30), snooze_allowed=True)]
    assert policy.prompt_open
    assert policy.status(minutes(30)).state is PolicyState.PROMPTING


def test_snooze_moves_the_prompt_five_minutes(policy: BreakPolicy, clock: FakeClock) -> None:
    clock.advance(0)
    assert first_prompt(policy, clock).due_at == minutes(30)
    assert policy.snooze(minutes(30)) == []
    status = policy.status(minutes(30))
    assert status.state is PolicyState.SNOOZED and status.next_break_at == minutes(35)
    assert policy.next_wakeup() == minutes(35)  # no second heads-up for a snoozed break
    assert policy.tick(minutes(35)) == [ShowPrompt(due_at=minutes(35), snooze_allowed=True)]


@pytest.mark.parametrize("answer", ["skip", "done"])
def test_skip_and_done_reset_the_sitting_clock(policy: BreakPolicy, clock: FakeClock,
                                               answer: str) -> None:
    first_prompt(policy, clock)
    clock.advance(120)  # the user looks at the card for two minutes
    if answer == "skip":
        policy.answer_prompt(clock.now(), Outcome.SKIPPED)
    else:
        policy.start_activity(clock.now(), Kind.STRETCH)
        assert policy.activity is Kind.STRETCH and not policy.prompt_open
        clock.advance(180)
        policy.end_activity(clock.now(), Outcome.COMPLETED)
    assert policy.status(clock.now()).sitting_seconds == 0
    reset_at = clock.now()
    assert first_prompt(policy, clock).due_at == reset_at + timedelta(minutes=30)


def test_pause_holds_the_sitting_clock(policy: BreakPolicy) -> None:
    policy.tick(minutes(10))
    policy.pause(minutes(10), minutes(70))
    assert policy.status(minutes(40)).state is PolicyState.PAUSED
    assert policy.status(minutes(40)).sitting_seconds == 600
    assert policy.next_wakeup() == minutes(70)  # the auto-resume
    assert policy.tick(minutes(70)) == []
    assert policy.status(minutes(70)).sitting_seconds == 600  # held, not reset
    assert policy.next_wakeup() == minutes(89.5)
    assert policy.tick(minutes(90)) == [ShowPrompt(due_at=minutes(90), snooze_allowed=True)]


def test_pause_indefinitely_then_resume(policy: BreakPolicy) -> None:
    policy.tick(minutes(5))
    policy.pause(minutes(5), None)
    assert policy.next_wakeup() is None
    status = policy.status(minutes(500))
    assert status.next_break_at is None and status.paused_until is None
    policy.resume(minutes(600))
    assert policy.next_wakeup() == minutes(624.5)


# ---- single-event rules ----------------------------------------------------------------
def test_pause_withdraws_an_open_prompt(policy: BreakPolicy, clock: FakeClock) -> None:
    first_prompt(policy, clock)
    effects = policy.pause(minutes(31), minutes(60))
    assert effects == [WithdrawPrompt("paused"), SittingSpan(START, minutes(31))]
    assert not policy.prompt_open
    # like a dismissal: asked again after a snooze's worth of sitting
    assert policy.tick(minutes(65)) == [ShowPrompt(due_at=minutes(65), snooze_allowed=True)]


def test_dismissed_prompt_comes_back_after_snooze_without_reset(policy: BreakPolicy,
                                                                clock: FakeClock) -> None:
    first_prompt(policy, clock)
    policy.answer_prompt(minutes(31), Outcome.DISMISSED)
    assert policy.status(minutes(31)).sitting_seconds == 31 * 60
    assert policy.status(minutes(31)).snoozes_in_row == 0
    assert policy.tick(minutes(36)) == [ShowPrompt(due_at=minutes(36), snooze_allowed=True)]


def test_snooze_limit_refuses_and_the_last_prompt_says_so() -> None:
    policy = BreakPolicy(ALWAYS.with_(snooze_limit=2), START, UTC)
    policy.tick(minutes(30))
    policy.snooze(minutes(30))
    assert policy.tick(minutes(35)) == [ShowPrompt(minutes(35), snooze_allowed=True)]
    policy.snooze(minutes(35), 600)  # a custom length counts too
    assert policy.tick(minutes(45)) == [ShowPrompt(minutes(45), snooze_allowed=False)]
    with pytest.raises(SnoozeRefused, match="limit 2"):
        policy.snooze(minutes(46))
    assert policy.prompt_open  # the prompt stays until answered
    policy.answer_prompt(minutes(47), Outcome.SKIPPED)
    assert policy.status(minutes(47)).snoozes_in_row == 0


def test_snooze_without_a_prompt_postpones_the_next_break(policy: BreakPolicy) -> None:
    policy.tick(minutes(10))
    policy.snooze(minutes(10), 45 * 60)
    assert policy.status(minutes(10)).next_break_at == minutes(55)
    assert policy.tick(minutes(54.5)) == [ShowNotice(due_at=minutes(55))]


def test_no_notice_when_the_interval_is_a_short_try_out() -> None:
    policy = BreakPolicy(ALWAYS.with_(interval_s=10), START, UTC)
    assert policy.next_wakeup() == START + timedelta(seconds=10)
    effects = policy.tick(START + timedelta(seconds=10))
    assert [type(e) for e in effects] == [ShowPrompt]


def test_idle_reaching_the_natural_break_is_a_break(policy: BreakPolicy) -> None:
    assert policy.observe_idle(minutes(20), 60) == []  # reading: still sitting
    effects = policy.observe_idle(minutes(25), 300)
    assert effects == [SittingSpan(START, minutes(20))]
    status = policy.status(minutes(25))
    assert status.detail == "away" and status.sitting_seconds == 20 * 60
    assert policy.observe_idle(minutes(40), 1200) == []
    assert policy.observe_idle(minutes(41), 5) == [NaturalBreak(minutes(20), minutes(41) -
                                                                timedelta(seconds=5))]
    assert policy.status(minutes(41)).sitting_seconds == 5


def test_lock_holds_the_clock_and_unlock_has_a_quiet_minute(policy: BreakPolicy) -> None:
    policy.observe_idle(minutes(29), 0)
    assert policy.set_locked(minutes(29), True) == [SittingSpan(START, minutes(29))]
    assert policy.status(minutes(30)).detail == "locked"
    assert policy.tick(minutes(30)) == []  # locked time is not sitting
    assert policy.set_locked(minutes(31.5), False) == []  # 2.5 min: not a natural break
    assert policy.status(minutes(31.5)).sitting_seconds == 29 * 60
    assert policy.set_locked(minutes(32), True) == [SittingSpan(minutes(31.5), minutes(32))]
    assert policy.set_locked(minutes(32.25), False) == []  # a second, short lock
    # 29.5 min sat; due at 32:45 by the clock, quiet until 33:15
    assert policy.next_wakeup() == minutes(33.25)
    assert policy.tick(minutes(33)) == []
    assert policy.tick(minutes(33.25)) == [ShowPrompt(due_at=minutes(32.75), snooze_allowed=True)]


def test_long_lock_is_a_natural_break_and_withdraws_the_prompt(policy: BreakPolicy) -> None:
    policy.tick(minutes(30))
    assert policy.prompt_open
    policy.set_locked(minutes(31), True)
    assert policy.next_wakeup() == minutes(36)
    assert policy.tick(minutes(36)) == [WithdrawPrompt("away")]
    assert policy.set_locked(minutes(50), False) == [NaturalBreak(minutes(31), minutes(50))]
    assert policy.status(minutes(50)).sitting_seconds == 0


def test_do_not_disturb_holds_the_prompt_until_it_ends(policy: BreakPolicy) -> None:
    policy.set_dnd(minutes(20), True, "fullscreen")
    assert policy.tick(minutes(29.5)) == []  # notice held
    assert policy.tick(minutes(30)) == []
    status = policy.status(minutes(40))
    assert status.state is PolicyState.WAITING_DND and status.waiting_reason == "fullscreen"
    assert policy.set_dnd(minutes(45), False) == [ShowPrompt(minutes(30), snooze_allowed=True)]


def test_do_not_disturb_ignored_when_the_setting_is_off() -> None:
    policy = BreakPolicy(ALWAYS.with_(respect_dnd=False), START, UTC)
    policy.set_dnd(START, True)
    assert [type(e) for e in policy.tick(minutes(30))] == [ShowPrompt]


def test_walk_return_is_reported(policy: BreakPolicy) -> None:
    policy.tick(minutes(30))
    policy.start_activity(minutes(30), Kind.WALK)
    assert policy.observe_idle(minutes(31), 50) == []
    assert policy.observe_idle(minutes(36), 350) == []  # away on the walk: not a natural break
    assert policy.observe_idle(minutes(37), 2) == [WalkReturned(minutes(30) +
                                                                timedelta(seconds=10),
                                                                minutes(37) -
                                                                timedelta(seconds=2))]
    policy.end_activity(minutes(37), Outcome.COMPLETED)
    assert policy.activity is None and policy.status(minutes(37)).sitting_seconds == 0


def test_no_prompt_during_an_activity(policy: BreakPolicy) -> None:
    policy.start_activity(minutes(1), Kind.STRETCH)
    assert policy.tick(minutes(100)) == []
    assert policy.status(minutes(100)).detail == "in-break"
    with pytest.raises(ValueError, match="stretch or a walk"):
        policy.start_activity(minutes(100), Kind.NATURAL)


def test_naive_times_are_refused(policy: BreakPolicy) -> None:
    with pytest.raises(ValueError, match="naive"):
        policy.tick(datetime(2026, 11, 16, 9, 30))


def test_shorter_interval_in_new_settings_applies_now(policy: BreakPolicy) -> None:
    policy.tick(minutes(12))
    effects = policy.update_settings(minutes(12), ALWAYS.with_(interval_s=600))
    assert effects == [ShowPrompt(due_at=minutes(10), snooze_allowed=True)]


def test_any_offset_is_accepted() -> None:
    from datetime import timezone
    plus2 = timezone(timedelta(hours=2))
    policy = BreakPolicy(ALWAYS, START.astimezone(plus2), UTC)
    assert policy.tick(minutes(30).astimezone(plus2))[-1] == ShowPrompt(minutes(30), True)


def test_notice_held_by_do_not_disturb_is_shown_when_it_ends(policy: BreakPolicy) -> None:
    policy.set_dnd(minutes(29), True)
    assert policy.next_wakeup() is None  # nothing happens by time alone while DND holds
    assert policy.tick(minutes(29.6)) == []
    assert policy.set_dnd(minutes(29.8), False) == [ShowNotice(due_at=minutes(30))]
    assert policy.tick(minutes(30)) == [ShowPrompt(minutes(30), snooze_allowed=True)]


def test_status_reports_detail_words(policy: BreakPolicy) -> None:
    assert policy.status(minutes(1)).detail is None
    policy.tick(minutes(29.5))
    assert policy.status(minutes(29.6)).detail == "notice"
    policy.suspended(minutes(29.7), minutes(29.8))
    assert policy.status(minutes(29.9)).detail == "wake-grace"
