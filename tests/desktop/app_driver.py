"""Driving the installed app from a desktop test: its command line, its files, its prompt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from backbreak.core.history.store import BreakRow, HistoryStore

PROMPT_WINDOW = "^backbreak: time to stand up$"


def installed_backbreak() -> str:
    """The console script next to this Python (the installed wheel), else the one on PATH."""
    return shutil.which("backbreak", path=str(Path(sys.executable).parent)) or "backbreak"


def cli(session: Any, *args: str) -> subprocess.CompletedProcess[str]:
    """``backbreak ARGS`` as a user types it, in the session's environment."""
    return subprocess.run(
        [installed_backbreak(), *args],
        env=dict(session),
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )


def start_app(session: Any, *args: str) -> subprocess.Popen[bytes]:
    """``backbreak run --anytime ARGS``, once its control socket answers."""
    app: subprocess.Popen[bytes] = session.run_app(["run", "--anytime", *args])
    session.wait_until(
        lambda: cli(session, "status").returncode == 0 or app.poll() is not None,
        timeout=20,
        what="the control socket to answer",
    )
    assert app.poll() is None, f"the app exited with {app.returncode}\n{session.logs()}"
    return app


def write_config(session: Any, text: str) -> Path:
    """``config.toml`` in the session's config folder (read by the next start)."""
    path = Path(session.config_home) / "backbreak" / "config.toml"
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


NO_PAIN_CHECKIN = '[routines]\npain_checkin = "off"\n'
"""For tests about something else: the guided stretch starts on its steps."""


def history_file(session: Any) -> Path:
    return Path(session.data_home) / "backbreak" / "history.sqlite3"


def history_rows(session: Any) -> list[BreakRow]:
    with HistoryStore(history_file(session)) as store:
        now = datetime.now(UTC)
        return store.rows_between(now - timedelta(days=1), now + timedelta(days=1))
