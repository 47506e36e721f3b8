"""Settings take effect without a restart: from the dialog and from a hand-edited config.toml."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from app_rig import MONDAY_9, MakeRig, Rig
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from backbreak.app.live_settings import LiveSettings, with_overrides
from backbreak.core.paths import config_path
from backbreak.core.settings import Settings, load_config


@pytest.fixture
def shell(make_rig: MakeRig, qapp: QApplication) -> tuple[Rig, LiveSettings]:
    rig = make_rig(Settings())
    return rig, LiveSettings(qapp, rig.c, rig.notifier, (None, False))


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
    language = next(w for w in dialog.findChildren(QComboBox) if w.accessibleName() == "Language")
    language.setCurrentIndex(language.findData("de"))
    dialog.apply()  # Apply: the dialog stays open
    assert "Jetzt dehnen" in rig.tray.menu_texts()
    qtbot.waitUntil(lambda: dialog.windowTitle().startswith("Einstellungen"), timeout=3000)
    assert dialog.isVisible() and dialog.settings().language == "de"
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    apply = buttons.button(QDialogButtonBox.StandardButton.Apply)
    assert not apply.isEnabled()  # what it shows is what was applied
    assert load_config(config_path())[0].language == "de"


def test_command_line_overrides_last_for_the_run_and_are_never_saved(
    make_rig: MakeRig, qtbot: QtBot, qapp: QApplication
) -> None:
    """``backbreak run --interval 20s --anytime``, then one change in Settings."""
    rig = make_rig(with_overrides(Settings(), 20, True))
    live = LiveSettings(qapp, rig.c, rig.notifier, (20, True))
    try:
        live.show_dialog()
        dialog = live.dialog
        qtbot.addWidget(dialog)
        dialog.show_settings(dialog.settings().with_(snooze_s=10 * 60), keep_baseline=True)
        dialog.accept()  # OK: what the user changed goes through the same path as Apply
        saved, problems = load_config(config_path())
        assert problems == []
        assert saved == Settings(snooze_s=10 * 60)  # the one change, and no override
        assert (rig.c.settings.interval_s, rig.c.settings.hours_enabled) == (20, False)
        assert rig.c.settings.snooze_s == 10 * 60

        # A hand edit meanwhile: the run keeps its overrides, the file keeps the edit, and the
        # next save from the dialog starts from the edited file.
        config_path().write_text('[breaks]\ninterval = "45m"\n', encoding="utf-8")
        qtbot.waitUntil(lambda: rig.c.settings.snooze_s == Settings().snooze_s, timeout=5000)
        assert rig.c.settings.interval_s == 20
        live.show_dialog()
        dialog.show_settings(dialog.settings().with_(sound=True), keep_baseline=True)
        dialog.apply()
        assert load_config(config_path())[0] == Settings(interval_s=45 * 60, sound=True)
        assert (rig.c.settings.interval_s, rig.c.settings.sound) == (20, True)
    finally:
        rig.stop()


@pytest.mark.parametrize("make", ["folder", "too large"])
@pytest.mark.parametrize("before", ["absent", "deleted"])
def test_config_toml_turned_into_a_folder_or_a_huge_file_is_logged_and_told(
    shell: tuple[Rig, LiveSettings],
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
    make: str,
    before: str,
) -> None:
    rig, _sh = shell
    path = config_path()
    if before == "deleted":  # a config.toml that was there, removed (and seen removed) first
        path.write_text('[breaks]\nsnooze = "10m"\n', encoding="utf-8")
        qtbot.waitUntil(lambda: rig.c.settings.snooze_s == 600, timeout=5000)
        path.unlink()
        qtbot.waitUntil(lambda: rig.c.settings == Settings(), timeout=5000)
    told = len(rig.notifier.sent)
    if make == "folder":
        path.mkdir()
        expected = "cannot be read"
    else:
        path.write_bytes(b"#" * (5 * 1024 * 1024))
        expected = f"the file is {5 * 1024 * 1024} bytes; expected at most"
    qtbot.waitUntil(
        lambda: any(expected in body for _t, body, _a in rig.notifier.sent[told:]), timeout=5000
    )
    title, body, _actions = rig.notifier.sent[-1]
    assert title == "backbreak: some files have problems" and str(path) in body
    assert any(expected in r.getMessage() and r.levelname == "WARNING" for r in caplog.records)
    assert rig.c.settings == Settings()  # all defaults, as the message says


def test_reduced_motion_in_config_toml_reaches_an_open_player_at_once(
    shell: tuple[Rig, LiveSettings], qtbot: QtBot
) -> None:
    from backbreak.ui.player.still_pictures import still_pictures

    rig, _sh = shell
    rig.tray.trigger("Stretch now")
    player = rig.c.player
    assert player is not None and not player.reduced_motion
    try:
        config_path().write_text("[app]\nreduced_motion = true\n", encoding="utf-8")
        qtbot.waitUntil(lambda: player.reduced_motion, timeout=5000)
        still_pictures().set_desktop(True)  # the desktop's wish alone keeps it still too
        config_path().write_text("[app]\nreduced_motion = false\n", encoding="utf-8")
        qtbot.waitUntil(lambda: not rig.c.settings.reduced_motion, timeout=5000)
        assert player.reduced_motion
        still_pictures().set_desktop(False)
        assert not player.reduced_motion
    finally:
        still_pictures().set_setting(False)
        still_pictures().set_desktop(False)
        player.skip()
