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
    done = subprocess.run([sys.executable, "-I", "-c", PROBE, mode], capture_output=True, text=True,
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


LAZY = """
import sys
from datetime import UTC
from pathlib import Path
from PySide6.QtWidgets import QApplication
from backbreak.app.controller import Controller
from backbreak.core.clock import FakeClock
from backbreak.core.history.log import HistoryLog
from backbreak.core.routines.library import load_library
from backbreak.core.settings import Settings
from backbreak.platform.idle import NullIdle
from backbreak.platform.notify import NullNotifier
from backbreak.ui.tray.system_tray import Tray

WATCHED = ("backbreak.ui.cards.prompt_card", "backbreak.ui.player.window",
           "backbreak.ui.cards.walk_card", "backbreak.core.history.weekly", "PySide6.QtSvg")
app = QApplication([])
clock = FakeClock()
history = HistoryLog(Path(sys.argv[1]), lambda text: None)
c = Controller(settings=Settings(), clock=clock, history=history, library=load_library(None),
               notifier=NullNotifier(), idle=NullIdle(), tray=Tray(), tz=UTC)
c.start()
for minute in range(2 * 30):  # heartbeats: the notice comes at 29:30, the prompt at 30:00
    clock.advance(30)
    c.heartbeat()
    if minute >= 2 * 29 - 2:
        print(sorted(m for m in WATCHED if m in sys.modules), c.prompt_visible)
c.stop()
"""


def test_the_card_and_the_statistics_come_with_the_first_notice(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-I", "-c", LAZY, str(tmp_path / "history.sqlite3")],
                          capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    before, at_notice, at_prompt = done.stdout.splitlines()[-3:]
    # Sitting for 29 minutes: no break window is loaded; at the notice (30 s ahead), the card
    # and the statistics the level needs; the player, the walk card and QtSvg only when one
    # starts.
    loaded = ["backbreak.core.history.weekly", "backbreak.ui.cards.prompt_card"]
    assert before == "[] False"
    assert at_notice == f"{loaded} False"
    assert at_prompt == f"{loaded} True"
