"""A stand-in for the XDG settings portal on a private session bus, for the motion tests.

    python fake_settings_portal.py            # then, on stdin, lines like:
    set org.gnome.desktop.interface enable-animations b false
    set org.freedesktop.appearance reduced-motion u 1

It answers ``ReadOne`` (and ``Read``) for the keys it was given and emits ``SettingChanged``
when one is set, as the real portal does. It prints "ready" once it owns its name.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVariant

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Settings"


def _value(kind: str, text: str) -> object:
    if kind == "b":
        return text == "true"
    if kind == "u":  # sent as int32: PySide6 cannot write a uint32 (see notify_dbus)
        return int(text)
    if kind == "d":
        return float(text)
    return text


@ClassInfo({"D-Bus Interface": INTERFACE})
class Settings(QObject):
    def __init__(self, bus: QDBusConnection) -> None:
        super().__init__()
        self.bus = bus
        self.values: dict[tuple[str, str], object] = {}

    @Slot(str, str, result=QDBusVariant)
    def ReadOne(self, namespace: str, key: str) -> QDBusVariant:
        return QDBusVariant(self.values.get((namespace, key), ""))

    @Slot(str, str, result=QDBusVariant)
    def Read(self, namespace: str, key: str) -> QDBusVariant:
        return QDBusVariant(QDBusVariant(self.values.get((namespace, key), "")))

    def set(self, namespace: str, key: str, value: object) -> None:
        self.values[(namespace, key)] = value
        signal = QDBusMessage.createSignal(PATH, INTERFACE, "SettingChanged")
        signal.setArguments([namespace, key, QDBusVariant(value)])
        self.bus.send(signal)


def main() -> int:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    portal = Settings(bus)
    if not bus.registerObject(PATH, portal, QDBusConnection.RegisterOption.ExportAllSlots):
        print("cannot register", file=sys.stderr)
        return 1
    if not bus.registerService(SERVICE):
        print("cannot own", SERVICE, file=sys.stderr)
        return 1
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def command() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        _, namespace, key, kind, text = line.split()
        portal.set(namespace, key, _value(kind, text))
        print("set", flush=True)

    notifier.activated.connect(command)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
