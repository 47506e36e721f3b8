"""Platform services that can be checked without a desktop (offscreen / no session bus).

The same services against a real X server, D-Bus and notification daemon: tests/desktop/.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from backbreak.platform import autostart
from backbreak.platform.idle import NullIdle, X11ScreenSaverIdle, shared_library
from backbreak.platform.notify import NullNotifier, make_notifier
from backbreak.platform.notify_dbus import as_markup, notify_send_argv

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart")


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def _exec_argv(entry: str) -> list[str]:
    """Read an Exec key back as the Desktop Entry spec says: unescape the string value, then
    split on unquoted spaces; inside quotes a backslash escapes one of " ` $ \\."""
    line = next(x for x in entry.splitlines() if x.startswith("Exec="))[len("Exec="):]
    line = line.replace("\\\\", "\\")
    args: list[str] = []
    current: list[str] | None = None
    quoted = False
    chars = iter(line)
    for ch in chars:
        if quoted:
            if ch == "\\":
                current.append(next(chars))  # type: ignore[union-attr]
            elif ch == '"':
                quoted = False
            else:
                current.append(ch)  # type: ignore[union-attr]
        elif ch == " ":
            if current is not None:
                args.append("".join(current))
            current = None
        else:
            current = current if current is not None else []
            if ch == '"':
                quoted = True
            else:
                current.append(ch)
    if current is not None:
        args.append("".join(current))
    return [a.replace("%%", "%") for a in args]


@linux_only
def test_autostart_writes_private_desktop_entry_and_removes_it(config_home: Path) -> None:
    command = ["/opt/my apps/backbreak", "run", "--interval", "30m"]
    path = autostart.set_autostart(True, command)

    assert path == config_home / "autostart" / "backbreak.desktop"
    assert autostart.autostart_enabled()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert _exec_argv(path.read_text()) == command

    assert autostart.set_autostart(False, command) == path
    assert not path.exists()
    assert not autostart.autostart_enabled()


@linux_only
def test_autostart_entry_disabled_by_the_desktop_counts_as_off(config_home: Path) -> None:
    path = autostart.set_autostart(True, ["backbreak"])
    assert path is not None
    path.write_text(path.read_text().replace("X-GNOME-Autostart-enabled=true",
                                             "X-GNOME-Autostart-enabled=false"))
    assert not autostart.autostart_enabled()


@pytest.mark.parametrize("arg", ['say "hi"', "a$HOME", "back\\slash", "100%", "`cmd`", "x y"])
def test_exec_quoting_round_trips(arg: str) -> None:
    assert _exec_argv(autostart.desktop_entry(["backbreak", arg])) == ["backbreak", arg]


@pytest.mark.parametrize("command", [[], [""], ["backbreak", "line\nbreak"]])
def test_autostart_rejects_bad_commands(config_home: Path, command: list[str]) -> None:
    with pytest.raises(ValueError, match="autostart command"):
        autostart.set_autostart(True, command)
    assert not (config_home / "autostart" / "backbreak.desktop").exists()


@linux_only
def test_autostart_unwritable_folder_names_the_file(config_home: Path) -> None:
    if os.geteuid() == 0:
        (config_home).mkdir(parents=True)
        (config_home / "autostart").write_text("a file where a folder should be")
    else:
        (config_home / "autostart").mkdir(parents=True, mode=0o500)
    with pytest.raises(autostart.AutostartError, match=r"autostart/backbreak\.desktop"):
        autostart.set_autostart(True, ["backbreak"])


def test_notify_send_arguments_keep_text_as_single_arguments() -> None:
    argv = notify_send_argv("-t 0", "body; rm -rf ~", [("start", "Start = now")], 10000)
    assert argv[-3:] == ["--", "-t 0", "body; rm -rf ~"]
    assert "--action=start=Start = now" in argv
    assert argv[argv.index("--expire-time") + 1] == "10000"


def test_notify_send_rejects_action_keys_it_cannot_express() -> None:
    with pytest.raises(ValueError, match="action key"):
        notify_send_argv("t", "b", [("a=b", "label")], 1000)


@pytest.mark.parametrize("text", ["a < b & c > d", "&amp; stays &amp;amp;", "'quotes' \"too\"",
                                  "<b>not bold</b>", "plain"])
def test_markup_escaping_is_html_escape_without_quotes(text: str) -> None:
    import html

    assert as_markup(text) == html.escape(text, quote=False)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sonames")
def test_shared_library_falls_back_to_ctypes_util_when_the_name_fails() -> None:
    libc = shared_library("libnot-there-at-all.so.9", "c")  # found by ctypes.util
    assert libc.getpid() == os.getpid()
    with pytest.raises(OSError):
        shared_library("libnot-there-at-all.so.9", "not-there-at-all")


def test_null_notifier_accepts_everything() -> None:
    notifier = make_notifier(prefer=())
    assert isinstance(notifier, NullNotifier)
    assert notifier.backend == "none"
    notifier.on_action(lambda key: None)
    notifier.notify("title", "body", [("start", "Start")])


def test_unknown_backend_falls_back_to_null() -> None:
    assert make_notifier(prefer=("carrier-pigeon",)).backend == "none"


def test_null_idle_says_unknown() -> None:
    assert NullIdle().name == "none"
    assert NullIdle().idle_seconds() is None


def test_x11_idle_on_a_display_that_is_not_there_raises_oserror() -> None:
    try:
        source = X11ScreenSaverIdle(":987")
    except OSError as exc:
        assert ":987" in str(exc) or "libX" in str(exc) or "Xss" in str(exc)
    else:  # pragma: no cover - only if someone runs an X server on :987
        source.close()
        pytest.skip("an X server answers on :987")


def test_session_watcher_without_buses_or_display(qtbot: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtDBus import QDBusConnection

    from backbreak.platform.session import SessionWatcher

    monkeypatch.delenv("DISPLAY", raising=False)
    nowhere = QDBusConnection("backbreak-test-not-connected")
    watcher = SessionWatcher(session_bus=nowhere, system_bus=nowhere)
    seen: list[tuple[bool, str]] = []
    watcher.dnd_changed.connect(lambda on, why: seen.append((on, why)))

    # D-Bus deliveries (what the bus would call) combine into one state with its reasons
    watcher._on_notifications_properties("org.dunstproject.cmd0", {"paused": True}, [])
    watcher._on_notifications_properties("org.freedesktop.Notifications",
                                         {"Inhibited": True}, [])
    watcher._on_notifications_properties("org.dunstproject.cmd0", {"paused": False}, [])
    watcher._on_notifications_properties("org.freedesktop.Notifications",
                                         {"Inhibited": False}, [])
    assert seen == [(True, "dunst"), (True, "desktop,dunst"), (True, "desktop"), (False, "")]
    assert not watcher.dnd_active


def test_autostart_on_macos_is_a_private_launch_agent_removed_when_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The LaunchAgent plist as launchd reads it (written on Linux: no Mac here)."""
    import plistlib

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(autostart.sys, "platform", "darwin")
    command = ["/Applications/backbreak.app.launch/Contents/MacOS/backbreak", "run"]
    path = autostart.set_autostart(True, command)
    assert path == tmp_path / "Library" / "LaunchAgents" / "io.github.backbreak.plist"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert plistlib.loads(path.read_bytes()) == {
        "Label": "io.github.backbreak",
        "ProgramArguments": command,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    assert autostart.autostart_enabled()
    autostart.set_autostart(False, command)
    assert not path.exists() and not autostart.autostart_enabled()
    assert sorted(p.name for p in path.parent.iterdir()) == []  # no temporary file left


class FakeRunKey:
    """``winreg`` as far as the Run key goes: values of HKCU\\...\\Run in a dict."""

    HKEY_CURRENT_USER = object()
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self, values: dict[str, str]) -> None:
        self.values = values

    def OpenKey(self, root: object, sub: str, reserved: int = 0, access: int = 1) -> Any:
        assert root is self.HKEY_CURRENT_USER and sub == autostart.WINDOWS_RUN_KEY
        return contextlib.nullcontext(self)

    def SetValueEx(self, key: Any, name: str, reserved: int, kind: int, value: str) -> None:
        assert kind == self.REG_SZ
        self.values[name] = value

    def DeleteValue(self, key: Any, name: str) -> None:
        if name not in self.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del self.values[name]

    def QueryValueEx(self, key: Any, name: str) -> tuple[str, int]:
        if name not in self.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return self.values[name], self.REG_SZ


def test_autostart_on_windows_is_one_run_key_value_removed_when_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Run key value Windows would start (an in-memory registry: no Windows here)."""
    registry = FakeRunKey({"OneDrive": '"C:\\Program Files\\OneDrive\\OneDrive.exe" /background'})
    monkeypatch.setattr(autostart.sys, "platform", "win32")
    monkeypatch.setattr(autostart, "_registry", lambda: registry)
    command = ["C:\\Program Files\\backbreak\\backbreak.exe", "run"]
    assert autostart.set_autostart(True, command) is None
    assert registry.values["backbreak"] == '"C:\\Program Files\\backbreak\\backbreak.exe" run'
    assert autostart.autostart_enabled()
    autostart.set_autostart(False, command)
    autostart.set_autostart(False, command)  # already off: not an error
    assert registry.values == {
        "OneDrive": '"C:\\Program Files\\OneDrive\\OneDrive.exe" /background'
    }  # only our value went
    assert not autostart.autostart_enabled()
