"""The week's bar chart, painted with QPainter (QtCharts lives in Addons, deprecated since Qt 6.10).

Per day: breaks due, taken and, set apart, natural; under the bars the minutes moved, sitting,
standing, the longest sitting stretch and whether the daily goal was met. Every size comes from the
font metrics and every colour from the palette, so the chart stays legible at 200 % scaling and
follows a dark palette (colours from :mod:`backbreak.ui.colours`). To a screen reader it is a
list of the seven days, each named with its figures; the event list below is its other twin.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QFocusEvent,
    QFont,
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
from backbreak.ui.weekly.chart_fit import ChartFit, chart_fit, one_line, two_lines
from backbreak.ui.weekly.chart_items import ChartItems
from backbreak.ui.weekly.chart_marks import (
    has_pain,
    pain_axis_width,
    paint_pain_legend,
    paint_pain_lines,
    paint_tick,
)
from backbreak.ui.weekly.chart_tooltip import tooltip_event
from backbreak.ui.weekly.day_texts import (
    breaks_text,
    date_text,
    day_summary,
    day_title,
    format_minutes,
    format_minutes_lines,
)

__all__ = ["Series", "WeekChart"]

if TYPE_CHECKING:
    from backbreak.core.history.weekly import DayStats

translate = QCoreApplication.translate
_RIGHT = Qt.AlignmentFlag.AlignRight


class Series(Enum):
    """The three bars of a day, left to right."""

    DUE = 0
    TAKEN = 1
    NATURAL = 2


def _nice_top(value: int) -> tuple[int, int]:
    """The axis top and grid step for a largest bar of ``value`` (at most five grid steps)."""
    value = max(value, 4)
    for magnitude in itertools.count():
        for base in (1, 2, 5):
            step = base * 10**magnitude
            if math.ceil(value / step) <= 5:
                return math.ceil(value / step) * step, step
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class _Layout:
    legend: QRect
    plot: QRect
    columns: tuple[QRect, ...]  # each day's whole column, plot and rows below
    rows: tuple[int, ...]  # y of each text row under the plot: the day, then _row_titles()
    row_height: int
    gutter: int
    lines: int  # text lines per row (see chart_fit)


class WeekChart(QWidget):
    """Seven day columns, Monday first. Click a column or use the arrow keys to select a day."""

    day_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, Role.List)
        self._days: tuple[DayStats, ...] = ()
        self._pain = False  # the week has a pain check-in: its line and scale are drawn
        self._today: date | None = None
        self._selected = 0
        self._items = ChartItems(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("WeeklyWindow", "Breaks per day"))
        self.setAccessibleDescription(
            translate(
                "WeeklyWindow",
                "Bar chart of breaks due, breaks taken and natural breaks per day. "
                "Left and right arrow keys select a day; its breaks are listed below.",
            )
        )

    # --- model -----------------------------------------------------------------------------
    def set_week(self, days: Sequence[DayStats], today: date | None) -> None:
        self._days = tuple(days)
        self._today = today
        self._pain = has_pain(self._days)
        self._selected = min(self._selected, max(len(self._days) - 1, 0))
        self._items.set_names([self._day_text(d) for d in self._days])
        self._items.place(self._layout().columns)
        self._items.select(self._selected)
        self.update()

    def _day_text(self, day: DayStats) -> str:
        """A day as a screen reader says it: its name and every figure the chart draws."""
        if self._today is not None and day.date > self._today:
            return day_title(day.date) + ": " + translate("WeeklyWindow", "still to come")
        return day_title(day.date) + ": " + "; ".join(day_summary(day))

    def day_texts(self) -> list[str]:
        """The days as a screen reader reads them (the chart's list items)."""
        return self._items.names()

    def bars(self) -> list[tuple[int, int, int]]:
        """Per day, Monday first: (taken, due, natural) as drawn."""
        return [(d.taken, d.due, d.natural) for d in self._days]

    def selected_day(self) -> int:
        return self._selected

    def select_day(self, index: int) -> None:
        """Select a day (clamped to the week) and announce it if it changed."""
        if not self._days:
            return
        index = max(0, min(index, len(self._days) - 1))
        if index == self._selected:
            return
        self._selected = index
        self._items.select(index)
        self.update()
        self.day_selected.emit(index)

    def today_index(self) -> int | None:
        for i, d in enumerate(self._days):
            if d.date == self._today:
                return i
        return None

    # --- geometry --------------------------------------------------------------------------
    def _row_titles(self) -> tuple[str, ...]:
        return (
            translate("WeeklyWindow", "Moved"),
            translate("WeeklyWindow", "Sitting"),
            translate("WeeklyWindow", "Standing"),
            translate("WeeklyWindow", "Longest sitting"),
            translate("WeeklyWindow", "Goal met"),
        )

    def _fit(self) -> ChartFit:
        """Row texts on one line where the chart is wide enough, else on two (``chart_fit``)."""
        fm = self.fontMetrics()
        room = self.width() - 2 * (fm.height() // 2)
        return chart_fit(fm, self._row_titles(), self._labels(), room, self._axis())

    def _labels(self) -> list[str]:
        return [date_text(d.date, "ddd d") for d in self._days]

    def _axis(self) -> int:
        return pain_axis_width(self.fontMetrics()) if self._pain else 0

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        wide = one_line(fm, self._row_titles(), self._labels()).width(7, self._axis())
        return QSize(wide + fm.height(), 24 * fm.height())

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        narrow = two_lines(fm, self._row_titles(), self._labels()).width(7, self._axis())
        # room for two-line rows (six more lines than one-line ones) and a readable plot
        return QSize(narrow + 2 * (fm.height() // 2), 22 * fm.height())

    def _layout(self) -> _Layout:
        lh = self.fontMetrics().height()
        pad = lh // 2
        fit = self._fit()
        gutter = fit.gutter
        area = self.rect().adjusted(pad, pad, -pad, -pad)
        legend = QRect(area.left(), area.top(), area.width(), lh * (2 if self._pain else 1))
        row_height = fit.lines * lh + pad // 2
        row_count = 1 + len(self._row_titles())
        rows_top = area.bottom() - row_count * row_height + 1
        plot = QRect(
            area.left() + gutter,
            legend.bottom() + lh,
            area.width() - gutter - self._axis(),
            rows_top - legend.bottom() - lh - pad,
        )
        n = max(len(self._days), 1)
        width = plot.width() / n
        columns = tuple(
            QRect(
                plot.left() + round(i * width),
                plot.top(),
                round(width),
                area.bottom() - plot.top() + 1,
            )
            for i in range(n)
        )
        rows = tuple(rows_top + i * row_height for i in range(row_count))
        return _Layout(legend, plot, columns, rows, row_height, gutter, fit.lines)

    def _bar_slots(self, column: QRect) -> tuple[QRectF, QRectF, QRectF]:
        """x-extents of the due, taken and natural bars; natural stands apart after a wider gap."""
        inner = column.width() - self.fontMetrics().height() * 0.6
        bar = inner / 3.75
        left = column.left() + (column.width() - inner) / 2
        xs = (left, left + bar * 1.15, left + bar * 2.75)
        return tuple(QRectF(x, 0, bar, 0) for x in xs)  # type: ignore[return-value]

    def bar_rect(self, day: int, series: Series) -> QRect:
        """The hover area of one bar: its slot from the top of the plot down to the baseline."""
        layout = self._layout()
        slot = self._bar_slots(layout.columns[day])[series.value]
        return QRect(
            round(slot.left()), layout.plot.top(), max(round(slot.width()), 1), layout.plot.height()
        )

    def day_at(self, pos: QPoint) -> int | None:
        layout = self._layout()
        for i, column in enumerate(layout.columns[: len(self._days)]):
            if column.contains(pos):
                return i
        return None

    # --- tooltips, mouse, keys -------------------------------------------------------------
    def tooltip_at(self, pos: QPoint) -> str | None:
        """Plain text for the bar (or, between bars, the day) under ``pos``."""
        index = self.day_at(pos)
        if index is None:
            return None
        day = self._days[index]
        title = day_title(day.date)
        for series in Series:
            if self.bar_rect(index, series).contains(pos):
                return f"{title}\n{self._bar_text(day, series)}"
        return "\n".join([title, *day_summary(day)])

    @staticmethod
    def _bar_text(day: DayStats, series: Series) -> str:
        if series is Series.DUE:
            return translate("WeeklyWindow", "%n break(s) due", None, day.due)
        if series is Series.TAKEN:
            taken = translate("WeeklyWindow", "%n break(s) taken", None, day.taken)
            return taken + "\n" + breaks_text(day.answered, day.due, day.extra)
        return translate(
            "WeeklyWindow", "%n natural break(s): you got up on your own", None, day.natural
        )

    def event(self, event: QEvent) -> bool:
        return tooltip_event(self, event, self.tooltip_at) or super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.day_at(event.position().toPoint())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select_day(index)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Left: self._selected - 1,
            Qt.Key.Key_Right: self._selected + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self._days) - 1,
        }
        target = moves.get(Qt.Key(event.key()))
        if target is None or not self._days:
            super().keyPressEvent(event)
            return
        self.select_day(target)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._items.place(self._layout().columns)
        super().resizeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._items.focus_in()
        self.update()  # the focus ring
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # --- painting --------------------------------------------------------------------------
    def colors(self) -> ChartColours:
        """Every colour derives from the current palette, so light and dark both read well."""
        return chart_colours(self.palette())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = self.colors()
        painter.fillRect(self.rect(), colors.background)
        layout = self._layout()
        self._paint_legend(painter, layout, colors)
        top, step = _nice_top(max((max(b) for b in self.bars()), default=0))
        self._paint_grid(painter, layout, colors, top, step)
        for i, day in enumerate(self._days):
            self._paint_day(painter, layout, colors, i, day, top)
        if self._pain:  # the check-in's averages, over the bars
            fm = self.fontMetrics()
            paint_pain_lines(painter, colors, layout.plot, layout.columns, self._days, fm)
        painter.end()

    def _paint_legend(self, painter: QPainter, layout: _Layout, colors: ChartColours) -> None:
        fm = self.fontMetrics()
        box = fm.ascent() - 2
        x = layout.legend.left() + layout.gutter
        row = layout.legend.adjusted(0, 0, 0, fm.height() - layout.legend.height())
        entries = (
            (Series.DUE, translate("WeeklyWindow", "Due")),
            (Series.TAKEN, translate("WeeklyWindow", "Taken")),
            (Series.NATURAL, translate("WeeklyWindow", "Natural breaks")),
        )
        for series, label in entries:
            swatch = QRectF(x, row.center().y() - box / 2, box, box)
            self._fill_bar(painter, swatch, series, colors)
            x += box + fm.height() // 3
            painter.setPen(colors.text)
            painter.drawText(
                QRect(x, row.top(), fm.horizontalAdvance(label) + 2, row.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            x += fm.horizontalAdvance(label) + fm.height()
        if self._pain:  # a row of its own: two legends in a row overflow a narrow window
            start = layout.legend.left() + layout.gutter
            paint_pain_legend(painter, colors, start, row.translated(0, row.height()), fm)

    def _paint_grid(
        self, painter: QPainter, layout: _Layout, colors: ChartColours, top: int, step: int
    ) -> None:
        fm = self.fontMetrics()
        plot = layout.plot
        for value in range(0, top + 1, step):
            y = plot.bottom() - round(value / top * plot.height())
            painter.setPen(QPen(colors.grid if value else colors.axis, 1))
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(colors.muted)
            painter.drawText(
                QRect(
                    plot.left() - layout.gutter,
                    y - fm.height() // 2,
                    layout.gutter - fm.height() // 3,
                    fm.height(),
                ),
                _RIGHT | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        for title, y in zip(self._row_titles(), layout.rows[1:], strict=True):
            row = QRect(plot.left() - layout.gutter, y, layout.gutter, layout.row_height)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(row, flags | Qt.TextFlag.TextWordWrap, title)

    def _fill_bar(
        self, painter: QPainter, rect: QRectF, series: Series, colors: ChartColours
    ) -> None:
        if series is Series.DUE:
            painter.setPen(QPen(colors.due_edge, 1))
            painter.setBrush(colors.due_fill)
        elif series is Series.TAKEN:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.taken)
        else:  # hatched, so it reads apart from "taken" without relying on colour
            painter.setPen(QPen(colors.natural, 1))
            painter.setBrush(QBrush(colors.natural, Qt.BrushStyle.BDiagPattern))
        painter.drawRect(rect)

    def _paint_day(
        self,
        painter: QPainter,
        layout: _Layout,
        colors: ChartColours,
        index: int,
        day: DayStats,
        top: int,
    ) -> None:
        fm = self.fontMetrics()
        column = layout.columns[index]
        plot = layout.plot
        if index == self._selected:
            painter.fillRect(column, colors.selected)
            if self.hasFocus():
                painter.setPen(QPen(colors.focus, max(2, fm.height() // 10)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(column.adjusted(1, 1, -1, -1))
        values = (day.due, day.taken, day.natural)
        for series, slot, value in zip(Series, self._bar_slots(column), values, strict=True):
            if value <= 0:
                continue
            height = value / top * plot.height()
            rect = QRectF(slot.left(), plot.bottom() + 1 - height, slot.width(), height)
            self._fill_bar(painter, rect, series, colors)
            if fm.horizontalAdvance(str(value)) <= slot.width() + fm.height() // 2:
                painter.setPen(colors.muted)
                painter.drawText(
                    QRectF(
                        slot.left() - fm.height() / 2,
                        rect.top() - fm.height(),
                        slot.width() + fm.height(),
                        fm.height(),
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    str(value),
                )
        self._paint_rows(painter, layout, colors, column, day)

    def _paint_rows(
        self,
        painter: QPainter,
        layout: _Layout,
        colors: ChartColours,
        column: QRect,
        day: DayStats,
    ) -> None:
        fm = self.fontMetrics()
        center = Qt.AlignmentFlag.AlignCenter
        label_rect = QRect(column.left(), layout.rows[0], column.width(), layout.row_height)
        font = QFont(self.font())
        is_today = day.date == self._today
        font.setBold(is_today)
        painter.setFont(font)
        is_future = self._today is not None and day.date > self._today
        painter.setPen(colors.accent if is_today else (colors.muted if is_future else colors.text))
        label = date_text(day.date, "ddd d")
        painter.drawText(label_rect, center, label)
        if is_today:  # an underline as well as colour and weight: today must not hinge on hue
            width = painter.fontMetrics().horizontalAdvance(label)
            thickness = max(2, fm.height() // 8)
            painter.fillRect(
                QRect(
                    label_rect.center().x() - width // 2,
                    label_rect.bottom() - thickness,
                    width,
                    thickness,
                ),
                colors.accent,
            )
        painter.setFont(self.font())
        if is_future:  # nothing to say yet; zeros would read as a bad day
            return
        painter.setPen(colors.text)
        minutes = (
            day.stretch_minutes + day.walk_minutes,
            day.sitting_minutes,
            day.standing_minutes,
            day.longest_sitting_minutes,
        )
        written = format_minutes if layout.lines == 1 else format_minutes_lines
        for y, value in zip(layout.rows[1:], minutes, strict=False):
            painter.drawText(
                QRect(column.left(), y, column.width(), layout.row_height), center, written(value)
            )
        goal_rect = QRect(column.left(), layout.rows[-1], column.width(), layout.row_height)
        if day.goal_met:
            paint_tick(painter, goal_rect, colors.accent, self.fontMetrics())
        else:
            painter.setPen(colors.muted)
            painter.drawText(goal_rect, center, "\N{EN DASH}")
