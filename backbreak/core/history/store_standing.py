"""The standing spans of the history (standing-desk mode): the part of the store that writes and
reads them, as ``store.standing``. Its SQL is in ``store_sql`` (it does not talk to sqlite
itself); it writes through the store's own machinery, so a standing span is held in memory like
any write when the file cannot take it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from backbreak.core.history.held_writes import HeldWrite, Write
from backbreak.core.history.store_sql import (
    ALL_STANDING,
    STANDING_BETWEEN,
    Connection,
    from_micros,
    insert_new_break,
    insert_new_standing,
    to_micros,
)

if TYPE_CHECKING:
    from backbreak.core.history.store import BreakRow

Span = tuple[datetime, datetime]


@dataclass(frozen=True)
class StandingRow:
    """One span of standing, as exported and imported."""

    started_at: datetime  # aware
    ended_at: datetime

    def __post_init__(self) -> None:
        if self.ended_at < self.started_at:
            raise ValueError(f"standing span ends before it starts: {self}")


@dataclass(frozen=True)
class Imported:
    """What an import added, and what it skipped as already stored."""

    rows: int = 0
    duplicate_rows: int = 0
    standing: int = 0
    duplicate_standing: int = 0


class StandingSpans:
    def __init__(
        self,
        write: Callable[[HeldWrite], int | None],
        query: Callable[[str, tuple[object, ...]], list[Any]],
        transaction: Callable[[], AbstractContextManager[Connection]],
    ) -> None:
        self._write = write
        self._query = query
        self._transaction = transaction

    def add(self, start: datetime, end: datetime) -> None:
        """Record one span of continuous standing."""
        row = StandingRow(start, end)
        self._write(
            HeldWrite(
                Write.STANDING,
                started_at=to_micros(row.started_at),
                ended_at=to_micros(row.ended_at),
            )
        )

    def between(self, start: datetime, end: datetime) -> list[Span]:
        """Standing spans that overlap [start, end), unclipped, oldest first."""
        records = self._query(STANDING_BETWEEN, (to_micros(start), to_micros(end)))
        return [(from_micros(int(a)), from_micros(int(b))) for a, b in records]

    def every(self) -> list[StandingRow]:
        """Every standing span, oldest first (for export)."""
        return [
            StandingRow(from_micros(int(a)), from_micros(int(b)))
            for a, b in self._query(ALL_STANDING, ())
        ]

    def import_records(self, records: Iterable[BreakRow | StandingRow]) -> Imported:
        """Break rows and standing spans in ONE transaction (all or nothing). What is already
        stored is skipped: a break with the same (started_at, kind, source), a span with the
        same start and end, so importing a file twice adds nothing."""
        counts = [0, 0, 0, 0]
        with self._transaction() as conn:
            for record in records:
                if isinstance(record, StandingRow):
                    start, end = to_micros(record.started_at), to_micros(record.ended_at)
                    counts[2 if insert_new_standing(conn, start, end) else 3] += 1
                else:
                    counts[0 if insert_new_break(conn, record) else 1] += 1
        return Imported(*counts)
