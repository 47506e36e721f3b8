"""The General page: notifications, sound, do not disturb, language, autostart, tray icon,
reduced motion."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QComboBox, QFormLayout

from backbreak.core.settings import Settings
from backbreak.ui.settings.controls import buddy_label, check_box, describe, select
from backbreak.ui.settings.page import SettingsPage

translate = QCoreApplication.translate


class GeneralPage(SettingsPage):
    """How reminders are announced, and the app's language, start and tray icon.

    ``languages`` are (code, name) pairs; "System default" comes first unless they offer "".
    """

    def __init__(self, languages: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        tr = translate
        self.notifications = check_box(
            tr("SettingsDialog", "Show &notifications"),
            tr("SettingsDialog", "Show notifications"),
            tr("SettingsDialog", "Announce breaks with a desktop notification"),
        )
        self.sound = check_box(
            tr("SettingsDialog", "Play a &sound with reminders"),
            tr("SettingsDialog", "Play a sound with reminders"),
            tr("SettingsDialog", "Play a short sound when a break is due"),
        )
        self.respect_dnd = check_box(
            tr("SettingsDialog", "Hold reminders while &do not disturb is on"),
            tr("SettingsDialog", "Hold reminders while do not disturb is on"),
            tr("SettingsDialog", "Wait until the desktop's do-not-disturb mode ends"),
        )
        self.language = QComboBox()
        if "" not in (code for code, _ in languages):
            self.language.addItem(tr("SettingsDialog", "System default"), "")
        for code, name in languages:
            self.language.addItem(name, code)
        describe(
            self.language,
            tr("SettingsDialog", "Language"),
            tr("SettingsDialog", "Language of backbreak's windows and messages"),
        )
        self.autostart = check_box(
            tr("SettingsDialog", "Start at log&in"),
            tr("SettingsDialog", "Start at login"),
            tr("SettingsDialog", "Start backbreak when you log in to the desktop"),
        )
        self.monochrome = check_box(
            tr("SettingsDialog", "&Monochrome tray icon"),
            tr("SettingsDialog", "Monochrome tray icon"),
            tr("SettingsDialog", "Draw the tray icon in one colour, like the panel's own icons"),
        )
        self.reduced_motion = check_box(
            tr("SettingsDialog", "Reduce m&otion: show exercises as still pictures"),
            tr("SettingsDialog", "Reduce motion"),
            tr(
                "SettingsDialog",
                "Show each exercise's start and end pose side by side instead of moving "
                "(also when the desktop asks for reduced motion)",
            ),
        )

        form = QFormLayout(self)
        form.addRow(self.notifications)
        form.addRow(self.sound)
        form.addRow(self.respect_dnd)
        form.addRow(buddy_label(tr("SettingsDialog", "&Language:"), self.language), self.language)
        form.addRow(self.autostart)
        form.addRow(self.monochrome)
        form.addRow(self.reduced_motion)

    def fill(self, settings: Settings) -> None:
        self.notifications.setChecked(settings.notifications)
        self.sound.setChecked(settings.sound)
        self.respect_dnd.setChecked(settings.respect_dnd)
        select(self.language, settings.language, lambda code: code)
        self.autostart.setChecked(settings.autostart)
        self.monochrome.setChecked(settings.monochrome_tray)
        self.reduced_motion.setChecked(settings.reduced_motion)

    def values(self) -> dict[str, object]:
        return {
            "notifications": self.notifications.isChecked(),
            "sound": self.sound.isChecked(),
            "respect_dnd": self.respect_dnd.isChecked(),
            "language": str(self.language.currentData()),
            "autostart": self.autostart.isChecked(),
            "monochrome_tray": self.monochrome.isChecked(),
            "reduced_motion": self.reduced_motion.isChecked(),
        }

    def change_signals(self) -> list[SignalInstance]:
        checks = (self.notifications, self.sound, self.respect_dnd, self.autostart,
                  self.monochrome, self.reduced_motion)
        return [*(c.toggled for c in checks), self.language.currentIndexChanged]
