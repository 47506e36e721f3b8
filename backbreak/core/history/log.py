"""The app's hand on the history: no store failure ever reaches the prompt.

The store itself keeps writes in memory while the file cannot be written (disk full) and
replays them later; this layer turns every remaining failure into one message for the user,
and keeps the app running without history when the file cannot be used at all (written by a
newer backbreak, say), rather than touching it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from backbreak.core.clock import at_local
from backbreak.core.history.store import HistoryStore, StoreError
from backbreak.core.history.store_pain import Checkin
from backbreak.core.model import TAKEN, Kind, Outcome, Source
from backbreak.core.text import Text, problem

if TYPE_CHECKING:  # the statistics are imported when first asked for, not at start-up
    from backbreak.core.history import weekly

log = logging.getLogger(__name__)
Report = Callable[[Text], None]


class HistoryLog:
    def __init__(
        self,
        path: Path,
        report: Report,
        goal_walk_minutes: int = 20,
        recovery_file: Path | None = None,
    ) -> None:
        """``recovery_file``: where writes still held at quit are kept for the next start
        (which imports them); without one they are lost, and the log says so."""
        self.path = path
        self._report = report
        self._said: set[str] = set()  # the English of each problem told
        self.goal_walk_minutes = goal_walk_minutes
        self.store: HistoryStore | None = None
        self.problem: Text | None = None  # why there is no history at all
        try:
            # A read-only or full data folder is not a reason to lose breaks: the store holds
            # them in memory and writes them once the folder can be written.
            self.store = HistoryStore(path, wait_for_write_access=True, recovery_file=recovery_file)
        except StoreError as e:
            self.problem = problem("%1 backbreak keeps running without history.", e.text)
            self._say(self.problem)
            return
        self._check()

    def _say(self, text: Text) -> None:
        """Tell the user (and the log) once per distinct problem: a read-only folder is
        retried every heartbeat, and must not fill the log."""
        if str(text) not in self._said:
            self._said.add(str(text))
            log.warning("%s", text)
            self._report(text)

    def _check(self) -> None:
        """Tell what the store ran into: a damaged file it moved aside (at start, or when a
        store that waited for its folder finally opens), and writes it holds in memory."""
        if self.store is None:
            return
        if self.store.recovered_from is not None:
            self._say(
                problem(
                    "The history file could not be read; it was moved to %1 and a new history "
                    "was started in %2.",
                    self.store.recovered_from,
                    self.path,
                )
            )
        if self.store.write_problem:
            self._say(self.store.write_problem)
        if self.store.recovery_problem:
            self._say(self.store.recovery_problem)

    # --- writes ------------------------------------------------------------------------------
    def open_prompt(
        self, when: datetime, kind: Kind, source: Source, routine: str | None
    ) -> int | None:
        if self.store is None:
            return None
        try:
            return self.store.open_prompt(when, kind, source, routine)
        except StoreError as e:
            self._say(e.text)
            return None
        finally:
            self._check()

    def finish(
        self,
        row_id: int | None,
        when: datetime,
        outcome: Outcome,
        kind: Kind,
        routine: str | None,
        seconds: int,
        steps_done: int,
        steps_total: int,
    ) -> None:
        if self.store is None or row_id is None:
            return
        try:
            self.store.finish(
                row_id,
                ended_at=when,
                outcome=outcome,
                kind=kind,
                routine=routine,
                seconds_active=max(0, seconds),
                steps_done=steps_done,
                steps_total=steps_total,
            )
        except StoreError as e:
            self._say(e.text)
        self._check()

    def checkpoint(
        self,
        row_id: int | None,
        when: datetime,
        kind: Kind,
        routine: str | None,
        seconds: int,
        steps_done: int,
        steps_total: int,
    ) -> None:
        """The progress of the activity under way, so a kill -9 does not lose it."""
        if self.store is None or row_id is None:
            return
        try:
            self.store.checkpoint(
                row_id,
                at=when,
                kind=kind,
                routine=routine,
                seconds_active=max(0, seconds),
                steps_done=steps_done,
                steps_total=steps_total,
            )
        except StoreError as e:
            self._say(e.text)
        self._check()

    def natural_break(self, start: datetime, end: datetime) -> None:
        if self.store is not None:
            try:
                self.store.add_natural(start, end)
            except StoreError as e:
                self._say(e.text)
            self._check()

    def sitting_span(self, start: datetime, end: datetime) -> None:
        if self.store is not None and end > start:
            try:
                self.store.add_sitting(start, end)
            except StoreError as e:
                self._say(e.text)
            self._check()

    def pain(
        self,
        row_id: int | None,
        *,
        before: int | None = None,
        after: int | None = None,
        exercises: tuple[str, ...] | None = None,
    ) -> None:
        """A pain check-in's answer, on the break's row (see ``store_pain``)."""
        if self.store is None or row_id is None:
            return
        try:
            self.store.pain.record(row_id, before=before, after=after, exercises=exercises)
        except StoreError as e:
            self._say(e.text)
        self._check()

    def standing_span(self, start: datetime, end: datetime) -> None:
        if self.store is not None and end > start:
            try:
                self.store.standing.add(start, end)
            except StoreError as e:
                self._say(e.text)
            self._check()

    def close_open_rows(self) -> None:
        """Prompts left open by a crash or a logout become 'dismissed'."""
        if self.store is not None:
            try:
                self.store.close_open(Outcome.DISMISSED)
            except StoreError as e:
                self._say(e.text)

    def flush(self) -> None:
        """Retry writes held in memory (called from the heartbeat; cheap when none wait)."""
        if self.store is not None and self.store.pending_writes:
            if self.store.flush_pending():
                log.info("history writes resumed")
            self._check()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()

    # --- reads -------------------------------------------------------------------------------
    def last_routine(self) -> str | None:
        try:
            return self.store.last_routine() if self.store else None
        except StoreError:
            return None

    def checkins(self, start: datetime, end: datetime) -> list[Checkin]:
        """The check-ins of breaks started in [start, end) (none when it cannot be read)."""
        try:
            return self.store.pain.between(start, end) if self.store else []
        except StoreError:
            return []

    def today_counts(self, now: datetime, tz: tzinfo | None) -> weekly.Counters:
        """Today's counters (all zero when the history cannot be read)."""
        from backbreak.core.history import weekly

        if self.store is None:
            return weekly.Counters()
        today = weekly.local_date(now, tz)
        try:
            stats = weekly.week_stats(
                self.store, weekly.week_of(today), tz, self.goal_walk_minutes, today
            )
        except StoreError:
            return weekly.Counters()
        return stats.days[today.weekday()]

    def active_days(
        self, now: datetime, tz: tzinfo | None, days: int = 56
    ) -> list[tuple[date, bool]]:
        """(day, a break was taken) for the last ``days`` days, oldest first (for progression)."""
        from backbreak.core.history import weekly

        if self.store is None:
            return []
        today = weekly.local_date(now, tz)
        first = today - timedelta(days=days - 1)
        try:
            rows = self.store.rows_between(at_local(first, time(), tz), now)
        except StoreError:
            return []
        taken = {
            weekly.local_date(r.started_at, tz)
            for r in rows
            if r.outcome in TAKEN and r.kind is not Kind.NATURAL
        }
        return [
            (first + timedelta(days=i), first + timedelta(days=i) in taken) for i in range(days)
        ]

    def unreadable_reason(self) -> Text | None:
        """Why the history cannot be shown now, or None when it can."""
        if self.store is None:
            return self.problem
        if not self.store.try_open():
            return self.store.write_problem or problem("%1: cannot open the history", self.path)
        return None

    def describe(self) -> str:
        if self.store is None:
            return f"unavailable: {self.problem}"
        if self.store.pending_writes:
            return f"{self.path} ({self.store.pending_writes} writes waiting)"
        return str(self.path)
