"""Kill -9 while the history is being written: the file stays sound, no committed row is lost.

Slow tier, 200 kills:
``BACKBREAK_SLOW=1 pytest -m slow tests/test_store_kill.py``.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("BACKBREAK_SLOW") != "1",
                       reason="slow fault-injection tier: set BACKBREAK_SLOW=1 to run"),
    pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL"),
]

WRITER = """
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from backbreak.core.model import Kind, Outcome, Source
from backbreak.core.history.store import HistoryStore
store = HistoryStore(Path(sys.argv[1]))
base = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=int(sys.argv[2]))
for i in range(100000):
    t = base + timedelta(seconds=i)
    row_id = store.open_prompt(t, Kind.STRETCH, Source.SCHEDULED, "r")
    print("open", row_id, flush=True)
    store.finish(row_id, ended_at=t, outcome=Outcome.COMPLETED, seconds_active=i)
    print("done", row_id, flush=True)
    store.add_sitting(t, t)
"""

IMPORTER = """
import sys
from pathlib import Path
from backbreak.core.history.exchange import import_file
from backbreak.core.history.store import HistoryStore
store = HistoryStore(Path(sys.argv[1]))
print("start", flush=True)
result = import_file(store, Path(sys.argv[2]))
print("imported", result.added, flush=True)
"""


def check_sound(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return conn


def note(line: str, opened: set[int], done: set[int]) -> None:
    """Record a row the writer reported; a line the kill cut short reports nothing."""
    words = line.split()
    if line.endswith("\n") and len(words) == 2:
        (opened if words[0] == "open" else done).add(int(words[1]))


def test_kill_while_prompts_are_answered(tmp_path: Path) -> None:
    rng = random.Random(2026)
    path = tmp_path / "history.sqlite3"
    opened: set[int] = set()
    done: set[int] = set()
    for run in range(150):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(run)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        for _ in range(rng.randint(1, 40)):  # kill after a random number of commits
            line = proc.stdout.readline()
            if not line:
                break
            note(line, opened, done)
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate()
        for text in rest.splitlines(keepends=True):  # committed before the kill landed
            note(text, opened, done)
        conn = check_sound(path)
        rows = dict(conn.execute("SELECT id, outcome FROM breaks").fetchall())
        conn.close()
        assert opened <= rows.keys()
        assert all(rows[i] == "completed" for i in done)


def test_kill_during_a_large_import_is_all_or_nothing(tmp_path: Path) -> None:
    rng = random.Random(7)
    csv_path = tmp_path / "big.csv"
    lines = ["started_at,ended_at,kind,routine,outcome,seconds_active,source"]
    lines += [f"2025-01-01T00:00:{i % 60:02d}.{i:06d}+00:00,,walk,,skipped,0,tray"
              for i in range(20000)]
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # How long one whole import takes on this machine now (a shared machine may be slow), so
    # that the kills below land before, during and after the commit whatever the load.
    whole = subprocess.Popen([sys.executable, "-c", IMPORTER, str(tmp_path / "whole.sqlite3"),
                              str(csv_path)], stdout=subprocess.PIPE, text=True)
    assert whole.stdout is not None and whole.stdout.readline().strip() == "start"
    began = time.monotonic()
    assert "imported" in whole.communicate()[0]
    window = 1.5 * (time.monotonic() - began)
    outcomes = set()
    for run in range(50):
        path = tmp_path / f"h{run}.sqlite3"
        proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(path), str(csv_path)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "start"
        try:  # a random moment inside the parse/insert/commit of 20,000 rows
            proc.wait(timeout=rng.uniform(0.0, window))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        conn = check_sound(path)
        count = conn.execute("SELECT count(*) FROM breaks").fetchone()[0]
        conn.close()
        if "imported" in out:
            assert count == 20000
        assert count in (0, 20000)
        outcomes.add(count)
    assert outcomes == {0, 20000}, "the kills should have landed both before and after commit"
