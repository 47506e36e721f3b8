"""Opening the history file, for ``HistoryStore``: creating it (folders 0700, file 0600),
migrating it, moving a damaged or foreign file aside, refusing a newer one untouched, and
opening later a store that started unopened in a read-only or full folder.

Part of the store (its SQL is the store's: only the store's ``store*`` modules talk to sqlite).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from backbreak.core.history.store_sql import MIGRATIONS, SCHEMA_VERSION, TABLES
from backbreak.core.text import Text, problem
from backbreak.core.user_files import aside_name

BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """The history file cannot be used; the message names the file and what is wrong."""

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


class NewerSchemaError(StoreError):
    """The file was written by a newer backbreak; it is left untouched."""


class NotOpen(sqlite3.OperationalError):
    """The store could not be opened yet (its message is the StoreError's, naming the file)."""

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


def _prepare_file(path: Path) -> None:
    """Create missing folders 0700 and the file 0600 (SQLite gives -wal/-shm the same mode).

    Existing folders are left as they are: the store may be pointed into a shared folder.
    """
    missing: list[Path] = []
    parent = path.parent
    while not parent.exists():
        missing.append(parent)
        parent = parent.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        if os.name == "posix":
            os.chmod(folder, 0o700)
    if path.exists():
        if os.name == "posix" and path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
        return
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)


class StoreOpening:
    """The opening half of ``HistoryStore``: its methods that open, migrate and recover the
    file at ``path`` into ``_conn`` (setting ``recovered_from`` when a damaged file went aside).
    """

    path: Path
    recovered_from: Path | None
    _conn: sqlite3.Connection | None

    def _connect(self) -> sqlite3.Connection:
        """Open the file, creating, migrating, or moving a damaged one aside; StoreError (naming
        the file) when it cannot be used, NewerSchemaError when it must not be."""
        try:
            _prepare_file(self.path)
        except OSError as e:
            raise StoreError(
                problem("%1: cannot create the history file: %2", self.path, e.strerror or e)
            ) from None
        try:
            return self._open()
        except NewerSchemaError:
            raise
        except sqlite3.DatabaseError as e:
            if isinstance(e, sqlite3.OperationalError) and not _is_corruption(e):
                # Locked, read-only, disk I/O: not the file's fault, so never move it aside.
                raise StoreError(problem("%1: cannot open the history: %2", self.path, e)) from None
        self.recovered_from = self._move_aside()
        try:
            _prepare_file(self.path)
            return self._open()
        except (OSError, sqlite3.Error) as e:
            raise StoreError(
                problem("%1: cannot start a fresh history: %2", self.path, e)
            ) from None

    def _connection(self) -> sqlite3.Connection:
        """The open connection, opening it first if the store started unopened.

        Failing to open raises ``sqlite3.OperationalError``, which writes treat like a full
        disk (held in memory) and reads turn into a StoreError.
        """
        if self._conn is None:
            try:
                self._conn = self._connect()
            except NewerSchemaError:
                raise
            except StoreError as e:
                raise NotOpen(e.text) from None
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def try_open(self) -> bool:
        """Open now if the store started unopened; True when it is open."""
        with contextlib.suppress(sqlite3.Error, StoreError):
            self._connection()
        return self.is_open

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # Reading the header first: a non-SQLite file fails here, and a newer schema is
            # refused before anything (even the journal mode) is written to it.
            version = self._user_version(conn)
            if version > SCHEMA_VERSION:
                raise NewerSchemaError(
                    problem(
                        "%1: written by a newer backbreak (schema version %2; this version reads "
                        "up to %3). The file was left untouched; upgrade backbreak to use it.",
                        self.path,
                        version,
                        SCHEMA_VERSION,
                    )
                )
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if version > 0:
                self._check_tables(conn, version)
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            self._migrate(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _user_version(conn: sqlite3.Connection) -> int:
        row = conn.execute("PRAGMA user_version").fetchone()
        return int(row[0])

    def _check_tables(self, conn: sqlite3.Connection, version: int) -> None:
        """A file whose version says ours but whose tables are not is treated as corrupt."""
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not frozenset().union(*TABLES[:version]) <= names:
            raise sqlite3.DatabaseError("schema does not match its version")

    def _migrate(self, conn: sqlite3.Connection) -> None:
        if self._user_version(conn) == SCHEMA_VERSION:
            return  # the usual case: no write lock needed just to open
        while True:
            conn.execute("BEGIN IMMEDIATE")
            try:
                # Re-read inside the write lock: another process may have migrated meanwhile.
                version = self._user_version(conn)
                if version >= SCHEMA_VERSION:
                    conn.execute("COMMIT")
                    return
                for statement in MIGRATIONS[version]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version + 1}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def _move_aside(self) -> Path:
        aside = aside_name(self.path, datetime.now())
        try:
            os.replace(self.path, aside)
            wal = self.path.with_name(self.path.name + "-wal")
            if wal.exists():
                os.replace(wal, aside.with_name(aside.name + "-wal"))
            shm = self.path.with_name(self.path.name + "-shm")
            with contextlib.suppress(FileNotFoundError):
                shm.unlink()  # derived from the WAL; meaningless without it
        except OSError as e:
            raise StoreError(
                problem(
                    "%1: the file is damaged and could not be moved aside to %2: %3",
                    self.path,
                    aside,
                    e.strerror or e,
                )
            ) from None
        return aside

    def _drop_if_read_only(self, e: sqlite3.Error) -> None:
        """Forget a connection that can never write.

        SQLite opens a file it may not write read-only, without a word, when it can still read
        it: a read-only data folder where an earlier run left ``-wal`` and ``-shm`` beside the
        file (without them the open fails and is retried). That connection stays read-only
        after the folder becomes writable, so held writes never went out. Dropped,
        the next try opens the file afresh.
        """
        code = getattr(e, "sqlite_errorcode", 0) & 0xFF  # none on a store not opened yet
        if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
            conn, self._conn = self._conn, None
            if conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()


def _is_corruption(e: sqlite3.Error) -> bool:
    text = str(e).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text
