"""What the first-run windows (the welcome, the safety screen) share."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget


class AcknowledgedDialog(QDialog):
    """Emits ``acknowledged`` when the user closes it (a button, Return, Esc, the window's
    close button); not when the app closes it at quit or logout, so it comes back until the
    user has seen it."""

    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._closed_by_user = True

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window manager's close button is spontaneous; Qt closing every window on quit
        # (since Qt 6.5) is not.
        self._closed_by_user = event.spontaneous()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        super().done(result)
        if self._closed_by_user:
            self.acknowledged.emit()
        self._closed_by_user = True

