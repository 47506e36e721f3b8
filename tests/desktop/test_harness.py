"""The harness and the platform services, against a real X session (Xvfb, dunst, trayer)."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

pytestmark = pytest.mark.desktop

# A tiny tray app: icon in the tray, one notification through backbreak's Notifier, then it
# prints the backend and the clicked action key and waits to be ended.
TRAY_SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtGui import QIcon, QPixmap, QColor
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon
    from backbreak.platform.notify import make_notifier

    app = QApplication(sys.argv)
    print("tray available:", QSystemTrayIcon.isSystemTrayAvailable(), flush=True)
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("darkgreen"))
    tray = QSystemTrayIcon(QIcon(pixmap))
    tray.setToolTip("harness probe")
    tray.show()
    notifier = make_notifier()
    print("backend:", notifier.backend, flush=True)
    notifier.on_action(lambda key: print("action:", key, flush=True))
    notifier.notify("Time to stand up", "Plain <b>text</b> & more",
                    [("default", "Open"), ("snooze", "Snooze 5 minutes")], timeout_ms=30000)
    sys.exit(app.exec())
""")


def test_tray_icon_embeds_and_notification_reaches_daemon(x_session: Any) -> None:
    probe = x_session.run_python(TRAY_SCRIPT)
    out = x_session.tmp / "python-1.out"
    x_session.wait_until(lambda: x_session.tray_icon_embedded(probe.pid), what="tray icon")
    x_session.wait_until(lambda: x_session.notify_calls(), what="a Notify call")

    call = x_session.notify_calls()[-1]
    assert call.app_name == "backbreak"
    assert call.summary == "Time to stand up"
    assert call.body == "Plain &lt;b&gt;text&lt;/b&gt; &amp; more"  # dunst renders markup
    assert call.actions == [("default", "Open"), ("snooze", "Snooze 5 minutes")]
    assert call.timeout_ms == 30000
    assert "tray available: True" in out.read_text()
    assert "backend: dbus" in out.read_text()

    # a click on the bubble comes back to the app as the action key
    x_session.x("dunstctl", "action", "0")
    x_session.wait_until(lambda: "action: default" in out.read_text(), what="action callback")
    x_session.screenshot(x_session.tmp / "tray.png")
    assert (x_session.tmp / "tray.png").stat().st_size > 0


def test_window_mapped_sees_only_viewable_windows(x_session: Any) -> None:
    assert not x_session.window_mapped("^backbreak harness window$")
    x_session.run_python(textwrap.dedent("""
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel("hello")
        label.setWindowTitle("backbreak harness window")
        label.show()
        app.exec()
    """))
    x_session.wait_until(lambda: x_session.window_mapped("^backbreak harness window$"),
                         what="the probe window")


def test_x11_idle_source_counts_and_resets_on_input(x_session: Any) -> None:
    from backbreak.platform.idle import X11ScreenSaverIdle

    source = X11ScreenSaverIdle(x_session.display)
    try:
        x_session.wait_until(lambda: (source.idle_seconds() or 0) >= 2.0, what="2 s of idle")
        before = source.idle_seconds()
        assert before is not None
        x_session.x("xdotool", "mousemove", "200", "200")
        after = source.idle_seconds()
        assert after is not None and after < before
    finally:
        source.close()


def test_session_watcher_sees_lock_and_dnd_and_x11_sees_fullscreen(x_session: Any,
                                                                   qtbot: object) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    from backbreak.platform.session import SessionWatcher

    bus = QDBusConnection.connectToBus(x_session["DBUS_SESSION_BUS_ADDRESS"], "harness-watch")
    screensaver = QDBusConnection.connectToBus(x_session["DBUS_SESSION_BUS_ADDRESS"],
                                               "harness-screensaver")
    try:
        assert screensaver.registerService("org.freedesktop.ScreenSaver")
        watcher = SessionWatcher(session_bus=bus, system_bus=bus)
        events: list[tuple[str, object]] = []
        watcher.locked_changed.connect(lambda on: events.append(("locked", on)))
        watcher.dnd_changed.connect(lambda on, why: events.append(("dnd", (on, why))))

        def seen(event: tuple[str, object]) -> bool:
            qtbot.wait(20)  # type: ignore[attr-defined]  # let D-Bus signals arrive
            return event in events

        signal = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver",
                                           "org.freedesktop.ScreenSaver", "ActiveChanged")
        signal.setArguments([True])
        assert screensaver.send(signal)
        x_session.wait_until(lambda: seen(("locked", True)), what="locked_changed(True)")

        x_session.x("dunstctl", "set-paused", "true")
        x_session.wait_until(lambda: seen(("dnd", (True, "dunst"))), what="dunst pause as DND")
        x_session.x("dunstctl", "set-paused", "false")
        x_session.wait_until(lambda: seen(("dnd", (False, ""))), what="DND over")

        root = x_session.x("xwininfo", "-root").stdout.split("Window id: ")[1].split()[0]
        x_session.x("xprop", "-root", "-f", "_NET_ACTIVE_WINDOW", "32x", "-set",
                    "_NET_ACTIVE_WINDOW", root)
        x_session.x("xprop", "-root", "-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE",
                    "_NET_WM_STATE_FULLSCREEN")
        from backbreak.core.policy.vocabulary import ScreenInUse
        from backbreak.platform.fullscreen import X11Screen

        assert X11Screen(x_session.display).check() is ScreenInUse.FULLSCREEN
        x_session.x("xprop", "-root", "-remove", "_NET_WM_STATE")
        assert X11Screen(x_session.display).check() is None
    finally:
        QDBusConnection.disconnectFromBus("harness-watch")
        QDBusConnection.disconnectFromBus("harness-screensaver")


# Two reminders whose bubbles never expire (GNOME keeps bubbles with buttons on screen and in
# its message tray): the older one's button still answers while its prompt is open; once the
# prompt is over, withdraw() closes the bubbles and ends the notify-send children.
TWO_REMINDERS = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from backbreak.platform.notify import make_notifier

    app = QApplication(sys.argv)
    notifier = make_notifier()
    trigger = Path(sys.argv[1])

    def children():
        me = str(os.getpid())
        found = []
        for proc in Path("/proc").iterdir():
            try:
                stat = (proc / "stat").read_text()
            except OSError:
                continue
            if stat.rsplit(")", 1)[1].split()[1] == me and "notify-send" in stat:
                found.append(proc.name)
        return found

    def send(n, key):  # dunstctl answers the key "default" only
        notifier.notify(f"Reminder {n}", "Time to stand up", [(key, "Start")], timeout_ms=0)

    def report():
        print("children:", len(children()), flush=True)

    def withdraw_when_asked():
        if trigger.exists():
            trigger.unlink()
            notifier.withdraw()
            report()

    notifier.on_action(lambda key: print("action:", key, flush=True))
    send(1, "default")
    QTimer.singleShot(1000, lambda: send(2, "default"))
    QTimer.singleShot(2500, report)
    poll = QTimer()
    poll.timeout.connect(withdraw_when_asked)
    poll.start(100)
    sys.exit(app.exec())
""")


def test_an_older_reminder_still_acts_until_withdrawn(x_session: Any) -> None:
    import subprocess
    import sys

    trigger = x_session.tmp / "withdraw-now"
    out = open(x_session.tmp / "reminders.out", "wb")  # noqa: SIM115 - closed below
    probe = subprocess.Popen([sys.executable, "-c", TWO_REMINDERS, str(trigger)],
                             env=dict(x_session), stdout=out, stderr=subprocess.STDOUT)
    text = lambda: (x_session.tmp / "reminders.out").read_text()  # noqa: E731
    try:
        x_session.wait_until(lambda: "children:" in text(), what="the child count")
        assert [c.summary for c in x_session.notify_calls()] == ["Reminder 1", "Reminder 2"]
        assert "children: 2" in text()  # both bubbles are listened to

        # dunst's first position is the oldest bubble: its button must still reach the app
        log = x_session.monitor_log
        older, newer = (_sender_of(log.read_text(), f"Reminder {n}") for n in (1, 2))
        assert x_session.x("dunstctl", "action", "0").returncode == 0
        x_session.wait_until(lambda: "action: default" in text(), what="the older one's action")
        assert _signals_to(log.read_text(), "ActionInvoked") == [older]

        trigger.touch()  # the prompt is over: withdraw() closes the newer bubble
        x_session.wait_until(lambda: text().count("children:") == 2, what="the withdrawal")
        assert text().splitlines()[-1] == "children: 0"
        x_session.wait_until(lambda: newer in _signals_to(log.read_text(), "NotificationClosed"),
                             what="the server to close the newer bubble")
        assert text().count("action:") == 1
    finally:
        probe.terminate()
        probe.wait(timeout=10)
        out.close()


def _sender_of(monitor_log: str, summary: str) -> str:
    """The bus connection that sent the Notify call of ``summary`` (a notify-send child)."""
    import re

    for m in re.finditer(r"sender=(\S+) .*member=Notify\n((?:   .*\n)+)", monitor_log):
        if f'string "{summary}"' in m.group(2):
            return m.group(1)
    raise AssertionError(f"no Notify call of {summary!r}")


def _signals_to(monitor_log: str, member: str) -> list[str]:
    """The destinations of each ``member`` signal (the server sends them to the Notify sender)."""
    import re

    return re.findall(rf"^signal .*destination=(\S+) .*member={member}$", monitor_log, re.M)
