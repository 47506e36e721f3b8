"""Time export and import of the 100,000-row CSV (and JSON) through the real handlers.

    python tests/bench/bench_import.py

Generates five years of history, exports it with ``cmd_export``, imports the file into an
empty store with ``cmd_import`` (one transaction), then imports it again (every row a
duplicate), and checks that the re-export is identical. Budget from issue 5: import of the
100,000-row CSV under 10 s.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_history import generate

from backbreak.cli.history import cmd_export, cmd_import

BUDGET_S = 10.0


def timed(label: str, fn: Callable[..., int], *args: object) -> float:
    t0 = time.perf_counter()
    code = fn(*args)
    elapsed = time.perf_counter() - t0
    if code != 0:
        raise SystemExit(f"{label}: exit code {code}")
    print(f"{label:<44}{elapsed:7.2f} s")
    return elapsed


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="backbreak-bench-") as tmp:
        root = Path(tmp)
        source = root / "source.sqlite3"
        rows, _ = generate(source)
        print(f"{rows} rows generated\n")
        worst = 0.0
        for fmt in ("csv", "json"):
            exported = root / f"export.{fmt}"
            target = root / f"imported-{fmt}.sqlite3"
            out, err = io.StringIO(), io.StringIO()
            timed(f"export {fmt} ({rows} rows)", cmd_export, source, fmt, exported, out)
            size = exported.stat().st_size / 1e6
            took = timed(f"import {fmt} into an empty store ({size:.1f} MB)",
                         cmd_import, target, exported, out, err)
            timed(f"import {fmt} again (all duplicates)",
                  cmd_import, target, exported, out, err)
            if fmt == "csv":
                worst = took
            first, again = io.StringIO(), io.StringIO()
            cmd_export(source, fmt, None, first)
            cmd_export(target, fmt, None, again)
            same = first.getvalue() == again.getvalue()
            print(f"{'re-export identical':<44}{'yes' if same else 'NO':>9}\n")
            if not same:
                return 1
        verdict = "within" if worst < BUDGET_S else "OVER"
        print(f"CSV import: {worst:.2f} s, {verdict} the {BUDGET_S:.0f} s budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
