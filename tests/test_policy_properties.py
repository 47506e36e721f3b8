"""Property-based tests: random event sequences never break the policy's promises.

Between events the driver steps to every ``next_wakeup()`` (as the controller's timer would),
so a prompt the policy wants to show is always given the chance. Elapsed time is tracked
apart from the wall clock (which the sequences also move backwards), as a test-side
monotonic clock.

The promise about spacing, precisely: two consecutive ShowPrompt are at least
``interval_s`` of elapsed time apart, unless between them there was (a) a snooze, then at
least the smallest snooze length used; (b) a dismissal or a WithdrawPrompt, then at least
``snooze_s``; or (c) a settings change, which voids the check for that pair.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backbreak.core.model import Kind, Outcome
from backbreak.core.policy.machine import (
    WAKE_GRACE,
    BreakPolicy,
    Effect,
    NaturalBreak,
    ShowNotice,
    ShowPrompt,
    SittingSpan,
    SnoozeRefused,
    WalkReturned,
    WithdrawPrompt,
)
from backbreak.core.policy.working_hours import WorkingHours
from backbreak.core.settings import Settings

START = datetime(2026, 3, 27, 16, 0, tzinfo=UTC)  # a Friday, two days before a DST change
ZONES: list[tzinfo] = [UTC, ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")]
SETTINGS = [
    Settings(hours_enabled=False, interval_s=120, natural_break_s=60, snooze_s=60,
             notice_ahead_s=10),
    Settings(),
    Settings(hours_enabled=False, interval_s=600, natural_break_s=120, snooze_s=60),
    Settings(work_days=(0, 1, 2, 3, 4, 5, 6), interval_s=900, snooze_limit=1),
    Settings(hours_enabled=False, interval_s=60, notice_ahead_s=30, snooze_limit=0),
]

short = st.integers(1, 300)
ops = st.one_of(
    st.tuples(st.just("wait"), st.one_of(short, short, st.integers(1, 4 * 3600))),
    st.tuples(st.just("idle"), st.one_of(short, st.integers(0, 3 * 3600))),
    st.tuples(st.just("suspend"), st.one_of(short, st.integers(1, 12 * 3600))),
    st.tuples(st.just("lock"), st.booleans()),
    st.tuples(st.just("pause"), st.one_of(st.none(), st.integers(1, 24 * 3600))),
    st.tuples(st.just("resume"), st.none()),
    st.tuples(st.just("snooze"), st.one_of(st.none(), st.integers(1, 3600))),
    st.tuples(st.just("snooze"), st.one_of(st.none(), st.integers(1, 3600))),
    st.tuples(st.just("answer"), st.sampled_from([Outcome.SKIPPED, Outcome.DISMISSED,
                                                   Outcome.SNOOZED, Outcome.COMPLETED])),
    st.tuples(st.just("answer"), st.sampled_from([Outcome.SKIPPED, Outcome.DISMISSED])),
    st.tuples(st.just("start"), st.sampled_from([Kind.STRETCH, Kind.WALK])),
    st.tuples(st.just("end"), st.sampled_from([Outcome.COMPLETED, Outcome.SKIPPED])),
    st.tuples(st.just("dnd"), st.booleans()),
    st.tuples(st.just("settings"), st.integers(0, len(SETTINGS) - 1)),
    st.tuples(st.just("zone"), st.integers(0, len(ZONES) - 1)),
    st.tuples(st.just("jump_back"), st.integers(1, 3 * 3600)),
    st.tuples(st.just("near_wakeup"), st.integers(0, 90)),
    st.tuples(st.just("near_wakeup"), st.integers(0, 90)),
)


@dataclass
class Checker:
    policy: BreakPolicy
    settings: Settings
    tz: tzinfo
    now: datetime = START
    elapsed: float = 0.0  # test-side monotonic seconds
    locked: bool = False
    paused_until: datetime | None = None
    paused: bool = False
    wake_elapsed: float | None = None
    last_prompt_elapsed: float | None = None
    shortest_since_prompt: float | None = None  # smallest explained gap since the last prompt
    voided: bool = False
    prompts: int = 0
    most_snoozes: int = 0  # the largest snooze limit of any settings used so far
    stuck: int = 0  # wake-ups in a row that did not move the clock
    spans: list[SittingSpan] = field(default_factory=list)

    def explain(self, seconds: float) -> None:
        current = self.shortest_since_prompt
        self.shortest_since_prompt = seconds if current is None else min(current, seconds)

    def see(self, effects: list[Effect], at: datetime) -> None:
        for effect in effects:
            if isinstance(effect, ShowPrompt):
                self.check_prompt(at)
            elif isinstance(effect, WithdrawPrompt):
                self.explain(self.settings.snooze_s)
            elif isinstance(effect, NaturalBreak | SittingSpan | WalkReturned):
                assert effect.end >= effect.start, effect
        wake = self.policy.next_wakeup()
        assert wake is None or wake >= at, (wake, at)

    def check_prompt(self, at: datetime) -> None:
        self.prompts += 1
        paused = self.paused and (self.paused_until is None or at < self.paused_until)
        assert not paused, "prompt while paused"
        assert not self.locked, "prompt while locked"
        assert WorkingHours(self.settings, self.tz).inside(at), "prompt outside working hours"
        if self.wake_elapsed is not None:
            assert self.elapsed - self.wake_elapsed >= 60, "prompt within a minute of waking"
        if self.last_prompt_elapsed is not None and not self.voided:
            gap = self.elapsed - self.last_prompt_elapsed
            allowed = self.settings.interval_s
            if self.shortest_since_prompt is not None:
                allowed = min(allowed, self.shortest_since_prompt)
            assert gap >= allowed, f"prompts {gap} s apart, {allowed} s explained"
        self.last_prompt_elapsed = self.elapsed
        self.shortest_since_prompt = None
        self.voided = False

    def move_to(self, target: datetime) -> None:
        """Advance the wall and elapsed clocks, ticking at every wake-up on the way."""
        while True:
            wake = self.policy.next_wakeup()
            if wake is None or wake > target:
                break
            self.wake_at(wake)
        self.forward(target)

    def wake_at(self, wake: datetime) -> list[Effect]:
        """Tick at ``wake`` as the controller's timer would; a policy that asks to be woken
        again and again at the same moment without doing anything is stuck."""
        self.stuck = self.stuck + 1 if wake <= self.now else 0
        assert self.stuck < 50, f"policy makes no progress at {wake}"
        self.forward(wake)
        effects = self.policy.tick(wake)
        self.see(effects, wake)
        return effects

    def forward(self, t: datetime) -> None:
        if t > self.now:
            self.elapsed += (t - self.now).total_seconds()
            self.now = t


def run(checker: Checker, op: str, arg: object) -> None:
    p, now = checker.policy, checker.now
    if op == "wait":
        assert isinstance(arg, int)
        checker.move_to(now + timedelta(seconds=arg))
        checker.see(p.tick(checker.now), checker.now)
    elif op == "idle":
        assert isinstance(arg, int)
        checker.see(p.observe_idle(now, arg), now)
    elif op == "suspend":
        assert isinstance(arg, int)
        end = now + timedelta(seconds=arg)
        checker.now = end  # asleep: no elapsed time for the process, no ticks
        checker.wake_elapsed = checker.elapsed
        checker.see(p.suspended(now, end), end)
    elif op == "lock":
        assert isinstance(arg, bool)
        if checker.locked and not arg:
            checker.wake_elapsed = checker.elapsed
        checker.locked = arg
        checker.see(p.set_locked(now, arg), now)
    elif op == "pause":
        until = None if arg is None else now + timedelta(seconds=int(arg))  # type: ignore[call-overload]
        checker.paused, checker.paused_until = True, until
        checker.see(p.pause(now, until), now)
    elif op == "resume":
        checker.paused = False
        checker.see(p.resume(now), now)
    elif op == "snooze":
        seconds = None if arg is None else int(arg)  # type: ignore[call-overload]
        limit = checker.settings.snooze_limit
        before = p.status(now).snoozes_in_row
        try:
            effects = p.snooze(now, seconds)
        except SnoozeRefused:
            assert before >= limit
            return
        assert before < limit, f"snooze {before + 1} accepted with a limit of {limit}"
        checker.explain(checker.settings.snooze_s if seconds is None else seconds)
        checker.see(effects, now)
    elif op == "answer":
        assert isinstance(arg, Outcome)
        if arg is Outcome.SNOOZED:
            run(checker, "snooze", None)
            return
        if arg is Outcome.DISMISSED:
            checker.explain(checker.settings.snooze_s)
        checker.see(p.answer_prompt(now, arg), now)
    elif op == "start":
        assert isinstance(arg, Kind)
        checker.see(p.start_activity(now, arg), now)
        assert p.activity is arg
    elif op == "end":
        assert isinstance(arg, Outcome)
        checker.see(p.end_activity(now, arg), now)
        assert p.activity is None
    elif op == "dnd":
        assert isinstance(arg, bool)
        checker.see(p.set_dnd(now, arg), now)
    elif op == "settings":
        assert isinstance(arg, int)
        checker.settings = SETTINGS[arg]
        checker.most_snoozes = max(checker.most_snoozes, checker.settings.snooze_limit)
        checker.voided = True
        checker.see(p.update_settings(now, checker.settings), now)
    elif op == "zone":
        assert isinstance(arg, int)
        checker.tz = ZONES[arg]
        checker.see(p.set_timezone(now, checker.tz), now)
    elif op == "near_wakeup":  # land just before the next thing the policy waits for
        assert isinstance(arg, int)
        wake = p.next_wakeup()
        if wake is not None:
            checker.move_to(max(now, wake - timedelta(seconds=arg)))
            checker.see(p.tick(checker.now), checker.now)
    elif op == "jump_back":
        assert isinstance(arg, int)
        checker.now = now - timedelta(seconds=arg)
        checker.see(p.tick(checker.now), checker.now)
    if checker.paused and checker.paused_until is not None and checker.now >= checker.paused_until:
        checker.paused = False
    status = p.status(checker.now)
    assert status.sitting_seconds >= 0
    # A snooze is only taken below the limit in force, so the count never passes the largest.
    assert status.snoozes_in_row <= checker.most_snoozes


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start_settings=st.integers(0, len(SETTINGS) - 1), zone=st.integers(0, len(ZONES) - 1),
       script=st.lists(ops, max_size=60))
def test_random_event_sequences_keep_the_promises(start_settings: int, zone: int,
                                                  script: list[tuple[str, object]]) -> None:
    chosen, tz = SETTINGS[start_settings], ZONES[zone]
    checker = Checker(BreakPolicy(chosen, START, tz), chosen, tz, most_snoozes=chosen.snooze_limit)
    for op, arg in script:
        run(checker, op, arg)
    checker.move_to(checker.now + timedelta(days=2))  # and the policy still runs afterwards
    assert_a_prompt_comes(checker)


def assert_a_prompt_comes(checker: Checker) -> None:
    """Liveness: whatever happened before, a user who is present (not paused, locked, away or
    in do-not-disturb), at any hour, is asked to stand up once an interval of sitting is due,
    with the notice ahead of it when its lead allows one; the quiet minute after an unlock may
    hold both, never longer."""
    always = checker.settings.with_(hours_enabled=False)
    was_locked = checker.locked
    run(checker, "resume", None)
    run(checker, "dnd", False)
    run(checker, "lock", False)
    checker.settings, checker.voided = always, True
    policy, start = checker.policy, checker.now
    checker.see(policy.update_settings(start, always), start)
    checker.see(policy.start_activity(start, Kind.STRETCH), start)
    checker.see(policy.end_activity(start, Outcome.COMPLETED), start)  # a fresh interval
    due = start + timedelta(seconds=always.interval_s)
    quiet_until = start + WAKE_GRACE if was_locked else start
    prompt_at = max(due, quiet_until)
    seen: list[tuple[datetime, Effect]] = []
    while not any(isinstance(e, ShowPrompt) for _, e in seen):
        wake = policy.next_wakeup()
        assert wake is not None and wake <= prompt_at, f"nothing planned by {prompt_at}: {wake}"
        seen += [(wake, e) for e in checker.wake_at(wake)]
    assert [(t, e) for t, e in seen if isinstance(e, ShowPrompt)] == [
        (prompt_at, ShowPrompt(due, snooze_allowed=always.snooze_limit > 0))
    ]
    notices = [(t, e) for t, e in seen if isinstance(e, ShowNotice)]
    ahead = always.notice_ahead_s
    notice_at = max(due - timedelta(seconds=ahead), quiet_until)
    if 0 < 2 * ahead < always.interval_s and notice_at < due:
        assert notices == [(notice_at, ShowNotice(due))]
    else:
        assert notices == []


@settings(max_examples=300, deadline=None)
@given(sat=st.one_of(st.integers(1680, 1800), st.integers(0, 3600)),
       slept=st.one_of(st.integers(1, 400), st.integers(1, 8 * 3600)),
       steps=st.lists(st.integers(1, 120), min_size=1, max_size=40),
       locked=st.booleans())
def test_after_a_wake_no_prompt_in_the_first_minute_and_never_a_burst(
        sat: int, slept: int, steps: list[int], locked: bool) -> None:
    always = Settings(hours_enabled=False)
    policy = BreakPolicy(always, START, UTC)
    asleep_at = START + timedelta(seconds=sat)
    before = policy.tick(asleep_at)
    was_open = policy.prompt_open
    woke = asleep_at + timedelta(seconds=slept)
    if locked:
        policy.set_locked(asleep_at, True)
        effects = policy.set_locked(woke, False)
    else:
        effects = policy.suspended(asleep_at, woke)
    now, prompts = woke, [e for e in effects if isinstance(e, ShowPrompt)]
    assert prompts == []
    for step in steps:
        now += timedelta(seconds=step)
        shown = [e for e in policy.tick(now) if isinstance(e, ShowPrompt)]
        if shown:
            assert now - woke >= timedelta(seconds=60)
        prompts += shown
    assert len(prompts) <= 1  # nobody answered: one prompt, never a burst
    if was_open and slept < always.natural_break_s:
        assert prompts == [] and policy.prompt_open  # the open prompt simply stayed
    assert all(not isinstance(e, ShowPrompt) for e in before[1:])
