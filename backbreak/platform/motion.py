"""Whether the desktop asks for reduced motion, for the exercise pictures.

Qt (6.8 - 6.11) has no such hint: ``QStyleHints``/``QAccessibilityHints`` carry colour scheme
and contrast only, and the ``UiEffects`` theme hint means menu and tooltip effects (the GNOME
and GTK themes always answer "hover effects only", whatever the user chose). So each OS is
asked directly, once at start and then on change where it can tell:

* Linux and BSD: the XDG settings portal (``org.freedesktop.portal.Settings``): the standard
  ``org.freedesktop.appearance reduced-motion`` (1 = reduce), GNOME's
  ``org.gnome.desktop.interface enable-animations`` (false = reduce; the switch of Settings >
  Accessibility > Reduce Animation) and KDE's ``org.kde.kdeglobals.KDE
  AnimationDurationFactor`` (0 = animations off), with ``SettingChanged`` for later changes;
  and GTK's own ``gtk-enable-animations`` in ``~/.config/gtk-3.0/settings.ini`` (desktops
  without a portal that still write it). Asynchronous: the answer comes when it comes.
* Windows: ``SystemParametersInfo(SPI_GETCLIENTAREAANIMATION)`` (Settings > Accessibility >
  Visual effects > Animation effects).
* macOS: ``NSWorkspace.accessibilityDisplayShouldReduceMotion``.

Any source saying "reduce" wins. A missing bus, portal or key is no answer, never an error.
"""

from __future__ import annotations

import configparser
import ctypes
import ctypes.util
import logging
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

log = logging.getLogger(__name__)

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_SETTINGS = "org.freedesktop.portal.Settings"
CALL_TIMEOUT_MS = 2000

# (namespace, key) -> does this value mean "reduce motion"?
PORTAL_KEYS: dict[tuple[str, str], Any] = {
    ("org.freedesktop.appearance", "reduced-motion"): lambda v: _number(v) == 1,
    ("org.gnome.desktop.interface", "enable-animations"): lambda v: _plain(v) is False,
    ("org.kde.kdeglobals.KDE", "AnimationDurationFactor"): lambda v: _number(v) == 0,
}


def _plain(value: Any) -> Any:
    """A D-Bus value without its (nested) QDBusVariant wrappers."""
    while hasattr(value, "variant"):
        value = value.variant()
    return value


def _number(value: Any) -> float | None:
    value = _plain(value)
    if isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def gtk_settings_reduce(path: Path | None = None) -> bool:
    """Whether GTK 3's ``settings.ini`` turns animations off."""
    if path is None:
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        path = Path(base) / "gtk-3.0" / "settings.ini"
    parser = configparser.ConfigParser(interpolation=None)
    try:
        if path.stat().st_size > 64 * 1024:
            return False
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return False
    value = parser.get("Settings", "gtk-enable-animations", fallback="").strip().lower()
    return value in ("0", "false", "no", "off")


def windows_reduce() -> bool:
    SPI_GETCLIENTAREAANIMATION = 0x1042
    enabled = ctypes.c_int(1)
    user32 = ctypes.windll.user32  # type: ignore[attr-defined]
    if not user32.SystemParametersInfoW(SPI_GETCLIENTAREAANIMATION, 0, ctypes.byref(enabled), 0):
        return False
    return not enabled.value


def macos_reduce() -> bool:
    objc = ctypes.cdll.LoadLibrary(ctypes.util.find_library("objc") or "libobjc.dylib")
    ctypes.cdll.LoadLibrary("/System/Library/Frameworks/AppKit.framework/AppKit")
    objc.objc_getClass.restype = ctypes.c_void_p
    objc.objc_getClass.argtypes = [ctypes.c_char_p]
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    send = objc.objc_msgSend
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    send.restype = ctypes.c_void_p
    workspace = send(objc.objc_getClass(b"NSWorkspace"), objc.sel_registerName(b"sharedWorkspace"))
    if not workspace:
        return False
    send.restype = ctypes.c_bool
    return bool(send(workspace, objc.sel_registerName(b"accessibilityDisplayShouldReduceMotion")))


class MotionPreference(QObject):
    """The desktop's reduced-motion wish: :attr:`reduced`, and ``changed`` when it changes."""

    changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        bus: QDBusConnection | None = None,
        platform: str = sys.platform,
        gtk_settings: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._sources: dict[str, bool] = {}
        self._watchers: set[QDBusPendingCallWatcher] = set()
        self._bus: QDBusConnection | None = None
        if platform == "win32":
            self._set("windows", self._safely(windows_reduce))
        elif platform == "darwin":
            self._set("macos", self._safely(macos_reduce))
        else:
            self._set("gtk", gtk_settings_reduce(gtk_settings))
            self._bus = bus if bus is not None else QDBusConnection.sessionBus()
            if self._bus.isConnected():
                self._watch_portal(self._bus)

    @property
    def reduced(self) -> bool:
        return any(self._sources.values())

    @property
    def sources(self) -> list[str]:
        """The sources that say "reduce" (for the log and tests)."""
        return sorted(k for k, v in self._sources.items() if v)

    @staticmethod
    def _safely(look: Any) -> bool:
        try:
            return bool(look())
        except (OSError, AttributeError, ValueError) as e:
            log.info("reduced motion unknown: %s", e)
            return False

    def _set(self, source: str, reduce: bool) -> None:
        before = self.reduced
        self._sources[source] = reduce
        if self.reduced != before:
            self.changed.emit(self.reduced)

    # -- the portal ------------------------------------------------------------------------
    def _watch_portal(self, bus: QDBusConnection) -> None:
        slot = SLOT("_on_setting(QString,QString,QDBusVariant)")
        if not bus.connect(  # type: ignore[call-overload]
            PORTAL_SERVICE, PORTAL_PATH, PORTAL_SETTINGS, "SettingChanged", self, slot
        ):
            log.info("cannot listen to the settings portal: %s", bus.lastError().message())
        for namespace, key in PORTAL_KEYS:
            self._read(bus, namespace, key, "ReadOne")

    def _read(self, bus: QDBusConnection, namespace: str, key: str, method: str) -> None:
        message = QDBusMessage.createMethodCall(
            PORTAL_SERVICE, PORTAL_PATH, PORTAL_SETTINGS, method
        )
        message.setArguments([namespace, key])
        watcher = QDBusPendingCallWatcher(bus.asyncCall(message, CALL_TIMEOUT_MS), self)
        self._watchers.add(watcher)

        def done(w: QDBusPendingCallWatcher) -> None:
            self._watchers.discard(w)
            reply = w.reply()
            w.deleteLater()
            if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
                self._on_setting(namespace, key, reply.arguments()[0])
            elif method == "ReadOne" and "UnknownMethod" in reply.errorName():
                self._read(bus, namespace, key, "Read")  # a portal older than version 2

        watcher.finished.connect(done)

    @Slot(str, str, "QDBusVariant")
    def _on_setting(self, namespace: str, key: str, value: Any) -> None:
        means_reduce = PORTAL_KEYS.get((namespace, key))
        if means_reduce is not None:
            self._set(f"{namespace} {key}", bool(means_reduce(value)))
