"""The benchmark generator stays runnable: a small history, checked through the real stats."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from backbreak.core.history.store import HistoryStore
from backbreak.core.history.weekly import week_stats

sys.path.insert(0, str(Path(__file__).resolve().parent / "bench"))

from generate_history import generate


def test_generator_fills_a_store_that_the_stats_can_read(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    rows, spans = generate(path, years=1, rows=2000, seed=7, last=date(2026, 11, 20))
    assert (rows, spans) == (2000, 2000)
    with HistoryStore(path) as store:
        ws = week_stats(store, "2026-W20", None, 20, date(2026, 11, 20))
        # 2000 rows over the ~260 workdays of a year: 7 or 8 per workday, none at weekends.
        per_day = [d.due + d.natural for d in ws.days]
        assert all(d.longest_sitting_minutes > 0 for d in ws.days[:5])
        assert all(n > 0 for n in per_day[:5]) and per_day[5:] == [0, 0]
        assert ws.totals.taken > 0
    # Same seed, same history: the benchmark is repeatable.
    generate(tmp_path / "again.sqlite3", years=1, rows=2000, seed=7, last=date(2026, 11, 20))
    with HistoryStore(path) as a, HistoryStore(tmp_path / "again.sqlite3") as b:
        assert [r.started_at for r in a.all_rows()] == [r.started_at for r in b.all_rows()]
