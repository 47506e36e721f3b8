"""The guided routine player: one timed step at a time, usable by keyboard alone.

Keys, whichever button has the focus: Space pauses or resumes, Left and Right change the step,
Esc skips the rest; Return presses the focused button, or "Done" when none has the focus.
With a pain check-in (``pain``) the window opens on it, and asks again once the routine is
completed (``checkin``); its own keys apply meanwhile.
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
    QVBoxLayout,
    QWidget,
)

from backbreak.core.model import Progress
from backbreak.core.routines.sides import other_side
from backbreak.core.text import fill
from backbreak.ui.buttons import described_button
from backbreak.ui.placement import (
    fit_to_screen,
    make_break_window,
    place_bottom_right,
    present,
    usable_width,
)
from backbreak.ui.player.animation import FrameAnimation
from backbreak.ui.player.checkin import PainQuestions, PlayerCheckin
from backbreak.ui.player.countdown_ring import CountdownRing
from backbreak.ui.player.illustration import Illustration
from backbreak.ui.player.rep_counter import RepCounter, changes_text
from backbreak.ui.player.still_pictures import still_pictures
from backbreak.ui.text_column import TextColumn, reserve_text_height
from backbreak.ui.wording import BULLET, CROSS, content

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from backbreak.core.routines.adapt import Swap
    from backbreak.core.routines.schema import PlayerStep, SafetyNote


class RoutinePlayer(QDialog):
    # outcome word ("completed" | "partial" | "skipped"), steps done, seconds active
    finished = Signal(str, int, int)

    def __init__(
        self,
        title: str,
        steps: Sequence[PlayerStep],
        safety: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        note: SafetyNote | None = None,
        changes: Sequence[Swap] = (),
        reduced_motion: bool | None = None,
        pain: PainQuestions | None = None,
    ) -> None:
        """``safety``: the general safety lines, or the whole ``note`` (urgent signs, who
        should ask first, then those lines); ``changes``: what was swapped or left out for the
        user, said once on the first screen; ``reduced_motion``: show each exercise's two
        frames side by side, never moving (None follows the application's wish,
        :func:`still_pictures`, also while open)."""
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
        self._note = note
        self._index = 0
        self._left = self._steps[0].seconds
        self._done: set[int] = set()
        self._seconds = 0
        self._paused = False
        self._ended = False  # no more steps
        self._closed = False  # finished was emitted
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)

        self._picture = Illustration()
        self._animation = FrameAnimation(self._picture, parent=self)
        if reduced_motion is None:
            wish = still_pictures()
            wish.changed.connect(self.set_reduced_motion)
            reduced_motion = wish.on
        self._picture.set_side_by_side(reduced_motion)
        self._animation.set_enabled(not reduced_motion)
        self._other_side = other_side(self._steps)
        self._progress = self._label()
        self._name = self._label(bold=True, scale=1.3)
        self._instruction = self._label()
        self._cues = self._label()
        self._reps = RepCounter()
        self._changes = self._label()
        self._changes.setText(changes_text(changes))
        self._ring = CountdownRing()
        self._prev = described_button(
            translate("Player", "Previous"),
            translate("Player", "Go back one step (Left arrow)"),
            self.previous,
        )
        self._pause = described_button(
            translate("Player", "Pause"),
            translate("Player", "Pause or resume the countdown (Space)"),
            self.toggle_pause,
        )
        self._next = described_button(
            translate("Player", "Next"),
            translate("Player", "Go to the next step (Right arrow)"),
            self.next,
        )
        self._done_button = described_button(
            translate("Player", "Done"),
            translate("Player", "Finish the routine (Enter)"),
            self.finish,
        )
        self._skip = described_button(
            translate("Player", "Skip"),
            translate("Player", "Skip the rest of the routine (Esc)"),
            self.skip,
        )
        self._help = described_button(
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

        self._picture.setFixedWidth(self._picture.sizeHint().width())
        self._ring.setFixedSize(self._ring.sizeHint())
        top = QHBoxLayout()
        top.addWidget(self._picture)
        # long texts (a language, a big font) scroll, never clip
        self._text = TextColumn(
            [self._progress, self._changes, self._name, self._instruction, self._reps, self._cues]
        )
        top.addWidget(self._text, 1)
        top.addWidget(self._ring, 0, Qt.AlignmentFlag.AlignTop)
        nav = QHBoxLayout()
        for b in (self._prev, self._pause, self._next):
            nav.addWidget(b)
        nav.addStretch(1)
        for b in (self._help, self._skip, self._done_button):
            nav.addWidget(b)
        hidden = (self._picture, self._text, self._ring, *self._buttons)
        self._pain = PlayerCheckin(pain, hidden, self.show_safety)
        self.checkin = self._pain.widget  # the question, when it is on screen
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(nav)
        layout.addWidget(self.checkin)
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

    # --- state -----------------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self._index

    @property
    def current_step(self) -> PlayerStep:
        return self._steps[self._index]

    @property
    def steps(self) -> tuple[PlayerStep, ...]:
        """The routine's screens as planned (after the swaps made for the user)."""
        return tuple(self._steps)

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

    def progress(self) -> Progress:
        """Seconds so far, steps done and steps in all: what a checkpoint saves."""
        return Progress(self._seconds, len(self._done), len(self._steps))

    @property
    def paused(self) -> bool:
        return self._paused

    def start(self, take_focus: bool = True) -> None:
        """Show the player. It takes the keyboard when the user's own key or click started it
        (``take_focus``), with the focus ring on "Done", the button Return presses."""
        self._fit()
        # Where the card was: a break window sits in the corner of the screen the user is on,
        # off the middle of their work, wherever it was opened from.
        place_bottom_right(self)
        self._done_button.setFocus()
        asking = self._pain.before(self._begin_steps)  # the countdown waits for the answer
        present(self, take_focus=take_focus)
        if not asking:
            self._begin_steps()

    def _begin_steps(self) -> None:
        self._done_button.setFocus()
        self._timer.start()
        if not self._paused:
            self._animation.resume()

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
        counts = [t for s in steps for t in RepCounter.longest_texts(s)]
        reserve_text_height(self._reps, counts, text_width)
        reserve_text_height(self._changes, [self._changes.text()], text_width)
        text_height = self._text.content_height()
        nav_height = self._done_button.sizeHint().height()
        height = margins.top() + margins.bottom() + layout.spacing() + nav_height
        height += max(text_height, self._picture.sizeHint().height(), self._ring.height())
        checkin = margins.top() + margins.bottom() + 2 * self.checkin.sizeHint().height()
        fit_to_screen(self, QSize(width, max(height, checkin)))

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
        self._reps.show_step(step)
        self._reps.show_elapsed(step.seconds - self._left)
        self._changes.setVisible(self._index == 0 and bool(self._changes.text()))
        self._text.to_top()
        self._picture.set_frames(step.illustration, step.illustration_end, content(step.title))
        running = self._timer.isActive() and not self._paused
        other = self._other_side[self._index]
        self._animation.show(step, step.seconds - self._left, running, other)
        self._ring.set_time(self._left, step.seconds)
        self._prev.setEnabled(self._index > 0)
        self._next.setText(
            translate("Player", "Next") if self._index < m - 1 else translate("Player", "Finish")
        )
        said = [self._progress.text(), content(step.title), instruction]
        if self._changes.isVisibleTo(self):
            said.insert(1, self._changes.text())
        self.setAccessibleDescription(". ".join(said))

    @staticmethod
    def _instruction_text(step: PlayerStep) -> str:
        instruction = content(step.instruction)
        if step.reps and step.is_work:
            instruction += "\n" + translate("Player", "%n repetition(s)", None, step.reps)
        return instruction

    @staticmethod
    def _cue_text(step: PlayerStep) -> str:
        feel = [BULLET + content(c) for c in step.cues if c not in step.avoid]
        avoid = [CROSS + content(c) for c in step.avoid]
        return "\n".join(feel + avoid)

    def tick(self) -> None:
        """One second of the countdown (the timer calls it; tests may too)."""
        if self._paused or self._ended or self._pain.waiting:
            return
        self._seconds += 1
        self._left -= 1
        if self._left <= 0:
            self.next()
        else:
            step = self._steps[self._index]
            self._ring.set_time(self._left, step.seconds)
            self._reps.show_elapsed(step.seconds - self._left)
            self._animation.sync(step.seconds - self._left)

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
        if self._paused:
            self._animation.pause()
        elif self._timer.isActive():
            self._animation.resume()
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
        if self._pain.outcome is not None:  # only "And now?" was left: the routine is done
            self._close(self._pain.outcome)
            return
        self._finish("partial" if self._done else "skipped")

    def _finish(self, outcome: str) -> None:
        if self._ended:
            return
        self._ended = True
        self._timer.stop()
        self._animation.stop()
        if not self._pain.after(outcome, self._close):
            self._close(outcome)

    def _close(self, outcome: str) -> None:
        if not self._closed:
            self._closed = True
            self.hide()
            self.finished.emit(outcome, len(self._done), self._seconds)

    @property
    def reduced_motion(self) -> bool:
        return self._picture.side_by_side

    def set_reduced_motion(self, on: bool) -> None:
        """Switch between the moving picture and the two frames side by side."""
        if on == self.reduced_motion:
            return
        self._picture.set_side_by_side(on)
        self._picture.setFixedWidth(self._picture.sizeHint().width())
        self._animation.set_enabled(not on)

    def safety_text(self) -> str:
        """What the Safety button shows: the note, then where this exercise comes from."""
        step = self._steps[self._index]
        if self._note is None:
            parts = [content(line) for line in self._safety]
        else:
            from backbreak.ui.safety_screen import note_text

            parts = [note_text(self._note)]
        parts.append(source_sentence(step))
        return "\n\n".join(parts)

    def show_safety(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("Player", "Safety"),
            self.safety_text(),
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
        if not self._closed:
            self.skip()
        event.accept()


def source_sentence(step: PlayerStep) -> str:
    """Where the exercise on ``step`` comes from, in words (the articles' titles)."""
    title = content(step.title)
    if not step.cites:
        template = translate(
            "Player", "“%1” is common practice in physiotherapy; it is not from the articles."
        )
        return fill(template, [title])
    quoted = [
        fill(translate("Player", "“%1”", "an article's title"), [content(c)]) for c in step.cites
    ]
    articles = translate("Player", ", ", "between article titles").join(quoted)
    template = translate("Player", "“%1” is taken from the article(s) %2.", None, len(quoted))
    return fill(template, [title, articles])
