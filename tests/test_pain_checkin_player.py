"""The player's pain check-in driven by the keyboard alone (offscreen pytest-qt): before the first
step "How is your back right now?", after the last "And now?", each on a 0 to 10 scale."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from backbreak.core.routines.library import load_library, safety_text
from backbreak.core.routines.plan import plan
from backbreak.core.routines.steering import Moment
from backbreak.ui.player.checkin import PainQuestions
from backbreak.ui.player.window import RoutinePlayer


class Answers:
    """What the player handed over, and the note to give back for a moment."""

    def __init__(self, notes: dict[Moment, str] | None = None) -> None:
        self.given: list[tuple[Moment, int | None]] = []
        self._notes = notes or {}

    def __call__(self, moment: Moment, score: int | None) -> str | None:
        self.given.append((moment, score))
        return self._notes.get(moment)


def _player(qtbot: QtBot, answers: Answers | None) -> RoutinePlayer:
    library = load_library(None)
    routine = library.get("desk-seated")
    pain = None if answers is None else PainQuestions(answers)
    player = RoutinePlayer(routine.title, plan(routine, library, "standard"), safety_text(),
                           pain=pain)
    qtbot.addWidget(player)
    player.start(take_focus=True)
    return player


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def player(qtbot: QtBot, answers: Answers) -> Iterator[RoutinePlayer]:
    p = _player(qtbot, answers)
    yield p
    p.skip()


def _keys(qtbot: QtBot, player: RoutinePlayer, *keys: Qt.Key) -> None:
    """Keys as the window's focused widget gets them (the window need not be the active one)."""
    for key in keys:
        qtbot.keyClick(player.focusWidget() or player, key)


def _play_through(qtbot: QtBot, player: RoutinePlayer) -> None:
    for _ in range(player.step_count - 1):
        _keys(qtbot, player, Qt.Key.Key_Right)
    _keys(qtbot, player, Qt.Key.Key_Return)


def test_before_and_after_by_keyboard(player: RoutinePlayer, answers: Answers,
                                      qtbot: QtBot) -> None:
    checkin = player.checkin
    assert checkin.isVisible() and checkin.question.text() == "How is your back right now?"
    assert player.focusWidget() is checkin.scale  # the keys go to the scale at once
    assert checkin.scale.score is None  # nothing is chosen for the user
    _keys(qtbot, player, Qt.Key.Key_Right)
    assert checkin.scale.score == 0
    _keys(qtbot, player, Qt.Key.Key_Right, Qt.Key.Key_Up)
    assert checkin.scale.score == 2
    _keys(qtbot, player, Qt.Key.Key_End)
    assert checkin.scale.score == 10
    _keys(qtbot, player, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Down)
    assert checkin.scale.score == 8  # 10 is the top: Right stays there
    _keys(qtbot, player, Qt.Key.Key_Home, Qt.Key.Key_Left)
    assert checkin.scale.score == 0
    _keys(qtbot, player, Qt.Key.Key_4)
    assert answers.given == []  # chosen, not yet given
    _keys(qtbot, player, Qt.Key.Key_Return)
    assert answers.given == [(Moment.BEFORE, 4)]
    assert not checkin.isVisible() and player.index == 0
    assert player.focusWidget() is not None and player.focusWidget().isVisible()
    with qtbot.assertNotEmitted(player.finished):
        _play_through(qtbot, player)  # Return on the last step: the routine is done ...
    assert checkin.isVisible() and checkin.question.text() == "And now?"
    assert checkin.scale.score is None  # ... and asked afresh
    with qtbot.waitSignal(player.finished) as finished:
        _keys(qtbot, player, Qt.Key.Key_2, Qt.Key.Key_Return)
    assert answers.given == [(Moment.BEFORE, 4), (Moment.AFTER, 2)]
    assert finished.args == ["completed", player.step_count, player.seconds]


def test_the_countdown_waits_for_the_check_in(player: RoutinePlayer, qtbot: QtBot) -> None:
    player.tick()  # what the countdown's timer calls every second
    assert player.seconds == 0
    _keys(qtbot, player, Qt.Key.Key_5, Qt.Key.Key_Return)
    player.tick()
    assert player.seconds == 1
    qtbot.waitUntil(lambda: player.seconds > 1, timeout=5000)  # and its timer runs now


def test_return_gives_nothing_until_a_number_is_chosen(
    player: RoutinePlayer, answers: Answers, qtbot: QtBot
) -> None:
    _keys(qtbot, player, Qt.Key.Key_Return)
    assert answers.given == [] and player.checkin.isVisible()
    assert "first" in player.checkin.findChildren(type(player.checkin.question))[1].text()


@pytest.mark.parametrize("key", [Qt.Key.Key_S, Qt.Key.Key_Escape])
def test_one_key_skips_the_check_in_not_the_routine(
    player: RoutinePlayer, answers: Answers, qtbot: QtBot, key: Qt.Key
) -> None:
    _keys(qtbot, player, Qt.Key.Key_7, key)
    assert answers.given == [(Moment.BEFORE, None)]  # the 7 chosen is not given
    assert not player.checkin.isVisible() and player.isVisible()
    with qtbot.waitSignal(player.finished) as finished:
        _play_through(qtbot, player)  # skipped before: no "And now?"
    assert finished.args[0] == "completed"
    assert answers.given == [(Moment.BEFORE, None)]


def test_the_skip_button_by_keyboard(player: RoutinePlayer, answers: Answers,
                                     qtbot: QtBot) -> None:
    _keys(qtbot, player, Qt.Key.Key_3, Qt.Key.Key_Tab)  # from the scale to the next control
    assert player.focusWidget() is player.checkin.skip_button
    _keys(qtbot, player, Qt.Key.Key_Return)  # Return on a focused button presses it
    assert answers.given == [(Moment.BEFORE, None)]


def test_a_note_is_shown_until_return(qtbot: QtBot) -> None:
    answers = Answers({Moment.AFTER: "See a physiotherapist."})
    player = _player(qtbot, answers)
    _keys(qtbot, player, Qt.Key.Key_1, Qt.Key.Key_Return)
    _play_through(qtbot, player)
    with qtbot.assertNotEmitted(player.finished):
        _keys(qtbot, player, Qt.Key.Key_9, Qt.Key.Key_Return)
    assert player.checkin.showing_note and player.checkin.note.text() == "See a physiotherapist."
    assert player.focusWidget() is player.checkin.continue_button
    with qtbot.waitSignal(player.finished) as finished:
        _keys(qtbot, player, Qt.Key.Key_Return)
    assert finished.args[0] == "completed"


def test_leaving_during_and_now_keeps_the_routine_completed(
    player: RoutinePlayer, answers: Answers, qtbot: QtBot
) -> None:
    _keys(qtbot, player, Qt.Key.Key_6, Qt.Key.Key_Return)
    _play_through(qtbot, player)
    with qtbot.waitSignal(player.finished) as finished:
        player.close()  # the window manager's close button, a quit, ``backbreak skip``
    assert finished.args[0] == "completed"
    assert answers.given == [(Moment.BEFORE, 6)]


def test_skipping_the_routine_during_the_first_question_skips_it(
    player: RoutinePlayer, answers: Answers, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(player.finished) as finished:
        player.skip()
    assert finished.args == ["skipped", 0, 0]
    assert answers.given == []


def test_a_routine_left_early_is_not_asked_after(
    player: RoutinePlayer, answers: Answers, qtbot: QtBot
) -> None:
    _keys(qtbot, player, Qt.Key.Key_6, Qt.Key.Key_Return)
    with qtbot.waitSignal(player.finished) as finished:
        _keys(qtbot, player, Qt.Key.Key_Escape)  # on the steps, Esc skips the rest
    assert finished.args[0] == "skipped"
    assert answers.given == [(Moment.BEFORE, 6)]


def test_a_click_chooses_a_number(player: RoutinePlayer, answers: Answers,
                                  qtbot: QtBot) -> None:
    scale = player.checkin.scale
    qtbot.mouseClick(scale, Qt.MouseButton.LeftButton,
                     pos=scale.cell_rect(9).center().toPoint())
    assert scale.score == 9
    qtbot.mouseClick(player.checkin.ok_button, Qt.MouseButton.LeftButton)
    assert answers.given == [(Moment.BEFORE, 9)]


def test_without_a_check_in_the_steps_come_first(qtbot: QtBot) -> None:
    player = _player(qtbot, None)
    assert not player.checkin.isVisible()
    with qtbot.waitSignal(player.finished) as finished:
        _play_through(qtbot, player)
    assert finished.args[0] == "completed"


def test_a_screen_reader_finds_a_named_slider_with_labelled_ends(player: RoutinePlayer) -> None:
    scale = player.checkin.scale
    node = QAccessible.queryAccessibleInterface(scale)
    assert node is not None
    assert node.role() == QAccessible.Role.Slider
    assert node.text(QAccessible.Text.Name) == "Pain from 0, no pain, to 10, worst pain"
    assert "Nothing chosen" in node.text(QAccessible.Text.Description)
    scale.choose(3)
    value = node.valueInterface()
    assert value is not None and value.currentValue() == 3
    texts = [w.text() for w in player.checkin.findChildren(type(player.checkin.question))]
    assert "no pain" in texts and "worst pain" in texts
    assert player.checkin.question.buddy() is scale


def test_the_check_in_speaks_the_users_language(qtbot: QtBot, switch_language: object) -> None:
    switch_language("de")  # type: ignore[operator]
    player = _player(qtbot, Answers())
    assert player.checkin.question.text() == "Wie geht es Ihrem Rücken gerade?"
    player.skip()
