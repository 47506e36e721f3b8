"""The first-run welcome carries the whole safety note, as plain text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from backbreak.core.routines.library import safety_text
from backbreak.ui.cards.welcome import WelcomeDialog


def test_welcome_shows_every_safety_line_as_plain_text(qtbot: QtBot) -> None:
    dialog = WelcomeDialog(safety_text(), 45 * 60)
    qtbot.addWidget(dialog)
    labels = dialog.findChildren(QLabel)
    shown = "\n".join(label.text() for label in labels)
    for line in safety_text():
        assert line in shown
    assert any("sharp pain" in line for line in safety_text())
    assert "After 45 minute" in shown
    assert all(label.textFormat() is Qt.TextFormat.PlainText for label in labels)


def _intro(dialog: WelcomeDialog) -> str:
    return dialog.findChildren(QLabel)[0].text()


@pytest.mark.parametrize(
    ("seconds", "english", "german"),
    [
        (20, "After 20 seconds of sitting", "Nach 20 Sekunden Sitzen"),
        (1, "After 1 second of sitting", "Nach 1 Sekunde Sitzen"),
        (60, "After 1 minute of sitting", "Nach 1 Minute Sitzen"),
        (90, "After 1 minute 30 seconds of sitting", "Nach 1 Minute 30 Sekunden Sitzen"),
        (30 * 60, "After 30 minutes of sitting", "Nach 30 Minuten Sitzen"),
        (2 * 3600, "After 2 hours of sitting", "Nach 2 Stunden Sitzen"),
        (90 * 60, "After 90 minutes of sitting", "Nach 90 Minuten Sitzen"),
    ],
)
def test_welcome_states_the_real_interval_with_plural_forms(
    qtbot: QtBot,
    switch_language: Callable[[str], None],
    seconds: int,
    english: str,
    german: str,
) -> None:
    switch_language("en")
    dialog = WelcomeDialog(safety_text(), seconds)
    qtbot.addWidget(dialog)
    assert english in _intro(dialog)
    switch_language("de")
    dialog = WelcomeDialog(safety_text(), seconds)
    qtbot.addWidget(dialog)
    assert german in _intro(dialog)


@pytest.mark.parametrize("how", ["ok", "escape"])
def test_closing_the_welcome_acknowledges_it(qtbot: QtBot, how: str) -> None:
    dialog = WelcomeDialog(safety_text(), 30 * 60)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.acknowledged, timeout=2000):
        if how == "ok":
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_app_closing_the_welcome_does_not_acknowledge_it(qtbot: QtBot) -> None:
    """Since Qt 6.5, quitting closes every window first, with a close event that is not
    spontaneous, as here: that is no answer from the user (the desktop test quits for real)."""
    dialog = WelcomeDialog(safety_text(), 30 * 60)
    qtbot.addWidget(dialog)
    seen: list[str] = []
    dialog.acknowledged.connect(lambda: seen.append("acknowledged"))
    dialog.finished.connect(lambda _r: seen.append("finished"))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.close()
    assert seen == ["finished"]
