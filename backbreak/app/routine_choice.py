"""Which routine a break offers and at which level, from the library, the user's preference
and what the history says was done. Pure (no Qt).

The library is read, and the modules that read and plan routines imported, when a break first
needs them, not when the tray starts (tests/bench/README.md: what the tray needs at launch).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, TypeAlias

from backbreak.core.history.log import HistoryLog
from backbreak.core.model import Kind
from backbreak.core.routines.schema import Level, PlayerStep, Routine
from backbreak.core.settings import Preference, Settings

if TYPE_CHECKING:
    from backbreak.core.routines.library import Library

LibrarySource: TypeAlias = "Library | Callable[[], Library]"  # the library, or how to read it


@dataclass(frozen=True)
class Offer:
    """A scheduled break's offer: the rotation's turn, and the stretch the card proposes (the
    same routine, or on a walk's turn a desk routine)."""

    kind: Kind
    routine: Routine
    stretch: Routine


class RoutineChoice:
    def __init__(self, library: LibrarySource, history: HistoryLog) -> None:
        self._library_or_loader = library
        self._history = history
        self._turn: tuple[Kind, str] | None = None  # (kind, routine id), kept until used
        self._last_kind: Kind | None = None

    @property
    def _library(self) -> Library:
        if callable(self._library_or_loader):
            self._library_or_loader = self._library_or_loader()
        return self._library_or_loader

    @property
    def loaded(self) -> bool:
        return not callable(self._library_or_loader)

    def offer(self, preference: Preference | str, walk: bool = False) -> Offer:
        """What the next scheduled break offers; the same until a break starts or
        :meth:`forget` is called. ``walk``: a walk whatever the turn (the walk suggested after
        standing), with the turn's stretch beside it."""
        from backbreak.core.routines.plan import pick_next

        if self._turn is None:
            self._turn = pick_next(
                self._library, self._history.last_routine(), preference, self._last_kind
            )
        kind, routine_id = self._turn
        routine = self._library.get(routine_id)
        stretch = routine if kind is Kind.STRETCH else self.desk_routine()
        if walk:
            return Offer(Kind.WALK, self.walk_routine(), stretch)
        return Offer(kind, routine, stretch)

    def desk_routine(self) -> Routine:
        """A stretch for when the rotation's turn is a walk: not the last one done."""
        desk = self._library.desk_routines()
        last = self._history.last_routine()
        return next((r for r in desk if r.id != last), desk[0])

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
        from backbreak.core.routines.progression import level_for

        return settings.level or level_for(self._history.active_days(now, tz))

    def steps(self, routine: Routine, level: Level, walk_s: int | None = None) -> list[PlayerStep]:
        from backbreak.core.routines.plan import plan

        return plan(routine, self._library, level, walk_s=walk_s)

    def minutes(self, routine: Routine, level: Level) -> int:
        """How long ``routine`` takes at ``level``, in whole minutes (at least 1)."""
        return max(1, round(sum(s.seconds for s in self.steps(routine, level)) / 60))
