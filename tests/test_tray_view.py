"""What the tray shows for each policy state: computed without Qt, then worded by the tray."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backbreak.app.tray_view import clock_time, tray_view
from backbreak.core.policy.vocabulary import PolicyState, PolicyStatus
from backbreak.core.settings import Settings
from backbreak.ui.tray.look import Tooltip, TrayLook, TrayView

NOW = datetime(2026, 11, 16, 9, 10, tzinfo=UTC)  # a Monday
SETTINGS = Settings(interval_s=30 * 60)


def status(
    state: PolicyState,
    *,
    next_break_at: datetime | None = None,
    sitting_s: int = 0,
    paused_until: datetime | None = None,
) -> PolicyStatus:
    return PolicyStatus(
        state=state,
        detail=None,
        next_break_at=next_break_at,
        sitting_seconds=sitting_s,
        paused_until=paused_until,
        snoozes_in_row=0,
        waiting_reason="",
    )


def view(st: PolicyStatus, settings: Settings = SETTINGS) -> TrayView:
    return tray_view(st, NOW, settings, UTC)


def test_running_shows_the_next_break_and_its_minutes() -> None:
    v = view(status(PolicyState.RUNNING, next_break_at=NOW + timedelta(minutes=20), sitting_s=600))
    assert v == TrayView(
        look=TrayLook.ACTIVE,
        progress=600 / 1800,
        tooltip=Tooltip.NEXT_BREAK,
        at="09:30",
        minutes=20,
        resume_shown=False,
        snooze_enabled=True,
        monochrome=False,
    )


def test_minutes_round_to_the_nearest_and_never_go_below_zero() -> None:
    assert view(status(PolicyState.RUNNING, next_break_at=NOW + timedelta(seconds=89))).minutes == 1
    assert view(status(PolicyState.RUNNING, next_break_at=NOW + timedelta(seconds=91))).minutes == 2
    assert view(status(PolicyState.RUNNING, next_break_at=NOW - timedelta(minutes=3))).minutes == 0


@pytest.mark.parametrize(
    ("state", "look", "tooltip", "resume", "snooze"),
    [
        (PolicyState.RUNNING, TrayLook.ACTIVE, Tooltip.NEXT_BREAK, False, True),
        (PolicyState.SNOOZED, TrayLook.ACTIVE, Tooltip.SNOOZED, False, True),
        (PolicyState.PROMPTING, TrayLook.DUE, Tooltip.BREAK_TIME, False, True),
        (PolicyState.WAITING_DND, TrayLook.DUE, Tooltip.WAITING_DND, False, True),
        (PolicyState.WAITING_MEETING, TrayLook.DUE, Tooltip.WAITING_MEETING, False, True),
        (PolicyState.OUTSIDE_HOURS, TrayLook.PAUSED, Tooltip.OUTSIDE_HOURS, False, False),
        (PolicyState.PAUSED, TrayLook.PAUSED, Tooltip.PAUSED_UNTIL, True, False),
    ],
)
def test_each_state_has_its_look_sentence_and_menu(
    state: PolicyState, look: TrayLook, tooltip: Tooltip, resume: bool, snooze: bool
) -> None:
    later = NOW + timedelta(hours=1)
    v = view(status(state, next_break_at=later, paused_until=later))
    assert (v.look, v.tooltip, v.resume_shown, v.snooze_enabled) == (look, tooltip, resume, snooze)


def test_paused_without_an_end_and_nothing_scheduled() -> None:
    assert view(status(PolicyState.PAUSED)).tooltip is Tooltip.PAUSED
    assert view(status(PolicyState.RUNNING)).tooltip is Tooltip.NO_BREAK
    assert view(status(PolicyState.OUTSIDE_HOURS)).tooltip is Tooltip.NO_BREAK


def test_the_ring_is_full_at_the_interval_and_no_fuller() -> None:
    assert view(status(PolicyState.PROMPTING, sitting_s=1800)).progress == 1.0
    assert view(status(PolicyState.PROMPTING, sitting_s=5000)).progress == 1.0
    mono = view(status(PolicyState.RUNNING), Settings(monochrome_tray=True))
    assert mono.monochrome


def test_a_moment_on_another_day_names_the_day_in_the_local_zone() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")  # 09:10 UTC is 18:10 in Tokyo
    assert clock_time(NOW + timedelta(minutes=20), NOW, tokyo) == "18:30"
    assert clock_time(NOW + timedelta(hours=6), NOW, tokyo) == "Tue 00:10"
    assert clock_time(NOW + timedelta(hours=6), NOW, UTC) == "15:10"


# ---- the tray words the view ------------------------------------------------------------


def test_the_tray_words_every_sentence(qapp: QApplication) -> None:
    from backbreak.ui.tray.system_tray import Tray

    tray = Tray()
    said = {}
    for tooltip in Tooltip:
        tray.set_state(TrayView(TrayLook.ACTIVE, 0.0, tooltip, at="Tue 08:30", minutes=5))
        said[tooltip] = tray.tooltip
        assert tray.menu_texts()[0] == tray.tooltip  # the menu's first line says the same
    assert said == {
        Tooltip.PAUSED: "Paused",
        Tooltip.PAUSED_UNTIL: "Paused until Tue 08:30",
        Tooltip.BREAK_TIME: "Break time",
        Tooltip.WAITING_DND: "Break waiting until do-not-disturb ends",
        Tooltip.WAITING_MEETING: "Break waiting until your call ends",
        Tooltip.NO_BREAK: "No break scheduled",
        Tooltip.OUTSIDE_HOURS: "Outside working hours; next break Tue 08:30",
        Tooltip.SNOOZED: "Snoozed; next break at Tue 08:30",
        Tooltip.NEXT_BREAK: "Next break at Tue 08:30 (in 5 min)",
        Tooltip.STANDING: "Standing; a walk is suggested at Tue 08:30 (in 5 min)",
    }
    tray.deleteLater()


def test_the_menu_follows_the_view(qapp: QApplication) -> None:
    from backbreak.ui.tray.system_tray import Tray

    tray = Tray()
    paused = TrayView(TrayLook.PAUSED, 0.0, Tooltip.PAUSED, resume_shown=True, snooze_enabled=False)
    tray.set_state(paused)
    shown = tray.menu_texts()
    assert "Resume" in shown and "Pause for 1 hour" not in shown and "Pause" not in shown
    with pytest.raises(KeyError):  # visible but disabled
        tray.trigger("Snooze 5 minute(s)")
    tray.set_state(TrayView(TrayLook.ACTIVE, 0.0, Tooltip.NO_BREAK))
    shown = tray.menu_texts()
    assert "Resume" not in shown and "Pause for 1 hour" in shown and "Pause" in shown
    tray.trigger("Snooze 5 minute(s)")
    tray.deleteLater()


def test_a_new_language_reaches_the_menu_and_the_tooltip_by_itself(
    qapp: QApplication, qtbot: QtBot, switch_language: Callable[[str], None]
) -> None:
    from backbreak.ui.tray.system_tray import Tray

    tray = Tray()
    tray.set_state(TrayView(TrayLook.ACTIVE, 0.0, Tooltip.BREAK_TIME))
    english = tray.tooltip
    switch_language("de")  # nobody tells the tray: Qt's LanguageChange event does
    qtbot.waitUntil(lambda: "Jetzt dehnen" in tray.menu_texts(), timeout=3000)
    assert tray.tooltip != english and tray.menu_texts()[0] == tray.tooltip
    tray.deleteLater()
