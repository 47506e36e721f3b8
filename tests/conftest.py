"""Every test runs with its own XDG folders, offscreen Qt, and never the user's real files."""

from __future__ import annotations

import os
from pathlib import Path

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
