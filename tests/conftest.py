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
def switch_language(qapp: Any) -> Iterator[Callable[[str], None]]:
    """Install backbreak's real translators for a language, as the settings do; afterwards the
    source texts and the locale come back for the next test."""
    from PySide6.QtCore import QLocale

    from backbreak.ui.i18n import install_translators, remove_translators

    previous = QLocale()
    yield lambda language: install_translators(qapp, language) and None
    remove_translators(qapp)
    QLocale.setDefault(previous)
