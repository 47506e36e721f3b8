"""The guided routine player: one timed step at a time, usable by keyboard alone."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backbreak.ui.placement import accept_focus, make_quiet, place_centre
from backbreak.ui.player.countdown_ring import CountdownRing
from backbreak.ui.player.illustration import Illustration
from backbreak.ui.wording import content

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from backbreak.core.routines.library import PlayerStep


class RoutinePlayer(QWidget):
    # outcome word ("completed" | "partial" | "skipped"), steps done, seconds active
    finished = Signal(str, int, int)

    def __init__(
        self,
        title: str,
        steps: Sequence[PlayerStep],
        safety: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if not steps:
            raise ValueError("a routine needs at least one step")
        make_quiet(self)
        self.setObjectName("backbreak-player")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        title = content(title)
        self.setWindowTitle(translate("Player", "backbreak: %1").replace("%1", title))
        self.setAccessibleName(translate("Player", "Guided stretch: %1").replace("%1", title))
        self._steps = list(steps)
        self._safety = list(safety)
        self._index = 0
        self._left = self._steps[0].seconds
        self._done: set[int] = set()
        self._seconds = 0
        self._paused = False
        self._ended = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)

        self._picture = Illustration()
        self._picture.setAccessibleName(translate("Player", "Illustration"))
        self._progress = QLabel()
        self._name = self._label(bold=True, scale=1.3)
        self._instruction = self._label()
        self._cues = self._label()
        self._ring = CountdownRing()
        self._prev = self._button(
            translate("Player", "Previous"),
            translate("Player", "Go back one step (Left arrow)"),
            self.previous,
        )
        self._pause = self._button(
            translate("Player", "Pause"),
            translate("Player", "Pause or resume the countdown (Space)"),
            self.toggle_pause,
        )
        self._next = self._button(
            translate("Player", "Next"),
            translate("Player", "Go to the next step (Right arrow)"),
            self.next,
        )
        self._done_button = self._button(
            translate("Player", "Done"),
            translate("Player", "Finish the routine (Enter)"),
            self.done,
        )
        self._skip = self._button(
            translate("Player", "Skip"),
            translate("Player", "Skip the rest of the routine (Esc)"),
            self.skip,
        )
        self._help = self._button(
            translate("Player", "Safety…"),
            translate("Player", "When to stop and who should ask a professional first"),
            self.show_safety,
        )
        for b in (self._prev, self._pause, self._next, self._done_button, self._skip, self._help):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        top = QHBoxLayout()
        top.addWidget(self._picture, 1)
        text = QVBoxLayout()
        text.addWidget(self._progress)
        text.addWidget(self._name)
        text.addWidget(self._instruction)
        text.addWidget(self._cues)
        text.addStretch(1)
        top.addLayout(text, 2)
        top.addWidget(self._ring)
        nav = QHBoxLayout()
        for b in (self._prev, self._pause, self._next):
            nav.addWidget(b)
        nav.addStretch(1)
        for b in (self._help, self._skip, self._done_button):
            nav.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(nav)
        self._show_step()

    def _label(self, bold: bool = False, scale: float = 1.0) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # text from data files is never markup
        label.setWordWrap(True)
        font = label.font()
        font.setBold(bold)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
        return label

    def _button(self, text: str, description: str, slot: object) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(text)
        b.setAccessibleDescription(description)
        b.setToolTip(description)
        b.clicked.connect(slot)
        return b

    # --- state -----------------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self._index

    @property
    def step_count(self) -> int:
        return len(self._steps)

    @property
    def steps_done(self) -> int:
        return len(self._done)

    @property
    def seconds(self) -> int:
        """Seconds of exercise so far (the clock stops while paused)."""
        return self._seconds

    @property
    def paused(self) -> bool:
        return self._paused

    def start(self) -> None:
        place_centre(self)
        self.show()
        self._timer.start()

    def _show_step(self) -> None:
        step = self._steps[self._index]
        n, m = self._index + 1, len(self._steps)
        self._progress.setText(
            translate("Player", "Step %1 of %2").replace("%1", str(n)).replace("%2", str(m))
        )
        self._name.setText(content(step.title))
        instruction = content(step.instruction)
        if step.reps and step.is_work:
            instruction += "\n" + translate("Player", "%n repetition(s)", None, step.reps)
        self._instruction.setText(instruction)
        feel = [f"• {content(c)}" for c in step.cues if c not in step.avoid]
        avoid = [f"✗ {content(c)}" for c in step.avoid]
        self._cues.setText("\n".join(feel + avoid))
        self._picture.set_file(step.illustration)
        self._picture.setAccessibleDescription(content(step.title))
        self._ring.set_time(self._left, step.seconds)
        self._ring.setAccessibleName(translate("Player", "%n second(s) left", None, self._left))
        self._prev.setEnabled(self._index > 0)
        self._next.setText(
            translate("Player", "Next") if self._index < m - 1 else translate("Player", "Finish")
        )
        self.setAccessibleDescription(
            f"{self._progress.text()}. {content(step.title)}. {instruction}"
        )

    def tick(self) -> None:
        """One second of the countdown (the timer calls it; tests may too)."""
        if self._paused or self._ended:
            return
        self._seconds += 1
        self._left -= 1
        if self._left <= 0:
            self.next()
        else:
            self._ring.set_time(self._left, self._steps[self._index].seconds)
            self._ring.setAccessibleName(translate("Player", "%n second(s) left", None, self._left))

    def next(self) -> None:
        if self._ended:
            return
        self._done.add(self._index)
        if self._index + 1 >= len(self._steps):
            self._finish("completed")
            return
        self._index += 1
        self._left = self._steps[self._index].seconds
        self._show_step()

    def previous(self) -> None:
        if self._index > 0 and not self._ended:
            self._index -= 1
            self._left = self._steps[self._index].seconds
            self._show_step()

    def toggle_pause(self) -> None:
        self._paused = not self._paused
        self._pause.setText(
            translate("Player", "Resume") if self._paused else translate("Player", "Pause")
        )
        self._pause.setAccessibleName(self._pause.text())

    def done(self) -> None:
        if self._index == len(self._steps) - 1:
            self._done.add(self._index)
        self._finish(
            "completed"
            if len(self._done) == len(self._steps)
            else "partial"
            if self._done
            else "skipped"
        )

    def skip(self) -> None:
        self._finish("partial" if self._done else "skipped")

    def _finish(self, outcome: str) -> None:
        if self._ended:
            return
        self._ended = True
        self._timer.stop()
        self.hide()
        self.finished.emit(outcome, len(self._done), self._seconds)

    def show_safety(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("Player", "Safety"),
            "\n\n".join(content(s) for s in self._safety),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # data text is never markup
        box.exec()

    # --- input -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        actions = {
            Qt.Key.Key_Space: self.toggle_pause,
            Qt.Key.Key_Right: self.next,
            Qt.Key.Key_Left: self.previous,
            Qt.Key.Key_Return: self.done,
            Qt.Key.Key_Enter: self.done,
            Qt.Key.Key_Escape: self.skip,
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            super().keyPressEvent(event)
        else:
            action()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        accept_focus(self)
        super().mousePressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._ended:
            self.skip()
        super().closeEvent(event)
