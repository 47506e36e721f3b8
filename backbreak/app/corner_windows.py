"""On sway the break windows go to the bottom-right corner of the workspace the user is on.

A Wayland client cannot place its windows, and sway puts a floating window in the middle of
the workspace. sway's IPC socket lets any client of the user move a window, though
(``platform.sway_ipc``). So when a break window (the prompt card, the walk card, the player:
the windows ``ui.placement.make_break_window`` made) is shown, this watch waits until sway has
mapped it (it finds the window by this process's id and the window's title), then floats it and
moves it to the corner, a line's height from the edges, as on X11. Only under sway
(``$SWAYSOCK`` set); other wlroots compositors offer no such socket, and there the user's own
rules place the windows (README).
"""

from __future__ import annotations

import logging
import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from backbreak.platform.sway_ipc import (
    Rect,
    SwayError,
    SwayIpc,
    bottom_right,
    find_window,
    outer_size,
    sway_socket,
)
from backbreak.ui.placement import BREAK_WINDOW_FLAGS

log = logging.getLogger(__name__)

MAPPED_WITHIN_S = 3.0  # how long a shown window may take to appear in sway's tree
POLL_MS = 50


class _CornerWatch(QObject):
    def __init__(self, app: QApplication, socket_path: str) -> None:
        super().__init__(app)
        self._path = socket_path
        self._pending: dict[QWidget, float] = {}  # window -> give up at (monotonic)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._place_pending)
        self.placed = 0  # for the log and tests
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and (watched.windowFlags() & BREAK_WINDOW_FLAGS) == BREAK_WINDOW_FLAGS
        ):
            self._pending[watched] = time.monotonic() + MAPPED_WITHIN_S
            self._timer.start()
        return False

    def _place_pending(self) -> None:
        try:
            with SwayIpc(self._path) as ipc:
                tree = ipc.tree()
                for widget, until in list(self._pending.items()):
                    node = find_window(tree, os.getpid(), widget.windowTitle())
                    if node is not None and widget.isVisible():
                        self._move(ipc, widget, node)
                    elif time.monotonic() < until and widget.isVisible():
                        continue
                    else:
                        log.info("sway did not show %r in time to place it", widget.windowTitle())
                    del self._pending[widget]
        except SwayError as exc:
            log.warning("cannot place a break window through sway: %s", exc)
            self._pending.clear()
        if not self._pending:
            self._timer.stop()

    def _move(self, ipc: SwayIpc, widget: QWidget, node: dict[str, object]) -> None:
        workspace = ipc.focused_workspace()
        if workspace is None:
            return
        x, y = bottom_right(Rect.of(workspace), outer_size(node), widget.fontMetrics().height())
        ipc.command(f"[con_id={node['id']}] floating enable, move absolute position {x} {y}")
        self.placed += 1
        log.info("placed %r at %d,%d on workspace %s", widget.windowTitle(), x, y,
                 workspace.get("name"))


def place_in_corner(app: QApplication) -> str:
    """Start the corner watch where sway's IPC socket answers; says what was done."""
    path = sway_socket(os.environ)
    if path is None:
        return "by the window manager"
    try:
        with SwayIpc(path) as ipc:
            ipc.focused_workspace()
    except SwayError as exc:
        return f"by the compositor ({exc})"
    _CornerWatch(app, path)  # the app owns it
    return "bottom-right corner through sway's IPC"
