"""Per-item tooltips for the painted charts (one QWidget, many bars)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget


def tooltip_event(widget: QWidget, event: QEvent, text_at: Callable[[QPoint], str | None]) -> bool:
    """Handle a ToolTip event with the text of what lies under the pointer; True if handled."""
    if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
        return False
    text = text_at(event.pos())
    if text:
        QToolTip.showText(event.globalPos(), text, widget)
    else:
        QToolTip.hideText()
        event.ignore()
    return True
