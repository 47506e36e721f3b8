"""WCAG 2.1 AA contrast of every colour backbreak paints, computed from real desktop palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from backbreak.ui.colours import (
    GRAPHIC_RATIO,
    TEXT_RATIO,
    chart_colours,
    contrast,
    illustration_colours,
    readable,
    ring_colours,
    scale_colours,
    with_readable_disabled_text,
)

R = QPalette.ColorRole


def _palette(window: str, text: str, base: str, highlight: str, disabled_text: str) -> QPalette:
    p = QPalette()
    for role, colour in (
        (R.Window, window),
        (R.Button, window),
        (R.WindowText, text),
        (R.Text, text),
        (R.ButtonText, text),
        (R.Base, base),
        (R.Highlight, highlight),
        (R.Mid, disabled_text),
    ):
        p.setColor(role, QColor(colour))
    for role in (R.Text, R.WindowText, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return p


#: name -> palette: Qt's own Fusion (light), the dark themes of GNOME and KDE, Fusion dark, and a
#: theme whose highlight sits right on the background (the worst case for a derived colour).
PALETTES = {
    "fusion-light": lambda: QPalette(QApplication.style().standardPalette()),
    "adwaita-dark": lambda: _palette("#242424", "#ffffff", "#1e1e1e", "#3584e4", "#919191"),
    "breeze-dark": lambda: _palette("#202326", "#fcfcfc", "#141618", "#3daee9", "#5f6265"),
    "fusion-dark": lambda: _palette("#353535", "#ffffff", "#2a2a2a", "#2a82da", "#7f7f7f"),
    "navy-highlight-dark": lambda: _palette("#2b2b2b", "#eeeeee", "#1e1e1e", "#1a237e", "#555555"),
    "pale-highlight-light": lambda: _palette("#fafafa", "#202020", "#ffffff", "#e3f2fd", "#c0c0c0"),
}


def test_the_ratio_is_the_wcag_one() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#308cc6"), QColor("#ffffff")) == pytest.approx(3.68, abs=0.01)


def test_readable_keeps_a_colour_that_already_reads() -> None:
    assert readable(QColor("#ffa000"), [QColor("#1e1e1e")], TEXT_RATIO) == QColor("#ffa000")
    darker = readable(QColor("#308cc6"), [QColor("#ffffff")], TEXT_RATIO)
    assert contrast(darker, QColor("#ffffff")) >= TEXT_RATIO
    assert darker.blue() > darker.red()  # still the blue, only deeper


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_chart_text_and_marks_reach_aa(name: str, qapp: QApplication) -> None:
    c = chart_colours(PALETTES[name]())
    for ground in (c.background, c.selected):
        for what, ink in (("text", c.text), ("muted", c.muted), ("today/shown", c.accent)):
            assert contrast(ink, ground) >= TEXT_RATIO, (name, what)
        for what, mark in (
            ("axis", c.axis),
            ("due edge", c.due_edge),
            ("taken bar", c.taken),
            ("natural bar", c.natural),
            ("focus ring", c.focus),
        ):
            assert contrast(mark, ground) >= GRAPHIC_RATIO, (name, what)
    assert contrast(c.taken, c.due_fill) >= GRAPHIC_RATIO, name  # taken over due, in the trend


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_the_pain_lines_reach_3_to_1_and_stay_apart(name: str, qapp: QApplication) -> None:
    c = chart_colours(PALETTES[name]())
    for ground in (c.background, c.selected):
        assert contrast(c.pain_before, ground) >= GRAPHIC_RATIO, (name, "pain before")
        assert contrast(c.pain_after, ground) >= GRAPHIC_RATIO, (name, "pain after")
    assert c.pain_before != c.pain_after  # besides their line style and mark shape


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_the_pain_scale_reaches_aa(name: str, qapp: QApplication) -> None:
    s = scale_colours(PALETTES[name]())
    for what, mark in (("cell edge", s.edge), ("chosen cell", s.chosen), ("focus", s.focus)):
        assert contrast(mark, s.background) >= GRAPHIC_RATIO, (name, what)
    assert contrast(s.text, s.background) >= TEXT_RATIO, name
    assert contrast(s.chosen_text, s.chosen) >= TEXT_RATIO, name


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_countdown_ring_reaches_aa(name: str, qapp: QApplication) -> None:
    r = ring_colours(PALETTES[name]())
    assert contrast(r.arc, r.background) >= GRAPHIC_RATIO, name
    assert contrast(r.arc, r.track) >= GRAPHIC_RATIO, name
    assert contrast(r.text, r.background) >= TEXT_RATIO, name


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_the_tray_status_line_reads(name: str, qapp: QApplication) -> None:
    p = with_readable_disabled_text(PALETTES[name]())
    disabled = QPalette.ColorGroup.Disabled
    for ground in (p.color(R.Window), p.color(R.Base)):
        for role in (R.Text, R.WindowText, R.ButtonText):
            assert contrast(p.color(disabled, role), ground) >= TEXT_RATIO, (name, role)


def test_the_issue_figures_were_below_aa_before(qapp: QApplication) -> None:
    """What the palettes gave unadjusted (the issue's measurements): the test palettes do
    exercise the adjustment, they are not already readable."""
    light = PALETTES["fusion-light"]()
    assert contrast(light.color(R.Highlight), light.color(R.Base)) < TEXT_RATIO
    dark = PALETTES["navy-highlight-dark"]()
    assert contrast(dark.color(R.Highlight), dark.color(R.Window)) < 1.7
    disabled = light.color(QPalette.ColorGroup.Disabled, R.Text)
    assert contrast(disabled, light.color(R.Window)) < 2.0


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_illustration_colours_reach_three_to_one(name: str, qapp: QApplication) -> None:
    c = illustration_colours(PALETTES[name]())
    for what, colour in (
        ("figure", c.figure),
        ("far-side limbs", c.far),
        ("props", c.prop),
        ("accent", c.accent),
    ):
        assert contrast(colour, c.background) >= GRAPHIC_RATIO, (name, what)
    # the figure reads apart from its own far side and from the floor it stands on
    assert contrast(c.figure, c.background) > contrast(c.far, c.background)
    assert contrast(c.far, c.background) >= contrast(c.prop, c.background)


def test_the_illustration_accent_stays_orange(qapp: QApplication) -> None:
    light = illustration_colours(PALETTES["fusion-light"]())
    dark = illustration_colours(PALETTES["adwaita-dark"]())
    for accent in (light.accent, dark.accent):
        assert accent.red() > accent.green() > accent.blue()
    assert light.accent != dark.accent  # darkened on white, kept on a dark window
