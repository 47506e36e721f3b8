"""The weekly window rendered offscreen, fed a hand-built week (and once a real store).

No translator is installed here, so plural texts read as their source form ("%n day(s)").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from hand_built_week import (
    THIS_WEEK,
    TODAY,
    WEDNESDAY_ROWS,
    HandBuiltSource,
    at,
    day,
    hand_built_week,
    week_of_days,
)
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QPushButton,
    QToolTip,
)
from pytestqt.qtbot import QtBot
from weekly_window_parts import (
    button,
    chart_of,
    column_width,
    day_heading,
    empty_note,
    events_of,
    label,
    trend_of,
)

from backbreak.core.history import weekly
from backbreak.core.history.store import HistoryStore
from backbreak.core.history.week_source import StoreWeekSource
from backbreak.core.history.weekly import week_monday
from backbreak.core.model import Kind, Outcome, Source
from backbreak.ui.weekly.day_texts import date_text
from backbreak.ui.weekly.week_chart import Series
from backbreak.ui.weekly.window import WeeklyWindow


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Day names and dates in a known locale, whatever the machine's LANG."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def source() -> HandBuiltSource:
    trends = {
        weekly.week_of(week_monday(THIS_WEEK) - timedelta(weeks=i)): (10 + i % 3, 14)
        for i in range(1, 12)
    }
    trends[THIS_WEEK] = (11, 16)
    return HandBuiltSource(
        weeks={THIS_WEEK: hand_built_week()}, events={TODAY: WEDNESDAY_ROWS}, trends=trends
    )


@pytest.fixture
def window(qtbot: QtBot, source: HandBuiltSource) -> WeeklyWindow:
    w = WeeklyWindow(source)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_window_shows_the_hand_computed_numbers(window: WeeklyWindow) -> None:
    assert label(window, "Week shown").text() == "Week 47: 16 Nov \N{EN DASH} 22 Nov 2026"
    assert label(window, "Reminders answered this week").text() == (
        "11 of 16 reminder(s) answered \N{MIDDLE DOT} 1 extra break(s)"
    )
    assert label(window, "Minutes moved this week").text() == "Moved: 1 h 10 min"
    assert label(window, "Days the daily goal was met").text() == "Daily goal met on 1 day(s)"
    assert label(window, "Running streak").text() == "Streak: 1 day(s) in a row"
    chart = chart_of(window)
    assert chart.bars() == [(5, 6, 2), (4, 7, 1), (3, 3, 0)] + [(0, 0, 0)] * 4
    assert chart.today_index() == 2
    assert chart.selected_day() == 2  # today is selected on opening


def test_day_list_shows_todays_breaks_in_time_order(window: WeeklyWindow) -> None:
    events = events_of(window)
    rows = [
        [events.topLevelItem(i).text(c) for c in range(5)]
        for i in range(events.topLevelItemCount())
    ]
    local = [r.started_at.astimezone() for r in sorted(WEDNESDAY_ROWS, key=lambda r: r.started_at)]
    assert [r[0][:5] for r in rows] == [f"{t:%H:%M}" for t in local]
    assert rows[0][1:] == [
        "Stretch \N{MIDDLE DOT} Routine desk-basic",  # the title the source gives
        "Partly done (3 of 5 step(s))",
        "2 min",
        "Reminder",
    ]
    assert rows[1][1:] == ["Natural break", "Open", "45 s", "Away from the desk"]
    assert rows[2][1:] == ["Walk", "Completed", "6 min", "Tray menu"]
    heading = day_heading(window).text()
    assert heading.startswith("Wednesday 18 November: 3 of 3 reminder(s) answered; ")
    assert "Daily goal met" in heading


def test_navigation_asks_the_source_for_the_right_weeks(
    window: WeeklyWindow, source: HandBuiltSource, qtbot: QtBot
) -> None:
    assert source.week_requests == [THIS_WEEK]
    assert not button(window, "Next week").isEnabled()  # no future weeks
    assert not button(window, "This week").isEnabled()
    qtbot.mouseClick(button(window, "Previous week"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(window, "Previous week"), Qt.MouseButton.LeftButton)
    assert source.week_requests[-2:] == ["2026-W46", "2026-W45"]
    assert button(window, "Next week").isEnabled() and button(window, "This week").isEnabled()
    qtbot.mouseClick(button(window, "Next week"), Qt.MouseButton.LeftButton)
    assert source.week_requests[-1] == "2026-W46"
    qtbot.mouseClick(button(window, "This week"), Qt.MouseButton.LeftButton)
    assert source.week_requests[-1] == THIS_WEEK
    window.show_week("2026-W01")  # starts Monday 29 December 2025
    qtbot.mouseClick(button(window, "Previous week"), Qt.MouseButton.LeftButton)
    assert source.week_requests[-1] == "2025-W52"
    assert window.week_shown() == "2025-W52"


def test_refresh_rereads_the_week_on_show(window: WeeklyWindow, source: HandBuiltSource) -> None:
    window.show_week("2026-W40")
    window.refresh()
    assert source.week_requests[-2:] == ["2026-W40", "2026-W40"]


def test_clicking_a_bar_selects_its_day_and_lists_its_events(
    window: WeeklyWindow, source: HandBuiltSource, qtbot: QtBot
) -> None:
    chart = chart_of(window)
    with qtbot.waitSignal(chart.day_selected) as selected:
        qtbot.mouseClick(
            chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(1, Series.TAKEN).center()
        )
    assert selected.args == [1]
    assert source.day_requests[-1] == date(2026, 11, 17)
    assert events_of(window).topLevelItem(0).text(0) == "No breaks on this day."
    heading = day_heading(window).text()
    assert heading.startswith("Tuesday 17 November: 4 of 7 reminder(s) answered; ")


def test_arrow_keys_move_the_selected_day(window: WeeklyWindow, qtbot: QtBot) -> None:
    chart = chart_of(window)
    chart.setFocus()
    seen = []
    for key in (
        Qt.Key.Key_Right,
        Qt.Key.Key_Left,
        Qt.Key.Key_Left,
        Qt.Key.Key_Home,
        Qt.Key.Key_Left,
        Qt.Key.Key_End,
        Qt.Key.Key_Right,
    ):
        qtbot.keyClick(chart, key)
        seen.append(chart.selected_day())
    assert seen == [3, 2, 1, 0, 0, 6, 6]  # clamped at both ends
    assert day_heading(window).text().startswith("Sunday 22 November")


def test_each_bar_has_its_own_tooltip(window: WeeklyWindow) -> None:
    chart = chart_of(window)
    tip = chart.tooltip_at(chart.bar_rect(0, Series.TAKEN).center())
    assert tip == (
        "Monday 16 November\n5 break(s) taken\n"
        "4 of 6 reminder(s) answered \N{MIDDLE DOT} 1 extra break(s)"
    )
    assert chart.tooltip_at(chart.bar_rect(1, Series.DUE).center()) == (
        "Tuesday 17 November\n7 break(s) due"
    )
    natural = chart.tooltip_at(chart.bar_rect(0, Series.NATURAL).center())
    assert natural == "Monday 16 November\n2 natural break(s): you got up on your own"
    # the Qt way in: a ToolTip help event at a bar shows that bar's text
    pos = chart.bar_rect(1, Series.TAKEN).center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, pos, chart.mapToGlobal(pos))
    QApplication.sendEvent(chart, event)
    assert QToolTip.text() == (
        "Tuesday 17 November\n4 break(s) taken\n4 of 7 reminder(s) answered"
    )


def test_trend_covers_twelve_weeks_and_marks_the_week_on_show(window: WeeklyWindow) -> None:
    points = trend_of(window).points()
    assert len(points) == 12
    assert points[0][0] == "2026-W36" and points[-1] == (THIS_WEEK, 11, 16)
    trend = trend_of(window)
    assert trend.tooltip_at(trend.week_rect(11).center()) == (
        "2026-W47: 11 of 16 reminder(s) answered (69 %)"
    )


def test_clicking_a_trend_week_shows_it(
    window: WeeklyWindow, source: HandBuiltSource, qtbot: QtBot
) -> None:
    qtbot.mouseClick(
        trend_of(window), Qt.MouseButton.LeftButton, pos=trend_of(window).week_rect(9).center()
    )
    assert source.week_requests[-1] == "2026-W45"


def test_first_day_shows_a_friendly_empty_state(qtbot: QtBot) -> None:
    w = WeeklyWindow(HandBuiltSource())
    qtbot.addWidget(w)
    w.show()
    assert empty_note(w).isVisible() and not chart_of(w).isVisible()
    assert empty_note(w).text().startswith("Welcome! Your week will fill in here.")
    assert events_of(w).isHidden() and trend_of(w).isHidden()
    assert label(w, "Reminders answered this week").text() == "No reminders were due"


def test_an_old_empty_week_says_nothing_was_recorded(window: WeeklyWindow) -> None:
    window.show_week("2026-W30")
    assert empty_note(window).text() == "Nothing was recorded in this week."
    assert trend_of(window).points()[-1][0] == "2026-W30"  # the trend ends at an older week


def _pixel(image: QImage, point: QPoint) -> QColor:
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(point.x() * ratio), round(point.y() * ratio))


def test_palette_change_repaints_in_the_new_colours(window: WeeklyWindow) -> None:
    chart = chart_of(window)
    bar = chart.bar_rect(0, Series.TAKEN)
    inside_taken_bar = QPoint(bar.center().x(), bar.bottom() - 2)
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#ffa000"))
    window.setPalette(dark)
    image = chart.grab().toImage()
    assert _pixel(image, QPoint(1, 1)) == QColor("#1e1e1e")
    assert _pixel(image, inside_taken_bar) == QColor("#ffa000")


def test_sizes_follow_the_font_for_200_percent(window: WeeklyWindow) -> None:
    chart = chart_of(window)
    normal = chart.sizeHint()
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    chart.setFont(font)
    doubled = chart.sizeHint()
    assert doubled.width() >= 1.8 * normal.width() and doubled.height() >= 1.8 * normal.height()
    chart.resize(doubled)
    widths = [
        chart.fontMetrics().horizontalAdvance(date_text(d.date, "ddd d"))
        for d in hand_built_week().days
    ]
    assert all(column_width(chart, i) > w for i, w in enumerate(widths))


def test_every_control_is_named_and_all_text_is_plain(window: WeeklyWindow) -> None:
    named = {
        chart_of(window): "Breaks per day",
        trend_of(window): "Trend of the last weeks",
        events_of(window): "Breaks on the selected day",
    }
    for control, name in named.items():
        assert control.accessibleName() == name
    for control in window.findChildren(QPushButton):
        assert control.accessibleName(), control
    for control in [*window.findChildren(QPushButton), chart_of(window), events_of(window)]:
        assert control.accessibleDescription(), control
    for each in window.findChildren(QLabel):
        assert each.textFormat() == Qt.TextFormat.PlainText, each.text()


def test_export_asks_for_a_file_and_emits_the_chosen_path(
    window: WeeklyWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    qtbot.mouseClick(button(window, "Export history"), Qt.MouseButton.LeftButton)
    dialog = window.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "history.csv"
    dialog.selectFile(str(target))
    with qtbot.waitSignal(window.export_requested) as exported:
        dialog.accept()
    assert exported.args == [str(target)]


def test_export_offers_json_too(window: WeeklyWindow, qtbot: QtBot, tmp_path: Path) -> None:
    export = button(window, "Export history")
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)  # one dialog, reused
    dialogs = window.findChildren(QFileDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    dialog.selectNameFilter("JSON files (*.json)")
    dialog.filterSelected.emit("JSON files (*.json)")
    assert dialog.defaultSuffix() == "json"


def test_tab_walks_the_controls_in_reading_order(
    window: WeeklyWindow, source: HandBuiltSource, qtbot: QtBot
) -> None:
    source.weeks["2026-W40"] = hand_built_week("2026-W40")
    window.show_week("2026-W40")  # every navigation button enabled, chart and list shown
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    button(window, "Previous week").setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [
        button(window, "Previous week"),
        button(window, "This week"),
        button(window, "Next week"),
        button(window, "Export history"),
        chart_of(window),
        trend_of(window),  # the 12-week trend is a stop too: its arrows change the week
        events_of(window),
    ]


def test_escape_closes_the_window(window: WeeklyWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_grab_to_png_for_the_readme(window: WeeklyWindow, tmp_path: Path) -> None:
    target = tmp_path / "weekly-window.png"
    assert window.grab().save(str(target))
    image = QImage(str(target))
    assert image.width() >= window.width() and image.height() >= window.height()


def test_window_over_a_real_store(qtbot: QtBot, tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3")
    monday = week_monday(THIS_WEEK)
    for hour, outcome in ((9, Outcome.COMPLETED), (10, Outcome.SKIPPED), (11, Outcome.PARTIAL)):
        row_id = store.open_prompt(at(monday, hour, 0), Kind.STRETCH, Source.SCHEDULED)
        store.finish(row_id, ended_at=at(monday, hour, 5), outcome=outcome, seconds_active=240)
    extra = store.open_prompt(at(monday, 13, 0), Kind.WALK, Source.TRAY)
    store.finish(extra, ended_at=at(monday, 13, 5), outcome=Outcome.COMPLETED, seconds_active=300)
    store.add_natural(at(TODAY, 14, 0), at(TODAY, 14, 8))
    now = datetime.combine(TODAY, time(12, 0), tzinfo=UTC)
    w = WeeklyWindow(StoreWeekSource(store, lambda: 20, lambda: now, UTC, lambda r: r.upper()))
    qtbot.addWidget(w)
    assert chart_of(w).bars()[:3] == [(3, 3, 0), (0, 0, 0), (0, 0, 1)]
    # three breaks taken against three reminders, yet only two reminders were answered
    assert label(w, "Reminders answered this week").text() == (
        "2 of 3 reminder(s) answered \N{MIDDLE DOT} 1 extra break(s)"
    )
    assert [events_of(w).topLevelItem(0).text(c) for c in (1, 2)] == [
        "Natural break",
        "Got up on my own",
    ]
    store.close()


def test_a_language_change_rebuilds_the_open_window_on_the_same_day(
    window: WeeklyWindow, qtbot: QtBot, switch_language: Callable[[str], None]
) -> None:
    chart_of(window).select_day(1)
    chart_of(window).setFocus()
    size = window.size()
    assert button(window, "Previous week").text() == "&Previous"

    switch_language("de")
    qtbot.waitUntil(lambda: window.windowTitle() == "Wochenverlauf \N{EN DASH} backbreak",
                    timeout=3000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert "&Zurück" in [b.text() for b in window.findChildren(QPushButton)]
    assert any(lb.text().startswith("Bewegt: ") for lb in window.findChildren(QLabel))
    assert window.week_shown() == THIS_WEEK
    assert chart_of(window).selected_day() == 1  # the day the user picked, not today
    assert day_heading(window).text().startswith("Dienstag")  # day names from the new locale
    assert QApplication.focusWidget() is chart_of(window)
    # Not shrunk back to a default size; wider only where the German texts need it.
    assert window.height() == size.height() and window.width() >= size.width()
    assert len(window.findChildren(QPushButton)) == 4  # the English body is gone


def _label(window: WeeklyWindow, what_it_says: str) -> QLabel:
    """A figure label, found by what it is (its description; a reader names it by its text)."""
    (label,) = [x for x in window.findChildren(QLabel) if x.accessibleDescription() == what_it_says]
    return label


@pytest.mark.parametrize(
    ("due", "answered", "extra", "language", "expected"),
    [
        (2, 2, 1, "en", "2 of 2 reminders answered \N{MIDDLE DOT} 1 extra break"),
        (1, 0, 3, "en", "0 of 1 reminder answered \N{MIDDLE DOT} 3 extra breaks"),
        (4, 3, 0, "en", "3 of 4 reminders answered"),
        (0, 0, 2, "en", "No reminders were due \N{MIDDLE DOT} 2 extra breaks"),
        (2, 2, 1, "de", "2 von 2 Erinnerungen beantwortet \N{MIDDLE DOT} 1 zusätzliche Pause"),
    ],
)
def test_the_header_counts_answered_reminders_and_extra_breaks_apart(
    qtbot: QtBot,
    switch_language: Callable[[str], None],
    due: int,
    answered: int,
    extra: int,
    language: str,
    expected: str,
) -> None:
    """Breaks from the tray or the command line are extra: never "3 of 2 due breaks taken"."""
    monday = week_monday(THIS_WEEK)
    days = [day(monday, due=due, answered=answered, extra=extra)]
    days += [day(monday + timedelta(days=i)) for i in range(1, 7)]
    switch_language(language)
    w = WeeklyWindow(HandBuiltSource(weeks={THIS_WEEK: week_of_days(THIS_WEEK, days, 0, 0)}))
    qtbot.addWidget(w)
    name = {"en": "Reminders answered this week", "de": "Diese Woche beantwortete Erinnerungen"}
    assert _label(w, name[language]).text() == expected
