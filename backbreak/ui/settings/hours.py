"""The Working hours page: whether reminders keep to working hours, and which hours and days."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, SignalInstance
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QTimeEdit

from backbreak.core.settings import DAYS, Settings
from backbreak.ui.settings.controls import (
    buddy_label,
    check_box,
    describe,
    from_qtime,
    to_qtime,
)
from backbreak.ui.settings.page import SettingsPage

translate = QCoreApplication.translate


class HoursPage(SettingsPage):
    """Start, end and days of the working week; their fields are off while hours are off."""

    def __init__(self) -> None:
        super().__init__()
        tr = translate
        self.hours_enabled = check_box(
            tr("SettingsDialog", "Remind only &during working hours"),
            tr("SettingsDialog", "Remind only during working hours"),
            tr("SettingsDialog", "When off, reminders come at any hour on any day"),
        )
        self.work_start = QTimeEdit()
        self.work_start.setDisplayFormat("HH:mm")
        describe(
            self.work_start,
            tr("SettingsDialog", "Working hours start"),
            tr("SettingsDialog", "Time of day the first reminder can come"),
        )
        self.work_end = QTimeEdit()
        self.work_end.setDisplayFormat("HH:mm")
        describe(
            self.work_end,
            tr("SettingsDialog", "Working hours end"),
            tr("SettingsDialog", "Time of day reminders stop; must be after the start"),
        )
        locale = QLocale()
        self.day_boxes: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for qt_day in range(1, 8):  # Qt counts Monday as 1, like DAYS[0]
            box = QCheckBox(locale.standaloneDayName(qt_day, QLocale.FormatType.ShortFormat))
            long_name = locale.standaloneDayName(qt_day, QLocale.FormatType.LongFormat)
            describe(
                box, long_name, tr("SettingsDialog", "Remind on this day during working hours")
            )
            self.day_boxes.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        assert len(self.day_boxes) == len(DAYS)

        form = QFormLayout(self)
        form.addRow(self.hours_enabled)
        form.addRow(buddy_label(tr("SettingsDialog", "S&tart:"), self.work_start), self.work_start)
        form.addRow(buddy_label(tr("SettingsDialog", "&End:"), self.work_end), self.work_end)
        form.addRow(
            buddy_label(tr("SettingsDialog", "Wor&king days:"), self.day_boxes[0]), days_row
        )
        self.hours_enabled.toggled.connect(self._enable_hours)

    def fill(self, settings: Settings) -> None:
        self.hours_enabled.setChecked(settings.hours_enabled)
        self.work_start.setTime(to_qtime(settings.work_start))
        self.work_end.setTime(to_qtime(settings.work_end))
        for i, box in enumerate(self.day_boxes):
            box.setChecked(i in settings.work_days)
        self._enable_hours(settings.hours_enabled)

    def values(self) -> dict[str, object]:
        return {
            "hours_enabled": self.hours_enabled.isChecked(),
            "work_start": from_qtime(self.work_start.time()),
            "work_end": from_qtime(self.work_end.time()),
            "work_days": tuple(i for i, box in enumerate(self.day_boxes) if box.isChecked()),
        }

    def change_signals(self) -> list[SignalInstance]:
        return [
            self.hours_enabled.toggled,
            *(box.toggled for box in self.day_boxes),
            self.work_start.timeChanged,
            self.work_end.timeChanged,
        ]

    def show_problem(self, problem: str) -> None:
        """The end field's description names the form's problem while there is one."""
        self.work_end.setAccessibleDescription(
            problem
            or translate("SettingsDialog", "Time of day reminders stop; must be after the start")
        )

    def _enable_hours(self, enabled: bool) -> None:
        for widget in (self.work_start, self.work_end, *self.day_boxes):
            widget.setEnabled(enabled)
