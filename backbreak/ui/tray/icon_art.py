"""The tray icon, drawn: a ring that fills toward the next break, a standing figure inside.

Drawn rather than loaded so the ring can show progress at any size and follow the palette.

Each colour is drawn without antialiasing on a 1-bit image at four times the size and averaged
down, rather than antialiased in place: Qt's raster engine hands any antialiased shape of more
than ~96 spans (a ring at 32 px already) to its GUI thread pool, which starts threads and keeps
them 30 s, a burst of wake-ups at every step of the ring in an otherwise idle app. 1-bit images
are always filled on the calling thread (measured: tests/test_tray_icon.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPen, QPixmap

from backbreak.ui.tray.look import TrayLook

_COLOURS = {
    TrayLook.ACTIVE: QColor("#2e9d6a"),
    TrayLook.DUE: QColor("#e07a1f"),
    TrayLook.PAUSED: QColor("#8a8f98"),
}
SIZE = 64  # drawn at this size; Qt scales it down to the size a panel asks for
SUPERSAMPLE = 4
TRACK_ALPHA = 70
_ON = QColor(255, 255, 255)  # entry 1 of a layer's colour table: "covered"

Draw = Callable[[QPainter, int], None]


def tray_icon(look: TrayLook, progress: float, monochrome: QColor | None = None) -> QIcon:
    """The icon at :data:`SIZE`. Qt averages it down (smoothly, every line width being in
    proportion to the size) to the sizes a panel asks for, and only those: an XEmbed slot shows
    one, a StatusNotifier panel two or three. Six sizes drawn ahead were 35 kB an icon, 1 MB
    over one ring of 24 steps (the tray keeps the icons it has shown)."""
    icon = QIcon()
    icon.addPixmap(QPixmap.fromImage(_draw(SIZE, look, max(0.0, min(1.0, progress)),
                                           monochrome)))
    return icon


def _scaled(image: QImage, size: int) -> QImage:
    return image.scaled(
        size,
        size,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def _draw(size: int, look: TrayLook, progress: float, mono: QColor | None) -> QImage:
    colour = mono or _COLOURS[look]
    track = QColor(colour)
    track.setAlpha(TRACK_ALPHA)
    image = tinted(_coverage(size, _ring_track), track)
    ink = tinted(_coverage(size, lambda p, s: _ink(p, s, look, progress)), colour)
    p = QPainter(image)
    p.drawImage(0, 0, ink)
    p.end()
    return image


def _coverage(size: int, draw: Draw) -> QImage:
    """How much of each pixel ``draw`` covers, as the alpha of white (premultiplied)."""
    big = QImage(size * SUPERSAMPLE, size * SUPERSAMPLE, QImage.Format.Format_MonoLSB)
    big.setColorTable([0x00000000, _ON.rgba()])
    big.fill(0)
    p = QPainter(big)
    p.scale(SUPERSAMPLE, SUPERSAMPLE)
    p.setBrush(Qt.BrushStyle.NoBrush)
    draw(p, size)
    p.end()
    return _scaled(big.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied), size)


def tinted(coverage: QImage, colour: QColor) -> QImage:
    """``colour`` wherever ``coverage`` is opaque, with its alpha (how panels draw symbolic
    icons)."""
    image = QImage(coverage.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(colour)
    p = QPainter(image)
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
    p.drawImage(0, 0, coverage)
    p.end()
    return image


def _ring_rect(size: int) -> tuple[QRectF, float]:
    w = size / 9
    return QRectF(w / 2, w / 2, size - w, size - w), w


def _ring_track(p: QPainter, size: int) -> None:
    r, w = _ring_rect(size)
    p.setPen(QPen(_ON, w))
    p.drawEllipse(r)


def _ink(p: QPainter, size: int, look: TrayLook, progress: float) -> None:
    """The ring's filled part and the figure (or the pause bars)."""
    r, w = _ring_rect(size)
    p.setPen(QPen(_ON, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    if look is TrayLook.DUE:
        p.drawEllipse(r)
    elif progress > 0:
        p.drawArc(r, 90 * 16, -int(progress * 360 * 16))
    c = size / 2
    if look is TrayLook.PAUSED:
        bar = QPen(_ON, size / 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(bar)
        for dx in (-0.12, 0.12):
            x = c + size * dx
            p.drawLine(QPointF(x, c - size * 0.18), QPointF(x, c + size * 0.18))
        return
    body = QPen(_ON, size / 11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(body)
    p.setBrush(_ON)
    head = size * 0.08
    p.drawEllipse(QPointF(c, c - size * 0.2), head, head)
    p.drawLine(QPointF(c, c - size * 0.09), QPointF(c, c + size * 0.1))
    p.drawLine(QPointF(c, c + size * 0.1), QPointF(c - size * 0.1, c + size * 0.26))
    p.drawLine(QPointF(c, c + size * 0.1), QPointF(c + size * 0.1, c + size * 0.26))
    arm_y = c - size * 0.14 if look is TrayLook.DUE else c - size * 0.02
    p.drawLine(QPointF(c - size * 0.16, arm_y), QPointF(c + size * 0.16, arm_y))
