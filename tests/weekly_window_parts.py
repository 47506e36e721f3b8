"""The weekly window's parts found as a user or a screen reader finds them: buttons by name,
summary labels by description, the day heading as the label of the day's list, one chart,
trend and list each. Never by the window's private attributes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QTreeWidget, QWidget

from backbreak.ui.weekly.trend_chart import TrendChart
from backbreak.ui.weekly.week_chart import Series, WeekChart

W = TypeVar("W", bound=QWidget)


def _one(window: QWidget, kind: type[W], test: Callable[[W], bool] = lambda _: True) -> W:
    found = [c for c in window.findChildren(kind) if test(c)]
    assert len(found) == 1, (kind.__name__, found)
    return found[0]


def label(window: QWidget, description: str) -> QLabel:
    """A summary label, by what a screen reader says it is (its text is its name)."""
    return _one(window, QLabel, lambda lb: lb.accessibleDescription() == description)


def button(window: QWidget, name: str) -> QPushButton:
    return _one(window, QPushButton, lambda b: b.accessibleName() == name)


def chart_of(window: QWidget) -> WeekChart:
    """The window has one of each of these (their names are checked below, in English)."""
    return _one(window, WeekChart)


def trend_of(window: QWidget) -> TrendChart:
    return _one(window, TrendChart)


def events_of(window: QWidget) -> QTreeWidget:
    return _one(window, QTreeWidget)


def day_heading(window: QWidget) -> QLabel:
    """The heading that labels the list of the selected day's breaks (its buddy)."""
    events = events_of(window)
    return _one(window, QLabel, lambda lb: lb.buddy() is events)


def empty_note(window: QWidget) -> QLabel:
    """What stands in the chart's place when nothing was recorded: the other page."""
    pages = _one(window, QStackedWidget, lambda p: p.indexOf(chart_of(window)) >= 0)
    (note,) = [pages.widget(i) for i in range(pages.count()) if pages.widget(i) is not
               chart_of(window)]
    assert isinstance(note, QLabel)
    return note


def column_width(chart: WeekChart, day: int) -> int:
    """How wide the chart's column for ``day`` is, measured with ``day_at`` along a row."""
    y = chart.bar_rect(day, Series.DUE).center().y()
    return sum(chart.day_at(QPoint(x, y)) == day for x in range(chart.width()))
