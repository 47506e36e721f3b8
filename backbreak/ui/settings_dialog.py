"""The settings dialog: everything in ``config.toml`` as a form, applied without a restart.

The dialog decides nothing and writes no file: it shows a :class:`Settings`, and on Apply or OK
emits ``applied`` with the new one for the live settings (``app.live_settings``) to save and
put into effect. Limits come from the checks in ``core.settings`` (:func:`accepted_range`),
never written here again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backbreak.core.settings import DAYS, LEVELS, PREFERENCES, Settings, accepted_range
from backbreak.ui.rebuild import rebuild_body, rebuild_on_language_change

translate = QCoreApplication.translate


def _preference_text(code: str) -> str:
    texts = {
        "alternate": translate("SettingsDialog", "Alternate stretches and walks"),
        "stretch": translate("SettingsDialog", "Stretches"),
        "walk": translate("SettingsDialog", "Walks"),
    }
    return texts.get(code, code)


def _level_text(code: str) -> str:
    texts = {
        "auto": translate("SettingsDialog", "Automatic (follows your progress)"),
        "gentle": translate("SettingsDialog", "Gentle"),
        "standard": translate("SettingsDialog", "Standard"),
        "strong": translate("SettingsDialog", "Strong"),
    }
    return texts.get(code, code)


def _to_qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _from_qtime(t: QTime) -> time:
    return time(t.hour(), t.minute())


def _describe(widget: QWidget, name: str, description: str) -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    widget.setToolTip(description)


def _buddy_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(buddy)
    return label


class SettingsDialog(QDialog):
    """Every user setting on four tabs, with OK, Apply, Cancel and Restore Defaults.

    ``applied`` carries a new, valid :class:`Settings` on Apply, and on OK when the form differs
    from what was last shown or applied. Apply and OK are disabled while the working hours end
    at or before they start (the same rule ``parse_config`` applies to the file).
    """

    applied = Signal(object)

    def __init__(
        self,
        settings: Settings,
        languages: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._languages = list(languages)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)  # the body has the dialog's margins
        self._body = self._build()
        self._layout.addWidget(self._body)
        self._shown = settings
        self.show_settings(settings)

    def changeEvent(self, event: QEvent) -> None:
        rebuild_on_language_change(self, event, self._rebuild)
        super().changeEvent(event)

    def _rebuild(self) -> None:
        """The language changed (Apply, or a hand edit): the form is built again in it,
        keeping what it holds, what Apply compares against, the page shown and the focus."""
        form, page = self.settings(), self._tabs.currentIndex()
        self._body = rebuild_body(self, self._layout, self._body, self._build)
        self.show_settings(form, keep_baseline=True)
        self._tabs.setCurrentIndex(page)

    # --- construction ----------------------------------------------------------------------
    def _minutes_box(self, attr: str) -> QSpinBox:
        lo, hi = accepted_range(attr)
        box = QSpinBox()
        box.setRange(-(-lo // 60), hi // 60)  # whole minutes inside the accepted seconds
        box.setSuffix(translate("SettingsDialog", " min"))
        box.setAccelerated(True)
        return box

    def _number_box(self, attr: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(*accepted_range(attr))
        box.setAccelerated(True)
        return box

    def _check(self, text: str, name: str, description: str) -> QCheckBox:
        box = QCheckBox(text)
        _describe(box, name, description)
        return box

    def _build(self) -> QWidget:
        tr = translate
        self.setWindowTitle(tr("SettingsDialog", "Settings \N{EM DASH} backbreak"))
        self._tabs = QTabWidget()
        self._tabs.setAccessibleName(tr("SettingsDialog", "Settings pages"))
        self._tabs.setAccessibleDescription(
            tr("SettingsDialog", "Breaks, working hours, routines and general settings")
        )
        self._tabs.addTab(self._build_breaks(), tr("SettingsDialog", "&Breaks"))
        self._tabs.addTab(self._build_hours(), tr("SettingsDialog", "Working &hours"))
        self._tabs.addTab(self._build_routines(), tr("SettingsDialog", "&Routines"))
        self._tabs.addTab(self._build_general(), tr("SettingsDialog", "&General"))

        self._problem = QLabel()
        self._problem.setTextFormat(Qt.TextFormat.PlainText)
        self._problem.setWordWrap(True)
        self._problem.setAccessibleName(tr("SettingsDialog", "Problem with the settings"))
        self._problem.setStyleSheet("QLabel { font-weight: bold; }")
        self._problem.hide()

        buttons = QDialogButtonBox.StandardButton
        self._buttons = QDialogButtonBox(
            buttons.Ok | buttons.Apply | buttons.Cancel | buttons.RestoreDefaults
        )
        self._ok = self._buttons.button(buttons.Ok)
        self._apply_button = self._buttons.button(buttons.Apply)
        self._restore = self._buttons.button(buttons.RestoreDefaults)
        cancel = self._buttons.button(buttons.Cancel)
        _describe(
            self._ok,
            tr("SettingsDialog", "OK"),
            tr("SettingsDialog", "Use these settings and close"),
        )
        _describe(
            self._apply_button,
            tr("SettingsDialog", "Apply"),
            tr("SettingsDialog", "Use these settings now and keep the dialog open"),
        )
        _describe(
            cancel,
            tr("SettingsDialog", "Cancel"),
            tr("SettingsDialog", "Close without changing anything not yet applied"),
        )
        _describe(
            self._restore,
            tr("SettingsDialog", "Restore defaults"),
            tr(
                "SettingsDialog",
                "Put the default value in every field; nothing changes until you apply",
            ),
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._apply_button.clicked.connect(self.apply)
        self._restore.clicked.connect(lambda: self.show_settings(Settings(), keep_baseline=True))

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._tabs)
        layout.addWidget(self._problem)
        layout.addWidget(self._buttons)

        for signal in self._change_signals:
            signal.connect(self._refresh)
        return body

    def _build_breaks(self) -> QWidget:
        tr = translate
        self._interval = self._minutes_box("interval_s")
        _describe(
            self._interval,
            tr("SettingsDialog", "Interval between breaks"),
            tr("SettingsDialog", "Minutes of sitting before you are asked to get up"),
        )
        self._natural_break = self._minutes_box("natural_break_s")
        _describe(
            self._natural_break,
            tr("SettingsDialog", "Time away that counts as a break"),
            tr(
                "SettingsDialog",
                "Minutes away from the computer after which the break counts as taken",
            ),
        )
        self._notice_ahead = self._number_box("notice_ahead_s")
        self._notice_ahead.setSuffix(tr("SettingsDialog", " s"))
        _describe(
            self._notice_ahead,
            tr("SettingsDialog", "Notice ahead of a break"),
            tr("SettingsDialog", "Seconds of warning before a break is due"),
        )
        self._snooze = self._minutes_box("snooze_s")
        _describe(
            self._snooze,
            tr("SettingsDialog", "Snooze length"),
            tr("SettingsDialog", "Minutes a snoozed break waits"),
        )
        self._snooze_limit = self._number_box("snooze_limit")
        self._snooze_limit.setSpecialValueText(tr("SettingsDialog", "No snoozing"))
        _describe(
            self._snooze_limit,
            tr("SettingsDialog", "Snoozes per break"),
            tr("SettingsDialog", "How many times one break can be put off"),
        )
        self._meeting_guard = self._check(
            tr("SettingsDialog", "Hold breaks during &calls (camera or microphone in use)"),
            tr("SettingsDialog", "Hold breaks during calls"),
            tr(
                "SettingsDialog",
                "A due break waits while another application uses the camera or the microphone",
            ),
        )
        self._typing_pause = self._number_box("typing_pause_s")
        self._typing_pause.setSuffix(tr("SettingsDialog", " s"))
        self._typing_pause.setSpecialValueText(tr("SettingsDialog", "Do not wait"))
        _describe(
            self._typing_pause,
            tr("SettingsDialog", "Wait for a pause in typing"),
            tr(
                "SettingsDialog",
                "Seconds without typing or moving the mouse before a due break is shown",
            ),
        )
        self._typing_pause_cap = self._number_box("typing_pause_cap_s")
        self._typing_pause_cap.setSuffix(tr("SettingsDialog", " s"))
        self._typing_pause_cap.setSpecialValueText(tr("SettingsDialog", "Do not wait"))
        _describe(
            self._typing_pause_cap,
            tr("SettingsDialog", "Longest wait for a pause"),
            tr("SettingsDialog", "After this many seconds the break is shown even while you type"),
        )

        page = QWidget()
        form = QFormLayout(page)
        form.addRow(
            _buddy_label(tr("SettingsDialog", "&Interval between breaks:"), self._interval),
            self._interval,
        )
        form.addRow(
            _buddy_label(
                tr("SettingsDialog", "Time &away that counts as a break:"), self._natural_break
            ),
            self._natural_break,
        )
        form.addRow(
            _buddy_label(tr("SettingsDialog", "&Notice ahead of a break:"), self._notice_ahead),
            self._notice_ahead,
        )
        form.addRow(
            _buddy_label(tr("SettingsDialog", "&Snooze length:"), self._snooze), self._snooze
        )
        form.addRow(
            _buddy_label(tr("SettingsDialog", "Snoozes &per break:"), self._snooze_limit),
            self._snooze_limit,
        )
        form.addRow(self._meeting_guard)
        form.addRow(
            _buddy_label(tr("SettingsDialog", "Wait for a pause in &typing:"), self._typing_pause),
            self._typing_pause,
        )
        form.addRow(
            _buddy_label(
                tr("SettingsDialog", "Longest &wait for a pause:"), self._typing_pause_cap
            ),
            self._typing_pause_cap,
        )
        return page

    def _build_hours(self) -> QWidget:
        tr = translate
        self._hours_enabled = self._check(
            tr("SettingsDialog", "Remind only &during working hours"),
            tr("SettingsDialog", "Remind only during working hours"),
            tr("SettingsDialog", "When off, reminders come at any hour on any day"),
        )
        self._work_start = QTimeEdit()
        self._work_start.setDisplayFormat("HH:mm")
        _describe(
            self._work_start,
            tr("SettingsDialog", "Working hours start"),
            tr("SettingsDialog", "Time of day the first reminder can come"),
        )
        self._work_end = QTimeEdit()
        self._work_end.setDisplayFormat("HH:mm")
        _describe(
            self._work_end,
            tr("SettingsDialog", "Working hours end"),
            tr("SettingsDialog", "Time of day reminders stop; must be after the start"),
        )
        locale = QLocale()
        self._day_boxes: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for qt_day in range(1, 8):  # Qt counts Monday as 1, like DAYS[0]
            box = QCheckBox(locale.standaloneDayName(qt_day, QLocale.FormatType.ShortFormat))
            long_name = locale.standaloneDayName(qt_day, QLocale.FormatType.LongFormat)
            _describe(
                box, long_name, tr("SettingsDialog", "Remind on this day during working hours")
            )
            self._day_boxes.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        assert len(self._day_boxes) == len(DAYS)

        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self._hours_enabled)
        form.addRow(
            _buddy_label(tr("SettingsDialog", "S&tart:"), self._work_start), self._work_start
        )
        form.addRow(_buddy_label(tr("SettingsDialog", "&End:"), self._work_end), self._work_end)
        form.addRow(
            _buddy_label(tr("SettingsDialog", "Wor&king days:"), self._day_boxes[0]), days_row
        )
        self._hours_enabled.toggled.connect(self._enable_hours)
        return page

    def _build_routines(self) -> QWidget:
        tr = translate
        self._preference = QComboBox()
        for code in PREFERENCES:
            self._preference.addItem(_preference_text(code), code)
        _describe(
            self._preference,
            tr("SettingsDialog", "Kind of break"),
            tr("SettingsDialog", "What a scheduled break offers: stretches, walks or both"),
        )
        self._level = QComboBox()
        for code in LEVELS:
            self._level.addItem(_level_text(code), code)
        _describe(
            self._level,
            tr("SettingsDialog", "Level"),
            tr("SettingsDialog", "How demanding the stretches are"),
        )
        self._walk = self._minutes_box("walk_s")
        _describe(
            self._walk,
            tr("SettingsDialog", "Walk length"),
            tr("SettingsDialog", "Minutes a walking break lasts"),
        )
        self._goal = self._number_box("goal_walk_minutes")
        self._goal.setSuffix(tr("SettingsDialog", " min"))
        self._goal.setSpecialValueText(tr("SettingsDialog", "No goal"))
        _describe(
            self._goal,
            tr("SettingsDialog", "Daily walking goal"),
            tr("SettingsDialog", "Minutes of walking a day counts toward its goal"),
        )

        page = QWidget()
        form = QFormLayout(page)
        form.addRow(
            _buddy_label(tr("SettingsDialog", "&Kind of break:"), self._preference),
            self._preference,
        )
        form.addRow(_buddy_label(tr("SettingsDialog", "&Level:"), self._level), self._level)
        form.addRow(_buddy_label(tr("SettingsDialog", "&Walk length:"), self._walk), self._walk)
        form.addRow(
            _buddy_label(tr("SettingsDialog", "Daily walking go&al:"), self._goal), self._goal
        )
        return page

    def _build_general(self) -> QWidget:
        tr = translate
        self._notifications = self._check(
            tr("SettingsDialog", "Show &notifications"),
            tr("SettingsDialog", "Show notifications"),
            tr("SettingsDialog", "Announce breaks with a desktop notification"),
        )
        self._sound = self._check(
            tr("SettingsDialog", "Play a &sound with reminders"),
            tr("SettingsDialog", "Play a sound with reminders"),
            tr("SettingsDialog", "Play a short sound when a break is due"),
        )
        self._respect_dnd = self._check(
            tr("SettingsDialog", "Hold reminders while &do not disturb is on"),
            tr("SettingsDialog", "Hold reminders while do not disturb is on"),
            tr("SettingsDialog", "Wait until the desktop's do-not-disturb mode ends"),
        )
        self._language = QComboBox()
        if "" not in (code for code, _ in self._languages):
            self._language.addItem(tr("SettingsDialog", "System default"), "")
        for code, name in self._languages:
            self._language.addItem(name, code)
        _describe(
            self._language,
            tr("SettingsDialog", "Language"),
            tr("SettingsDialog", "Language of backbreak's windows and messages"),
        )
        self._autostart = self._check(
            tr("SettingsDialog", "Start at log&in"),
            tr("SettingsDialog", "Start at login"),
            tr("SettingsDialog", "Start backbreak when you log in to the desktop"),
        )
        self._monochrome = self._check(
            tr("SettingsDialog", "&Monochrome tray icon"),
            tr("SettingsDialog", "Monochrome tray icon"),
            tr("SettingsDialog", "Draw the tray icon in one colour, like the panel's own icons"),
        )

        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self._notifications)
        form.addRow(self._sound)
        form.addRow(self._respect_dnd)
        form.addRow(
            _buddy_label(tr("SettingsDialog", "&Language:"), self._language), self._language
        )
        form.addRow(self._autostart)
        form.addRow(self._monochrome)
        return page

    @property
    def _change_signals(self) -> list[Any]:
        spins = (
            self._interval,
            self._natural_break,
            self._notice_ahead,
            self._snooze,
            self._snooze_limit,
            self._typing_pause,
            self._typing_pause_cap,
            self._walk,
            self._goal,
        )
        checks: tuple[QAbstractButton, ...] = (
            self._hours_enabled,
            self._meeting_guard,
            self._notifications,
            self._sound,
            self._respect_dnd,
            self._autostart,
            self._monochrome,
            *self._day_boxes,
        )
        return [
            *(s.valueChanged for s in spins),
            *(c.toggled for c in checks),
            self._work_start.timeChanged,
            self._work_end.timeChanged,
            *(c.currentIndexChanged for c in (self._preference, self._level, self._language)),
        ]

    # --- public ----------------------------------------------------------------------------
    def settings(self) -> Settings:
        """What the form holds now (valid or not: see :meth:`problem`)."""
        return Settings(
            interval_s=self._interval.value() * 60,
            natural_break_s=self._natural_break.value() * 60,
            notice_ahead_s=self._notice_ahead.value(),
            snooze_s=self._snooze.value() * 60,
            snooze_limit=self._snooze_limit.value(),
            hours_enabled=self._hours_enabled.isChecked(),
            work_start=_from_qtime(self._work_start.time()),
            work_end=_from_qtime(self._work_end.time()),
            work_days=tuple(i for i, box in enumerate(self._day_boxes) if box.isChecked()),
            preference=str(self._preference.currentData()),
            level=str(self._level.currentData()),
            walk_s=self._walk.value() * 60,
            goal_walk_minutes=self._goal.value(),
            notifications=self._notifications.isChecked(),
            sound=self._sound.isChecked(),
            respect_dnd=self._respect_dnd.isChecked(),
            language=str(self._language.currentData()),
            autostart=self._autostart.isChecked(),
            monochrome_tray=self._monochrome.isChecked(),
            meeting_guard=self._meeting_guard.isChecked(),
            typing_pause_s=self._typing_pause.value(),
            typing_pause_cap_s=self._typing_pause_cap.value(),
        )

    def show_settings(self, settings: Settings, keep_baseline: bool = False) -> None:
        """Put ``settings`` in the form.

        Durations are shown in whole minutes (rounded, kept inside the accepted range). Unless
        ``keep_baseline``, the result becomes the unchanged state that Apply compares against.
        """
        self._interval.setValue(round(settings.interval_s / 60))
        self._natural_break.setValue(round(settings.natural_break_s / 60))
        self._notice_ahead.setValue(settings.notice_ahead_s)
        self._snooze.setValue(round(settings.snooze_s / 60))
        self._snooze_limit.setValue(settings.snooze_limit)
        self._hours_enabled.setChecked(settings.hours_enabled)
        self._work_start.setTime(_to_qtime(settings.work_start))
        self._work_end.setTime(_to_qtime(settings.work_end))
        for i, box in enumerate(self._day_boxes):
            box.setChecked(i in settings.work_days)
        self._select(self._preference, settings.preference, _preference_text)
        self._select(self._level, settings.level, _level_text)
        self._select(self._language, settings.language, lambda code: code)
        self._walk.setValue(round(settings.walk_s / 60))
        self._goal.setValue(settings.goal_walk_minutes)
        self._notifications.setChecked(settings.notifications)
        self._sound.setChecked(settings.sound)
        self._respect_dnd.setChecked(settings.respect_dnd)
        self._autostart.setChecked(settings.autostart)
        self._monochrome.setChecked(settings.monochrome_tray)
        self._meeting_guard.setChecked(settings.meeting_guard)
        self._typing_pause.setValue(settings.typing_pause_s)
        self._typing_pause_cap.setValue(settings.typing_pause_cap_s)
        if not keep_baseline:
            self._shown = self.settings()
        self._enable_hours(settings.hours_enabled)
        self._refresh()

    def problem(self) -> str:
        """Why the form cannot be applied, or "" when it can."""
        s = self.settings()
        if s.hours_enabled and s.work_start >= s.work_end:
            return translate(
                "SettingsDialog", "Working hours: the end must be later than the start."
            )
        return ""

    def apply(self) -> None:
        """Emit ``applied`` with the form's settings, unless the form has a problem."""
        if self.problem():
            return
        self._shown = self.settings()
        self.applied.emit(self._shown)
        self._refresh()

    def accept(self) -> None:
        """OK: apply what changed, then close; refused while the form has a problem."""
        if self.problem():
            return
        if self.settings() != self._shown:
            self.apply()
        super().accept()

    # --- internals -------------------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, code: str, text: Callable[[str], str]) -> None:
        index = combo.findData(code)
        if index < 0:  # a value the list does not offer (e.g. a language without a .qm)
            combo.addItem(text(code), code)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _enable_hours(self, enabled: bool) -> None:
        for widget in (self._work_start, self._work_end, *self._day_boxes):
            widget.setEnabled(enabled)

    def _refresh(self) -> None:
        problem = self.problem()
        self._problem.setText(problem)
        self._problem.setVisible(bool(problem))
        self._ok.setEnabled(not problem)
        self._apply_button.setEnabled(not problem and self.settings() != self._shown)
        self._work_end.setAccessibleDescription(
            problem
            or translate("SettingsDialog", "Time of day reminders stop; must be after the start")
        )
