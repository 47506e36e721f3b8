"""The desktop's reduced-motion wish, read from a real (private) D-Bus with a stand-in settings
portal in its own process, and from GTK's settings file; and the controller passing it on."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from backbreak.platform.motion import MotionPreference, gtk_settings_reduce

HERE = Path(__file__).resolve().parent
DEADLINE_S = 10


def _read_line(proc: subprocess.Popen[str], deadline: float = DEADLINE_S) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], deadline)
    assert ready, "no answer from the stand-in portal"
    return proc.stdout.readline().strip()


@pytest.fixture
def bus() -> Iterator[tuple[str, QDBusConnection]]:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    out = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        check=True,
        timeout=DEADLINE_S,
    ).stdout.split()
    address, pid = out[0], int(out[1])
    connection = QDBusConnection.connectToBus(address, f"motion-test-{pid}")
    try:
        assert connection.isConnected()
        yield address, connection
    finally:
        QDBusConnection.disconnectFromBus(f"motion-test-{pid}")
        os.kill(pid, 15)


class Portal:
    def __init__(self, address: str) -> None:
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "fake_settings_portal.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert _read_line(self.proc) == "ready"

    def set(self, namespace: str, key: str, kind: str, value: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"set {namespace} {key} {kind} {value}\n")
        self.proc.stdin.flush()
        assert _read_line(self.proc) == "set"

    def stop(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=DEADLINE_S)


@pytest.fixture
def portal(bus: tuple[str, QDBusConnection]) -> Iterator[Portal]:
    p = Portal(bus[0])
    yield p
    p.stop()


def _preference(bus: QDBusConnection, tmp_path: Path) -> MotionPreference:
    return MotionPreference(bus=bus, platform="linux", gtk_settings=tmp_path / "none.ini")


GNOME = ("org.gnome.desktop.interface", "enable-animations")
APPEARANCE = ("org.freedesktop.appearance", "reduced-motion")
KDE = ("org.kde.kdeglobals.KDE", "AnimationDurationFactor")


def test_gnome_animations_off_is_read_at_start_and_followed_after(
    bus: tuple[str, QDBusConnection], portal: Portal, qtbot: QtBot, tmp_path: Path
) -> None:
    portal.set(*GNOME, "b", "false")
    pref = _preference(bus[1], tmp_path)
    qtbot.waitUntil(lambda: pref.reduced, timeout=DEADLINE_S * 1000)
    assert pref.sources == ["org.gnome.desktop.interface enable-animations"]
    with qtbot.waitSignal(pref.changed, timeout=DEADLINE_S * 1000) as changed:
        portal.set(*GNOME, "b", "true")
    assert changed.args == [False] and not pref.reduced


def test_the_standard_key_and_kde_factor_count_too(
    bus: tuple[str, QDBusConnection], portal: Portal, qtbot: QtBot, tmp_path: Path
) -> None:
    pref = _preference(bus[1], tmp_path)
    with qtbot.waitSignal(pref.changed, timeout=DEADLINE_S * 1000):
        portal.set(*APPEARANCE, "u", "1")
    assert pref.reduced
    with qtbot.waitSignal(pref.changed, timeout=DEADLINE_S * 1000):
        portal.set(*APPEARANCE, "u", "0")
    assert not pref.reduced
    with qtbot.waitSignal(pref.changed, timeout=DEADLINE_S * 1000):
        portal.set(*KDE, "d", "0")
    assert pref.sources == ["org.kde.kdeglobals.KDE AnimationDurationFactor"]


def test_no_portal_on_the_bus_is_no_wish_and_no_error(
    bus: tuple[str, QDBusConnection], qtbot: QtBot, tmp_path: Path
) -> None:
    pref = _preference(bus[1], tmp_path)
    qtbot.wait(200)  # the calls fail at once (no such name): nothing changes
    assert not pref.reduced


@pytest.mark.parametrize(
    ("text", "reduce"),
    [
        ("[Settings]\ngtk-enable-animations=false\n", True),
        ("[Settings]\ngtk-enable-animations=0\n", True),
        ("[Settings]\ngtk-enable-animations=true\n", False),
        ("[Settings]\ngtk-theme-name=Adwaita\n", False),
        ("not an ini file at all [", False),
    ],
)
def test_gtk_settings_file(tmp_path: Path, text: str, reduce: bool) -> None:
    ini = tmp_path / "settings.ini"
    ini.write_text(text)
    assert gtk_settings_reduce(ini) is reduce
    assert gtk_settings_reduce(tmp_path / "missing.ini") is False


def test_gtk_settings_file_alone_makes_the_wish(tmp_path: Path, qapp: object) -> None:
    ini = tmp_path / "settings.ini"
    ini.write_text("[Settings]\ngtk-enable-animations=false\n")
    disconnected = QDBusConnection.connectToBus("unix:path=/nonexistent", "motion-none")
    try:
        pref = MotionPreference(bus=disconnected, platform="linux", gtk_settings=ini)
        assert pref.reduced and pref.sources == ["gtk"]
    finally:
        QDBusConnection.disconnectFromBus("motion-none")
