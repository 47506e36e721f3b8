"""Which side of the body each player screen works, as far as the picture is concerned.

An exercise done on both sides has one work step per side (see ``schema``: "steps after the
first work step are the other side"): its pictures show the first side, and the player
mirrors them on the other one.
"""

from __future__ import annotations

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
