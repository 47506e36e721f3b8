"""A tiny simulator for the break policy: a FakeClock stepped to each ``next_wakeup()``, a
scripted idle source sampled every 30 s, scheduled user actions and a prompt responder.
A whole simulated week runs in well under a second."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from backbreak.core.clock import FakeClock
from backbreak.core.model import Kind, Outcome
from backbreak.core.policy.machine import BreakPolicy, Effect, ShowPrompt
from backbreak.core.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")
SAMPLE_EVERY = timedelta(seconds=30)

Action = Callable[["Sim", datetime], list[Effect]]
Responder = Callable[["Sim", datetime, ShowPrompt], None]


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0,
          tz: tzinfo = BERLIN) -> datetime:
    """An aware UTC instant for a local wall time in ``tz``."""
    return datetime(year, month, day, hour, minute, tzinfo=tz).astimezone(UTC)


def hm(t: datetime, tz: tzinfo = BERLIN) -> str:
    """``"Mon 08:30"`` for an instant, in ``tz``."""
    return t.astimezone(tz).strftime("%a %H:%M")


class Sim:
    def __init__(self, settings: Settings, start: datetime, tz: tzinfo | None = BERLIN,
                 responder: Responder | None = None) -> None:
        self.clock = FakeClock(start)
        self.policy = BreakPolicy(settings, start, tz)
        self.responder = responder
        self.away: list[tuple[datetime, datetime]] = []  # spells without keyboard or mouse
        self.actions: list[tuple[datetime, Action]] = []
        self.log: list[tuple[datetime, Effect]] = []
        self.next_sample: datetime | None = start

    # ---- scripting ----------------------------------------------------------------------
    def away_between(self, start: datetime, end: datetime) -> None:
        self.away.append((start, end))

    def at(self, when: datetime, action: Action) -> None:
        self.actions.append((when, action))
        self.actions.sort(key=lambda a: a[0])

    def idle_at(self, t: datetime) -> float:
        for start, end in self.away:
            if start <= t < end:
                return (t - start).total_seconds()
        return 0.0

    def suspend(self, start: datetime, end: datetime) -> None:
        """Schedule a suspend: the process sees nothing until ``end``, then learns of it."""
        def wake(sim: Sim, now: datetime) -> list[Effect]:
            return sim.policy.suspended(start, end)
        self.run_until(start)
        self.clock.sleep((end - start).total_seconds())
        self.next_sample = end
        self.record(end, wake(self, end))

    # ---- running ------------------------------------------------------------------------
    def record(self, now: datetime, effects: list[Effect]) -> None:
        for effect in effects:
            self.log.append((now, effect))
        for effect in effects:
            if isinstance(effect, ShowPrompt) and self.responder is not None:
                self.responder(self, now, effect)

    def step_to(self, t: datetime) -> None:
        delta = (t - self.clock.now()).total_seconds()
        if delta > 0:
            self.clock.advance(delta)

    def run_until(self, end: datetime) -> None:
        stuck = 0
        while True:
            now = self.clock.now()
            wake = self.policy.next_wakeup()
            candidates = [end]
            if wake is not None:
                candidates.append(wake)
            if self.next_sample is not None:
                candidates.append(self.next_sample)
            if self.actions:
                candidates.append(self.actions[0][0])
            t = max(min(candidates), now)
            if t >= end and not (self.actions and self.actions[0][0] <= end):
                self.step_to(end)
                self.record(end, self.policy.tick(end))
                return
            stuck = stuck + 1 if t == now else 0
            assert stuck < 50, f"policy makes no progress at {now}"
            self.step_to(t)
            if self.actions and self.actions[0][0] <= t:
                _, action = self.actions.pop(0)
                self.record(t, action(self, t))
            elif self.next_sample is not None and self.next_sample <= t:
                self.record(t, self.policy.observe_idle(t, self.idle_at(t)))
                self.next_sample = t + SAMPLE_EVERY
            else:
                self.record(t, self.policy.tick(t))

    # ---- reading the log ----------------------------------------------------------------
    def of(self, kind: type) -> list[tuple[datetime, Effect]]:
        return [(t, e) for t, e in self.log if isinstance(e, kind)]

    def prompt_times(self, tz: tzinfo = BERLIN) -> list[str]:
        return [hm(t, tz) for t, _ in self.of(ShowPrompt)]


# ---- responders -----------------------------------------------------------------------
def skip_each(sim: Sim, now: datetime, prompt: ShowPrompt) -> None:
    sim.at(now, lambda s, t: s.policy.answer_prompt(t, Outcome.SKIPPED))


def stretch_each(minutes: int) -> Responder:
    """Accept each prompt with a stretch that is completed ``minutes`` later."""
    def respond(sim: Sim, now: datetime, prompt: ShowPrompt) -> None:
        sim.at(now, lambda s, t: s.policy.start_activity(t, Kind.STRETCH))
        sim.at(now + timedelta(minutes=minutes),
               lambda s, t: s.policy.end_activity(t, Outcome.COMPLETED))
    return respond


def snooze_while_allowed(sim: Sim, now: datetime, prompt: ShowPrompt) -> None:
    if prompt.snooze_allowed:
        sim.at(now, lambda s, t: s.policy.snooze(t))
    else:
        skip_each(sim, now, prompt)


def ignore(sim: Sim, now: datetime, prompt: ShowPrompt) -> None:
    """Leave every prompt open."""
