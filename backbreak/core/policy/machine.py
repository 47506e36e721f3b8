"""The break policy: when to ask the user to stand up.

A pure object. Every event carries its own time; the policy never reads a clock, sleeps or
touches storage. It answers with effects for the controller to carry out and with
``next_wakeup()``, the one moment something can next happen by time alone.

Sitting time is elapsed (UTC) time while the user is present (not locked, asleep or away:
:mod:`.presence`), inside working hours and not paused (:mod:`.timetable`), and not in a break.
Durations are kept as ``timedelta`` so that stepping to ``next_wakeup()`` lands exactly on the
due moment. While the user says they stand, standing time counts instead, toward a walk
suggestion (see :mod:`.posture`). :mod:`.report` reads these parts for ``status()``.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from backbreak.core.clock import utc
from backbreak.core.model import Kind, Outcome
from backbreak.core.policy.absence import AwayRules
from backbreak.core.policy.holds import Holds
from backbreak.core.policy.pause import until_tomorrow_morning
from backbreak.core.policy.posture import PostureClocks
from backbreak.core.policy.presence import WAKE_GRACE, WALK_AWAY, Presence
from backbreak.core.policy.report import report
from backbreak.core.policy.timetable import Timetable
from backbreak.core.policy.vocabulary import (
    CallDevice,
    Effect,
    NaturalBreak,
    PolicyState,
    PolicyStatus,
    Postponed,
    Posture,
    ScreenInUse,
    Showing,
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

__all__ = [
    "WAKE_GRACE", "WALK_AWAY", "BreakPolicy", "Effect", "NaturalBreak", "PolicyState",
    "PolicyStatus", "Posture", "ScreenInUse", "ShowNotice", "ShowPrompt", "SittingSpan",
    "SnoozeRefused", "StandingSpan", "StatusDetail", "WalkReturned", "WithdrawPrompt",
    "until_tomorrow_morning",
]


def _secs(seconds: float) -> timedelta:
    return timedelta(seconds=seconds)


class BreakPolicy(AwayRules):
    """The policy; its away events and rules (idle, lock, sleep) are in :mod:`.absence`."""

    def __init__(self, settings: Settings, now: datetime, tz: tzinfo | None = None) -> None:
        now = utc(now)
        self._settings = settings
        self._last = now
        self._time = Timetable(WorkingHours(settings, tz), now)  # working hours, a pause
        self._clocks = PostureClocks(settings)  # the sitting and the standing clock
        self._prompt_open = False
        self._activity: Kind | None = None  # a stretch or a walk under way
        self._presence = Presence(now)  # locked, asleep, away, gone on a walk
        self._dnd = False
        self._dnd_reason = ""
        self._holds = Holds(settings)
        self._carry: list[Effect] = []  # effects of a call that then raised
        self._sync_span(now, [])

    # ---- events -------------------------------------------------------------------------
    def tick(self, now: datetime) -> list[Effect]:
        now, out = self._advance(now)
        return self._finish(now, out)

    def set_dnd(self, now: datetime, on: bool, reason: str = "do-not-disturb") -> list[Effect]:
        now, out = self._advance(now)
        self._dnd, self._dnd_reason = on, (reason if on else "")
        return self._finish(now, out)

    def looking_for_call(self) -> None:
        """The controller started a call look that answers later (:meth:`call_seen`): until
        then a due notice or prompt waits, and a long idle spell is not yet judged away. The
        controller answers every look it starts (at worst as unreadable)."""
        self._holds.looking = True

    def call_seen(self, now: datetime, device: CallDevice | None, readable: bool = True) -> None:
        """The controller looked (see :meth:`wants_call_look`): ``device`` in use, or none
        (``readable`` False: nothing could be read). What it means shows with the event the
        controller feeds next, at the same ``now``."""
        now, self._carry = self._advance(now)
        if self._holds.call_seen(now, device, readable):
            self._presence.idle_accounted(now)  # quiet in the call was not away
        if (quiet_at := self._holds.quiet_at) is not None:  # an idle spell waited on this look
            self._judge_idle(quiet_at - _secs(self._settings.natural_break_s), now, self._carry)

    def screen_seen(self, now: datetime, use: ScreenInUse | None) -> None:
        """The controller looked (see :meth:`wants_screen_look`) at the screen: a full-screen
        window, or an application keeping it awake, or neither. Works as :meth:`call_seen`."""
        now, self._carry = self._advance(now)
        self._holds.screen_seen(now, use)

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
        self._presence.break_started(now)  # the user is here: the activity is the break
        return self._finish(now, out)

    def end_activity(self, now: datetime, outcome: Outcome) -> list[Effect]:
        """The break ended (completed, partial or skipped): a full interval starts now."""
        now, out = self._advance(now)
        if self._activity is not None:
            self._activity = None
            self._reset_clock()
            self._presence.break_ended(now, self._time.inside)
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
            raise SnoozeRefused(
                f"already snoozed {count.snoozes} times in a row "
                f"(limit {self._settings.snooze_limit}); take or skip the break"
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
            if self._presence.idle_away and self._presence.absent_since is not None:
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
            self._time.resume()
        else:
            self._time.pause(until)
            if self._prompt_open:
                self._withdraw(WithdrawReason.PAUSED, out)
        return self._finish(now, out)

    def resume(self, now: datetime) -> list[Effect]:
        now, out = self._advance(now)
        self._time.resume()
        return self._finish(now, out)

    def update_settings(self, now: datetime, settings: Settings) -> list[Effect]:
        now, out = self._advance(now)
        self._settings = settings
        self._holds.settings = settings
        self._clocks.retime(settings)
        self._rezone(now, WorkingHours(settings, self._time.hours.tz), out)
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

    def wants_call_look(self, now: datetime, idle_seconds: float | None = None) -> bool:
        """Whether the controller should look for a call (camera, microphone) before its next
        event at ``now``: when a notice or prompt is due, and when the user's idle time (the
        sample ``idle_seconds`` about to be fed, else the last one) would make them away; then,
        while a call holds the break or keeps the still user present, every 15 s."""
        now = max(utc(now), self._last)
        quiet_at = self._quiet_at(now, idle_seconds)
        return self._holds.wants_call_look(now, self._showing(now), quiet_at)

    def wants_screen_look(self, now: datetime) -> bool:
        """Whether the controller should look for a full-screen window: as for a call."""
        return self._holds.wants_screen_look(max(utc(now), self._last), self._showing(now))

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
        candidates = self._time.changes()
        if self._prompt_open and self._presence.absent_since is not None:
            away = self._presence.absent_since + _secs(self._settings.natural_break_s)
            candidates.append(away)
        candidates += [t for t in (self._next_quiet_look(), self._next_showing()) if t is not None]
        return max(self._last, min(candidates)) if candidates else None

    def status(self, now: datetime) -> PolicyStatus:
        """A snapshot at ``now`` (does not change the policy)."""
        now = max(utc(now), self._last)
        return report(
            now,
            now - self._last if self._accumulating() else None,
            time=self._time,
            presence=self._presence,
            clocks=self._clocks,
            holds=self._holds,
            prompt_open=self._prompt_open,
            activity=self._activity,
            dnd=self._dnd_reason if self._dnd_active() else None,
            interval=_secs(self._settings.interval_s),
        )

    # ---- internals ----------------------------------------------------------------------
    def _accumulating(self) -> bool:
        return (
            self._time.inside
            and not self._time.paused
            and self._presence.here
            and self._activity is None
        )

    def _dnd_active(self) -> bool:
        return self._dnd and self._settings.respect_dnd

    def _notice_ahead(self) -> timedelta | None:
        """How long before the prompt its notice goes (``None``: notices are off)."""
        ahead = self._settings.notice_ahead_s
        return _secs(ahead) if ahead > 0 and 2 * ahead < self._settings.interval_s else None

    def _advance(self, now: datetime) -> tuple[datetime, list[Effect]]:
        """Bring the clock to ``now``, crossing working-hours edges and a pause end in order.
        A backwards jump shifts our own reference points and counts as no time."""
        now = utc(now)
        out, self._carry = self._carry, []
        if now < self._last:
            self._presence.rebase(now - self._last)
            self._clocks.rebase(now - self._last)
            self._last = now
            self._rezone(now, self._time.hours, out)
            return now, out
        while (stop := self._time.next_stop(now)) is not None:
            self._accumulate(stop)
            if self._time.pass_stop(stop):
                self._cross_edge(stop, self._time.hours.inside(stop), out)
            self._sync_span(stop, out)
        self._accumulate(now)
        return now, out

    def _accumulate(self, t: datetime) -> None:
        if t > self._last:
            if self._accumulating():
                self._clocks.add(t - self._last)
            self._last = t

    def _rezone(self, now: datetime, hours: WorkingHours, out: list[Effect]) -> None:
        self._time.rezone(now, hours)
        self._cross_edge(now, hours.inside(now), out)
        self._sync_span(now, out)

    def _cross_edge(self, t: datetime, inside: bool, out: list[Effect]) -> None:
        if inside == self._time.inside:
            return
        self._time.inside = inside
        if inside:  # working time begins, seated: the sitting clock starts fresh
            self._sit_down(t, out)
            self._reset_clock()
            self._presence.hours_began(t)
            return
        if self._prompt_open:
            self._withdraw(WithdrawReason.OUTSIDE_HOURS, out)
        self._presence.hours_ended(t, _secs(self._settings.natural_break_s), out)

    def _sync_span(self, t: datetime, out: list[Effect]) -> None:
        """Open or close the sitting or standing span to match whether time counts now."""
        if not self._presence.here:
            self._sit_down(t, out)  # gone: people sit down again on their way back
        out += self._clocks.sync_spans(t, self._accumulating())

    def _sit_down(self, t: datetime, out: list[Effect]) -> None:
        if self._clocks.standing:
            out += self._clocks.sit_down(t)
            self._holds.reset()  # what was seen belongs to the walk suggestion

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
        away_since = self._presence.absent_since
        if self._prompt_open and away_since is not None and now - away_since >= natural:
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

    def _next_showing(self) -> datetime | None:
        """When a notice or prompt can next show by time alone (not while a call look is under
        way: its answer is the next event)."""
        if not self._accumulating() or self._prompt_open or self._dnd_active():
            return None
        if self._holds.looking:
            return None
        moment = self._last + self._clocks.count.to_showing(self._notice_ahead())
        if self._presence.grace_until is not None:
            moment = max(moment, self._presence.grace_until)
        if self._holds.held_until is not None:
            moment = max(moment, self._holds.held_until)
        return moment

    def _showing(self, now: datetime) -> Showing | None:
        """What would be shown at ``now`` (not before the last event), if nothing held it."""
        now = max(utc(now), self._last)
        if (
            not self._accumulating()
            or self._prompt_open
            or self._presence.in_grace(now)
            or self._dnd_active()
        ):
            return None
        count = self._clocks.count
        return count.showing(count.elapsed + (now - self._last), self._notice_ahead())
