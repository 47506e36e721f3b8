"""The app's log file: rotated by size, private to the user.

What ``logging.handlers.RotatingFileHandler`` does, written out because that module imports
pickle, queue and the socket handlers with it: 0.6 MB resident in a tray app that logs a few
lines a day (measured: tests/bench/README.md).
"""

from __future__ import annotations

import contextlib
import logging
import os
from io import TextIOWrapper
from pathlib import Path


class RotatingLog(logging.FileHandler):
    """Appends to ``path``; once it holds ``max_bytes``, it becomes ``path.1`` (``path.1``
    becomes ``path.2``, ... up to ``backups``) and a new file starts. Every file is 0600."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self.backups = backups
        super().__init__(path, encoding="utf-8")

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        if os.name == "posix":
            os.chmod(self.path, 0o600)
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _rotate(self) -> None:
        self.close()  # the next emit opens a new file
        for n in range(self.backups - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{n}")
            if older.exists():
                os.replace(older, self.path.with_name(f"{self.path.name}.{n + 1}"))
        if self.backups > 0:
            os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))
        else:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
