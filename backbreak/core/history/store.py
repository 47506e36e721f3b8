"""The history store: every prompt, its outcome, and the sitting and standing spans, in one
SQLite file (the standing spans' side of it in ``store_standing``, the opening, migrating and
recovering of the file in ``store_opening``).

All SQL of the project lives in this module, ``store_opening`` and ``store_sql`` (the schema,
and the SQL of each write). Timestamps are stored as whole microseconds
since the Unix epoch, UTC (exact, compact, and compared as integers by the indexes); days are
a matter for the reader (``core.weekly``), which knows the user's time zone.

Durability: WAL journal with ``synchronous=FULL``, every write in its own transaction, so a
kill -9 or a power cut loses at most the write that was under way, never a committed row; an
activity under way is checkpointed (``checkpoint``), so a kill -9 costs at most the progress
since. Writes the file cannot take (a full disk, a read-only folder) are held in memory and
written later; what is still held at ``close`` goes to a recovery file (``held_writes``) that
the next start imports.
Schema versions live in ``PRAGMA user_version`` and only move forward through ``MIGRATIONS``.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from backbreak.core.clock import utc
from backbreak.core.history.held_writes import CREATES_ROW, HeldWrite, RecoveryFile, Write
from backbreak.core.history.store_opening import NewerSchemaError as NewerSchemaError
from backbreak.core.history.store_opening import NotOpen, StoreOpening
from backbreak.core.history.store_opening import StoreError as StoreError
from backbreak.core.history.store_pain import PainScores
from backbreak.core.history.store_sql import (
    APPLY,
    from_micros,
    insert_new_break,
    to_micros,
)
from backbreak.core.history.store_sql import MIGRATIONS as MIGRATIONS
from backbreak.core.history.store_sql import SCHEMA_VERSION as SCHEMA_VERSION
from backbreak.core.history.store_standing import StandingSpans
from backbreak.core.model import Kind, Outcome, Source
from backbreak.core.text import Text, problem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BreakRow:
    id: int | None
    started_at: datetime  # aware UTC
    ended_at: datetime | None
    kind: Kind
    routine: str | None
    outcome: Outcome | None  # None while the prompt is still open (unanswered)
    seconds_active: int
    source: Source
    steps_done: int = 0
    steps_total: int = 0
    pain_before: int | None = None  # the check-in's scores, 0 to 10 (store_pain)
    pain_after: int | None = None
    exercises: tuple[str, ...] = ()  # the checked-in routine's exercises, which steering reads


_COLUMNS = (
    "id, started_at, ended_at, kind, routine, outcome, seconds_active, source, "
    "steps_done, steps_total, pain_before, pain_after, exercises"
)
_Record = tuple[
    int,
    int,
    int | None,
    str,
    str | None,
    str | None,
    int,
    str,
    int,
    int,
    int | None,
    int | None,
    str | None,
]


def _row(r: _Record) -> BreakRow:
    return BreakRow(
        id=r[0],
        started_at=from_micros(r[1]),
        ended_at=None if r[2] is None else from_micros(r[2]),
        kind=Kind(r[3]),
        routine=r[4],
        outcome=None if r[5] is None else Outcome(r[5]),
        seconds_active=r[6],
        source=Source(r[7]),
        steps_done=r[8],
        steps_total=r[9],
        pain_before=r[10],
        pain_after=r[11],
        exercises=tuple((r[12] or "").split()),
    )


class HistoryStore(StoreOpening):
    """Open (creating or migrating) the history at ``path``.

    A file that is not a readable SQLite database is moved aside to
    ``<name>.corrupt-YYYYmmddTHHMMSS`` and a fresh store is started; ``recovered_from`` then
    holds the moved file so the app can tell the user once. A file written by a newer schema
    raises :class:`NewerSchemaError` and is not touched.
    """

    def __init__(
        self,
        path: Path,
        *,
        wait_for_write_access: bool = False,
        recovery_file: Path | None = None,
    ) -> None:
        self.path = Path(path)
        self.recovered_from: Path | None = None
        self.write_problem: Text | None = None  # set once when writes start failing
        self._pending: list[HeldWrite] = []
        self._ids: dict[int, int] = {}  # provisional id -> real id, once written
        self._started: dict[int, int] = {}  # id -> started_at of rows opened here (a key)
        self._next_provisional = 0
        self._recovery = None if recovery_file is None else RecoveryFile(recovery_file, self.path)
        self._conn: sqlite3.Connection | None = None
        self.pain = PainScores(
            self._write,
            self._query,
            self._started.get,
            self._known,
            lambda row: StoreError(problem("%1: no history row with id %2", self.path, row)),
        )
        self.standing = StandingSpans(self._write, self._query, self._transaction)
        try:
            self._conn = self._connect()
        except NewerSchemaError:
            raise
        except StoreError as e:
            # A read-only or full data folder: with ``wait_for_write_access`` the store starts
            # unopened, holds writes in memory like a full disk, and opens on a later write.
            if not wait_for_write_access:
                raise
            self._note_write_problem(e.text)
        self._load_recovery()

    # -- writing ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _raw_transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; sqlite3 errors pass through (after the rollback)."""
        conn = self._connection()
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            with self._raw_transaction() as conn:
                yield conn
        except sqlite3.Error as e:
            raise StoreError(problem("%1: could not write the history: %2", self.path, e)) from None

    # The prompt must keep working when the disk is full or the folder read-only: such a
    # write is kept in memory as a HeldWrite, in order, and written by the next write or by
    # flush_pending(); at close, what is still held goes to the recovery file. A held
    # open_prompt/add_natural returns a provisional negative id that finish() accepts. Rows in
    # the buffer are not yet visible to the read methods.

    def _write(self, w: HeldWrite) -> int | None:
        """Write ``w`` now, or hold it. Written: what its SQL returned (the new row's id, or the
        number of rows changed). Held: the provisional id of the row it creates, else None."""
        if self._pending:
            self.flush_pending()
        if not self._pending:
            try:
                with self._raw_transaction() as conn:
                    return APPLY[w.write](conn, w, self._ids)
            except sqlite3.OperationalError as e:
                self._drop_if_read_only(e)
                self._note_write_problem(e)
            except sqlite3.Error as e:
                raise StoreError(
                    problem("%1: could not write the history: %2", self.path, e)
                ) from None
        return self._hold(w)

    def _hold(self, w: HeldWrite) -> int | None:
        if w.write in CREATES_ROW:
            w = replace(w, row=self._provisional_id())
        if w.write in (Write.FINISH, Write.CHECKPOINT):  # the newer account of the row's progress
            self._pending = [
                p for p in self._pending if not (p.write is Write.CHECKPOINT and p.row == w.row)
            ]
        self._pending.append(w)
        return w.row if w.write in CREATES_ROW else None

    def _provisional_id(self) -> int:
        self._next_provisional -= 1
        return self._next_provisional

    def _note_write_problem(self, e: sqlite3.Error | Text) -> None:
        if self.write_problem is not None:
            return
        if isinstance(e, Text | NotOpen):
            reason = e if isinstance(e, Text) else e.text  # a StoreError's, naming the file
        else:
            reason = problem("%1: could not write the history (%2)", self.path, e)
        self.write_problem = problem(
            "%1; breaks are kept in memory and written when it works again", reason
        )

    @property
    def pending_writes(self) -> int:
        """Writes held in memory because the file could not be written."""
        return len(self._pending)

    def flush_pending(self) -> bool:
        """Write what is held in memory, in one transaction; True when nothing is left.

        Clears ``write_problem`` on success, so the app can tell the user it recovered, and
        removes the recovery file whose writes are now in the history.
        """
        replayed = 0
        if self._pending:
            ids = dict(self._ids)
            try:
                with self._raw_transaction() as conn:
                    for w in self._pending:
                        result = APPLY[w.write](conn, w, ids)
                        if w.write in CREATES_ROW and w.row is not None and result is not None:
                            ids[w.row] = result
            except sqlite3.Error as e:
                self._drop_if_read_only(e)
                self._note_write_problem(e)
                return False
            replayed = sum(w.replayed for w in self._pending)
            log.info("history: %d held writes written to %s", len(self._pending), self.path)
            self._ids = ids
            self._pending.clear()
            self.write_problem = None
        if self._recovery is not None and self._recovery.loaded:
            self._recovery.imported(replayed)
        return True

    def open_prompt(
        self, started_at: datetime, kind: Kind, source: Source, routine: str | None = None
    ) -> int:
        """Record a prompt the moment it is shown (outcome still open); return its id."""
        start = to_micros(started_at)
        w = HeldWrite(
            Write.OPEN, started_at=start, kind=Kind(kind), routine=routine, source=Source(source)
        )
        row_id = self._write(w)
        assert row_id is not None
        self._started[row_id] = start
        return row_id

    def _known(self, row_id: int) -> bool:
        """A real id, or a provisional one this store handed out."""
        return (
            row_id >= 0
            or row_id in self._ids
            or any(w.row == row_id and w.write in CREATES_ROW for w in self._pending)
        )

    def finish(
        self,
        row_id: int,
        *,
        ended_at: datetime,
        outcome: Outcome,
        kind: Kind | None = None,
        routine: str | None = None,
        seconds_active: int = 0,
        steps_done: int = 0,
        steps_total: int = 0,
    ) -> None:
        """Answer a prompt. ``kind``/``routine`` given replace the ones it was opened with
        (the user chose a walk instead of the offered stretch)."""
        if seconds_active < 0:
            raise ValueError(f"seconds_active must be >= 0, got {seconds_active}")
        if not self._known(row_id):
            raise StoreError(problem("%1: no history row with id %2", self.path, row_id))
        w = HeldWrite(
            Write.FINISH,
            row=row_id,
            started_at=self._started.get(row_id),
            ended_at=to_micros(ended_at),
            outcome=Outcome(outcome),
            kind=None if kind is None else Kind(kind),
            routine=routine,
            seconds_active=int(seconds_active),
            steps_done=int(steps_done),
            steps_total=int(steps_total),
        )
        if self._write(w) == 0:
            raise StoreError(problem("%1: no history row with id %2", self.path, row_id))

    def checkpoint(
        self,
        row_id: int,
        *,
        at: datetime,
        kind: Kind | None = None,
        routine: str | None = None,
        seconds_active: int,
        steps_done: int = 0,
        steps_total: int = 0,
    ) -> None:
        """Save the progress of an activity still under way on its open row.

        ``ended_at`` becomes ``at``, the seconds and steps those so far, and ``kind`` /
        ``routine`` given replace the prompt's; the outcome stays open. After a kill -9,
        :meth:`close_open` closes the row where its last checkpoint left it. A row already
        answered is left alone.
        """
        if seconds_active < 0:
            raise ValueError(f"seconds_active must be >= 0, got {seconds_active}")
        if not self._known(row_id):
            raise StoreError(problem("%1: no history row with id %2", self.path, row_id))
        self._write(
            HeldWrite(
                Write.CHECKPOINT,
                row=row_id,
                started_at=self._started.get(row_id),
                ended_at=to_micros(at),
                kind=None if kind is None else Kind(kind),
                routine=routine,
                seconds_active=int(seconds_active),
                steps_done=int(steps_done),
                steps_total=int(steps_total),
            )
        )

    def add_natural(self, start: datetime, end: datetime) -> int:
        """Record a natural break (the user was away): seconds_active = seconds away."""
        seconds = max(0, int((utc(end) - utc(start)).total_seconds()))
        w = HeldWrite(
            Write.NATURAL,
            started_at=to_micros(start),
            ended_at=to_micros(end),
            seconds_active=seconds,
        )
        row_id = self._write(w)
        assert row_id is not None
        return row_id

    def add_sitting(self, start: datetime, end: datetime) -> None:
        """Record one span of continuous sitting (for the longest sitting stretch per day)."""
        a, b = to_micros(start), to_micros(end)
        if b < a:
            raise ValueError(f"sitting span ends before it starts: {start} .. {end}")
        self._write(HeldWrite(Write.SITTING, started_at=a, ended_at=b))

    def add_sitting_spans(self, spans: Iterable[tuple[datetime, datetime]]) -> int:
        """Bulk form of :meth:`add_sitting`: all spans in one transaction; return the count."""
        values: list[tuple[int, int]] = []
        for start, end in spans:
            a, b = to_micros(start), to_micros(end)
            if b < a:
                raise ValueError(f"sitting span ends before it starts: {start} .. {end}")
            values.append((a, b))
        with self._transaction() as conn:
            conn.executemany("INSERT INTO sitting (started_at, ended_at) VALUES (?, ?)", values)
        return len(values)

    def close_open(self, outcome: Outcome = Outcome.DISMISSED) -> int:
        """Give rows left open by a crash or logout an outcome; return how many there were.

        A row with a checkpoint keeps its ``ended_at``, seconds and steps: it is closed where
        its last checkpoint left it. The outcome stays ``dismissed`` for those too: the crash
        was not the user's answer, and whether a walk cut short counts as a partial break is
        the card's rule (60 s walked, a step done), not the store's to guess.
        """
        return self._write(HeldWrite(Write.CLOSE_OPEN, outcome=Outcome(outcome))) or 0

    def add_rows(self, rows: Iterable[BreakRow]) -> tuple[int, int]:
        """Bulk insert in ONE transaction (all or nothing); return (added, skipped_duplicates).

        A row whose (started_at, kind, source) is already stored -- or came earlier in
        ``rows`` -- is a duplicate and is skipped, so importing a file twice adds nothing.
        Row ids are ignored; the store assigns its own.
        """
        added = skipped = 0
        with self._transaction() as conn:
            for r in rows:
                if insert_new_break(conn, r):
                    added += 1
                else:
                    skipped += 1
        return added, skipped

    # -- reading ------------------------------------------------------------------------------

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[Any]:
        try:
            return self._connection().execute(sql, params).fetchall()
        except NotOpen as e:
            raise StoreError(
                problem("%1; the history cannot be read until it can be opened", e.text)
            ) from None
        except sqlite3.Error as e:
            raise StoreError(problem("%1: could not read the history: %2", self.path, e)) from None

    def rows_between(self, start: datetime, end: datetime) -> list[BreakRow]:
        """Rows with started_at in [start, end), oldest first."""
        records = self._query(
            f"SELECT {_COLUMNS} FROM breaks WHERE started_at >= ? AND started_at < ? "
            "ORDER BY started_at, id",
            (to_micros(start), to_micros(end)),
        )
        return [_row(r) for r in records]

    def all_rows(self) -> list[BreakRow]:
        """Every row, oldest first (for export)."""
        records = self._query(f"SELECT {_COLUMNS} FROM breaks ORDER BY started_at, id")
        return [_row(r) for r in records]

    def sitting_between(self, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
        """Sitting spans that overlap [start, end), unclipped, oldest first."""
        records = self._query(
            "SELECT started_at, ended_at FROM sitting WHERE ended_at > ? AND started_at < ? "
            "ORDER BY started_at, id",
            (to_micros(start), to_micros(end)),
        )
        return [(from_micros(int(a)), from_micros(int(b))) for a, b in records]

    def first_started_at(self) -> datetime | None:
        """When the oldest row started (bounds how far a streak can look back)."""
        records = self._query("SELECT min(started_at) FROM breaks")
        first = records[0][0]
        return None if first is None else from_micros(int(first))

    def last_routine(self) -> str | None:
        """Routine of the newest stretch row that has one (for rotation)."""
        records = self._query(
            "SELECT routine FROM breaks WHERE kind = 'stretch' AND routine IS NOT NULL "
            "ORDER BY started_at DESC, id DESC LIMIT 1"
        )
        return None if not records else str(records[0][0])

    def close(self) -> None:
        """Close, after a last try at writing what is held in memory. What still cannot be
        written goes to the recovery file, which the next start imports; the log says which."""
        if not self.flush_pending():
            if self._recovery is not None:
                self._recovery.keep(self._pending, self.write_problem)
            else:
                log.error("history: %d writes are lost: %s", len(self._pending), self.write_problem)
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()

    def _load_recovery(self) -> None:
        """Take up the writes an earlier run could not write, ahead of this run's,
        and try to write them now; their file is removed once they are in the history."""
        if self._recovery is None:
            return
        loaded = self._recovery.take(self._provisional_id)
        for w in loaded:
            if w.write is Write.OPEN and w.row is not None and w.started_at is not None:
                self._started[w.row] = w.started_at
        self._pending[:0] = loaded
        if self._recovery.loaded:
            self.flush_pending()

    @property
    def recovery_problem(self) -> Text | None:
        """Why the recovery file left by an earlier run could not be imported, if it could not."""
        return None if self._recovery is None else self._recovery.problem

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
