"""Whether the user is at the machine: the screen lock, sleep, away by idleness, a walk.

The break policy owns one :class:`Presence` and decides what a return means for the clocks
and an open prompt; this keeps the facts, reads the OS idle samples, and handles leaving and
coming back (the lock, sleep, a walk, the end of working hours). Idle spells shorter than
``natural_break_s`` count as sitting (reading); idle from before :attr:`Presence.idle_floor`
is already accounted for (a break, a wake-up, a call).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from backbreak.core.model import Kind
from backbreak.core.policy.vocabulary import Effect, NaturalBreak, StatusDetail, WalkReturned

WAKE_GRACE = timedelta(seconds=60)
"""No prompt in the first minute after a wake-up or an unlock."""
WALK_AWAY = timedelta(seconds=60)
"""Idle this long during an accepted walk means the user went; a later input means back."""


@dataclass(frozen=True)
class IdleReading:
    """One idle sample, read against the ones before it."""

    idle_start: datetime  # since when the user is idle, not before the idle floor
    returned: bool  # input came since the previous sample
    returned_at: datetime  # when that input came, as near as the samples tell


def _clean(idle_seconds: float) -> float:
    """An idle sample in seconds; nonsense reads as just now."""
    return max(0.0, float(idle_seconds)) if math.isfinite(idle_seconds) else 0.0


class Presence:
    def __init__(self, now: datetime) -> None:
        self.locked = False
        self.asleep = False
        self.absent_since: datetime | None = None  # away (idle, locked, asleep) since
        self.idle_away = False  # the absence was found by idleness, so input ends it
        self.idle_floor = now
        self.grace_until: datetime | None = None
        self.walk_away_since: datetime | None = None  # gone on an accepted walk since
        self.walk_returned = False  # this walk was already reported back
        self._prev_idle: float | None = None
        self._prev_sample_at: datetime | None = None

    @property
    def here(self) -> bool:
        return not self.locked and not self.asleep and self.absent_since is None

    @property
    def idle_tells(self) -> bool:
        """Whether idleness can make the user away (not locked, not away already)."""
        return not self.locked and self.absent_since is None

    def idle_since(self, now: datetime, idle_seconds: float) -> datetime:
        """Since when an idle sample at ``now`` says the user is idle, not before the floor."""
        return min(max(now - timedelta(seconds=_clean(idle_seconds)), self.idle_floor), now)

    def read_idle(self, now: datetime, idle_seconds: float) -> IdleReading:
        """An OS idle sample at ``now``: seconds since the last keyboard or mouse input."""
        idle = _clean(idle_seconds)
        returned_at = now - timedelta(seconds=idle)
        idle_start = min(max(returned_at, self.idle_floor), now)
        returned = self._prev_idle is not None and idle < self._prev_idle
        if returned and self._prev_sample_at is not None:
            # the previous sample saw the user idle, so they came back after it
            returned_at = max(returned_at, min(self._prev_sample_at, now))
        self._prev_idle, self._prev_sample_at = idle, now
        return IdleReading(idle_start, returned, returned_at)

    def idle_accounted(self, until: datetime) -> None:
        """Idle time before ``until`` is not (or no longer) a sign of being away."""
        self.idle_floor = max(self.idle_floor, until)

    def woke(self, at: datetime) -> None:
        """The machine woke or the screen was unlocked at ``at``."""
        self.grace_until = at + WAKE_GRACE
        self.idle_accounted(at)
        self._prev_idle = None

    def in_grace(self, now: datetime) -> bool:
        return self.grace_until is not None and now < self.grace_until

    def leave(self, at: datetime, activity: Kind | None, inside: bool) -> None:
        """The screen locked or the machine slept at ``at``: on a walk, the user went; else
        inside working hours (``inside``), an absence starts."""
        if activity is Kind.WALK and self.walk_away_since is None:
            self.walk_away_since = at
        elif activity is None and self.absent_since is None and inside:
            self.absent_since = at

    def come_back(self, at: datetime, activity: Kind | None, out: list[Effect]) -> bool:
        """Unlocked or awake at ``at``: back from the walk (reported to ``out`` if away long);
        True when an absence ends instead, for the policy to weigh (see ``BreakPolicy``)."""
        if activity is Kind.WALK and self.walk_away_since is not None:
            self.walk_back(at, out)
            return False
        return self.absent_since is not None

    def hours_began(self, t: datetime) -> None:
        """Working hours begin at ``t``: idle before is not away; behind the lock or asleep,
        the user is away from ``t`` on."""
        self.idle_floor = t
        if self.locked or self.asleep:
            self.absent_since = t

    def hours_ended(self, t: datetime, natural: timedelta, out: list[Effect]) -> None:
        """Working hours end at ``t``: an absence ends there, a natural break (to ``out``)
        when it lasted ``natural`` or longer."""
        if self.absent_since is not None:
            if t - self.absent_since >= natural:
                out.append(NaturalBreak(self.absent_since, t))
            self.absent_since, self.idle_away = None, False

    def back(self, at: datetime) -> None:
        """The absence ended at ``at``."""
        self.absent_since, self.idle_away = None, False
        self.idle_accounted(at)

    def break_started(self, now: datetime) -> None:
        """A stretch or a walk began: the user is here, and the break is theirs."""
        self.walk_away_since = None
        self.walk_returned = False
        self.absent_since = None
        self.idle_away = False
        self.idle_floor = now

    def break_ended(self, now: datetime, inside: bool) -> None:
        """The stretch or walk ended at ``now``; behind the lock, inside working hours (``inside``),
        the user is away from then on."""
        self.walk_away_since = None
        self.idle_floor = now
        if self.locked and inside:
            self.absent_since = now

    def walk_sample(self, now: datetime, seen: IdleReading, out: list[Effect]) -> None:
        """An idle sample during an accepted walk: idle :data:`WALK_AWAY` means the user went,
        input after that means back."""
        if self.walk_away_since is None and now - seen.idle_start >= WALK_AWAY:
            self.walk_away_since = seen.idle_start
        elif self.walk_away_since is not None and seen.returned:
            self.walk_back(max(seen.returned_at, self.walk_away_since), out)

    def walk_back(self, at: datetime, out: list[Effect]) -> None:
        """Back at ``at`` from being away on a walk; reported once per walk, if away long."""
        assert self.walk_away_since is not None
        if not self.walk_returned and at - self.walk_away_since >= WALK_AWAY:
            out.append(WalkReturned(self.walk_away_since, at))
            self.walk_returned = True
        self.walk_away_since = None

    def rebase(self, delta: timedelta) -> None:
        """The clock jumped back by ``delta`` (negative): our reference points move with it."""

        def shift(t: datetime | None) -> datetime | None:
            return None if t is None else t + delta

        self.grace_until = shift(self.grace_until)
        self.absent_since = shift(self.absent_since)
        self.walk_away_since = shift(self.walk_away_since)
        self._prev_sample_at = shift(self._prev_sample_at)
        self.idle_floor = self.idle_floor + delta

    def detail(self, now: datetime) -> StatusDetail | None:
        """Why no time counts at ``now``, as far as presence tells."""
        if self.locked:
            return StatusDetail.LOCKED
        if self.absent_since is not None:
            return StatusDetail.AWAY
        if self.in_grace(now):
            return StatusDetail.WAKE_GRACE
        return None
