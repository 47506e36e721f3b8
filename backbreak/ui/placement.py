"""Where small windows appear: on the screen under the mouse, without taking focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
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
    hold_size_where_compositor_places(widget)


def place_centre(widget: QWidget) -> None:
    area = _area_under_mouse(widget)
    if area is not None:
        widget.move(area.center() - widget.rect().center())
    hold_size_where_compositor_places(widget)


class _ReleaseSizeOnHide(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget):
            watched.setMinimumSize(0, 0)
            watched.setMaximumSize(_ANY_SIZE, _ANY_SIZE)
        return False


_ANY_SIZE = 16_777_215  # QWIDGETSIZE_MAX


def hold_size_where_compositor_places(widget: QWidget) -> None:
    """As a Wayland client, the window cannot place itself: the compositor does. Tiling ones
    (sway and the other wlroots compositors) float only windows of a fixed size (minimum =
    maximum), and tile the rest to half the screen; so while shown, the window keeps the size
    it was given. Nothing changes on X11, where the window manager honours the position."""
    if QGuiApplication.platformName() != "wayland":
        return
    widget.setFixedSize(widget.size())
    if widget.findChild(_ReleaseSizeOnHide) is None:
        widget.installEventFilter(_ReleaseSizeOnHide(widget))
