"""The tray's three states, apart from their drawing (importing the drawing costs start-up)."""

from __future__ import annotations

from enum import Enum


class TrayLook(Enum):
    ACTIVE = "active"
    DUE = "due"
    PAUSED = "paused"
