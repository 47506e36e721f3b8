"""What the tray shows for a policy status: look, ring, tooltip and which entries are on.

Pure (no Qt): the controller hands the result to the tray, which words and draws it.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from backbreak.core.policy.vocabulary import PolicyState, PolicyStatus, Posture
from backbreak.core.settings import Settings
from backbreak.ui.tray.look import Tooltip, TrayLook, TrayView


def tray_view(
    status: PolicyStatus, now: datetime, settings: Settings, tz: tzinfo | None = None
) -> TrayView:
    state = status.state
    resting = state in (PolicyState.PAUSED, PolicyState.OUTSIDE_HOURS)
    tooltip, at, minutes = _tooltip(status, now, tz)
    return TrayView(
        look=_look(state),
        progress=min(1.0, status.sitting_seconds / max(1, settings.interval_s)),
        tooltip=tooltip,
        at=at,
        minutes=minutes,
        resume_shown=state is PolicyState.PAUSED,
        snooze_enabled=not resting,
        monochrome=settings.monochrome_tray,
        posture=status.posture,
    )


def _look(state: PolicyState) -> TrayLook:
    if state in (PolicyState.PAUSED, PolicyState.OUTSIDE_HOURS):
        return TrayLook.PAUSED
    if state in (PolicyState.PROMPTING, PolicyState.WAITING_DND, PolicyState.WAITING_MEETING):
        return TrayLook.DUE
    return TrayLook.ACTIVE


def _tooltip(status: PolicyStatus, now: datetime, tz: tzinfo | None) -> tuple[Tooltip, str, int]:
    """The sentence, the moment it names and the minutes until then."""
    state = status.state
    if state is PolicyState.PAUSED:
        if status.paused_until is None:
            return Tooltip.PAUSED, "", 0
        return Tooltip.PAUSED_UNTIL, clock_time(status.paused_until, now, tz), 0
    if state is PolicyState.PROMPTING:
        return Tooltip.BREAK_TIME, "", 0
    if state is PolicyState.WAITING_DND:
        return Tooltip.WAITING_DND, "", 0
    if state is PolicyState.WAITING_MEETING:
        return Tooltip.WAITING_MEETING, "", 0
    if status.next_break_at is None:
        return Tooltip.NO_BREAK, "", 0
    minutes = max(0, round((status.next_break_at - now).total_seconds() / 60))
    said = {PolicyState.OUTSIDE_HOURS: Tooltip.OUTSIDE_HOURS, PolicyState.SNOOZED: Tooltip.SNOOZED}
    running = Tooltip.STANDING if status.posture is Posture.STANDING else Tooltip.NEXT_BREAK
    return said.get(state, running), clock_time(status.next_break_at, now, tz), minutes


def clock_time(t: datetime, now: datetime, tz: tzinfo | None) -> str:
    """``t`` as the tooltip shows it: "14:30" today, "Tue 14:30" on another day."""
    local = t.astimezone(tz)
    if local.date() == now.astimezone(tz).date():
        return local.strftime("%H:%M")
    return local.strftime("%a %H:%M")
