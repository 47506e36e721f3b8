"""The guided stretch's player with the pain check-in's part in it: which exercises
the check-ins swap out now (``worse``, for the routine choice's plan), whether the player asks,
and what each answer stores and brings. The rules are ``core.routines.steering``'s; this only
feeds them the history.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo
from functools import partial
from typing import TYPE_CHECKING

from backbreak.core.clock import Clock
from backbreak.core.history.log import HistoryLog
from backbreak.core.routines.steering import (
    LOOK_BACK,
    Moment,
    ask_checkin,
    note_for,
    swaps_in_force,
)
from backbreak.core.settings import Settings

if TYPE_CHECKING:  # the player and its check-in come with the first stretch, not at start-up
    from backbreak.core.history.store_pain import Checkin
    from backbreak.core.routines.plan import Planned
    from backbreak.core.routines.schema import PlayerStep
    from backbreak.ui.player.checkin import PainQuestions
    from backbreak.ui.player.window import RoutinePlayer


class PainCheckinFlow:
    def __init__(self, history: HistoryLog, clock: Clock, tz: tzinfo | None) -> None:
        self._history = history
        self._clock = clock
        self._tz = tz
        self._asked_at: datetime | None = None  # this run's last question, skipped ones too

    def _recent(self, now: datetime) -> list[Checkin]:
        return self._history.checkins(now - LOOK_BACK, now + timedelta(days=1))

    def worse(self) -> dict[str, datetime]:
        """The exercises swapped out now, each with when its swap ends: worse after them twice
        in a row, in the last two weeks (the plan plays their easier version or alternative,
        or leaves them out)."""
        now = self._clock.now()
        return {e: s.until for e, s in swaps_in_force(self._recent(now), now).items()}

    def player(
        self, title: str, plan: Planned, settings: Settings, row_id: int | None
    ) -> RoutinePlayer:
        """The player of ``plan`` on break ``row_id``, with the check-in when it is asked."""
        from backbreak.core.routines.library import safety_note
        from backbreak.ui.player.window import RoutinePlayer

        pain = self.questions(settings, row_id, plan.steps)
        return RoutinePlayer(title, plan.steps, note=safety_note(), changes=plan.swaps, pain=pain)

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
        from backbreak.ui.player.checkin import PainQuestions

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
        if reason is None:
            return None
        from backbreak.ui.player.steering_text import note_text

        return note_text(reason)
