"""Which side of the body each player screen works, as far as the picture is concerned.

An exercise done on both sides either has one work step per side (see ``schema``: "steps
after the first work step are the other side") or alternates sides every repetition
(``rep_sides``). Its pictures show the first side; the player mirrors them on the other one:
on every second work screen of an exercise, and on every second repetition of a screen whose
repetitions alternate. Pure.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from backbreak.core.routines.schema import PlayerStep


def other_side(steps: Sequence[PlayerStep]) -> list[bool]:
    """For each screen of a routine: whether it works the other side than the picture shows
    (the second, fourth ... work screen of one exercise in a row)."""
    out: list[bool] = []
    previous = ""
    work = 0
    for step in steps:
        if step.exercise_id != previous:
            previous, work = step.exercise_id, 0
        out.append(step.is_work and work % 2 == 1)
        if step.is_work:
            work += 1
    return out


def repetition_at(step: PlayerStep, elapsed: float) -> int:
    """The repetition (0-based) ``elapsed`` seconds into a work screen with repetitions,
    clamped to the screen; 0 on any other screen."""
    rep_s, reps = step.rep_s, step.reps
    if not rep_s or not reps:
        return 0
    return min(reps - 1, max(0, math.floor(elapsed / rep_s)))


def rep_side(step: PlayerStep, elapsed: float) -> int:
    """Which of ``step.rep_sides`` the repetition at ``elapsed`` works: 0 (the first, as
    drawn) or 1 (the second, mirrored); 0 when the screen's repetitions do not alternate."""
    if not step.rep_sides:
        return 0
    return repetition_at(step, elapsed) % 2


def mirrored_at(step: PlayerStep, other: bool, elapsed: float) -> bool:
    """Whether the picture is mirrored ``elapsed`` seconds into ``step``; ``other``: the
    screen works the other side (:func:`other_side`)."""
    return other != (rep_side(step, elapsed) == 1)

