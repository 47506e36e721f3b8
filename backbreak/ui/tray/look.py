"""What the tray can show, as plain values: its three looks and one :class:`TrayView` for the
whole icon, tooltip and menu. No Qt here (importing the drawing costs start-up); the app
computes a view (``backbreak.app.tray_view``) and the tray puts it into words and pixels."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from backbreak.core.policy.vocabulary import Posture


class TrayLook(Enum):
    ACTIVE = "active"
    DUE = "due"
    PAUSED = "paused"


class Tooltip(Enum):
    """Which sentence the tooltip (and the menu's first line) says."""

    PAUSED = "paused"  # until resumed
    PAUSED_UNTIL = "paused-until"  # until ``at``
    BREAK_TIME = "break-time"
    WAITING_DND = "waiting-dnd"
    WAITING_MEETING = "waiting-meeting"
    NO_BREAK = "no-break"
    OUTSIDE_HOURS = "outside-hours"  # next break ``at``
    SNOOZED = "snoozed"  # next break ``at``
    NEXT_BREAK = "next-break"  # ``at``, in ``minutes``
    STANDING = "standing"  # a walk is suggested ``at``, in ``minutes``


@dataclass(frozen=True)
class TrayView:
    look: TrayLook
    progress: float  # of the sitting interval, 0..1: the ring around the icon
    tooltip: Tooltip
    at: str = ""  # the moment the tooltip names, as shown ("14:30", "Tue 14:30")
    minutes: int = 0  # from now until ``at``
    resume_shown: bool = False  # "Resume" instead of the pause entries
    snooze_enabled: bool = True
    monochrome: bool = False
    posture: Posture = Posture.SITTING  # the menu offers the other one
