"""How the break windows appear: where, how big, and whether they take the keyboard.

A prompt that pops up while the user types must not take the keys from them, yet it must be
reachable from the keyboard. Window managers include a window in their Alt+Tab cycle when it can
take focus and is a normal window or a dialog (openbox and xfwm4 leave out utility windows and
windows that refuse focus), so the break windows are dialogs that accept focus and are merely
*shown without activating*. A window the user opened with their own key or click (the player
after Return on the card, the tray's "Stretch now") takes the focus at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QStyle, QWidget

BREAK_WINDOW_FLAGS = Qt.WindowType.Dialog | Qt.WindowType.WindowStaysOnTopHint


def make_break_window(widget: QWidget) -> None:
    """A small dialog on top of the others, shown without taking focus unless asked to."""
    widget.setWindowFlags(BREAK_WINDOW_FLAGS)
    widget.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
    # A keyboard-first window: the focused button is ringed from the start, not only after Tab.
    widget.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)


def present(widget: QWidget, *, take_focus: bool) -> None:
    """Show ``widget`` on top; it takes the keyboard only when ``take_focus`` (the user's own
    keystroke or click opened it), otherwise the user reaches it with Alt+Tab or the tray."""
    widget.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not take_focus)
    widget.show()
    widget.raise_()
    if take_focus:
        widget.activateWindow()


def bring_forward(widget: QWidget) -> None:
    """The user asked for this window (a tray entry): raise it and give it the keyboard."""
    if widget.isMinimized():
        widget.showNormal()
    widget.show()
    widget.raise_()
    widget.activateWindow()


def screen_area(widget: QWidget) -> QRect | None:
    """The free area of the screen the mouse is on (where the user is looking)."""
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry()


def usable_width(widget: QWidget, wanted: int) -> int:
    """``wanted``, or the width of the screen (less a margin) where that is narrower."""
    area = screen_area(widget)
    return wanted if area is None else min(wanted, area.width() - 2 * widget.fontMetrics().height())


def fit_width(widget: QWidget, wanted_width: int) -> None:
    """Size a top-level window ``wanted_width`` wide (less if the screen is narrower) and as
    tall as its wrapped text then needs, never taller than the screen."""
    width = max(usable_width(widget, wanted_width), widget.minimumSizeHint().width())
    layout = widget.layout()
    height = widget.sizeHint().height()
    if layout is not None and layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    fit_to_screen(widget, QSize(width, height))


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Resize to ``wanted``, but never larger than the screen (less a margin)."""
    area = screen_area(widget)
    if area is None:
        widget.resize(wanted)
        return
    margin = widget.fontMetrics().height()
    widget.resize(
        max(1, min(wanted.width(), area.width() - 2 * margin)),
        max(1, min(wanted.height(), area.height() - 2 * margin)),
    )


def frame_allowance(widget: QWidget) -> QSize:
    """What the window manager's frame adds to ``widget``: measured once it has been shown,
    before that Qt's estimate of a title bar (``move`` places the frame, not the content)."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    if frame != inner:
        return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return QSize(0, widget.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight))


def _corner_position(widget: QWidget) -> QPoint | None:
    area = screen_area(widget)
    if area is None:
        return None
    margin = widget.fontMetrics().height()
    frame = frame_allowance(widget)
    # Some window managers (openbox, measured) put the window a title bar lower than Qt's
    # idea of its frame: room for one more title bar keeps it off the bottom edge there.
    slack = widget.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
    right = area.right() - margin - frame.width() - widget.width()
    bottom = area.bottom() - margin - slack - frame.height() - widget.height()
    return QPoint(max(area.left(), right), max(area.top(), bottom))


def place_bottom_right(widget: QWidget) -> None:
    """In the corner of the user's screen, a line's height from its edges, frame included.

    Before the window is first shown its frame is only estimated, and its text may still wrap
    onto another line; :class:`_KeepInCorner` puts it back in the corner once the window
    manager has framed it and whenever its size changes while it is shown."""
    position = _corner_position(widget)
    if position is not None:
        widget.move(position)
        if widget.findChild(_KeepInCorner) is None:
            widget.installEventFilter(_KeepInCorner(widget))
    hold_size_where_compositor_places(widget)


class _KeepInCorner(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._framed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Hide:
            self._framed = False  # the next showing is framed anew
        elif not isinstance(watched, QWidget) or not watched.isVisible():
            return False
        elif kind == QEvent.Type.Resize or (
            kind == QEvent.Type.Move
            and not self._framed
            and watched.frameGeometry() != watched.geometry()
        ):
            # Only the window manager's first framing and size changes: a window the user
            # dragged elsewhere stays where they put it.
            self._framed = self._framed or watched.frameGeometry() != watched.geometry()
            position = _corner_position(watched)
            if position is not None and position != watched.pos():
                watched.move(position)
        return False
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
