"""Where small windows appear: on the screen under the mouse, without taking focus."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
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


def _area_under_mouse(widget: QWidget) -> QRect | None:
    """The free area of the screen the mouse is on, with ``widget`` sized to its content."""
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    widget.adjustSize()
    return screen.availableGeometry()


def place_bottom_right(widget: QWidget) -> None:
    area = _area_under_mouse(widget)
    if area is not None:
        margin = widget.fontMetrics().height()
        x = area.right() - widget.width() - margin
        widget.move(x, area.bottom() - widget.height() - margin)


def place_centre(widget: QWidget) -> None:
    area = _area_under_mouse(widget)
    if area is not None:
        widget.move(area.center() - widget.rect().center())
