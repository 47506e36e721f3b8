"""The words the break policy speaks: its states, the effects it asks the controller to carry
out, and its status snapshot. Plain values, no behaviour (see :mod:`.machine`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum, StrEnum


class CallDevice(StrEnum):
    """What the meeting guard saw in use: the ``waiting_reason`` of a break held for a call."""

    CAMERA = "camera"
    MICROPHONE = "microphone"


class ScreenInUse(StrEnum):
    """What the full-screen guard saw: the ``waiting_reason`` of a break held for the screen."""

    FULLSCREEN = "fullscreen"  # the window with the focus covers the screen (X11, sway)
    IDLE_INHIBITED = "idle-inhibited"  # an application keeps the screen awake (GNOME Wayland)


class Showing(Enum):
    """What the policy is about to show."""

    NOTICE = "notice"
    PROMPT = "prompt"


class PolicyState(StrEnum):
    """The ``state`` strings of ``backbreak status --json``."""

    RUNNING = "running"
    PAUSED = "paused"
    SNOOZED = "snoozed"
    PROMPTING = "prompting"
    OUTSIDE_HOURS = "outside-hours"
    WAITING_DND = "waiting-dnd"
    WAITING_MEETING = "waiting-meeting"


class StatusDetail(StrEnum):
    """The ``detail`` strings of ``backbreak status --json``: why the state is what it is."""

    IN_BREAK = "in-break"
    LOCKED = "locked"
    AWAY = "away"
    WAKE_GRACE = "wake-grace"
    NOTICE = "notice"  # the pre-break notice went out
    IDLE_UNKNOWN = "idle-unknown"  # told by the app, not the policy: no idle source here


class Posture(StrEnum):
    """How the user says they work: the ``posture`` of ``backbreak status --json``."""

    SITTING = "sitting"
    STANDING = "standing"


class WithdrawReason(StrEnum):
    """Why an open prompt closed unanswered."""

    AWAY = "away"
    PAUSED = "paused"
    OUTSIDE_HOURS = "outside-hours"
    POSTURE = "posture"  # the user stood up or sat down while it was open


class Postponed(Enum):
    """Why the due moment was moved past the interval."""

    SNOOZE = "snooze"
    DISMISS = "dismiss"  # dismissed or withdrawn: asked again after a snooze's length


@dataclass(frozen=True)
class ShowNotice:
    """Pre-break heads-up, at most once per due break."""

    due_at: datetime


@dataclass(frozen=True)
class ShowPrompt:
    """Show the break prompt now. ``due_at`` is when it became due (earlier if it waited);
    ``through_call`` when it waited for a call to end; ``posture`` standing when it is the
    walk suggested after standing (not a stand-up prompt)."""

    due_at: datetime
    snooze_allowed: bool
    through_call: bool = False
    posture: Posture = Posture.SITTING


@dataclass(frozen=True)
class WithdrawPrompt:
    """The open prompt closes unanswered; record it as dismissed."""

    reason: WithdrawReason


@dataclass(frozen=True)
class NaturalBreak:
    """The user was away at least ``natural_break_s``: a break taken without being asked."""

    start: datetime
    end: datetime


@dataclass(frozen=True)
class SittingSpan:
    """One continuous stretch of sitting ended."""

    start: datetime
    end: datetime


@dataclass(frozen=True)
class StandingSpan:
    """One continuous stretch of standing (said with "I'm standing") ended."""

    start: datetime
    end: datetime


@dataclass(frozen=True)
class WalkReturned:
    """During an accepted walk the user was away from ``start`` and came back at ``end``."""

    start: datetime
    end: datetime


Effect = (
    ShowNotice
    | ShowPrompt
    | WithdrawPrompt
    | NaturalBreak
    | SittingSpan
    | StandingSpan
    | WalkReturned
)


@dataclass(frozen=True)
class PolicyStatus:
    state: PolicyState
    detail: StatusDetail | None
    next_break_at: datetime | None
    sitting_seconds: int
    paused_until: datetime | None
    snoozes_in_row: int
    waiting_reason: str
    posture: Posture = Posture.SITTING
    standing_seconds: int = 0  # since the user stood up (0 while sitting)


class SnoozeRefused(Exception):
    """The snooze limit is reached: the prompt stays until it is answered."""
