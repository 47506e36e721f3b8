"""The days (or weeks) of a painted chart, as a screen reader meets them.

A QPainter chart is one widget with no parts. Each day or week gets a transparent child widget
over its column, named with its figures in words, so the chart reads as a list of items with
one selected. The keyboard focus stays on the chart (the arrow keys move the selection); the
selected item is reported as the focused one, as Qt's item views do with their rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from backbreak.ui.accessibility import Role, set_role, set_selected, tell_focus


class ChartItems:
    """One transparent, named child per item of ``chart``; ``chart`` paints them all."""

    def __init__(self, chart: QWidget) -> None:
        self._chart = chart
        self._items: list[QWidget] = []
        self._selected = -1

    def set_names(self, names: Sequence[str]) -> None:
        """One item per name (what the screen reader says for it), in reading order."""
        while len(self._items) < len(names):
            item = QWidget(self._chart)
            set_role(item, Role.ListItem)
            item.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            item.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            item.show()
            self._items.append(item)
        while len(self._items) > len(names):
            self._items.pop().deleteLater()
        for item, name in zip(self._items, names, strict=True):
            item.setAccessibleName(name)
        self._selected = min(self._selected, len(self._items) - 1)

    def names(self) -> list[str]:
        return [item.accessibleName() for item in self._items]

    def place(self, rects: Sequence[QRect]) -> None:
        """Lay each item over its column (where a magnifier or touch exploration finds it)."""
        for item, rect in zip(self._items, rects, strict=False):
            item.setGeometry(rect)

    def select(self, index: int) -> None:
        """Mark item ``index`` selected; while the chart has the focus, it is the focused one."""
        for i, item in enumerate(self._items):
            set_selected(item, i == index)
        changed = index != self._selected
        self._selected = index
        if changed and self._chart.hasFocus():
            self.focus_in()

    def focus_in(self) -> None:
        """The chart got the keyboard: tell assistive technology which item that means."""
        if 0 <= self._selected < len(self._items):
            tell_focus(self._items[self._selected])
