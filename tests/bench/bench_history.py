"""Time ``python -m backbreak history --json --week W`` as a whole process on 5 years of history.

    python tests/bench/bench_history.py [--runs 5]

Generates about 100,000 rows (tests/bench/generate_history.py) into a temporary XDG data
folder, then runs the real command for several weeks (oldest, middle, newest, and an empty week
far in the future) and prints min / median / max wall time per week, plus the same work done
in-process for comparison. Budget from issue 5: under 0.5 s per process. Warm cache: each
command is run once before timing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_history import generate

from backbreak.core.history.store import HistoryStore
from backbreak.core.history.weekly import week_of, week_stats
from backbreak.core.settings import Settings

BUDGET_S = 0.5


def timed_run(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=5)
    a = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="backbreak-bench-") as tmp:
        root = Path(tmp)
        env = dict(os.environ, XDG_DATA_HOME=str(root / "data"),
                   XDG_CONFIG_HOME=str(root / "config"), XDG_STATE_HOME=str(root / "state"),
                   QT_QPA_PLATFORM="offscreen")
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        store_path = root / "data" / "backbreak" / "history.sqlite3"
        today = date.today()
        t0 = time.perf_counter()
        rows, spans = generate(store_path, years=5, rows=100_000, last=today)
        print(f"generated {rows} break rows and {spans} sitting spans "
              f"in {time.perf_counter() - t0:.2f} s ({store_path.stat().st_size / 1e6:.1f} MB)")
        weeks = {
            "oldest": week_of(today - timedelta(days=5 * 365)),
            "middle": week_of(today - timedelta(days=900)),
            "this week": week_of(today),
            "empty (future)": week_of(today + timedelta(days=400)),
        }
        base = [sys.executable, "-m", "backbreak", "history", "--json", "--week"]
        baseline = [timed_run([sys.executable, "-c", "pass"], env) for _ in range(a.runs)]
        print(f"\npython -c pass (interpreter start-up): median "
              f"{statistics.median(baseline) * 1000:.0f} ms")
        print(f"\n{'week':<16}{'':<10}  min     median  max     (python -m backbreak history "
              f"--json --week W, {a.runs} runs)")
        worst = 0.0
        for label, week in weeks.items():
            timed_run([*base, week], env)  # warm-up
            times = [timed_run([*base, week], env) for _ in range(a.runs)]
            worst = max(worst, max(times))
            print(f"{label:<16}{week:<10}  {min(times) * 1000:5.0f} ms "
                  f"{statistics.median(times) * 1000:5.0f} ms {max(times) * 1000:5.0f} ms")
        print("\nin-process week_stats (open store + stats, no interpreter start-up):")
        for label, week in weeks.items():
            times = []
            for _ in range(a.runs):
                t = time.perf_counter()
                with HistoryStore(store_path) as store:
                    week_stats(store, week, None, Settings().goal_walk_minutes, today)
                times.append(time.perf_counter() - t)
            print(f"{label:<16}{week:<10}  median {statistics.median(times) * 1000:6.1f} ms")
        verdict = "within" if worst < BUDGET_S else "OVER"
        print(f"\nslowest process run: {worst * 1000:.0f} ms, {verdict} the {BUDGET_S} s budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
