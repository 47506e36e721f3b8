"""Standing-desk mode in the installed app, in a real X session: the tray entry and the command
line say so, status --json tells it, the walk suggestion arrives as a card and a notification,
and the standing spans land in the real history file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from app_driver import PROMPT_WINDOW, cli, history_file, history_rows, start_app

from backbreak.core.history.store import HistoryStore
from backbreak.core.history.store_standing import StandingRow
from backbreak.core.model import Kind, Outcome, Source

pytestmark = pytest.mark.desktop


def status(session: Any) -> dict[str, Any]:
    done = cli(session, "status", "--json")
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def standing_spans(session: Any) -> list[StandingRow]:
    with HistoryStore(history_file(session)) as store:
        return store.standing.every()


def mark_welcomed(session: Any) -> None:
    """A user who has seen the welcome note and the safety screen: no window in the way of
    the tray menu."""
    state = Path(session["XDG_STATE_HOME"]) / "backbreak"
    state.mkdir(parents=True, exist_ok=True)
    for marker in ("welcomed", "safety-seen"):
        (state / marker).touch()


def test_stand_and_sit_from_the_command_line_and_the_tray(x_session: Any) -> None:
    session = x_session
    mark_welcomed(session)
    app = start_app(session)
    assert status(session)["posture"] == "sitting"

    done = cli(session, "stand")
    assert (done.returncode, done.stdout) == (0, "posture: standing\n"), done.stderr
    s = status(session)
    assert (s["posture"], s["state"]) == ("standing", "running")
    text = cli(session, "status").stdout
    assert "standing: 0 min" in text

    done = cli(session, "sit")
    assert (done.returncode, done.stdout) == (0, "posture: sitting\n"), done.stderr
    assert status(session)["posture"] == "sitting"
    (span,) = standing_spans(session)
    assert span.ended_at > span.started_at

    # The tray menu: the seventh entry you can choose is "I'm standing" (after Stretch now,
    # Start a routine, Take a walk, Snooze, Pause for 1 hour, Pause).
    session.wait_until(lambda: session.tray_icon_window(app.pid), 15, "the tray icon")
    icon = session.tray_icon_window(app.pid)
    before = len(
        session.x("xdotool", "search", "--onlyvisible", "--pid", str(app.pid)).stdout.split()
    )
    session.x("xdotool", "mousemove", "--window", str(icon), "4", "4", "click", "1")
    session.wait_until(
        lambda: (
            len(
                session.x(
                    "xdotool", "search", "--onlyvisible", "--pid", str(app.pid)
                ).stdout.split()
            )
            > before
        ),
        10,
        "the tray menu to open",
    )
    session.x("xdotool", "key", "--delay", "60", *["Down"] * 7)
    session.screenshot(session.tmp / "tray-menu.png")
    session.x("xdotool", "key", "Return")
    session.wait_until(lambda: status(session)["posture"] == "standing", 10, "the tray entry")
    assert cli(session, "quit").returncode == 0
    assert app.wait(timeout=10) == 0
    assert len(standing_spans(session)) == 2  # the one open at quit is written too


def test_a_walk_is_suggested_after_standing_for_the_time_set(x_session: Any) -> None:
    session = x_session
    mark_welcomed(session)
    config = Path(session.config_home) / "backbreak" / "config.toml"
    config.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    config.write_text('[breaks]\nstanding_walk_after = "1m"\n')
    start_app(session)
    assert cli(session, "stand").returncode == 0
    session.wait_until(
        lambda: any(c.summary == "Time for a walk" for c in session.notify_calls()),
        timeout=90,
        what="the walk suggestion's notification",
    )
    (call,) = [c for c in session.notify_calls() if c.summary == "Time for a walk"]
    assert "Standing still is not moving" in call.body
    assert [key for key, _label in call.actions] == ["walk", "snooze"]
    session.wait_until(lambda: session.window_mapped(PROMPT_WINDOW), 10, "the card mapped")
    assert status(session)["state"] == "prompting"
    session.screenshot(session.tmp / "walk-card.png")
    (row,) = history_rows(session)
    assert (row.kind, row.source, row.outcome) == (Kind.WALK, Source.SCHEDULED, None)

    assert cli(session, "sit").returncode == 0  # sitting down closes the suggestion
    session.wait_until(lambda: not session.window_mapped(PROMPT_WINDOW), 10, "the card closed")
    (row,) = history_rows(session)
    assert row.outcome is Outcome.DISMISSED
    (span,) = standing_spans(session)
    assert (span.ended_at - span.started_at).total_seconds() >= 60
    s = status(session)
    # A minute of standing is shorter than a natural break: it held the sitting clock (a few
    # seconds from the start), it did not restart it, nor did it count as sitting.
    assert s["posture"] == "sitting" and s["sitting_seconds"] < 60
