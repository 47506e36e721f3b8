"""The pain check-in's side of the history store: the scores given before and after
a guided stretch, kept on the break's own row (``pain_before``, ``pain_after``, and the
routine's ``exercises`` that steering compares them against).

Part of the store: it writes through the store's held writes (a full disk keeps a score in
memory and in the recovery file like any other write) and reads with the store's query; the
SQL is in ``store_sql``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from backbreak.core.history.held_writes import HeldWrite, Write
from backbreak.core.history.store_sql import CHECKINS_BETWEEN, from_micros, to_micros

PAIN_SCALE = range(0, 11)
"""The scores a check-in takes: 0 (no pain) to 10 (worst pain)."""


@dataclass(frozen=True)
class Checkin:
    """One break's check-in: either score may be missing (skipped, or the routine not done)."""

    row: int
    started_at: datetime  # the break's start, aware UTC
    before: int | None
    after: int | None
    exercises: tuple[str, ...] = ()

    @property
    def paired(self) -> bool:
        return self.before is not None and self.after is not None


class PainScores:
    """``store.pain``: record a check-in's answers, read check-ins back."""

    def __init__(
        self,
        write: Callable[[HeldWrite], int | None],
        query: Callable[[str, tuple[object, ...]], list[Any]],
        started: Callable[[int], int | None],
        known: Callable[[int], bool],
        missing: Callable[[int], Exception],
    ) -> None:
        self._write = write
        self._query = query
        self._started = started
        self._known = known
        self._missing = missing

    def record(
        self,
        row_id: int,
        *,
        before: int | None = None,
        after: int | None = None,
        exercises: Sequence[str] | None = None,
    ) -> None:
        """Set the scores given (None leaves a score as it is) on the break ``row_id``."""
        for name, score in (("before", before), ("after", after)):
            if score is not None and score not in PAIN_SCALE:
                raise ValueError(f"pain {name} must be 0 to 10, got {score}")
        if not self._known(row_id):
            raise self._missing(row_id)
        w = HeldWrite(
            Write.PAIN,
            row=row_id,
            started_at=self._started(row_id),
            pain_before=before,
            pain_after=after,
            exercises=None if exercises is None else " ".join(exercises),
        )
        if self._write(w) == 0:
            raise self._missing(row_id)

    def between(self, start: datetime, end: datetime) -> list[Checkin]:
        """Breaks started in [start, end) with at least one score, oldest first."""
        records = self._query(CHECKINS_BETWEEN, (to_micros(start), to_micros(end)))
        return [
            Checkin(
                row=int(r[0]),
                started_at=from_micros(int(r[1])),
                before=r[2],
                after=r[3],
                exercises=tuple((r[4] or "").split()),
            )
            for r in records
        ]
