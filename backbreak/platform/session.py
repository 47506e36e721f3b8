"""Screen lock, suspend and do-not-disturb, as Qt signals.

Sources (each optional; a missing bus or service is logged once and skipped):

* ``about_to_sleep`` / ``woke``: logind ``PrepareForSleep(bool)`` on the system bus. The app
  should also keep its wall-clock vs monotonic gap check: not every system has logind.
* ``locked_changed(bool)``: ``ActiveChanged(bool)`` of ``org.freedesktop.ScreenSaver`` and
  ``org.gnome.ScreenSaver`` on the session bus.
* ``dnd_changed(active, reason)``: any of
  - ``"desktop"``: the notification server's ``Inhibited`` property (KDE Plasma);
  - ``"dunst"``: dunst's ``paused`` property (``dunstctl set-paused true``);
  - ``"gnome"``: GNOME ``show-banners`` off, through the settings portal's ``SettingChanged``;
  - ``"fullscreen"``: the focused X11 window is full screen (``_NET_ACTIVE_WINDOW`` +
    ``_NET_WM_STATE_FULLSCREEN``), polled no faster than every 15 s.
  ``reason`` names the active sources, comma-separated and sorted, or ``""`` when none is.

Everything is event driven except the full-screen check (one X round trip per poll).
"""

from __future__ import annotations

import ctypes
import logging
import os
from typing import Any

from PySide6.QtCore import SLOT, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

from backbreak.platform.idle import shared_library

log = logging.getLogger(__name__)

MIN_FULLSCREEN_POLL_MS = 15_000
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


class X11Fullscreen:
    """Asks the X server whether the focused top-level window is full screen."""

    def __init__(self, display: str | None = None) -> None:
        xlib = shared_library("libX11.so.6", "X11")
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        xlib.XInternAtom.restype = ctypes.c_ulong
        xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        xlib.XGetWindowProperty.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_long,
            ctypes.c_long,
            ctypes.c_int,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_void_p),
        ]
        xlib.XFree.argtypes = [ctypes.c_void_p]
        xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        xlib.XSetErrorHandler.restype = ctypes.c_void_p
        self._xlib = xlib
        # a window can vanish between two calls; Xlib's default error handler would exit()
        self._error_handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(
            lambda _display, _event: 0
        )
        xlib.XSetErrorHandler(self._error_handler)
        self._display = xlib.XOpenDisplay(display.encode() if display else None)
        if not self._display:
            raise OSError(f"cannot open X display {display or os.environ.get('DISPLAY')!r}")
        self._root = xlib.XDefaultRootWindow(self._display)
        self._active = self._atom(b"_NET_ACTIVE_WINDOW")
        self._state = self._atom(b"_NET_WM_STATE")
        self._fullscreen = self._atom(b"_NET_WM_STATE_FULLSCREEN")
        self._any_type = 0  # AnyPropertyType: some tools write WINDOW as CARDINAL

    def _atom(self, name: bytes) -> int:
        return int(self._xlib.XInternAtom(self._display, name, 0))

    def _property(self, window: int, prop: int, kind: int) -> list[int]:
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self._xlib.XGetWindowProperty(
            self._display,
            window,
            prop,
            0,
            64,
            0,
            kind,
            ctypes.byref(actual_type),
            ctypes.byref(actual_format),
            ctypes.byref(count),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        if status != 0 or not data.value:
            return []
        try:
            if actual_format.value != 32:
                return []
            # format-32 properties come back as C longs
            values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [values[i] for i in range(count.value)]
        finally:
            self._xlib.XFree(data)

    def focused_window_fullscreen(self) -> bool:
        active = self._property(self._root, self._active, self._any_type)
        if not active or not active[0]:
            return False
        return self._fullscreen in self._property(active[0], self._state, self._any_type)

    def close(self) -> None:
        if self._display:
            self._xlib.XCloseDisplay(self._display)
            self._display = None


class SessionWatcher(QObject):
    locked_changed = Signal(bool)
    about_to_sleep = Signal()
    woke = Signal()
    dnd_changed = Signal(bool, str)

    def __init__(
        self,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        fullscreen_poll_ms: int = 30_000,
        watch_fullscreen: bool = True,
        x_display: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        self._system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        self._dnd_sources: set[str] = set()
        self._locked = False
        self._watchers: set[QDBusPendingCallWatcher] = set()
        self._fullscreen: X11Fullscreen | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(max(MIN_FULLSCREEN_POLL_MS, fullscreen_poll_ms))
        self._poll.timeout.connect(self.poll_fullscreen)

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
        if (
            watch_fullscreen
            and (x_display or os.environ.get("DISPLAY"))
            and os.environ.get("XDG_SESSION_TYPE") != "wayland"
        ):
            try:
                self._fullscreen = X11Fullscreen(x_display)
            except OSError as exc:
                log.info("full-screen detection unavailable: %s", exc)
            else:
                self._poll.start()

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

    @Slot()
    def poll_fullscreen(self) -> None:
        """One full-screen check (the timer calls this; tests may call it directly)."""
        if self._fullscreen is not None:
            self._set_dnd("fullscreen", self._fullscreen.focused_window_fullscreen())

    def stop(self) -> None:
        self._poll.stop()
        if self._fullscreen is not None:
            self._fullscreen.close()
            self._fullscreen = None

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
