"""Writes the history file could not take yet, as data: held in memory, and kept in a recovery
file when the app quits before they could be written.

A :class:`HeldWrite` is one call of the store's write API with its values (the store alone
knows the SQL for each). Rows created while the file could not be written carry a negative,
provisional id; the writes that change them name that id.

The recovery file is JSON lines: a header ``{"format": "backbreak-held-writes", "version": 1}``,
then one write per line. The store imports it at the next start and removes it; importing it
twice adds nothing (see the store's replay rules), so a crash between the import and the
removal costs nothing.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from backbreak.core.model import Kind, Outcome, Source
from backbreak.core.text import Text, problem
from backbreak.core.user_files import (
    FileTooLarge,
    aside_name,
    read_user_file,
    write_atomically,
)

log = logging.getLogger(__name__)

RECOVERY_FORMAT = "backbreak-held-writes"
RECOVERY_VERSION = 1
# A held write is about 200 bytes; a week of prompts held in memory is well under 1 MB.
MAX_RECOVERY_BYTES = 4 * 1024 * 1024


class Write(StrEnum):
    OPEN = "open"  # a prompt shown (creates a row)
    FINISH = "finish"  # a prompt answered
    CHECKPOINT = "checkpoint"  # the progress of an activity still under way
    NATURAL = "natural"  # a natural break (creates a row)
    SITTING = "sitting"  # a span of sitting
    STANDING = "standing"  # a span of standing (standing-desk mode)
    CLOSE_OPEN = "close_open"  # rows left open by a crash get an outcome
    PAIN = "pain"  # a pain check-in answered, on its break's row


CREATES_ROW = frozenset({Write.OPEN, Write.NATURAL})

# What each write needs besides ``write`` itself (the others may be absent).
_REQUIRED: dict[Write, tuple[str, ...]] = {
    Write.OPEN: ("row", "started_at", "kind", "source"),
    Write.FINISH: ("row", "ended_at", "outcome"),
    Write.CHECKPOINT: ("row", "ended_at"),
    Write.NATURAL: ("row", "started_at", "ended_at"),
    Write.SITTING: ("started_at", "ended_at"),
    Write.STANDING: ("started_at", "ended_at"),
    Write.CLOSE_OPEN: ("outcome",),
    Write.PAIN: ("row",),
}


@dataclass(frozen=True)
class HeldWrite:
    """One write, named after the ``breaks`` columns it sets (times in UTC microseconds).

    ``row`` is the row it creates (a provisional id) or changes. For FINISH and CHECKPOINT,
    ``started_at`` is the changed row's start when known: it makes sure a recovery file
    changes the row it was written for, not another one that took its id.
    """

    write: Write
    row: int | None = None
    started_at: int | None = None
    ended_at: int | None = None
    kind: Kind | None = None
    routine: str | None = None
    outcome: Outcome | None = None
    seconds_active: int = 0
    source: Source | None = None
    steps_done: int = 0
    steps_total: int = 0
    pain_before: int | None = None  # 0 to 10
    pain_after: int | None = None
    exercises: str | None = None  # space-separated exercise ids
    replayed: bool = False  # read back from a recovery file (not itself written to one)

    def as_json(self) -> str:
        record: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "replayed" and value is not None and value != f.default:
                record[f.name] = value.value if isinstance(value, StrEnum) else value
        record["write"] = self.write.value
        return json.dumps(record, ensure_ascii=False, sort_keys=True)


class RecoveryFileError(Exception):
    """The recovery file cannot be read; ``text`` names the file, the line and what is wrong."""

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


def save(path: Path, writes: Iterable[HeldWrite]) -> int:
    """Write ``writes`` to ``path`` atomically (0600, its folder created 0700); return how many."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)

    def write(out: TextIO) -> int:
        out.write(json.dumps({"format": RECOVERY_FORMAT, "version": RECOVERY_VERSION}) + "\n")
        count = 0
        for w in writes:
            out.write(w.as_json() + "\n")
            count += 1
        return count

    return write_atomically(path, write)


def load(path: Path) -> list[HeldWrite]:
    """The writes in the recovery file ``path`` (marked ``replayed``).

    FileNotFoundError when there is none; RecoveryFileError (file, line, key, what) when it is
    not one this version wrote, or is larger than ``MAX_RECOVERY_BYTES``.
    """
    try:
        data = read_user_file(path, MAX_RECOVERY_BYTES)
    except FileNotFoundError:
        raise
    except FileTooLarge as e:
        detail = problem("the file is %1 bytes; expected at most %2", e.size, e.limit)
        raise RecoveryFileError(problem("%1: %2", path, detail)) from None
    except OSError as e:
        detail = problem("cannot read the file (%1)", e.strerror or e)
        raise RecoveryFileError(problem("%1: %2", path, detail)) from None
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError as e:
        detail = problem("not UTF-8 text (byte %1)", e.start)
        raise RecoveryFileError(problem("%1: %2", path, detail)) from None
    if _record(path, 1, lines[0] if lines else "") != _HEADER:
        expected = problem("expected %1", json.dumps(_HEADER))
        raise RecoveryFileError(problem("%1: line %2: %3", path, 1, expected))
    writes = []
    for n, line in enumerate(lines[1:], 2):
        try:
            writes.append(_held(_record(path, n, line)))
        except _Wrong as e:
            raise RecoveryFileError(
                problem("%1: line %2, %3: %4", path, n, e.key, e.text)
            ) from None
    return writes


_HEADER = {"format": RECOVERY_FORMAT, "version": RECOVERY_VERSION}


def _record(path: Path, line: int, text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, dict):
        expected = problem("expected a JSON object")
        raise RecoveryFileError(problem("%1: line %2: %3", path, line, expected))
    return value


class _Wrong(Exception):
    """One key of a line is wrong: which, and what was expected."""

    def __init__(self, key: str, text: Text) -> None:
        super().__init__(str(text))
        self.key = key
        self.text = text


_ENUMS: dict[str, type[StrEnum]] = {
    "write": Write,
    "kind": Kind,
    "outcome": Outcome,
    "source": Source,
}
# Microseconds since 1970 of 0001-01-01 and 9999-12-31T23:59:59.999999 (what datetime takes).
_EARLIEST, _LATEST = -62_135_596_800_000_000, 253_402_300_799_999_999
_COUNT = (0, 2**62)
_RANGES: dict[str, tuple[int, int]] = {
    "row": (-(2**62), 2**62),
    "started_at": (_EARLIEST, _LATEST),
    "ended_at": (_EARLIEST, _LATEST),
    "seconds_active": _COUNT,
    "steps_done": _COUNT,
    "steps_total": _COUNT,
    "pain_before": (0, 10),
    "pain_after": (0, 10),
}
_NAMES = {f.name for f in fields(HeldWrite)} - {"replayed"}


def _value(key: str, value: object) -> Any:
    """The value of one key, checked; _Wrong when it is not what this version writes."""
    if key in _ENUMS:
        words = _ENUMS[key]
        known = [w.value for w in words]
        if isinstance(value, str) and value in known:
            return words(value)
        raise _Wrong(key, problem("expected one of %1, got %2", ", ".join(known), repr(value)))
    if key in ("routine", "exercises"):
        if isinstance(value, str):
            return value
        raise _Wrong(key, problem("expected a text, got %1", repr(value)))
    if key not in _RANGES:
        raise _Wrong(key, problem("unknown key; expected one of %1", ", ".join(sorted(_NAMES))))
    lo, hi = _RANGES[key]
    if isinstance(value, int) and not isinstance(value, bool) and lo <= value <= hi:
        return value
    raise _Wrong(key, problem("expected a whole number from %1 to %2, got %3", lo, hi, repr(value)))


def _held(record: dict[str, Any]) -> HeldWrite:
    values = {key: _value(key, value) for key, value in record.items()}
    write = values.get("write")
    if write is None:
        raise _Wrong("write", problem("missing"))
    missing = [key for key in _REQUIRED[write] if key not in values]
    if missing:
        raise _Wrong(missing[0], problem("missing"))
    if write in CREATES_ROW and values["row"] >= 0:  # rows held in memory have negative ids
        lo = _RANGES["row"][0]
        raise _Wrong(
            "row", problem("expected a whole number from %1 to %2, got %3", lo, -1, values["row"])
        )
    return replace(HeldWrite(**values), replayed=True)


class RecoveryFile:
    """The file that carries held writes from a run that quit before it could write them to
    the next run, which imports them once. Every step is logged: read, imported, kept, lost."""

    def __init__(self, path: Path, history: Path) -> None:
        self.path = path
        self.history = history
        self.loaded = False  # its writes are held in memory, not yet in the history
        self.problem: Text | None = None  # why it could not be imported

    def take(self, provisional_id: Callable[[], int]) -> list[HeldWrite]:
        """Its writes, their provisional ids renumbered with ``provisional_id`` (this run's);
        [] when there is no file. An unreadable file is moved aside and ``problem`` says so."""
        try:
            writes = load(self.path)
        except FileNotFoundError:
            return []
        except RecoveryFileError as e:
            self._set_aside(e.text)
            return []
        fresh: dict[int, int] = {}
        renumbered = [
            w
            if w.row is None or w.row >= 0
            else replace(w, row=fresh.setdefault(w.row, provisional_id()))
            for w in writes
        ]
        self.loaded = True
        log.warning(
            "history: read %d writes an earlier run could not write to %s from %s",
            len(renumbered),
            self.history,
            self.path,
        )
        return renumbered

    def _set_aside(self, reason: Text) -> None:
        aside = aside_name(self.path, datetime.now())
        try:
            os.replace(self.path, aside)
        except OSError as e:
            self.problem = problem(
                "%1; nothing was imported from it, and it could not be moved aside: %2",
                reason,
                e.strerror or e,
            )
        else:
            self.problem = problem(
                "%1; nothing was imported from it; it was moved to %2", reason, aside
            )
        log.warning("history: %s", self.problem)

    def imported(self, count: int) -> None:
        """Its writes are in the history now: remove it."""
        self.loaded = False
        try:
            self.path.unlink(missing_ok=True)
        except OSError as e:
            log.warning(
                "history: the %d writes from %s are in %s now, but the file could not be "
                "removed (%s); importing it again adds nothing",
                count,
                self.path,
                self.history,
                e.strerror or e,
            )
            return
        log.info(
            "history: imported %d writes from %s into %s; the file was removed",
            count,
            self.path,
            self.history,
        )

    def keep(self, writes: list[HeldWrite], reason: Text | None) -> None:
        """At quit: save the writes the history could not take, for the next start."""
        try:
            save(self.path, writes)
        except OSError as e:
            kept = sum(w.replayed for w in writes) if self.loaded else 0
            log.error(
                "history: %d writes are lost: %s; nor could they be saved to %s (%s)%s",
                len(writes) - kept,
                reason,
                self.path,
                e.strerror or e,
                f"; the {kept} from an earlier run stay in that file" if self.loaded else "",
            )
            return
        log.warning(
            "history: %d writes could not be written to %s at quit (%s); they were saved to %s, "
            "which the next start imports",
            len(writes),
            self.history,
            reason,
            self.path,
        )
