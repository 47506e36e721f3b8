"""The guided stretch's player, with the pain check-in's part in it (issue 15): whether the
player asks, what the routine plays instead of an exercise the check-ins swapped out, and what
each answer stores and brings. The rules are ``core.routines.steering``'s; this only feeds them
the history.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo
from functools import partial

from backbreak.core.clock import Clock
from backbreak.core.history.log import HistoryLog
from backbreak.core.history.store_pain import Checkin
from backbreak.core.routines.library import Library, safety_text
from backbreak.core.routines.plan import plan
from backbreak.core.routines.schema import Level, PlayerStep, Routine
from backbreak.core.routines.steering import (
    LOOK_BACK,
    Moment,
    ask_checkin,
    note_for,
    steer,
    swaps_in_force,
)
from backbreak.core.settings import Settings
from backbreak.ui.player.checkin import PainQuestions
from backbreak.ui.player.steering_text import change_line, note_text
from backbreak.ui.player.window import RoutinePlayer


class PainCheckinFlow:
    def __init__(
        self, history: HistoryLog, library: Library, clock: Clock, tz: tzinfo | None
    ) -> None:
        self._history = history
        self._library = library
        self._clock = clock
        self._tz = tz
        self._asked_at: datetime | None = None  # this run's last question, skipped ones too

    def player(
        self, routine: Routine, level: Level, settings: Settings, row_id: int | None
    ) -> RoutinePlayer:
        """The player for ``routine`` on break ``row_id``: its exercises as the check-ins steer
        them, saying what changed, and the check-in when it is asked."""
        played, notes = self.steer(routine)
        steps = plan(played, self._library, level)
        pain = self.questions(settings, row_id, steps)
        return RoutinePlayer(routine.title, steps, safety_text(), pain=pain, notes=notes)

    def _recent(self, now: datetime) -> list[Checkin]:
        return self._history.checkins(now - LOOK_BACK, now + timedelta(days=1))

    def steer(self, routine: Routine) -> tuple[Routine, list[str]]:
        """``routine`` as it plays now, and one line per exercise the check-ins swapped out."""
        now = self._clock.now()
        swaps = swaps_in_force(self._recent(now), now)
        if not swaps:
            return routine, []
        steered, changes = steer(routine, self._library, swaps)
        titles = {e.id: e.title for e in self._library.exercises.values()}
        return steered, [change_line(c, titles) for c in changes]

    def questions(
        self, settings: Settings, row_id: int | None, steps: Sequence[PlayerStep]
    ) -> PainQuestions | None:
        """The check-in for the stretch on break ``row_id``, or None when it is not asked."""
        if row_id is None:  # no history to keep the answers in
            return None
        now = self._clock.now()
        asked = [c.started_at for c in self._recent(now)]
        if self._asked_at is not None:
            asked.append(self._asked_at)
        if not ask_checkin(settings.pain_checkin, max(asked, default=None), now, self._tz):
            return None
        exercises = tuple(dict.fromkeys(s.exercise_id for s in steps))
        return PainQuestions(partial(self._answer, row_id, exercises))

    def _answer(
        self, row_id: int, exercises: tuple[str, ...], moment: Moment, score: int | None
    ) -> str | None:
        """Store a score; the note it brings, if any."""
        now = self._clock.now()
        if moment is Moment.BEFORE:
            self._asked_at = now
        if score is None:
            return None
        if moment is Moment.BEFORE:
            self._history.pain(row_id, before=score, exercises=exercises)
        else:
            self._history.pain(row_id, after=score)
        reason = note_for(self._recent(now), row_id, moment, self._tz)
        return None if reason is None else note_text(reason)
