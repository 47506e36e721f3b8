"""Exercise illustrations: a start and an end frame, drawn in the palette's colours.

The files draw the figure in ``currentColor`` and the far-side limbs, props and accent in
placeholder colours (:data:`FAR`, :data:`PROP`, :data:`ACCENT`); the picture swaps all four for
the colours of :func:`~backbreak.ui.colours.illustration_colours`, which reach 3:1 against the
window in light and dark palettes.

The picture shows a *pose* between the two frames (0 start, 1 end): frames of one structure
are interpolated (:mod:`~backbreak.ui.player.tween`), others cross-faded. It can be mirrored
(the other side of the body) or show both frames side by side (reduced motion). It moves only
when told (:class:`~backbreak.ui.player.animation.FrameAnimation` does that).

To a screen reader the picture is an image named by what the start frame shows: the SVG's
``<desc>`` (the built-in ones are translated with the routine texts), else its ``<title>``,
else the step; the end frame's description is its accessible description.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from backbreak.ui.accessibility import Role, set_role
from backbreak.ui.colours import IllustrationColours, illustration_colours
from backbreak.ui.player import tween
from backbreak.ui.wording import content

FIGURE = "currentColor"
"""The figure's colour in the files: the palette's text colour."""
FAR = "#7a7a7a"
"""Placeholder for the limbs on the far side of the body (a lighter shade of the figure)."""
PROP = "#a8a8a8"
"""Placeholder for the floor, chair, desk or mat."""
ACCENT = "#e8833a"
"""Placeholder for the accent: the muscle at work, arrows, the pelvis."""

_HEAD_BYTES = 65536  # a description sits at the top; never scan a whole large file for one
MAX_SVG_BYTES = 256 * 1024  # an illustration is a few kB; a huge file is not drawn
_STEPS = 240  # in-between frames are made at most this finely (a pose from 0 to 1)


def svg_description(svg: bytes) -> str:
    """The ``<desc>`` of an SVG, else its ``<title>``, as plain text ("" if it has neither)."""
    head = svg[:_HEAD_BYTES].decode("utf-8", errors="replace")
    for tag in ("desc", "title"):
        found = re.search(rf"<{tag}(?:\s[^>]*)?>([^<]*)</{tag}>", head)
        if found and found.group(1).strip():
            return " ".join(unescape(found.group(1)).split())
    return ""


def recoloured(svg: bytes, colours: IllustrationColours) -> str:
    """``svg`` as text with the placeholder colours swapped for ``colours``."""
    text = svg.decode("utf-8", errors="replace").replace(FIGURE, colours.figure.name())
    for placeholder, colour in ((FAR, colours.far), (PROP, colours.prop), (ACCENT, colours.accent)):
        text = re.sub(re.escape(placeholder), colour.name(), text, flags=re.IGNORECASE)
    return text


def _read(path: Path | None) -> bytes:
    if path is None:
        return b""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_SVG_BYTES + 1)
    except OSError:
        return b""
    return b"" if len(data) > MAX_SVG_BYTES else data


class Illustration(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, Role.Graphic)
        self._files: tuple[bytes, bytes] = (b"", b"")
        self._start = QSvgRenderer(self)
        self._end = QSvgRenderer(self)
        self._between = QSvgRenderer(self)
        self._shapes: tuple[tween.Shape, tween.Shape] | None = None
        self._between_at = -1  # the pose (in _STEPS) the in-between renderer holds
        self._pose = 0.0
        self._mirrored = False
        self._side_by_side = False

    # --- what it shows ---------------------------------------------------------------------
    def set_frames(self, start: Path | None, end: Path | None, fallback_name: str = "") -> None:
        """Show ``start`` (and ``end``: None for a single still picture) at the start pose;
        ``fallback_name`` names it when the file does not say what it shows."""
        first = _read(start)
        self._files = (first, _read(end) if end is not None else b"")
        described = svg_description(first)
        self.setAccessibleName(content(described) if described else fallback_name)
        then = svg_description(self._files[1])
        self.setAccessibleDescription(content(then) if then else "")
        self._pose = 0.0
        self._reload()

    def set_file(self, path: Path | None, fallback_name: str = "") -> None:
        """A single still picture."""
        self.set_frames(path, None, fallback_name)

    @property
    def has_motion(self) -> bool:
        """Whether there are two frames to move between."""
        return self._end.isValid()

    @property
    def pose(self) -> float:
        return self._pose

    def set_pose(self, pose: float) -> None:
        """0 shows the start frame, 1 the end frame, anything between an in-between frame."""
        pose = max(0.0, min(1.0, pose))
        if pose != self._pose:
            self._pose = pose
            self.update()

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def set_mirrored(self, mirrored: bool) -> None:
        """Show the other side of the body (the frames flipped left to right)."""
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.update()

    @property
    def side_by_side(self) -> bool:
        return self._side_by_side

    def set_side_by_side(self, on: bool) -> None:
        """Both frames next to each other, start on the left (reduced motion)."""
        if on != self._side_by_side:
            self._side_by_side = on
            self.updateGeometry()
            self.update()

    def _reload(self) -> None:
        colours = illustration_colours(self.palette())
        start, end = (recoloured(f, colours) if f else "" for f in self._files)
        self._start.load(QByteArray(start.encode()))
        self._end.load(QByteArray(end.encode()) if end else QByteArray())
        shapes = (tween.shape(start), tween.shape(end)) if end else None
        self._shapes = shapes if shapes and tween.compatible(*shapes) else None
        self._between_at = -1
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._reload()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 8
        if self._side_by_side:  # room for two frames, whatever the step shows
            return QSize(side * 7 // 4, side)
        return QSize(side, side)

    # --- painting --------------------------------------------------------------------------
    def _in_between(self, pose: float) -> QSvgRenderer | None:
        """The renderer of the frame at ``pose`` when the two frames can be interpolated."""
        if self._shapes is None:
            return None
        at = round(pose * _STEPS)
        if at != self._between_at:
            text = tween.between(*self._shapes, at / _STEPS)
            self._between.load(QByteArray((text or "").encode()))
            self._between_at = at
        return self._between if self._between.isValid() else None

    def _draw(self, p: QPainter, renderer: QSvgRenderer, box: QRectF, opacity: float = 1.0) -> None:
        view = renderer.defaultSize()
        scale = min(box.width() / max(1, view.width()), box.height() / max(1, view.height()))
        w, h = view.width() * scale, view.height() * scale
        target = QRectF(box.x() + (box.width() - w) / 2, box.y() + (box.height() - h) / 2, w, h)
        p.save()
        p.setOpacity(opacity)
        if self._mirrored:
            p.translate(target.center().x() * 2, 0)
            p.scale(-1, 1)
        renderer.render(p, target)
        p.restore()

    def _draw_pose(self, p: QPainter, box: QRectF) -> None:
        pose = self._pose
        if not self.has_motion or pose <= 0.0:
            self._draw(p, self._start, box)
        elif pose >= 1.0:
            self._draw(p, self._end, box)
        elif (between := self._in_between(pose)) is not None:
            self._draw(p, between, box)
        else:  # frames of different structure: cross-fade
            self._draw(p, self._start, box, 1.0 - pose)
            self._draw(p, self._end, box, pose)

    def _draw_both(self, p: QPainter) -> None:
        gap = self.fontMetrics().height() * 0.8
        side = min((self.width() - gap) / 2, float(self.height()))
        top = (self.height() - side) / 2
        left = (self.width() - 2 * side - gap) / 2
        self._draw(p, self._start, QRectF(left, top, side, side))
        self._draw(p, self._end, QRectF(left + side + gap, top, side, side))
        # a chevron between the two: the order to read them in
        colours = illustration_colours(self.palette())
        pen = QPen(colours.accent, max(1.5, gap / 5))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        x, y, r = left + side + gap / 2, self.height() / 2, gap / 4
        p.drawPolyline(
            QPolygonF([QPointF(x - r, y - 2 * r), QPointF(x + r, y), QPointF(x - r, y + 2 * r)])
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._start.isValid():
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._side_by_side and self.has_motion:
            self._draw_both(p)
        else:
            self._draw_pose(p, QRectF(0, 0, self.width(), self.height()))
        p.end()
