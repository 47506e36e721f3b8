"""Windows shown without activating must leave the keyboard where it is, on Wayland too.

GNOME and KDE get that through Xwayland (``platform.display_server``). On wlroots compositors
the app stays a Wayland client and the compositor gives every new window the focus; there a
``FocusKeeper`` hands it back, told by an application event filter whenever a top-level window
with ``WA_ShowWithoutActivating`` is shown (the prompt card, the walk card, a player the user
did not open with their own key or click). Nothing here runs on X11.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)


class _QuietWindowWatch(QObject):
    def __init__(self, keeper: Any, app: QApplication) -> None:
        super().__init__(app)
        self._keeper = keeper
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        ):
            self._keeper.expect(watched.windowTitle())
        return False


def keep_focus_with_user(app: QApplication, app_id: str) -> str:
    """Start the focus keeper where one is needed and possible; says what was done."""
    if app.platformName() != "wayland":
        return f"not needed ({app.platformName()})"
    from backbreak.platform.wayland_focus import FocusKeeper

    try:
        keeper = FocusKeeper(app_id)
    except OSError as exc:
        return f"unavailable: {exc}"
    app.aboutToQuit.connect(keeper.close)
    _QuietWindowWatch(keeper, app)  # the app owns it
    return "hands the focus back through zwlr_foreign_toplevel_manager_v1"
