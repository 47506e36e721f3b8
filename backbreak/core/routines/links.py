"""Checks that need more than one file: what an exercise cites and names (seed articles,
``alternative``, ``easier``, ``harder``) and the exercises a routine lists.

Each returns the problems found, placed on the key's line in the file that has it; the
library skips a file with any (see ``library``).
"""

from __future__ import annotations

from collections.abc import Mapping

from backbreak.core.routines.checks import problem_at
from backbreak.core.routines.loading import Parsed
from backbreak.core.routines.schema import Exercise, RoutineProblem
from backbreak.core.text import Text, problem

_OPPOSITE = {"easier": "harder", "harder": "easier"}


def _unknown(ex_id: str, exercises: Mapping[str, Exercise]) -> Text:
    known = ", ".join(sorted(exercises)) or "none are loaded"
    return problem(
        "unknown exercise id %1; expected one of the loaded exercises (%2)", repr(ex_id), known
    )


def exercise_problems(
    parsed: Parsed, file: str, exercises: Mapping[str, Exercise], seeds: Mapping[str, str]
) -> list[RoutineProblem]:
    """What is wrong with an exercise's links, given every exercise loaded (itself included)
    and the known seed articles."""
    exercise = parsed.exercise
    assert exercise is not None
    lines = parsed.key_lines
    out: list[RoutineProblem] = []
    for seed in exercise.seeds:
        if seed not in seeds:
            known = ", ".join(sorted(seeds))
            unknown = problem("unknown seed article %1; expected one of %2", repr(seed), known)
            out.append(problem_at(file, lines, ("exercise", "seed"), unknown))
    for key in ("alternative", "easier", "harder"):
        target_id = getattr(exercise, key)
        if target_id is None:
            continue
        target = exercises.get(target_id)
        if target is None:
            message: Text | None = _unknown(target_id, exercises)
        elif key == "alternative":
            message = _alternative_problem(exercise, target)
        else:
            message = _version_problem(exercise, key, target, exercises)
        if message is not None:
            out.append(problem_at(file, lines, ("exercise", key), message))
    return out


def _alternative_problem(exercise: Exercise, alternative: Exercise) -> Text | None:
    if not exercise.cautions:
        return problem("an alternative is played only for a caution; expected cautions beside it")
    if exercise.cautions <= alternative.cautions:
        shared = ", ".join(sorted(exercise.cautions))
        return problem(
            "alternative %1 has every caution of this exercise (%2), so it is never a safer "
            "swap; expected one without at least one of them",
            repr(alternative.id),
            shared,
        )
    return None


def _version_problem(
    exercise: Exercise, key: str, target: Exercise, exercises: Mapping[str, Exercise]
) -> Text | None:
    back = getattr(target, _OPPOSITE[key])
    if back is not None and back != exercise.id:
        return problem(
            "%1 says %2 = %3, not this exercise; expected the two to agree",
            repr(target.id),
            _OPPOSITE[key],
            repr(back),
        )
    seen = {exercise.id}
    current: Exercise | None = target
    while current is not None:
        if current.id in seen:
            return problem("following %1 comes back to %2; expected no loop", key, repr(current.id))
        seen.add(current.id)
        following = getattr(current, key)
        current = exercises.get(following) if following is not None else None
    return None


def routine_problems(
    parsed: Parsed, file: str, exercises: Mapping[str, Exercise]
) -> list[RoutineProblem]:
    """Problems of a routine that only show against the exercises it names."""
    routine = parsed.routine
    assert routine is not None
    out: list[RoutineProblem] = []
    allowed = routine.place.positions
    for ex_id in routine.exercise_ids:
        exercise = exercises.get(ex_id)
        if exercise is None:
            message = _unknown(ex_id, exercises)
        elif exercise.position not in allowed:
            message = problem(
                "exercise %1 has position %2; a %3 routine takes only %4",
                repr(ex_id),
                exercise.position,
                routine.place,
                ", ".join(sorted(allowed)),
            )
        else:
            continue
        out.append(problem_at(file, parsed.key_lines, ("routine", "exercises"), message))
    for ex_id, override in routine.overrides:
        exercise = exercises.get(ex_id)
        if exercise is None or override.unit is None or override.unit == exercise.unit:
            continue
        where = ("routine", "overrides", ex_id, override.unit)
        counts = problem("exercise %1 counts %2, not %3", repr(ex_id), exercise.unit, override.unit)
        out.append(problem_at(file, parsed.key_lines, where, counts))
    return out
