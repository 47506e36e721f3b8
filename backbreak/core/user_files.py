"""Files in the user's folders.

Reading: never block, never read without bound (a FIFO named ``config.toml`` would block the
GUI thread forever on a plain read; a multi-gigabyte file dropped into the routines folder
would be read whole). Writing: never half a file, never readable by others on the way.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TextIO, TypeVar

T = TypeVar("T")


class FileTooLarge(OSError):
    """The file is larger than the reader accepts."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(0, f"the file is {size} bytes; expected at most {limit}", str(path))
        self.size = size
        self.limit = limit


def read_user_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Raises FileNotFoundError when it is missing, FileTooLarge when it is larger than
    ``limit``, and OSError (with ``strerror`` set) when it cannot be read or is not a regular
    file.
    """
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, "not a regular file", str(path))
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(path, os.stat(path).st_size, limit)
    return data


def write_atomically(path: Path, write: Callable[[TextIO], T], newline: str | None = None) -> T:
    """Write ``path`` (UTF-8) through a private temporary file in the same folder, then
    rename it into place; returns what ``write`` returned. The file ends up 0600."""
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)  # 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as f:
            result = write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return result


def aside_name(path: Path, when: datetime) -> Path:
    """``<name>.corrupt-YYYYmmddTHHMMSS`` next to ``path``, never overwriting an earlier one."""
    base = path.with_name(f"{path.name}.corrupt-{when:%Y%m%dT%H%M%S}")
    candidate, n = base, 1
    while candidate.exists():
        candidate = base.with_name(f"{base.name}-{n}")
        n += 1
    return candidate
