"""Standing-desk mode through the real controller offscreen: the tray's entries, the control
commands, the walk suggestion's card and bubble, and the standing spans in a real history."""

from __future__ import annotations

from datetime import timedelta

import pytest
from app_rig import MONDAY_9, MakeRig, Rig
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backbreak.control.commands import CommandRefused, ControlCommands
from backbreak.core.history.store import HistoryStore
from backbreak.core.history.store_standing import StandingRow
from backbreak.core.model import Kind, Outcome, Source
from backbreak.core.policy.vocabulary import Posture
from backbreak.core.settings import Settings
from backbreak.ui.notifications import NotificationAction


@pytest.fixture
def rig(make_rig: MakeRig) -> Rig:
    return make_rig(Settings(notice_ahead_s=30, hours_enabled=False))


def standing_spans(rig: Rig) -> list[StandingRow]:
    rig.c.history_changed.emit()
    rig.history.flush()
    with HistoryStore(rig.path) as store:
        return store.standing.every()


def test_the_tray_says_standing_and_no_stand_up_prompt_comes(rig: Rig) -> None:
    rig.run_for(10 * 60)
    assert "I'm standing" in rig.tray.menu_texts()
    rig.tray.trigger("I'm standing")
    assert "I'm sitting" in rig.tray.menu_texts()
    assert "I'm standing" not in rig.tray.menu_texts()
    assert rig.tray.tooltip == "Standing; a walk is suggested at 10:10 (in 60 min)"
    status = rig.c.status()
    assert (status["posture"], status["sitting_seconds"]) == ("standing", 600)
    rig.run_for(40 * 60)  # past where the stand-up prompt would have come
    assert not rig.c.prompt_visible and rig.rows() == []
    status = rig.c.status()
    assert (status["standing_seconds"], status["sitting_seconds"]) == (40 * 60, 600)
    rig.tray.trigger("I'm sitting")
    assert rig.c.status()["posture"] == "sitting"
    assert standing_spans(rig) == [
        StandingRow(MONDAY_9 + timedelta(minutes=10), MONDAY_9 + timedelta(minutes=50))
    ]


def test_after_an_hour_standing_the_card_and_bubble_suggest_a_walk(rig: Rig, qtbot: QtBot) -> None:
    rig.c.set_posture(Posture.STANDING)
    rig.run_for(60 * 60)
    assert rig.c.prompt_visible
    said = rig.c.card.accessibleDescription()
    assert said.startswith("Time for a walk. You have been standing for 60 minute(s).")
    assert "Standing still is not moving" in said
    assert rig.c.card.walk_button.isDefault() and rig.c.card.walk_button.text() == "Take a walk"
    title, body, actions = rig.notifier.sent[-1]
    assert title == "Time for a walk" and "Standing still is not moving" in body
    assert actions == [NotificationAction.WALK, NotificationAction.SNOOZE]
    (row,) = rig.rows()
    assert (row.kind, row.source, row.outcome) == (Kind.WALK, Source.SCHEDULED, None)

    rig.notifier.press(NotificationAction.WALK)  # the bubble's button starts the walk
    assert rig.c.walk is not None and not rig.c.prompt_visible
    rig.clock.advance(5 * 60)
    rig.c.walk.back(5 * 60)  # the card's own timer does not follow the fake clock
    (row,) = rig.rows()
    assert (row.kind, row.outcome) == (Kind.WALK, Outcome.COMPLETED)
    status = rig.c.status()
    assert (status["posture"], status["sitting_seconds"]) == ("sitting", 0)
    assert standing_spans(rig) == [StandingRow(MONDAY_9, MONDAY_9 + timedelta(minutes=60))]


def test_a_stand_up_prompt_open_when_the_user_stands_is_closed_unanswered(
    rig: Rig, qtbot: QtBot
) -> None:
    rig.run_for(30 * 60)
    assert rig.c.prompt_visible
    rig.c.set_posture(Posture.STANDING)
    assert not rig.c.prompt_visible
    (row,) = rig.rows()
    assert row.outcome is Outcome.DISMISSED


def test_the_card_asks_to_stand_up_again_after_a_walk_suggestion(rig: Rig, qtbot: QtBot) -> None:
    """The card's words and buttons follow what it asks each time."""
    rig.c.set_posture(Posture.STANDING)
    rig.run_for(60 * 60)
    qtbot.mouseClick(rig.c.card.skip_button, Qt.MouseButton.LeftButton)
    rig.c.set_posture(Posture.SITTING)  # an hour of standing: a fresh sitting interval
    rig.run_for(30 * 60)
    assert rig.c.prompt_visible
    assert rig.c.card.accessibleDescription().startswith("Time to stand up. You have been sitting")
    assert rig.c.card.walk_button.text() == "Walk instead"


def test_standing_is_refused_while_the_screen_is_locked(rig: Rig) -> None:
    rig.c.set_locked(True)
    with pytest.raises(CommandRefused, match="locked you count as sitting"):
        rig.c.set_posture(Posture.STANDING)
    assert rig.c.status()["posture"] == "sitting"
    rig.tray.trigger("I'm standing")  # from the tray it is simply not taken
    assert rig.c.status()["posture"] == "sitting"


def test_stand_and_sit_over_the_control_commands(rig: Rig) -> None:
    commands = ControlCommands(rig.c, lambda: None, lambda: None)
    assert commands.handle("stand", {}) == {
        "ok": True,
        "result": "posture: standing",
        "error": None,
    }
    assert rig.c.status()["posture"] == "standing"
    assert commands.handle("sit", {}) == {"ok": True, "result": "posture: sitting", "error": None}
    rig.c.set_locked(True)
    answer = commands.handle("stand", {})
    assert answer["ok"] is False and "locked" in answer["error"]


def test_quitting_while_standing_keeps_the_standing_so_far(make_rig: MakeRig) -> None:
    r = make_rig(Settings(hours_enabled=False))
    r.run_for(5 * 60)
    r.c.set_posture(Posture.STANDING)
    r.run_for(20 * 60)
    r.stop()
    with HistoryStore(r.path) as store:
        assert store.standing.every() == [
            StandingRow(MONDAY_9 + timedelta(minutes=5), MONDAY_9 + timedelta(minutes=25))
        ]
        assert store.sitting_between(MONDAY_9, MONDAY_9 + timedelta(hours=1)) == [
            (MONDAY_9, MONDAY_9 + timedelta(minutes=5))
        ]
