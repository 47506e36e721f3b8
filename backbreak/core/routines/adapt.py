"""Fitting a routine to the user: what to play instead of an exercise, and why.

Two reasons change a routine before it is played:

* a **caution** the user ticked in the safety screen (bending backwards hurts, ...) that the
  exercise declares: it is replaced by its ``alternative``, or by the alternative's own
  alternative when that has a ticked caution too, and so on; or left out when none fits;
* **pain**: the pain check-in found the user worse after the exercise; it is replaced by its
  ``easier`` version, else as for a caution by its alternative, or left out.

A replacement is never one with a ticked caution, one the routine's place does not take (no
floor exercise at the desk), or one the routine already plays (it would come twice). Pure:
no Qt, no clock, no files.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from backbreak.core.routines.library import Library
from backbreak.core.routines.schema import Caution, Exercise, Place, Routine


class SwapReason(StrEnum):
    """Why an exercise was replaced or left out."""

    CAUTION = "caution"  # a caution the user ticked in the safety screen
    PAIN = "pain"  # the pain check-in found the user worse after it


@dataclass(frozen=True)
class Swap:
    """One exercise of a routine not played as it stands (titles for the player to say so)."""

    exercise_id: str
    title: str
    reason: SwapReason
    replacement_id: str | None = None  # None: left out
    replacement_title: str | None = None
    cautions: frozenset[Caution] = frozenset()  # the ticked cautions it has (reason CAUTION)
    until: datetime | None = None  # when the pain swap ends, if known (reason PAIN)


def conflicts(exercise: Exercise, ticked: Collection[Caution]) -> frozenset[Caution]:
    """The ticked cautions ``exercise`` has."""
    return exercise.cautions & frozenset(ticked)


def _fits(exercise: Exercise, ticked: Collection[Caution], place: Place | None) -> bool:
    return not conflicts(exercise, ticked) and (
        place is None or exercise.position in place.positions
    )


def swap_for(
    exercise_id: str,
    library: Library,
    reason: SwapReason | str,
    cautions: Collection[Caution] = (),
    place: Place | None = None,
) -> str | None:
    """The exercise to play instead of ``exercise_id``, or None when nothing declared fits.

    For PAIN its easier version comes first; then (both reasons) the chain of alternatives,
    the first that has none of ``cautions`` and that ``place`` (when given) takes. Raises
    KeyError for an exercise the library lacks and ValueError for an unknown reason.
    """
    why = SwapReason(reason)
    exercise = library.exercises[exercise_id]
    if why is SwapReason.PAIN and exercise.easier is not None:
        easier = library.exercises.get(exercise.easier)
        if easier is not None and _fits(easier, cautions, place):
            return easier.id
    seen = {exercise_id}
    following = exercise.alternative
    while following is not None and following not in seen:
        seen.add(following)
        candidate = library.exercises.get(following)
        if candidate is None:
            return None
        if _fits(candidate, cautions, place):
            return candidate.id
        following = candidate.alternative
    return None


@dataclass(frozen=True)
class Adapted:
    """A routine as this user plays it: its exercises after the swaps, and the swaps."""

    routine: Routine
    swaps: tuple[Swap, ...] = ()

    @property
    def empty(self) -> bool:
        """Nothing of the routine suits the user."""
        return not self.routine.exercise_ids


def adapt(
    routine: Routine,
    library: Library,
    cautions: Collection[Caution] = (),
    worse: Collection[str] = (),
) -> Adapted:
    """``routine`` with each exercise that has a ticked caution, or that is in ``worse`` (the
    pain check-in's list; a mapping also says until when), replaced or left out. Overrides stay
    with the exercises they name."""
    ticked = frozenset(cautions)
    playing: list[str] = []
    swaps: list[Swap] = []
    for ex_id in routine.exercise_ids:
        exercise = library.exercises[ex_id]
        clash = conflicts(exercise, ticked)
        if not clash and ex_id not in worse:
            playing.append(ex_id)
            continue
        reason = SwapReason.CAUTION if clash else SwapReason.PAIN
        instead = swap_for(ex_id, library, reason, ticked, routine.place)
        if instead in playing or instead in routine.exercise_ids:
            instead = None  # it is played anyway: once is enough
        if instead is not None:
            playing.append(instead)
        title = library.exercises[instead].title if instead is not None else None
        until = worse.get(ex_id) if isinstance(worse, Mapping) and not clash else None
        swaps.append(Swap(ex_id, exercise.title, reason, instead, title, clash, until))
    kept = tuple((k, o) for k, o in routine.overrides if k in playing)
    return Adapted(replace(routine, exercise_ids=tuple(playing), overrides=kept), tuple(swaps))
