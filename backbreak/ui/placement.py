"""Where small windows appear: on the screen under the mouse, without taking focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QWidget

QUIET_FLAGS = (
    Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.WindowDoesNotAcceptFocus
)


def make_quiet(widget: QWidget) -> None:
    """On top, but never steals keyboard focus from what the user is typing."""
    widget.setWindowFlags(QUIET_FLAGS)
    widget.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)


def accept_focus(widget: QWidget) -> None:
    """Once the user interacts, let the window take the keyboard (for Space, arrows, Esc)."""
    if widget.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus:
        geometry = widget.geometry()
        widget.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
        widget.setGeometry(geometry)
        widget.show()
    widget.activateWindow()
    widget.raise_()


def place_bottom_right(widget: QWidget) -> None:
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    widget.adjustSize()
    margin = widget.fontMetrics().height()
    widget.move(area.right() - widget.width() - margin, area.bottom() - widget.height() - margin)


def place_centre(widget: QWidget) -> None:
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    widget.adjustSize()
    widget.move(area.center() - widget.rect().center())
