"""Every test runs with its own XDG folders, offscreen Qt, and never the user's real files."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    dirs = {}
    for var in (
        "XDG_DATA_HOME",
        "XDG_CONFIG_HOME",
        "XDG_STATE_HOME",
        "XDG_CACHE_HOME",
        "XDG_RUNTIME_DIR",
    ):
        d = tmp_path / "xdg" / var.lower()
        d.mkdir(parents=True, mode=0o700)
        monkeypatch.setenv(var, str(d))
        dirs[var] = d
    return dirs


@pytest.fixture
def settle(qtbot: Any) -> Callable[[], None]:
    """Wait until everything already queued on the event loop has run: the posted events
    now, then a zero-time witness timer, which fires after every zero-time timer started
    before it (so after any deferred work those events asked for). The positive signal for a
    check that something happened only once, instead of a fixed wait."""
    from PySide6.QtCore import QCoreApplication, QTimer

    def run() -> None:
        QCoreApplication.sendPostedEvents()
        passed: list[bool] = []
        QTimer.singleShot(0, lambda: passed.append(True))
        qtbot.waitUntil(lambda: bool(passed), timeout=5000)

    return run


@pytest.fixture
def make_rig(tmp_path: Path, qtbot: Any) -> Iterator[Any]:
    """Start the controller with real parts around it (see ``app_rig.py``); every rig made is
    stopped at the end of the test unless the test stopped it (or let it crash)."""
    from app_rig import Rig

    made: list[Rig] = []

    def make(settings: Any, kind: type[Rig] = Rig, folder: Path | None = None) -> Rig:
        rig = kind(folder or tmp_path, settings)
        qtbot.addWidget(rig.c.card)
        made.append(rig)
        return rig

    yield make
    for rig in made:
        rig.stop()


@pytest.fixture
def switch_language(qapp: Any) -> Iterator[Callable[[str], None]]:
    """Install backbreak's real translators for a language, as the settings do; afterwards the
    source texts and the locale come back for the next test."""
    from PySide6.QtCore import QLocale

    from backbreak.ui.i18n import install_translators, remove_translators

    previous = QLocale()
    yield lambda language: install_translators(qapp, language) and None
    remove_translators(qapp)
    QLocale.setDefault(previous)
