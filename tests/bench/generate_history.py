"""Generate five years of history (about 100,000 break rows plus sitting spans) into a store.

    python tests/bench/generate_history.py OUT.sqlite3 [--years 5] [--rows 100000] [--seed 1]

Workdays (Monday to Friday, 08:00-18:00 Europe/Berlin, so DST changes are included) get an
event every few minutes: a realistic user makes 15-25 a day, so 100,000 rows over five years is
a deliberate stress figure, as issue 5 asks. Outcomes are mixed (taken, skipped, snoozed,
dismissed, natural), and each gap between events is stored as a sitting span.
Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from backbreak.core.history.store import BreakRow, HistoryStore
from backbreak.core.model import Kind, Outcome, Source

ZONE = ZoneInfo("Europe/Berlin")
ROUTINES = ("desk-basic", "neck-and-shoulders", "hips", "lower-back", "wrists")
# (weight, outcome) for prompts; naturals are drawn separately.
OUTCOMES = ((40, Outcome.COMPLETED), (15, Outcome.PARTIAL), (15, Outcome.SKIPPED),
            (12, Outcome.SNOOZED), (5, Outcome.DISMISSED))


def workdays(last: date, years: int) -> list[date]:
    first = last - timedelta(days=round(365.25 * years))
    days = []
    d = first
    while d <= last:
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    return days


def events(days: list[date], rows: int, seed: int
           ) -> Iterator[tuple[BreakRow, tuple[datetime, datetime]]]:
    """Yield (row, sitting span before it) for ``rows`` rows spread evenly over ``days``."""
    rng = random.Random(seed)
    per_day, extra = divmod(rows, len(days))
    weights = [w for w, _ in OUTCOMES]
    outcomes = [o for _, o in OUTCOMES]
    for i, d in enumerate(days):
        n = per_day + (1 if i < extra else 0)
        day_start = datetime(d.year, d.month, d.day, 8, tzinfo=ZONE).astimezone(UTC)
        step = timedelta(hours=10) / max(n, 1)
        t = day_start
        for _ in range(n):
            sat_from = t
            t += step * rng.uniform(0.6, 1.0)
            span = (sat_from, t)
            if rng.random() < 0.15:
                away = rng.randint(300, 1800)
                row = BreakRow(None, t, t + timedelta(seconds=away), Kind.NATURAL, None,
                               Outcome.NATURAL, away, Source.IDLE)
            else:
                outcome = rng.choices(outcomes, weights)[0]
                kind = Kind.STRETCH if rng.random() < 0.6 else Kind.WALK
                taken = outcome in (Outcome.COMPLETED, Outcome.PARTIAL)
                active = rng.randint(60, 600) if taken else 0
                source = Source.SCHEDULED if rng.random() < 0.85 else Source.TRAY
                routine = rng.choice(ROUTINES) if kind is Kind.STRETCH else "walk"
                row = BreakRow(None, t, t + timedelta(seconds=max(active, 20)), kind, routine,
                               outcome, active, source, 5 if taken else 0, 5)
            yield row, span
            t = (row.ended_at or t) + timedelta(seconds=1)


def generate(path: Path, years: int = 5, rows: int = 100_000, seed: int = 1,
             last: date | None = None) -> tuple[int, int]:
    """Fill the store at ``path``; return (break rows added, sitting spans added)."""
    days = workdays(last or date.today(), years)
    pairs = list(events(days, rows, seed))
    with HistoryStore(path) as store:
        added, _dupes = store.add_rows(r for r, _ in pairs)
        spans = store.add_sitting_spans(s for _, s in pairs)
    return added, spans


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out", type=Path)
    p.add_argument("--years", type=int, default=5)
    p.add_argument("--rows", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    t0 = time.perf_counter()
    added, spans = generate(a.out, a.years, a.rows, a.seed)
    print(f"{a.out}: {added} break rows, {spans} sitting spans in "
          f"{time.perf_counter() - t0:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
