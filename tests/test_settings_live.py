"""Settings take effect without a restart: from the dialog and from a hand-edited config.toml."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_controller import MONDAY_9, Rig

from backbreak.app.live_settings import LiveSettings
from backbreak.core.paths import config_path
from backbreak.core.settings import Settings, load_config


@pytest.fixture
def shell(tmp_path: Path, qtbot: QtBot, qapp: QApplication) -> Iterator[tuple[Rig, LiveSettings]]:
    rig = Rig(tmp_path, Settings())
    live = LiveSettings(qapp, rig.c, rig.notifier, (None, False))
    yield rig, live
    rig.c.stop()


def test_a_hand_edit_of_config_toml_applies_at_once(
    shell: tuple[Rig, LiveSettings], qtbot: QtBot
) -> None:
    rig, _sh = shell
    assert rig.c.status()["next_break_at"] == "2026-11-16T09:30:00+00:00"
    config_path().write_text('[breaks]\ninterval = "45m"\nsnooze = "10m"\n', encoding="utf-8")
    qtbot.waitUntil(lambda: rig.c.settings.interval_s == 45 * 60, timeout=5000)
    assert rig.c.status()["next_break_at"] == (MONDAY_9 + timedelta(minutes=45)).isoformat()
    # (no translator in unit tests: the English plural form comes from backbreak_en.qm)
    assert "Snooze 10 minute(s)" in rig.tray.menu_texts()


def test_a_bad_hand_edit_is_named_and_keeps_the_other_keys(
    shell: tuple[Rig, LiveSettings], qtbot: QtBot
) -> None:
    rig, _sh = shell
    config_path().write_text('[breaks]\ninterval = "forever"\nsnooze = "10m"\n', encoding="utf-8")
    qtbot.waitUntil(lambda: rig.c.settings.snooze_s == 600, timeout=5000)
    assert rig.c.settings.interval_s == Settings().interval_s
    _title, body, _ = rig.notifier.sent[-1]
    assert "breaks.interval" in body and str(config_path()) in body


def test_the_dialog_saves_and_applies(shell: tuple[Rig, LiveSettings], qtbot: QtBot) -> None:
    rig, sh = shell
    sh.show_dialog()
    dialog = sh.dialog
    qtbot.addWidget(dialog)
    wanted = Settings(interval_s=50 * 60, hours_enabled=False)
    dialog.show_settings(wanted)
    dialog.apply()
    assert rig.c.settings.interval_s == 50 * 60
    saved, problems = load_config(config_path())
    assert problems == [] and saved.interval_s == 50 * 60 and not saved.hours_enabled


def test_a_new_language_from_the_dialog_reaches_the_tray_and_the_open_dialog(
    shell: tuple[Rig, LiveSettings], qtbot: QtBot, switch_language: Callable[[str], None]
) -> None:
    rig, sh = shell
    sh.show_dialog()
    dialog = sh.dialog
    qtbot.addWidget(dialog)
    language = dialog._language
    language.setCurrentIndex(language.findData("de"))
    dialog.apply()  # Apply: the dialog stays open
    assert "Jetzt dehnen" in rig.tray.menu_texts()
    qtbot.waitUntil(lambda: dialog.windowTitle().startswith("Einstellungen"), timeout=3000)
    assert dialog.isVisible() and dialog.settings().language == "de"
    assert not dialog._apply_button.isEnabled()  # what it shows is what was applied
    assert load_config(config_path())[0].language == "de"
