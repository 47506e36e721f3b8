"""The installed app's moving picture in a real X session: it moves on a work screen, and with
``reduced_motion = true`` it shows both frames and stays still while the countdown runs.

Observed from outside, as a user sees it: window screenshots (``import -window``), the picture
cut from the left of the player and the countdown from its right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from app_driver import NO_PAIN_CHECKIN, cli, start_app, write_config
from PySide6.QtGui import QImage

pytestmark = pytest.mark.desktop

# An exercise whose first screen is already a work screen (no set-up step), drawn with the
# built-in bridge frames, in a routine of its own.
EXERCISE = """\
[exercise]
id = "lift-test"
title = "Lift test"
position = "floor"
seed = "002_b729dc92cf150060.txt"
illustration = "bridge.svg"
steps = ["Lift your hips and lower them."]
setup_steps = 0
step_seconds = 6
reps = 10
levels = { gentle = 8, strong = 12 }

[exercise.cues]
feel = ["Your buttocks working."]
avoid = []
"""
ROUTINE = """\
[routine]
id = "lift-only"
title = "Lift only"
description = "One exercise, for the test."
kind = "home"
exercises = ["lift-test"]
"""
PLAYER = "^backbreak: Lift only$"


def _install_routine(session: Any) -> None:
    folder = Path(session.config_home) / "backbreak" / "routines"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "lift-test.toml").write_text(EXERCISE)
    (folder / "lift-only.toml").write_text(ROUTINE)


def _player_window(session: Any) -> str:
    session.wait_until(lambda: session.window_mapped(PLAYER), timeout=20, what="the player")
    found = session.x("xdotool", "search", "--onlyvisible", "--name", PLAYER)
    return str(found.stdout.split()[0])


class Shots:
    def __init__(self, session: Any, window: str, folder: Path) -> None:
        self.session, self.window, self.folder, self.n = session, window, folder, 0

    def take(self) -> QImage:
        self.n += 1
        path = self.folder / f"player-{self.n}.png"
        done = self.session.x("import", "-window", self.window, str(path))
        assert done.returncode == 0, done.stderr
        image = QImage(str(path))
        assert not image.isNull()
        return image


def _picture(image: QImage) -> QImage:
    return image.copy(0, 0, image.width() * 3 // 10, image.height() * 7 // 10)


def _countdown(image: QImage) -> QImage:
    return image.copy(image.width() * 85 // 100, 0, image.width() * 15 // 100, image.height() // 2)


def test_the_picture_moves_on_a_work_screen(x_session: Any, tmp_path: Path) -> None:
    _install_routine(x_session)
    write_config(x_session, NO_PAIN_CHECKIN)  # the first screen is the work screen
    start_app(x_session)
    assert cli(x_session, "stretch", "lift-only").returncode == 0
    shots = Shots(x_session, _player_window(x_session), tmp_path)
    first = _picture(shots.take())
    x_session.wait_until(
        lambda: _picture(shots.take()) != first, timeout=10, what="the picture to move"
    )
    assert cli(x_session, "skip").returncode == 0
    x_session.wait_until(lambda: not x_session.window_mapped(PLAYER), what="the player closed")


def test_reduced_motion_in_the_config_keeps_the_picture_still(
    x_session: Any, tmp_path: Path
) -> None:
    _install_routine(x_session)
    write_config(x_session, "[app]\nreduced_motion = true\n" + NO_PAIN_CHECKIN)
    start_app(x_session)
    assert cli(x_session, "stretch", "lift-only").returncode == 0
    shots = Shots(x_session, _player_window(x_session), tmp_path)
    first = shots.take()
    # time passes for sure: the countdown shows another number (two ticks at least)
    seen = {_countdown(first).bits().tobytes()}
    later = first

    def ticked_twice() -> bool:
        nonlocal later
        later = shots.take()
        seen.add(_countdown(later).bits().tobytes())
        return len(seen) >= 3

    x_session.wait_until(ticked_twice, timeout=10, what="the countdown to tick twice")
    assert _picture(later) == _picture(first)  # ... and the picture did not move
    assert cli(x_session, "skip").returncode == 0
