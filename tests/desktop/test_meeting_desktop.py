"""The meeting guard in the installed app: a real PulseAudio server in the session and a real
recording client (``parecord``); the break waits, says why, and comes once the call ends. A user
who listens in the call without touching keyboard or mouse is present, not away."""

from __future__ import annotations

import json
import shutil
from typing import Any

import pytest
from app_driver import PROMPT_WINDOW, cli, start_app, write_config

from backbreak.platform.idle import X11ScreenSaverIdle

pytestmark = pytest.mark.desktop


def _status(session: Any) -> dict[str, Any]:
    done = cli(session, "status", "--json")
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.fixture
def pulse(x_session: Any) -> str:
    for tool in ("pulseaudio", "parecord", "pactl"):
        if shutil.which(tool) is None:
            from conftest import unavailable

            unavailable(f"{tool} is missing (Debian: pulseaudio pulseaudio-utils)")
    socket = x_session.tmp / "pulse" / "native"
    socket.parent.mkdir()
    x_session["PULSE_RUNTIME_PATH"] = str(socket.parent)
    x_session.start(
        "pulseaudio",
        [
            "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disable-shm",
            "-L", f"module-native-protocol-unix socket={socket} auth-anonymous=1",
            "-L", "module-null-source source_name=mic",
            "-L", "module-null-sink sink_name=speakers",
        ],
    )  # fmt: skip
    x_session["PULSE_SERVER"] = f"unix:{socket}"
    x_session.wait_until(
        lambda: x_session.x("pactl", "info").returncode == 0,
        timeout=15,
        what="the PulseAudio server",
    )
    return str(socket)


def test_a_break_waits_for_a_call_on_the_microphone_and_comes_after_it(
    x_session: Any, pulse: str
) -> None:
    recording = x_session.start("parecord", ["parecord", "--device=mic", "/dev/null"])
    x_session.wait_until(
        lambda: x_session.x("pactl", "list", "short", "source-outputs").stdout.strip(),
        timeout=15,
        what="the recording stream",
    )
    app = start_app(x_session, "--interval", "5s")
    x_session.wait_until(
        lambda: _status(x_session)["state"] == "waiting-meeting",
        timeout=30,
        what="the break to wait for the call",
    )
    status = _status(x_session)
    assert status["waiting_reason"] == "microphone" and status["meeting_guard"] == "on"
    assert not x_session.window_mapped(PROMPT_WINDOW)
    assert not [c for c in x_session.notify_calls() if c.summary == "Time to stand up"]

    recording.terminate()
    recording.wait(timeout=10)
    x_session.wait_until(
        lambda: x_session.window_mapped(PROMPT_WINDOW), timeout=30, what="the prompt after the call"
    )
    calls = [c for c in x_session.notify_calls() if c.summary == "Time to stand up"]
    assert calls and "through a call" in calls[-1].body, calls
    assert _status(x_session)["state"] == "prompting"
    assert cli(x_session, "quit").returncode == 0
    assert app.wait(timeout=10) == 0


NATURAL_BREAK_S = 60  # the shortest natural break the settings allow


def test_a_user_still_through_a_call_before_the_break_is_due_is_not_away(
    x_session: Any, pulse: str
) -> None:
    """No input at all while the microphone records, for longer than a natural break before
    the break is due: the app looks for a call when the stillness would count as away, sees
    it, and keeps counting sitting; the break after the call says it was sat through."""
    write_config(
        x_session, f'[breaks]\nnatural_break = "{NATURAL_BREAK_S}s"\nnotice_ahead = "1s"\n'
    )
    recording = x_session.start("parecord", ["parecord", "--device=mic", "/dev/null"])
    x_session.wait_until(
        lambda: x_session.x("pactl", "list", "short", "source-outputs").stdout.strip(),
        timeout=15,
        what="the recording stream",
    )
    # Idle samples come every 30 s: the one after a minute of stillness (60 s or 90 s in)
    # would make the user away, well before the break is due at 100 s.
    app = start_app(x_session, "--interval", "100s")
    seen: dict[str, Any] = {}

    def settled() -> bool:
        seen.update(_status(x_session))
        return seen["state"] == "waiting-meeting" or seen["detail"] == "away"

    x_session.wait_until(settled, timeout=180, what="the break to wait, or the user to be away")
    assert seen["detail"] != "away", seen  # listening in a call is not being away
    assert seen["state"] == "waiting-meeting" and seen["waiting_reason"] == "microphone"
    assert seen["sitting_seconds"] >= 99
    idle = X11ScreenSaverIdle(x_session.display)
    try:
        still = idle.idle_seconds()
    finally:
        idle.close()
    assert still is not None and still >= NATURAL_BREAK_S  # no input came meanwhile

    recording.terminate()
    recording.wait(timeout=10)
    x_session.wait_until(
        lambda: x_session.window_mapped(PROMPT_WINDOW), timeout=30, what="the prompt after the call"
    )
    calls = [c for c in x_session.notify_calls() if c.summary == "Time to stand up"]
    assert calls and "through a call" in calls[-1].body, calls
    assert cli(x_session, "quit").returncode == 0
    assert app.wait(timeout=10) == 0
