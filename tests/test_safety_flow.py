"""The safety screen, and what the player says: the screen by keyboard and to a screen reader,
the rep counter following a paced step, the one line on what was changed for the user, where
an exercise comes from; and the whole loop with ticked cautions (offscreen, real widgets)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel
from pytestqt.qtbot import QtBot
from test_controller import Rig
from test_keyboard_and_readers import _check_window

from backbreak.core.model import Source
from backbreak.core.routines.library import load_library, safety_note, safety_text
from backbreak.core.routines.plan import planned
from backbreak.core.routines.schema import Caution, Position, Routine
from backbreak.core.settings import Settings
from backbreak.ui.player.rep_counter import RepCounter
from backbreak.ui.player.window import RoutinePlayer
from backbreak.ui.safety_screen import SafetyScreen

R = QAccessible.Role


@pytest.fixture
def screen(qtbot: QtBot) -> Iterator[SafetyScreen]:
    s = SafetyScreen(safety_note(), {Caution.FLOOR})
    qtbot.addWidget(s)
    s.show()
    qtbot.waitExposed(s)
    yield s


def _boxes(screen: SafetyScreen) -> dict[str, QCheckBox]:
    return {b.text().replace("&", ""): b for b in screen.findChildren(QCheckBox)}


def _labels(screen: SafetyScreen) -> str:
    return "\n".join(w.text() for w in screen.findChildren(QLabel))


def test_the_screen_says_when_to_see_a_doctor_and_who_should_ask_first(
        screen: SafetyScreen) -> None:
    text = _labels(screen)
    note = safety_note()
    for line in (*note.urgent, *note.ask_first, *note.lines):
        assert line in text, line
    assert "See a doctor now, and do not exercise, if you have:" in text
    assert "Ask a doctor or physiotherapist before these exercises if:" in text
    assert list(_boxes(screen)) == [
        "Bending backwards hurts", "Kneeling or weight on the wrists hurts",
        "My balance is unsteady", "No room or wish to get on the floor"]
    assert [b.isChecked() for b in _boxes(screen).values()] == [False, False, False, True]
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in screen.findChildren(QLabel))


def test_the_screen_is_used_by_keyboard_alone(screen: SafetyScreen, qtbot: QtBot) -> None:
    boxes = list(_boxes(screen).values())
    focused = []
    widget = screen.focusWidget()
    for _ in range(12):  # Tab goes round every box (and the buttons)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = screen.focusWidget()
        focused.append(widget)
    assert all(b in focused for b in boxes)
    boxes[0].setFocus()
    qtbot.keyClick(boxes[0], Qt.Key.Key_Space)
    assert boxes[0].isChecked()
    screen.activateWindow()
    qtbot.waitActive(screen)
    qtbot.keyClick(boxes[0], Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # "&My balance"
    qtbot.waitUntil(boxes[2].isChecked, timeout=2000)  # a mnemonic clicks with an animation
    with qtbot.waitSignal(screen.chosen) as chosen, qtbot.waitSignal(screen.acknowledged):
        qtbot.keyClick(boxes[0], Qt.Key.Key_Return)  # Return: OK, the default
    assert chosen.args == [{Caution.BENDING_BACKWARDS, Caution.BALANCE, Caution.FLOOR}]
    assert not screen.isVisible()


def test_escape_closes_it_seen_but_changes_nothing(screen: SafetyScreen, qtbot: QtBot) -> None:
    chosen: list[object] = []
    screen.chosen.connect(chosen.append)
    _boxes(screen)["My balance is unsteady"].setChecked(True)
    with qtbot.waitSignal(screen.acknowledged):
        qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert chosen == []


def test_a_screen_reader_hears_every_text_and_each_box_by_its_text(
        screen: SafetyScreen) -> None:
    assert _check_window(screen, R.Dialog) == []
    for box in _boxes(screen).values():
        iface = QAccessible.queryAccessibleInterface(box)
        assert iface is not None and iface.role() == R.CheckBox
        assert iface.text(QAccessible.Text.Name) == box.text().replace("&", "")


def test_the_screen_fits_a_small_screen_at_a_doubled_font(qtbot: QtBot,
                                                          qapp: QApplication) -> None:
    font = QFont(qapp.font())
    original = QFont(font)
    font.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(font)
    try:
        s = SafetyScreen(safety_note(), ())
        qtbot.addWidget(s)
        area = QGuiApplication.primaryScreen().availableGeometry()
        assert s.width() <= area.width() and s.height() <= area.height()
    finally:
        qapp.setFont(original)


# --------------------------------------------------------------------------- the player


def _player(qtbot: QtBot, routine: Routine, cautions: frozenset[Caution] = frozenset(),
            ) -> RoutinePlayer:
    library = load_library(None)
    plan = planned(routine, library, "standard", cautions=cautions)
    player = RoutinePlayer(routine.title, plan.steps, safety_text(), note=safety_note(),
                           changes=plan.swaps)
    qtbot.addWidget(player)
    player.start(take_focus=True)
    return player


def _counter(player: RoutinePlayer) -> RepCounter:
    counter = player.findChild(RepCounter)
    assert counter is not None
    return counter


def test_the_rep_counter_follows_the_pace_of_a_step_reached_by_keyboard(qtbot: QtBot) -> None:
    library = load_library(None)
    player = _player(qtbot, library.get("desk-standing"))
    counter = _counter(player)
    assert counter.text() == ""  # a set-up screen: nothing to count
    qtbot.keyClick(player, Qt.Key.Key_Right)  # the glute squeeze, 8 repetitions
    assert counter.text() == ("One repetition: tighten 1 s, hold 3 s, let go 2 s\n"
                              "Repetition 1 of 8: tighten")
    player.tick()
    assert counter.text().endswith("Repetition 1 of 8: hold")
    for _ in range(4):
        player.tick()
    assert counter.text().endswith("Repetition 1 of 8: let go")
    player.tick()
    assert counter.text().endswith("Repetition 2 of 8: tighten")
    qtbot.keyClick(player, Qt.Key.Key_Space)  # paused: the counter waits with the countdown
    player.tick()
    assert counter.text().endswith("Repetition 2 of 8: tighten")
    qtbot.keyClick(player, Qt.Key.Key_Right)  # a hold: no counter
    assert counter.text() == ""
    player.skip()


def test_what_was_changed_is_said_once_on_the_first_screen(qtbot: QtBot) -> None:
    library = load_library(None)
    player = _player(qtbot, library.get("desk-hips"),
                     frozenset({Caution.BENDING_BACKWARDS, Caution.BALANCE}))
    said = ("Changed for you: Standing knee-to-chest left out (you ticked “My balance is "
            "unsteady”); Standing glute squeeze instead of Standing back extension (you "
            "ticked “Bending backwards hurts”).")
    shown = [w for w in player.findChildren(QLabel) if w.text() == said]
    assert len(shown) == 1 and shown[0].isVisibleTo(player)
    assert said in player.accessibleDescription()
    qtbot.keyClick(player, Qt.Key.Key_Right)
    assert not shown[0].isVisibleTo(player) and said not in player.accessibleDescription()
    player.skip()
    plain = _player(qtbot, library.get("desk-hips"))
    assert not [w for w in plain.findChildren(QLabel) if w.text().startswith("Changed for you")
                and w.isVisibleTo(plain)]
    plain.skip()


def test_the_safety_box_names_the_article_in_words_or_says_common_practice(
        qtbot: QtBot) -> None:
    library = load_library(None)
    player = _player(qtbot, library.get("desk-standing"))
    text = player.safety_text()
    assert "See a doctor now" in text and "Ask a doctor or physiotherapist" in text
    assert text.endswith(  # English plural forms come from the .qm, not loaded here
        "“Standing glute squeeze” is taken from the article(s) “Simple habit to help keep your "
        "lower back strong and healthy (Dr. Ben Kim)”.")
    qtbot.keyClick(player, Qt.Key.Key_Right)
    qtbot.keyClick(player, Qt.Key.Key_Right)  # the standing back extension
    assert player.safety_text().endswith(
        "“Standing back extension” is common practice in physiotherapy; it is not from the "
        "articles.")
    assert ".txt" not in player.safety_text()
    player.skip()


# --------------------------------------------------------------------------- the whole loop


@pytest.fixture
def ticked_rig(tmp_path: Path, qtbot: QtBot) -> Iterator[Rig]:
    r = Rig(tmp_path, Settings(notice_ahead_s=30, preference="stretch",
                               cautions=frozenset(Caution)))
    qtbot.addWidget(r.c.card)
    yield r
    r.c.stop()


def test_a_day_of_scheduled_breaks_with_every_caution_ticked(ticked_rig: Rig,
                                                             qtbot: QtBot) -> None:
    rig = ticked_rig
    library = rig.library
    for _ in range(6):
        rig.run_for(30 * 60)
        assert rig.c.prompt_visible
        qtbot.mouseClick(rig.c.card.stretch_button, Qt.MouseButton.LeftButton)
        player = rig.c.player
        assert player is not None
        played = {s.exercise_id for s in player.steps}
        assert not [e for e in played if library.exercises[e].cautions]
        assert {library.exercises[e].position for e in played} - {Position.SEATED}
        qtbot.keyClick(player, Qt.Key.Key_Escape)
    offered = {row.routine for row in rig.rows()}
    assert offered and "desk-seated" not in offered


def test_the_tray_starts_any_routine_by_name_a_seated_one_too(rig: Rig, qtbot: QtBot) -> None:
    rig.tray.trigger("Start a routine")  # a submenu: nothing happens
    assert rig.c.player is None
    rig.tray.trigger("Seated reset")
    assert rig.c.player is not None
    qtbot.keyClick(rig.c.player, Qt.Key.Key_Escape)
    rig.tray.trigger("At home: floor routine")
    qtbot.keyClick(rig.c.player, Qt.Key.Key_Escape)
    rows = rig.rows()
    assert [(r.routine, r.source) for r in rows] == [
        ("desk-seated", Source.TRAY), ("home-floor", Source.TRAY)]


def test_a_routine_nothing_of_which_suits_the_user_is_told_not_started(
        ticked_rig: Rig) -> None:
    rig = ticked_rig
    rig.library.routines["dog"] = Routine(
        id="dog", title="Dog", description="D", place="home", exercise_ids=("downward-dog",),
        source="builtin")
    rig.tray.routine_requested.emit("dog")
    assert rig.c.player is None and rig.rows() == []
    assert rig.notifier.sent[-1][1].startswith("Nothing in this routine suits what you ticked")


@pytest.fixture
def rig(tmp_path: Path, qtbot: QtBot) -> Iterator[Rig]:
    r = Rig(tmp_path, Settings(notice_ahead_s=30))
    qtbot.addWidget(r.c.card)
    yield r
    r.c.stop()
