"""The app's hand on the history: writes that must not be lost, and failures said once.

Every write goes through here. When the store cannot take a write (disk full, read-only folder,
a file from a newer backbreak), the prompt still works: the write waits in memory, the problem is
reported once, and waiting writes are replayed in order when the store takes writes again.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from backbreak.core import weekly
from backbreak.core.model import Kind, Outcome, Source
from backbreak.core.store import HistoryStore, StoreError

log = logging.getLogger(__name__)
Report = Callable[[str], None]
_Op = Callable[[HistoryStore], None]


class HistoryLog:
    def __init__(self, path: Path, report: Report, goal_walk_minutes: int = 20) -> None:
        self.path = path
        self._report = report
        self._reported = False
        self._pending: list[_Op] = []
        self._ids: dict[int, int] = {}  # provisional id (negative) -> real row id
        self._next_provisional = -1
        self.goal_walk_minutes = goal_walk_minutes
        self.store: HistoryStore | None = None
        self.problem = ""
        try:
            self.store = HistoryStore(path)
        except StoreError as e:
            self.problem = str(e)
            self._say(str(e))
            return
        if self.store.recovered_from is not None:
            self._say(
                f"The history file {self.store.recovered_from} could not be read; it was "
                f"kept there and a new history was started in {path}."
            )

    def _say(self, text: str) -> None:
        log.warning("%s", text)
        if not self._reported:
            self._reported = True
            self._report(text)

    # --- writes ------------------------------------------------------------------------------
    def _write(self, op: _Op) -> None:
        self._pending.append(op)
        self.flush()

    def flush(self) -> bool:
        """Replay waiting writes; True when nothing is left waiting."""
        if self.store is None:
            return not self._pending
        while self._pending:
            try:
                self._pending[0](self.store)
            except sqlite3.Error as e:
                self._say(
                    f"The history in {self.path} cannot be written ({e}); "
                    "breaks are kept in memory and written when it works again."
                )
                return False
            self._pending.pop(0)
        if self._reported and self.problem == "":
            log.info("history writes resumed")
        return True

    def open_prompt(self, when: datetime, kind: Kind, source: Source, routine: str | None) -> int:
        provisional = self._next_provisional
        self._next_provisional -= 1

        def op(s: HistoryStore) -> None:
            self._ids[provisional] = s.open_prompt(when, kind, source, routine)

        self._write(op)
        return self._ids.get(provisional, provisional)

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
        if row_id is None:
            return

        def op(s: HistoryStore) -> None:
            real = self._ids.pop(row_id, row_id)
            s.finish(
                real,
                ended_at=when,
                outcome=outcome,
                kind=kind,
                routine=routine,
                seconds_active=max(0, seconds),
                steps_done=steps_done,
                steps_total=steps_total,
            )

        self._write(op)

    def natural_break(self, start: datetime, end: datetime) -> None:
        self._write(lambda s: s.add_natural(start, end) and None)

    def sitting_span(self, start: datetime, end: datetime) -> None:
        if end > start:
            self._write(lambda s: s.add_sitting(start, end))

    def close_open_rows(self) -> None:
        """Prompts left open by a crash or a logout become 'dismissed'."""
        self._write(lambda s: s.close_open(Outcome.DISMISSED) and None)

    def close(self) -> None:
        self.flush()
        if self._pending:
            log.error("%d history writes could not be saved before quitting", len(self._pending))
        if self.store is not None:
            self.store.close()

    # --- reads -------------------------------------------------------------------------------
    def last_routine(self) -> str | None:
        try:
            return self.store.last_routine() if self.store else None
        except sqlite3.Error:
            return None

    def today_counts(self, now: datetime, tz: tzinfo | None) -> tuple[int, int]:
        if self.store is None:
            return 0, 0
        today = weekly.local_date(now, tz)
        try:
            stats = weekly.week_stats(
                self.store, weekly.week_of(today), tz, self.goal_walk_minutes, today
            )
        except sqlite3.Error:
            return 0, 0
        day = stats.days[today.weekday()]
        return day.due, day.taken

    def active_days(
        self, now: datetime, tz: tzinfo | None, days: int = 56
    ) -> list[tuple[date, bool]]:
        """(day, a break was taken) for the last ``days`` days, oldest first (for progression)."""
        if self.store is None:
            return []
        today = weekly.local_date(now, tz)
        first = today - timedelta(days=days - 1)
        taken: set[date] = set()
        try:
            rows = self.store.rows_between(weekly.local_midnight(first, tz), now)
        except sqlite3.Error:
            return []
        for r in rows:
            if r.outcome in (Outcome.COMPLETED, Outcome.PARTIAL) and r.kind is not Kind.NATURAL:
                taken.add(weekly.local_date(r.started_at, tz))
        return [
            (first + timedelta(days=i), first + timedelta(days=i) in taken) for i in range(days)
        ]

    def describe(self) -> str:
        if self.store is None:
            return f"unavailable: {self.problem}"
        if self._pending:
            return f"{self.path} ({len(self._pending)} writes waiting)"
        return str(self.path)
