"""The pain check-in in the whole loop (offscreen): the controller starts a stretch, the player asks
by keyboard, the answers land in a real SQLite history, and what they bring (the note to see a
professional, an exercise swapped out) comes back in the next stretches. The clock is fake."""

from __future__ import annotations

from datetime import timedelta

from app_rig import MONDAY_9, MakeRig, Rig
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backbreak.core.history.store import BreakRow, HistoryStore
from backbreak.core.model import Outcome, Source
from backbreak.core.settings import PainCheckin, Settings


def _rows(rig: Rig) -> list[BreakRow]:
    with HistoryStore(rig.path) as store:
        return store.rows_between(MONDAY_9 - timedelta(days=1), MONDAY_9 + timedelta(days=30))


def _key(qtbot: QtBot, rig: Rig, *keys: Qt.Key) -> None:
    player = rig.c.player
    assert player is not None
    for key in keys:
        qtbot.keyClick(player.focusWidget() or player, key)


def _stretch(
    qtbot: QtBot,
    rig: Rig,
    routine: str,
    before: Qt.Key | None,
    after: Qt.Key | None,
) -> list[str]:
    """A whole stretch from the tray's entry: the check-in answered with the given keys (None:
    not asked, which is checked); what the player said on its first step and in notes."""
    rig.c.start_stretch(routine, Source.TRAY)
    player = rig.c.player
    assert player is not None
    assert player.checkin.isVisible() is (before is not None)
    if before is not None:
        _key(qtbot, rig, before, Qt.Key.Key_Return)
    said = player.accessibleDescription()  # the first step, as a screen reader has it
    notes = [said] if "Changed for you" in said else []
    for _ in range(player.step_count - 1):
        _key(qtbot, rig, Qt.Key.Key_Right)
    _key(qtbot, rig, Qt.Key.Key_Return)
    if after is not None:
        assert player.checkin.question.text() == "And now?"
        _key(qtbot, rig, after, Qt.Key.Key_Return)
        if player.checkin.showing_note:
            notes.append(player.checkin.note.text())
            _key(qtbot, rig, Qt.Key.Key_Return)
    assert rig.c.player is None
    return notes


def _next_day(rig: Rig, hours: float = 24) -> None:
    rig.clock.advance(hours * 3600)


def test_daily_asks_the_first_stretch_of_the_day_and_stores_both_scores(
    make_rig: MakeRig, qtbot: QtBot
) -> None:
    rig = make_rig(Settings())  # the default: daily
    assert Settings().pain_checkin is PainCheckin.DAILY
    _stretch(qtbot, rig, "desk-seated", Qt.Key.Key_5, Qt.Key.Key_3)
    _next_day(rig, 2)
    _stretch(qtbot, rig, "desk-seated", None, None)  # asked once today already
    _next_day(rig, 22)
    _stretch(qtbot, rig, "desk-seated", Qt.Key.Key_4, Qt.Key.Key_4)
    rows = _rows(rig)
    assert [(r.pain_before, r.pain_after, r.outcome) for r in rows] == [
        (5, 3, Outcome.COMPLETED),
        (None, None, Outcome.COMPLETED),
        (4, 4, Outcome.COMPLETED),
    ]
    with HistoryStore(rig.path) as store:
        first = store.pain.between(MONDAY_9, MONDAY_9 + timedelta(hours=1))[0]
    assert first.exercises == ("seated-pelvic-tilt", "drawing-in", "seated-side-bend")


def test_a_skipped_check_in_counts_as_asked_for_the_day(make_rig: MakeRig, qtbot: QtBot) -> None:
    rig = make_rig(Settings())
    rig.c.start_stretch("desk-seated", Source.TRAY)
    _key(qtbot, rig, Qt.Key.Key_S)
    rig.c.skip_current()
    _stretch(qtbot, rig, "desk-seated", None, None)
    assert [(r.pain_before, r.pain_after) for r in _rows(rig)] == [(None, None)] * 2


def test_every_routine_asks_each_time_and_off_never(make_rig: MakeRig, qtbot: QtBot) -> None:
    rig = make_rig(Settings(pain_checkin=PainCheckin.EVERY_ROUTINE))
    _stretch(qtbot, rig, "desk-seated", Qt.Key.Key_2, Qt.Key.Key_1)
    _stretch(qtbot, rig, "desk-seated", Qt.Key.Key_1, Qt.Key.Key_1)
    rig.c.apply_settings(Settings(pain_checkin=PainCheckin.OFF))
    _next_day(rig)
    _stretch(qtbot, rig, "desk-seated", None, None)
    assert [(r.pain_before, r.pain_after) for r in _rows(rig)] == [(2, 1), (1, 1), (None, None)]


def test_a_rise_of_three_brings_the_note_once_a_week(make_rig: MakeRig, qtbot: QtBot) -> None:
    rig = make_rig(Settings(pain_checkin=PainCheckin.EVERY_ROUTINE))
    notes = _stretch(qtbot, rig, "desk-seated", Qt.Key.Key_2, Qt.Key.Key_4)
    assert notes == []  # a rise of two
    notes = _stretch(qtbot, rig, "desk-seated", Qt.Key.Key_2, Qt.Key.Key_5)
    assert len(notes) == 1 and "physiotherapist" in notes[0] and "Safety" in notes[0]
    _next_day(rig, 6 * 24)
    assert _stretch(qtbot, rig, "desk-seated", Qt.Key.Key_2, Qt.Key.Key_5) == []  # same week
    _next_day(rig, 24)
    assert len(_stretch(qtbot, rig, "desk-seated", Qt.Key.Key_1, Qt.Key.Key_9)) == 1


def test_seven_or_more_three_days_running_brings_the_note_before_the_steps(
    make_rig: MakeRig, qtbot: QtBot
) -> None:
    rig = make_rig(Settings())
    for _day in range(2):
        _stretch(qtbot, rig, "desk-seated", Qt.Key.Key_7, Qt.Key.Key_7)
        _next_day(rig)
    rig.c.start_stretch("desk-seated", Source.TRAY)
    player = rig.c.player
    assert player is not None
    _key(qtbot, rig, Qt.Key.Key_8, Qt.Key.Key_Return)
    assert player.checkin.showing_note and "three days in a row" in player.checkin.note.text()
    _key(qtbot, rig, Qt.Key.Key_Return)  # read: the steps follow
    assert not player.checkin.isVisible() and player.index == 0
    rig.c.skip_current()


def test_worse_twice_in_a_row_swaps_the_exercises_and_says_so(
    make_rig: MakeRig, qtbot: QtBot
) -> None:
    """desk-hips and desk-standing share three exercises: worse after both, those three are
    swapped out for two weeks. In desk-hips the standing back extension then gives way to its
    declared alternative, the glute squeeze; the other two declare none and are left out."""
    rig = make_rig(Settings(pain_checkin=PainCheckin.EVERY_ROUTINE))
    _stretch(qtbot, rig, "desk-hips", Qt.Key.Key_2, Qt.Key.Key_3)
    assert _stretch(qtbot, rig, "desk-standing", Qt.Key.Key_2, Qt.Key.Key_3) == []
    rig.c.start_stretch("desk-hips", Source.TRAY)
    player = rig.c.player
    assert player is not None
    assert [s.exercise_id for s in player.steps if s.is_work][:1] == ["seated-side-bend"]
    assert {s.exercise_id for s in player.steps} == {"seated-side-bend", "glute-squeeze"}
    said = player.accessibleDescription()
    assert "Changed for you: " in said and "your back felt worse after it" in said
    second = max(r.started_at for r in _rows(rig) if r.routine == "desk-standing")
    ends = (second + timedelta(days=14)).astimezone()  # the day the swap ends, as a date
    until = f"until {ends.day} {ends.strftime('%B')}"  # in English: "until 30 November"
    assert f"Standing glute squeeze instead of Standing back extension {until}" in said
    rig.c.skip_current()
    _next_day(rig, 14 * 24)  # two weeks on, they are back
    rig.c.start_stretch("desk-hips", Source.TRAY)
    player = rig.c.player
    assert player is not None and "Changed for you" not in player.accessibleDescription()
    assert "standing-back-extension" in {s.exercise_id for s in player.steps}
    rig.c.skip_current()


def test_after_a_restart_the_history_says_it_was_asked_today(
    make_rig: MakeRig, qtbot: QtBot
) -> None:
    first = make_rig(Settings())
    _stretch(qtbot, first, "desk-seated", Qt.Key.Key_3, Qt.Key.Key_3)
    first.stop()
    again = make_rig(Settings())  # the same history file, a new process's memory
    again.clock.advance(3600)
    _stretch(qtbot, again, "desk-seated", None, None)
    again.clock.advance(24 * 3600)
    _stretch(qtbot, again, "desk-seated", Qt.Key.Key_2, Qt.Key.Key_2)
