"""Shown once, on the first run: what backbreak does, and the safety note."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from backbreak.ui.wording import content

translate = QCoreApplication.translate


class WelcomeDialog(QDialog):
    def __init__(
        self, safety: Sequence[str], interval_minutes: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Welcome", "Welcome to backbreak"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(
            translate(
                "Welcome",
                "backbreak lives in the system tray. After %n minute(s) of sitting it asks you "
                "to stand up for a short guided stretch or a walk. Time away from the keyboard "
                "counts as a break.",
                None,
                interval_minutes,
            )
        )
        heading = QLabel(translate("Welcome", "Before you start"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        note = QLabel("\n\n".join(content(line) for line in safety))
        for label in (intro, heading, note):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        note.setAccessibleName(translate("Welcome", "Safety note"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for w in (intro, heading, note, buttons):
            layout.addWidget(w)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
