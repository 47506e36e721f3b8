"""Start backbreak at login: XDG autostart entry (Linux/BSD), HKCU Run key (Windows),
LaunchAgent (macOS). Files are written atomically and readable by the user only."""

from __future__ import annotations

import contextlib
import importlib
import os
import plistlib
import subprocess
import sys
from pathlib import Path
from typing import Any

from backbreak import APP_ID, APP_NAME
from backbreak.core.user_files import write_atomically

DESKTOP_FILE = f"{APP_NAME}.desktop"
LAUNCH_AGENT_LABEL = f"io.github.{APP_NAME}"
WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class AutostartError(OSError):
    """The login item could not be written or removed; the message names the place."""


def _xdg_autostart_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart"


def launch_agent_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def desktop_exec_quote(arg: str) -> str:
    """Quote one argument for a desktop entry's Exec key (Desktop Entry spec, "Exec key")."""
    if any(c in arg for c in "\n\r\t"):
        raise ValueError(f"autostart command argument {arg!r}: control characters not allowed")
    if arg and not any(c in arg for c in " \"'\\><~|&;$*?#()`="):
        return arg.replace("%", "%%")
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    escaped = escaped.replace("$", "\\$").replace("%", "%%")
    return f'"{escaped}"'


def desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(desktop_exec_quote(a) for a in command)
    # the whole key is also a desktop-file string value: its backslashes are escaped once more
    exec_line = exec_line.replace("\\", "\\\\")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Break reminder\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, lambda f: f.write(text), newline="")


def _check_command(command: list[str]) -> None:
    if not command or not all(isinstance(a, str) and a for a in command):
        raise ValueError(
            f"autostart command {command!r}: expected a non-empty list of non-empty strings"
        )


def set_autostart(enabled: bool, command: list[str]) -> Path | None:
    """Turn starting at login on (for ``command``) or off.

    Returns the file written or removed (None on Windows, where it is the registry value
    ``HKCU\\{WINDOWS_RUN_KEY}\\backbreak``). Raises :class:`AutostartError` naming the place.
    """
    if enabled:
        _check_command(command)
    if sys.platform == "win32":
        _set_windows(enabled, command)
        return None
    path = launch_agent_path() if sys.platform == "darwin" else _xdg_autostart_dir() / DESKTOP_FILE
    try:
        if not enabled:
            path.unlink(missing_ok=True)
        elif sys.platform == "darwin":
            _write_private(
                path,
                plistlib.dumps(
                    {
                        "Label": LAUNCH_AGENT_LABEL,
                        "ProgramArguments": command,
                        "RunAtLoad": True,
                        "ProcessType": "Interactive",
                    }
                ).decode("utf-8"),  # plistlib writes UTF-8 XML
            )
        else:
            _write_private(path, desktop_entry(command))
    except OSError as exc:
        raise AutostartError(
            f"{path}: cannot {'write' if enabled else 'remove'} the login "
            f"item: {exc.strerror or exc}"
        ) from exc
    return path


def autostart_enabled() -> bool:
    """True when a login item for backbreak exists and is not disabled."""
    if sys.platform == "win32":
        return _windows_value() is not None
    if sys.platform == "darwin":
        return launch_agent_path().is_file()
    path = _xdg_autostart_dir() / DESKTOP_FILE
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    lines = {line.strip().replace(" ", "") for line in text.splitlines()}
    return not ({"Hidden=true", "X-GNOME-Autostart-enabled=false"} & lines)


def _registry() -> Any:
    """The ``winreg`` module: Windows only, looked up when used (tests hand in their own)."""
    return importlib.import_module("winreg")


def _set_windows(enabled: bool, command: list[str]) -> None:
    winreg = _registry()
    try:
        with winreg.OpenKey(
            winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY, 0, winreg.KEY_SET_VALUE
        ) as key:
            if enabled:
                winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, subprocess.list2cmdline(command))
            else:
                with contextlib.suppress(FileNotFoundError):
                    winreg.DeleteValue(key, APP_NAME)
    except OSError as exc:
        raise AutostartError(f"HKCU\\{WINDOWS_RUN_KEY}\\{APP_NAME}: {exc}") from exc


def _windows_value() -> str | None:
    winreg = _registry()
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
            value, _ = winreg.QueryValueEx(key, APP_NAME)
    except OSError:
        return None
    return str(value)
