"""Reading files a user may have put anything in: never block, never read without bound.

A FIFO named ``config.toml`` would block the GUI thread forever on a plain read, and a
multi-gigabyte file dropped into the routines folder would be read whole into memory.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


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
