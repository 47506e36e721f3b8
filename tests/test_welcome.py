"""The first-run welcome carries the whole safety note, as plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from backbreak.core.routines.library import safety_text
from backbreak.ui.cards.welcome import WelcomeDialog


def test_welcome_shows_every_safety_line_as_plain_text(qtbot: QtBot) -> None:
    dialog = WelcomeDialog(safety_text(), 45)
    qtbot.addWidget(dialog)
    labels = dialog.findChildren(QLabel)
    shown = "\n".join(label.text() for label in labels)
    for line in safety_text():
        assert line in shown
    assert any("sharp pain" in line for line in safety_text())
    assert "After 45 minute" in shown
    assert all(label.textFormat() is Qt.TextFormat.PlainText for label in labels)
