"""The pain check-in in the installed app under a real window manager: ``backbreak
stretch`` opens the player on "How is your back right now?", answered with keys through
xdotool; after the last step "And now?"; the scores come out of ``backbreak export`` and
``backbreak history --json``. The second stretch of the day asks nothing.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from app_driver import cli, history_rows, start_app

from backbreak.core.model import Outcome
from backbreak.core.routines.library import load_library
from backbreak.core.routines.plan import plan

pytestmark = pytest.mark.desktop

ROUTINE = "desk-seated"


def _mark_welcomed(session: Any) -> None:
    """Not a first run: the welcome dialog would take the focus as a new window should."""
    marker = Path(session["XDG_STATE_HOME"]) / "backbreak" / "welcomed"
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.touch()


def _key(session: Any, *keys: str) -> None:
    done = session.x("xdotool", "key", "--delay", "80", *keys)
    assert done.returncode == 0, done.stderr


def _showing(session: Any, role: str) -> set[str]:
    """Names of the showing nodes of ``role`` in the app's windows (read over AT-SPI)."""
    names: set[str] = set()

    def walk(node: dict[str, Any]) -> None:
        if node["role"] == role and "showing" in node["states"]:
            names.add(node["name"])
        for child in node["children"]:
            walk(child)

    for window in session.accessible_tree():
        walk(window)
    return names


def _focus_the_player(session: Any) -> None:
    """A stretch started from a terminal leaves the keyboard where it was; the user clicks or
    Alt+Tabs to it (here: the window manager is asked to activate it)."""
    session.wait_until(lambda: session.window_mapped("^backbreak: "), 20, "the player")
    session.x("xdotool", "search", "--name", "^backbreak: ", "windowactivate", "--sync")
    session.wait_until(
        lambda: session.active_window().startswith("backbreak: "), 10, "the player's focus"
    )


def test_a_stretch_asks_before_and_after_and_the_export_has_the_scores(
    wm_session: Any,
) -> None:
    session = wm_session
    _mark_welcomed(session)
    app = start_app(session)
    library = load_library(None)
    steps = len(plan(library.get(ROUTINE), library, "standard"))

    assert cli(session, "stretch", ROUTINE).returncode == 0
    _focus_the_player(session)
    session.wait_until(
        lambda: "Pain from 0, no pain, to 10, worst pain" in _showing(session, "slider"),
        20,
        "the pain check-in",
    )
    session.screenshot(session.tmp / "checkin-before.png")
    _key(session, "3", "Return")
    session.wait_until(lambda: "Done" in _showing(session, "push button"), 20, "the first step")
    assert not _showing(session, "slider")
    _key(session, *["Right"] * steps)  # through every step: the last one completes the routine
    session.wait_until(lambda: _showing(session, "slider"), 20, "And now?")
    assert "And now?" in _showing(session, "label")
    _key(session, "5", "Return")
    session.wait_until(
        lambda: [r.outcome for r in history_rows(session)] == [Outcome.COMPLETED],
        20,
        "the stretch to be recorded",
    )
    (row,) = history_rows(session)
    assert (row.pain_before, row.pain_after, row.steps_done) == (3, 5, steps)

    exported = cli(session, "export", "--format", "csv")
    assert exported.returncode == 0, exported.stderr
    header, line = list(csv.reader(io.StringIO(exported.stdout)))
    assert header[-3:] == ["pain_before", "pain_after", "exercises"] and line[-3:-1] == ["3", "5"]
    doc = json.loads(cli(session, "export", "--format", "json").stdout)
    assert doc["version"] == 2
    assert (doc["breaks"][0]["pain_before"], doc["breaks"][0]["pain_after"]) == (3, 5)
    exercises = doc["breaks"][0]["exercises"]  # what the check-in steers by travels along
    assert exercises and line[-1] == " ".join(exercises)
    week = json.loads(cli(session, "history", "--json").stdout)
    (today,) = [d for d in week["days"] if d["date"] == date.today().isoformat()]
    assert (today["pain_before_avg"], today["pain_after_avg"]) == (3.0, 5.0)

    # The second stretch of the day goes straight to its steps.
    assert cli(session, "stretch", ROUTINE).returncode == 0
    session.wait_until(lambda: "Done" in _showing(session, "push button"), 20, "the steps")
    assert not _showing(session, "slider")
    assert cli(session, "skip").returncode == 0
    assert cli(session, "quit").returncode == 0
    assert app.wait(timeout=10) == 0
