"""Exercise illustrations: SVG in ``currentColor``, recoloured to the palette's text colour."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget


class Illustration(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._svg = b""
        self._renderer = QSvgRenderer(self)

    def set_file(self, path: Path | None) -> None:
        try:
            self._svg = path.read_bytes() if path else b""
        except OSError:
            self._svg = b""
        self._reload()

    def _reload(self) -> None:
        colour = self.palette().color(QPalette.ColorRole.WindowText).name()
        self._renderer.load(QByteArray(self._svg.replace(b"currentColor", colour.encode())))
        self.update()

    def changeEvent(self, event: object) -> None:
        from PySide6.QtCore import QEvent

        if isinstance(event, QEvent) and event.type() == QEvent.Type.PaletteChange:
            self._reload()
        super().changeEvent(event)  # type: ignore[arg-type]

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 8
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._renderer.isValid():
            return
        p = QPainter(self)
        view = self._renderer.defaultSize()
        scale = min(self.width() / max(1, view.width()), self.height() / max(1, view.height()))
        w, h = view.width() * scale, view.height() * scale
        self._renderer.render(p, QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h))
        p.end()
