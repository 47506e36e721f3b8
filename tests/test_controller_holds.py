"""The controller looks for a call and at the typing only when the policy asks, and says what it
waits for: the real controller, a real history file, a scripted probe and idle source."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from app_rig import MONDAY_9, MakeRig, Rig

from backbreak.app.controller import Controller
from backbreak.core.policy.vocabulary import CallDevice
from backbreak.core.settings import Settings
from backbreak.platform.meeting import CallCheck


class ScriptedProbe:
    name = "linux"

    def __init__(self) -> None:
        self.in_use: CallDevice | None = None
        self.readable = True
        self.looks = 0

    def check(self) -> CallCheck:
        self.looks += 1
        return CallCheck(self.in_use if self.readable else None, self.readable)


class GuardedRig(Rig):
    def __init__(self, tmp: Path, settings: Settings) -> None:
        self.probe = ScriptedProbe()
        super().__init__(tmp, settings)

    def make_controller(self, **kwargs: object) -> Controller:
        return Controller(meeting=self.probe, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def rig(make_rig: MakeRig) -> GuardedRig:
    return make_rig(Settings(notice_ahead_s=30, hours_enabled=False), GuardedRig)


def test_no_prompt_and_no_bubble_while_a_call_is_on_then_one_soon_after(rig: GuardedRig) -> None:
    rig.probe.in_use = CallDevice.MICROPHONE
    rig.run_for(25 * 60)
    assert rig.probe.looks == 0  # nobody looks before a break is due
    rig.run_for(20 * 60)
    assert not rig.c.prompt_visible and rig.notifier.sent == []
    status = rig.c.status()
    assert status["state"] == "waiting-meeting" and status["waiting_reason"] == "microphone"
    assert status["meeting_guard"] == "on"
    assert rig.probe.looks <= (45 - 29.5) * 60 / 15 + 2  # every 15 s at most while waiting
    rig.probe.in_use = None
    rig.run_for(60)
    assert rig.c.prompt_visible
    title, body, _ = rig.notifier.sent[-1]
    assert title == "Time to stand up"
    assert body == "You have been sitting for 45 minute(s), through a call."  # no .qm loaded


def test_a_guard_that_reads_nothing_says_so_and_never_holds(rig: GuardedRig) -> None:
    rig.probe.readable = False
    rig.run_for(30 * 60)
    assert rig.c.prompt_visible
    assert rig.c.status()["meeting_guard"] == "unavailable"


def test_the_guard_off_in_settings_is_said_and_never_looks(rig: GuardedRig) -> None:
    rig.c.apply_settings(rig.c.settings.with_(meeting_guard=False))
    rig.probe.in_use = CallDevice.CAMERA
    rig.run_for(30 * 60)
    assert rig.c.prompt_visible and rig.probe.looks == 0
    assert rig.c.status()["meeting_guard"] == "off"


def test_a_prompt_due_while_typing_waits_for_a_pause(rig: GuardedRig) -> None:
    rig.idle.seconds = 0.0  # typing
    rig.run_for(30 * 60)
    assert not rig.c.prompt_visible
    rig.idle.seconds = 4.0  # a pause
    rig.clock.advance(3)
    rig.c.heartbeat()
    assert rig.c.prompt_visible
    assert rig.clock.now() - MONDAY_9 == timedelta(minutes=30, seconds=3)
