"""What routine files hold: the schema of the TOML files and the types they load into.

Every user-visible word lives in the data files (so it can be translated); the code only
checks (``loading``), collects (``library``) and arranges (``plan``) them. Built-in files ship
as package data under ``backbreak.assets/routines/``; user files are ``*.toml`` anywhere under
the user routines folder. A broken user file is reported (:class:`RoutineProblem`) and
skipped, never raised.

Schema
======
Every file holds exactly one top-level table, which says what the file is: ``[exercise]``,
``[routine]``, or (built-in only) ``[safety]`` or ``[seeds]``. Unknown keys are errors. Ids are
lowercase letters, digits and ``-`` (at most 40 characters). Texts are non-empty single lines,
without bidirectional control characters (they would make the text read differently than it
is).

Exercise::

    [exercise]
    id = "glute-squeeze"
    title = "Standing glute squeeze"
    position = "standing"            # standing | seated | floor | walking
    seed = "000_125f6504fb713911.txt" # the seed article the facts come from (or a list of them)
    # source = "common-practice"     # ... or instead: not from the articles (exactly one of two)
    illustration = "glute-squeeze.svg"  # optional: in assets/illustrations/ (or next to a user
                                        # file); when left out, "<id>.svg" if there is one. It
                                        # names the frames glute-squeeze.start.svg and .end.svg,
                                        # or the still picture glute-squeeze.svg (see ``frames``)
    steps = ["Stand tall ...", "Squeeze ..."]   # one line per player screen, 1 to 8 lines
    setup_steps = 1      # optional, default 1: leading steps that only get you into position
    step_seconds = 5     # seconds for each set-up screen, and for one repetition without pace
    reps = 8             # repetitions per work step at the standard level ...
    # hold_seconds = 20  # ... or seconds to hold each work step: exactly one of the two
    levels = { gentle = 5, strong = 12 }  # same unit; gentle <= standard <= strong
    pace = { tighten = 1, hold = 3, release = 1 }  # optional, reps only: one repetition
    # rep_sides = ["to the right", "to the left"]  # optional, reps only: each repetition
    #                                # works the other side (see below)
    # cautions = ["balance"]         # optional: who should not do it as it is (see below)
    # alternative = "an-exercise-id" # optional: what to do instead when a caution is ticked
    # easier = "an-exercise-id"      # optional: an easier version of the move itself
    # harder = "an-exercise-id"      # optional: a harder version of the move itself

    [exercise.cues]
    feel = ["What you should feel"]       # at least one line
    avoid = ["What to stay away from"]    # may be empty

The player shows one screen per step. The first ``setup_steps`` screens last ``step_seconds``
each. Every later step is a *work* screen: it lasts the hold (``hold_seconds``) or
``reps x`` one repetition, and shows the repetition count. Steps after the first work step are
typically the other side ("Now the left leg").

*Pace* says what one repetition is: its phases in order, in whole seconds (1 to 60 each,
1 to 120 in all), each phase named by one of the words of :class:`Phase`. A phase either moves
(``up``, ``down``, ``reach``, ``return``, ...) or stays (``hold``, ``rest``); moves take the body
from the start pose to the end pose and back, alternately, so a repetition has an even number
of moves and ends where it began. With a pace one repetition lasts the sum of its phases (a
routine's ``step_seconds`` override then times only the set-up screens); without one, it lasts
``step_seconds``. A hold has no pace.

*Sides*: an exercise done on both sides either gives each side a work step of its own (the
player mirrors the pictures on the second one) or, with ``rep_sides``, alternates sides every
repetition (knee rotation, superman). ``rep_sides`` names the two sides in two short lines,
the first as the frames draw it: repetitions 1, 3, 5 ... work the first side and 2, 4, 6 ...
the second, mirrored, and the rep counter says which. Such an exercise has exactly one work
step and an even number of repetitions at every level (as many on each side); a routine's
override or a scaled level is rounded up to an even number.

*Cautions* are the closed set :class:`Caution`: ``bending-backwards``, ``kneeling-wrists``
(kneeling, or weight on the hands or wrists), ``balance`` (standing on one leg, stepping
blind) and ``floor`` (getting down on the floor; implied by ``position = "floor"``). The user
ticks the ones that apply to them in the safety screen; an exercise with a ticked caution is
replaced by its ``alternative`` -- or, when that has a ticked caution too, by the alternative's
own alternative, and so on -- or left out when none fits. So an alternative must exist, must
differ from the exercise, must lack at least one of its cautions (else it is never a safer
swap), and an exercise with an alternative must have a caution.

*Versions*: ``easier`` and ``harder`` name other exercises that are the same move made easier
or harder (a plank on the knees; a bridge on one leg). They must exist and differ from the
exercise; when both ends declare the link they must agree (if A says ``easier = "B"`` and B
says ``harder = ...`` it is A), and following ``easier`` (or ``harder``) never comes back round.
The level picks the version: *gentle* plays the easier version and *strong* the harder one
where declared (each at its own standard amount), and the level's amount otherwise; a version
with a ticked caution, or one the routine's place does not take, is never picked.

Links between files (the seed articles, ``alternative``, ``easier``, ``harder``, a routine's
exercises) are checked once every file is read; a file whose links are broken is skipped.

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

A ``desk`` routine takes no ``floor`` exercise; a ``walk`` routine only ``walking`` ones. A
desk routine done entirely seated is never offered after a "time to stand up" prompt (it can
be started from the tray or the command line). Overrides apply to the exercise the routine
names, not to a version or an alternative played in its place.

Safety (built-in ``safety.toml``)::

    [safety]
    urgent = ["New numbness or weakness in a leg", ...]   # see a doctor now, not exercises
    ask_first = ["You are pregnant", ...]                 # ask a professional first
    lines = ["Stop on sharp pain ...", ...]               # whenever you exercise

Seed articles (built-in ``seeds.toml``): what an exercise's ``seed`` may name, with the
article's title that the player shows::

    [seeds]
    "000_125f6504fb713911.txt" = "Simple habit to help keep your lower back strong and healthy"
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


class Caution(StrEnum):
    """Who should not do an exercise as it is: the boxes of the safety screen (``cautions``)."""

    BENDING_BACKWARDS = "bending-backwards"  # bending backwards hurts
    KNEELING_WRISTS = "kneeling-wrists"  # kneeling or weight on the wrists hurts
    BALANCE = "balance"  # the user's balance is unsteady
    FLOOR = "floor"  # no room or wish to get down on the floor


class Phase(StrEnum):
    """The named parts of one repetition (``pace``): each either moves or stays."""

    UP = "up"
    DOWN = "down"
    LIFT = "lift"
    LOWER = "lower"
    REACH = "reach"
    RETURN = "return"
    BACK = "back"
    FORWARD = "forward"
    TIGHTEN = "tighten"
    RELEASE = "release"
    BREATHE_IN = "breathe-in"
    BREATHE_OUT = "breathe-out"
    HOLD = "hold"
    REST = "rest"

    @property
    def moves(self) -> bool:
        """True for a movement between the poses, False for staying where the body is."""
        return self not in (Phase.HOLD, Phase.REST)


@dataclass(frozen=True)
class PacePhase:
    """One part of a repetition: what it is called and how many seconds it takes."""

    phase: Phase
    seconds: int


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    steps: tuple[str, ...]
    feel: tuple[str, ...]
    avoid: tuple[str, ...]
    position: Position
    seeds: tuple[str, ...]
    """The seed articles it is taken from; empty: common practice, not from the articles."""
    illustration: str
    reps: int | None
    hold_s: int | None
    step_s: int
    setup_steps: int = 1
    levels: tuple[int, int, int] = (1, 1, 1)
    """Amount (reps or hold seconds) for gentle, standard, strong."""
    illustration_path: Path | None = None  # the start frame, or the still picture
    source: str = BUILTIN
    illustration_end: Path | None = None  # the end frame; None: a still picture
    pace: tuple[PacePhase, ...] = ()
    cautions: frozenset[Caution] = frozenset()
    """As declared, plus ``floor`` for a floor exercise."""
    alternative: str | None = None
    easier: str | None = None
    harder: str | None = None
    rep_sides: tuple[str, ...] = ()
    """The two sides when each repetition works the other one (first as drawn); else ()."""

    @property
    def unit(self) -> Unit:
        return Unit.REPS if self.reps is not None else Unit.HOLD

    @property
    def rep_s(self) -> int:
        """Seconds of one repetition: the pace's, else ``step_s``."""
        return sum(p.seconds for p in self.pace) if self.pace else self.step_s


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
class SafetyNote:
    """The built-in safety note (``safety.toml``), in the data's English."""

    urgent: tuple[str, ...]  # signs that mean: see a doctor now, not exercises
    ask_first: tuple[str, ...]  # situations that mean: ask a professional first
    lines: tuple[str, ...]  # whenever you exercise


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
    illustration_end: Path | None = None  # the end frame (``illustration`` is the start)
    pace: tuple[PacePhase, ...] = ()
    """One repetition's phases, on a work screen with repetitions (each lasts their sum)."""
    cites: tuple[str, ...] = ()
    """Titles of the seed articles the exercise comes from; empty: common practice."""
    rep_sides: tuple[str, ...] = ()
    """On a work screen whose repetitions alternate sides: the two sides, first as drawn."""

    @property
    def rep_s(self) -> int | None:
        """Seconds of one repetition on a work screen with repetitions, else None."""
        if not self.reps or not self.is_work:
            return None
        return self.seconds // self.reps


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
