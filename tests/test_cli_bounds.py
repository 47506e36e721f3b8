"""The command line refuses out-of-range arguments before it starts or asks anything, and says
so when there is no display."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from backbreak.cli.main import main
from backbreak.control.protocol import socket_path
from backbreak.core.durations import format_duration
from backbreak.core.settings import PAUSE_RANGE_S, accepted_range
from backbreak.platform.display import missing_display

BACKBREAK = Path(sys.executable).with_name("backbreak")


def as_range(lo: int, hi: int) -> str:
    return f"expected between {format_duration(lo)} and {format_duration(hi)}"


INTERVAL = as_range(1, accepted_range("interval_s")[1])  # 1 s: the README's try-out
SNOOZE = as_range(*accepted_range("snooze_s"))
PAUSE = as_range(*PAUSE_RANGE_S)


class FakeApp:
    """A listener on the control socket that records every request (and says ok)."""

    def __init__(self) -> None:
        self.requests: list[dict[str, object]] = []
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(str(socket_path()))
        self._server.listen()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            with conn:
                data = b""
                while not data.endswith(b"\n"):
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                self.requests.append(json.loads(data))
                conn.sendall(b'{"ok": true, "result": ""}\n')

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._server.shutdown(socket.SHUT_RDWR)  # wakes the accept() (close alone does not)
        self._server.close()
        self._thread.join(timeout=5)


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeApp]:
    if os.name != "posix":
        pytest.skip("the control socket is a Unix socket here")
    with tempfile.TemporaryDirectory(prefix="bb-") as short:  # a socket path has ~100 bytes
        monkeypatch.setenv("XDG_RUNTIME_DIR", short)
        fake = FakeApp()
        yield fake
        fake.close()


@pytest.mark.parametrize(("argv", "expected"), [
    (["snooze", "0"], f"{SNOOZE}, got '0'"),  # today: the default snooze, silently
    (["snooze", "0s"], f"{SNOOZE}, got '0s'"),
    (["snooze", "999999h"], f"{SNOOZE}, got '999999h'"),  # today: the next break in 2140
    (["snooze", "1h1s"], f"{SNOOZE}, got '1h1s'"),
    (["snooze", "59s"], f"{SNOOZE}, got '59s'"),
    (["pause", "0"], f"{PAUSE}, got '0'"),
    (["pause", "999999h"], f"{PAUSE}, got '999999h'"),
    (["pause", "24h1s"], f"{PAUSE}, got '24h1s'"),
])
def test_a_duration_out_of_range_is_a_usage_error_and_the_app_is_not_asked(
    app: FakeApp, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    assert f"argument {'duration' if argv[0] == 'snooze' else 'until'}: {expected}" in (
        capsys.readouterr().err)
    assert app.requests == []


@pytest.mark.parametrize(("argv", "sent"), [
    (["snooze", "1m"], {"cmd": "snooze", "args": {"seconds": 60}}),
    (["snooze", "1h"], {"cmd": "snooze", "args": {"seconds": 3600}}),
    (["snooze"], {"cmd": "snooze", "args": {}}),
    (["pause", "24h"], {"cmd": "pause", "args": {"seconds": 86400}}),
    (["pause"], {"cmd": "pause", "args": {"seconds": 3600}}),
    (["pause", "until-tomorrow"], {"cmd": "pause", "args": {"until": "tomorrow"}}),
    (["pause", "indefinitely"], {"cmd": "pause", "args": {"until": None}}),
])
def test_durations_in_range_reach_the_app(app: FakeApp, argv: list[str],
                                          sent: dict[str, object]) -> None:
    assert main(argv) == 0
    assert app.requests == [sent]


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """Each start of the app, as the command line asked for it (nothing is started)."""
    import backbreak.app.launch

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(backbreak.app.launch, "run", lambda **kw: calls.append(kw) or 0)
    return calls


@pytest.mark.parametrize("argv", [
    ["run", "--interval", "0"],  # today: the default interval, silently
    ["run", "--interval", "0s"],
    ["run", "--interval", "999999h"],  # today: the first break in 2140
    ["run", "--interval", "4h1s"],
    ["--interval", "0"],
])
def test_an_interval_out_of_range_stops_before_the_app_starts(
    started: list[dict[str, object]], capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    assert f"argument --interval: {INTERVAL}, got '{argv[-1]}'" in capsys.readouterr().err
    assert started == []


@pytest.mark.parametrize(("argv", "interval_s"), [
    (["run", "--interval", "1s"], 1), (["--interval", "4h"], 4 * 3600), (["run"], None)])
def test_an_interval_in_range_starts_the_app(started: list[dict[str, object]], argv: list[str],
                                             interval_s: int | None) -> None:
    assert main(argv) == 0
    assert started == [{"interval_s": interval_s, "anytime": False, "open_history": False}]


def test_a_bad_interval_says_it_without_a_traceback() -> None:
    done = subprocess.run([str(BACKBREAK), "run", "--interval", "999999h"], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == (
        f"backbreak run: error: argument --interval: {INTERVAL}, got '999999h'")


@pytest.mark.parametrize("week", ["9999-W52", "0001-W01", "0000-W10", "9999-W01"])
def test_a_week_outside_the_years_history_holds_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], week: str
) -> None:
    assert main(["history", "--week", week]) == 2  # today: OverflowError / ValueError
    assert capsys.readouterr().err == (
        f"backbreak history: --week: invalid week {week!r}: expected a week from 0002-W01 to "
        "9998-W53\n")


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
@pytest.mark.parametrize("zone", ["Etc/GMT-14", "Etc/GMT+12"])  # the farthest offsets
def test_the_first_and_last_weeks_are_shown(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], zone: str
) -> None:
    try:
        with monkeypatch.context() as m:
            m.setenv("TZ", zone)
            time.tzset()
            for week in ("0002-W01", "9998-W53"):
                assert main(["history", "--week", week, "--json"]) == 0
                assert json.loads(capsys.readouterr().out)["week"] == week
    finally:
        time.tzset()


# -- no display ------------------------------------------------------------------------------


def without_display() -> dict[str, str]:
    env = dict(os.environ)
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
@pytest.mark.parametrize("argv", [[], ["run", "--interval", "10s"], ["stats"]])
def test_no_display_is_said_plainly(argv: list[str]) -> None:
    done = subprocess.run([str(BACKBREAK), *argv], capture_output=True, text=True, timeout=60,
                          env=without_display())  # today: Qt aborts, exit 134
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines[0].startswith("backbreak: no graphical session was found")
    assert "history, export, import, routines, config check" in lines[1]
    assert "xcb" not in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
def test_the_commands_that_need_no_display_still_work_without_one(tmp_path: Path) -> None:
    env = without_display()
    for argv in (["history", "--json"], ["config", "check"],
                 ["export", "-o", str(tmp_path / "out.csv")]):
        done = subprocess.run([str(BACKBREAK), *argv], capture_output=True, text=True,
                              timeout=60, env=env)
        assert (argv, done.returncode, done.stderr) == (argv, 0, "")
    done = subprocess.run([str(BACKBREAK), "status"], capture_output=True, text=True,
                          timeout=60, env=env)
    assert done.returncode == 3  # not running: asked, and answered plainly


@pytest.mark.parametrize(("env", "missing"), [
    ({}, True),
    ({"DISPLAY": ":0"}, False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"DISPLAY": " "}, True),
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, False),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, False),
    ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":1"}, True),
])
def test_which_environments_have_a_display(env: dict[str, str], missing: bool) -> None:
    assert missing_display(env, "linux") is missing
    assert missing_display({}, "win32") is False
    assert missing_display({}, "darwin") is False
