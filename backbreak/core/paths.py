"""Where backbreak keeps its files (platformdirs; tests isolate with XDG_* variables)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from backbreak import APP_NAME


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, appauthor=False)


def private_dir(path: Path) -> Path:
    """Create ``path`` readable by the user only, and return it. Missing parents are made
    0700 too (as the XDG base directory spec asks); existing ones are left as they are."""
    for folder in reversed([p for p in path.parents if not p.exists()]):
        folder.mkdir(mode=0o700, exist_ok=True)
    path.mkdir(mode=0o700, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def data_dir() -> Path:
    return _dirs().user_data_path


def config_dir() -> Path:
    return _dirs().user_config_path


def log_dir() -> Path:
    return _dirs().user_log_path


def state_dir() -> Path:
    return _dirs().user_state_path


def welcomed_marker() -> Path:
    """Exists once the first-run welcome (with the safety note) has been acknowledged."""
    return state_dir() / "welcomed"


def safety_seen_marker() -> Path:
    """Exists once the safety screen (see a doctor when, ask first if, what to leave out) has
    been seen and closed by the user."""
    return state_dir() / "safety-seen"


def history_path() -> Path:
    return data_dir() / "history.sqlite3"


def history_recovery_path() -> Path:
    """Breaks the history could not take before a quit (a read-only data folder), kept for the
    next start to import; in the state folder, which is not the history's."""
    return state_dir() / "history-recovery.jsonl"


def config_path() -> Path:
    return config_dir() / "config.toml"


def user_routines_dir() -> Path:
    return config_dir() / "routines"


def runtime_dir() -> Path:
    """Folder for the control socket: per-user, never shared."""
    return _dirs().user_runtime_path
