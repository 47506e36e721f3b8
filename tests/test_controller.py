"""The whole loop offscreen: policy -> prompt card -> player/walk -> a real SQLite history.

The clock is fake and stepped by hand; the widgets are real and driven like a user would
(clicks and keys through qtbot); the history is a real file read back with the store.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from app_rig import MONDAY_9, MakeRig, Rig
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backbreak.control.commands import CommandRefused
from backbreak.core.model import Kind, Outcome, Source
from backbreak.core.settings import PainCheckin, Settings


@pytest.fixture
def rig(make_rig: MakeRig) -> Rig:
    # The pain check-in has its own tests (test_pain_checkin_flow); these play the steps only.
    return make_rig(Settings(notice_ahead_s=30, pain_checkin=PainCheckin.OFF))


def test_prompt_appears_after_thirty_minutes_and_is_stored_when_shown(rig: Rig) -> None:
    rig.run_for(29 * 60)
    assert not rig.c.prompt_visible
    rig.run_for(60)
    assert rig.c.prompt_visible
    titles = [t for t, _, _ in rig.notifier.sent]
    assert titles[-1] == "Time to stand up"
    (row,) = rig.rows()
    assert row.outcome is None and row.source is Source.SCHEDULED
    assert row.started_at == MONDAY_9 + timedelta(minutes=30)


def test_stretch_from_the_card_played_by_keyboard_is_stored_completed(
    rig: Rig, qtbot: QtBot
) -> None:
    rig.run_for(30 * 60)
    qtbot.mouseClick(rig.c.card.stretch_button, Qt.MouseButton.LeftButton)
    player = rig.c.player
    assert player is not None and not rig.c.prompt_visible
    steps = player.step_count
    for _ in range(steps - 1):
        qtbot.keyClick(player, Qt.Key.Key_Right)
    qtbot.keyClick(player, Qt.Key.Key_Return)
    assert rig.c.player is None
    (row,) = rig.rows()
    assert row.kind is Kind.STRETCH and row.outcome is Outcome.COMPLETED
    assert row.steps_done == row.steps_total == steps
    assert row.routine


def test_skip_is_stored_and_resets_the_sitting_clock(rig: Rig, qtbot: QtBot) -> None:
    rig.run_for(30 * 60)
    qtbot.mouseClick(rig.c.card.skip_button, Qt.MouseButton.LeftButton)
    assert rig.rows()[0].outcome is Outcome.SKIPPED
    rig.run_for(29 * 60)
    assert not rig.c.prompt_visible
    rig.run_for(60)
    assert rig.c.prompt_visible


def test_snooze_is_its_own_row_and_the_next_prompt_a_new_one(rig: Rig, qtbot: QtBot) -> None:
    rig.run_for(30 * 60)
    qtbot.mouseClick(rig.c.card.snooze_button, Qt.MouseButton.LeftButton)
    rig.run_for(4 * 60 + 30)
    assert not rig.c.prompt_visible
    rig.run_for(30)
    assert rig.c.prompt_visible
    first, second = rig.rows()
    assert first.outcome is Outcome.SNOOZED and second.outcome is None
    assert second.started_at - first.started_at == timedelta(minutes=5)


def test_walk_recorded_from_idle_time_without_pressing_anything(rig: Rig, qtbot: QtBot) -> None:
    rig.run_for(30 * 60)
    qtbot.mouseClick(rig.c.card.walk_button, Qt.MouseButton.LeftButton)
    assert rig.c.walk is not None
    for t in range(30, 6 * 60 + 1, 30):  # the user walks off: no input for six minutes
        rig.idle.seconds = t
        rig.clock.advance(30)
        rig.c.heartbeat()
    rig.idle.seconds = 1  # back at the desk
    rig.clock.advance(30)
    rig.c.heartbeat()
    assert rig.c.walk is None
    (row,) = rig.rows()
    assert row.kind is Kind.WALK and row.outcome is Outcome.COMPLETED
    assert row.seconds_active >= 5 * 60


def test_quitting_with_a_prompt_open_leaves_it_dismissed(make_rig: MakeRig) -> None:
    r = make_rig(Settings())
    r.run_for(30 * 60)
    assert r.c.prompt_visible
    r.stop()
    (row,) = r.rows()
    assert row.outcome is Outcome.DISMISSED


def test_a_crash_with_a_prompt_open_is_closed_as_dismissed_on_next_start(
    make_rig: MakeRig,
) -> None:
    r = make_rig(Settings())
    r.run_for(30 * 60)
    r.crash()
    again = make_rig(Settings())
    (row,) = again.rows()
    assert row.outcome is Outcome.DISMISSED and row.ended_at is None


def test_pause_holds_and_resume_continues(rig: Rig) -> None:
    rig.run_for(20 * 60)
    rig.tray.trigger("Pause for 1 hour")
    assert "Paused until" in rig.tray.menu_texts()[0]
    rig.run_for(59 * 60)
    assert not rig.c.prompt_visible
    rig.tray.trigger("Resume")
    rig.run_for(9 * 60)
    assert not rig.c.prompt_visible
    rig.run_for(60)
    assert rig.c.prompt_visible


def test_tray_stretch_now_is_stored_with_source_tray(rig: Rig, qtbot: QtBot) -> None:
    rig.tray.trigger("Stretch now")
    assert rig.c.player is not None
    qtbot.keyClick(rig.c.player, Qt.Key.Key_Escape)
    (row,) = rig.rows()
    assert row.source is Source.TRAY and row.outcome is Outcome.SKIPPED


def test_status_reports_the_contract_fields(rig: Rig) -> None:
    rig.run_for(10 * 60)
    s = rig.c.status()
    assert s["state"] == "running"
    assert s["sitting_seconds"] == 600
    assert s["next_break_at"] == "2026-11-16T09:30:00+00:00"
    assert s["paused_until"] is None
    assert s["idle_source"] == "scripted"
    assert s["today"] == {"due": 0, "answered": 0, "extra": 0, "taken": 0}


def _play_to_the_end(rig: Rig, qtbot: QtBot) -> None:
    player = rig.c.player
    assert player is not None
    for _ in range(player.step_count - 1):
        qtbot.keyClick(player, Qt.Key.Key_Right)
    qtbot.keyClick(player, Qt.Key.Key_Return)
    assert rig.c.player is None


def test_status_counts_a_tray_break_as_extra_not_as_an_answered_reminder(
    rig: Rig, qtbot: QtBot
) -> None:
    rig.run_for(30 * 60)
    qtbot.mouseClick(rig.c.card.stretch_button, Qt.MouseButton.LeftButton)
    _play_to_the_end(rig, qtbot)
    rig.tray.trigger("Stretch now")
    _play_to_the_end(rig, qtbot)
    assert rig.c.status()["today"] == {"due": 1, "answered": 1, "extra": 1, "taken": 2}


def test_skip_current_closes_whatever_is_open(rig: Rig) -> None:
    with pytest.raises(CommandRefused, match="no break to skip"):  # nothing open: says so
        rig.c.skip_current()
    rig.run_for(30 * 60)
    rig.c.skip_current()
    assert not rig.c.prompt_visible
    rig.tray.trigger("Take a walk")
    rig.c.skip_current()
    assert rig.c.walk is None
    first, second = rig.rows()
    assert first.outcome is Outcome.SKIPPED and second.kind is Kind.WALK
    assert second.outcome is Outcome.SKIPPED


def test_a_logind_sleep_counts_as_away_and_no_prompt_bursts_after_it(rig: Rig) -> None:
    rig.run_for(25 * 60)
    rig.c.about_to_sleep()
    rig.clock.sleep(2 * 3600)  # wall time moves, monotonic time does not
    rig.c.woke()
    assert not rig.c.prompt_visible
    assert rig.c.status()["sitting_seconds"] == 0  # two hours away were a natural break
    (natural,) = rig.rows()
    assert natural.kind is Kind.NATURAL


def test_the_wall_clock_gap_check_sees_a_suspend_without_logind(rig: Rig) -> None:
    rig.run_for(25 * 60)
    rig.clock.sleep(3600)
    rig.c.heartbeat()
    assert not rig.c.prompt_visible
    assert rig.c.status()["sitting_seconds"] == 0
    assert [r.kind for r in rig.rows()] == [Kind.NATURAL]


def test_the_notice_goes_out_ahead_and_its_start_button_begins_the_scheduled_break(
    rig: Rig,
) -> None:
    rig.run_for(29 * 60 + 30)
    title, _body, actions = rig.notifier.sent[-1]
    assert title.startswith("Break in") and actions == ["start", "snooze"]
    rig.notifier.press("start")
    assert rig.c.player is not None
    rig.c.skip_current()
    (row,) = rig.rows()
    assert row.source is Source.SCHEDULED and row.outcome is Outcome.SKIPPED


def test_the_bubbles_act_while_their_prompt_is_open_and_are_withdrawn_when_it_closes(
    rig: Rig,
) -> None:
    rig.run_for(30 * 60)  # the notice's bubble, then the prompt's
    assert rig.c.prompt_visible and rig.notifier.withdrawn == 0
    rig.notifier.press("snooze")  # a button of either bubble: GNOME keeps both on screen
    assert not rig.c.prompt_visible
    assert rig.notifier.withdrawn == 1  # the snoozed prompt's bubbles are closed
    rig.run_for(5 * 60)
    assert rig.c.prompt_visible
    rig.notifier.press("start")
    assert rig.c.player is not None and rig.notifier.withdrawn == 2


def test_the_card_appears_without_the_keyboard_and_a_chosen_player_takes_it(rig: Rig) -> None:
    """The card does not take the keys from what the user types, but can be reached (a dialog
    that accepts focus: Alt+Tab includes it); the player the user chose takes the keyboard,
    one started from a terminal leaves it where it is."""
    from PySide6.QtCore import Qt

    rig.run_for(30 * 60)
    card = rig.c.card
    assert card.isVisible()
    assert card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    rig.tray.trigger("Show break prompt")
    rig.tray.trigger("Stretch now")
    player = rig.c.player
    assert player is not None
    assert not player.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    for window in (card, player):
        flags = window.windowFlags()
        assert not flags & Qt.WindowType.WindowDoesNotAcceptFocus
        assert flags & Qt.WindowType.WindowStaysOnTopHint
        assert flags & Qt.WindowType.WindowType_Mask == Qt.WindowType.Dialog
    rig.c.start_stretch(None, Source.CLI)
    assert rig.c.player is not None and rig.c.player is not player
    assert rig.c.player.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
