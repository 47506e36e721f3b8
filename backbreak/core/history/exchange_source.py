"""The text of a file given to ``backbreak import``, read in bounded pieces.

Only a regular file is read (a FIFO would block forever, ``/dev/zero`` never ends, a folder
has no text), and only one of at most :data:`MAX_IMPORT_BYTES`: the size is checked before the
first byte is read, and counted again while reading (a file can grow, and ``/proc`` files say
they are empty). The bytes are decoded as UTF-8 a chunk at a time, so memory stays at a chunk
and a record whatever the file holds; a decoding error names its line and byte.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from backbreak.core.text import Text, problem

MAX_IMPORT_BYTES = 64 * 1024 * 1024  # 100,000 rows (five years) are 10 MB of CSV, 30 of JSON
MAX_RECORD_CHARS = 16 * 1024  # one row or JSON value; a real one is a few hundred characters
CHUNK_BYTES = 64 * 1024

_KINDS = (  # what the user picked instead of a file, in their language
    (stat.S_ISDIR, problem("a folder")),
    (stat.S_ISFIFO, problem("a named pipe (FIFO)")),
    (stat.S_ISCHR, problem("a character device")),
    (stat.S_ISBLK, problem("a block device")),
    (stat.S_ISSOCK, problem("a socket")),
)
_BLANK_LINES = re.compile(r"(?:[ \t\r]*\n)+")


class Unreadable(Exception):
    """The file, or the rest of it, cannot be read as text: at ``where`` (``file``, a line),
    ``text`` says what was expected."""

    def __init__(self, where: str, text: Text) -> None:
        super().__init__(f"{where}: {text}")
        self.where = where
        self.text = text


def cannot_read(e: OSError) -> Unreadable:
    return Unreadable("file", problem("cannot be read (%1)", e.strerror or e))


def _size_text(n: int) -> str:
    return f"{n:,} bytes ({n / 1024 / 1024:.1f} MiB)"


@contextmanager
def open_export(path: Path) -> Iterator[TextSource]:
    """The file's text, if it is a regular file of at most MAX_IMPORT_BYTES; else Unreadable."""
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except OSError as e:
        raise cannot_read(e) from None
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode):
            kind = next((name for test, name in _KINDS if test(found.st_mode)),
                        problem("something else"))
            raise Unreadable(
                "file",
                problem("expected a regular file (a backbreak CSV or JSON export), got %1", kind),
            )
        if found.st_size > MAX_IMPORT_BYTES:
            raise Unreadable("file", _too_large(found.st_size))
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb", buffering=0) as raw:
        yield TextSource(raw)


def _too_large(size: int | None, limit: int = MAX_IMPORT_BYTES) -> Text:
    if size is None:
        return problem("expected at most %1 (many years of history), got more", _size_text(limit))
    return problem(
        "expected at most %1 (many years of history), got %2", _size_text(limit), _size_text(size)
    )


class TextSource:
    """UTF-8 text, a chunk at a time (a byte order mark at the start is dropped)."""

    def __init__(self, raw: BinaryIO, limit: int = MAX_IMPORT_BYTES) -> None:
        self._raw = raw
        self._limit = limit  # counted again as the bytes come: the size said can be wrong
        self._carry = b""  # the start of a character cut by the chunk's end
        self._offset = 0  # bytes decoded so far
        self._lines = 0  # newlines decoded so far
        self._read = 0
        self._pending = ""  # text handed back by peek()
        self._first = True
        self._done = False

    def chunk(self) -> str:
        """The next piece of text; ``""`` at the end of the file."""
        if self._pending:
            text, self._pending = self._pending, ""
            return text
        while not self._done:
            text = self._decode(self._raw.read(CHUNK_BYTES))
            if text:
                return text
        return ""

    def peek(self) -> str:
        """The first character that is not white space (``""`` if none in the first chunk)."""
        self._pending = self.chunk() + self._pending
        stripped = self._pending.lstrip()
        return stripped[:1]

    def _decode(self, data: bytes) -> str:
        self._read += len(data)
        if self._read > self._limit:
            raise Unreadable("file", _too_large(None, self._limit))
        self._done = not data
        buf = self._carry + data
        try:
            text, used = codecs.utf_8_decode(buf, "strict", self._done)
        except UnicodeDecodeError as e:
            line = self._lines + codecs.utf_8_decode(buf[: e.start])[0].count("\n") + 1
            raise Unreadable(
                f"line {line}",
                problem(
                    "expected UTF-8 text (a backbreak CSV or JSON export); byte %1 is not UTF-8",
                    self._offset + e.start,
                ),
            ) from None
        self._carry = buf[used:]
        self._offset += used
        if self._first and text:
            self._first = False
            text = text.removeprefix("\ufeff")
        self._lines += text.count("\n")
        return text


class Lines:
    """The lines of a source (each with its ending), for ``csv.reader``, in bounded memory.

    Between records (after :meth:`new_record`) blank lines are skipped in bulk; a record,
    one line or several (a quoted field may hold a newline), may be at most
    MAX_RECORD_CHARS long. ``record_start`` is the file line its first line came from.
    """

    def __init__(self, source: TextSource) -> None:
        self._source = source
        self._buf = ""
        self._pos = 0
        self._number = 0  # file line number of the last line handed out
        self._record_chars = 0
        self.record_start = 0  # 0: between records

    def new_record(self) -> None:
        self.record_start = 0
        self._record_chars = 0

    def __iter__(self) -> Iterator[str]:
        while True:
            if self.record_start == 0:
                self._skip_blank_lines()
            line = self._next_line()
            if not line:
                return
            self._number += 1
            if self.record_start == 0:
                self.record_start = self._number
            self._record_chars += len(line)
            if self._record_chars > MAX_RECORD_CHARS:
                raise Unreadable(
                    f"line {self.record_start}",
                    problem(
                        "expected a row of at most %1 characters (a history row is a few "
                        "hundred), got a longer one",
                        f"{MAX_RECORD_CHARS:,}",
                    ),
                )
            yield line

    def _skip_blank_lines(self) -> None:
        while True:
            m = _BLANK_LINES.match(self._buf, self._pos)
            if m:
                self._number += self._buf.count("\n", self._pos, m.end())
                self._pos = m.end()
            if self._pos < len(self._buf) or not self._fill():
                return

    def _next_line(self) -> str:
        """The next line, ending included; ``""`` at the end of the file."""
        while True:
            end = self._buf.find("\n", self._pos)
            if end >= 0:
                line = self._buf[self._pos : end + 1]
                self._pos = end + 1
                return line
            # Read on only while the line can still fit; a longer one is handed over as it
            # is, to be refused.
            fits = len(self._buf) - self._pos + self._record_chars <= MAX_RECORD_CHARS
            if fits and self._fill():
                continue
            line = self._buf[self._pos :]
            self._pos = len(self._buf)
            return line

    def _fill(self) -> bool:
        """Append the next chunk (dropping what was handed out); False at the end."""
        text = self._source.chunk()
        if not text:
            return False
        self._buf = self._buf[self._pos :] + text
        self._pos = 0
        return True
