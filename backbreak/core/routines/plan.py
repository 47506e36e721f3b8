"""Using the library: what a scheduled break offers, and a routine's timed player screens.

The level picks the version of each exercise (see ``schema``): *gentle* plays its ``easier``
version and *strong* its ``harder`` one where the data declares them, each at that version's
standard amount; otherwise the exercise itself at the level's amount. The user's cautions and
the pain check-in change the routine first (``adapt``).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from backbreak.core.model import Kind
from backbreak.core.routines.adapt import Swap, adapt, conflicts
from backbreak.core.routines.library import Library
from backbreak.core.routines.schema import (
    Caution,
    Exercise,
    Level,
    Override,
    PlayerStep,
    Position,
    Routine,
)
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


def version_for(
    exercise: Exercise,
    level: Level,
    library: Library,
    cautions: Collection[Caution] = (),
    allowed: Collection[Position] = frozenset(Position),
) -> Exercise:
    """The version of ``exercise`` the level plays: its easier one at gentle, its harder one at
    strong (when declared, without a ticked caution and of a position ``allowed``), else itself."""
    key = {Level.GENTLE: exercise.easier, Level.STRONG: exercise.harder}.get(level)
    version = library.exercises.get(key) if key else None
    if version is None or conflicts(version, cautions) or version.position not in allowed:
        return exercise
    return version


def _exercise_steps(
    exercise: Exercise,
    override: Override | None,
    level: Level,
    walk_s: int | None,
    cites: tuple[str, ...],
) -> list[PlayerStep]:
    step_s = override.step_s if override and override.step_s else exercise.step_s
    amount = _levels_for(exercise, override)[list(Level).index(level)]
    if exercise.position == Position.WALKING and exercise.hold_s is not None and walk_s:
        amount = walk_s
    if exercise.rep_sides:
        amount += amount % 2  # as many repetitions on each side
    rep_s = exercise.rep_s if exercise.pace else step_s
    out: list[PlayerStep] = []
    for i, text in enumerate(exercise.steps):
        work = i >= exercise.setup_steps
        if not work:
            seconds, reps = step_s, None
        elif exercise.reps is not None:
            seconds, reps = amount * rep_s, amount
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
                illustration_end=exercise.illustration_end,
                reps=reps,
                avoid=exercise.avoid,
                position=exercise.position,
                is_work=work,
                pace=exercise.pace if work and reps else (),
                cites=cites,
                rep_sides=exercise.rep_sides if work and reps else (),
            )
        )
    return out


@dataclass(frozen=True)
class Planned:
    """A routine's player screens, and what was changed for the user (to say so once)."""

    steps: tuple[PlayerStep, ...]
    swaps: tuple[Swap, ...] = ()


def planned(
    routine: Routine,
    library: Library,
    level: Level | str,
    walk_s: int | None = None,
    cautions: Collection[Caution] = (),
    worse: Collection[str] = (),
) -> Planned:
    """The player's screens for ``routine`` at ``level`` (gentle, standard or strong), fitted to
    the user's ``cautions`` and to ``worse`` (exercises the pain check-in swaps out).

    ``walk_s``, when given, replaces the hold of walking exercises (the user's walk length).
    The steps may be empty when nothing of the routine suits the user. Raises ValueError for an
    unknown level and KeyError for an exercise the library lacks.
    """
    played = _member(Level, level, "level")
    adapted = adapt(routine, library, cautions, worse)
    out: list[PlayerStep] = []
    for ex_id in adapted.routine.exercise_ids:
        named = library.exercises[ex_id]
        exercise = version_for(named, played, library, cautions, routine.place.positions)
        if exercise is named:
            override, level_played = adapted.routine.override_for(ex_id), played
        else:  # a version: its own timing, at its standard amount
            override, level_played = None, Level.STANDARD
        cites = library.cites(exercise)
        out += _exercise_steps(exercise, override, level_played, walk_s, cites)
    return Planned(tuple(out), adapted.swaps)


def plan(
    routine: Routine,
    library: Library,
    level: Level | str,
    walk_s: int | None = None,
    cautions: Collection[Caution] = (),
) -> list[PlayerStep]:
    """The screens of :func:`planned`, without the swaps."""
    return list(planned(routine, library, level, walk_s, cautions).steps)


def offered_after_prompt(
    routine: Routine, library: Library, cautions: Collection[Caution] = ()
) -> bool:
    """Whether a scheduled break ("time to stand up") may offer ``routine``: something of it
    suits the user, and not all of that is done sitting down (the prompt asked them to stand)."""
    ids = adapt(routine, library, cautions).routine.exercise_ids
    return any(library.exercises[e].position is not Position.SEATED for e in ids)


def pick_next(
    library: Library,
    last_routine: str | None,
    preference: Preference | str,
    last_kind: Kind | str | None,
    cautions: Collection[Caution] = (),
) -> tuple[Kind, str]:
    """What a scheduled break offers: ``(kind, routine id)``, kind being stretch or walk.

    ``preference`` walk always offers the walk, stretch always a desk routine, and
    alternate a walk after a stretch (``last_kind`` stretch) and otherwise a stretch.
    Desk routines rotate in :meth:`Library.desk_routines` order, starting after
    ``last_routine``; pass the last *desk* routine offered (even if walks came since), or
    None. The last one is never repeated unless it is the only desk routine. Only routines
    :func:`offered_after_prompt` take part; with none, the break offers the walk.
    """
    wanted = _member(Preference, preference, "preference")
    desk = [r for r in library.desk_routines() if offered_after_prompt(r, library, cautions)]
    wants_walk = wanted is Preference.WALK or (
        wanted is Preference.ALTERNATE and last_kind == Kind.STRETCH
    )
    if wants_walk or not desk:
        return Kind.WALK, library.walk_routine().id
    ids = [r.id for r in desk]
    following = (ids.index(last_routine) + 1) % len(ids) if last_routine in ids else 0
    return Kind.STRETCH, ids[following]
