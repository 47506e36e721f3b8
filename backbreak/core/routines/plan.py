"""Using the library: what a scheduled break offers, and a routine's timed player screens."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from backbreak.core.model import Kind
from backbreak.core.routines.library import Library
from backbreak.core.routines.schema import Exercise, Level, Override, PlayerStep, Position, Routine
from backbreak.core.settings import Preference

E = TypeVar("E", bound=StrEnum)


def _member(enum: type[E], value: str, what: str) -> E:
    """``value`` as a member of ``enum``; ValueError naming the accepted words otherwise."""
    try:
        return enum(value)
    except ValueError:
        words = ", ".join(enum)
        raise ValueError(f"{what} {value!r}: expected one of {words}") from None


def _levels_for(exercise: Exercise, override: Override | None) -> tuple[int, int, int]:
    if override is None or override.amount is None:
        return exercise.levels
    if override.levels is not None:
        return override.levels
    gentle, standard, strong = exercise.levels
    ratio = override.amount / standard
    new_gentle = min(override.amount, max(1, round(gentle * ratio)))
    return (new_gentle, override.amount, max(override.amount, round(strong * ratio)))


def _exercise_steps(
    exercise: Exercise, override: Override | None, level: Level, walk_s: int | None
) -> list[PlayerStep]:
    step_s = override.step_s if override and override.step_s else exercise.step_s
    amount = _levels_for(exercise, override)[list(Level).index(level)]
    if exercise.position == Position.WALKING and exercise.hold_s is not None and walk_s:
        amount = walk_s
    out: list[PlayerStep] = []
    for i, text in enumerate(exercise.steps):
        work = i >= exercise.setup_steps
        if not work:
            seconds, reps = step_s, None
        elif exercise.reps is not None:
            seconds, reps = amount * step_s, amount
        else:
            seconds, reps = amount, None
        out.append(
            PlayerStep(
                exercise_id=exercise.id,
                title=exercise.title,
                instruction=text,
                cues=exercise.feel + exercise.avoid,
                seconds=seconds,
                illustration=exercise.illustration_path,
                reps=reps,
                avoid=exercise.avoid,
                position=exercise.position,
                is_work=work,
            )
        )
    return out


def plan(
    routine: Routine, library: Library, level: Level | str, walk_s: int | None = None
) -> list[PlayerStep]:
    """The player's screens for ``routine`` at ``level`` (gentle, standard or strong).

    ``walk_s``, when given, replaces the hold of walking exercises (the user's walk length).
    Raises ValueError for an unknown level and KeyError for an exercise the library lacks.
    """
    played = _member(Level, level, "level")
    out: list[PlayerStep] = []
    for ex_id in routine.exercise_ids:
        exercise = library.exercises[ex_id]
        out += _exercise_steps(exercise, routine.override_for(ex_id), played, walk_s)
    return out


def pick_next(
    library: Library,
    last_routine: str | None,
    preference: Preference | str,
    last_kind: Kind | str | None,
) -> tuple[Kind, str]:
    """What a scheduled break offers: ``(kind, routine id)``, kind being stretch or walk.

    ``preference`` walk always offers the walk, stretch always a desk routine, and
    alternate a walk after a stretch (``last_kind`` stretch) and otherwise a stretch.
    Desk routines rotate in :meth:`Library.desk_routines` order, starting after
    ``last_routine``; pass the last *desk* routine offered (even if walks came since), or
    None. The last one is never repeated unless it is the only desk routine.
    """
    wanted = _member(Preference, preference, "preference")
    desk = library.desk_routines()
    wants_walk = wanted is Preference.WALK or (
        wanted is Preference.ALTERNATE and last_kind == Kind.STRETCH
    )
    if wants_walk or not desk:
        return Kind.WALK, library.walk_routine().id
    ids = [r.id for r in desk]
    following = (ids.index(last_routine) + 1) % len(ids) if last_routine in ids else 0
    return Kind.STRETCH, ids[following]
