"""What routine files hold: the schema of the TOML files and the types they load into.

Every user-visible word lives in the data files (so it can be translated); the code only
checks (``loading``), collects (``library``) and arranges (``plan``) them. Built-in files ship
as package data under ``backbreak.assets/routines/``; user files are ``*.toml`` anywhere under
the user routines folder. A broken user file is reported (:class:`RoutineProblem`) and
skipped, never raised.

Schema
======
Every file holds exactly one top-level table, which says what the file is: ``[exercise]``,
``[routine]`` or (built-in only) ``[safety]``. Unknown keys are errors. Ids are lowercase
letters, digits and ``-`` (at most 40 characters). Texts are non-empty single lines, without
bidirectional control characters (they would make the text read differently than it is).

Exercise::

    [exercise]
    id = "glute-squeeze"
    title = "Standing glute squeeze"
    position = "standing"            # standing | seated | floor | walking
    seed = "000_125f6504fb713911.txt" # the seed article the facts come from
    illustration = "glute-squeeze.svg"  # in assets/illustrations/ (or next to a user file)
    steps = ["Stand tall ...", "Squeeze ..."]   # one line per player screen, 1 to 8 lines
    setup_steps = 1      # optional, default 1: leading steps that only get you into position
    step_seconds = 5     # seconds for each set-up screen, and for one repetition (1-120)
    reps = 8             # repetitions per work step at the standard level ...
    # hold_seconds = 20  # ... or seconds to hold each work step: exactly one of the two
    levels = { gentle = 5, strong = 12 }  # same unit; gentle <= standard <= strong

    [exercise.cues]
    feel = ["What you should feel"]       # at least one line
    avoid = ["What to stay away from"]    # may be empty

The player shows one screen per step. The first ``setup_steps`` screens last ``step_seconds``
each. Every later step is a *work* screen: it lasts the hold (``hold_seconds``) or
``reps x step_seconds`` and shows the repetition count. Steps after the first work step are
typically the other side ("Now the left leg").

Routine::

    [routine]
    id = "desk-standing"
    title = "Standing reset"
    description = "One line on what this routine is for."
    kind = "desk"                  # the Place: desk (scheduled breaks) | home (on demand) | walk
    exercises = ["glute-squeeze", "standing-knee-to-chest"]   # ids, in order

    [routine.overrides.glute-squeeze]   # optional, per exercise id used in this routine
    step_seconds = 4
    reps = 6                            # or hold_seconds, matching the exercise
    levels = { gentle = 4, strong = 8 } # optional; if left out, the exercise's levels
                                        # are scaled by the same ratio as reps/hold_seconds

A ``desk`` routine takes no ``floor`` exercise; a ``walk`` routine only ``walking`` ones.

Safety (built-in ``safety.toml``)::

    [safety]
    lines = ["Who should ask a professional first ...", "Stop on sharp pain ..."]
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from backbreak.core.text import Text

BUILTIN = "builtin"
"""The ``source`` of an exercise or routine that ships with backbreak."""


class Position(StrEnum):
    """How the body is placed for an exercise (``position``)."""

    STANDING = "standing"
    SEATED = "seated"
    FLOOR = "floor"
    WALKING = "walking"


class Place(StrEnum):
    """Where and when a routine is done: a routine file's ``kind`` key. Not to be confused with
    a break's :class:`~backbreak.core.model.Kind` (stretch, walk, natural)."""

    DESK = "desk"  # scheduled breaks at the desk: no floor exercises
    HOME = "home"  # on demand, anything goes
    WALK = "walk"  # the walk offered on scheduled breaks: walking only

    @property
    def positions(self) -> frozenset[Position]:
        """The exercise positions a routine of this place may hold."""
        if self is Place.DESK:
            return frozenset(Position) - {Position.FLOOR}
        if self is Place.WALK:
            return frozenset({Position.WALKING})
        return frozenset(Position)


class Level(StrEnum):
    """How demanding a routine is played, easiest first (see ``progression``)."""

    GENTLE = "gentle"
    STANDARD = "standard"
    STRONG = "strong"


class Unit(StrEnum):
    """What an exercise counts, named by its key: repetitions or seconds held."""

    REPS = "reps"
    HOLD = "hold_seconds"


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    steps: tuple[str, ...]
    feel: tuple[str, ...]
    avoid: tuple[str, ...]
    position: Position
    seed: str
    illustration: str
    reps: int | None
    hold_s: int | None
    step_s: int
    setup_steps: int = 1
    levels: tuple[int, int, int] = (1, 1, 1)
    """Amount (reps or hold seconds) for gentle, standard, strong."""
    illustration_path: Path | None = None
    source: str = BUILTIN

    @property
    def unit(self) -> Unit:
        return Unit.REPS if self.reps is not None else Unit.HOLD


@dataclass(frozen=True)
class Override:
    """A routine's change to one exercise's timing (see the module docstring)."""

    step_s: int | None = None
    amount: int | None = None  # the standard-level reps or hold seconds
    levels: tuple[int, int, int] | None = None
    unit: Unit | None = None  # which of the two ``amount`` is


@dataclass(frozen=True)
class Routine:
    id: str
    title: str
    description: str
    place: Place
    exercise_ids: tuple[str, ...]
    source: str  # BUILTIN or the user file path
    overrides: tuple[tuple[str, Override], ...] = ()

    def override_for(self, exercise_id: str) -> Override | None:
        return dict(self.overrides).get(exercise_id)


@dataclass(frozen=True)
class PlayerStep:
    """One timed screen of the player."""

    exercise_id: str
    title: str
    instruction: str
    cues: tuple[str, ...]  # what to feel, then what to avoid
    seconds: int
    illustration: Path | None
    reps: int | None
    avoid: tuple[str, ...] = ()  # the "avoid" part of ``cues``, for styling
    position: Position | None = None
    is_work: bool = False  # False for a set-up screen


@dataclass(frozen=True)
class RoutineProblem:
    file: str
    line: int | None
    field: str
    text: Text  # what is wrong, for the user (shown translated in the GUI)

    @property
    def where(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.field}" if self.field else where

    @property
    def message(self) -> str:
        return str(self.text)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"
