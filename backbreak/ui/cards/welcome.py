"""Shown once, on the first run: what backbreak does, and the safety note."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from backbreak.ui.placement import fit_to_screen, usable_width
from backbreak.ui.text_column import TextColumn, reserve_text_height
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
        note.setAccessibleDescription(translate("Welcome", "Safety note"))  # its name: its text
        labels = (intro, heading, note)
        for label in labels:
            label.setTextFormat(Qt.TextFormat.PlainText)
        text = TextColumn(labels)  # a big font or a small screen: the note scrolls, never clips
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        margins = layout.contentsMargins()
        width = usable_width(self, self.fontMetrics().averageCharWidth() * 66)
        label_width = width - margins.left() - margins.right() - text.scrollbar_width()
        for label in labels:
            reserve_text_height(label, [label.text()], label_width)
        height = text.content_height() + layout.spacing() + buttons.sizeHint().height()
        fit_to_screen(self, QSize(width, height + margins.top() + margins.bottom()))
