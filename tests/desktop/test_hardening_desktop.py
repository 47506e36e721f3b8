"""Hardening on the installed app in a real X session: signals, broken files, the control socket.

Each test drops a fault into the isolated XDG folders of ``x_session``, starts the ``backbreak``
console script as a user would, and checks what the user sees (tray, notifications, the CLI)
and what is left on disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import socket
import sqlite3
import stat
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from app_driver import PROMPT_WINDOW, cli, history_file, history_rows, start_app

from backbreak.core.model import Outcome

pytestmark = pytest.mark.desktop


def quit_app(session: Any, app: subprocess.Popen[bytes]) -> None:
    done = cli(session, "quit")
    assert done.returncode == 0, done.stderr
    assert app.wait(timeout=10) == 0


def data_folder(session: Any) -> Path:
    folder = Path(session.data_home) / "backbreak"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def config_folder(session: Any) -> Path:
    folder = Path(session.config_home) / "backbreak"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def log_text(session: Any) -> str:
    path = Path(session["XDG_STATE_HOME"]) / "backbreak" / "log" / "backbreak.log"
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def wait_for_prompt(session: Any) -> None:
    """Wait for the prompt card; on a timeout the failure carries the app's own log."""
    try:
        session.wait_until(
            lambda: session.window_mapped(PROMPT_WINDOW), timeout=20, what="the prompt card mapped"
        )
    except pytest.fail.Exception as e:
        pytest.fail(f"{e}\n--- backbreak.log\n{log_text(session)[-4000:]}", pytrace=False)


def bodies_naming(session: Any, *needles: str) -> list[str]:
    """Bodies of the Notify calls so far that contain every one of ``needles``."""
    return [c.body for c in session.notify_calls() if all(n in c.body for n in needles)]


def random_bytes(n: int, seed: int) -> bytes:
    """Deterministic junk that is certainly not an SQLite file."""
    out = b""
    block = seed.to_bytes(8, "little")
    while len(out) < n:
        block = hashlib.sha256(block).digest()
        out += block
    return b"JUNK" + out[: n - 4]


# --- signals ---------------------------------------------------------------------------------


def test_sigint_with_a_prompt_open_writes_it_and_exits_0_quickly(x_session: Any) -> None:
    app = start_app(x_session, "--interval", "5s")
    wait_for_prompt(x_session)
    sent = time.monotonic()
    app.send_signal(signal.SIGINT)
    assert app.wait(timeout=5) == 0
    assert time.monotonic() - sent < 2.0  # the limit for Ctrl+C
    (row,) = history_rows(x_session)
    assert row.outcome is Outcome.DISMISSED and row.ended_at is not None
    err = (x_session.tmp / "app-1.err").read_text(errors="replace")
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err


# --- broken history --------------------------------------------------------------------------


def test_a_corrupt_history_is_moved_aside_named_and_replaced(x_session: Any) -> None:
    junk = random_bytes(6000, seed=7)
    path = history_file(x_session)
    data_folder(x_session)
    path.write_bytes(junk)
    os.chmod(path, 0o600)

    app = start_app(x_session)
    x_session.wait_until(
        lambda: x_session.tray_icon_embedded(app.pid), timeout=15, what="the tray icon embedded"
    )
    (aside,) = sorted(path.parent.glob("history.sqlite3.corrupt-*"))
    assert aside.read_bytes() == junk  # kept, not rewritten
    x_session.wait_until(
        lambda: bodies_naming(x_session, str(path), str(aside)),
        timeout=10,
        what="a notification naming the moved file and the new one",
    )
    assert len(bodies_naming(x_session, str(aside))) == 1  # said once
    assert cli(x_session, "status").returncode == 0
    assert cli(x_session, "stretch").returncode == 0  # the fresh store takes rows
    quit_app(x_session, app)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert len(history_rows(x_session)) == 1


def test_history_json_on_a_corrupt_file_answers_without_a_traceback(x_session: Any) -> None:
    path = history_file(x_session)
    data_folder(x_session)
    path.write_bytes(random_bytes(3000, seed=11))
    done = cli(x_session, "history", "--json")
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    assert str(path) in done.stderr  # the user is told which file
    week = json.loads(done.stdout)
    assert week["totals"]["due"] == 0
    assert list(path.parent.glob("history.sqlite3.corrupt-*"))


def test_a_newer_schema_history_is_left_byte_identical(x_session: Any) -> None:
    path = history_file(x_session)
    data_folder(x_session)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE breaks (id INTEGER PRIMARY KEY, future TEXT)")
    conn.execute("INSERT INTO breaks (future) VALUES ('from backbreak 9')")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    os.chmod(path, 0o600)
    before = path.read_bytes()

    app = start_app(x_session, "--interval", "5s")
    x_session.wait_until(
        lambda: bodies_naming(x_session, str(path), "newer"),
        timeout=10,
        what="a notification that the history is from a newer backbreak",
    )
    # The prompt, an answer and an on-demand break: all would write history.
    wait_for_prompt(x_session)
    assert cli(x_session, "stretch").returncode == 0
    assert cli(x_session, "walk").returncode == 0
    assert cli(x_session, "status").returncode == 0
    assert app.poll() is None
    quit_app(x_session, app)
    assert len(bodies_naming(x_session, str(path), "newer")) == 1  # said once
    assert path.read_bytes() == before
    assert not list(path.parent.glob("history.sqlite3.corrupt-*"))


# --- broken user files -----------------------------------------------------------------------


def test_a_broken_config_and_routine_file_are_named_and_the_app_starts(x_session: Any) -> None:
    folder = config_folder(x_session)
    config = folder / "config.toml"
    config.write_text("[breaks]\ninterval = 5\n", encoding="utf-8")
    routines = folder / "routines"
    routines.mkdir(mode=0o700)
    routine = routines / "mine.toml"
    routine.write_text('[routine]\nid = "mine"\ntitle = \n', encoding="utf-8")

    app = start_app(x_session)
    x_session.wait_until(
        lambda: x_session.tray_icon_embedded(app.pid), timeout=15, what="the tray icon embedded"
    )
    x_session.wait_until(
        lambda: bodies_naming(x_session, str(config), str(routine)),
        timeout=10,
        what="a notification naming both broken files",
    )
    (body,) = bodies_naming(x_session, str(config), str(routine))
    assert f"{config}: breaks.interval:" in body  # file + key
    assert f"{routine}:3:" in body  # file + line
    log = log_text(x_session)
    assert f"{config}: breaks.interval:" in log
    assert f"{routine}:3:" in log
    assert cli(x_session, "status").returncode == 0
    quit_app(x_session, app)


# --- the control socket ----------------------------------------------------------------------


def _raw_request(path: Path, payload: bytes) -> bytes:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(5)
        s.connect(str(path))
        s.sendall(payload)
        s.shutdown(socket.SHUT_WR)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return data


def test_the_control_socket_is_private_and_survives_garbage(x_session: Any) -> None:
    app = start_app(x_session)
    sock = Path(x_session["XDG_RUNTIME_DIR"]) / "backbreak" / "control.sock"
    assert stat.S_ISSOCK(sock.stat().st_mode)
    assert sock.parent.stat().st_mode & 0o777 == 0o700
    assert sock.stat().st_mode & 0o777 == 0o600

    garbage = [
        b"this is not json\n",
        b"\xff\xfe\x00garbage\n",
        b"[1, 2, 3]\n",
        b'"status"\n',
        b'{"cmd": 5}\n',
        b'{"args": {}}\n',
        b'{"cmd": "status", "args": [1]}\n',
        b'{"cmd": "no-such-command"}\n',
        b'{"cmd": "snooze", "args": {"seconds": "soon"}}\n',
    ]
    for payload in garbage:
        answer = json.loads(_raw_request(sock, payload))
        assert answer["ok"] is False, (payload, answer)
        assert answer["error"], (payload, answer)
        assert app.poll() is None, payload
    # A line that never ends, and a client that hangs up mid-line.
    _raw_request(sock, b"x" * (200 * 1024))
    _raw_request(sock, b'{"cmd": "sta')
    assert app.poll() is None
    assert cli(x_session, "status").returncode == 0
    quit_app(x_session, app)
