"""The JSON export, read as a stream: one record (a break, or a standing span) in memory at a
time.

``json.loads`` of a whole file builds every record at once (hundreds of MB for a large file)
and recurses once per level of nesting. Here only the document's outer shape is walked by
hand (``{"format": …, "version": …, "breaks": [ … ], "standing": [ … ]}``, or a bare list of
break records); each value
inside it is decoded on its own by ``json.JSONDecoder.raw_decode``, and may be at most
MAX_RECORD_CHARS long, so memory stays at one record and nesting at a record's depth.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from backbreak.core.history.exchange_fields import Problems, json_row, json_standing, show
from backbreak.core.history.exchange_source import MAX_RECORD_CHARS, TextSource, Unreadable
from backbreak.core.history.store import BreakRow
from backbreak.core.history.store_standing import StandingRow

JSON_FORMAT = "backbreak-history"
JSON_VERSION = 2
"""The version an export writes; an import reads it and every earlier one. 2 added
``standing`` (the standing spans) and each break's ``pain_before`` and ``pain_after`` (the
pain check-in's scores), then the optional ``exercises`` of each break (the checked-in
routine's, which steering reads; additive, so the version stayed 2); a version-1 file has
none of them, and imports as before."""
Record = BreakRow | StandingRow
_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")
_TRUNCATED = 6  # a value cut by the chunk's end fails at most this close to it (\uXXXX)


class _Cursor:
    """A position in the document's text, which arrives a chunk at a time."""

    def __init__(self, source: TextSource) -> None:
        self._source = source
        self._buf = ""
        self._pos = 0
        self._line, self._col = 1, 1  # where _buf[0] is in the file
        self._end = False

    def peek(self) -> str:
        """The next character that is not white space; ``""`` at the end."""
        while True:
            self._pos = _SPACE.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buf) or not self._fill():
                return self._buf[self._pos : self._pos + 1]

    def take(self, char: str) -> bool:
        """Step over ``char`` if it comes next."""
        if self.peek() != char:
            return False
        self._pos += 1
        return True

    def expect(self, char: str, what: str) -> None:
        if not self.take(char):
            raise self.syntax_error(f"Expecting {what}")

    def value(self, where: str) -> Any:
        """Decode the next value (at most MAX_RECORD_CHARS of text); ``where`` names it."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self._buf, self._pos)
                if end < len(self._buf) or self._end:  # a number could go on in the next chunk
                    self._pos = end
                    return value
            except json.JSONDecodeError as e:
                cut = e.msg.startswith("Unterminated") or e.pos >= len(self._buf) - _TRUNCATED
                if self._end or not cut:
                    raise self.syntax_error(e.msg, e.pos) from None
            except RecursionError:
                raise Unreadable(where, "nested too deeply; a break record is flat") from None
            except ValueError as e:  # e.g. an integer of thousands of digits
                raise Unreadable(where, f"not valid JSON: {e}") from None
            if len(self._buf) - self._pos > MAX_RECORD_CHARS:
                raise Unreadable(
                    where,
                    f"a value longer than {MAX_RECORD_CHARS:,} characters; a break record is "
                    "a few hundred",
                )
            self._fill()

    def syntax_error(self, message: str, pos: int | None = None) -> Unreadable:
        line, col = self._where(self._pos if pos is None else pos)
        return Unreadable(f"line {line}, column {col}", f"not valid JSON: {message}")

    def _where(self, pos: int) -> tuple[int, int]:
        newlines = self._buf.count("\n", 0, pos)
        if newlines == 0:
            return self._line, self._col + pos
        return self._line + newlines, pos - self._buf.rfind("\n", 0, pos)

    def _fill(self) -> bool:
        """Append the next chunk (dropping what was read); False at the end of the file."""
        text = self._source.chunk()
        if not text:
            self._end = True
            return False
        self._line, self._col = self._where(self._pos)
        self._buf = self._buf[self._pos :] + text
        self._pos = 0
        return True


def json_rows(source: TextSource, problems: Problems) -> Iterator[Record]:
    """The records of a JSON export, each checked; problems are named by their JSON path."""
    cursor = _Cursor(source)
    first = cursor.peek()
    if first == "[":
        yield from _records(cursor, problems)
    elif first == "{":
        yield from _document(cursor, problems)
    else:
        breaks = cursor.value("(document)")
        problems.add("breaks", f"expected a list of break records, got {show(breaks)}")
    if cursor.peek() and not problems.enough:
        raise cursor.syntax_error("Extra data")


def _document(cursor: _Cursor, problems: Problems) -> Iterator[Record]:
    """``{"format": …, "version": …, "breaks": […], "standing": […]}``, the keys in any order
    (``standing`` may be missing)."""
    cursor.expect("{", "'{'")
    seen: set[str] = set()
    while not problems.enough and not cursor.take("}"):
        if seen:
            cursor.expect(",", "',' delimiter")
        if cursor.peek() != '"':
            raise cursor.syntax_error("Expecting property name enclosed in double quotes")
        key = cursor.value("(a key)")
        cursor.expect(":", "':' delimiter")
        seen.add(key)
        if key == "breaks" and cursor.peek() == "[":
            yield from _records(cursor, problems)
            continue
        if key == "standing" and cursor.peek() == "[":
            yield from _standing(cursor, problems)
            continue
        _check_key(key, cursor.value(key), problems)
    for key in ("format", "version", "breaks"):
        if key not in seen:
            _check_key(key, None, problems)


def _check_key(key: str, value: Any, problems: Problems) -> None:
    """A top-level key other than a list of breaks (other keys are allowed and ignored)."""
    if key == "format" and value != JSON_FORMAT:  # some other JSON: read no further
        problems.add("format", f"expected {JSON_FORMAT!r}, got {show(value)}", halt=True)
    elif key == "version" and not (
        isinstance(value, int) and not isinstance(value, bool) and value <= JSON_VERSION
    ):
        problems.add("version", f"expected {JSON_VERSION} or lower, got {show(value)}")
    elif key == "breaks":
        problems.add("breaks", "expected a list of break records")
    elif key == "standing":
        problems.add("standing", "expected a list of standing spans")


def _records(cursor: _Cursor, problems: Problems) -> Iterator[BreakRow]:
    """The list of break records, one at a time."""
    cursor.expect("[", "'['")
    index = 0
    while not problems.enough and not cursor.take("]"):
        if index:
            cursor.expect(",", "',' delimiter")
        row = json_row(cursor.value(f"breaks[{index}]"), index, problems)
        if row is not None:
            yield row
        index += 1


def _standing(cursor: _Cursor, problems: Problems) -> Iterator[StandingRow]:
    """The list of standing spans, one at a time."""
    cursor.expect("[", "'['")
    index = 0
    while not problems.enough and not cursor.take("]"):
        if index:
            cursor.expect(",", "',' delimiter")
        span = json_standing(cursor.value(f"standing[{index}]"), index, problems)
        if span is not None:
            yield span
        index += 1
