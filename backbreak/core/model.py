"""The words the history speaks. These strings are part of the export contract (README)."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    STRETCH = "stretch"
    WALK = "walk"
    NATURAL = "natural"


class Outcome(StrEnum):
    COMPLETED = "completed"
    PARTIAL = "partial"
    SKIPPED = "skipped"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"
    NATURAL = "natural"


class Source(StrEnum):
    SCHEDULED = "scheduled"
    TRAY = "tray"
    CLI = "cli"
    IDLE = "idle"


TAKEN = frozenset({Outcome.COMPLETED, Outcome.PARTIAL})
