"""Standing-desk mode in the policy, under a fake clock: standing holds the sitting clock and
counts toward a walk suggestion; going away, a break or a new working day sits the user down."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from policy_helpers import BERLIN, Sim, local, skip_each

from backbreak.core.model import Kind, Outcome
from backbreak.core.policy.machine import (
    BreakPolicy,
    NaturalBreak,
    PolicyState,
    Posture,
    ShowNotice,
    ShowPrompt,
    SittingSpan,
    StandingSpan,
    WithdrawPrompt,
)
from backbreak.core.settings import Settings

ALWAYS = Settings(hours_enabled=False)  # interval 30 min, natural break 5 min, walk after 60
START = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)


def minutes(n: float) -> datetime:
    return START + timedelta(minutes=n)


def prompts(effects: list[object]) -> list[ShowPrompt]:
    return [e for e in effects if isinstance(e, ShowPrompt)]


@pytest.fixture
def policy() -> BreakPolicy:
    return BreakPolicy(ALWAYS, START, UTC)


# ---- while standing ------------------------------------------------------------------------
def test_standing_holds_the_sitting_clock_and_brings_no_stand_up_prompt(
    policy: BreakPolicy,
) -> None:
    policy.tick(minutes(20))
    assert policy.stand(minutes(20)) == [SittingSpan(START, minutes(20))]
    status = policy.status(minutes(50))
    assert status.posture is Posture.STANDING
    assert status.sitting_seconds == 20 * 60  # held, not grown
    assert status.standing_seconds == 30 * 60
    assert policy.tick(minutes(29.5)) == [] and policy.tick(minutes(30)) == []
    assert policy.tick(minutes(50)) == []  # where the sitting prompt would have come
    assert policy.status(minutes(50)).state is PolicyState.RUNNING


def test_a_walk_is_suggested_after_an_hour_of_standing_and_not_a_second_before(
    policy: BreakPolicy,
) -> None:
    policy.stand(minutes(10))
    assert policy.next_wakeup() == minutes(70)  # no heads-up notice before a suggestion
    assert policy.status(minutes(10)).next_break_at == minutes(70)
    assert policy.tick(minutes(70) - SECOND) == []
    effects = policy.tick(minutes(70))
    assert effects == [ShowPrompt(minutes(70), snooze_allowed=True, posture=Posture.STANDING)]
    assert policy.status(minutes(70)).state is PolicyState.PROMPTING


def test_the_walk_suggestion_follows_the_setting() -> None:
    policy = BreakPolicy(ALWAYS.with_(standing_walk_after_s=45 * 60), START, UTC)
    policy.stand(START)
    assert policy.tick(minutes(45) - SECOND) == []
    assert [p.posture for p in prompts(policy.tick(minutes(45)))] == [Posture.STANDING]


def test_a_changed_setting_moves_a_suggestion_not_yet_due(policy: BreakPolicy) -> None:
    policy.stand(START)
    policy.tick(minutes(20))
    assert policy.update_settings(minutes(20), ALWAYS.with_(standing_walk_after_s=40 * 60)) == []
    assert policy.next_wakeup() == minutes(40)
    # ... but a snoozed one keeps its moment
    policy.tick(minutes(40))
    policy.snooze(minutes(40))
    policy.update_settings(minutes(41), ALWAYS.with_(standing_walk_after_s=90 * 60))
    assert policy.next_wakeup() == minutes(45)


def test_snoozing_the_walk_suggestion_asks_again_after_a_snooze_of_standing(
    policy: BreakPolicy,
) -> None:
    policy.stand(START)
    policy.tick(minutes(60))
    policy.snooze(minutes(60))
    status = policy.status(minutes(60))
    assert status.state is PolicyState.SNOOZED and status.next_break_at == minutes(65)
    assert policy.tick(minutes(65)) == [
        ShowPrompt(minutes(65), snooze_allowed=True, posture=Posture.STANDING)
    ]
    policy.answer_prompt(minutes(66), Outcome.DISMISSED)
    assert policy.tick(minutes(71)) == [
        ShowPrompt(minutes(71), snooze_allowed=True, posture=Posture.STANDING)
    ]


def test_the_snooze_limit_counts_walk_suggestions_apart_from_sitting_prompts() -> None:
    policy = BreakPolicy(ALWAYS.with_(snooze_limit=1), START, UTC)
    policy.tick(minutes(30))
    policy.snooze(minutes(30))  # the sitting prompt's one snooze
    policy.stand(minutes(31))
    assert prompts(policy.tick(minutes(91))) == [
        ShowPrompt(minutes(91), snooze_allowed=True, posture=Posture.STANDING)
    ]


def test_skipping_the_walk_suggestion_asks_again_after_another_hour(
    policy: BreakPolicy,
) -> None:
    policy.stand(START)
    policy.tick(minutes(60))
    policy.answer_prompt(minutes(62), Outcome.SKIPPED)
    status = policy.status(minutes(62))
    assert status.posture is Posture.STANDING and status.standing_seconds == 62 * 60
    assert status.next_break_at == minutes(122)
    assert policy.tick(minutes(122) - SECOND) == []
    assert len(prompts(policy.tick(minutes(122)))) == 1


def test_taking_the_suggested_walk_sits_the_user_down_afterwards(policy: BreakPolicy) -> None:
    policy.tick(minutes(10))
    policy.stand(minutes(10))
    policy.tick(minutes(70))
    effects = policy.start_activity(minutes(70), Kind.WALK)
    assert effects == [StandingSpan(minutes(10), minutes(70))]
    assert policy.status(minutes(70)).posture is Posture.SITTING
    policy.end_activity(minutes(75), Outcome.COMPLETED)
    status = policy.status(minutes(75))
    assert status.posture is Posture.SITTING and status.sitting_seconds == 0
    assert policy.next_wakeup() == minutes(104.5)  # a full sitting interval, notice first


def test_standing_during_a_break_takes_effect_after_it(policy: BreakPolicy) -> None:
    policy.start_activity(minutes(30), Kind.STRETCH)
    assert policy.stand(minutes(31)) == []  # no span: a break is not standing at the desk
    assert policy.status(minutes(31)).posture is Posture.STANDING
    assert policy.end_activity(minutes(33), Outcome.COMPLETED) == []
    assert policy.next_wakeup() == minutes(93)  # a fresh hour of standing from the break's end
    assert policy.sit(minutes(40)) == [StandingSpan(minutes(33), minutes(40))]


def test_pausing_while_standing_holds_the_standing_clock(policy: BreakPolicy) -> None:
    policy.stand(START)
    assert policy.pause(minutes(20), minutes(50)) == [StandingSpan(START, minutes(20))]
    status = policy.status(minutes(40))
    assert status.posture is Posture.STANDING and status.standing_seconds == 20 * 60
    assert status.next_break_at == minutes(90)
    assert policy.tick(minutes(50)) == []
    assert policy.tick(minutes(90) - SECOND) == []
    assert len(prompts(policy.tick(minutes(90)))) == 1
    assert policy.sit(minutes(91)) == [
        WithdrawPrompt("posture"),
        StandingSpan(minutes(50), minutes(91)),
    ]


def test_do_not_disturb_holds_the_walk_suggestion(policy: BreakPolicy) -> None:
    policy.stand(START)
    policy.set_dnd(minutes(55), True, "fullscreen")
    assert policy.tick(minutes(60)) == []
    assert policy.status(minutes(61)).state is PolicyState.WAITING_DND
    assert prompts(policy.set_dnd(minutes(62), False)) == [
        ShowPrompt(minutes(60), snooze_allowed=True, posture=Posture.STANDING)
    ]


# ---- sitting down again -------------------------------------------------------------------
def test_short_standing_only_holds_the_sitting_clock(policy: BreakPolicy) -> None:
    policy.stand(minutes(20))
    # one second short of a natural break (5 min)
    assert policy.sit(minutes(25) - SECOND) == [StandingSpan(minutes(20), minutes(25) - SECOND)]
    assert policy.status(minutes(25) - SECOND).sitting_seconds == 20 * 60
    assert policy.next_wakeup() == minutes(34.5) - SECOND  # 10 more minutes of sitting


def test_standing_as_long_as_a_natural_break_starts_the_sitting_clock_fresh(
    policy: BreakPolicy,
) -> None:
    policy.stand(minutes(20))
    assert policy.sit(minutes(25)) == [StandingSpan(minutes(20), minutes(25))]
    status = policy.status(minutes(25))
    assert status.posture is Posture.SITTING and status.sitting_seconds == 0
    assert policy.next_wakeup() == minutes(54.5)


def test_the_natural_break_follows_its_setting() -> None:
    policy = BreakPolicy(ALWAYS.with_(natural_break_s=10 * 60), START, UTC)
    policy.tick(minutes(20))
    policy.stand(minutes(20))
    policy.sit(minutes(29))  # 9 minutes: the default's 5 would count, this setting's 10 not
    assert policy.status(minutes(29)).sitting_seconds == 20 * 60


def test_standing_while_the_stand_up_prompt_is_open_closes_it(policy: BreakPolicy) -> None:
    policy.tick(minutes(30))
    assert policy.prompt_open
    assert policy.stand(minutes(31)) == [WithdrawPrompt("posture"), SittingSpan(START, minutes(31))]
    assert not policy.prompt_open
    # Standing long enough, the sitting clock starts fresh on sitting down ...
    policy.sit(minutes(40))
    assert policy.status(minutes(40)).sitting_seconds == 0
    assert policy.next_wakeup() == minutes(69.5)


def test_a_short_stand_after_a_withdrawn_prompt_asks_again_after_a_snooze() -> None:
    policy = BreakPolicy(ALWAYS, START, UTC)
    policy.tick(minutes(30))
    policy.stand(minutes(31))
    policy.sit(minutes(32))  # a minute: like a dismissal, back after 5 minutes of sitting
    assert policy.tick(minutes(37) - SECOND) == []
    assert prompts(policy.tick(minutes(37))) == [ShowPrompt(minutes(37), snooze_allowed=True)]


def test_saying_what_is_already_so_changes_nothing(policy: BreakPolicy) -> None:
    assert policy.sit(minutes(10)) == []
    assert policy.status(minutes(10)).standing_seconds == 0
    policy.stand(minutes(10))
    assert policy.stand(minutes(20)) == []
    assert policy.status(minutes(20)).standing_seconds == 10 * 60
    policy.sit(minutes(30))
    status = policy.status(minutes(40))
    assert status.posture is Posture.SITTING and status.standing_seconds == 0


@pytest.mark.parametrize("away", ["locked", "asleep"])
def test_locking_or_sleeping_outside_working_hours_sits_the_user_down(away: str) -> None:
    """Outside working hours nothing counts, but the posture still follows the user."""
    evening = local(2026, 11, 16, 17, 50)
    policy = BreakPolicy(Settings(), evening, BERLIN)
    policy.stand(evening)
    later = local(2026, 11, 16, 18, 30)
    assert policy.tick(later) == [StandingSpan(evening, local(2026, 11, 16, 18))]
    assert policy.status(later).posture is Posture.STANDING
    if away == "locked":
        assert policy.set_locked(later, True) == []
    else:
        assert policy.suspended(later, later + timedelta(minutes=1)) == []
    assert policy.status(later + timedelta(minutes=1)).posture is Posture.SITTING


@pytest.mark.parametrize("idle_s", [299, 300])
def test_going_idle_while_standing_sits_the_user_down_at_the_natural_break(
    policy: BreakPolicy, idle_s: int
) -> None:
    policy.stand(minutes(10))
    sample = minutes(40)
    effects = policy.observe_idle(sample, idle_s)
    if idle_s < 300:  # reading at the desk: still standing
        assert effects == []
        assert policy.status(sample).posture is Posture.STANDING
        return
    went = sample - timedelta(seconds=idle_s)
    assert effects == [StandingSpan(minutes(10), went)]
    assert policy.status(sample).posture is Posture.SITTING
    back = minutes(50)
    assert policy.observe_idle(back, 0) == [NaturalBreak(went, back)]
    status = policy.status(back)
    assert status.posture is Posture.SITTING and status.sitting_seconds == 0
    assert policy.next_wakeup() == back + timedelta(minutes=29.5)


def test_locking_while_standing_sits_the_user_down_even_for_a_short_lock(
    policy: BreakPolicy,
) -> None:
    policy.tick(minutes(10))
    policy.stand(minutes(10))
    assert policy.set_locked(minutes(12), True) == [StandingSpan(minutes(10), minutes(12))]
    assert policy.set_locked(minutes(13), False) == []
    status = policy.status(minutes(13))
    assert status.posture is Posture.SITTING
    assert status.sitting_seconds == 10 * 60  # two minutes of standing only held it


def test_a_suspend_while_standing_sits_the_user_down(policy: BreakPolicy) -> None:
    policy.stand(minutes(10))
    effects = policy.suspended(minutes(40), minutes(100))
    assert StandingSpan(minutes(10), minutes(40)) in effects
    assert NaturalBreak(minutes(40), minutes(100)) in effects
    status = policy.status(minutes(100))
    assert status.posture is Posture.SITTING and status.sitting_seconds == 0


def test_a_tick_after_waking_before_the_suspend_is_told_is_not_standing(
    policy: BreakPolicy,
) -> None:
    policy.stand(minutes(10))
    policy.tick(minutes(20))
    policy.tick(minutes(60))  # the controller ticked before it knew of the sleep
    effects = policy.suspended(minutes(20), minutes(59))
    assert StandingSpan(minutes(10), minutes(20)) in effects


def test_standing_the_machine_slept_through_is_not_standing(policy: BreakPolicy) -> None:
    """Told late of a short sleep, the standing it covered is taken back: three minutes stood,
    not six, so sitting down again only holds the sitting clock."""
    policy.stand(minutes(10))
    policy.tick(minutes(13))
    policy.tick(minutes(17))  # the machine slept 13:00-16:00; the controller ticked first
    assert StandingSpan(minutes(10), minutes(13)) in policy.suspended(minutes(13), minutes(16))
    status = policy.status(minutes(17))
    assert status.posture is Posture.SITTING
    assert status.sitting_seconds == 11 * 60  # 10 before standing, 1 since waking


def test_saying_stand_while_away_by_idleness_is_coming_back(policy: BreakPolicy) -> None:
    policy.observe_idle(minutes(20), 400)  # away since 13:20
    assert policy.status(minutes(20)).detail == "away"
    effects = policy.stand(minutes(30))
    assert effects == [NaturalBreak(minutes(20) - timedelta(seconds=400), minutes(30))]
    status = policy.status(minutes(40))
    assert status.posture is Posture.STANDING and status.standing_seconds == 10 * 60
    assert status.detail is None


def test_working_time_begins_seated() -> None:
    settings = Settings(work_start=datetime(2026, 1, 1, 8).time())
    sim = Sim(settings, local(2026, 11, 16, 17, 30), responder=skip_each)
    sim.at(local(2026, 11, 16, 17, 40), lambda s, t: s.policy.stand(t))
    sim.run_until(local(2026, 11, 17, 8, 1))
    status = sim.policy.status(sim.clock.now())
    assert status.posture is Posture.SITTING and status.sitting_seconds == 60
    spans = [e for _, e in sim.of(StandingSpan)]
    assert spans == [StandingSpan(local(2026, 11, 16, 17, 40), local(2026, 11, 16, 18))]


def test_sitting_clock_is_unchanged_when_a_notice_went_out_before_standing(
    policy: BreakPolicy,
) -> None:
    assert policy.tick(minutes(29.5)) == [ShowNotice(minutes(30))]
    policy.stand(minutes(29.6))
    assert policy.tick(minutes(30)) == []
    assert policy.status(minutes(30)).detail is None  # the sitting notice does not show
    policy.sit(minutes(30))  # 24 s: the sitting clock resumes, its notice already given
    assert policy.next_wakeup() == minutes(30.4)


# ---- a simulated day at a standing desk ----------------------------------------------------
def test_a_day_alternating_between_sitting_and_standing() -> None:
    sim = Sim(Settings(), local(2026, 11, 16, 8), responder=skip_each)
    stand, sit = (lambda s, t: s.policy.stand(t)), (lambda s, t: s.policy.sit(t))
    sim.at(local(2026, 11, 16, 8, 20), stand)  # 20 min sat: the 08:30 prompt never comes
    sim.at(local(2026, 11, 16, 9, 50), sit)  # after 90 min of standing (walk at 09:20)
    sim.at(local(2026, 11, 16, 10, 35), stand)
    sim.at(local(2026, 11, 16, 10, 38), sit)  # 3 min: the sitting clock was only held
    sim.run_until(local(2026, 11, 16, 11, 20))
    assert sim.prompt_times() == ["Mon 09:20", "Mon 10:20", "Mon 10:53"]
    postures = [e.posture for _, e in sim.of(ShowPrompt) if isinstance(e, ShowPrompt)]
    assert postures == [Posture.STANDING, Posture.SITTING, Posture.SITTING]
    assert [(e.start, e.end) for _, e in sim.of(StandingSpan)] == [
        (local(2026, 11, 16, 8, 20), local(2026, 11, 16, 9, 50)),
        (local(2026, 11, 16, 10, 35), local(2026, 11, 16, 10, 38)),
    ]


def test_the_span_under_way_can_be_written_down_at_quit_without_ending_it(
    policy: BreakPolicy,
) -> None:
    assert policy.spans_so_far(START) == []  # nothing counted yet
    assert policy.spans_so_far(minutes(10)) == [SittingSpan(START, minutes(10))]
    policy.stand(minutes(10))
    assert policy.spans_so_far(minutes(25)) == [StandingSpan(minutes(10), minutes(25))]
    assert policy.status(minutes(25)).posture is Posture.STANDING  # unchanged
    policy.pause(minutes(30), None)
    assert policy.spans_so_far(minutes(40)) == []  # paused: no span open
