"""The guided routine player: one timed step at a time, usable by keyboard alone.

Keys, whichever button has the focus: Space pauses or resumes, Left and Right change the step,
Esc skips the rest; Return presses the focused button, or "Done" when none has the focus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backbreak.ui.placement import (
    fit_to_screen,
    make_break_window,
    place_centre,
    present,
    usable_width,
)
from backbreak.ui.player.countdown_ring import CountdownRing
from backbreak.ui.player.illustration import Illustration
from backbreak.ui.text_column import TextColumn, reserve_text_height
from backbreak.ui.wording import content

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from backbreak.core.routines.schema import PlayerStep


class RoutinePlayer(QDialog):
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
        make_break_window(self)
        self.setObjectName("backbreak-player")
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
        self._progress = self._label()
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
            self.finish,
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
        self._buttons = (
            self._prev,
            self._pause,
            self._next,
            self._done_button,
            self._skip,
            self._help,
        )
        for b in self._buttons:
            b.installEventFilter(self)  # Space and the arrows mean the same on every button
        self._done_button.setDefault(True)

        lh = self.fontMetrics().height()
        self._picture.setFixedWidth(8 * lh)
        self._ring.setFixedSize(self._ring.sizeHint())
        top = QHBoxLayout()
        top.addWidget(self._picture)
        # long texts (a language, a big font) scroll, never clip
        self._text = TextColumn([self._progress, self._name, self._instruction, self._cues])
        top.addWidget(self._text, 1)
        top.addWidget(self._ring, 0, Qt.AlignmentFlag.AlignTop)
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

    def start(self, take_focus: bool = True) -> None:
        """Show the player. It takes the keyboard when the user's own key or click started it
        (``take_focus``), with the focus ring on "Done", the button Return presses."""
        self._fit()
        place_centre(self)
        self._done_button.setFocus()
        present(self, take_focus=take_focus)
        self._timer.start()

    def _fit(self) -> None:
        """One size for the whole routine: as wide as suits the text, as tall as its longest
        step needs (so no step is clipped and the window does not jump), within the screen."""
        lh = self.fontMetrics().height()
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        width = usable_width(self, 46 * lh)
        spacing = 2 * layout.spacing()
        scrollbar = self._text.scrollbar_width()
        text_width = (
            width
            - margins.left()
            - margins.right()
            - self._picture.width()
            - self._ring.width()
            - spacing
            - scrollbar
        )
        steps = self._steps
        reserve_text_height(self._name, [content(s.title) for s in steps], text_width)
        instructions = [self._instruction_text(s) for s in steps]
        reserve_text_height(self._instruction, instructions, text_width)
        reserve_text_height(self._cues, [self._cue_text(s) for s in steps], text_width)
        text_height = self._text.content_height()
        nav_height = self._done_button.sizeHint().height()
        height = margins.top() + margins.bottom() + layout.spacing() + nav_height
        height += max(text_height, self._picture.sizeHint().height(), self._ring.height())
        fit_to_screen(self, QSize(width, height))

    def _show_step(self) -> None:
        step = self._steps[self._index]
        n, m = self._index + 1, len(self._steps)
        self._progress.setText(
            translate("Player", "Step %1 of %2").replace("%1", str(n)).replace("%2", str(m))
        )
        self._name.setText(content(step.title))
        instruction = self._instruction_text(step)
        self._instruction.setText(instruction)
        self._cues.setText(self._cue_text(step))
        self._text.to_top()
        self._picture.set_file(step.illustration, content(step.title))
        self._ring.set_time(self._left, step.seconds)
        self._prev.setEnabled(self._index > 0)
        self._next.setText(
            translate("Player", "Next") if self._index < m - 1 else translate("Player", "Finish")
        )
        self.setAccessibleDescription(
            f"{self._progress.text()}. {content(step.title)}. {instruction}"
        )

    @staticmethod
    def _instruction_text(step: PlayerStep) -> str:
        instruction = content(step.instruction)
        if step.reps and step.is_work:
            instruction += "\n" + translate("Player", "%n repetition(s)", None, step.reps)
        return instruction

    @staticmethod
    def _cue_text(step: PlayerStep) -> str:
        feel = [f"• {content(c)}" for c in step.cues if c not in step.avoid]
        avoid = [f"✗ {content(c)}" for c in step.avoid]
        return "\n".join(feel + avoid)

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

    def finish(self) -> None:
        """The user is done (Return, or the button): the steps gone through count."""
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
    def _key_action(self, event: QKeyEvent) -> Callable[[], None] | None:
        """What Space, the arrows and Esc do, wherever the focus is in the window."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        actions: dict[Qt.Key, Callable[[], None]] = {
            Qt.Key.Key_Space: self.toggle_pause,
            Qt.Key.Key_Right: self.next,
            Qt.Key.Key_Left: self.previous,
            Qt.Key.Key_Escape: self.skip,
        }
        return actions.get(Qt.Key(event.key()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = self._key_action(event)
            if action is not None:
                action()
                return True
        elif event.type() == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent):
            return self._key_action(event) is not None  # a button must not click on release
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._key_action(event)
        if action is not None:
            action()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in (
            None,
            self,
        ):
            self.finish()
        else:
            super().keyPressEvent(event)  # Return on a button: that button

    def reject(self) -> None:
        """Closed by the window manager (or Esc reaching the dialog): the rest is skipped."""
        self.skip()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._ended:
            self.skip()
        event.accept()
