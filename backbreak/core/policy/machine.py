"""The break policy: when to ask the user to stand up.

A pure object. Every event carries its own time; the policy never reads a clock, sleeps or
touches storage. It answers with effects for the controller to carry out and with
``next_wakeup()``, the one moment something can next happen by time alone.

Sitting time is elapsed (UTC) time while the user is present: inside working hours, not
paused, not locked or asleep, not away (idle at least ``natural_break_s``) and not in a break.
Idle spells shorter than that count as sitting (reading). Durations are kept as ``timedelta``
so that stepping to ``next_wakeup()`` lands exactly on the due moment. While the user says
they stand, standing time counts instead, toward a walk suggestion (see :mod:`.posture`).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, tzinfo

from backbreak.core.clock import utc
from backbreak.core.model import Kind, Outcome
from backbreak.core.policy.holds import Holds, Showing
from backbreak.core.policy.posture import PostureClocks
from backbreak.core.policy.vocabulary import (
    CallDevice,
    Effect,
    NaturalBreak,
    PolicyState,
    PolicyStatus,
    Postponed,
    Posture,
    ShowNotice,
    ShowPrompt,
    SittingSpan,
    SnoozeRefused,
    StandingSpan,
    StatusDetail,
    WalkReturned,
    WithdrawPrompt,
    WithdrawReason,
)
from backbreak.core.policy.working_hours import WorkingHours
from backbreak.core.settings import Settings

WAKE_GRACE = timedelta(seconds=60)
"""No prompt in the first minute after a wake-up or an unlock."""
WALK_AWAY = timedelta(seconds=60)
"""Idle this long during an accepted walk means the user went; a later input means back."""
_ZERO = timedelta(0)
_SECOND = timedelta(seconds=1)

__all__ = [
    "WAKE_GRACE",
    "WALK_AWAY",
    "BreakPolicy",
    "Effect",
    "NaturalBreak",
    "PolicyState",
    "PolicyStatus",
    "Posture",
    "ShowNotice",
    "ShowPrompt",
    "SittingSpan",
    "SnoozeRefused",
    "StandingSpan",
    "StatusDetail",
    "WalkReturned",
    "WithdrawPrompt",
    "until_tomorrow_morning",
]


def until_tomorrow_morning(now: datetime, settings: Settings, tz: tzinfo | None = None) -> datetime:
    """The next working day's start (08:00 tomorrow when working hours are off)."""
    return WorkingHours(settings, tz).morning_after(utc(now))


def _secs(seconds: float) -> timedelta:
    return timedelta(seconds=seconds)


class BreakPolicy:
    def __init__(self, settings: Settings, now: datetime, tz: tzinfo | None = None) -> None:
        now = utc(now)
        self._settings = settings
        self._hours = WorkingHours(settings, tz)
        self._last = now
        self._inside = self._hours.inside(now)
        self._next_edge = self._hours.next_edge(now)
        self._clocks = PostureClocks(settings)  # the sitting and the standing clock
        self._prompt_open = False
        # what the user is doing
        self._activity: Kind | None = None
        self._walk_away_since: datetime | None = None
        self._walk_returned = False
        self._paused = False
        self._paused_until: datetime | None = None
        self._locked = False
        self._asleep = False
        self._absent_since: datetime | None = None
        self._idle_away = False
        self._prev_idle: float | None = None
        self._prev_sample_at: datetime | None = None
        self._idle_floor = now  # idle from before this moment is already accounted for
        self._grace_until: datetime | None = None
        self._dnd = False
        self._dnd_reason = ""
        self._holds = Holds(settings)
        self._carry: list[Effect] = []  # effects of a call that then raised
        self._sync_span(now, [])

    # ---- events -------------------------------------------------------------------------
    def tick(self, now: datetime) -> list[Effect]:
        now, out = self._advance(now)
        return self._finish(now, out)

    def observe_idle(self, now: datetime, idle_seconds: float) -> list[Effect]:
        """An OS idle sample: seconds since the last keyboard or mouse input."""
        now, out = self._advance(now)
        idle = float(idle_seconds) if math.isfinite(idle_seconds) else 0.0
        idle = max(0.0, idle)
        returned_at = now - _secs(idle)
        idle_start = min(max(returned_at, self._idle_floor), now)
        returned = self._prev_idle is not None and idle < self._prev_idle
        if returned and self._prev_sample_at is not None:
            # the previous sample saw the user idle, so they came back after it
            returned_at = max(returned_at, min(self._prev_sample_at, now))
        self._prev_idle, self._prev_sample_at = idle, now
        natural = _secs(self._settings.natural_break_s)
        if self._activity is Kind.WALK:
            if self._walk_away_since is None and now - idle_start >= WALK_AWAY:
                self._walk_away_since = idle_start
            elif self._walk_away_since is not None and returned:
                self._walk_back(max(returned_at, self._walk_away_since), out)
        elif self._activity is None and not self._locked:
            if self._idle_away and returned:
                self._return(returned_at, now, out)
            elif (
                self._absent_since is None
                and self._inside
                and now - idle_start >= natural
                and not self._holds.in_call()  # in a call without typing is not away
            ):
                self._go_away(idle_start, now, out)
                self._idle_away = True
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
        self._asleep = True
        if self._activity is Kind.WALK and self._walk_away_since is None:
            self._walk_away_since = start
        elif self._activity is None and self._absent_since is None and self._inside:
            self._absent_since = start
        self._sync_span(start, out)
        if end > self._last:
            out += self._advance(end)[1]
        self._asleep = False
        now = max(end, self._last)
        self._woke(end)
        if not self._locked:
            if self._activity is Kind.WALK and self._walk_away_since is not None:
                self._walk_back(end, out)
            elif self._absent_since is not None:
                self._return(end, now, out)
        return self._finish(now, out)

    def set_locked(self, now: datetime, locked: bool) -> list[Effect]:
        now, out = self._advance(now)
        if locked and not self._locked:
            self._locked = True
            if self._activity is Kind.WALK and self._walk_away_since is None:
                self._walk_away_since = now
            elif self._activity is None and self._absent_since is None and self._inside:
                self._absent_since = now
        elif not locked and self._locked:
            self._locked = False
            self._woke(now)
            if self._activity is Kind.WALK and self._walk_away_since is not None:
                self._walk_back(now, out)
            elif self._absent_since is not None:
                self._return(now, now, out)
        return self._finish(now, out)

    def set_dnd(self, now: datetime, on: bool, reason: str = "do-not-disturb") -> list[Effect]:
        now, out = self._advance(now)
        self._dnd = on
        self._dnd_reason = reason if on else ""
        return self._finish(now, out)

    def call_seen(self, now: datetime, device: CallDevice | None) -> None:
        """The controller looked (see :meth:`wants_call_look`): ``device`` in use, or none.
        What it means shows with the event the controller feeds next, at the same ``now``."""
        now, self._carry = self._advance(now)
        if self._holds.call_seen(now, device):
            self._idle_floor = max(self._idle_floor, now)  # quiet in the call was not away

    def input_seen(self, now: datetime, idle_seconds: float | None) -> None:
        """The controller looked (see :meth:`wants_input_look`) at the seconds since the last
        input; ``None`` when this system cannot tell (then nothing waits for a pause). What it
        means shows with the event the controller feeds next, at the same ``now``."""
        now, self._carry = self._advance(now)
        self._holds.input_seen(now, idle_seconds)

    def start_activity(self, now: datetime, kind: Kind) -> list[Effect]:
        """The user began a stretch or a walk (from the prompt, the tray or the CLI)."""
        if kind not in (Kind.STRETCH, Kind.WALK):
            raise ValueError(f"an activity is a stretch or a walk, not {kind!r}")
        now, out = self._advance(now)
        self._prompt_open = False
        self._sit_down(now, out)  # a break ends standing; after it the user counts as sitting
        self._activity = kind
        self._walk_away_since = None
        self._walk_returned = False
        self._absent_since = None  # the user is here: the activity is the break
        self._idle_away = False
        self._idle_floor = now
        return self._finish(now, out)

    def end_activity(self, now: datetime, outcome: Outcome) -> list[Effect]:
        """The break ended (completed, partial or skipped): a full interval starts now."""
        now, out = self._advance(now)
        if self._activity is not None:
            self._activity = None
            self._walk_away_since = None
            self._idle_floor = now
            self._reset_clock()
            if self._locked and self._inside:
                self._absent_since = now
        return self._finish(now, out)

    def answer_prompt(self, now: datetime, outcome: Outcome) -> list[Effect]:
        """Skipped (or done) resets the clock; dismissed re-asks after ``snooze_s`` of sitting;
        snoozed is :meth:`snooze`."""
        if outcome is Outcome.SNOOZED:
            return self.snooze(now)
        now, out = self._advance(now)
        if outcome is Outcome.DISMISSED:
            if self._prompt_open:
                self._prompt_open = False
                self._postpone(Postponed.DISMISS, _secs(self._settings.snooze_s))
        else:
            self._prompt_open = False
            self._reset_clock()
        return self._finish(now, out)

    def snooze(self, now: datetime, seconds: int | None = None) -> list[Effect]:
        """Ask again after ``seconds`` (default ``snooze_s``) more sitting; with no prompt open
        this postpones the next break. Raises :class:`SnoozeRefused` past the limit."""
        if seconds is not None and seconds <= 0:
            raise ValueError(f"a snooze must be longer than 0 s, got {seconds}")
        now, out = self._advance(now)
        count = self._clocks.count
        if count.snoozes >= self._settings.snooze_limit:
            self._carry = out
            limit = self._settings.snooze_limit
            raise SnoozeRefused(
                f"already snoozed {count.snoozes} times in a row "
                f"(limit {limit}); take or skip the break"
            )
        count.snoozes += 1
        self._prompt_open = False
        by = self._settings.snooze_s if seconds is None else seconds
        self._postpone(Postponed.SNOOZE, _secs(by))
        return self._finish(now, out)

    def stand(self, now: datetime) -> list[Effect]:
        """The user says they stand (see :mod:`.posture`); an open prompt closes unanswered.
        Saying so is input: a user away by idleness is back."""
        now, out = self._advance(now)
        if not self._clocks.standing:
            if self._idle_away and self._absent_since is not None:
                self._return(now, now, out)
            if self._prompt_open:
                self._withdraw(WithdrawReason.POSTURE, out)
            self._clocks.stand()
            self._holds.reset()
        return self._finish(now, out)

    def sit(self, now: datetime) -> list[Effect]:
        """The user says they sit again; an open walk suggestion closes unanswered."""
        now, out = self._advance(now)
        if self._clocks.standing:
            if self._prompt_open:
                self._withdraw(WithdrawReason.POSTURE, out)
            self._sit_down(now, out)
        return self._finish(now, out)

    def pause(self, now: datetime, until: datetime | None) -> list[Effect]:
        """No prompts until ``until`` (``None``: until resumed); the sitting clock holds."""
        now, out = self._advance(now)
        until = None if until is None else utc(until)
        if until is not None and until <= now:
            self._paused, self._paused_until = False, None
        else:
            self._paused, self._paused_until = True, until
            if self._prompt_open:
                self._withdraw(WithdrawReason.PAUSED, out)
        return self._finish(now, out)

    def resume(self, now: datetime) -> list[Effect]:
        now, out = self._advance(now)
        self._paused, self._paused_until = False, None
        return self._finish(now, out)

    def update_settings(self, now: datetime, settings: Settings) -> list[Effect]:
        now, out = self._advance(now)
        self._settings = settings
        self._holds.settings = settings
        self._clocks.retime(settings)
        self._rezone(now, WorkingHours(settings, self._hours.tz), out)
        return self._finish(now, out)

    def set_timezone(self, now: datetime, tz: tzinfo | None) -> list[Effect]:
        now, out = self._advance(now)
        self._rezone(now, WorkingHours(self._settings, tz), out)
        return self._finish(now, out)

    # ---- queries ------------------------------------------------------------------------
    @property
    def prompt_open(self) -> bool:
        return self._prompt_open

    @property
    def activity(self) -> Kind | None:
        return self._activity

    def wants_call_look(self, now: datetime) -> bool:
        """Whether the controller should look for a call (camera, microphone) before its next
        event at ``now``: only when a notice or prompt is due, and while one waits for a call,
        every 15 s."""
        return self._holds.wants_call_look(max(utc(now), self._last), self._showing(now))

    def wants_input_look(self, now: datetime) -> bool:
        """Whether the controller should look at the input idle time before its next event at
        ``now``: only when a prompt is due and may wait for a pause in typing."""
        return self._holds.wants_input_look(max(utc(now), self._last), self._showing(now))

    def spans_so_far(self, now: datetime) -> list[Effect]:
        """The sitting or standing span under way, as if it ended at ``now`` (for a quit: the
        app writes it down; the policy is not changed)."""
        return self._clocks.spans_so_far(max(utc(now), self._last))

    def next_wakeup(self) -> datetime | None:
        """The earliest moment something can happen by time alone (never before the last
        event); ``None`` when nothing can (e.g. paused indefinitely)."""
        candidates = [t for t in (self._next_edge, self._paused_until) if t is not None]
        if self._prompt_open and self._absent_since is not None:
            candidates.append(self._absent_since + _secs(self._settings.natural_break_s))
        if self._accumulating() and not self._prompt_open and not self._dnd_active():
            count = self._clocks.count
            moment = self._last + count.remaining
            if count.notice_pending and self._notice_enabled():
                moment -= _secs(self._settings.notice_ahead_s)
            if self._grace_until is not None:
                moment = max(moment, self._grace_until)
            if self._holds.held_until is not None:
                moment = max(moment, self._holds.held_until)
            candidates.append(moment)
        return max(self._last, min(candidates)) if candidates else None

    def status(self, now: datetime) -> PolicyStatus:
        """A snapshot at ``now`` (does not change the policy)."""
        now = max(utc(now), self._last)
        grown = now - self._last if self._accumulating() else _ZERO
        count, standing = self._clocks.count, self._clocks.standing
        counted = count.elapsed + grown
        due_reached = counted >= count.due_after
        waiting = ""
        if self._paused:
            state = PolicyState.PAUSED
        elif not self._inside:
            state = PolicyState.OUTSIDE_HOURS
        elif self._prompt_open:
            state = PolicyState.PROMPTING
        elif due_reached and self._holds.in_call() and self._accumulating():
            state, waiting = PolicyState.WAITING_MEETING, str(self._holds.call)
        elif due_reached and self._dnd_active() and self._accumulating():
            state, waiting = PolicyState.WAITING_DND, self._dnd_reason
        elif count.postponed_by is Postponed.SNOOZE:
            state = PolicyState.SNOOZED
        else:
            state = PolicyState.RUNNING
        return PolicyStatus(
            state=state,
            detail=self._detail(now),
            next_break_at=self._next_break_at(now, counted),
            sitting_seconds=int((self._clocks.sitting.elapsed + grown * (not standing)) / _SECOND),
            paused_until=self._paused_until,
            snoozes_in_row=count.snoozes,
            waiting_reason=waiting,
            posture=self._clocks.posture,
            standing_seconds=int((self._clocks.stood + grown) / _SECOND) if standing else 0,
        )

    # ---- internals ----------------------------------------------------------------------
    def _accumulating(self) -> bool:
        return (
            self._inside
            and not self._paused
            and not self._locked
            and not self._asleep
            and self._absent_since is None
            and self._activity is None
        )

    def _dnd_active(self) -> bool:
        return self._dnd and self._settings.respect_dnd

    def _notice_enabled(self) -> bool:
        ahead = self._settings.notice_ahead_s
        return ahead > 0 and 2 * ahead < self._settings.interval_s

    def _in_grace(self, now: datetime) -> bool:
        return self._grace_until is not None and now < self._grace_until

    def _advance(self, now: datetime) -> tuple[datetime, list[Effect]]:
        """Bring the clock to ``now``, crossing working-hours edges and a pause end in order.
        A backwards jump shifts our own reference points and counts as no time."""
        now = utc(now)
        out, self._carry = self._carry, []
        if now < self._last:
            self._rebase(now - self._last)
            self._rezone(now, self._hours, out)
            return now, out
        while True:
            stops = [t for t in (self._next_edge, self._paused_until) if t is not None and t <= now]
            if not stops:
                break
            stop = min(stops)
            self._accumulate(stop)
            if self._paused_until is not None and self._paused_until <= stop:
                self._paused, self._paused_until = False, None
            if self._next_edge is not None and self._next_edge <= stop:
                self._next_edge = self._hours.next_edge(stop)
                self._cross_edge(stop, self._hours.inside(stop), out)
            self._sync_span(stop, out)
        self._accumulate(now)
        return now, out

    def _accumulate(self, t: datetime) -> None:
        if t > self._last:
            if self._accumulating():
                self._clocks.add(t - self._last)
            self._last = t

    def _rebase(self, delta: timedelta) -> None:
        def shift(t: datetime | None) -> datetime | None:
            return None if t is None else t + delta

        self._grace_until = shift(self._grace_until)
        self._absent_since = shift(self._absent_since)
        self._clocks.rebase(delta)
        self._walk_away_since = shift(self._walk_away_since)
        self._prev_sample_at = shift(self._prev_sample_at)
        self._idle_floor = self._idle_floor + delta
        self._last = self._last + delta

    def _rezone(self, now: datetime, hours: WorkingHours, out: list[Effect]) -> None:
        self._hours = hours
        self._next_edge = hours.next_edge(now)
        self._cross_edge(now, hours.inside(now), out)
        self._sync_span(now, out)

    def _cross_edge(self, t: datetime, inside: bool, out: list[Effect]) -> None:
        if inside == self._inside:
            return
        self._inside = inside
        if inside:  # working time begins, seated: the sitting clock starts fresh
            self._sit_down(t, out)
            self._reset_clock()
            self._idle_floor = t
            if self._locked or self._asleep:
                self._absent_since = t
            return
        if self._prompt_open:
            self._withdraw(WithdrawReason.OUTSIDE_HOURS, out)
        if self._absent_since is not None:
            if t - self._absent_since >= _secs(self._settings.natural_break_s):
                out.append(NaturalBreak(self._absent_since, t))
            self._absent_since, self._idle_away = None, False

    def _sync_span(self, t: datetime, out: list[Effect]) -> None:
        """Open or close the sitting or standing span to match whether time counts now."""
        if self._locked or self._asleep or self._absent_since is not None:
            self._sit_down(t, out)  # gone: people sit down again on their way back
        out += self._clocks.sync_spans(t, self._accumulating())

    def _sit_down(self, t: datetime, out: list[Effect]) -> None:
        if self._clocks.standing:
            out += self._clocks.sit_down(t)
            self._holds.reset()  # what was seen belongs to the walk suggestion

    def _go_away(self, since: datetime, now: datetime, out: list[Effect]) -> None:
        """The user has been away since ``since``: that time was not sitting after all."""
        if (span_start := self._clocks.open_span()) is not None:
            since = max(since, span_start)
            self._clocks.take_back(now - since)
        self._absent_since = since
        self._sync_span(since, out)

    def _return(self, at: datetime, now: datetime, out: list[Effect]) -> None:
        """The absence that began at ``_absent_since`` ended at ``at``."""
        assert self._absent_since is not None
        since = self._absent_since
        at = min(max(at, since), now)
        if at - since >= _secs(self._settings.natural_break_s):
            if self._prompt_open:
                self._withdraw(WithdrawReason.AWAY, out)
            out.append(NaturalBreak(since, at))
            self._reset_clock()
        self._absent_since, self._idle_away = None, False
        self._idle_floor = max(self._idle_floor, at)
        self._sync_span(at, out)
        if self._accumulating():
            self._clocks.add(now - at)

    def _walk_back(self, at: datetime, out: list[Effect]) -> None:
        assert self._walk_away_since is not None
        if not self._walk_returned and at - self._walk_away_since >= WALK_AWAY:
            out.append(WalkReturned(self._walk_away_since, at))
            self._walk_returned = True
        self._walk_away_since = None

    def _woke(self, at: datetime) -> None:
        self._grace_until = at + WAKE_GRACE
        self._idle_floor = max(self._idle_floor, at)
        self._prev_idle = None

    def _reset_clock(self) -> None:
        self._clocks.restart()
        self._holds.reset()

    def _postpone(self, why: Postponed, by: timedelta) -> None:
        self._clocks.count.postpone(why, by)

    def _withdraw(self, reason: WithdrawReason, out: list[Effect]) -> None:
        """Close the open prompt unanswered; like a dismissal, it comes back after a snooze."""
        self._prompt_open = False
        self._postpone(Postponed.DISMISS, _secs(self._settings.snooze_s))
        out.append(WithdrawPrompt(reason))

    def _finish(self, now: datetime, out: list[Effect]) -> list[Effect]:
        self._sync_span(now, out)
        natural = _secs(self._settings.natural_break_s)
        if (
            self._prompt_open
            and self._absent_since is not None
            and now - self._absent_since >= natural
        ):
            self._withdraw(WithdrawReason.AWAY, out)
        showing = self._showing(now)
        if showing is None or self._holds.holding(now, showing):
            return out
        through_call = self._holds.shown(showing)
        count = self._clocks.count
        count.notice_pending = False
        if showing is Showing.NOTICE:
            out.append(ShowNotice(now + count.remaining))
            return out
        self._prompt_open = True
        out.append(
            ShowPrompt(
                now + count.remaining,
                snooze_allowed=count.snoozes < self._settings.snooze_limit,
                through_call=through_call,
                posture=self._clocks.posture,
            )
        )
        return out

    def _showing(self, now: datetime) -> Showing | None:
        """What would be shown at ``now`` (not before the last event), if nothing held it."""
        now = max(utc(now), self._last)
        if (
            not self._accumulating()
            or self._prompt_open
            or self._in_grace(now)
            or self._dnd_active()
        ):
            return None
        count = self._clocks.count
        counted = count.elapsed + (now - self._last)
        if counted >= count.due_after:
            return Showing.PROMPT
        notice_from = count.due_after - _secs(self._settings.notice_ahead_s)
        if count.notice_pending and self._notice_enabled() and counted >= notice_from:
            return Showing.NOTICE
        return None

    def _detail(self, now: datetime) -> StatusDetail | None:
        if self._activity is not None:
            return StatusDetail.IN_BREAK
        if self._locked:
            return StatusDetail.LOCKED
        if self._absent_since is not None:
            return StatusDetail.AWAY
        if self._in_grace(now):
            return StatusDetail.WAKE_GRACE
        count = self._clocks.count
        notice_out = count.notices and not count.notice_pending and not self._prompt_open
        if notice_out and count.postponed_by is None:
            return StatusDetail.NOTICE
        return None

    def _next_break_at(self, now: datetime, counted: timedelta) -> datetime | None:
        """When the next prompt comes, ``counted`` being the posture's countdown at ``now``."""
        interval = _secs(self._settings.interval_s)
        remaining = self._clocks.count.due_after - counted
        if self._activity is not None:
            return None
        if self._prompt_open:
            return now + remaining
        if self._paused:
            if self._paused_until is None:
                return None
            resume = self._paused_until
            if self._hours.inside(resume):
                return resume + max(_ZERO, remaining)
            start = self._hours.next_start(resume)
            return None if start is None else start + interval
        if not self._inside:
            start = self._hours.next_start(now)
            return None if start is None else start + interval
        moment = now + max(_ZERO, remaining)
        if self._grace_until is not None:
            moment = max(moment, self._grace_until)
        if self._next_edge is not None and self._next_edge <= moment:
            start = self._hours.next_start(now)
            return None if start is None else start + interval
        return moment
