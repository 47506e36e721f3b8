"""Wrapped text that never clips: a column of labels that scrolls when the window cannot grow.

A top-level window does not grow by itself when a word-wrapped label gets a longer text (another
step, another language, a bigger font), so the text would overlap or be cut off. The windows
measure the longest text they will show at the width they get, size themselves for it within
the screen, and let this column scroll for whatever is still left over.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStyle, QVBoxLayout, QWidget


def reserve_text_height(label: QLabel, texts: Iterable[str], width: int) -> None:
    """Give a word-wrapped label the height the tallest of ``texts`` needs at ``width``, so a
    longer text shown later (a cue, the next step) is not clipped by a window sized earlier."""
    fm = label.fontMetrics()
    bounds = QRect(0, 0, max(1, width), 1 << 20)
    flags = Qt.TextFlag.TextWordWrap
    tallest = max((fm.boundingRect(bounds, flags, t).height() for t in texts), default=0)
    label.setMinimumHeight(tallest + 2 * label.margin())


class TextColumn(QScrollArea):
    """``labels`` one under the other, scrolling vertically (never sideways) when short of room."""

    def __init__(self, labels: Sequence[QLabel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        inner = QWidget()
        self._column = QVBoxLayout(inner)
        self._column.setContentsMargins(0, 0, 0, 0)
        for label in labels:
            label.setWordWrap(True)
            self._column.addWidget(label)
        self._column.addStretch(1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # reached by the labels it holds
        self.viewport().setAutoFillBackground(False)
        inner.setAutoFillBackground(False)
        self.setMinimumHeight(3 * self.fontMetrics().height())

    def scrollbar_width(self) -> int:
        """Room to leave for a vertical scroll bar when measuring the text's width."""
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)

    def content_height(self) -> int:
        """The height the labels need (with the heights reserved for them)."""
        return self._column.minimumSize().height()

    def to_top(self) -> None:
        self.verticalScrollBar().setValue(0)
