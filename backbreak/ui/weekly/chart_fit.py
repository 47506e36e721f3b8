"""How wide the week chart's text columns are, on one line or, when the window is narrow, on two.

At 200 % on a small laptop screen (1280x800 is 640x400 of Qt's logical pixels) the seven day
columns with "9 h 59 min" on one line and "Longest sitting" in the gutter are wider than the
window, and the whole window scrolled sideways. So the chart has a second, narrower arrangement:
the row titles wrap onto two lines and every duration puts its hours and its minutes on lines of
their own ("9 h" over "59 min"). The chart uses it only when the one-line arrangement does not
fit; its minimum width is the two-line one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QFontMetrics

from backbreak.ui.weekly.day_texts import format_minutes, format_minutes_lines


@dataclass(frozen=True)
class ChartFit:
    gutter: int  # room left of the plot for the row titles and the axis figures
    column: int  # one day's width
    lines: int  # text lines in each row under the plot (1 or 2)

    def width(self, days: int, axis: int) -> int:
        return self.gutter + days * self.column + axis


def _two_line_width(fm: QFontMetrics, text: str) -> int:
    """The narrowest width at which ``text`` breaks at a space into at most two lines (a greedy
    word wrap at this width then never needs a third line)."""
    words = text.split(" ")
    best = fm.horizontalAdvance(text)
    for k in range(1, len(words)):
        first, second = " ".join(words[:k]), " ".join(words[k:])
        best = min(best, max(fm.horizontalAdvance(first), fm.horizontalAdvance(second)))
    return best


def _widest_line(fm: QFontMetrics, text: str) -> int:
    return max(fm.horizontalAdvance(line) for line in text.split("\n"))


def one_line(fm: QFontMetrics, titles: Sequence[str], day_labels: Sequence[str]) -> ChartFit:
    lh = fm.height()
    samples = [format_minutes(599), format_minutes(59), "Wed 30", *day_labels]
    column = max(fm.horizontalAdvance(s) for s in samples) + lh
    gutter = max(fm.horizontalAdvance(t) for t in (*titles, "888")) + lh
    return ChartFit(gutter, column, 1)


def two_lines(fm: QFontMetrics, titles: Sequence[str], day_labels: Sequence[str]) -> ChartFit:
    lh = fm.height()
    samples = [format_minutes_lines(599), format_minutes_lines(59), "Wed 30", *day_labels]
    column = max(_widest_line(fm, s) for s in samples) + lh
    gutter = max(max(_two_line_width(fm, t) for t in titles), fm.horizontalAdvance("888")) + lh
    return ChartFit(gutter, column, 2)


def chart_fit(
    fm: QFontMetrics, titles: Sequence[str], day_labels: Sequence[str], room: int, axis: int
) -> ChartFit:
    """The one-line arrangement when it fits in ``room`` pixels, else the two-line one."""
    wide = one_line(fm, titles, day_labels)
    if wide.width(7, axis) <= room:
        return wide
    return two_lines(fm, titles, day_labels)
