"""How long the user has not touched keyboard or mouse, from whatever this OS offers.

``detect_idle_source()`` tries, in order: X11 (XScreenSaver extension via ctypes; libXss is
Debian's ``libxss1``; not in a Wayland session, where it would see only Xwayland's clients),
GNOME Mutter's IdleMonitor over QtDBus, the Wayland idle protocols of wlroots compositors and
KWin (``idle_wayland``), the freedesktop ScreenSaver over QtDBus, Windows ``GetLastInputInfo``,
macOS IOKit ``HIDIdleTime``, else :class:`NullIdle`. Each query is
one cheap call; callers decide how often to ask (the policy needs about one answer a minute).
The D-Bus sources need a ``QCoreApplication``; their calls time out after 0.5 s.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from typing import Any, Protocol

log = logging.getLogger(__name__)

DBUS_TIMEOUT_MS = 500


class IdleSource(Protocol):
    # "x11-xss" | "mutter" | "wayland-idle-notify" | "wayland-kwin-idle" | "freedesktop" |
    # "windows" | "macos" | "none"
    name: str

    def idle_seconds(self) -> float | None:
        """Seconds since the last user input; None when unknown right now."""
        ...


class NullIdle:
    """No idle information: the sitting clock then counts all time at the computer."""

    name = "none"

    def idle_seconds(self) -> float | None:
        return None


def shared_library(soname: str, name: str) -> ctypes.CDLL:
    """A C library by its usual file name, else wherever ``ctypes.util.find_library`` finds
    it (which runs ``ldconfig -p`` or a compiler: only when the usual name fails)."""
    try:
        return ctypes.CDLL(soname)
    except OSError:
        from ctypes.util import find_library

        found = find_library(name)
        if found is None:
            raise
        return ctypes.CDLL(found)


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("eventMask", ctypes.c_ulong),
    ]


class X11ScreenSaverIdle:
    """XScreenSaverQueryInfo on its own X connection (``display`` defaults to ``$DISPLAY``)."""

    name = "x11-xss"

    def __init__(self, display: str | None = None) -> None:
        xlib = shared_library("libX11.so.6", "X11")
        xss = shared_library("libXss.so.1", "Xss")
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XScreenSaverInfo),
        ]
        self._xlib, self._xss = xlib, xss
        self._display = xlib.XOpenDisplay(display.encode() if display else None)
        if not self._display:
            raise OSError(f"cannot open X display {display or os.environ.get('DISPLAY')!r}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(
            self._display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            self.close()
            raise OSError("X server has no MIT-SCREEN-SAVER extension")
        self._root = xlib.XDefaultRootWindow(self._display)
        self._info = xss.XScreenSaverAllocInfo()

    def idle_seconds(self) -> float | None:
        if not self._display or not self._xss.XScreenSaverQueryInfo(
            self._display, self._root, self._info
        ):
            return None
        return float(self._info.contents.idle) / 1000.0

    def close(self) -> None:
        if self._display:
            self._xlib.XCloseDisplay(self._display)
            self._display = None


class _DBusIdle:
    """One synchronous D-Bus method returning milliseconds idle (short timeout)."""

    name = "dbus"
    service = path = interface = method = ""

    def __init__(self, bus: Any = None) -> None:
        from PySide6.QtDBus import QDBusConnection

        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        if self.idle_seconds() is None:
            raise OSError(f"{self.service} does not answer {self.method}")

    def idle_seconds(self) -> float | None:
        from PySide6.QtDBus import QDBusMessage

        message = QDBusMessage.createMethodCall(
            self.service, self.path, self.interface, self.method
        )
        reply = self._bus.call(message, timeout=DBUS_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        try:
            return float(reply.arguments()[0]) / 1000.0
        except (TypeError, ValueError):
            return None


class MutterIdle(_DBusIdle):
    name = "mutter"
    service = "org.gnome.Mutter.IdleMonitor"
    path = "/org/gnome/Mutter/IdleMonitor/Core"
    interface = "org.gnome.Mutter.IdleMonitor"
    method = "GetIdletime"


class FreedesktopIdle(_DBusIdle):
    """KDE (and others) implement GetSessionIdleTime, answering milliseconds."""

    name = "freedesktop"
    service = "org.freedesktop.ScreenSaver"
    path = "/org/freedesktop/ScreenSaver"
    interface = "org.freedesktop.ScreenSaver"
    method = "GetSessionIdleTime"


class WindowsIdle:
    name = "windows"

    def __init__(self) -> None:
        class LastInputInfo(ctypes.Structure):
            _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32)]

        self._info = LastInputInfo()
        self._info.cbSize = ctypes.sizeof(LastInputInfo)
        windll: Any = getattr(ctypes, "windll")  # noqa: B009 - only exists on Windows
        self._user32 = windll.user32
        self._kernel32 = windll.kernel32
        self._kernel32.GetTickCount.restype = ctypes.c_uint32

    def idle_seconds(self) -> float | None:
        if not self._user32.GetLastInputInfo(ctypes.byref(self._info)):
            return None
        # both tick counts wrap after 49.7 days; unsigned subtraction keeps the difference right
        ticks = int(self._kernel32.GetTickCount())
        return float((ticks - self._info.dwTime) & 0xFFFFFFFF) / 1000.0


class MacIdle:
    """IOKit's IOHIDSystem ``HIDIdleTime`` property (nanoseconds)."""

    name = "macos"
    _CF_STRING_ENCODING_UTF8 = 0x08000100
    _CF_NUMBER_SINT64 = 4

    def __init__(self) -> None:
        iokit = shared_library("/System/Library/Frameworks/IOKit.framework/IOKit", "IOKit")
        cf = shared_library(
            "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation", "CoreFoundation"
        )
        iokit.IOServiceMatching.restype = ctypes.c_void_p
        iokit.IOServiceMatching.argtypes = [ctypes.c_char_p]
        iokit.IOServiceGetMatchingService.restype = ctypes.c_uint32
        iokit.IOServiceGetMatchingService.argtypes = [ctypes.c_uint32, ctypes.c_void_p]
        iokit.IORegistryEntryCreateCFProperty.restype = ctypes.c_void_p
        iokit.IORegistryEntryCreateCFProperty.argtypes = [
            ctypes.c_uint32,
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_uint32,
        ]
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
        cf.CFNumberGetValue.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
        cf.CFRelease.argtypes = [ctypes.c_void_p]
        self._iokit, self._cf = iokit, cf
        # kIOMainPortDefault is 0; the matching dictionary is consumed by the call
        matching = iokit.IOServiceMatching(b"IOHIDSystem")
        self._service = iokit.IOServiceGetMatchingService(0, matching)
        if not self._service:
            raise OSError("IOHIDSystem service not found")
        self._key = cf.CFStringCreateWithCString(
            None, b"HIDIdleTime", self._CF_STRING_ENCODING_UTF8
        )

    def idle_seconds(self) -> float | None:
        prop = self._iokit.IORegistryEntryCreateCFProperty(self._service, self._key, None, 0)
        if not prop:
            return None
        nanoseconds = ctypes.c_int64()
        try:
            ok = self._cf.CFNumberGetValue(prop, self._CF_NUMBER_SINT64, ctypes.byref(nanoseconds))
        finally:
            self._cf.CFRelease(prop)
        return float(nanoseconds.value) / 1e9 if ok else None


def detect_idle_source() -> IdleSource:
    """The first idle source that works here; :class:`NullIdle` if none. Never raises."""
    candidates: list[type[Any]] = []
    if sys.platform == "win32":
        candidates = [WindowsIdle]
    elif sys.platform == "darwin":
        candidates = [MacIdle]
    else:
        if os.environ.get("DISPLAY") and os.environ.get("XDG_SESSION_TYPE") != "wayland":
            candidates.append(X11ScreenSaverIdle)
        candidates.append(MutterIdle)
        if os.environ.get("WAYLAND_DISPLAY"):
            from backbreak.platform.idle_wayland import WaylandIdle

            candidates.append(WaylandIdle)
        candidates.append(FreedesktopIdle)
    for candidate in candidates:
        try:
            source: IdleSource = candidate()
        except Exception as exc:  # a missing library or service: try the next one
            log.info("idle source %s unavailable: %s", candidate.__name__, exc)
            continue
        log.info("idle source: %s", source.name)
        return source
    return NullIdle()
