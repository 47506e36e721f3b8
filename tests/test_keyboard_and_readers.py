"""Keyboard use and what a screen reader is told, for every window backbreak opens (offscreen).

The accessibility checks read Qt's own accessibility interfaces: the same objects the AT-SPI
bridge serves to Orca (``tests/desktop/test_accessibility.py`` reads them over AT-SPI).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from hand_built_week import THIS_WEEK, HandBuiltSource, hand_built_week
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from weekly_window_parts import chart_of, trend_of

from backbreak.core.history.weekly import week_monday, week_of
from backbreak.core.routines.library import load_library, safety_text
from backbreak.core.routines.plan import plan
from backbreak.ui.cards.prompt_card import PromptCard
from backbreak.ui.cards.walk_card import WalkCard
from backbreak.ui.cards.welcome import WelcomeDialog
from backbreak.ui.player.illustration import svg_description
from backbreak.ui.player.window import RoutinePlayer
from backbreak.ui.tray.system_tray import BreakWindow, Tray
from backbreak.ui.weekly.window import WeeklyWindow

R = QAccessible.Role
#: roles a user acts on: each must have a name
CONTROLS = {R.Button, R.CheckBox, R.ComboBox, R.List, R.ListItem, R.Tree, R.ProgressBar, R.Slider}


def _source() -> HandBuiltSource:
    """A week with figures and a 12-week trend behind it."""
    source = HandBuiltSource(weeks={THIS_WEEK: hand_built_week()})
    last = week_monday(THIS_WEEK)
    for i in range(12):
        source.trends[week_of(last - timedelta(weeks=i))] = (12, 16) if i == 0 else (10, 14)
    return source


def _player(qtbot: QtBot, routine: str = "desk-seated") -> RoutinePlayer:
    library = load_library(None)
    r = library.get(routine)
    player = RoutinePlayer(r.title, plan(r, library, "standard"), safety_text())
    qtbot.addWidget(player)
    player.start(take_focus=True)
    return player


def _heard(widget: QWidget) -> QAccessibleInterface:
    """What a screen reader is told about ``widget``."""
    said = QAccessible.queryAccessibleInterface(widget)
    assert said is not None, widget
    return said


def _button(window: QWidget, name: str) -> QPushButton:
    """The one visible button a screen reader names ``name``."""
    (found,) = [
        b
        for b in window.findChildren(QPushButton)
        if b.isVisible() and _heard(b).text(QAccessible.Text.Name) == name
    ]
    return found


def _one_with_role(window: QWidget, role: QAccessible.Role) -> QAccessibleInterface:
    """The one visible part of ``window`` a screen reader knows by ``role``."""
    (found,) = [
        said
        for w in window.findChildren(QWidget)
        if w.isVisible() and (said := _heard(w)).role() == role
    ]
    return found


@pytest.fixture
def player(qtbot: QtBot) -> Iterator[RoutinePlayer]:
    p = _player(qtbot)
    yield p
    p.skip()


# --- keyboard ----------------------------------------------------------------------------------
def test_space_and_arrows_work_whichever_player_button_has_the_focus(
    player: RoutinePlayer, qtbot: QtBot
) -> None:
    boxes: list[QWidget] = []
    for button in player.findChildren(QPushButton):
        if not (button.isEnabled() and button.isVisible()):  # the check-in's are hidden
            continue
        button.setFocus()
        paused, index = player.paused, player.index
        qtbot.keyClick(button, Qt.Key.Key_Space)
        assert player.paused is not paused, button.text()
        qtbot.keyClick(button, Qt.Key.Key_Right)
        assert player.index == index + 1, button.text()
        qtbot.keyClick(button, Qt.Key.Key_Left)
        assert player.index == index, button.text()
        boxes += [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert boxes == []  # Space on "Safety…" paused; it did not open the box


def test_return_presses_the_focused_button_else_done(player: RoutinePlayer, qtbot: QtBot) -> None:
    done, pause = _button(player, "Done"), _button(player, "Pause")
    assert player.focusWidget() is done  # the ring starts on the default
    pause.setFocus()
    qtbot.keyClick(pause, Qt.Key.Key_Return)
    assert player.paused
    qtbot.keyClick(pause, Qt.Key.Key_Right)
    with qtbot.waitSignal(player.finished) as finished:
        qtbot.keyClick(done, Qt.Key.Key_Return)
    assert finished.args[0] == "partial" and finished.args[1] == 1


def test_escape_skips_the_routine_from_any_button(player: RoutinePlayer, qtbot: QtBot) -> None:
    with qtbot.waitSignal(player.finished) as finished:
        qtbot.keyClick(_button(player, "Next"), Qt.Key.Key_Escape)
    assert finished.args[0] == "skipped"


@pytest.mark.parametrize(
    ("prefer_walk", "chosen"), [(False, "stretch_chosen"), (True, "walk_chosen")]
)
def test_return_on_the_card_takes_its_default_choice(
    qtbot: QtBot, prefer_walk: bool, chosen: str
) -> None:
    card = PromptCard()
    qtbot.addWidget(card)
    card.ask(1800, "Desk reset", 3, 5, True, prefer_walk=prefer_walk)
    default = card.walk_button if prefer_walk else card.stretch_button
    assert default.isDefault() and card.focusWidget() is default
    with qtbot.waitSignal(getattr(card, chosen)):
        qtbot.keyClick(card, Qt.Key.Key_Return)
    assert not card.isVisible()


def test_escape_on_the_card_skips_and_closing_it_is_unanswered(qtbot: QtBot) -> None:
    card = PromptCard()
    qtbot.addWidget(card)
    card.ask(1800, "Desk reset", 3, 5, True)
    with qtbot.waitSignal(card.skip_chosen):
        qtbot.keyClick(card.walk_button, Qt.Key.Key_Escape)
    card.ask(1800, "Desk reset", 3, 5, True)
    with qtbot.waitSignal(card.closed_unanswered):
        card.close()


def test_walk_card_return_is_back_and_escape_is_not_now(qtbot: QtBot) -> None:
    for key, outcome in ((Qt.Key.Key_Return, "partial"), (Qt.Key.Key_Escape, "skipped")):
        card = WalkCard(300, ["Walk tall."])
        qtbot.addWidget(card)
        card.start(take_focus=True)
        with qtbot.waitSignal(card.finished) as finished:
            qtbot.keyClick(card, key)
        assert finished.args == [outcome, 0]


def test_the_trend_is_used_with_the_arrow_keys(qtbot: QtBot) -> None:
    source = _source()
    window = WeeklyWindow(source)
    qtbot.addWidget(window)
    trend = trend_of(window)
    trend.setFocus()
    qtbot.keyClick(trend, Qt.Key.Key_Left)
    assert source.week_requests[-1] == "2026-W46" and window.week_shown() == "2026-W46"
    qtbot.keyClick(trend, Qt.Key.Key_Home)
    assert window.week_shown() == trend.points()[0][0]
    qtbot.keyClick(trend, Qt.Key.Key_End)
    assert window.week_shown() == THIS_WEEK


def test_the_tray_brings_an_open_break_window_forward(qtbot: QtBot) -> None:
    tray = Tray()
    card = PromptCard()
    qtbot.addWidget(card)
    tray.track_window(card, BreakWindow.PROMPT)
    assert "Show break prompt" not in tray.menu_texts()
    card.ask(1800, "Desk reset", 3, 5, True)
    assert "Show break prompt" in tray.menu_texts()
    tray.trigger("Show break prompt")
    assert not card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating) or card.isVisible()
    card.withdraw()
    assert "Show break prompt" not in tray.menu_texts()
    tray.deleteLater()


# --- what a screen reader is told --------------------------------------------------------------
def _tree(iface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    yield iface
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None and not child.state().invisible:
            yield from _tree(child)


def _check_window(window: QWidget, role: QAccessible.Role) -> list[str]:
    """Every problem a screen reader user would meet in ``window``."""
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    problems = []
    if root.role() != role:
        problems.append(f"window role {root.role()} instead of {role}")
    if not root.text(QAccessible.Text.Name):
        problems.append("unnamed window")
    for iface in _tree(root):
        name = iface.text(QAccessible.Text.Name)
        obj = iface.object()
        if iface.role() == R.Client and obj is not window:
            continue  # a plain container (button row, scroll area): never announced
        if iface.role() in CONTROLS and not name:
            problems.append(f"unnamed {iface.role()} {obj}")
        if isinstance(obj, QLabel) and obj.text() and obj.text() not in name:
            problems.append(f"label {obj.text()!r} named {name!r}")
    return problems


def test_every_window_has_a_real_role_named_controls_and_labels_named_by_their_text(
    qtbot: QtBot,
) -> None:
    source = _source()
    weekly = WeeklyWindow(source)
    card = PromptCard()
    walk = WalkCard(300, ["Walk tall."])
    welcome = WelcomeDialog(safety_text(), 30)
    player = _player(qtbot)
    for w in (weekly, card, walk, welcome):
        qtbot.addWidget(w)
    weekly.show()
    card.ask(1800, "Desk reset", 3, 5, True)
    walk.start(take_focus=False)
    welcome.show()
    checks = {
        "weekly": _check_window(weekly, R.Window),
        "card": _check_window(card, R.AlertMessage),
        "walk": _check_window(walk, R.Dialog),
        "welcome": _check_window(welcome, R.Dialog),
        "player": _check_window(player, R.Dialog),
    }
    assert checks == {name: [] for name in checks}
    player.skip()


def test_the_countdown_is_a_progress_bar_with_a_value(player: RoutinePlayer) -> None:
    ring = _one_with_role(player, R.ProgressBar)
    value = ring.valueInterface()
    assert value is not None
    seconds = player.steps[0].seconds
    assert value.currentValue() == value.maximumValue() == seconds
    name = ring.text(QAccessible.Text.Name)
    player.tick()
    assert value.currentValue() == seconds - 1
    assert ring.text(QAccessible.Text.Name) == name  # the name stays; the value moves


def test_the_illustration_is_an_image_named_by_what_it_shows(player: RoutinePlayer) -> None:
    picture = _one_with_role(player, R.Graphic)
    step = player.steps[player.index]
    assert step.illustration is not None
    said = svg_description(step.illustration.read_bytes())
    assert said.startswith("A person") and picture.text(QAccessible.Text.Name) == said


def test_svg_description_prefers_desc_then_title() -> None:
    assert svg_description(b"<svg><title>T</title><desc>A &amp; B</desc></svg>") == "A & B"
    assert svg_description(b"<svg><title> Just  a title </title></svg>") == "Just a title"
    assert svg_description(b"<svg/>") == ""


def test_the_chart_reads_as_a_list_of_days_with_every_figure(qtbot: QtBot) -> None:
    source = _source()
    window = WeeklyWindow(source)
    qtbot.addWidget(window)
    chart = QAccessible.queryAccessibleInterface(chart_of(window))
    assert chart is not None and chart.role() == R.List
    days = [chart.child(i) for i in range(chart.childCount())]
    assert [d.role() for d in days] == [R.ListItem] * 7
    monday = days[0].text(QAccessible.Text.Name)
    assert monday.startswith(
        "Monday 16 November: 4 of 6 reminder(s) answered \N{MIDDLE DOT} 1 extra break(s)"
    )
    assert "2 natural break(s)" in monday and "Moved: 30 min" in monday
    assert "Longest sitting: 52 min" in monday and "Daily goal not met" in monday
    assert days[6].text(QAccessible.Text.Name) == "Sunday 22 November: still to come"
    selected = [d.state().selected for d in days]
    assert selected == [i == 2 for i in range(7)]  # today, Wednesday
    trend = QAccessible.queryAccessibleInterface(trend_of(window))
    assert trend is not None and trend.role() == R.List and trend.childCount() == 12
    last = trend.child(11)
    assert last.text(QAccessible.Text.Name) == "2026-W47: 12 of 16 reminder(s) answered (75 %)"
    assert last.state().selected


# --- size -------------------------------------------------------------------------------------
def test_every_window_fits_the_screen_with_a_doubled_font(qtbot: QtBot, qapp: QApplication) -> None:
    """200 % on a small screen: the offscreen screen is 800x600; a doubled font is what a 200 %
    scale does to every size here (they all come from the font)."""
    font = QFont(qapp.font())
    original = QFont(font)
    font.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(font)
    try:
        screen = QGuiApplication.primaryScreen().availableGeometry()
        source = _source()
        weekly = WeeklyWindow(source)
        card = PromptCard()
        walk = WalkCard(300, ["Keep your shoulders loose and your chin level as you walk. " * 3])
        welcome = WelcomeDialog(safety_text(), 30)
        player = _player(qtbot, "desk-hips")
        for w in (weekly, card, walk, welcome):
            qtbot.addWidget(w)
        card.ask(1800, "Desk reset", 3, 5, True)
        walk.start(take_focus=False)
        sizes = {
            "weekly": weekly.size(),
            "card": card.size(),
            "walk": walk.size(),
            "welcome": welcome.size(),
            "player": player.size(),
        }
        too_big = {
            name: size
            for name, size in sizes.items()
            if size.width() > screen.width() or size.height() > screen.height()
        }
        assert too_big == {}, screen
        assert weekly.size() != QSize(0, 0)
        player.skip()
    finally:
        qapp.setFont(original)


def test_the_tray_status_line_stays_readable_when_the_theme_turns_dark(qapp: QApplication) -> None:
    """The status line is a disabled menu entry; greyed out it measured 1.9:1."""
    from PySide6.QtGui import QColor, QPalette

    from backbreak.ui.colours import TEXT_RATIO, contrast

    original = qapp.palette()
    dark = QPalette(original)
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Text, "#eeeeee"),
    ):
        dark.setColor(role, QColor(colour))
    dark.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#3a3a3a"))
    dark.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#3a3a3a"))
    tray = Tray()
    try:
        for palette in (original, dark):
            qapp.setPalette(palette)
            qapp.processEvents()
            menu = tray.menu.palette()
            ground = menu.color(QPalette.ColorRole.Window)
            assert ground == palette.color(QPalette.ColorRole.Window)  # follows the theme
            for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
                ink = menu.color(QPalette.ColorGroup.Disabled, role)
                assert contrast(ink, ground) >= TEXT_RATIO, (palette is dark, role)
    finally:
        qapp.setPalette(original)
        tray.deleteLater()
