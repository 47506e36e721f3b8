"""A ring that empties as a step's seconds run out, with the seconds left in its middle.

It is a progress bar underneath (painted as a ring), so a screen reader finds a progress bar
whose value is the seconds left, rather than a name that changes every second.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QProgressBar, QWidget

from backbreak.ui.colours import ring_colours

translate = QCoreApplication.translate


class CountdownRing(QProgressBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 1)
        self.setValue(0)
        self.setTextVisible(False)
        self.setAccessibleName(translate("Player", "Time left in this step"))

    def set_time(self, left: int, total: int) -> None:
        self.setMaximum(max(1, total))
        self.setValue(max(0, min(left, self.maximum())))
        self.setFormat(translate("Player", "%n second(s) left", None, self.value()))
        self.update()

    def text(self) -> str:
        return self.format()  # the sentence itself, for the accessible value text

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 5
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 3
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
        colours = ring_colours(self.palette())
        p.setPen(QPen(colours.track, w))
        p.drawEllipse(r)
        p.setPen(QPen(colours.arc, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawArc(r, 90 * 16, int(360 * 16 * self.value() / max(1, self.maximum())))
        p.setPen(colours.text)
        f = p.font()
        f.setPointSizeF(f.pointSizeF() * 1.8)
        f.setBold(True)
        p.setFont(f)
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, str(self.value()))
        p.end()
