"""The break policy's status: what it is doing at a moment, and when the next break comes.

Read only. :meth:`BreakPolicy.status <backbreak.core.policy.machine.BreakPolicy.status>` hands
over the parts it owns; nothing here changes them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from backbreak.core.model import Kind
from backbreak.core.policy.holds import Holds
from backbreak.core.policy.posture import PostureClocks
from backbreak.core.policy.presence import Presence
from backbreak.core.policy.timetable import Timetable
from backbreak.core.policy.vocabulary import PolicyState, PolicyStatus, Postponed, StatusDetail

_ZERO = timedelta(0)
_SECOND = timedelta(seconds=1)


def report(
    now: datetime,
    grown: timedelta | None,
    *,
    time: Timetable,
    presence: Presence,
    clocks: PostureClocks,
    holds: Holds,
    prompt_open: bool,
    activity: Kind | None,
    dnd: str | None,
    interval: timedelta,
) -> PolicyStatus:
    """The status at ``now``, ``grown`` being the time counted since the policy's last event
    (``None`` while time does not count) and ``dnd`` the reason while do-not-disturb holds
    prompts back."""
    count, standing = clocks.count, clocks.standing
    added = grown or _ZERO  # nothing while time does not count
    counted = count.elapsed + added
    waiting: tuple[PolicyState, str] | None = None
    if grown is not None and counted >= count.due_after:
        if holds.in_call():
            waiting = PolicyState.WAITING_MEETING, str(holds.call)
        elif holds.screen_covered():  # do-not-disturb in effect, like the desktop's own
            waiting = PolicyState.WAITING_DND, str(holds.screen)
        elif dnd is not None:
            waiting = PolicyState.WAITING_DND, dnd
    state, reason = _state(time, prompt_open, waiting, count.postponed_by)
    remaining = count.due_after - counted
    if activity is not None:
        next_break_at = None
    elif prompt_open:
        next_break_at = now + remaining
    else:
        next_break_at = time.next_break_at(now, remaining, interval, presence.grace_until)
    return PolicyStatus(
        state=state,
        detail=_detail(now, presence, clocks, prompt_open, activity),
        next_break_at=next_break_at,
        sitting_seconds=int((clocks.sitting.elapsed + added * (not standing)) / _SECOND),
        paused_until=time.paused_until,
        snoozes_in_row=count.snoozes,
        waiting_reason=reason,
        posture=clocks.posture,
        standing_seconds=int((clocks.stood + added) / _SECOND) if standing else 0,
    )


def _state(
    time: Timetable,
    prompt_open: bool,
    waiting: tuple[PolicyState, str] | None,
    postponed_by: Postponed | None,
) -> tuple[PolicyState, str]:
    """The state, and what a due break waits for (``waiting``: a call or do-not-disturb)."""
    if time.paused:
        return PolicyState.PAUSED, ""
    if not time.inside:
        return PolicyState.OUTSIDE_HOURS, ""
    if prompt_open:
        return PolicyState.PROMPTING, ""
    if waiting is not None:
        return waiting
    if postponed_by is Postponed.SNOOZE:
        return PolicyState.SNOOZED, ""
    return PolicyState.RUNNING, ""


def _detail(
    now: datetime,
    presence: Presence,
    clocks: PostureClocks,
    prompt_open: bool,
    activity: Kind | None,
) -> StatusDetail | None:
    if activity is not None:
        return StatusDetail.IN_BREAK
    if (detail := presence.detail(now)) is not None:
        return detail
    count = clocks.count
    notice_out = count.notices and not count.notice_pending and not prompt_open
    if notice_out and count.postponed_by is None:
        return StatusDetail.NOTICE
    return None
