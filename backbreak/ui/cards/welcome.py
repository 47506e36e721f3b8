"""Shown on the first run until acknowledged: what backbreak does, and the safety note."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from backbreak.ui.first_run import AcknowledgedDialog
from backbreak.ui.placement import fit_to_screen, usable_width
from backbreak.ui.text_column import TextColumn, reserve_text_height
from backbreak.ui.wording import content

translate = QCoreApplication.translate


def interval_words(seconds: int) -> str:
    """A sitting interval as the user set it, never rounded: "20 seconds", "30 minutes",
    "2 hours", "1 minute 30 seconds"."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return translate("Welcome", "%n second(s)", None, rest)
    if rest:
        return (
            translate("Welcome", "%1 %2", "a duration: minutes, then seconds")
            .replace("%1", translate("Welcome", "%n minute(s)", None, minutes))
            .replace("%2", translate("Welcome", "%n second(s)", None, rest))
        )
    if minutes % 60 == 0:
        return translate("Welcome", "%n hour(s)", None, minutes // 60)
    return translate("Welcome", "%n minute(s)", None, minutes)


class WelcomeDialog(AcknowledgedDialog):
    """The user closing it (OK, Return, Escape, the window's close button) emits
    ``acknowledged``; the app closing it on quit or logout does not, so it comes back."""


    def __init__(
        self, safety: Sequence[str], interval_seconds: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Welcome", "Welcome to backbreak"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(
            translate(
                "Welcome",
                "backbreak lives in the system tray. After %1 of sitting it asks you to stand "
                "up for a short guided stretch or a walk. Time away from the keyboard counts "
                "as a break.",
            ).replace("%1", interval_words(interval_seconds))
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

