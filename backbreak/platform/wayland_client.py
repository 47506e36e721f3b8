"""A Wayland connection of the app's own, read on the GUI thread without ever waiting.

Qt keeps its Wayland connection to itself (and the app may run through Xwayland), so the idle
source and the focus keeper open their own with ``pywayland`` (which bundles libwayland-client).
A ``QSocketNotifier`` reads the compositor's events when they arrive; only the set-up waits for
the compositor's list of globals, at most ``SETUP_TIMEOUT_S``.
"""

from __future__ import annotations

import logging
import os
import select
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

log = logging.getLogger(__name__)

SETUP_TIMEOUT_S = 0.5


class WaylandClient(QObject):
    """One connection: the globals the compositor announced, binding, and event reading.

    Raises ``OSError`` when there is no Wayland display, ``pywayland`` is missing, or the
    compositor does not answer within ``SETUP_TIMEOUT_S``.
    """

    def __init__(self, display_name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not (display_name or os.environ.get("WAYLAND_DISPLAY")):
            raise OSError("no Wayland display (WAYLAND_DISPLAY is not set)")
        try:
            from pywayland.client.display import Display
        except ImportError as exc:
            raise OSError(f"pywayland is not installed: {exc}") from None
        self.globals: dict[str, tuple[int, int]] = {}  # interface -> (name, version)
        self.alive = True
        self._lost: list[Callable[[], None]] = []
        self._objects: list[tuple[Any, str]] = []  # (proxy, its destructor request)
        self._bound: list[Any] = []  # a proxy whose Python object goes is destroyed with it
        self._display: Any = Display(display_name)
        try:
            self._display.connect()
        except ValueError:
            raise OSError(f"cannot connect to Wayland display {display_name or ''}") from None
        try:
            self._registry: Any = self._display.get_registry()
            self._registry.dispatcher["global"] = self._announced
            self.wait_for_server()
        except Exception:
            self._display.disconnect()
            raise
        self._notifier = QSocketNotifier(self._display.get_fd(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.read)
        app = QCoreApplication.instance()
        if app is not None:  # libwayland must see its objects go before the connection
            app.aboutToQuit.connect(self.close)

    def _announced(self, _registry: Any, name: int, interface: str, version: int) -> None:
        self.globals.setdefault(interface, (name, version))

    def bind(self, interface: type[Any], version: int, destructor: str | None = None) -> Any:
        """Bind the global of ``interface`` at ``version`` (at most what the compositor has)."""
        name, offered = self.globals[interface.name]
        proxy = self._registry.bind(name, interface, min(version, offered))
        self._bound.append(proxy)
        if destructor is not None:
            self.own(proxy, destructor)
        return proxy

    def own(self, proxy: Any, destructor: str) -> Any:
        """Release ``proxy`` with its ``destructor`` request when the connection closes."""
        self._objects.append((proxy, destructor))
        return proxy

    def version_of(self, interface: str) -> int:
        return self.globals.get(interface, (0, 0))[1]

    def on_lost(self, callback: Callable[[], None]) -> None:
        self._lost.append(callback)

    def wait_for_server(self) -> None:
        """Wait (bounded) until the compositor has answered everything asked so far."""
        done: list[bool] = []
        callback = self._display.sync()
        callback.dispatcher["done"] = lambda *_: done.append(True)
        deadline = time.monotonic() + SETUP_TIMEOUT_S
        fd = self._display.get_fd()
        while not done:
            self._display.flush()
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise OSError(f"the compositor did not answer within {SETUP_TIMEOUT_S} s")
            if not self._pump():
                raise OSError("the Wayland connection broke")

    def flush(self) -> None:
        if self.alive:
            self._display.flush()

    def _pump(self) -> bool:
        """Read what the compositor sent (never waits) and dispatch it; False once it is gone."""
        try:
            self._display.read()  # libwayland reads without waiting: no data reads nothing
            self._display.dispatch(block=False)
            self._display.flush()
        except RuntimeError as exc:
            log.warning("Wayland connection lost: %s", exc)
            return False
        return True

    def read(self) -> None:
        """Dispatch what has arrived (the notifier calls this; callers may too)."""
        if self.alive and not self._pump():
            self.alive = False
            self._notifier.setEnabled(False)
            for callback in self._lost:
                callback()

    def close(self) -> None:
        """End the connection; proxies left to the garbage collector would crash libwayland."""
        if self._display is None:
            return
        self._notifier.setEnabled(False)
        if self.alive:
            for proxy, destructor in reversed(self._objects):
                getattr(proxy, destructor)()
            self._display.flush()
        self._objects.clear()
        self._bound.clear()
        self._registry = None
        self._display.disconnect()
        self._display = None
        self.alive = False
