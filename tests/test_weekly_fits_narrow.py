"""The weekly window at 200 % on a 1280x800 screen: no sideways scrolling, in every
language. Qt lays a window out in logical pixels, so a QT_SCALE_FACTOR=2 screen of 1280x800 is a
640x400 one here; the window is as large as ``fit_to_screen`` makes it there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest
from hand_built_week import THIS_WEEK, HandBuiltSource, hand_built_week
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from backbreak.core.history.weekly import week_monday, week_of
from backbreak.ui.weekly.window import WeeklyWindow

LOGICAL_SCREEN = (1280 // 2, 800 // 2)


def _source(pain: bool) -> HandBuiltSource:
    week = hand_built_week()
    if pain:  # the pain check-in's scale takes room at the chart's right
        days = [replace(d, pain_before_avg=6.0, pain_after_avg=4.5) for d in week.days]
        week = replace(week, days=tuple(days))
    source = HandBuiltSource(weeks={THIS_WEEK: week})
    last = week_monday(THIS_WEEK)
    for i in range(12):
        source.trends[week_of(last - timedelta(weeks=i))] = (12, 16) if i == 0 else (10, 14)
    return source


@pytest.mark.parametrize("pain", [False, True])
@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "pt_BR", "ja"])
def test_the_weekly_window_needs_no_sideways_scrolling_at_200_percent(
    qtbot: QtBot, switch_language: Callable[[str], None], language: str, pain: bool
) -> None:
    switch_language(language)
    window = WeeklyWindow(_source(pain))
    qtbot.addWidget(window)
    margin = window.fontMetrics().height()  # what fit_to_screen leaves around it
    window.resize(LOGICAL_SCREEN[0] - 2 * margin, LOGICAL_SCREEN[1] - 2 * margin)
    window.show()
    qtbot.waitExposed(window)
    scroll = window.findChild(QScrollArea)
    assert scroll is not None
    body = scroll.widget()
    sideways = scroll.horizontalScrollBar().maximum()
    assert sideways == 0, f"{language}: scrolls {sideways} px sideways"
    assert body.minimumSizeHint().width() <= scroll.viewport().width()
    # the chart took its two-line arrangement and still shows every day's column
    chart = window._chart
    assert chart._pain is pain
    assert chart.width() <= scroll.viewport().width()
    assert all(chart.rect().contains(c) for c in chart._layout().columns)
