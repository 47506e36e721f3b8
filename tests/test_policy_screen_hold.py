"""A due break waits while a full-screen window (or, on GNOME Wayland, an application keeping
the screen awake) would be covered, exactly as it waits for a call: the policy under a fake
clock, driven the way the controller drives it (look when the policy asks, then the event)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from test_policy_holds import SAMPLE_EVERY, START, Spells, _inside, at

from backbreak.core.policy.holds import CALL_RECHECK
from backbreak.core.policy.machine import (
    BreakPolicy,
    Effect,
    NaturalBreak,
    PolicyState,
    ShowNotice,
    ShowPrompt,
)
from backbreak.core.policy.vocabulary import ScreenInUse
from backbreak.core.settings import Settings

SETTINGS = Settings(hours_enabled=False, typing_pause_s=0, notice_ahead_s=0)


def run(policy: BreakPolicy, shows: Spells, start: datetime, end: datetime,
        looks: list[datetime], away: Spells = (), use: ScreenInUse = ScreenInUse.FULLSCREEN,
        ) -> list[tuple[datetime, Effect]]:
    log: list[tuple[datetime, Effect]] = []
    now, next_sample = start, start
    while now < end:
        wake = policy.next_wakeup()
        t = max(now, min(x for x in (wake, next_sample, end) if x is not None))
        if policy.wants_screen_look(t):
            looks.append(t)
            policy.screen_seen(t, use if _inside(shows, t) else None)
        if t == next_sample:
            idle = next(((t - a).total_seconds() for a, b in away if a <= t < b), 0.0)
            log += [(t, e) for e in policy.observe_idle(t, idle)]
            next_sample = t + SAMPLE_EVERY
        else:
            log += [(t, e) for e in policy.tick(t)]
        now = t if t > now else now + timedelta(seconds=1)
    return log


def shown(log: list[tuple[datetime, Effect]]) -> list[tuple[datetime, Effect]]:
    return [(t, e) for t, e in log if isinstance(e, ShowNotice | ShowPrompt)]


def test_a_break_due_over_a_full_screen_window_waits_and_comes_soon_after() -> None:
    policy = BreakPolicy(SETTINGS, START, UTC)
    looks: list[datetime] = []
    log = run(policy, [(at(20), at(47))], START, at(40), looks)
    assert shown(log) == []
    assert looks and looks[0] == at(30)  # nobody looks before the break is due
    status = policy.status(at(40))
    assert status.state is PolicyState.WAITING_DND and status.waiting_reason == "fullscreen"
    assert all(b - a >= CALL_RECHECK for a, b in itertools.pairwise(looks))
    log = run(policy, [(at(20), at(47))], at(40), at(50), looks)
    [(when, prompt)] = shown(log)
    assert at(47) <= when <= at(47) + CALL_RECHECK
    assert isinstance(prompt, ShowPrompt) and not prompt.through_call


def test_an_application_keeping_the_screen_awake_is_said_as_such() -> None:
    policy = BreakPolicy(SETTINGS, START, UTC)
    run(policy, [(at(0), at(90))], START, at(35), [], use=ScreenInUse.IDLE_INHIBITED)
    status = policy.status(at(35))
    assert status.state is PolicyState.WAITING_DND and status.waiting_reason == "idle-inhibited"


def test_the_notice_waits_too() -> None:
    """Held past the due time, the heads-up has nothing left to announce: the prompt comes."""
    policy = BreakPolicy(SETTINGS.with_(notice_ahead_s=60), START, UTC)
    log = run(policy, [(at(25), at(33))], START, at(40), [])
    [(when, prompt)] = shown(log)
    assert isinstance(prompt, ShowPrompt) and at(33) <= when <= at(33) + CALL_RECHECK


def test_with_do_not_disturb_not_respected_nobody_looks_and_nothing_waits() -> None:
    policy = BreakPolicy(SETTINGS.with_(respect_dnd=False), START, UTC)
    looks: list[datetime] = []
    [(when, _)] = shown(run(policy, [(at(0), at(90))], START, at(35), looks))
    assert when == at(30) and looks == []


def test_quiet_in_front_of_a_full_screen_window_can_still_be_an_absence() -> None:
    """Unlike a call, a film playing on full screen says nothing of whether the user is there."""
    policy = BreakPolicy(SETTINGS, START, UTC)
    log = run(policy, [(at(0), at(90))], START, at(60), [], away=[(at(31), at(45))])
    assert [(e.start, e.end) for _, e in log if isinstance(e, NaturalBreak)] == [(at(31), at(45))]
