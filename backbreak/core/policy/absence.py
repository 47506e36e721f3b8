"""The break policy's rules for being away: idle, the screen lock, sleep, a still user in a
call. Part of :class:`~backbreak.core.policy.machine.BreakPolicy` (its base class), kept apart
so each file stays readable; the facts live in :class:`.Presence`, this decides what they mean.

- Idle at least ``natural_break_s`` is away, from the last input (or a later idle floor: a
  wake-up, a break, a call's end); coming back after that long is a natural break. Shorter
  stillness is sitting (reading).
- Before stillness counts as away, the meeting guard may look for a call (:mod:`.holds`): a
  still user in a call is listening, present; once the call ends the stillness starts again
  from its end.
- Locking the screen or sleeping is away from that moment; unlocking or waking is back.
- During an accepted walk, idle, the lock and sleep tell when the user went and came back
  (for the walk card), not an absence.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from backbreak.core.clock import utc
from backbreak.core.model import Kind
from backbreak.core.policy.holds import Holds
from backbreak.core.policy.posture import PostureClocks
from backbreak.core.policy.presence import Presence
from backbreak.core.policy.timetable import Timetable
from backbreak.core.policy.vocabulary import Effect, NaturalBreak, WithdrawReason
from backbreak.core.settings import Settings

_ZERO = timedelta(0)


def _secs(seconds: float) -> timedelta:
    return timedelta(seconds=seconds)


class AwayRules:
    """The away events and rules of :class:`~backbreak.core.policy.machine.BreakPolicy`, which
    owns the state named here and the steps declared below."""

    _settings: Settings
    _last: datetime
    _time: Timetable
    _clocks: PostureClocks
    _presence: Presence
    _holds: Holds
    _activity: Kind | None
    _prompt_open: bool
    _carry: list[Effect]

    if TYPE_CHECKING:  # BreakPolicy's own steps

        def _advance(self, now: datetime) -> tuple[datetime, list[Effect]]: ...
        def _finish(self, now: datetime, out: list[Effect]) -> list[Effect]: ...
        def _sync_span(self, t: datetime, out: list[Effect]) -> None: ...
        def _accumulating(self) -> bool: ...
        def _reset_clock(self) -> None: ...
        def _withdraw(self, reason: WithdrawReason, out: list[Effect]) -> None: ...

    # ---- events -------------------------------------------------------------------------
    def observe_idle(self, now: datetime, idle_seconds: float) -> list[Effect]:
        """An OS idle sample: seconds since the last keyboard or mouse input."""
        now, out = self._advance(now)
        seen, user = self._presence.read_idle(now, idle_seconds), self._presence
        if self._activity is Kind.WALK:
            user.walk_sample(now, seen, out)
        elif user.idle_away and seen.returned and self._activity is None and not user.locked:
            self._return(seen.returned_at, now, out)
        else:
            self._judge_idle(seen.idle_start, now, out)
        return self._finish(now, out)

    def suspended(self, start: datetime, end: datetime) -> list[Effect]:
        """The machine slept (or the process was frozen) from ``start`` to ``end``."""
        start, end = utc(start), utc(end)
        end = max(start, end)
        out, self._carry = self._carry, []
        if start > self._last:
            out += self._advance(start)[1]
        elif (span_start := self._clocks.open_span()) is not None:
            # the controller ticked after waking before telling us: that was not sitting
            self._clocks.take_back(max(_ZERO, min(self._last, end) - max(start, span_start)))
        self._presence.asleep = True
        self._leave(start)
        self._sync_span(start, out)
        if end > self._last:
            out += self._advance(end)[1]
        self._presence.asleep = False
        now = max(end, self._last)
        self._presence.woke(end)
        if not self._presence.locked:
            self._come_back(end, now, out)
        return self._finish(now, out)

    def set_locked(self, now: datetime, locked: bool) -> list[Effect]:
        now, out = self._advance(now)
        if locked and not self._presence.locked:
            self._presence.locked = True
            self._leave(now)
        elif not locked and self._presence.locked:
            self._presence.locked = False
            self._presence.woke(now)
            self._come_back(now, now, out)
        return self._finish(now, out)

    # ---- internals ----------------------------------------------------------------------
    def _idle_judged(self) -> bool:
        """Whether idleness can make the user away now."""
        return self._activity is None and self._time.inside and self._presence.idle_tells

    def _quiet_at(self, now: datetime, idle_seconds: float | None) -> datetime | None:
        """See :meth:`Holds.quiet_since`; ``None`` when idleness cannot make the user away."""
        if not self._idle_judged():
            return None
        since = None if idle_seconds is None else self._presence.idle_since(now, idle_seconds)
        return self._holds.quiet_since(now, since, self._presence.idle_floor)

    def _next_quiet_look(self) -> datetime | None:
        """While a call keeps the still user present: when to look at it again."""
        return self._holds.next_quiet_look() if self._quiet_at(self._last, None) else None

    def _judge_idle(self, since: datetime, now: datetime, out: list[Effect]) -> None:
        """Idle since ``since`` (as sampled): away once that is ``natural_break_s`` long, unless
        a call keeps the still user present or a look for one is under way."""
        user = self._presence
        since = max(since, user.idle_floor)  # a call's end, a wake-up, a break
        quiet_at = since + _secs(self._settings.natural_break_s)
        if not self._idle_judged() or now < quiet_at:
            self._holds.quiet_at = None
        elif self._holds.may_be_away(quiet_at):
            self._go_away(since, now, out)
            user.idle_away = True

    def _go_away(self, since: datetime, now: datetime, out: list[Effect]) -> None:
        """The user has been away since ``since``: that time was not sitting after all."""
        if (span_start := self._clocks.open_span()) is not None:
            since = max(since, span_start)
            self._clocks.take_back(now - since)
        self._presence.absent_since = since
        self._sync_span(since, out)

    def _return(self, at: datetime, now: datetime, out: list[Effect]) -> None:
        """The absence that began at ``absent_since`` ended at ``at``."""
        assert self._presence.absent_since is not None
        since = self._presence.absent_since
        at = min(max(at, since), now)
        if at - since >= _secs(self._settings.natural_break_s):
            if self._prompt_open:
                self._withdraw(WithdrawReason.AWAY, out)
            out.append(NaturalBreak(since, at))
            self._reset_clock()
        self._presence.back(at)
        self._sync_span(at, out)
        if self._accumulating():
            self._clocks.add(now - at)

    def _leave(self, at: datetime) -> None:
        self._presence.leave(at, self._activity, self._time.inside)

    def _come_back(self, at: datetime, now: datetime, out: list[Effect]) -> None:
        """Unlocked or awake at ``at``: back from the walk, or the absence ends."""
        if self._presence.come_back(at, self._activity, out):
            self._return(at, now, out)
