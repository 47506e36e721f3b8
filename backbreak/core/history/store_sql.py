"""The store's schema, how it writes times, and the SQL of each write it makes (part of the
store: all SQL lives in ``store.py`` and here; ``store_standing`` runs what is written here).
Each write function takes the connection, a :class:`HeldWrite` and the provisional -> real ids
known so far, and returns the new row's id (writes that create a row) or the number of rows
changed.

A write read back from a recovery file (``replayed``) adds nothing that is already there: its
file is removed only after the import, so a crash in between must not add its rows twice. A
change to a row names the row's start when it is known, so it never lands on another row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from backbreak.core.clock import utc
from backbreak.core.history.held_writes import HeldWrite, Write
from backbreak.core.model import Kind, Outcome, Source

if TYPE_CHECKING:
    from backbreak.core.history.store import BreakRow

Connection = sqlite3.Connection  # for the parts of the store that only pass one on
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def to_micros(dt: datetime) -> int:
    """Aware datetime -> integer microseconds since the epoch (UTC). Naive is refused."""
    return (utc(dt) - _EPOCH) // _MICROSECOND


def from_micros(us: int) -> datetime:
    return _EPOCH + timedelta(microseconds=us)


# One tuple of statements per schema version; index i takes a file from version i to i + 1.
# Never edit a shipped entry: append a new one (and a test that migrates from the old version).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # version 1
        """CREATE TABLE breaks (
            id INTEGER PRIMARY KEY,
            started_at INTEGER NOT NULL,
            ended_at INTEGER,
            kind TEXT NOT NULL CHECK (kind IN ('stretch', 'walk', 'natural')),
            routine TEXT,
            outcome TEXT CHECK (outcome IS NULL OR outcome IN
                ('completed', 'partial', 'skipped', 'snoozed', 'dismissed', 'natural')),
            seconds_active INTEGER NOT NULL DEFAULT 0 CHECK (seconds_active >= 0),
            source TEXT NOT NULL CHECK (source IN ('scheduled', 'tray', 'cli', 'idle')),
            steps_done INTEGER NOT NULL DEFAULT 0,
            steps_total INTEGER NOT NULL DEFAULT 0
        )""",
        # Serves the week queries (range on started_at) and the import dedupe lookup.
        "CREATE INDEX breaks_by_start ON breaks (started_at, kind, source)",
        # Rows left open by a crash are found without a scan.
        "CREATE INDEX breaks_open ON breaks (outcome) WHERE outcome IS NULL",
        """CREATE TABLE sitting (
            id INTEGER PRIMARY KEY,
            started_at INTEGER NOT NULL,
            ended_at INTEGER NOT NULL CHECK (ended_at >= started_at)
        )""",
        "CREATE INDEX sitting_by_end ON sitting (ended_at, started_at)",
    ),
    (  # version 2: standing-desk mode
        """CREATE TABLE standing (
            id INTEGER PRIMARY KEY,
            started_at INTEGER NOT NULL,
            ended_at INTEGER NOT NULL CHECK (ended_at >= started_at)
        )""",
        "CREATE INDEX standing_by_end ON standing (ended_at, started_at)",
    ),
    (  # version 3: the pain check-in, stored with its break
        "ALTER TABLE breaks ADD COLUMN pain_before INTEGER "
        "CHECK (pain_before IS NULL OR pain_before BETWEEN 0 AND 10)",
        "ALTER TABLE breaks ADD COLUMN pain_after INTEGER "
        "CHECK (pain_after IS NULL OR pain_after BETWEEN 0 AND 10)",
        # The exercises of a checked-in routine, space-separated ids in order: what steering
        # compares scores against (a routine's exercises change with swaps and files).
        "ALTER TABLE breaks ADD COLUMN exercises TEXT",
        # Check-ins are read back for a few weeks at every stretch; few rows have one.
        "CREATE INDEX breaks_checked_in ON breaks (started_at) "
        "WHERE pain_before IS NOT NULL OR pain_after IS NOT NULL",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
# The tables each version adds: a file whose version says it has them but lacks one is damaged.
TABLES: tuple[frozenset[str], ...] = (
    frozenset({"breaks", "sitting"}),
    frozenset({"standing"}),
    frozenset(),  # version 3 adds columns to ``breaks``
)
assert len(TABLES) == len(MIGRATIONS)

STANDING_BETWEEN = (
    "SELECT started_at, ended_at FROM standing WHERE ended_at > ? AND started_at < ? "
    "ORDER BY started_at, id"
)
ALL_STANDING = "SELECT started_at, ended_at FROM standing ORDER BY started_at, id"
_INSERT_NEW_STANDING = (
    "INSERT INTO standing (started_at, ended_at) SELECT ?, ? WHERE NOT EXISTS "
    "(SELECT 1 FROM standing WHERE started_at = ? AND ended_at = ?)"
)


_Apply = Callable[[sqlite3.Connection, HeldWrite, dict[int, int]], int | None]


def _enum(value: Kind | Outcome | Source | None) -> str | None:
    return None if value is None else value.value


def _target(w: HeldWrite, ids: dict[int, int]) -> tuple[int | None, int | None, int | None]:
    """(row id, start, start) for ``WHERE id = ? AND (? IS NULL OR started_at = ?)``."""
    row = None if w.row is None else ids.get(w.row, w.row)
    return row, w.started_at, w.started_at


def _existing(conn: sqlite3.Connection, w: HeldWrite, match_kind: bool) -> int | None:
    """The row a replayed write created on an earlier import, if there is one."""
    if not w.replayed:
        return None
    sql = "SELECT id FROM breaks WHERE started_at = ? AND source = ?"
    params: tuple[object, ...] = (w.started_at, _enum(w.source))
    if match_kind:
        sql, params = sql + " AND kind = ?", (*params, _enum(w.kind))
    found = conn.execute(sql + " ORDER BY id LIMIT 1", params).fetchone()
    return None if found is None else int(found[0])


def _sql_open(conn: sqlite3.Connection, w: HeldWrite, ids: dict[int, int]) -> int | None:
    # The kind may have changed since (a walk chosen instead): start and source decide.
    existing = _existing(conn, w, match_kind=False)
    if existing is not None:
        return existing
    return conn.execute(
        "INSERT INTO breaks (started_at, kind, routine, outcome, source) VALUES (?, ?, ?, NULL, ?)",
        (w.started_at, _enum(w.kind), w.routine, _enum(w.source)),
    ).lastrowid


def _sql_natural(conn: sqlite3.Connection, w: HeldWrite, ids: dict[int, int]) -> int | None:
    w = replace(w, kind=Kind.NATURAL, source=Source.IDLE)
    existing = _existing(conn, w, match_kind=True)
    if existing is not None:
        return existing
    return conn.execute(
        "INSERT INTO breaks (started_at, ended_at, kind, outcome, seconds_active, source) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            w.started_at,
            w.ended_at,
            _enum(w.kind),
            Outcome.NATURAL.value,
            w.seconds_active,
            _enum(w.source),
        ),
    ).lastrowid


def _sql_finish(conn: sqlite3.Connection, w: HeldWrite, ids: dict[int, int]) -> int | None:
    return conn.execute(
        "UPDATE breaks SET ended_at = ?, outcome = ?, kind = COALESCE(?, kind), "
        "routine = COALESCE(?, routine), seconds_active = ?, steps_done = ?, steps_total = ? "
        "WHERE id = ? AND (? IS NULL OR started_at = ?)",
        (
            w.ended_at,
            _enum(w.outcome),
            _enum(w.kind),
            w.routine,
            w.seconds_active,
            w.steps_done,
            w.steps_total,
            *_target(w, ids),
        ),
    ).rowcount


def _sql_checkpoint(conn: sqlite3.Connection, w: HeldWrite, ids: dict[int, int]) -> int | None:
    return conn.execute(
        "UPDATE breaks SET ended_at = ?, kind = COALESCE(?, kind), "
        "routine = COALESCE(?, routine), seconds_active = ?, steps_done = ?, steps_total = ? "
        "WHERE outcome IS NULL AND id = ? AND (? IS NULL OR started_at = ?)",
        (
            w.ended_at,
            _enum(w.kind),
            w.routine,
            w.seconds_active,
            w.steps_done,
            w.steps_total,
            *_target(w, ids),
        ),
    ).rowcount


def _sql_sitting(conn: sqlite3.Connection, w: HeldWrite, ids: dict[int, int]) -> int | None:
    span = (w.started_at, w.ended_at)
    if w.replayed:
        return conn.execute(
            "INSERT INTO sitting (started_at, ended_at) SELECT ?, ? WHERE NOT EXISTS "
            "(SELECT 1 FROM sitting WHERE started_at = ? AND ended_at = ?)",
            (*span, *span),
        ).rowcount
    return conn.execute("INSERT INTO sitting (started_at, ended_at) VALUES (?, ?)", span).rowcount


def _sql_standing(conn: sqlite3.Connection, w: HeldWrite, ids: dict[int, int]) -> int | None:
    span = (w.started_at, w.ended_at)
    if w.replayed:
        return conn.execute(_INSERT_NEW_STANDING, (*span, *span)).rowcount
    return conn.execute("INSERT INTO standing (started_at, ended_at) VALUES (?, ?)", span).rowcount


def insert_new_break(conn: sqlite3.Connection, r: BreakRow) -> bool:
    """An imported row, unless a row with its (started_at, kind, source) is stored: True when
    it was added."""
    start = to_micros(r.started_at)
    kind, source = Kind(r.kind).value, Source(r.source).value
    cur = conn.execute(
        "INSERT INTO breaks (started_at, ended_at, kind, routine, outcome, "
        "seconds_active, source, steps_done, steps_total, pain_before, pain_after, exercises) "
        "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM breaks "
        "WHERE started_at = ? AND kind = ? AND source = ?)",
        (
            start,
            None if r.ended_at is None else to_micros(r.ended_at),
            kind,
            r.routine,
            None if r.outcome is None else Outcome(r.outcome).value,
            r.seconds_active,
            source,
            r.steps_done,
            r.steps_total,
            r.pain_before,
            r.pain_after,
            " ".join(r.exercises) or None,
            start,
            kind,
            source,
        ),
    )
    return cur.rowcount == 1


def insert_new_standing(conn: sqlite3.Connection, start: int, end: int) -> bool:
    """An imported standing span, unless the same one is stored: True when it was added."""
    return conn.execute(_INSERT_NEW_STANDING, (start, end, start, end)).rowcount == 1


def _sql_pain(conn: sqlite3.Connection, w: HeldWrite, ids: dict[int, int]) -> int | None:
    return conn.execute(
        "UPDATE breaks SET pain_before = COALESCE(?, pain_before), "
        "pain_after = COALESCE(?, pain_after), exercises = COALESCE(?, exercises) "
        "WHERE id = ? AND (? IS NULL OR started_at = ?)",
        (w.pain_before, w.pain_after, w.exercises, *_target(w, ids)),
    ).rowcount


CHECKINS_BETWEEN = (
    "SELECT id, started_at, pain_before, pain_after, exercises FROM breaks "
    "WHERE started_at >= ? AND started_at < ? "
    "AND (pain_before IS NOT NULL OR pain_after IS NOT NULL) ORDER BY started_at, id"
)


def _sql_close_open(conn: sqlite3.Connection, w: HeldWrite, ids: dict[int, int]) -> int | None:
    return conn.execute(
        "UPDATE breaks SET outcome = ? WHERE outcome IS NULL", (_enum(w.outcome),)
    ).rowcount


APPLY: dict[Write, _Apply] = {
    Write.OPEN: _sql_open,
    Write.NATURAL: _sql_natural,
    Write.FINISH: _sql_finish,
    Write.CHECKPOINT: _sql_checkpoint,
    Write.SITTING: _sql_sitting,
    Write.STANDING: _sql_standing,
    Write.CLOSE_OPEN: _sql_close_open,
    Write.PAIN: _sql_pain,
}
