"""A due break waits for a call to end, or for a pause in typing: the policy under a fake clock,
driven the way the controller drives it (look when the policy asks, then the event)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest

from backbreak.core.policy.holds import CALL_RECHECK
from backbreak.core.policy.machine import (
    BreakPolicy,
    Effect,
    NaturalBreak,
    PolicyState,
    ShowNotice,
    ShowPrompt,
    StatusDetail,
)
from backbreak.core.policy.vocabulary import CallDevice
from backbreak.core.settings import Settings

START = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)  # a Monday
SAMPLE_EVERY = timedelta(seconds=30)
NO_TYPING_WAIT = Settings(hours_enabled=False, typing_pause_s=0)


def at(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


Spells = list[tuple[datetime, datetime]]


def _inside(spells: Spells, t: datetime) -> bool:
    return any(a <= t < b for a, b in spells)


@dataclass
class Desk:
    """The world the controller would look at: calls, typing and absences, by time."""

    calls: Spells = field(default_factory=list)
    device: CallDevice = CallDevice.CAMERA
    typing: Spells = field(default_factory=list)
    away: Spells = field(default_factory=list)
    readable: bool = True  # False: the guard cannot read anything (answers "no call")
    call_looks: list[datetime] = field(default_factory=list)
    input_looks: list[datetime] = field(default_factory=list)

    def call_at(self, t: datetime) -> CallDevice | None:
        return self.device if self.readable and _inside(self.calls, t) else None

    def idle_at(self, t: datetime) -> float:
        for a, b in self.away:
            if a <= t < b:
                return (t - a).total_seconds()
        if _inside(self.typing, t):
            return 0.0
        ends = [b for _, b in self.typing + self.away if b <= t]
        return (t - max(ends)).total_seconds() if ends else 10.0 if self.typing else 0.0


def run(
    policy: BreakPolicy, desk: Desk, start: datetime, end: datetime
) -> list[tuple[datetime, Effect]]:
    """Step to each next wake-up and idle sample, looking first when the policy asks."""
    log: list[tuple[datetime, Effect]] = []
    now, next_sample, stuck = start, start, 0

    def feed(t: datetime, event: Callable[[], list[Effect]], idle: float | None = None) -> None:
        if policy.wants_call_look(t, idle):
            desk.call_looks.append(t)
            policy.call_seen(t, desk.call_at(t), desk.readable)
        if policy.wants_input_look(t):
            desk.input_looks.append(t)
            policy.input_seen(t, desk.idle_at(t))
        log.extend((t, e) for e in event())

    while now < end:
        wake = policy.next_wakeup()
        t = max(now, min(x for x in (wake, next_sample, end) if x is not None))
        stuck = stuck + 1 if t == now else 0
        assert stuck < 50, f"no progress at {t}"
        if t == next_sample:
            feed(t, lambda t=t: policy.observe_idle(t, desk.idle_at(t)), desk.idle_at(t))
            next_sample = t + SAMPLE_EVERY
        else:
            feed(t, lambda t=t: policy.tick(t))
        now = t
    return log


def prompts(log: list[tuple[datetime, Effect]]) -> list[tuple[datetime, ShowPrompt]]:
    return [(t, e) for t, e in log if isinstance(e, ShowPrompt)]


def test_a_break_due_during_a_call_waits_and_comes_soon_after_it_ends() -> None:
    policy = BreakPolicy(NO_TYPING_WAIT, START, UTC)
    desk = Desk(calls=[(at(20), at(52))])
    log = run(policy, desk, START, at(40))
    assert not [e for _, e in log if isinstance(e, ShowNotice | ShowPrompt)]
    status = policy.status(at(40))
    assert status.state is PolicyState.WAITING_MEETING and status.waiting_reason == "camera"
    log = run(policy, desk, at(40), at(60))
    [(shown_at, prompt)] = prompts(log)
    assert at(52) <= shown_at <= at(52) + CALL_RECHECK  # within 60 s of the call's end
    assert prompt.through_call and prompt.due_at == at(30)
    assert policy.status(shown_at).sitting_seconds >= 52 * 60  # sitting through the call


def test_a_call_seen_at_the_notice_that_lasts_past_the_due_time_is_said() -> None:
    """The heads-up moment sees the call; the next look, after the due time, sees it over."""
    settings = NO_TYPING_WAIT.with_(notice_ahead_s=10, interval_s=30 * 60 + 10)
    policy = BreakPolicy(settings, START, UTC)  # heads-up at 30:00, due at 30:10
    desk = Desk(calls=[(at(20), at(30) + timedelta(seconds=12))])
    [(shown_at, prompt)] = prompts(run(policy, desk, START, at(35)))
    assert desk.call_looks[:2] == [at(30), at(30) + timedelta(seconds=15)]
    assert shown_at == at(30) + timedelta(seconds=15) and prompt.through_call


def test_a_call_over_before_the_notice_shows_is_not_said_at_the_prompt() -> None:
    policy = BreakPolicy(NO_TYPING_WAIT.with_(notice_ahead_s=60), START, UTC)
    desk = Desk(calls=[(at(20), at(29) + timedelta(seconds=10))])
    log = run(policy, desk, START, at(35))
    assert [t for t, e in log if isinstance(e, ShowNotice)] == [at(29) + timedelta(seconds=15)]
    [(shown_at, prompt)] = prompts(log)
    assert shown_at == at(30) and not prompt.through_call


def test_the_guard_looks_only_when_a_break_is_due_and_every_15_s_while_waiting() -> None:
    policy = BreakPolicy(NO_TYPING_WAIT, START, UTC)
    desk = Desk(calls=[(at(0), at(75))], device=CallDevice.MICROPHONE)
    log = run(policy, desk, START, at(90))
    assert desk.call_looks[0] == at(29.5)  # the heads-up moment: nothing before
    gaps = {b - a for a, b in zip(desk.call_looks[1:], desk.call_looks[2:], strict=False)}
    assert gaps == {CALL_RECHECK}
    [(shown_at, prompt)] = prompts(log)  # one prompt, however long the call
    assert at(75) <= shown_at <= at(75) + CALL_RECHECK and prompt.through_call
    assert not [e for _, e in log if isinstance(e, ShowNotice)]  # no late heads-up either
    assert len(desk.call_looks) <= (75 - 29.5) * 4 + 2


def test_a_call_that_ends_in_a_lunch_break_records_the_lunch_and_asks_nothing_more() -> None:
    policy = BreakPolicy(NO_TYPING_WAIT, START, UTC)
    # quiet in the call from 40 (listening): not away; gone for lunch right after it
    desk = Desk(calls=[(at(20), at(52))], away=[(at(40), at(52)), (at(52), at(112))])
    log = run(policy, desk, START, at(140))
    naturals = [e for _, e in log if isinstance(e, NaturalBreak)]
    assert [(n.start, n.end) for n in naturals] == [(at(52), at(112))]
    late = [t for t, _ in prompts(log) if t < at(112)]
    assert all(t <= at(52) + CALL_RECHECK for t in late)  # only the one as the call ended
    assert [t for t, _ in prompts(log) if t >= at(112)] == []  # a fresh interval from 112


def test_a_call_across_the_end_of_working_hours_prompts_nothing() -> None:
    settings = Settings(typing_pause_s=0)  # working hours 08:00-18:00 UTC here
    start = datetime(2026, 11, 16, 17, 20, tzinfo=UTC)
    policy = BreakPolicy(settings, start, UTC)
    desk = Desk(calls=[(start, start + timedelta(minutes=70))])
    log = run(policy, desk, start, start + timedelta(hours=3))
    assert prompts(log) == []
    assert policy.status(start + timedelta(hours=3)).state is PolicyState.OUTSIDE_HOURS


def test_a_guard_that_can_read_nothing_never_holds_a_break() -> None:
    policy = BreakPolicy(NO_TYPING_WAIT, START, UTC)
    desk = Desk(calls=[(at(0), at(90))], readable=False)
    [(shown_at, prompt)] = prompts(run(policy, desk, START, at(35)))
    assert shown_at == at(30) and not prompt.through_call


def test_with_the_guard_off_nobody_looks() -> None:
    policy = BreakPolicy(NO_TYPING_WAIT.with_(meeting_guard=False), START, UTC)
    desk = Desk(calls=[(at(0), at(90))])
    [(shown_at, _)] = prompts(run(policy, desk, START, at(35)))
    assert shown_at == at(30) and desk.call_looks == []


def test_a_controller_that_never_looks_gets_its_breaks_as_before() -> None:
    policy = BreakPolicy(Settings(hours_enabled=False), START, UTC)
    assert policy.tick(at(30)) == [ShowPrompt(due_at=at(30), snooze_allowed=True)]


# ---- a still user in a call is not away ----------------------------------------------------
NATURAL = timedelta(minutes=5)  # the default natural break


def naturals(log: list[tuple[datetime, Effect]]) -> list[tuple[datetime, datetime]]:
    return [(e.start, e.end) for _, e in log if isinstance(e, NaturalBreak)]


def test_a_silent_call_before_the_break_is_due_is_sitting_and_said_after_the_call() -> None:
    """No key or mouse from 0 to 52 (listening in a call): present, not away; the break due at
    30 waits for the call and says it was sat through."""
    policy = BreakPolicy(NO_TYPING_WAIT, START, UTC)
    desk = Desk(calls=[(at(0), at(52))], away=[(at(0), at(52))], device=CallDevice.MICROPHONE)
    log = run(policy, desk, START, at(60))
    assert naturals(log) == []
    [(shown_at, prompt)] = prompts(log)
    assert at(52) <= shown_at <= at(52) + CALL_RECHECK and prompt.through_call
    assert policy.status(shown_at).sitting_seconds >= 52 * 60
    # the first look when the stillness would make the user away, then every 15 s at most
    before_due = [t for t in desk.call_looks if t < at(29.5)]
    assert before_due[0] == START + NATURAL
    assert {b - a for a, b in pairwise(before_due)} == {CALL_RECHECK}
    assert len(desk.call_looks) <= (52 - 5) * 4 + 2


def test_a_call_that_ends_while_the_user_stays_still_is_away_from_the_calls_end() -> None:
    policy = BreakPolicy(NO_TYPING_WAIT, START, UTC)
    desk = Desk(calls=[(at(0), at(20))], away=[(at(0), at(60))], typing=[(at(60), at(70))])
    log = run(policy, desk, START, at(70))
    [(start, end)] = naturals(log)
    assert at(20) <= start <= at(20) + CALL_RECHECK and end == at(60)  # not from 0
    assert prompts(log) == []  # 20 minutes of sitting in the call, then away
    after_call = [t for t in desk.call_looks if t > at(20) + CALL_RECHECK]
    assert after_call == [start + NATURAL]  # one look as the away is judged, none after


def test_a_call_that_ends_during_a_short_stillness_keeps_the_user_sitting() -> None:
    policy = BreakPolicy(NO_TYPING_WAIT, START, UTC)
    desk = Desk(calls=[(at(0), at(20))], away=[(at(0), at(23))], typing=[(at(23), at(35))])
    log = run(policy, desk, START, at(35))
    assert naturals(log) == []
    [(shown_at, prompt)] = prompts(log)
    assert shown_at == at(30) and not prompt.through_call


def test_no_look_while_the_user_types_nor_while_away_without_a_call() -> None:
    policy = BreakPolicy(NO_TYPING_WAIT, START, UTC)
    desk = Desk(
        calls=[(at(0), at(25))],
        typing=[(at(0), at(40)), (at(100), at(110))],
        away=[(at(40), at(100))],
    )
    log = run(policy, desk, START, at(110))
    assert desk.call_looks[:2] == [at(29.5), at(30)]  # the heads-up and the due break only
    assert desk.call_looks[2:] == [at(40) + NATURAL]  # the stillness from 40, once
    assert naturals(log) == [(at(40), at(100))]


def test_a_guard_that_can_read_nothing_counts_stillness_as_before_and_stops_looking() -> None:
    policy = BreakPolicy(NO_TYPING_WAIT, START, UTC)
    desk = Desk(
        calls=[(at(0), at(90))],
        away=[(at(0), at(20)), (at(40), at(60))],
        typing=[(at(20), at(40)), (at(60), at(70))],
        readable=False,
    )
    log = run(policy, desk, START, at(70))
    assert naturals(log) == [(at(0), at(20)), (at(40), at(60))]  # from the last input
    assert desk.call_looks == [START + NATURAL]  # unavailable: the next stillness is not looked at


def test_with_the_guard_off_a_silent_call_is_away_and_nobody_looks() -> None:
    policy = BreakPolicy(NO_TYPING_WAIT.with_(meeting_guard=False), START, UTC)
    desk = Desk(calls=[(at(0), at(52))], away=[(at(0), at(52))])
    log = run(policy, desk, START, at(60))
    assert naturals(log) == [(at(0), at(52))] and desk.call_looks == []


def test_a_look_that_answers_later_holds_what_waits_on_it() -> None:
    """The controller looks off the GUI thread: between its start and its answer a due notice
    waits and a long stillness is not yet away; the answer settles both."""
    policy = BreakPolicy(NO_TYPING_WAIT, START, UTC)
    assert policy.wants_call_look(at(5), idle_seconds=300)
    assert not policy.wants_call_look(at(5), idle_seconds=299)
    policy.looking_for_call()
    assert not policy.wants_call_look(at(5), idle_seconds=300)  # one look under way at most
    policy.observe_idle(at(5), 300)
    assert policy.status(at(5)).detail is None  # not away yet
    answered = at(5) + timedelta(seconds=1)
    policy.call_seen(answered, None)
    policy.tick(answered)
    assert policy.status(answered).detail is StatusDetail.AWAY  # away from the last input
    policy.observe_idle(at(6), 0)
    assert policy.status(at(6)).sitting_seconds == 0

    policy = BreakPolicy(NO_TYPING_WAIT, START, UTC)
    assert policy.wants_call_look(at(29.5))
    policy.looking_for_call()
    assert policy.tick(at(29.5)) == []  # the heads-up waits for the answer
    assert policy.next_wakeup() is None  # and no timer spins meanwhile
    policy.call_seen(at(29.5) + timedelta(seconds=1), CallDevice.CAMERA)
    assert policy.tick(at(29.5) + timedelta(seconds=1)) == []
    assert policy.next_wakeup() == at(29.5) + timedelta(seconds=1) + CALL_RECHECK


# ---- typing pause ---------------------------------------------------------------------------
TYPING = Settings(hours_enabled=False, typing_pause_s=3, typing_pause_cap_s=60)


def test_a_prompt_due_mid_sentence_waits_for_a_pause_in_typing() -> None:
    policy = BreakPolicy(TYPING, START, UTC)
    desk = Desk(typing=[(at(25), at(30) + timedelta(seconds=20))])
    [(shown_at, prompt)] = prompts(run(policy, desk, START, at(35)))
    assert shown_at == at(30) + timedelta(seconds=23)  # 3 s after the last key
    assert prompt.due_at == at(30)
    assert all(at(30) <= t <= shown_at for t in desk.input_looks)  # only during the wait


def test_a_prompt_waits_for_a_pause_at_most_the_cap() -> None:
    policy = BreakPolicy(TYPING, START, UTC)
    desk = Desk(typing=[(at(25), at(40))])
    [(shown_at, _)] = prompts(run(policy, desk, START, at(35)))
    assert shown_at == at(31)
    assert len(desk.input_looks) <= 60 / 3 + 2  # sampled faster only during the wait


def test_no_wait_when_the_user_is_already_paused() -> None:
    policy = BreakPolicy(TYPING, START, UTC)
    desk = Desk(typing=[(at(25), at(29))])
    [(shown_at, _)] = prompts(run(policy, desk, START, at(35)))
    assert shown_at == at(30) and desk.input_looks == [at(30)]


@pytest.mark.parametrize("changes", [{"typing_pause_s": 0}, {"typing_pause_cap_s": 0}])
def test_zero_turns_the_typing_wait_off(changes: dict[str, int]) -> None:
    policy = BreakPolicy(TYPING.with_(**changes), START, UTC)
    desk = Desk(typing=[(at(25), at(40))])
    [(shown_at, _)] = prompts(run(policy, desk, START, at(35)))
    assert shown_at == at(30) and desk.input_looks == []


def test_unknown_input_time_shows_at_once() -> None:
    policy = BreakPolicy(TYPING, START, UTC)
    assert policy.tick(at(29.5)) == [ShowNotice(due_at=at(30))]
    assert policy.wants_input_look(at(30))
    policy.input_seen(at(30), None)
    assert policy.tick(at(30)) == [ShowPrompt(due_at=at(30), snooze_allowed=True)]
