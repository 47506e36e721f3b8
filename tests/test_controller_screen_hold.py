"""The controller looks for a full-screen window only when the policy asks, and says what the
break waits for: the real controller, a real history file, a scripted screen probe."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_rig import MakeRig, Rig

from backbreak.app.controller import Controller
from backbreak.core.policy.vocabulary import ScreenInUse
from backbreak.core.settings import Settings


class ScriptedScreen:
    name = "x11"

    def __init__(self) -> None:
        self.use: ScreenInUse | None = None
        self.looks = 0

    def check(self) -> ScreenInUse | None:
        self.looks += 1
        return self.use


class ScreenRig(Rig):
    def __init__(self, tmp: Path, settings: Settings) -> None:
        self.screen = ScriptedScreen()
        super().__init__(tmp, settings)

    def make_controller(self, **kwargs: object) -> Controller:
        return Controller(screen=self.screen, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def rig(make_rig: MakeRig) -> ScreenRig:
    return make_rig(Settings(notice_ahead_s=30, hours_enabled=False), ScreenRig)


@pytest.mark.parametrize("use", list(ScreenInUse))
def test_no_prompt_and_no_bubble_over_the_screen_then_one_soon_after(
    rig: ScreenRig, use: ScreenInUse
) -> None:
    rig.screen.use = use
    rig.run_for(25 * 60)
    assert rig.screen.looks == 0  # nobody looks before a break is due
    rig.run_for(20 * 60)
    assert not rig.c.prompt_visible and rig.notifier.sent == []
    status = rig.c.status()
    assert status["state"] == "waiting-dnd" and status["waiting_reason"] == use.value
    assert rig.screen.looks <= (45 - 29.5) * 60 / 15 + 2  # every 15 s at most while waiting
    rig.screen.use = None
    rig.run_for(60)
    assert rig.c.prompt_visible


def test_do_not_disturb_not_respected_never_looks(rig: ScreenRig) -> None:
    rig.c.apply_settings(rig.c.settings.with_(respect_dnd=False))
    rig.screen.use = ScreenInUse.FULLSCREEN
    rig.run_for(30 * 60)
    assert rig.c.prompt_visible and rig.screen.looks == 0
