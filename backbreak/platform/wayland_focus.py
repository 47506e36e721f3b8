"""Give the keyboard back after a quiet window appeared, on wlroots compositors (sway...).

A Wayland client cannot show a window without focus: sway, like most wlroots compositors,
focuses every new window on the current workspace, whatever the client asks (only the user's
``no_focus`` rule stops it). What a client *can* do is ask, through
``zwlr_foreign_toplevel_management_unstable_v1`` (the protocol task bars use), to activate a
window. So :class:`FocusKeeper` follows which window has the focus, and when a quiet window
of this app (announced with :meth:`FocusKeeper.expect`) gets it, it hands the focus back to
the window that had it: the user keeps typing there, after a few milliseconds' detour.
No compositor IPC, nothing sway-specific: any compositor with the protocol behaves the same.

``zwlr_foreign_toplevel_management_unstable_v1`` version 2 is declared below from its protocol
description (pywayland ships bindings for wayland-protocols only).
"""

from __future__ import annotations

import functools
import logging
import struct
import time
from typing import Any

from backbreak.platform.wayland_client import WaylandClient

log = logging.getLogger(__name__)

EXPECT_FOR_S = 3.0  # how long after ``expect`` the window may take to get the focus
_ACTIVATED = 2  # zwlr_foreign_toplevel_handle_v1.state.activated
_FULLSCREEN = 3


@functools.cache
def _toplevel_interfaces() -> tuple[type[Any], type[Any]]:
    """(manager, handle) interfaces of zwlr_foreign_toplevel_management_unstable_v1 v2."""
    from pywayland.protocol.wayland import WlOutput, WlSeat, WlSurface
    from pywayland.protocol_core.argument import Argument
    from pywayland.protocol_core.interface import Interface
    from pywayland.protocol_core.proxy import Proxy
    from pywayland.scanner.argument import ArgumentType

    class Handle(Interface):
        name = "zwlr_foreign_toplevel_handle_v1"
        version = 2

    class Manager(Interface):
        name = "zwlr_foreign_toplevel_manager_v1"
        version = 2

    string, array = Argument(ArgumentType.String), Argument(ArgumentType.Array)
    output = Argument(ArgumentType.Object, interface=WlOutput)
    for event, args in (("title", [string]), ("app_id", [string]), ("output_enter", [output]),
                        ("output_leave", [output]), ("state", [array]), ("done", []),
                        ("closed", [])):
        Handle.event(*args)(_named(event))
    Manager.event(Argument(ArgumentType.NewId, interface=Handle))(_named("toplevel"))
    Manager.event()(_named("finished"))

    seat = Argument(ArgumentType.Object, interface=WlSeat)
    surface = Argument(ArgumentType.Object, interface=WlSurface)
    for request, args in (("set_maximized", []), ("unset_maximized", []), ("set_minimized", []),
                          ("unset_minimized", []), ("activate", [seat]), ("close", []),
                          ("set_rectangle", [surface, *[Argument(ArgumentType.Int)] * 4]),
                          ("destroy", [])):
        Handle.request(*args)(_named(request))
    Manager.request()(_named("stop"))

    class HandleProxy(Proxy[Handle]):
        interface = Handle

        def activate(self, seat: Any) -> None:
            self._marshal(4, seat)

        def destroy(self) -> None:
            self._marshal(7)
            self._destroy()

    class ManagerProxy(Proxy[Manager]):
        interface = Manager

        def stop(self) -> None:
            self._marshal(0)

    for iface, proxy in ((Handle, HandleProxy), (Manager, ManagerProxy)):
        iface._gen_c()
        iface.proxy_class = proxy
    return Manager, Handle


def _named(name: str) -> Any:
    def message(*_: Any) -> None: ...

    message.__name__ = name
    return message


class _Toplevel:
    """What the compositor last said (``done``) about one window."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle
        self.title = self.app_id = ""
        self.activated = self.fullscreen = False
        self._pending: dict[str, Any] = {}

    def update(self, key: str, value: Any) -> None:
        self._pending[key] = value

    def done(self) -> None:
        self.title = self._pending.get("title", self.title)
        self.app_id = self._pending.get("app_id", self.app_id)
        if "state" in self._pending:
            raw: bytes = self._pending["state"]
            states = set(struct.unpack(f"={len(raw) // 4}I", raw[: len(raw) // 4 * 4]))
            self.activated = _ACTIVATED in states
            self.fullscreen = _FULLSCREEN in states
        self._pending.clear()


class FocusKeeper:
    """Hands the focus back when a quiet window of ``app_id`` took it on appearing.

    Raises ``OSError`` when there is no Wayland display or the compositor does not offer the
    protocol (GNOME, KDE: they honour "show without activating" through Xwayland instead).
    """

    def __init__(self, app_id: str, display_name: str | None = None) -> None:
        self._app_id = app_id
        self._client = WaylandClient(display_name)
        client = self._client
        try:
            if "zwlr_foreign_toplevel_manager_v1" not in client.globals:
                raise OSError("the compositor offers no zwlr_foreign_toplevel_manager_v1")
            if "wl_seat" not in client.globals:
                raise OSError("the compositor announces no seat")
            from pywayland.protocol.wayland import WlSeat

            manager_iface, _ = _toplevel_interfaces()
            self._seat = client.bind(WlSeat, 1)
            self._manager = client.bind(manager_iface, 2, "stop")
            self._manager.dispatcher["toplevel"] = self._new_toplevel
            self._toplevels: dict[Any, _Toplevel] = {}
            self._expected: dict[str, float] = {}  # title -> until (monotonic)
            self._previous: _Toplevel | None = None  # the last other window with the focus
            self.returned = 0  # how often the focus was handed back (for the log and tests)
            client.wait_for_server()  # the windows that exist now
        except Exception:
            client.close()
            raise

    def expect(self, title: str) -> None:
        """A quiet window titled ``title`` is about to appear: it must not keep the focus."""
        self._expected[title] = time.monotonic() + EXPECT_FOR_S
        self._client.read()

    def close(self) -> None:
        self._client.close()

    def _new_toplevel(self, _manager: Any, handle: Any) -> None:
        top = _Toplevel(handle)
        self._toplevels[handle] = top
        for event in ("title", "app_id", "state"):
            handle.dispatcher[event] = functools.partial(self._pending, top, event)
        handle.dispatcher["done"] = lambda *_: self._done(top)
        handle.dispatcher["closed"] = lambda *_: self._closed(top)

    @staticmethod
    def _pending(top: _Toplevel, key: str, _handle: Any, value: Any) -> None:
        top.update(key, value)

    def _done(self, top: _Toplevel) -> None:
        was_active = top.activated
        top.done()
        if not top.activated or was_active:
            return
        if top.app_id != self._app_id:
            self._previous = top
            return
        until = self._expected.pop(top.title, None)
        previous = self._previous
        if until is None or until < time.monotonic() or previous is None:
            return
        previous.handle.activate(self._seat)
        self._client.flush()
        self.returned += 1
        log.info("focus handed back from %r to the window that had it", top.title)

    def _closed(self, top: _Toplevel) -> None:
        self._toplevels.pop(top.handle, None)
        if self._previous is top:
            self._previous = None
        top.handle.destroy()
