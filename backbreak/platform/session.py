"""Screen lock, suspend and do-not-disturb, as Qt signals.

Sources (each optional; a missing bus or service is logged once and skipped):

* ``about_to_sleep`` / ``woke``: logind ``PrepareForSleep(bool)`` on the system bus. The app
  should also keep its wall-clock vs monotonic gap check: not every system has logind.
* ``locked_changed(bool)``: ``ActiveChanged(bool)`` of ``org.freedesktop.ScreenSaver`` and
  ``org.gnome.ScreenSaver`` on the session bus.
* ``dnd_changed(active, reason)``: any of
  - ``"desktop"``: the notification server's ``Inhibited`` property (KDE Plasma);
  - ``"dunst"``: dunst's ``paused`` property (``dunstctl set-paused true``);
  - ``"gnome"``: GNOME ``show-banners`` off, through the settings portal's ``SettingChanged``.
  ``reason`` names the active sources, comma-separated and sorted, or ``""`` when none is.

Everything is event driven. A full-screen window is not told here: the controller looks for one
when a break is due (``platform.fullscreen``), as it looks for a call.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

log = logging.getLogger(__name__)

NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties"
DUNST_INTERFACE = "org.dunstproject.cmd0"
PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_SETTINGS = "org.freedesktop.portal.Settings"
GNOME_NOTIFICATIONS = "org.gnome.desktop.notifications"
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)


class SessionWatcher(QObject):
    locked_changed = Signal(bool)
    about_to_sleep = Signal()
    woke = Signal()
    dnd_changed = Signal(bool, str)

    def __init__(
        self,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        self._system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        self._dnd_sources: set[str] = set()
        self._locked = False
        self._watchers: set[QDBusPendingCallWatcher] = set()

        if self._system.isConnected():
            self._listen(
                self._system,
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                "_on_prepare_for_sleep(bool)",
            )
        if self._session.isConnected():
            for service, path in SCREENSAVERS:
                self._listen(
                    self._session,
                    service,
                    path,
                    service,
                    "ActiveChanged",
                    "_on_screensaver_active(bool)",
                )
            self._listen(
                self._session,
                NOTIFICATIONS_SERVICE,
                NOTIFICATIONS_PATH,
                PROPERTIES_INTERFACE,
                "PropertiesChanged",
                "_on_notifications_properties(QString,QVariantMap,QStringList)",
            )
            self._listen(
                self._session,
                PORTAL_SERVICE,
                PORTAL_PATH,
                PORTAL_SETTINGS,
                "SettingChanged",
                "_on_portal_setting(QString,QString,QDBusVariant)",
            )
            self._get_property(
                NOTIFICATIONS_SERVICE,
                NOTIFICATIONS_PATH,
                NOTIFICATIONS_SERVICE,
                "Inhibited",
                "desktop",
            )
            self._get_property(
                NOTIFICATIONS_SERVICE, NOTIFICATIONS_PATH, DUNST_INTERFACE, "paused", "dunst"
            )

    # -- state -----------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def dnd_active(self) -> bool:
        return bool(self._dnd_sources)

    @property
    def dnd_reason(self) -> str:
        return ",".join(sorted(self._dnd_sources))

    def _set_dnd(self, source: str, on: bool) -> None:
        before = self.dnd_reason
        if on:
            self._dnd_sources.add(source)
        else:
            self._dnd_sources.discard(source)
        if self.dnd_reason != before:
            self.dnd_changed.emit(self.dnd_active, self.dnd_reason)

    # -- D-Bus plumbing --------------------------------------------------------------------
    def _listen(
        self, bus: QDBusConnection, service: str, path: str, interface: str, member: str, slot: str
    ) -> None:
        if not bus.connect(service, path, interface, member, self, SLOT(slot)):  # type: ignore[call-overload]
            log.info("cannot listen to %s.%s: %s", interface, member, bus.lastError().message())

    def _get_property(
        self, service: str, path: str, interface: str, name: str, source: str
    ) -> None:
        message = QDBusMessage.createMethodCall(service, path, PROPERTIES_INTERFACE, "Get")
        message.setArguments([interface, name])
        watcher = QDBusPendingCallWatcher(self._session.asyncCall(message, 2000), self)
        self._watchers.add(watcher)

        def done(w: QDBusPendingCallWatcher) -> None:
            self._watchers.discard(w)
            reply = w.reply()
            w.deleteLater()
            if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
                self._set_dnd(source, _truthy(reply.arguments()[0]))

        watcher.finished.connect(done)

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        (self.about_to_sleep if going_to_sleep else self.woke).emit()

    @Slot(bool)
    def _on_screensaver_active(self, active: bool) -> None:
        if active != self._locked:
            self._locked = active
            self.locked_changed.emit(active)

    @Slot(str, "QVariantMap", "QStringList")
    def _on_notifications_properties(
        self, interface: str, changed: dict[str, Any], invalidated: list[str]
    ) -> None:
        if interface == NOTIFICATIONS_SERVICE and "Inhibited" in changed:
            self._set_dnd("desktop", _truthy(changed["Inhibited"]))
        elif interface == DUNST_INTERFACE and "paused" in changed:
            self._set_dnd("dunst", _truthy(changed["paused"]))

    @Slot(str, str, "QDBusVariant")
    def _on_portal_setting(self, namespace: str, key: str, value: Any) -> None:
        if namespace == GNOME_NOTIFICATIONS and key == "show-banners":
            self._set_dnd("gnome", not _truthy(value))


def _truthy(value: Any) -> bool:
    """A D-Bus boolean, possibly wrapped in (nested) QDBusVariants."""
    while hasattr(value, "variant"):
        value = value.variant()
    return bool(value)
