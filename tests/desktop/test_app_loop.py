"""The installed app, for real: a real X session with a tray host and a notification daemon,
the ``backbreak`` console script as a user starts it, and its SQLite history read back."""

from __future__ import annotations

import json
import signal
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from app_driver import PROMPT_WINDOW, cli, history_rows, start_app

from backbreak.core.model import Outcome, Source

pytestmark = pytest.mark.desktop


def status(session: Any) -> dict[str, Any]:
    done = cli(session, "status", "--json")
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_the_whole_loop_tray_notification_prompt_history(x_session: Any) -> None:
    app = start_app(x_session, "--interval", "6s")
    x_session.wait_until(
        lambda: x_session.tray_icon_embedded(app.pid),
        timeout=15,
        what="the tray icon embedded in trayer",
    )
    x_session.wait_until(
        lambda: x_session.window_mapped(PROMPT_WINDOW), timeout=20, what="the prompt card mapped"
    )
    calls = [c for c in x_session.notify_calls() if c.summary == "Time to stand up"]
    assert calls, x_session.notify_calls()
    assert calls[-1].app_name == "backbreak"
    x_session.screenshot(x_session.tmp / "prompt.png")

    (row,) = history_rows(x_session)  # written when shown, before any answer
    assert row.source is Source.SCHEDULED and row.outcome is None

    assert cli(x_session, "quit").returncode == 0
    assert app.wait(timeout=10) == 0
    (row,) = history_rows(x_session)
    assert row.outcome is Outcome.DISMISSED and row.ended_at is not None


def test_control_from_the_command_line(x_session: Any) -> None:
    app = start_app(x_session)
    s = status(x_session)
    assert s["state"] == "running"
    assert s["idle_source"] == "x11-xss"
    assert s["paused_until"] is None
    assert s["today"] == {"due": 0, "answered": 0, "extra": 0, "taken": 0}
    text = cli(x_session, "status").stdout
    assert "today: 0 of 0 reminders answered, 0 extra breaks" in text
    due = datetime.fromisoformat(s["next_break_at"])
    assert timedelta(minutes=29) < due - datetime.now(UTC) <= timedelta(minutes=30)

    assert cli(x_session, "pause", "1h").returncode == 0
    s = status(x_session)
    assert s["state"] == "paused"
    until = datetime.fromisoformat(s["paused_until"])
    assert timedelta(minutes=59) < until - datetime.now(UTC) <= timedelta(hours=1)

    assert cli(x_session, "resume").returncode == 0
    assert status(x_session)["state"] == "running"

    assert cli(x_session, "snooze", "10m").returncode == 0
    s = status(x_session)
    assert s["state"] == "snoozed"
    due = datetime.fromisoformat(s["next_break_at"])
    assert timedelta(minutes=9) < due - datetime.now(UTC) <= timedelta(minutes=10)

    done = cli(x_session, "stretch", "no-such-routine")
    assert done.returncode == 1 and "no-such-routine" in done.stderr
    assert cli(x_session, "stretch").returncode == 0
    x_session.wait_until(lambda: x_session.window_mapped("^backbreak: "), what="the player")
    x_session.screenshot(x_session.tmp / "player.png")

    assert cli(x_session, "quit").returncode == 0
    assert app.wait(timeout=10) == 0
    done = cli(x_session, "status")
    assert done.returncode == 3 and "not running" in done.stderr
    (row,) = history_rows(x_session)
    assert row.source is Source.CLI and row.outcome is Outcome.SKIPPED


def test_a_second_instance_says_so_and_exits_0(x_session: Any) -> None:
    first = start_app(x_session)
    second = x_session.run_app([])
    assert second.wait(timeout=15) == 0
    out = (x_session.tmp / "app-2.out").read_text()
    assert "already running" in out
    assert first.poll() is None
    assert status(x_session)["state"] == "running"


def test_sigterm_with_a_prompt_open_writes_it_and_exits_quickly(x_session: Any) -> None:
    app = start_app(x_session, "--interval", "5s")
    x_session.wait_until(
        lambda: x_session.window_mapped(PROMPT_WINDOW), timeout=20, what="the prompt card mapped"
    )
    sent = time.monotonic()
    app.send_signal(signal.SIGTERM)
    assert app.wait(timeout=5) == 0
    assert time.monotonic() - sent < 2.0
    (row,) = history_rows(x_session)
    assert row.outcome is Outcome.DISMISSED


WELCOME = "^Welcome to backbreak$"
SAFETY = "^Before you exercise "  # ... — backbreak


def _keys(session: Any, title: str, *keys: str) -> None:
    """Give the window titled ``title`` the keyboard and press ``keys``, as a user does."""
    found = session.x("xdotool", "search", "--onlyvisible", "--name", title)
    window = found.stdout.split()[0]
    assert session.x("xdotool", "windowfocus", "--sync", window).returncode == 0
    for key in keys:
        assert session.x("xdotool", "key", "--clearmodifiers", key).returncode == 0


def _acknowledge_welcome(session: Any) -> None:
    """Press Return in the welcome, as a user does: its OK button is the default."""
    _keys(session, WELCOME, "Return")


def _modes(root: Path) -> dict[Path, int]:
    """Every folder and file at or under ``root`` with its permission bits."""
    return {p: p.lstat().st_mode & 0o777 for p in [root, *root.rglob("*")]}


def test_everything_backbreak_creates_is_private(x_session: Any, tmp_path: Path) -> None:
    """A fresh profile whose XDG folders do not exist yet: during and after a run with a break,
    an acknowledged welcome and the command line, every folder backbreak made is 0700 and every
    file (the lock, the socket, the history, the log, the welcome marker) 0600."""
    fresh = tmp_path / "fresh"
    for var, sub in [("XDG_CONFIG_HOME", "home/.config"), ("XDG_DATA_HOME", "home/.local/share"),
                     ("XDG_STATE_HOME", "home/.local/state"), ("XDG_RUNTIME_DIR", "run/user")]:
        x_session[var] = str(fresh / sub)
    app = start_app(x_session)
    x_session.wait_until(lambda: x_session.window_mapped(WELCOME), what="the welcome")
    _acknowledge_welcome(x_session)
    marker = fresh / "home/.local/state/backbreak/welcomed"
    x_session.wait_until(marker.exists, what="the welcome remembered once acknowledged")
    x_session.wait_until(lambda: x_session.window_mapped(SAFETY), what="the safety screen")
    # from OK: Cancel, then the boxes; the third is "My balance is unsteady"; Return is OK
    _keys(x_session, SAFETY, "Tab", "Tab", "Tab", "Tab", "space", "Return")
    seen = fresh / "home/.local/state/backbreak/safety-seen"
    x_session.wait_until(seen.exists, what="the safety screen remembered once closed")
    config = fresh / "home/.config/backbreak/config.toml"
    x_session.wait_until(config.exists, what="the tick saved")
    assert 'cautions = ["balance"]' in config.read_text(encoding="utf-8")
    assert cli(x_session, "walk").returncode == 0
    assert cli(x_session, "skip").returncode == 0
    assert cli(x_session, "history", "--json").returncode == 0
    seen = _modes(fresh)  # while running: the lock and the socket exist only now
    assert cli(x_session, "quit").returncode == 0
    assert app.wait(timeout=10) == 0
    seen |= _modes(fresh)

    names = {p.name for p in seen}
    expected = {"instance.lock", "control.sock", "history.sqlite3", "backbreak.log", "welcomed",
                "safety-seen", "config.toml"}
    assert expected <= names, names
    wrong = [f"{p.relative_to(tmp_path)}: {mode:o}" for p, mode in sorted(seen.items())
             if mode != (0o700 if p.is_dir() else 0o600)]
    assert wrong == []


def test_the_safety_note_comes_back_until_it_is_acknowledged(x_session: Any) -> None:
    app = start_app(x_session)
    x_session.wait_until(
        lambda: x_session.window_mapped(WELCOME),
        what="the first-run welcome with the safety note",
    )
    assert cli(x_session, "quit").returncode == 0  # quit with the note still open
    assert app.wait(timeout=10) == 0

    app = start_app(x_session)
    x_session.wait_until(lambda: x_session.window_mapped(WELCOME), what="the welcome again")
    _acknowledge_welcome(x_session)
    x_session.wait_until(lambda: not x_session.window_mapped(WELCOME), what="the welcome closed")
    assert cli(x_session, "quit").returncode == 0
    assert app.wait(timeout=10) == 0

    app = start_app(x_session)  # the safety screen after it comes back until it is closed
    x_session.wait_until(lambda: x_session.window_mapped(SAFETY), what="the safety screen")
    assert not x_session.window_mapped(WELCOME)
    _keys(x_session, SAFETY, "Escape")  # seen; nothing ticked, nothing written
    x_session.wait_until(lambda: not x_session.window_mapped(SAFETY), what="it closed")
    assert cli(x_session, "quit").returncode == 0
    assert app.wait(timeout=10) == 0
    assert not (Path(x_session["XDG_CONFIG_HOME"]) / "backbreak" / "config.toml").exists()

    app = start_app(x_session)  # the control socket answers only after the welcome's turn
    # A window asked for now is mapped after a welcome would have been (through the window
    # manager too): once the weekly window is up, a repeated welcome (or safety screen) would
    # be up as well.
    assert cli(x_session, "stats").returncode == 0
    x_session.wait_until(
        lambda: x_session.window_mapped("^Weekly history"), what="the weekly window"
    )
    assert not x_session.window_mapped(WELCOME) and not x_session.window_mapped(SAFETY)
    assert cli(x_session, "quit").returncode == 0
    app.wait(timeout=10)
