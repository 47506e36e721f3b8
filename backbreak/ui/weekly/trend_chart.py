"""A small 12-week trend: per week a faint bar of reminders due with those answered drawn over it.

Painted with QPainter from palette colours and font-metric sizes, like the week chart. Clicking a
week asks the window to show it; each bar has a tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

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
        self._points: tuple[tuple[str, int, int], ...] = ()
        self._highlighted: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("WeeklyWindow", "Trend of the last weeks"))

    def set_trend(self, points: Sequence[tuple[str, int, int]], highlighted: str | None) -> None:
        """``points`` are (week, answered, due), oldest first; ``highlighted`` is the week on
        show."""
        self._points = tuple(points)
        self._highlighted = highlighted
        lines = [self._week_text(*p) for p in self._points]
        self.setAccessibleDescription("\n".join(lines))
        self.update()

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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        due_color = QColor(text)
        due_color.setAlpha(50)
        muted = QColor(text)
        muted.setAlpha(170)
        accent = pal.color(QPalette.ColorRole.Highlight)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        plot = self._plot()
        top = max((due for _, _answered, due in self._points), default=0) or 1
        lh = self.fontMetrics().height()
        painter.setPen(QPen(muted, 1))
        painter.drawLine(plot.left(), plot.bottom(), plot.right(), plot.bottom())
        for i, (week, answered, due) in enumerate(self._points):
            slot = self.week_rect(i)
            bar_width = slot.width() * 0.6
            left = slot.left() + (slot.width() - bar_width) / 2
            for value, color in ((due, due_color), (answered, accent)):
                if value > 0:
                    height = value / top * plot.height()
                    painter.fillRect(
                        QRectF(left, plot.bottom() + 1 - height, bar_width, height), color
                    )
            label_rect = QRect(slot.left(), plot.bottom() + lh // 4, slot.width(), lh)
            is_shown = week == self._highlighted
            painter.setPen(accent if is_shown else muted)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, week_number(week))
            if is_shown:
                painter.setPen(QPen(accent, max(2, lh // 10)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(slot.adjusted(1, 1, -1, -1))
        painter.end()
