"""Exercise illustrations: SVG in ``currentColor``, recoloured to the palette's text colour.

To a screen reader the picture is an image named by what it shows: the SVG's ``<desc>`` (the
built-in ones are translated with the routine texts), else its ``<title>``, else the step.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from backbreak.ui.accessibility import Role, set_role
from backbreak.ui.wording import content

_HEAD_BYTES = 65536  # a description sits at the top; never scan a whole large file for one


def svg_description(svg: bytes) -> str:
    """The ``<desc>`` of an SVG, else its ``<title>``, as plain text ("" if it has neither)."""
    head = svg[:_HEAD_BYTES].decode("utf-8", errors="replace")
    for tag in ("desc", "title"):
        found = re.search(rf"<{tag}(?:\s[^>]*)?>([^<]*)</{tag}>", head)
        if found and found.group(1).strip():
            return " ".join(unescape(found.group(1)).split())
    return ""


class Illustration(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, Role.Graphic)
        self._svg = b""
        self._renderer = QSvgRenderer(self)

    def set_file(self, path: Path | None, fallback_name: str = "") -> None:
        """Show ``path``; ``fallback_name`` names it when the file does not say what it shows."""
        try:
            self._svg = path.read_bytes() if path else b""
        except OSError:
            self._svg = b""
        described = svg_description(self._svg)
        self.setAccessibleName(content(described) if described else fallback_name)
        self._reload()

    def _reload(self) -> None:
        colour = self.palette().color(QPalette.ColorRole.WindowText).name()
        self._renderer.load(QByteArray(self._svg.replace(b"currentColor", colour.encode())))
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._reload()
        super().changeEvent(event)

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
