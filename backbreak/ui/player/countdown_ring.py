"""A ring that empties as a step's seconds run out, with the seconds left in its middle."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._total = 1
        self._left = 0
        self.setAccessibleName("")

    def set_time(self, left: int, total: int) -> None:
        self._total = max(1, total)
        self._left = max(0, left)
        self.update()

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 5
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        w = max(3.0, side / 14)
        r = QRectF(
            (self.width() - side) / 2 + w,
            (self.height() - side) / 2 + w,
            side - 2 * w,
            side - 2 * w,
        )
        pal = self.palette()
        track = pal.color(QPalette.ColorRole.Mid)
        accent = pal.color(QPalette.ColorRole.Highlight)
        p.setPen(QPen(track, w))
        p.drawEllipse(r)
        p.setPen(QPen(accent, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawArc(r, 90 * 16, int(360 * 16 * self._left / self._total))
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        f = p.font()
        f.setPointSizeF(f.pointSizeF() * 1.8)
        f.setBold(True)
        p.setFont(f)
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, str(self._left))
        p.end()
