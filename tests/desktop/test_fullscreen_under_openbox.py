"""Under a real window manager (openbox), a break never comes over a full-screen window: it
waits, as for a call, says why in ``status --json``, and comes once full screen is over."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from app_driver import PROMPT_WINDOW, cli, start_app

pytestmark = pytest.mark.desktop

SINK = Path(__file__).with_name("focus_sink.py")
FILM = "a film, full screen"


def _status(session: Any) -> dict[str, Any]:
    done = cli(session, "status", "--json")
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_a_break_waits_while_a_full_screen_window_has_the_focus(wm_session: Any) -> None:
    session = wm_session
    state = Path(session["XDG_STATE_HOME"]) / "backbreak"
    state.mkdir(parents=True, exist_ok=True)
    for marker in ("welcomed", "safety-seen"):  # not a first run
        (state / marker).touch()
    film = session.start("film", ["env", "QT_QPA_PLATFORM=xcb", sys.executable, str(SINK),
                                  str(session.tmp / "film.txt"), "fullscreen", FILM])
    session.wait_until(lambda: session.active_window() == FILM, 20, "the film focused")
    state_prop = session.x("xprop", "-name", FILM, "_NET_WM_STATE").stdout
    assert "_NET_WM_STATE_FULLSCREEN" in state_prop, state_prop
    start_app(session, "--interval", "5s")
    session.wait_until(lambda: _status(session)["state"] == "waiting-dnd", 30,
                       "the break held for the full-screen window")
    assert _status(session)["waiting_reason"] == "fullscreen"
    time.sleep(1)  # the next looks (every 15 s) keep it held
    assert not session.window_mapped(PROMPT_WINDOW)
    assert session.active_window() == FILM
    session.screenshot(session.tmp / "openbox-film.png")
    film.terminate()  # the film is over
    film.wait(timeout=10)
    session.wait_until(lambda: session.window_mapped(PROMPT_WINDOW), 30,
                       "the card within a look (15 s) of the end of full screen")
    assert _status(session)["state"] == "prompting"
    assert cli(session, "quit").returncode == 0
