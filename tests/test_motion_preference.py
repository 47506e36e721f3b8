"""The desktop's reduced-motion wish, read from a real (private) D-Bus with a stand-in settings
portal in its own process, and from GTK's settings file; and the controller passing it on."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from backbreak.platform.motion import MotionPreference, gtk_settings_reduce

HERE = Path(__file__).resolve().parent
DEADLINE_S = 10


def _read_line(proc: subprocess.Popen[str], deadline: float = DEADLINE_S) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], deadline)
    assert ready, f"no answer from {proc.args}"
    return proc.stdout.readline().strip()


def _die_with_parent() -> None:
    """In the child: end when the test process ends, even if it crashes."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@pytest.fixture
def bus(qapp: object) -> Iterator[tuple[str, QDBusConnection]]:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=_die_with_parent,
    )
    name = f"motion-test-{daemon.pid}"
    try:
        address = _read_line(daemon)
        connection = QDBusConnection.connectToBus(address, name)
        assert connection.isConnected()
        yield address, connection
    finally:
        QDBusConnection.disconnectFromBus(name)
        daemon.terminate()
        daemon.wait(timeout=DEADLINE_S)


@pytest.fixture
def preferences(
    bus: tuple[str, QDBusConnection], tmp_path: Path
) -> Iterator[Callable[[], MotionPreference]]:
    """Make MotionPreferences on the private bus; all are gone before the bus is."""
    made: list[MotionPreference] = []

    def make() -> MotionPreference:
        made.append(
            MotionPreference(bus=bus[1], platform="linux", gtk_settings=tmp_path / "none.ini")
        )
        return made[-1]

    yield make
    for pref in made:
        pref.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Portal:
    def __init__(self, address: str) -> None:
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "fake_settings_portal.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            preexec_fn=_die_with_parent,
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


GNOME = ("org.gnome.desktop.interface", "enable-animations")
APPEARANCE = ("org.freedesktop.appearance", "reduced-motion")
KDE = ("org.kde.kdeglobals.KDE", "AnimationDurationFactor")


def test_gnome_animations_off_is_read_at_start_and_followed_after(
    preferences: Callable[[], MotionPreference], portal: Portal, qtbot: QtBot
) -> None:
    portal.set(*GNOME, "b", "false")
    pref = preferences()
    qtbot.waitUntil(lambda: pref.reduced, timeout=DEADLINE_S * 1000)
    assert pref.sources == ["org.gnome.desktop.interface enable-animations"]
    with qtbot.waitSignal(pref.changed, timeout=DEADLINE_S * 1000) as changed:
        portal.set(*GNOME, "b", "true")
    assert changed.args == [False] and not pref.reduced


def test_the_standard_key_and_kde_factor_count_too(
    preferences: Callable[[], MotionPreference], portal: Portal, qtbot: QtBot
) -> None:
    pref = preferences()
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
    preferences: Callable[[], MotionPreference], qtbot: QtBot
) -> None:
    pref = preferences()
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
        pref.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        QDBusConnection.disconnectFromBus("motion-none")
