"""On the installed app in a real X session: no break is lost to a kill -9 during an
activity, nor to a data folder that could not be written (with an earlier run's -wal/-shm
beside the history).
"""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path
from typing import Any

import pytest
from app_driver import NO_PAIN_CHECKIN, cli, history_file, start_app, write_config
from read_only import ReadOnlyFolder, leave_wal_behind

from backbreak.app.checkpoints import PERIOD_ENV

pytestmark = pytest.mark.desktop


def quit_app(session: Any, app: subprocess.Popen[bytes]) -> None:
    done = cli(session, "quit")
    assert done.returncode == 0, done.stderr
    assert app.wait(timeout=10) == 0


def exported(session: Any) -> list[dict[str, Any]]:
    done = cli(session, "export", "--format", "json")
    assert done.returncode == 0, done.stderr
    breaks: list[dict[str, Any]] = json.loads(done.stdout)["breaks"]
    return breaks


def outcomes(rows: list[dict[str, Any]]) -> list[str]:
    return sorted(r["outcome"] for r in rows)


def state_folder(session: Any) -> Path:
    return Path(session["XDG_STATE_HOME"]) / "backbreak"


def log_text(session: Any) -> str:
    path = state_folder(session) / "log" / "backbreak.log"
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def history_status(session: Any) -> str:
    done = cli(session, "status", "--json")
    assert done.returncode == 0, done.stderr
    text: str = json.loads(done.stdout)["history"]
    return text


@pytest.mark.parametrize("activity", ["walk", "stretch"])
def test_kill_9_during_an_activity_keeps_what_was_done(x_session: Any, activity: str) -> None:
    x_session[PERIOD_ENV] = "1"  # a checkpoint every second instead of every minute
    write_config(x_session, NO_PAIN_CHECKIN)  # the steps' seconds count from the start
    app = start_app(x_session)
    assert cli(x_session, activity).returncode == 0

    def checkpointed() -> bool:
        rows = exported(x_session)
        return len(rows) == 1 and rows[0]["ended_at"] is not None and rows[0]["seconds_active"] >= 3

    x_session.wait_until(checkpointed, timeout=20, what=f"a checkpoint with 3 s of the {activity}")
    (running,) = exported(x_session)
    assert running["outcome"] is None  # still under way
    app.send_signal(signal.SIGKILL)
    assert app.wait(timeout=10) == -signal.SIGKILL

    app = start_app(x_session)  # the next start closes the row at its last checkpoint
    (row,) = exported(x_session)
    assert (row["kind"], row["outcome"]) == (activity, "dismissed")
    assert row["ended_at"] is not None and row["ended_at"] >= running["ended_at"]
    assert row["seconds_active"] >= running["seconds_active"] >= 3
    if activity == "stretch":
        assert row["steps_total"] > 0
    quit_app(x_session, app)


def test_a_read_only_data_folder_with_leftovers_loses_no_break(x_session: Any) -> None:
    path = history_file(x_session)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    recovery = state_folder(x_session) / "history-recovery.jsonl"
    ro = ReadOnlyFolder(path.parent)
    ro.setup()
    try:
        # 1. Read-only at start, leftovers beside the file; then the folder becomes writable.
        leave_wal_behind(path)
        ro.lock()
        app = start_app(x_session)
        for _ in range(2):
            assert cli(x_session, "stretch").returncode == 0
            assert cli(x_session, "skip").returncode == 0
        assert "writes waiting" in history_status(x_session)
        ro.unlock()
        assert cli(x_session, "walk").returncode == 0  # the next write takes the held ones along
        assert cli(x_session, "skip").returncode == 0
        assert "waiting" not in history_status(x_session)
        assert outcomes(exported(x_session)) == ["completed"] + ["skipped"] * 3
        quit_app(x_session, app)
        assert not recovery.exists()

        # 2. Read-only again (an earlier run's leftovers again) and quit before it is writable.
        leave_wal_behind(path)
        ro.lock()
        app = start_app(x_session)
        for _ in range(2):
            assert cli(x_session, "walk").returncode == 0
            assert cli(x_session, "skip").returncode == 0
        quit_app(x_session, app)
        assert oct(recovery.stat().st_mode & 0o777) == oct(0o600)
        assert f"saved to {recovery}, which the next start imports" in log_text(x_session)
        ro.unlock()
        app = start_app(x_session)
        assert not recovery.exists()
        assert f"from {recovery} into {path}; the file was removed" in log_text(x_session)
        rows = exported(x_session)
        assert outcomes(rows) == ["completed"] * 2 + ["skipped"] * 5
        assert sorted(r["kind"] for r in rows).count("walk") == 2 + 1 + 2
        quit_app(x_session, app)
    finally:
        ro.teardown()
