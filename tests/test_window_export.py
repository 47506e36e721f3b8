"""Export from the weekly window, as a user does it: open the window, press Export, choose a
file. The whole file or nothing, and a failure named in a notification."""

from __future__ import annotations

from pathlib import Path

from app_rig import MakeRig, Rig
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from weekly_window_parts import button

from backbreak.app.launch import _Shell
from backbreak.core.settings import Settings
from backbreak.ui.weekly.window import WeeklyWindow


def open_weekly_window(rig: Rig, qapp: QApplication, qtbot: QtBot) -> WeeklyWindow:
    def weekly_windows() -> set[WeeklyWindow]:
        return {w for w in qapp.topLevelWidgets() if isinstance(w, WeeklyWindow)}

    before = weekly_windows()  # earlier tests' windows may linger, closed
    shell = _Shell(qapp, rig.c, rig.history, rig.library, rig.notifier, rig.clock, rig.tz)
    shell.show_history()
    (window,) = weekly_windows() - before
    assert window.isVisible()
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def export_to(window: WeeklyWindow, target: Path, qtbot: QtBot) -> None:
    qtbot.mouseClick(button(window, "Export history"), Qt.MouseButton.LeftButton)
    dialog = window.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(target))
    with qtbot.waitSignal(window.export_requested):
        dialog.accept()


def test_export_writes_the_file_or_names_the_failure(
    make_rig: MakeRig, qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    rig = make_rig(Settings())
    window = open_weekly_window(rig, qapp, qtbot)
    target = tmp_path / "week.csv"
    export_to(window, target, qtbot)
    assert target.read_text(encoding="utf-8").startswith("started_at,")
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)

    before = len(rig.notifier.sent)
    missing = tmp_path / "no such folder" / "week.json"
    export_to(window, missing, qtbot)
    title, body, _ = rig.notifier.sent[before]
    assert title == "backbreak"
    assert body.startswith(f"Could not export the history to {missing}: ")
    assert not missing.parent.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
