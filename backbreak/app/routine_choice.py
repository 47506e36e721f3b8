"""Which routine a break offers and at which level, from the library, the user's preference
and what the history says was done. Pure (no Qt)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime, tzinfo

from backbreak.control.commands import CommandRefused
from backbreak.core.history.log import HistoryLog
from backbreak.core.model import Kind
from backbreak.core.routines.library import Library
from backbreak.core.routines.plan import Planned, offered_after_prompt, pick_next, planned
from backbreak.core.routines.progression import level_for
from backbreak.core.routines.schema import Caution, Level, PlayerStep, Routine
from backbreak.core.settings import Preference, Settings


@dataclass(frozen=True)
class Offer:
    """A scheduled break's offer: the rotation's turn, and the stretch the card proposes (the
    same routine, or on a walk's turn a desk routine)."""

    kind: Kind
    routine: Routine
    stretch: Routine


class RoutineChoice:
    def __init__(
        self,
        library: Library,
        history: HistoryLog,
        worse: Callable[[], Collection[str]] = frozenset,
    ) -> None:
        """``worse``: the exercises the pain check-in swaps out now (``PainCheckinFlow``)."""
        self._library = library
        self._history = history
        self._worse = worse
        self._turn: tuple[Kind, str] | None = None  # (kind, routine id), kept until used
        self._last_kind: Kind | None = None

    def offer(
        self, preference: Preference | str, cautions: Collection[Caution] = (), walk: bool = False
    ) -> Offer:
        """What the next scheduled break offers; the same until a break starts or
        :meth:`forget` is called. Never a routine done entirely seated, nor one that nothing
        of suits the user's ``cautions``. ``walk``: a walk whatever the turn (the walk
        suggested after standing), with the turn's stretch beside it."""
        if self._turn is None:
            self._turn = pick_next(
                self._library, self._history.last_routine(), preference, self._last_kind, cautions
            )
        kind, routine_id = self._turn
        routine = self._library.get(routine_id)
        stretch = routine if kind is Kind.STRETCH else self.desk_routine(cautions)
        if walk:
            return Offer(Kind.WALK, self.walk_routine(), stretch)
        return Offer(kind, routine, stretch)

    def desk_routine(self, cautions: Collection[Caution] = ()) -> Routine:
        """A stretch for when the rotation's turn is a walk: not the last one done, and one a
        scheduled break may offer (see :func:`offered_after_prompt`) where there is one."""
        desk = self._library.desk_routines()
        fit = [r for r in desk if offered_after_prompt(r, self._library, cautions)] or desk
        last = self._history.last_routine()
        return next((r for r in fit if r.id != last), fit[0])

    def walk_routine(self) -> Routine:
        return self._library.walk_routine()

    def routine(self, routine_id: str) -> Routine:
        """Raises KeyError for an id the library lacks."""
        return self._library.get(routine_id)

    def started(self, kind: Kind) -> None:
        """A break began: the next offer takes its turn after this one."""
        self._turn = None
        self._last_kind = kind

    def forget(self) -> None:
        """The preference may have changed: choose the next offer afresh."""
        self._turn = None

    def level(self, settings: Settings, now: datetime, tz: tzinfo | None) -> Level:
        """The level the user pinned, else the one their history has earned."""
        return settings.level or level_for(self._history.active_days(now, tz))

    def to_start(
        self, routine_id: str | None, settings: Settings, level: Level
    ) -> tuple[Routine, Planned]:
        """The stretch to start now (``routine_id``, or None for the one the next break offers)
        and its screens. CommandRefused for an id the library lacks, or a routine nothing of
        which suits the user's cautions."""
        cautions = settings.cautions
        if routine_id is None:
            routine = self.offer(settings.preference, cautions).stretch
        else:
            try:
                routine = self.routine(routine_id)
            except KeyError:
                raise CommandRefused(
                    f"no routine {routine_id!r}; see 'backbreak routines list'"
                ) from None
        plan = self.planned(routine, level, cautions=cautions)
        if not plan.steps:
            raise CommandRefused(
                f"nothing in routine {routine.id!r} suits the cautions ticked in the safety "
                "screen (Settings, Routines)"
            )
        return routine, plan

    def planned(
        self,
        routine: Routine,
        level: Level,
        walk_s: int | None = None,
        cautions: Collection[Caution] = (),
    ) -> Planned:
        """The player's screens, fitted to the user's ``cautions`` and the pain check-in's
        swaps, and what was changed."""
        worse = self._worse()
        plan = planned(routine, self._library, level, walk_s, cautions, worse)
        if worse and not plan.steps:  # the pain swaps would leave nothing: play it as it is
            plan = planned(routine, self._library, level, walk_s, cautions)
        return plan

    def steps(
        self,
        routine: Routine,
        level: Level,
        walk_s: int | None = None,
        cautions: Collection[Caution] = (),
    ) -> list[PlayerStep]:
        return list(self.planned(routine, level, walk_s, cautions).steps)

    def minutes(self, routine: Routine, level: Level, cautions: Collection[Caution] = ()) -> int:
        """How long ``routine`` takes at ``level``, in whole minutes (at least 1)."""
        steps = self.steps(routine, level, cautions=cautions)
        return max(1, round(sum(s.seconds for s in steps) / 60))
