"""Mutation check: each hand-made mutant in ``mutants.py`` must make at least one test fail.

    python tests/mutation/run.py                    # every mutant, against the tests it names
    python tests/mutation/run.py --all              # every mutant, against the offscreen suite
    python tests/mutation/run.py policy.return-at-threshold weekly.ratio-2-places
    python tests/mutation/run.py --list             # the catalogue, without running anything

Run it from the environment that has backbreak installed in editable mode
(``pip install -e '.[test]'``: the copy's assets and translations are found through it), in a
git checkout. The working tree (what git tracks or would add) is copied to a temporary folder
once; each mutant changes one file there, the tests run with that copy first on the import
path, and the file is put back. A mutant is *killed* when at least one test fails (a test run
that hangs past ``--timeout`` counts as killed and is marked so); a *survivor* is a change no
test notices. Before any mutant, the named tests must pass on the unchanged copy.

Exit status: 0 when every mutant was killed; 1 when one survived, no longer applies (its
snippet is not in the file exactly once: update the catalogue after editing that code; this
is checked for every chosen mutant before any test runs), or the unchanged copy fails. The
default ``pytest`` run runs no mutant; ``tests/test_mutation_catalogue.py`` checks there that
every snippet still applies.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutants import MUTANTS, Mutant

ROOT = Path(__file__).resolve().parents[2]
_FAILED = re.compile(r"^(?:FAILED|ERROR) (.+?)(?: - .*)?$")


@dataclass
class Result:
    mutant: Mutant
    status: str  # "killed", "killed (timeout)", "SURVIVED", "NOT APPLIED", "BROKEN"
    killers: list[str]
    seconds: float
    detail: str = ""  # why it did not apply, or the end of a broken run's output


def make_copy(into: Path) -> Path:
    """The working tree's files (tracked, and new ones git does not ignore) under ``into``."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():  # a file deleted but not yet committed is skipped
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / name)
    return into


def environment(copy: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(copy), env.get("PYTHONPATH", "")]).rstrip(
        os.pathsep
    )
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # a restored file must never meet a mutant's .pyc
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def pytest_run(
    copy: Path, tests: list[str], timeout: float
) -> tuple[int | None, list[str], str]:
    """(exit code or None on timeout, failing test ids, output tail)."""
    argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
            "-rfE", "--ignore=tests/desktop", *tests]
    try:
        done = subprocess.run(argv, cwd=copy, env=environment(copy), capture_output=True,
                              text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None, [], ""
    failed = [m.group(1) for line in done.stdout.splitlines() if (m := _FAILED.match(line))]
    return done.returncode, failed, (done.stdout + done.stderr)[-3000:]


def check_copy_is_imported(copy: Path) -> None:
    """The copy's code is what the tests import; its data (assets, translations) comes through
    the editable install's mapping, as the package's own folders do."""
    probe = (
        "import backbreak.core.policy.machine as m; from importlib.resources import files; "
        "print(m.__file__); print(files('backbreak.assets'))"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=copy, env=environment(copy),
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"the copy does not import (install with pip install -e '.[test]'):\n"
                 f"{done.stderr}")
    code = done.stdout.splitlines()[0]
    if not Path(code).resolve().is_relative_to(copy.resolve()):
        sys.exit(f"the copy is not what gets imported ({code}); is PYTHONPATH overridden?")


def stale(mutants: list[Mutant], root: Path = ROOT) -> list[str]:
    """One line per mutant whose snippet does not occur exactly once in its file."""
    found = []
    for m in mutants:
        target = root / m.path
        count = target.read_text(encoding="utf-8").count(m.old) if target.is_file() else 0
        if count != 1:
            found.append(f"NOT APPLIED  {m.name}: its snippet occurs {count} times in {m.path}")
    return found


def run_mutant(copy: Path, mutant: Mutant, tests: list[str], timeout: float) -> Result:
    target = copy / mutant.path
    original = target.read_text(encoding="utf-8")
    if original.count(mutant.old) != 1:
        found = original.count(mutant.old)
        return Result(mutant, "NOT APPLIED", [], 0, f"the snippet occurs {found} times")
    target.write_text(original.replace(mutant.old, mutant.new), encoding="utf-8")
    started = time.monotonic()
    try:
        code, failed, tail = pytest_run(copy, tests, timeout)
    finally:
        target.write_text(original, encoding="utf-8")
    seconds = time.monotonic() - started
    if code is None:
        return Result(mutant, "killed (timeout)", [], seconds)
    if code == 0:
        return Result(mutant, "SURVIVED", [], seconds)
    if code == 1 and failed:
        return Result(mutant, "killed", failed, seconds)
    return Result(mutant, "BROKEN", failed, seconds, f"pytest exit {code}\n{tail}")


def short(test_id: str) -> str:
    return test_id.removeprefix("tests/")


def table(results: list[Result]) -> str:
    lines = ["| mutant | change | result | killed by |", "|---|---|---|---|"]
    for r in results:
        killers = ", ".join(short(k) for k in r.killers[:4])
        if len(r.killers) > 4:
            killers += f", and {len(r.killers) - 4} more"
        lines.append(f"| `{r.mutant.name}` | {r.mutant.what} | {r.status} | {killers} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="run only these mutants (default: all)")
    parser.add_argument("--all", action="store_true",
                        help="run the whole offscreen suite against each mutant")
    parser.add_argument("--list", action="store_true", help="print the catalogue and stop")
    parser.add_argument("--timeout", type=float, default=300.0,
                        help="seconds before a mutant's test run counts as hung (default 300)")
    args = parser.parse_args(argv)

    unknown = set(args.names) - {m.name for m in MUTANTS}
    if unknown:
        parser.error(f"no such mutant: {', '.join(sorted(unknown))}")
    chosen = [m for m in MUTANTS if not args.names or m.name in args.names]
    if args.list:
        for m in chosen:
            print(f"{m.name:44} {m.path}: {m.what}\n{'':44} tests: {' '.join(m.tests)}")
        return 0

    not_applied = stale(chosen)
    if not_applied:  # before minutes of test runs: a stale snippet would test nothing
        print("\n".join(not_applied), file=sys.stderr)
        print("update the snippets in tests/mutation/mutants.py to the current code",
              file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="backbreak-mutants-") as tmp:
        copy = make_copy(Path(tmp))
        check_copy_is_imported(copy)
        every = ["tests"]
        named = sorted({t for m in chosen for t in m.tests})
        code, failed, tail = pytest_run(copy, every if args.all else named, args.timeout)
        if code != 0:
            print(f"the unchanged copy fails its tests:\n{failed}\n{tail}", file=sys.stderr)
            return 1
        results = []
        for m in chosen:
            r = run_mutant(copy, m, every if args.all else list(m.tests), args.timeout)
            print(f"{r.status:>16}  {m.name}  ({r.seconds:.1f} s)", file=sys.stderr, flush=True)
            if r.detail:
                print(r.detail, file=sys.stderr)
            results.append(r)
    print(table(results))
    bad = [r for r in results if not r.status.startswith("killed")]
    print(f"\n{len(results) - len(bad)} of {len(results)} mutants killed", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
