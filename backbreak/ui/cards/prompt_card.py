"""The small card that asks the user to stand up (or, standing, to take a walk).

It appears without taking the keyboard from what the user is typing, and is announced to screen
readers as an alert. Reached with Alt+Tab (or the tray), Return takes the highlighted choice and
Esc skips the break.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backbreak.ui.accessibility import Role, announce, set_role
from backbreak.ui.placement import make_break_window, place_bottom_right, present
from backbreak.ui.wording import content, sitting_sentence, standing_sentence

translate = QCoreApplication.translate


class PromptCard(QDialog):
    stretch_chosen = Signal()
    walk_chosen = Signal()
    snooze_chosen = Signal()
    skip_chosen = Signal()
    closed_unanswered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, Role.AlertMessage)
        make_break_window(self)
        self.setObjectName("backbreak-prompt")
        self.setWindowTitle(translate("PromptCard", "backbreak: time to stand up"))
        self.setAccessibleName(translate("PromptCard", "Break reminder"))
        self._answered = True  # nothing asked yet
        self._title = QLabel()
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._title.setFont(font)
        self._body = QLabel()
        self._body.setTextFormat(Qt.TextFormat.PlainText)
        self._body.setWordWrap(True)
        self.stretch_button = self._button(
            "", translate("PromptCard", "Start the guided stretch now")
        )
        self.walk_button = self._button(
            translate("PromptCard", "Walk instead"),
            translate("PromptCard", "Take a short walk instead"),
        )
        self.snooze_button = self._button("", translate("PromptCard", "Ask again in a few minutes"))
        self.skip_button = self._button(
            translate("PromptCard", "Skip"), translate("PromptCard", "Skip this break (Esc)")
        )
        self.stretch_button.clicked.connect(lambda: self._answer(self.stretch_chosen))
        self.walk_button.clicked.connect(lambda: self._answer(self.walk_chosen))
        self.snooze_button.clicked.connect(lambda: self._answer(self.snooze_chosen))
        self.skip_button.clicked.connect(lambda: self._answer(self.skip_chosen))
        row = QHBoxLayout()
        for b in (self.stretch_button, self.walk_button, self.snooze_button, self.skip_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._body)
        layout.addLayout(row)

    def _button(self, text: str, description: str) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleDescription(description)
        b.setToolTip(description)
        return b

    def ask(
        self,
        sitting_seconds: int,
        routine_title: str,
        routine_minutes: int,
        snooze_minutes: int,
        snooze_allowed: bool,
        prefer_walk: bool = False,
        through_call: bool = False,
        standing_seconds: int | None = None,
    ) -> None:
        """Ask the user to stand up; with ``standing_seconds`` (they stand already), suggest
        the walk instead."""
        self._answered = False
        if standing_seconds is None:
            self._title.setText(translate("PromptCard", "Time to stand up"))
            next_up = translate("PromptCard", "Next up: %1.").replace("%1", content(routine_title))
            # Two sentences in a row: a space in most languages, none in Japanese.
            two = translate("PromptCard", "%1 %2", "two sentences, one after the other")
            sitting = sitting_sentence(sitting_seconds, through_call)
            self._body.setText(two.replace("%1", sitting).replace("%2", next_up))
            self.walk_button.setText(translate("PromptCard", "Walk instead"))
        else:
            self._title.setText(translate("PromptCard", "Time for a walk"))
            self._body.setText(standing_sentence(standing_seconds))
            self.walk_button.setText(translate("PromptCard", "Take a walk"))
        self.stretch_button.setText(
            translate("PromptCard", "Stretch (%n min)", None, max(1, routine_minutes))
        )
        self.snooze_button.setText(translate("PromptCard", "Snooze %n min", None, snooze_minutes))
        self.snooze_button.setVisible(snooze_allowed)
        default = self.walk_button if prefer_walk else self.stretch_button
        for button in (self.stretch_button, self.walk_button):
            button.setDefault(button is default)
        default.setFocus()  # Return takes it; the ring shows it once the card has the keyboard
        self.setAccessibleDescription(self._title.text() + ". " + self._body.text())
        self.adjustSize()
        place_bottom_right(self)
        present(self, take_focus=False)
        announce(self, self.accessibleDescription())

    def withdraw(self) -> None:
        """Close without an answer (the controller already knows why)."""
        self._answered = True
        self.hide()

    def _answer(self, signal: SignalInstance) -> None:
        if self._answered:
            return
        self._answered = True
        self.hide()
        signal.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._answer(self.skip_chosen)
        else:
            super().keyPressEvent(event)  # Return: the default (or focused) choice

    def reject(self) -> None:
        """The window was closed (its close button, the window manager)."""
        self._answer(self.closed_unanswered)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._answer(self.closed_unanswered)
        event.accept()
