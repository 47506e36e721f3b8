"""What the tray process leaves out (``app.interpreter``) and its log file (``app.log_file``)."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

from backbreak.app.log_file import RotatingLog

PROBE = """
import linecache, sys
from backbreak.app.interpreter import prepare
if sys.argv[1] == "prepared":
    prepare()
else:
    import PySide6.QtCore
import tabnanny, zipapp  # any modules not imported yet
cached = [name for name in linecache.cache if name.endswith(("tabnanny.py", "zipapp.py"))]
try:
    import ssl
    tls = "ssl"
except ImportError:
    tls = "no ssl"
print(len(cached), tls)
"""


def probe(mode: str) -> str:
    done = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True,
                          timeout=60, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_prepare_stops_pyside_reading_every_imported_module_and_keeps_tls_out() -> None:
    # Without it, PySide6's import hook reads and caches the source of each module imported.
    assert probe("plain") == "2 ssl"
    assert probe("prepared") == "0 no ssl"


def test_the_log_rotates_into_private_numbered_files(tmp_path: Path) -> None:
    tmp_path = tmp_path / "log"
    tmp_path.mkdir()
    path = tmp_path / "backbreak.log"
    handler = RotatingLog(path, max_bytes=1000, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test-rotating-log")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(100):
            logger.warning("line %03d %s", n, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["backbreak.log", "backbreak.log.1", "backbreak.log.2"]
    assert "line 099" in path.read_text()
    assert all(p.stat().st_size <= 1000 + 60 for p in tmp_path.iterdir())
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in tmp_path.iterdir())
    # the oldest lines are gone, the newest three files' worth kept, in order
    kept = "".join((tmp_path / f).read_text() for f in reversed(files))  # oldest first
    numbers = [int(line.split()[1]) for line in kept.splitlines()]
    assert numbers == list(range(numbers[0], 100)) and numbers[0] > 0
