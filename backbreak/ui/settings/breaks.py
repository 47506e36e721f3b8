"""The Breaks page: interval, natural breaks, the walk after standing, notice, snoozing, calls
and typing pauses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QFormLayout

from backbreak.core.settings import Settings
from backbreak.ui.settings.controls import (
    buddy_label,
    check_box,
    describe,
    minutes_box,
    number_box,
)
from backbreak.ui.settings.page import SettingsPage

translate = QCoreApplication.translate


class BreaksPage(SettingsPage):
    """When breaks come, how far ahead they are announced and how long they can wait."""

    def __init__(self) -> None:
        super().__init__()
        tr = translate
        self.interval = minutes_box("interval_s")
        describe(
            self.interval,
            tr("SettingsDialog", "Interval between breaks"),
            tr("SettingsDialog", "Minutes of sitting before you are asked to get up"),
        )
        self.natural_break = minutes_box("natural_break_s")
        describe(
            self.natural_break,
            tr("SettingsDialog", "Time away that counts as a break"),
            tr(
                "SettingsDialog",
                "Minutes away from the computer after which the break counts as taken",
            ),
        )
        self.standing_walk_after = minutes_box("standing_walk_after_s")
        describe(
            self.standing_walk_after,
            tr("SettingsDialog", "Walk after standing"),
            tr(
                "SettingsDialog",
                "Minutes of standing at your desk after which a short walk is suggested",
            ),
        )
        self.notice_ahead = number_box("notice_ahead_s")
        self.notice_ahead.setSuffix(tr("SettingsDialog", " s"))
        describe(
            self.notice_ahead,
            tr("SettingsDialog", "Notice ahead of a break"),
            tr("SettingsDialog", "Seconds of warning before a break is due"),
        )
        self.snooze = minutes_box("snooze_s")
        describe(
            self.snooze,
            tr("SettingsDialog", "Snooze length"),
            tr("SettingsDialog", "Minutes a snoozed break waits"),
        )
        self.snooze_limit = number_box("snooze_limit")
        self.snooze_limit.setSpecialValueText(tr("SettingsDialog", "No snoozing"))
        describe(
            self.snooze_limit,
            tr("SettingsDialog", "Snoozes per break"),
            tr("SettingsDialog", "How many times one break can be put off"),
        )
        self.meeting_guard = check_box(
            tr("SettingsDialog", "Hold breaks during &calls (camera or microphone in use)"),
            tr("SettingsDialog", "Hold breaks during calls"),
            tr(
                "SettingsDialog",
                "A due break waits while another application uses the camera or the microphone",
            ),
        )
        self.typing_pause = number_box("typing_pause_s")
        self.typing_pause.setSuffix(tr("SettingsDialog", " s"))
        self.typing_pause.setSpecialValueText(tr("SettingsDialog", "Do not wait"))
        describe(
            self.typing_pause,
            tr("SettingsDialog", "Wait for a pause in typing"),
            tr(
                "SettingsDialog",
                "Seconds without typing or moving the mouse before a due break is shown",
            ),
        )
        self.typing_pause_cap = number_box("typing_pause_cap_s")
        self.typing_pause_cap.setSuffix(tr("SettingsDialog", " s"))
        self.typing_pause_cap.setSpecialValueText(tr("SettingsDialog", "Do not wait"))
        describe(
            self.typing_pause_cap,
            tr("SettingsDialog", "Longest wait for a pause"),
            tr("SettingsDialog", "After this many seconds the break is shown even while you type"),
        )
        self._lay_out()

    def _lay_out(self) -> None:
        tr = translate
        form = QFormLayout(self)
        form.addRow(
            buddy_label(tr("SettingsDialog", "&Interval between breaks:"), self.interval),
            self.interval,
        )
        form.addRow(
            buddy_label(
                tr("SettingsDialog", "Time &away that counts as a break:"), self.natural_break
            ),
            self.natural_break,
        )
        form.addRow(
            buddy_label(
                tr("SettingsDialog", "Suggest a walk after stan&ding:"), self.standing_walk_after
            ),
            self.standing_walk_after,
        )
        form.addRow(
            buddy_label(tr("SettingsDialog", "&Notice ahead of a break:"), self.notice_ahead),
            self.notice_ahead,
        )
        form.addRow(buddy_label(tr("SettingsDialog", "&Snooze length:"), self.snooze), self.snooze)
        form.addRow(
            buddy_label(tr("SettingsDialog", "Snoozes &per break:"), self.snooze_limit),
            self.snooze_limit,
        )
        form.addRow(self.meeting_guard)
        form.addRow(
            buddy_label(tr("SettingsDialog", "Wait for a pause in &typing:"), self.typing_pause),
            self.typing_pause,
        )
        form.addRow(
            buddy_label(tr("SettingsDialog", "Longest &wait for a pause:"), self.typing_pause_cap),
            self.typing_pause_cap,
        )

    def fill(self, settings: Settings) -> None:
        """Durations are shown in whole minutes (rounded, kept inside the accepted range)."""
        self.interval.setValue(round(settings.interval_s / 60))
        self.natural_break.setValue(round(settings.natural_break_s / 60))
        self.standing_walk_after.setValue(round(settings.standing_walk_after_s / 60))
        self.notice_ahead.setValue(settings.notice_ahead_s)
        self.snooze.setValue(round(settings.snooze_s / 60))
        self.snooze_limit.setValue(settings.snooze_limit)
        self.meeting_guard.setChecked(settings.meeting_guard)
        self.typing_pause.setValue(settings.typing_pause_s)
        self.typing_pause_cap.setValue(settings.typing_pause_cap_s)

    def values(self) -> dict[str, object]:
        return {
            "interval_s": self.interval.value() * 60,
            "natural_break_s": self.natural_break.value() * 60,
            "standing_walk_after_s": self.standing_walk_after.value() * 60,
            "notice_ahead_s": self.notice_ahead.value(),
            "snooze_s": self.snooze.value() * 60,
            "snooze_limit": self.snooze_limit.value(),
            "meeting_guard": self.meeting_guard.isChecked(),
            "typing_pause_s": self.typing_pause.value(),
            "typing_pause_cap_s": self.typing_pause_cap.value(),
        }

    def change_signals(self) -> list[SignalInstance]:
        spins = (
            self.interval,
            self.natural_break,
            self.standing_walk_after,
            self.notice_ahead,
            self.snooze,
            self.snooze_limit,
            self.typing_pause,
            self.typing_pause_cap,
        )
        return [*(s.valueChanged for s in spins), self.meeting_guard.toggled]
