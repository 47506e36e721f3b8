"""A small 12-week trend: per week a faint bar of reminders due with those answered drawn over it.

Painted with QPainter from palette colours and font-metric sizes, like the week chart. Clicking a
week, or moving to it with the arrow keys, asks the window to show it; each bar has a tooltip,
and to a screen reader the trend is a list of weeks with the one on show selected.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from backbreak.ui.accessibility import Role, set_role
from backbreak.ui.colours import ChartColours, chart_colours
from backbreak.ui.weekly.chart_items import ChartItems
from backbreak.ui.weekly.chart_tooltip import tooltip_event

translate = QCoreApplication.translate


def week_number(week: str) -> str:
    """ "2026-W47" -> "47" (the short label under a bar)."""
    return week.rpartition("W")[2]


class TrendChart(QWidget):
    """Reminders answered against reminders due for the last weeks, oldest first."""

    week_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, Role.List)
        self._points: tuple[tuple[str, int, int], ...] = ()
        self._highlighted: str | None = None
        self._items = ChartItems(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("WeeklyWindow", "Trend of the last weeks"))
        self.setAccessibleDescription(
            translate(
                "WeeklyWindow",
                "Reminders answered against reminders due per week. "
                "Left and right arrow keys show the week before or after.",
            )
        )

    def set_trend(self, points: Sequence[tuple[str, int, int]], highlighted: str | None) -> None:
        """``points`` are (week, answered, due), oldest first; ``highlighted`` is the week on
        show."""
        self._points = tuple(points)
        self._highlighted = highlighted
        self._items.set_names([self._week_text(*p) for p in self._points])
        self._items.place([self.week_rect(i) for i in range(len(self._points))])
        shown = self.shown_index()
        self._items.select(-1 if shown is None else shown)
        self.update()

    def shown_index(self) -> int | None:
        """Where the week on show sits in the trend (None when it is not in it)."""
        weeks = [week for week, _, _ in self._points]
        return weeks.index(self._highlighted) if self._highlighted in weeks else None

    def week_texts(self) -> list[str]:
        """The weeks as a screen reader reads them (the trend's list items)."""
        return self._items.names()

    def points(self) -> list[tuple[str, int, int]]:
        return list(self._points)

    def sizeHint(self) -> QSize:
        lh = self.fontMetrics().height()
        return QSize(len(self._points or range(12)) * 2 * lh, 5 * lh)

    def minimumSizeHint(self) -> QSize:
        lh = self.fontMetrics().height()
        return QSize(12 * lh, 5 * lh)

    # --- geometry and text -----------------------------------------------------------------
    def _plot(self) -> QRect:
        lh = self.fontMetrics().height()
        return self.rect().adjusted(lh // 2, lh // 4, -lh // 2, -lh - lh // 4)

    def week_rect(self, index: int) -> QRect:
        """The slot of one week: its bar and the label under it (also its hover area)."""
        plot = self._plot()
        width = plot.width() / max(len(self._points), 1)
        return QRect(
            plot.left() + round(index * width), plot.top(), round(width), self.height() - plot.top()
        )

    def week_at(self, pos: QPoint) -> int | None:
        for i in range(len(self._points)):
            if self.week_rect(i).contains(pos):
                return i
        return None

    @staticmethod
    def _week_text(week: str, answered: int, due: int) -> str:
        text = translate("WeeklyWindow", "%1: %2 of %n reminder(s) answered", None, due)
        text = text.replace("%1", week).replace("%2", str(answered))
        if due:
            text += " " + translate("WeeklyWindow", "(%1 %)").replace(
                "%1", str(round(100 * answered / due))
            )
        return text

    def tooltip_at(self, pos: QPoint) -> str | None:
        index = self.week_at(pos)
        return None if index is None else self._week_text(*self._points[index])

    # --- events ----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        return tooltip_event(self, event, self.tooltip_at) or super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.week_at(event.position().toPoint())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.week_clicked.emit(self._points[index][0])
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        shown = self.shown_index()
        last = len(self._points) - 1
        moves = {
            Qt.Key.Key_Left: last if shown is None else max(0, shown - 1),
            Qt.Key.Key_Right: last if shown is None else min(last, shown + 1),
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: last,
        }
        target = moves.get(Qt.Key(event.key()))
        if target is None or not self._points:
            super().keyPressEvent(event)
        elif target != shown:
            self.week_clicked.emit(self._points[target][0])

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._items.place([self.week_rect(i) for i in range(len(self._points))])
        super().resizeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._items.focus_in()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = chart_colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), colours.background)
        plot = self._plot()
        top = max((due for _, _answered, due in self._points), default=0) or 1
        painter.setPen(QPen(colours.axis, 1))
        painter.drawLine(plot.left(), plot.bottom(), plot.right(), plot.bottom())
        for i, point in enumerate(self._points):
            self._paint_week(painter, colours, i, point, top)
        painter.end()

    def _paint_week(
        self,
        painter: QPainter,
        colours: ChartColours,
        index: int,
        point: tuple[str, int, int],
        top: int,
    ) -> None:
        week, answered, due = point
        plot = self._plot()
        lh = self.fontMetrics().height()
        slot = self.week_rect(index)
        is_shown = week == self._highlighted
        if is_shown:
            painter.fillRect(slot, colours.selected)
        bar_width = slot.width() * 0.6
        left = slot.left() + (slot.width() - bar_width) / 2
        if due > 0:  # an outlined bar of what was due, the answered ones filled inside it
            height = due / top * plot.height()
            painter.setPen(QPen(colours.due_edge, 1))
            painter.setBrush(colours.due_fill)
            painter.drawRect(QRectF(left, plot.bottom() + 1 - height, bar_width, height))
        if answered > 0:
            height = answered / top * plot.height()
            painter.fillRect(
                QRectF(left, plot.bottom() + 1 - height, bar_width, height), colours.taken
            )
        label_rect = QRect(slot.left(), plot.bottom() + lh // 4, slot.width(), lh)
        painter.setPen(colours.accent if is_shown else colours.muted)
        font = self.font()
        font.setBold(is_shown)  # the week on show reads apart by weight, not colour alone
        painter.setFont(font)
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, week_number(week))
        painter.setFont(self.font())
        if is_shown:  # a frame; twice as thick, in the focus colour, when it has the keys
            ring = colours.focus if self.hasFocus() else colours.accent
            width = max(2, lh // 10) * (2 if self.hasFocus() else 1)
            painter.setPen(QPen(ring, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(slot.adjusted(width // 2, width // 2, -width // 2, -width // 2))
