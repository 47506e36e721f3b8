"""Time and peak memory of ``backbreak import``, each run as a whole process.

    python tests/bench/bench_import.py

Generates five years of history (100,000 rows), exports it as CSV and JSON with
``cmd_export``, and runs ``backbreak import FILE`` in a child process for each of:
the CSV into an empty store, the same again (every row a duplicate), the JSON into an empty
store, and files that must be refused: a 1 GB sparse file, a file of 60 MiB of zero bytes
(under the size limit, read until refused), a JSON document nested 100,000 levels deep, and
``/dev/zero``. For each it prints the exit code, the wall time and the child's peak resident
memory (``VmHWM``, read by the child itself as it ends), next to the same for ``backbreak
config check`` (the interpreter and the command line alone). Budgets: issue 5, the 100,000-row
CSV in under 10 s; issue 12, a refusal within a second and every import in a few tens of MB.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_history import generate

from backbreak.cli.history import cmd_export

BUDGET_S = 10.0
REFUSAL_BUDGET_S = 1.0


# The child runs the real command line, then reads its own VmHWM (peak resident set of this
# program since exec). Not ru_maxrss from wait4: Linux carries the parent's peak over a fork,
# so a child of this (large) benchmark process would report the benchmark's size.
CHILD = """
import sys
from backbreak.cli.main import main
out = sys.argv.pop(1)
sys.argv[0] = "backbreak"
code = main()
with open("/proc/self/status") as status, open(out, "w") as f:
    f.write(next(line for line in status if line.startswith("VmHWM:")).split()[1])
sys.exit(code)
"""


def run_child(args: list[str], home: Path) -> tuple[int, float, float]:
    """Exit code, wall seconds and peak resident MB of ``backbreak ARGS`` in a fresh process."""
    env = dict(os.environ)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        folder = home / var.lower()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[var] = str(folder)
    peak_file = home / "peak-kib"
    t0 = time.perf_counter()
    # -P: not the current folder first on the path (from the repository's root, the source
    # tree, without its built assets, would shadow the installed package).
    code = subprocess.run([sys.executable, "-P", "-c", CHILD, str(peak_file), *args], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    elapsed = time.perf_counter() - t0
    return code, elapsed, int(peak_file.read_text()) / 1024


def report(label: str, args: list[str], home: Path) -> tuple[int, float, float]:
    code, elapsed, peak = run_child(args, home)
    print(f"{label:<50} exit {code}  {elapsed:6.2f} s  {peak:6.1f} MB peak")
    return code, elapsed, peak


def refusal_files(root: Path) -> list[tuple[str, Path]]:
    sparse = root / "sparse.csv"
    with sparse.open("wb") as f:
        f.truncate(1024**3)
    zeros = root / "zeros.csv"
    with zeros.open("wb") as f:
        for _ in range(60):
            f.write(bytes(1024**2))
    deep = root / "deep.json"
    deep.write_text('{"format": "backbreak-history", "version": 1, "breaks": '
                    + "[" * 100_000 + "]" * 100_000 + "}\n", encoding="utf-8")
    return [("refused: 1 GB sparse file", sparse),
            ("refused: 60 MiB of zero bytes", zeros),
            ("refused: JSON nested 100,000 deep", deep),
            ("refused: /dev/zero", Path("/dev/zero"))]


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="backbreak-bench-") as tmp:
        root = Path(tmp)
        source = root / "source.sqlite3"
        rows, _ = generate(source)
        print(f"{rows} rows generated\n")
        failed = False
        report("config check (the interpreter and command line)", ["config", "check"], root / "v")
        for fmt in ("csv", "json"):
            exported = root / f"export.{fmt}"
            cmd_export(source, fmt, exported, io.StringIO())
            size = exported.stat().st_size / 1e6
            home = root / f"home-{fmt}"
            code, took, _ = report(f"import {fmt} into an empty store ({size:.1f} MB)",
                                   ["import", str(exported)], home)
            report(f"import {fmt} again (all duplicates)", ["import", str(exported)], home)
            first, again = io.StringIO(), io.StringIO()
            cmd_export(source, fmt, None, first)
            cmd_export(home / "xdg_data_home" / "backbreak" / "history.sqlite3", fmt, None, again)
            same = first.getvalue() == again.getvalue()
            print(f"{'re-export identical':<50} {'yes' if same else 'NO'}")
            failed |= code != 0 or not same or (fmt == "csv" and took > BUDGET_S)
        print()
        for label, path in refusal_files(root):
            code, took, _ = report(label, ["import", str(path)], root / "refused")
            failed |= code != 1 or took > REFUSAL_BUDGET_S
        print(f"\nbudgets: CSV import under {BUDGET_S:.0f} s, refusals exit 1 within "
              f"{REFUSAL_BUDGET_S:.0f} s: {'met' if not failed else 'NOT met'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
