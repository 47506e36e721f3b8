"""The tray icon, drawn: a ring that fills toward the next break, a standing figure inside.

Drawn rather than loaded so the ring can show progress at any size and follow the palette.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


class TrayLook(Enum):
    ACTIVE = "active"
    DUE = "due"
    PAUSED = "paused"


_COLOURS = {
    TrayLook.ACTIVE: QColor("#2e9d6a"),
    TrayLook.DUE: QColor("#e07a1f"),
    TrayLook.PAUSED: QColor("#8a8f98"),
}


def tray_icon(look: TrayLook, progress: float, monochrome: QColor | None = None) -> QIcon:
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64):
        icon.addPixmap(_draw(size, look, max(0.0, min(1.0, progress)), monochrome))
    return icon


def _draw(size: int, look: TrayLook, progress: float, mono: QColor | None) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = mono or _COLOURS[look]
    track = QColor(colour)
    track.setAlpha(70)
    w = max(1.5, size / 9)
    r = QRectF(w / 2, w / 2, size - w, size - w)
    p.setPen(QPen(track, w))
    p.drawEllipse(r)
    p.setPen(QPen(colour, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    if look is TrayLook.DUE:
        p.drawEllipse(r)
    elif progress > 0:
        p.drawArc(r, 90 * 16, -int(progress * 360 * 16))
    c = size / 2
    if look is TrayLook.PAUSED:
        bar = QPen(colour, max(1.5, size / 8), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(bar)
        for dx in (-0.12, 0.12):
            x = c + size * dx
            p.drawLine(QPointF(x, c - size * 0.18), QPointF(x, c + size * 0.18))
    else:
        body = QPen(colour, max(1.2, size / 11), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(body)
        p.setBrush(colour)
        head = size * 0.08
        p.drawEllipse(QPointF(c, c - size * 0.2), head, head)
        p.drawLine(QPointF(c, c - size * 0.09), QPointF(c, c + size * 0.1))
        p.drawLine(QPointF(c, c + size * 0.1), QPointF(c - size * 0.1, c + size * 0.26))
        p.drawLine(QPointF(c, c + size * 0.1), QPointF(c + size * 0.1, c + size * 0.26))
        arm_y = c - size * 0.14 if look is TrayLook.DUE else c - size * 0.02
        p.drawLine(QPointF(c - size * 0.16, arm_y), QPointF(c + size * 0.16, arm_y))
    p.end()
    return pm
