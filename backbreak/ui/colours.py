"""Every colour backbreak paints itself, taken from the palette and checked for contrast.

WCAG 2.1 AA asks 4.5:1 for text and 3:1 for the graphics one needs to read a chart against what
they are drawn on. The palette's own colours do not always reach that (a desktop's highlight is
often a mid blue, a dark theme's even darker), so each colour here starts from its palette role
and, where it falls short, is moved toward black or white just far enough. Light and dark
palettes both come out readable, and the ratios are unit-tested from the palettes.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

TEXT_RATIO = 4.5
GRAPHIC_RATIO = 3.0
_STEPS = 40  # how finely a colour is moved toward black or white


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour (0 black .. 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, 1.0 .. 21.0."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """``a`` moved ``share_of_b`` of the way to ``b`` (an opaque result)."""
    t = max(0.0, min(1.0, share_of_b))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def readable(colour: QColor, backgrounds: Sequence[QColor], ratio: float) -> QColor:
    """``colour``, or the nearest shade of it toward black or white that reaches ``ratio``
    against every one of ``backgrounds`` (the best reachable if none does)."""
    # copy.copy, not the QColor(QColor) constructor: choosing among that constructor's
    # overloads makes PySide6 build the whole Qt namespace (~100 enums, 12-30 ms), which the
    # tray's menu would otherwise pay before its icon shows.
    opaque = copy.copy(colour)
    opaque.setAlpha(255)

    def worst(c: QColor) -> float:
        return min(contrast(c, bg) for bg in backgrounds)

    if worst(opaque) >= ratio:
        return opaque
    best = opaque
    for step in range(1, _STEPS + 1):
        for end in (QColor(0, 0, 0), QColor(255, 255, 255)):
            candidate = mix(opaque, end, step / _STEPS)
            if worst(candidate) >= ratio:
                return candidate
            if worst(candidate) > worst(best):
                best = candidate
    return best


@dataclass(frozen=True)
class ChartColours:
    """The weekly window's charts. Text and marks are drawn on ``background`` or on the
    ``selected`` column, and every text or mark here reaches its ratio on both."""

    background: QColor
    selected: QColor  # the selected day's column (a fill behind text and bars)
    text: QColor
    muted: QColor  # secondary text: axis figures, row titles, days still to come
    accent: QColor  # today's day label, the week on show in the trend
    grid: QColor  # faint helper lines; the axis and the figures carry the meaning
    axis: QColor
    due_fill: QColor  # inside the "due" bar, drawn under "taken" in the trend
    due_edge: QColor
    taken: QColor
    natural: QColor  # hatched, so it reads apart from "taken" without relying on colour
    focus: QColor  # the keyboard focus ring
    pain_before: QColor  # the day's average pain before a routine: solid line, round marks
    pain_after: QColor  # ... and after: dashed line, square marks (apart without hue)


# The pain lines' hues (a warm and a cool one, apart from the usual blue highlight), moved
# toward black or white as far as the palette needs.
_PAIN_BEFORE = QColor("#c2410c")
_PAIN_AFTER = QColor("#7e22ce")


def chart_colours(palette: QPalette) -> ChartColours:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    selected = mix(base, highlight, 0.18)
    grounds = (base, selected)
    due_fill = mix(base, text, 0.2)
    return ChartColours(
        background=base,
        selected=selected,
        text=readable(text, grounds, TEXT_RATIO),
        muted=readable(mix(text, base, 0.35), grounds, TEXT_RATIO),
        accent=readable(highlight, grounds, TEXT_RATIO),
        grid=mix(base, text, 0.15),
        axis=readable(mix(text, base, 0.4), grounds, GRAPHIC_RATIO),
        due_fill=due_fill,
        due_edge=readable(mix(text, base, 0.4), grounds, GRAPHIC_RATIO),
        taken=readable(highlight, (*grounds, due_fill), GRAPHIC_RATIO),
        natural=readable(mix(text, base, 0.25), grounds, GRAPHIC_RATIO),
        focus=readable(highlight, grounds, GRAPHIC_RATIO),
        pain_before=readable(_PAIN_BEFORE, grounds, GRAPHIC_RATIO),
        pain_after=readable(_PAIN_AFTER, grounds, GRAPHIC_RATIO),
    )


@dataclass(frozen=True)
class RingColours:
    """The player's countdown: the arc of time left over a faint full-circle track."""

    background: QColor
    track: QColor
    arc: QColor
    text: QColor


def ring_colours(palette: QPalette) -> RingColours:
    window = palette.color(QPalette.ColorRole.Window)
    ink = palette.color(QPalette.ColorRole.WindowText)
    track = mix(window, ink, 0.2)
    return RingColours(
        background=window,
        track=track,
        arc=readable(palette.color(QPalette.ColorRole.Highlight), (window, track), GRAPHIC_RATIO),
        text=readable(ink, (window,), TEXT_RATIO),
    )


@dataclass(frozen=True)
class ScaleColours:
    """The pain check-in's 0 to 10 scale: numbered cells, the chosen one filled."""

    background: QColor
    edge: QColor  # each cell's outline
    text: QColor
    chosen: QColor  # the chosen cell's fill
    chosen_text: QColor
    focus: QColor  # the keyboard focus ring


def scale_colours(palette: QPalette) -> ScaleColours:
    window = palette.color(QPalette.ColorRole.Window)
    ink = palette.color(QPalette.ColorRole.WindowText)
    chosen = readable(palette.color(QPalette.ColorRole.Highlight), (window,), GRAPHIC_RATIO)
    return ScaleColours(
        background=window,
        edge=readable(mix(ink, window, 0.4), (window,), GRAPHIC_RATIO),
        text=readable(ink, (window,), TEXT_RATIO),
        chosen=chosen,
        chosen_text=readable(
            palette.color(QPalette.ColorRole.HighlightedText), (chosen,), TEXT_RATIO
        ),
        focus=readable(palette.color(QPalette.ColorRole.Highlight), (window,), GRAPHIC_RATIO),
    )


def with_readable_disabled_text(palette: QPalette) -> QPalette:
    """``palette`` with its greyed-out text roles dark (or light) enough to read, for a menu
    whose disabled entry is a status line rather than a control that is off."""
    result = copy.copy(palette)  # not QPalette(palette): see readable()
    disabled = QPalette.ColorGroup.Disabled
    grounds = (palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        result.setColor(
            disabled, role, readable(palette.color(disabled, role), grounds, TEXT_RATIO)
        )
    return result


@dataclass(frozen=True)
class IllustrationColours:
    """The exercise pictures: the figure in the text colour, its far-side limbs a lighter
    shade, the props (floor, chair, desk) lighter still, and the accent (the muscle at work,
    arrows) from the highlight colour. Each reaches 3:1 against the window behind it."""

    background: QColor
    figure: QColor
    far: QColor
    prop: QColor
    accent: QColor


ILLUSTRATION_ACCENT = QColor("#e8833a")
"""The accent the pictures are drawn with: a warm orange, darkened or lightened as needed."""


def illustration_colours(palette: QPalette) -> IllustrationColours:
    window = palette.color(QPalette.ColorRole.Window)
    ink = readable(palette.color(QPalette.ColorRole.WindowText), (window,), GRAPHIC_RATIO)
    return IllustrationColours(
        background=window,
        figure=ink,
        far=readable(mix(ink, window, 0.35), (window,), GRAPHIC_RATIO),
        prop=readable(mix(ink, window, 0.55), (window,), GRAPHIC_RATIO),
        accent=readable(ILLUSTRATION_ACCENT, (window,), GRAPHIC_RATIO),
    )
