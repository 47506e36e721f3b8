"""The settings dialog, driven like a user would: it shows settings, edits emit new ones."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from backbreak.core.settings import Settings, dump_config, parse_config
from backbreak.ui.i18n import LANGUAGES
from backbreak.ui.settings_dialog import SettingsDialog


def dialog(qtbot: QtBot, settings: Settings) -> SettingsDialog:
    d = SettingsDialog(settings, LANGUAGES)
    qtbot.addWidget(d)
    return d


def button(d: SettingsDialog, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    box = d.findChild(QDialogButtonBox)
    assert box is not None
    b = box.button(which)
    assert b is not None
    return b


def test_the_form_shows_the_settings_it_was_given(qtbot: QtBot) -> None:
    given = Settings(
        interval_s=45 * 60,
        snooze_limit=1,
        work_days=(0, 1),
        preference="walk",
        language="de",
        autostart=True,
    )
    assert dialog(qtbot, given).settings() == given


def test_edits_then_apply_emit_valid_settings_that_survive_the_file(qtbot: QtBot) -> None:
    d = dialog(qtbot, Settings())
    apply = button(d, QDialogButtonBox.StandardButton.Apply)
    assert not apply.isEnabled()  # nothing changed yet
    d._interval.setValue(40)
    d._day_boxes[5].setChecked(True)
    assert apply.isEnabled()
    with qtbot.waitSignal(d.applied) as emitted:
        apply.click()
    got = emitted.args[0]
    assert got == Settings(interval_s=40 * 60, work_days=(0, 1, 2, 3, 4, 5))
    assert parse_config(dump_config(got)) == (got, [])


def test_working_hours_that_end_before_they_start_block_apply_and_ok(qtbot: QtBot) -> None:
    d = dialog(qtbot, Settings())
    d._work_end.setTime(QTime(7, 0))
    assert "end must be later" in d.problem()
    assert not button(d, QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not button(d, QDialogButtonBox.StandardButton.Apply).isEnabled()
    d._hours_enabled.setChecked(False)  # no working hours: nothing to contradict
    assert d.problem() == ""


def test_restore_defaults_puts_every_default_back(qtbot: QtBot) -> None:
    d = dialog(qtbot, Settings(interval_s=90 * 60, work_start=time(9, 0), sound=True))
    button(d, QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert d.settings() == Settings()


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    d = dialog(qtbot, Settings())
    unnamed = [
        w.objectName() or type(w).__name__
        for w in d.findChildren(QWidget)
        if w.focusPolicy() != w.focusPolicy().NoFocus
        and w.isEnabled()
        and not w.accessibleName()
        and not getattr(w, "text", lambda: "")()
        and type(w).__name__ in ("QSpinBox", "QComboBox", "QTimeEdit", "QCheckBox")
    ]
    assert unnamed == []
