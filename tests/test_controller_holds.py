"""The controller looks for a call and at the typing only when the policy asks, and says what it
waits for: the real controller, a real history file, a scripted probe and idle source. The call
looks run on a worker thread, as in the app: each step waits for the answer to come back."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from app_rig import MONDAY_9, MakeRig, Rig
from stuck_proc import StuckProc

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
    qtbot: Any

    def __init__(self, tmp: Path, settings: Settings) -> None:
        self.probe = ScriptedProbe()
        super().__init__(tmp, settings)

    def make_controller(self, **kwargs: object) -> Controller:
        return Controller(meeting=self.probe, **kwargs)  # type: ignore[arg-type]

    def settle(self) -> None:
        """Let a call look under way answer (it comes back through the event loop)."""
        self.qtbot.waitUntil(lambda: not self.c.looking_for_call, timeout=10_000)

    def run_for(self, seconds: int, step: int = 30) -> None:
        for _ in range(seconds // step):
            self.clock.advance(step)
            self.c.heartbeat()
            self.settle()

    def still_for(self, seconds: int, step: int = 30) -> None:
        """No keyboard or mouse input at all: the idle time grows with the clock."""
        for _ in range(seconds // step):
            assert self.idle.seconds is not None
            self.idle.seconds += step
            self.run_for(step, step)


@pytest.fixture
def rig(make_rig: MakeRig, qtbot: Any) -> GuardedRig:
    made = make_rig(Settings(notice_ahead_s=30, hours_enabled=False), GuardedRig)
    made.qtbot = qtbot
    return made


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
    rig.settle()
    assert rig.c.prompt_visible
    assert rig.clock.now() - MONDAY_9 == timedelta(minutes=30, seconds=3)


def test_a_silent_call_before_the_break_is_due_is_sitting_said_after_the_call(
    rig: GuardedRig,
) -> None:
    """No input for 52 minutes while the microphone records: the user listens in a call. Not
    away: the break due at 30 waits, and after the call it says how long and why."""
    rig.probe.in_use = CallDevice.MICROPHONE
    rig.idle.seconds = 0.0
    rig.still_for(4 * 60 + 30)
    assert rig.probe.looks == 0  # still, but not long enough to count as away: no look
    rig.still_for(30)
    assert rig.probe.looks == 1  # now it would: one look, which sees the call
    rig.still_for(47 * 60)  # to 52 minutes
    status = rig.c.status()
    assert status["detail"] != "away" and status["sitting_seconds"] >= 52 * 60
    assert status["state"] == "waiting-meeting" and status["waiting_reason"] == "microphone"
    assert rig.probe.looks <= 47 * 60 / 15 + 2
    assert not rig.c.prompt_visible and rig.notifier.sent == []
    rig.probe.in_use = None  # the call ends; the user reads what was said in it
    rig.idle.seconds = 5.0
    rig.run_for(30)
    assert rig.c.prompt_visible
    _title, body, _ = rig.notifier.sent[-1]
    assert body == "You have been sitting for 52 minute(s), through a call."


def test_a_still_user_after_the_call_is_away_from_its_end(rig: GuardedRig) -> None:
    rig.probe.in_use = CallDevice.CAMERA
    rig.idle.seconds = 0.0
    rig.still_for(20 * 60)
    rig.probe.in_use = None  # the call ends at 20; nobody comes back to the desk until 40
    rig.still_for(20 * 60)
    assert rig.c.status()["detail"] == "away"
    looks = rig.probe.looks
    rig.still_for(10 * 60)
    assert rig.probe.looks == looks  # away, no call: nothing more is looked at
    rig.idle.seconds = 5.0
    rig.run_for(30)
    [natural] = [r for r in rig.rows() if r.kind.value == "natural"]
    assert natural.started_at - MONDAY_9 in (timedelta(minutes=20), timedelta(minutes=20.5))


class StuckRig(GuardedRig):
    """The real Linux probe, over a ``/proc`` whose one process blocks every look on a FIFO."""

    def make_controller(self, **kwargs: object) -> Controller:
        self.stuck = StuckProc(self.path.parent / "world")
        return Controller(meeting=self.stuck.probe, **kwargs)  # type: ignore[arg-type]


def test_a_look_that_blocks_holds_the_break_but_not_the_controller(
    make_rig: MakeRig, qtbot: Any
) -> None:
    rig = make_rig(Settings(notice_ahead_s=30, hours_enabled=False), StuckRig)
    rig.qtbot = qtbot
    try:
        for _ in range(59):  # to 29:30, the heads-up moment: the look starts and blocks
            rig.clock.advance(30)
            rig.c.heartbeat()
        assert rig.c.looking_for_call and not rig.stuck.released.is_set()
        rig.clock.advance(30)
        rig.c.heartbeat()  # the due moment: still answering, and nothing shown meanwhile
        assert rig.c.looking_for_call and not rig.c.prompt_visible and rig.notifier.sent == []
        rig.stuck.release()
        rig.settle()
        assert not rig.stuck.by_watchdog
        assert rig.c.prompt_visible  # no call: the break comes with the answer
        assert rig.c.status()["meeting_guard"] == "on"
    finally:
        rig.stuck.close()
