"""Marks the week chart draws besides its bars: the goal tick, and the pain check-in's line.

The line is the day's average pain before a routine (solid, round marks) and after it (dashed,
square marks) on a 0 to 10 scale with its own axis at the plot's right; a day without a
check-in leaves a gap. Each line has a halo of the background under it, so it reads over the
bars; its colour reaches 3:1 against the background (``ChartColours``), and line style and
mark shape tell the two apart without colour.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen

from backbreak.ui.colours import ChartColours

if TYPE_CHECKING:
    from backbreak.core.history.weekly import DayStats

translate = QCoreApplication.translate
PAIN_TOP = 10


def paint_tick(painter: QPainter, rect: QRect, color: QColor, fm: QFontMetrics) -> None:
    """The goal-met tick, centred in ``rect``."""
    size = fm.ascent() * 0.8
    c = QPointF(rect.center())
    path = QPainterPath(QPointF(c.x() - size / 2, c.y()))
    path.lineTo(c.x() - size / 8, c.y() + size * 0.35)
    path.lineTo(c.x() + size / 2, c.y() - size * 0.4)
    painter.setPen(
        QPen(
            color,
            max(2.0, size / 6),
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def has_pain(days: Sequence[DayStats]) -> bool:
    return any(d.pain_before_avg is not None or d.pain_after_avg is not None for d in days)


def pain_axis_width(fm: QFontMetrics) -> int:
    """Room at the plot's right for the pain scale's figures."""
    return fm.horizontalAdvance(str(PAIN_TOP)) + fm.height() // 2


def pain_series(days: Sequence[DayStats]) -> tuple[list[float | None], list[float | None]]:
    """The two lines' values per day, Monday first (None: no check-in that day)."""
    return [d.pain_before_avg for d in days], [d.pain_after_avg for d in days]


def _y(plot: QRect, value: float) -> float:
    return plot.bottom() + 1 - value / PAIN_TOP * plot.height()


def _mark(painter: QPainter, centre: QPointF, radius: float, square: bool) -> None:
    if square:
        painter.drawRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))
    else:
        painter.drawEllipse(centre, radius * 1.1, radius * 1.1)


def _line(
    painter: QPainter,
    points: Sequence[QPointF | None],
    colour: QColor,
    colours: ChartColours,
    width: float,
    after: bool,
    marks: Sequence[QPointF] | None = None,
) -> None:
    """One line: a halo, the segments between days that both have a value, then the marks
    (at every point, unless ``marks`` names where)."""
    halo = QPen(colours.background, width * 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    ink = QPen(colour, width, Qt.PenStyle.DashLine if after else Qt.PenStyle.SolidLine)
    for pen in (halo, ink):
        painter.setPen(pen)
        for a, b in itertools.pairwise(points):
            if a is not None and b is not None:
                painter.drawLine(a, b)
    painter.setPen(QPen(colours.background, width))
    painter.setBrush(colour)
    for p in points if marks is None else marks:
        if p is not None:
            _mark(painter, p, width * 1.6, square=after)


def paint_pain_lines(
    painter: QPainter,
    colours: ChartColours,
    plot: QRect,
    columns: Sequence[QRect],
    days: Sequence[DayStats],
    fm: QFontMetrics,
) -> None:
    """The pain scale's figures right of ``plot`` and the two lines over the bars."""
    painter.setPen(colours.muted)
    for value in (0, PAIN_TOP // 2, PAIN_TOP):
        y = round(_y(plot, value)) - fm.height() // 2
        painter.drawText(
            QRect(plot.right() + fm.height() // 4, y, 2 * fm.height(), fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            str(value),
        )
    width = max(2.0, fm.height() / 8)
    before, after = pain_series(days)
    lines = ((before, colours.pain_before, False), (after, colours.pain_after, True))
    for values, colour, dashed in lines:
        points = [
            None if v is None else QPointF(column.center().x() + 0.5, _y(plot, v))
            for v, column in zip(values, columns, strict=False)
        ]
        _line(painter, points, colour, colours, width, dashed)


def pain_legend_entries() -> tuple[tuple[str, bool], ...]:
    """(label, is the "after" line) for the legend."""
    return (
        (translate("WeeklyWindow", "Back pain before"), False),
        (translate("WeeklyWindow", "Back pain after"), True),
    )


def paint_pain_legend(
    painter: QPainter, colours: ChartColours, x: int, row: QRect, fm: QFontMetrics
) -> int:
    """The two lines' legend entries from ``x`` in the legend ``row``; the x after them."""
    width = max(2.0, fm.height() / 8)
    sample = fm.height() * 1.5
    y = row.center().y() + 0.5
    for label, after in pain_legend_entries():
        colour = colours.pain_after if after else colours.pain_before
        ends = [QPointF(x, y), QPointF(x + sample, y)]
        _line(painter, ends, colour, colours, width, after, [QPointF(x + sample / 2, y)])
        x += round(sample) + fm.height() // 3
        painter.setPen(colours.text)
        painter.drawText(
            QRect(x, row.top(), fm.horizontalAdvance(label) + 2, row.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            label,
        )
        x += fm.horizontalAdvance(label) + fm.height()
    return x
