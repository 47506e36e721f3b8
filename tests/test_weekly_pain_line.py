"""The weekly chart's pain line: drawn over the bars only when the week has a
check-in, in its own colours, and said to a screen reader with each day's figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from backbreak.core.history.weekly import DayStats
from backbreak.ui.weekly.week_chart import WeekChart

MONDAY = date(2026, 11, 16)


def _week(pain: dict[int, tuple[float | None, float | None]]) -> list[DayStats]:
    days = [DayStats(date=MONDAY + timedelta(days=i), due=4, taken=3, answered=3)
            for i in range(7)]
    for i, (before, after) in pain.items():
        days[i] = replace(days[i], pain_before_avg=before, pain_after_avg=after)
    return days


def _chart(qtbot: QtBot, days: list[DayStats]) -> WeekChart:
    chart = WeekChart()
    qtbot.addWidget(chart)
    chart.resize(chart.sizeHint())
    chart.set_week(days, MONDAY + timedelta(days=6))
    return chart


def _pixels_of(image: QImage, colour: QColor) -> int:
    wanted = colour.rgb()
    return sum(
        image.pixel(x, y) == wanted for x in range(image.width()) for y in range(image.height())
    )


def test_the_line_is_drawn_only_for_a_week_with_check_ins(qtbot: QtBot) -> None:
    without = _chart(qtbot, _week({}))
    colours = without.colors()
    plain = without.grab().toImage()
    assert _pixels_of(plain, colours.pain_before) == 0
    assert _pixels_of(plain, colours.pain_after) == 0
    checked = _chart(qtbot, _week({0: (6.0, 4.0), 1: (5.0, 5.0), 3: (7.0, None)}))
    image = checked.grab().toImage()
    assert _pixels_of(image, colours.pain_before) > 50
    assert _pixels_of(image, colours.pain_after) > 50


def test_each_day_says_its_averages(qtbot: QtBot) -> None:
    chart = _chart(qtbot, _week({1: (4.5, 2.0), 3: (7.0, None)}))
    texts = chart.day_texts()
    assert "Back pain (0 to 10): 4.5 before, 2 after" in texts[1]
    assert "Back pain (0 to 10): 7 before, \N{EN DASH} after" in texts[3]
    assert "Back pain" not in texts[0]


def test_room_is_made_for_the_pain_scale(qtbot: QtBot) -> None:
    plain = _chart(qtbot, _week({}))
    checked = _chart(qtbot, _week({2: (3.0, 3.0)}))
    assert checked.minimumSizeHint().width() > plain.minimumSizeHint().width()
