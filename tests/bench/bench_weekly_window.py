"""Time the weekly window from the click to its first paint, on five years of history.

    python tests/bench/bench_weekly_window.py [--runs 5]

Generates about 100,000 rows (generate_history.py), then, in one offscreen Qt process, times
what a click on "Weekly history…" does: build the window over the real store (first run) or
re-show it for another week (later runs), until its first paint event has been handled.
Budget from issue 5: painted within 300 ms of the click.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_history import generate
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from backbreak.core.history.store import HistoryStore
from backbreak.core.history.week_source import StoreWeekSource
from backbreak.core.history.weekly import week_of
from backbreak.ui.weekly.window import WeeklyWindow

BUDGET_S = 0.3


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def until_painted(app: QApplication, window: WeeklyWindow, week: str) -> float:
    probe = FirstPaint()
    window.installEventFilter(probe)
    t0 = time.perf_counter()
    window.show_week(week)
    window.show()
    window.repaint()
    while not probe.painted:
        app.processEvents()
    elapsed = time.perf_counter() - t0
    window.removeEventFilter(probe)
    window.hide()
    return elapsed


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=5)
    a = p.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="backbreak-bench-") as tmp:
        path = Path(tmp) / "history.sqlite3"
        today = date.today()
        rows, _spans = generate(path, years=5, rows=100_000, last=today)
        print(f"generated {rows} break rows")
        store = HistoryStore(path)
        source = StoreWeekSource(store, lambda: 20, lambda: datetime.now(UTC))
        t0 = time.perf_counter()
        window = WeeklyWindow(source)
        until_painted(app, window, week_of(today))
        first = time.perf_counter() - t0
        print(f"first open (build + this week + 12-week trend + paint): {first * 1000:.0f} ms")
        times = []
        for i in range(a.runs):
            week = week_of(today - timedelta(weeks=37 * (i + 1)))
            times.append(until_painted(app, window, week))
        print(
            f"later opens, another week each: min {min(times) * 1000:.0f} ms, median "
            f"{statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms"
        )
        worst = max(first, *times)
        verdict = "within" if worst < BUDGET_S else "OVER"
        print(f"slowest: {worst * 1000:.0f} ms, {verdict} the {BUDGET_S * 1000:.0f} ms budget")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
