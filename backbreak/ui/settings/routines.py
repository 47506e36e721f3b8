"""The Routines page: what a break offers, how demanding it is, walk length and walking goal,
the pain check-in, and the safety screen's ticks (what to leave out)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QComboBox, QFormLayout

from backbreak.core.routines.library import safety_note
from backbreak.core.routines.schema import Level
from backbreak.core.settings import AUTO_LEVEL, PainCheckin, Preference, Settings
from backbreak.ui.safety_screen import CautionsField
from backbreak.ui.settings.controls import (
    buddy_label,
    describe,
    minutes_box,
    number_box,
    select,
)
from backbreak.ui.settings.page import SettingsPage

translate = QCoreApplication.translate


def _preference_text(code: str) -> str:
    texts: dict[str, str] = {
        Preference.ALTERNATE: translate("SettingsDialog", "Alternate stretches and walks"),
        Preference.STRETCH: translate("SettingsDialog", "Stretches"),
        Preference.WALK: translate("SettingsDialog", "Walks"),
    }
    return texts.get(code, code)


def _level_text(code: str) -> str:
    texts: dict[str, str] = {
        AUTO_LEVEL: translate("SettingsDialog", "Automatic (follows your progress)"),
        Level.GENTLE: translate("SettingsDialog", "Gentle"),
        Level.STANDARD: translate("SettingsDialog", "Standard"),
        Level.STRONG: translate("SettingsDialog", "Strong"),
    }
    return texts.get(code, code)


def _pain_checkin_text(code: str) -> str:
    texts: dict[str, str] = {
        PainCheckin.DAILY: translate("SettingsDialog", "Once a day, with the first stretch"),
        PainCheckin.EVERY_ROUTINE: translate("SettingsDialog", "With every stretch"),
        PainCheckin.OFF: translate("SettingsDialog", "Never"),
    }
    return texts.get(code, code)


def _level(code: str) -> Level | None:
    return None if code == AUTO_LEVEL else Level(code)


class RoutinesPage(SettingsPage):
    """Kind of break, level (pinned or following the progression), walks and their goal, and
    the cautions ticked in the safety screen (opened from here)."""

    def __init__(self) -> None:
        super().__init__()
        tr = translate
        self.preference = QComboBox()
        for preference in Preference:
            self.preference.addItem(_preference_text(preference), preference.value)
        describe(
            self.preference,
            tr("SettingsDialog", "Kind of break"),
            tr("SettingsDialog", "What a scheduled break offers: stretches, walks or both"),
        )
        self.level = QComboBox()
        for code in (AUTO_LEVEL, *Level):
            self.level.addItem(_level_text(code), str(code))
        describe(
            self.level,
            tr("SettingsDialog", "Level"),
            tr("SettingsDialog", "How demanding the stretches are"),
        )
        self.walk = minutes_box("walk_s")
        describe(
            self.walk,
            tr("SettingsDialog", "Walk length"),
            tr("SettingsDialog", "Minutes a walking break lasts"),
        )
        self.pain_checkin = QComboBox()
        for mode in PainCheckin:
            self.pain_checkin.addItem(_pain_checkin_text(mode), mode.value)
        describe(
            self.pain_checkin,
            tr("SettingsDialog", "Pain check-in"),
            tr(
                "SettingsDialog",
                "When a guided stretch asks how your back is, before and after; the answers "
                "adapt the routines",
            ),
        )
        self.goal = number_box("goal_walk_minutes")
        self.goal.setSuffix(tr("SettingsDialog", " min"))
        self.goal.setSpecialValueText(tr("SettingsDialog", "No goal"))
        describe(
            self.goal,
            tr("SettingsDialog", "Daily walking goal"),
            tr("SettingsDialog", "Minutes of walking a day counts toward its goal"),
        )

        form = QFormLayout(self)
        form.addRow(
            buddy_label(tr("SettingsDialog", "&Kind of break:"), self.preference),
            self.preference,
        )
        form.addRow(buddy_label(tr("SettingsDialog", "&Level:"), self.level), self.level)
        form.addRow(buddy_label(tr("SettingsDialog", "&Walk length:"), self.walk), self.walk)
        form.addRow(
            buddy_label(tr("SettingsDialog", "&Pain check-in:"), self.pain_checkin),
            self.pain_checkin,
        )
        form.addRow(
            buddy_label(tr("SettingsDialog", "Daily walking go&al:"), self.goal), self.goal
        )
        self.cautions = CautionsField(safety_note())
        form.addRow(buddy_label(tr("SettingsDialog", "Sa&fety:"), self.cautions), self.cautions)

    def fill(self, settings: Settings) -> None:
        select(self.preference, settings.preference, _preference_text)
        select(self.level, settings.level or AUTO_LEVEL, _level_text)
        self.walk.setValue(round(settings.walk_s / 60))
        self.goal.setValue(settings.goal_walk_minutes)
        select(self.pain_checkin, settings.pain_checkin, _pain_checkin_text)
        self.cautions.set_cautions(settings.cautions)

    def values(self) -> dict[str, object]:
        return {
            "preference": Preference(str(self.preference.currentData())),
            "level": _level(str(self.level.currentData())),
            "walk_s": self.walk.value() * 60,
            "goal_walk_minutes": self.goal.value(),
            "pain_checkin": PainCheckin(str(self.pain_checkin.currentData())),
            "cautions": self.cautions.cautions(),
        }

    def change_signals(self) -> list[SignalInstance]:
        return [
            self.walk.valueChanged,
            self.goal.valueChanged,
            self.preference.currentIndexChanged,
            self.level.currentIndexChanged,
            self.pain_checkin.currentIndexChanged,
            self.cautions.changed,
        ]
