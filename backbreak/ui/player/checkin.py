"""The pain check-in the player shows before the first step and after the last.

"How is your back right now?" on a 0 to 10 scale, by keyboard alone: the digits 0 to 9, the
arrow keys, Home (0) and End (10) choose; Return confirms (on a focused button: that button);
S or Esc skips. The widget decides nothing: ``answer`` (given by the app) stores the score and
says whether a note follows, which is then shown until Return.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from backbreak.core.routines.steering import Moment
from backbreak.ui.buttons import described_button
from backbreak.ui.colours import scale_colours

translate = QCoreApplication.translate

CELLS = 11  # 0 .. 10


@dataclass(frozen=True)
class PainQuestions:
    """What the player needs for the check-in. ``answer(moment, score)`` takes a score (None:
    skipped) and returns the text of a note to show before going on, or None."""

    answer: Callable[[Moment, int | None], str | None]


class PainScale(QSlider):
    """Eleven numbered cells, none chosen at first. A slider underneath, so a screen reader
    finds a slider whose value is the score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(0, CELLS - 1)
        self.setPageStep(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._chosen = False
        self.setAccessibleName(translate("Checkin", "Pain from 0, no pain, to 10, worst pain"))
        self._describe()

    @property
    def score(self) -> int | None:
        return self.value() if self._chosen else None

    def choose(self, score: int) -> None:
        self._chosen = True
        self.setValue(max(0, min(CELLS - 1, score)))
        self._describe()
        self.update()

    def clear(self) -> None:
        self._chosen = False
        self.setValue(0)
        self._describe()
        self.update()

    def _describe(self) -> None:
        self.setAccessibleDescription(
            translate("Checkin", "Digits 0 to 9, arrow keys, Home and End choose")
            if self._chosen
            else translate("Checkin", "Nothing chosen yet; digits 0 to 9, arrow keys, Home and End")
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        current = self.value() if self._chosen else None
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.choose(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.choose(0 if current is None else current + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.choose(0 if current is None else current - 1)
        elif key == Qt.Key.Key_Home:
            self.choose(0)
        elif key == Qt.Key.Key_End:
            self.choose(CELLS - 1)
        else:
            event.ignore()  # Return, S, Esc: for the check-in around it

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self._cell_at(event.position().x())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.choose(cell)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        event.ignore()  # no dragging: a click is an answer

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # a scroll passing over the scale is not an answer

    def _cells(self) -> list[QRectF]:
        gap = self.fontMetrics().height() / 4
        width = (self.width() - gap * (CELLS - 1) - 4) / CELLS
        return [QRectF(2 + i * (width + gap), 2, width, self.height() - 4) for i in range(CELLS)]

    def _cell_at(self, x: float) -> int | None:
        return next((i for i, r in enumerate(self._cells()) if r.left() <= x <= r.right()), None)

    def cell_rect(self, score: int) -> QRectF:
        """Where the cell of ``score`` is drawn (for a click)."""
        return self._cells()[score]

    def sizeHint(self) -> QSize:
        lh = self.fontMetrics().height()
        cell = max(self.fontMetrics().horizontalAdvance("10") + lh, 2 * lh)
        return QSize(CELLS * cell + (CELLS - 1) * lh // 4 + 4, 2 * lh + 4)

    def minimumSizeHint(self) -> QSize:
        lh = self.fontMetrics().height()
        cell = self.fontMetrics().horizontalAdvance("10") + lh // 2
        return QSize(CELLS * cell + 4, 2 * lh + 4)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = scale_colours(self.palette())
        line = max(1.0, self.fontMetrics().height() / 14)
        font = p.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        for score, rect in enumerate(self._cells()):
            chosen = score == self.score
            font.setBold(chosen)
            p.setFont(font)
            p.setPen(QPen(colours.chosen if chosen else colours.edge, line))
            p.setBrush(colours.chosen if chosen else colours.background)
            p.drawRoundedRect(rect.adjusted(line, line, -line, -line), line * 3, line * 3)
            p.setPen(colours.chosen_text if chosen else colours.text)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(score))
        if self.hasFocus():
            p.setPen(QPen(colours.focus, 2 * line, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(line, line, -line, -line))
        p.end()


def _label(text: str = "", bold: bool = False, scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(bold)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def question_text(moment: Moment) -> str:
    if moment is Moment.BEFORE:
        return translate("Checkin", "How is your back right now?")
    return translate("Checkin", "And now?")


class PainCheckin(QWidget):
    """The question, the scale and Skip/OK; then, when the answer brings one, a note.

    ``done`` is emitted once the user is through (answered or skipped, and any note read).
    """

    done = Signal()
    safety_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backbreak-checkin")
        self._moment = Moment.BEFORE
        self._questions: PainQuestions | None = None
        self._asking = False
        self.given: int | None = None  # the last answer (None: skipped)
        self.question = _label(bold=True, scale=1.3)
        self._hint = _label(
            translate(
                "Checkin",
                "Choose a number: 0 to 9 on the keyboard, or the arrow keys and End for 10. "
                "Return confirms; S skips.",
            )
        )
        self.scale = PainScale()
        self.question.setBuddy(self.scale)
        ends = QHBoxLayout()
        self._low = _label(translate("Checkin", "no pain"))
        self._high = _label(translate("Checkin", "worst pain"))
        self._high.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(self._low)
        ends.addStretch(1)
        ends.addWidget(self._high)
        self.skip_button = described_button(
            translate("Checkin", "Skip"),
            translate("Checkin", "Go on without answering (S or Esc)"),
            self.skip,
        )
        self.ok_button = described_button(
            translate("Checkin", "OK"),
            translate("Checkin", "Give this score (Return)"),
            self.confirm,
        )
        self.note = _label()
        self.note.setAccessibleName(translate("Checkin", "A word from backbreak"))
        self.safety_button = described_button(
            translate("Checkin", "Safety…"),
            translate("Checkin", "The urgent signs that mean seeing a doctor now"),
            self.safety_requested.emit,
        )
        self.continue_button = described_button(
            translate("Checkin", "Continue"),
            translate("Checkin", "Go on (Return)"),
            self._finish,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.safety_button)
        buttons.addStretch(1)
        for b in (self.skip_button, self.ok_button, self.continue_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.question, self._hint, self.scale):
            layout.addWidget(w)
        layout.addLayout(ends)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._show_note(False)

    @property
    def moment(self) -> Moment:
        return self._moment

    @property
    def showing_note(self) -> bool:
        return not self.note.isHidden()

    def ask(self, moment: Moment, questions: PainQuestions) -> None:
        """Show the question for ``moment`` with nothing chosen; the scale takes the focus."""
        self._moment, self._questions, self._asking = moment, questions, True
        self.given = None
        self.question.setText(question_text(moment))
        self.setAccessibleName(question_text(moment))
        self.scale.clear()
        self._show_note(False)
        self.scale.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_note(self, shown: bool) -> None:
        for w in (self._hint, self.scale, self._low, self._high, self.skip_button, self.ok_button):
            w.setVisible(not shown)
        for w in (self.note, self.safety_button, self.continue_button):
            w.setVisible(shown)

    def confirm(self) -> None:
        """Return or OK: give the chosen score (nothing happens while none is chosen)."""
        if not self._asking:
            return
        score = self.scale.score
        if score is None:
            self._hint.setText(
                translate("Checkin", "Choose a number from 0 to 10 first, or press S to skip.")
            )
            return
        self._answer(score)

    def skip(self) -> None:
        """S or Esc: go on without a score."""
        if self._asking:
            self._answer(None)

    def _answer(self, score: int | None) -> None:
        self._asking = False
        self.given = score
        assert self._questions is not None
        note = self._questions.answer(self._moment, score)
        if note:
            self.note.setText(note)
            self._show_note(True)
            self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._finish()

    def _finish(self) -> None:
        self._show_note(False)
        self.done.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if self.showing_note:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
                self._finish()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_S):
            self.skip()
        # Every other key stops here: Space or an arrow on a button must not reach the player.


class PlayerCheckin:
    """The check-in's place in the player: before the first step and after the last, in place
    of the step's widgets (``hidden``), the countdown waiting meanwhile.

    ``before(then)`` asks, when there is a check-in, and calls ``then`` once answered; ``after(
    outcome, then)`` asks "And now?" when the routine was completed after a score was given,
    and calls ``then(outcome)`` once answered. ``outcome`` is the routine's while "And now?" is
    on screen (a skip or a close then keeps it).
    """

    def __init__(
        self,
        questions: PainQuestions | None,
        hidden: Sequence[QWidget],
        safety: Callable[[], None],
    ) -> None:
        self.widget = PainCheckin()
        self.widget.hide()
        self.widget.done.connect(self._done)
        self.widget.safety_requested.connect(safety)
        self._questions = questions
        self._hidden = tuple(hidden)
        self._before: int | None = None  # the score given before the first step
        self.outcome: str | None = None
        self._then: Callable[[], None] = lambda: None

    @property
    def waiting(self) -> bool:
        """A question (or its note) is on screen."""
        return not self.widget.isHidden()

    def before(self, then: Callable[[], None]) -> bool:
        """Ask "How is your back right now?"; False (and ``then`` not called) without one."""
        if self._questions is None:
            return False
        self._ask(Moment.BEFORE, then)
        return True

    def after(self, outcome: str, then: Callable[[str], None]) -> bool:
        """Ask "And now?" after a completed routine that had a score before; else False."""
        if outcome != "completed" or self._questions is None or self._before is None:
            return False
        self.outcome = outcome
        self._ask(Moment.AFTER, lambda: then(outcome))
        return True

    def _ask(self, moment: Moment, then: Callable[[], None]) -> None:
        assert self._questions is not None
        self._then = then
        for w in self._hidden:
            w.hide()
        self.widget.show()
        self.widget.ask(moment, self._questions)

    def _done(self) -> None:
        if self.widget.moment is Moment.BEFORE:
            self._before = self.widget.given
            self.widget.hide()
            for w in self._hidden:
                w.show()
        self._then()
