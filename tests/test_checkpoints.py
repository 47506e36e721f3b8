"""A kill -9 during a walk or a stretch: the activity's progress is checkpointed on
its open row while it runs, and the next start closes the row where the last checkpoint left it.

The store part runs a real writer process on a real SQLite file and kills it with SIGKILL; the
app part drives the real controller with real widgets (offscreen) and reads the file back.
The same on the installed app in a real X session: tests/desktop/test_data_loss_desktop.py.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from app_rig import MONDAY_9, MakeRig
from pytestqt.qtbot import QtBot

from backbreak.app.checkpoints import PERIOD_ENV, ActivityCheckpoints, checkpoint_period_s
from backbreak.app.controller import OpenBreak
from backbreak.core.clock import FakeClock
from backbreak.core.history.log import HistoryLog
from backbreak.core.history.store import BreakRow, HistoryStore
from backbreak.core.model import Kind, Outcome, Progress, Source
from backbreak.core.settings import PainCheckin, Settings

T0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)

# A run of the app's store that shows a prompt, lets the user pick a walk instead of the
# offered stretch, checkpoints the walk twice, and is then killed (by the test) mid-walk.
WALKER = """
import sys, time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from backbreak.core.history.store import HistoryStore
from backbreak.core.model import Kind, Source
store = HistoryStore(Path(sys.argv[1]))
t0 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
row = store.open_prompt(t0, Kind.STRETCH, Source.SCHEDULED, "desk-reset")
store.checkpoint(row, at=t0 + timedelta(minutes=1), kind=Kind.WALK, routine="walk",
                 seconds_active=60)
store.checkpoint(row, at=t0 + timedelta(minutes=2), kind=Kind.WALK, routine="walk",
                 seconds_active=121, steps_done=0, steps_total=0)
print("checkpointed", flush=True)
time.sleep(120)
"""


def kill_after_checkpoint(path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", WALKER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline() == "checkpointed\n"
    finally:
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL


def test_a_killed_walk_is_closed_at_its_last_checkpoint(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    kill_after_checkpoint(path)
    assert path.with_name(path.name + "-wal").exists()  # killed: nothing was closed cleanly
    with HistoryStore(path) as store:  # the next start
        (open_row,) = store.all_rows()
        assert open_row.outcome is None  # the kill left it open, its progress saved
        assert store.close_open() == 1
        (row,) = store.all_rows()
    assert row.outcome is Outcome.DISMISSED  # the crash was not the user's answer
    assert row.ended_at == T0 + timedelta(minutes=2)  # the last checkpoint
    assert row.seconds_active == 121
    assert (row.kind, row.routine) == (Kind.WALK, "walk")  # what was under way, not the offer


def test_a_checkpoint_never_changes_an_answered_row(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "history.sqlite3") as store:
        row = store.open_prompt(T0, Kind.STRETCH, Source.TRAY, "desk-reset")
        store.checkpoint(
            row, at=T0 + timedelta(minutes=1), seconds_active=60, steps_done=2, steps_total=6
        )
        store.finish(
            row,
            ended_at=T0 + timedelta(minutes=3),
            outcome=Outcome.COMPLETED,
            seconds_active=170,
            steps_done=6,
            steps_total=6,
        )
        store.checkpoint(row, at=T0 + timedelta(minutes=4), seconds_active=999)  # a late one
        assert store.close_open() == 0
        (stored,) = store.all_rows()
    assert (stored.outcome, stored.seconds_active, stored.steps_done) == (
        Outcome.COMPLETED,
        170,
        6,
    )
    assert stored.ended_at == T0 + timedelta(minutes=3)


def test_a_prompt_without_a_checkpoint_is_closed_as_before(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        store.open_prompt(T0, Kind.STRETCH, Source.SCHEDULED, "desk-reset")
    with HistoryStore(path) as store:
        assert store.close_open() == 1
        (row,) = store.all_rows()
    assert (row.outcome, row.ended_at, row.seconds_active) == (Outcome.DISMISSED, None, 0)


def test_the_period_is_a_minute_unless_a_test_sets_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PERIOD_ENV, raising=False)
    assert checkpoint_period_s() == 60.0
    monkeypatch.setenv(PERIOD_ENV, "0.5")
    assert checkpoint_period_s() == 0.5
    for bad in ("0", "-1", "nan", "soon", "1e9"):
        monkeypatch.setenv(PERIOD_ENV, bad)
        assert checkpoint_period_s() == 60.0, bad


def rows_of(path: Path) -> list[BreakRow]:
    with HistoryStore(path) as store:
        return store.all_rows()


def test_checkpoints_run_only_while_an_activity_is_open(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PERIOD_ENV, "0.1")
    path = tmp_path / "history.sqlite3"
    history = HistoryLog(path, lambda text: None)
    clock = FakeClock(T0)
    checkpoints = ActivityCheckpoints(history, clock)
    assert not checkpoints.running  # no activity: no timer, no wake-ups

    walk = OpenBreak(
        history.open_prompt(T0, Kind.WALK, Source.CLI, "walk"), Kind.WALK, "walk", Source.CLI
    )
    walked = [0]
    checkpoints.start(walk, lambda: Progress(walked[0]))
    assert checkpoints.running
    walked[0] = 42
    clock.advance(42)
    qtbot.waitUntil(lambda: rows_of(path)[0].seconds_active == 42, timeout=5000)
    assert rows_of(path)[0].ended_at == T0 + timedelta(seconds=42)
    checkpoints.stop()
    assert not checkpoints.running
    history.close()


def test_the_app_checkpoints_a_walk_and_a_stretch_while_they_run(
    make_rig: MakeRig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PERIOD_ENV, "0.1")
    # No pain check-in: the steps (and their seconds) start at once.
    rig = make_rig(Settings(notice_ahead_s=30, pain_checkin=PainCheckin.OFF))
    checkpoints = rig.c.findChild(ActivityCheckpoints)
    assert checkpoints is not None and not checkpoints.running
    try:
        rig.c.start_walk(Source.TRAY)
        walk = rig.c.walk
        assert walk is not None and checkpoints.running
        for _ in range(75):  # the card's own one-second ticks
            walk.tick()
        rig.clock.advance(75)
        qtbot.waitUntil(lambda: rig.rows()[-1].seconds_active == 75, timeout=5000)
        (row,) = rig.rows()
        assert row.outcome is None and row.ended_at == MONDAY_9 + timedelta(seconds=75)
        walk.back()
        assert not checkpoints.running  # the walk ended: the timer stopped with it
        assert rig.rows()[-1].outcome is Outcome.PARTIAL

        rig.c.start_stretch(None, Source.CLI)
        player = rig.c.player
        assert player is not None and checkpoints.running
        while player.steps_done == 0 and player.seconds < 600:  # the first step runs out
            player.tick()
        assert player.steps_done == 1
        qtbot.waitUntil(lambda: rig.rows()[-1].steps_done == 1, timeout=5000)
        stretch = rig.rows()[-1]
        assert stretch.outcome is None and stretch.kind is Kind.STRETCH
        assert stretch.seconds_active == player.seconds > 0
        assert stretch.steps_total == player.step_count
    finally:
        rig.stop()
    assert not checkpoints.running
