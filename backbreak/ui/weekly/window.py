"""The weekly history window: how the week went, day by day, with the breaks behind each day.

It runs no SQL and decides nothing: a :class:`WeekDataSource` hands it figures, and it emits
intentions (``export_requested``) for the app to carry out.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QSignalBlocker,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backbreak.core.history.weekly import week_of
from backbreak.core.model import Kind, Outcome, Source
from backbreak.ui.accessibility import Role, set_role
from backbreak.ui.placement import fit_to_screen
from backbreak.ui.rebuild import rebuild_body, rebuild_on_language_change
from backbreak.ui.weekly.day_texts import (
    breaks_text,
    date_text,
    day_summary,
    day_title,
    format_minutes,
)
from backbreak.ui.weekly.trend_chart import TrendChart
from backbreak.ui.weekly.week_chart import WeekChart

if TYPE_CHECKING:
    from backbreak.core.history.store import BreakRow
    from backbreak.core.history.weekly import WeekStats

translate = QCoreApplication.translate

TREND_WEEKS = 12


class WeekDataSource(Protocol):
    """What the window reads; ``core.history.week_source`` implements it over the store."""

    def week(self, week: str) -> WeekStats: ...
    def day_events(self, day: date) -> list[BreakRow]: ...
    def trend(self, last_week: str, weeks: int) -> list[tuple[str, int, int]]: ...
    def this_week(self) -> str: ...
    def today(self) -> date: ...
    def routine_title(self, routine_id: str) -> str: ...


def _kind_text(kind: Kind) -> str:
    return {
        Kind.STRETCH: translate("WeeklyWindow", "Stretch"),
        Kind.WALK: translate("WeeklyWindow", "Walk"),
        Kind.NATURAL: translate("WeeklyWindow", "Natural break"),
    }[kind]


def _outcome_text(outcome: Outcome | None) -> str:
    if outcome is None:
        return translate("WeeklyWindow", "Open")
    return {
        Outcome.COMPLETED: translate("WeeklyWindow", "Completed"),
        Outcome.PARTIAL: translate("WeeklyWindow", "Partly done"),
        Outcome.SKIPPED: translate("WeeklyWindow", "Skipped"),
        Outcome.SNOOZED: translate("WeeklyWindow", "Snoozed"),
        Outcome.DISMISSED: translate("WeeklyWindow", "Unanswered"),
        Outcome.NATURAL: translate("WeeklyWindow", "Got up on my own"),
    }[outcome]


def _source_text(source: Source) -> str:
    return {
        Source.SCHEDULED: translate("WeeklyWindow", "Reminder"),
        Source.TRAY: translate("WeeklyWindow", "Tray menu"),
        Source.CLI: translate("WeeklyWindow", "Command line"),
        Source.IDLE: translate("WeeklyWindow", "Away from the desk"),
    }[source]


def _seconds_text(seconds: int) -> str:
    if seconds < 60:
        return translate("WeeklyWindow", "%n s", None, seconds)
    return format_minutes(seconds / 60)


def _time_text(moment: datetime) -> str:
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def event_columns(row: BreakRow, routine_title: Callable[[str], str] = str) -> list[str]:
    """The texts of one row of the day's event list: time, break, outcome, active, started by."""
    when = _time_text(row.started_at)
    if row.ended_at is not None:
        when += "\N{EN DASH}" + _time_text(row.ended_at)
    what = _kind_text(row.kind)
    if row.routine:
        what += f" \N{MIDDLE DOT} {routine_title(row.routine)}"
    outcome = _outcome_text(row.outcome)
    if row.steps_total:
        outcome += " " + translate(
            "WeeklyWindow", "(%1 of %n step(s))", None, row.steps_total
        ).replace("%1", str(row.steps_done))
    return [when, what, outcome, _seconds_text(row.seconds_active), _source_text(row.source)]


def _plain_label(what_it_says: str = "") -> QLabel:
    """A label a screen reader reads by its text (its name); ``what_it_says`` describes it."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    if what_it_says:
        label.setAccessibleDescription(what_it_says)
    return label


class WeeklyWindow(QWidget):
    """Seven days, Monday first, with navigation, a 12-week trend and the selected day's breaks."""

    export_requested = Signal(str)

    def __init__(self, source: WeekDataSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, Role.Window)
        self._source = source
        self._stats: WeekStats | None = None
        self._export_dialog: QFileDialog | None = None
        # The body scrolls inside the window, so the window fits any screen (200 % on a small
        # laptop) and every figure stays reachable.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        self._layout = QVBoxLayout(holder)
        self._layout.setContentsMargins(0, 0, 0, 0)  # the body has the window's margins
        self._body = self._build()
        self._layout.addWidget(self._body)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.show_week(source.this_week())
        lh = self.fontMetrics().height()
        wanted = self._body.sizeHint().expandedTo(self._body.minimumSizeHint())
        fit_to_screen(self, QSize(max(wanted.width(), 48 * lh), max(wanted.height(), 50 * lh)))

    def changeEvent(self, event: QEvent) -> None:
        rebuild_on_language_change(self, event, self._rebuild)
        super().changeEvent(event)

    def _rebuild(self) -> None:
        """The language changed: the window is built again in it, on the same week and day."""
        week = self.week_shown()
        day = self._chart.selected_day()
        if self._export_dialog is not None and not self._export_dialog.isVisible():
            self._export_dialog.deleteLater()  # asked for again in the new language
            self._export_dialog = None
        self._body = rebuild_body(self, self._layout, self._body, self._build)
        if week is not None:
            self.show_week(week)
            self._chart.select_day(day)

    # --- construction ----------------------------------------------------------------------
    def _button(
        self, text: str, name: str, description: str, icon: QStyle.StandardPixmap | None = None
    ) -> QPushButton:
        button = QPushButton(text)
        if icon is not None:
            button.setIcon(self.style().standardIcon(icon))
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        return button

    def _build(self) -> QWidget:
        self.setWindowTitle(translate("WeeklyWindow", "Weekly history \N{EM DASH} backbreak"))
        sp = QStyle.StandardPixmap
        self._previous_button = self._button(
            translate("WeeklyWindow", "&Previous"),
            translate("WeeklyWindow", "Previous week"),
            translate("WeeklyWindow", "Show the week before"),
            sp.SP_ArrowBack,
        )
        self._this_week_button = self._button(
            translate("WeeklyWindow", "&This week"),
            translate("WeeklyWindow", "This week"),
            translate("WeeklyWindow", "Go back to the current week"),
        )
        self._next_button = self._button(
            translate("WeeklyWindow", "&Next"),
            translate("WeeklyWindow", "Next week"),
            translate("WeeklyWindow", "Show the week after"),
            sp.SP_ArrowForward,
        )
        self._export_button = self._button(
            translate("WeeklyWindow", "&Export\N{HORIZONTAL ELLIPSIS}"),
            translate("WeeklyWindow", "Export history"),
            translate("WeeklyWindow", "Save the whole break history as a CSV or JSON file"),
        )
        self._previous_button.clicked.connect(lambda: self._step_week(-1))
        self._next_button.clicked.connect(lambda: self._step_week(+1))
        self._this_week_button.clicked.connect(lambda: self.show_week(self._source.this_week()))
        self._export_button.clicked.connect(self._ask_export_path)

        self._week_title = _plain_label(translate("WeeklyWindow", "Week shown"))
        title_font = self._week_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self._week_title.setFont(title_font)
        self._ratio_label = _plain_label(
            translate("WeeklyWindow", "Reminders answered this week")
        )
        self._moved_label = _plain_label(translate("WeeklyWindow", "Minutes moved this week"))
        self._goal_label = _plain_label(translate("WeeklyWindow", "Days the daily goal was met"))
        self._streak_label = _plain_label(translate("WeeklyWindow", "Running streak"))
        # wrapped rather than wider than a narrow window (200 % on a small screen)
        for label in (self._week_title, self._ratio_label, self._moved_label, self._goal_label,
                      self._streak_label):
            label.setWordWrap(True)

        self._chart = WeekChart()
        self._chart.day_selected.connect(self._show_day)
        self._empty_label = _plain_label()
        self._empty_label.setWordWrap(True)
        self._empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pages = QStackedWidget()
        self._pages.addWidget(self._chart)
        self._pages.addWidget(self._empty_label)

        self._trend_heading = _plain_label()
        self._trend_heading.setText(translate("WeeklyWindow", "Last %n week(s)", None, TREND_WEEKS))
        self._trend = TrendChart()
        self._trend.week_clicked.connect(self.show_week)

        self._day_heading = _plain_label()
        self._day_heading.setWordWrap(True)
        self._events = QTreeWidget()
        self._events.setRootIsDecorated(False)
        self._events.setAlternatingRowColors(True)
        self._events.setHeaderLabels(
            [
                translate("WeeklyWindow", "Time"),
                translate("WeeklyWindow", "Break"),
                translate("WeeklyWindow", "Outcome"),
                translate("WeeklyWindow", "Active"),
                translate("WeeklyWindow", "Started by"),
            ]
        )
        self._events.setAccessibleName(translate("WeeklyWindow", "Breaks on the selected day"))
        self._events.setAccessibleDescription(
            translate(
                "WeeklyWindow", "Every prompt and natural break of the day selected in the chart"
            )
        )
        self._day_heading.setBuddy(self._events)

        nav = QHBoxLayout()  # under the title, which has the whole width to itself
        nav.addWidget(self._previous_button)
        nav.addWidget(self._this_week_button)
        nav.addWidget(self._next_button)
        nav.addStretch(1)
        nav.addWidget(self._export_button)
        summary = QGridLayout()
        summary.setHorizontalSpacing(self.fontMetrics().height() * 2)
        summary.addWidget(self._ratio_label, 0, 0)
        summary.addWidget(self._moved_label, 1, 0)
        summary.addWidget(self._goal_label, 0, 1)
        summary.addWidget(self._streak_label, 1, 1)
        summary.setColumnStretch(0, 1)  # the two columns share the width: a label wraps only
        summary.setColumnStretch(1, 1)  # when half the window is too narrow for it
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._week_title)
        layout.addLayout(nav)
        layout.addLayout(summary)
        layout.addWidget(self._pages, 3)
        layout.addWidget(self._trend_heading)
        layout.addWidget(self._trend)
        layout.addWidget(self._day_heading)
        layout.addWidget(self._events, 2)

        order = (
            self._previous_button,
            self._this_week_button,
            self._next_button,
            self._export_button,
            self._chart,
            self._trend,
            self._events,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        return body

    # --- public ----------------------------------------------------------------------------
    def show_week(self, week: str) -> None:
        """Read and show ``week`` ("2026-W47"); today is selected when it falls in that week."""
        stats = self._source.week(week)
        today = self._source.today()
        this_week = self._source.this_week()
        self._stats = stats
        self._chart.set_week(stats.days, today)
        self._week_title.setText(self._week_text(stats))
        self._fill_summary(stats)
        self._next_button.setEnabled(stats.week < this_week)
        self._this_week_button.setEnabled(stats.week != this_week)
        self._fill_trend(stats.week, this_week)

        empty = self._is_empty(stats)
        self._pages.setCurrentWidget(self._empty_label if empty else self._chart)
        self._empty_label.setText(self._empty_text(stats.week == this_week))
        for widget in (self._day_heading, self._events):
            widget.setVisible(not empty)
        today_index = self._chart.today_index()
        if today_index is not None:
            with QSignalBlocker(self._chart):  # the day is shown once, just below
                self._chart.select_day(today_index)
        self._show_day(self._chart.selected_day())

    def refresh(self) -> None:
        """Re-read the week on show (after new history has landed)."""
        self.show_week(self._stats.week if self._stats else self._source.this_week())

    def week_shown(self) -> str | None:
        return self._stats.week if self._stats else None

    # --- internals -------------------------------------------------------------------------
    def _step_week(self, direction: int) -> None:
        if self._stats is not None:
            self.show_week(week_of(self._stats.start + timedelta(weeks=direction)))

    @staticmethod
    def _week_text(stats: WeekStats) -> str:
        _, number, _ = stats.start.isocalendar()
        span = (
            date_text(stats.start, "d MMM") + " \N{EN DASH} " + date_text(stats.end, "d MMM yyyy")
        )
        return (
            translate("WeeklyWindow", "Week %1: %2").replace("%1", str(number)).replace("%2", span)
        )

    def _fill_summary(self, stats: WeekStats) -> None:
        totals = stats.totals
        self._ratio_label.setText(breaks_text(totals.answered, totals.due, totals.extra))
        self._moved_label.setText(
            translate("WeeklyWindow", "Moved: %1").replace(
                "%1", format_minutes(totals.stretch_minutes + totals.walk_minutes)
            )
        )
        self._goal_label.setText(
            translate("WeeklyWindow", "Daily goal met on %n day(s)", None, stats.goal_days)
        )
        self._streak_label.setText(
            translate("WeeklyWindow", "Streak: %n day(s) in a row", None, stats.streak_days)
        )

    def _fill_trend(self, week: str, this_week: str) -> None:
        points = self._source.trend(this_week, TREND_WEEKS)
        if week not in (p[0] for p in points):  # an older week: let the trend end there
            points = self._source.trend(week, TREND_WEEKS)
        self._trend.set_trend(points, week)
        has_history = any(due for _, _answered, due in points)
        self._trend.setVisible(has_history)
        self._trend_heading.setVisible(has_history)

    @staticmethod
    def _is_empty(stats: WeekStats) -> bool:
        return not any(stats.totals.counters_json().values())

    def _empty_text(self, is_this_week: bool) -> str:
        if not is_this_week:
            return translate("WeeklyWindow", "Nothing was recorded in this week.")
        if self._trend.isHidden():
            return translate(
                "WeeklyWindow",
                "Welcome! Your week will fill in here.\n\nWhen backbreak asks you "
                "to stand up, each stretch or walk you take shows up as a bar for the day, "
                "with the minutes you moved.",
            )
        return translate(
            "WeeklyWindow", "No breaks yet this week. The first one will show up here."
        )

    def _show_day(self, index: int) -> None:
        if self._stats is None or not self._stats.days:
            return
        day = self._stats.days[index]
        rows = sorted(self._source.day_events(day.date), key=lambda r: r.started_at)
        self._day_heading.setText(day_title(day.date) + ": " + "; ".join(day_summary(day)))
        self._chart.setAccessibleDescription(self._day_heading.text())
        self._events.clear()
        for row in rows:
            titles = self._source.routine_title
            self._events.addTopLevelItem(QTreeWidgetItem(event_columns(row, titles)))
        if not rows:
            placeholder = QTreeWidgetItem([translate("WeeklyWindow", "No breaks on this day.")])
            placeholder.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not greyed out: it must be read
            self._events.addTopLevelItem(placeholder)
            placeholder.setFirstColumnSpanned(True)
        for column in range(self._events.columnCount()):
            self._events.resizeColumnToContents(column)

    def _ask_export_path(self) -> None:
        """Ask for a file (window-modal, non-blocking); the app writes it on the signal."""
        if self._export_dialog is None:
            csv_filter = translate("WeeklyWindow", "CSV files (*.csv)")
            json_filter = translate("WeeklyWindow", "JSON files (*.json)")
            dialog = QFileDialog(self, translate("WeeklyWindow", "Export break history"))
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setNameFilters([csv_filter, json_filter])
            dialog.setDefaultSuffix("csv")
            dialog.selectFile("backbreak-history.csv")
            dialog.filterSelected.connect(
                lambda chosen: dialog.setDefaultSuffix("json" if chosen == json_filter else "csv")
            )
            dialog.fileSelected.connect(self.export_requested.emit)
            self._export_dialog = dialog
        self._export_dialog.open()
