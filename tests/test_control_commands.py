"""The control commands against the real controller: one error style, and a pause is exactly
one of the requests the command line can make (anything else is refused, never "forever")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from app_rig import MONDAY_9, MakeRig, Rig

from backbreak.control.commands import CommandRefused, ControlCommands, pause_request
from backbreak.core.policy.pause import (
    PauseFor,
    PauseIndefinitely,
    PauseUntilTomorrow,
    pause_end,
)
from backbreak.core.settings import Settings


@pytest.fixture
def rig(make_rig: MakeRig) -> Rig:
    return make_rig(Settings(snooze_limit=1))


@pytest.fixture
def commands(rig: Rig) -> ControlCommands:
    return ControlCommands(rig.c, lambda: None, lambda: None)


def refused(answer: dict[str, Any]) -> str:
    assert answer["ok"] is False and answer["result"] == "", answer
    error = answer["error"]
    assert isinstance(error, str) and error
    return error


# ---- the requests -----------------------------------------------------------------------


def test_the_command_lines_pauses_are_these_requests() -> None:
    assert pause_request({"seconds": 3600}) == PauseFor(3600)
    assert pause_request({"seconds": "90"}) == PauseFor(90)
    assert pause_request({"until": "tomorrow"}) == PauseUntilTomorrow()
    assert pause_request({"until": None}) == PauseIndefinitely()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ({}, "needs 'seconds' or 'until'"),
        ({"until": "someday"}, "cannot pause until 'someday'"),
        ({"until": 5}, "cannot pause until 5"),
        ({"seconds": 0}, "longer than 0 seconds, not 0"),
        ({"seconds": -60}, "longer than 0 seconds, not -60"),
        ({"seconds": "soon"}, "whole number of seconds, not 'soon'"),
        ({"seconds": 1.5}, "whole number of seconds, not 1.5"),
        ({"seconds": True}, "whole number of seconds, not True"),
        ({"seconds": None}, "whole number of seconds, not None"),
    ],
)
def test_anything_else_is_refused_with_what_was_expected(args: dict[str, Any], says: str) -> None:
    with pytest.raises(CommandRefused, match=says):
        pause_request(args)


def test_when_each_pause_ends() -> None:
    now = MONDAY_9
    settings = Settings()
    assert pause_end(PauseFor(90), now, settings) == now + timedelta(seconds=90)
    assert pause_end(PauseIndefinitely(), now, settings) is None
    tomorrow = pause_end(PauseUntilTomorrow(), now, settings, UTC)
    assert tomorrow == datetime(2026, 11, 17, 8, tzinfo=UTC)  # Tuesday's working day starts


def test_a_pause_request_is_checked_when_made() -> None:
    with pytest.raises(ValueError, match="longer than 0 seconds"):
        PauseFor(0)
    with pytest.raises(TypeError):
        PauseFor("60")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not a pause request"):
        pause_end("tomorrow", MONDAY_9, Settings())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not a pause request"):
        pause_end(None, MONDAY_9, Settings())  # type: ignore[arg-type]


# ---- against the controller -------------------------------------------------------------


def test_a_refused_pause_leaves_the_app_as_it_was(rig: Rig, commands: ControlCommands) -> None:
    refused(commands.handle("pause", {"until": "someday"}))
    assert rig.c.status()["state"] == "running"
    assert commands.handle("pause", {"until": None})["ok"]
    status = rig.c.status()
    assert status["state"] == "paused" and status["paused_until"] is None
    assert commands.handle("resume", {})["ok"]
    assert commands.handle("pause", {"seconds": 600})["ok"]
    assert rig.c.status()["paused_until"] == (MONDAY_9 + timedelta(minutes=10)).isoformat()


def test_the_tray_pauses_until_tomorrow_morning(rig: Rig) -> None:
    rig.tray.trigger("Pause until tomorrow morning")
    assert rig.c.status()["paused_until"] == "2026-11-17T08:00:00+00:00"
    rig.tray.trigger("Resume")
    rig.tray.trigger("Pause indefinitely")
    assert rig.c.status()["state"] == "paused" and rig.c.status()["paused_until"] is None


def test_each_refusal_is_an_error_answer(rig: Rig, commands: ControlCommands) -> None:
    assert refused(commands.handle("skip", {})) == "There is no break to skip right now."
    assert refused(commands.handle("stretch", {"routine": "no-such"})) == (
        "no routine 'no-such'; see 'backbreak routines list'"
    )
    assert rig.c.player is None  # nothing was started
    assert refused(commands.handle("snooze", {"seconds": 0})) == (
        "a snooze must be longer than 0 seconds, not 0"
    )
    assert commands.handle("snooze", {"seconds": 60}) == {
        "ok": True,
        "result": "snoozed",
        "error": None,
    }
    assert refused(commands.handle("snooze", {})) == (
        "No more snoozes in a row; please take this break."
    )
    assert refused(commands.handle("frobnicate", {})) == "unknown command 'frobnicate'"


def test_a_refused_snooze_from_the_tray_does_nothing(rig: Rig) -> None:
    rig.run_for(30 * 60)
    rig.tray.trigger("Snooze 5 minute(s)")  # the one allowed (limit 1)
    rig.run_for(5 * 60)
    assert rig.c.prompt_visible
    rig.tray.trigger("Snooze 5 minute(s)")  # past the limit: no exception, the prompt stays
    assert rig.c.prompt_visible and rig.c.status()["state"] == "prompting"
