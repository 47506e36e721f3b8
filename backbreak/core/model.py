"""The words the history speaks. These strings are part of the export contract (README)."""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class Progress:
    """How far a break's stretch or walk got: what its history row keeps, at a checkpoint
    and at the end (a prompt answered without an activity: none, all zero)."""

    seconds_active: int = 0
    steps_done: int = 0
    steps_total: int = 0


NO_PROGRESS = Progress()
