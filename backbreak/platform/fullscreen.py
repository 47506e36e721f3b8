"""Would a break window cover something the user is showing or watching full screen?

The controller looks only while a break is due (and every 15 s while one waits), like the meeting
guard; the policy holds the notice and the prompt while the answer is yes (``core.policy.holds``,
``waiting_reason`` ``fullscreen`` or ``idle-inhibited``). What can be seen depends on the desktop:

- X11 (and X11 windows through Xwayland): the focused window has ``_NET_WM_STATE_FULLSCREEN``
  (``_NET_ACTIVE_WINDOW``, one X round trip).
- sway: a visible full-screen window on the workspace the user is on (``GET_TREE`` over sway's
  IPC socket, ``platform.sway_ipc``).
- GNOME Wayland: Mutter tells no ordinary client about Wayland windows, so the app, running
  through Xwayland, cannot see a full-screen Wayland window. What GNOME does tell is whether an
  application keeps the screen awake (``org.gnome.SessionManager`` ``InhibitedActions``, the
  idle bit): presentations, video players and browsers playing a film in full screen set it
  (through GTK, the inhibit portal or the session manager directly). It is also set by a film
  playing in a window, and not by a full-screen window that does not ask (a game, a terminal):
  the nearest a client can get, and what the README says.
"""

from __future__ import annotations

import ctypes
import logging
import os
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from backbreak.core.policy.vocabulary import ScreenInUse
from backbreak.platform.idle import shared_library

log = logging.getLogger(__name__)

DBUS_TIMEOUT_MS = 500
GNOME_SESSION = ("org.gnome.SessionManager", "/org/gnome/SessionManager")
INHIBIT_IDLE = 8  # GsmInhibitorFlag: 1 logout, 2 switch user, 4 suspend, 8 idle, 16 automount


class ScreenProbe(Protocol):
    name: str  # "x11" | "sway" | "gnome-session" | "x11+gnome-session" | "none"

    def check(self) -> ScreenInUse | None: ...


class NullScreen:
    """Nothing can be seen here: nothing is held for the screen."""

    name = "none"

    def check(self) -> ScreenInUse | None:
        return None
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


class X11Screen:
    name = "x11"

    def __init__(self, display: str | None = None) -> None:
        self._x11 = X11Fullscreen(display)

    def check(self) -> ScreenInUse | None:
        return ScreenInUse.FULLSCREEN if self._x11.focused_window_fullscreen() else None


class SwayScreen:
    """A full-screen window over the workspace the user is on, asked of sway each time."""

    name = "sway"

    def __init__(self, socket_path: str | None = None) -> None:
        from backbreak.platform.sway_ipc import SwayIpc

        self._path = socket_path
        with SwayIpc(socket_path) as ipc:  # reachable now, or OSError
            ipc.focused_workspace()

    def check(self) -> ScreenInUse | None:
        from backbreak.platform.sway_ipc import SwayError, SwayIpc, fullscreen_over

        try:
            with SwayIpc(self._path) as ipc:
                workspace = ipc.focused_workspace()
                tree = ipc.tree()
        except SwayError as exc:
            log.info("cannot ask sway about full-screen windows: %s", exc)
            return None
        covered = workspace is not None and fullscreen_over(tree, str(workspace.get("name")))
        return ScreenInUse.FULLSCREEN if covered else None


class GnomeKeptAwake:
    """Whether an application keeps GNOME's screen awake (see the module docstring)."""

    name = "gnome-session"

    def __init__(self, bus: Any = None) -> None:
        from PySide6.QtDBus import QDBusConnection

        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        if self._inhibited() is None:
            raise OSError(f"{GNOME_SESSION[0]} does not answer InhibitedActions")

    def _inhibited(self) -> int | None:
        from PySide6.QtDBus import QDBusMessage

        message = QDBusMessage.createMethodCall(
            GNOME_SESSION[0], GNOME_SESSION[1], "org.freedesktop.DBus.Properties", "Get"
        )
        message.setArguments([GNOME_SESSION[0], "InhibitedActions"])
        reply = self._bus.call(message, timeout=DBUS_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        value = reply.arguments()[0]
        while hasattr(value, "variant"):
            value = value.variant()
        try:
            return int(value)
        except (TypeError, ValueError):
            return None

    def check(self) -> ScreenInUse | None:
        flags = self._inhibited()
        return ScreenInUse.IDLE_INHIBITED if flags is not None and flags & INHIBIT_IDLE else None


class EitherScreen:
    """Several probes: the first that sees something answers."""

    def __init__(self, probes: Sequence[ScreenProbe]) -> None:
        self._probes = tuple(probes)
        self.name = "+".join(p.name for p in self._probes)

    def check(self) -> ScreenInUse | None:
        return next((use for p in self._probes if (use := p.check()) is not None), None)


def _candidates(env: Mapping[str, str], qt_platform: str) -> list[type[Any]]:
    from backbreak.platform.sway_ipc import sway_socket

    if sway_socket(env) is not None:  # sway's own view covers its X11 windows too
        return [SwayScreen]
    found: list[type[Any]] = []
    if qt_platform == "xcb" and env.get("DISPLAY"):  # X11, or X11 windows through Xwayland
        found.append(X11Screen)
    desktops = env.get("XDG_CURRENT_DESKTOP", "").lower().split(":")
    if env.get("XDG_SESSION_TYPE") == "wayland" and "gnome" in desktops:
        found.append(GnomeKeptAwake)  # Wayland windows, which Xwayland does not see
    return found


def detect_screen_probe(env: Mapping[str, str] | None = None, qt_platform: str = "") -> ScreenProbe:
    """What can tell a full-screen window here (see the module docstring); never raises."""
    env = os.environ if env is None else env
    probes: list[ScreenProbe] = []
    for candidate in _candidates(env, qt_platform):
        try:
            probes.append(candidate())
        except Exception as exc:  # a missing library, display or service
            log.info("full-screen probe %s unavailable: %s", candidate.__name__, exc)
    if not probes:
        return NullScreen()
    return probes[0] if len(probes) == 1 else EitherScreen(probes)
