"""The walk card: a running timer, posture cues in turn, and "I'm back".

Return is "I'm back", Esc "Not now"; like the prompt card it is a dialog the user reaches with
Alt+Tab, and it takes the keyboard when the user's own choice opened it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backbreak.ui.placement import (
    fit_width,
    make_break_window,
    place_bottom_right,
    present,
    usable_width,
)
from backbreak.ui.text_column import reserve_text_height
from backbreak.ui.wording import content

translate = QCoreApplication.translate

CUE_SECONDS = 20


class WalkCard(QDialog):
    # outcome word ("completed" | "partial" | "skipped"), seconds walked
    finished = Signal(str, int)

    def __init__(
        self, target_seconds: int, cues: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        make_break_window(self)
        self.setObjectName("backbreak-walk")
        self.setWindowTitle(translate("WalkCard", "backbreak: walk"))
        self.setAccessibleName(translate("WalkCard", "Walk"))
        self._target = max(1, target_seconds)
        self._cues = list(cues) or [""]
        self._seconds = 0
        self._ended = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._clock = QLabel()
        font = self._clock.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self._clock.setFont(font)
        self._clock.setAccessibleDescription(translate("WalkCard", "Time walked"))
        self._goal = QLabel(
            translate("WalkCard", "Walk for %n minute(s).", None, max(1, round(self._target / 60)))
        )
        self._cue = QLabel()
        self._cue.setTextFormat(Qt.TextFormat.PlainText)
        self._cue.setWordWrap(True)
        self._back = QPushButton(translate("WalkCard", "I'm back"))
        self._back.setAccessibleDescription(translate("WalkCard", "End the walk and record it"))
        self._back.setDefault(True)
        self._back.clicked.connect(self.back)
        self._cancel = QPushButton(translate("WalkCard", "Not now"))
        self._cancel.setAccessibleDescription(translate("WalkCard", "Cancel the walk (Esc)"))
        self._cancel.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._cancel)
        row.addWidget(self._back)
        layout = QVBoxLayout(self)
        layout.addWidget(self._clock)
        layout.addWidget(self._goal)
        layout.addWidget(self._cue)
        layout.addLayout(row)
        self._render()

    @property
    def seconds(self) -> int:
        return self._seconds

    def start(self, take_focus: bool = False) -> None:
        """Show the card; ``take_focus`` when the user's own key or click asked for the walk."""
        self._back.setFocus()
        lh = self.fontMetrics().height()
        width = usable_width(self, max(self.sizeHint().width(), 22 * lh))
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        cues = [content(c) for c in self._cues]
        reserve_text_height(self._cue, cues, width - margins.left() - margins.right())
        fit_width(self, width)
        place_bottom_right(self)
        present(self, take_focus=take_focus)
        self._timer.start()

    def tick(self) -> None:
        if self._ended:
            return
        self._seconds += 1
        self._render()

    def _render(self) -> None:
        m, s = divmod(self._seconds, 60)
        self._clock.setText(f"{m}:{s:02d}")
        self._cue.setText(content(self._cues[(self._seconds // CUE_SECONDS) % len(self._cues)]))

    def back(self, seconds: int | None = None) -> None:
        """The user is back (pressed the button, or the controller saw them return)."""
        walked = self._seconds if seconds is None else seconds
        self._finish("completed" if walked >= self._target * 0.8 else "partial", walked)

    def cancel(self) -> None:
        self._finish("partial" if self._seconds >= 60 else "skipped", self._seconds)

    def _finish(self, outcome: str, seconds: int) -> None:
        if self._ended:
            return
        self._ended = True
        self._timer.stop()
        self.hide()
        self.finished.emit(outcome, seconds)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)  # Return: "I'm back", or the focused button

    def reject(self) -> None:
        self.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the card means the walk is over: it is recorded as walked."""
        self.back()
        event.accept()
