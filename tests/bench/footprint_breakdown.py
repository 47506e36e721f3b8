"""Where backbreak's resident memory goes, against a bare PySide6 tray icon.

    python tests/bench/footprint_breakdown.py [--settle-seconds 10] [--top 25] [--parts]

In one private X session (the desktop test harness, as ``bench_footprint.py``) it runs
``bare_tray.py``, then the app, each until its icon sits in the tray plus
``--settle-seconds``, and prints:

* from outside (``/proc/PID/smaps``): resident memory of both, split into anonymous memory
  (the Python and C++ heaps) and mapped files (libraries, Qt plugins, fonts, translations),
  and each file the app has resident beyond the bare icon;
* from inside the app, run through its own entry point (``backbreak.cli.main.main(["run",
  "--anytime"])``) with a line tracer on ``backbreak.app.launch.run`` that only reads
  ``/proc/self/statm`` and ``sys.modules``: resident memory added by each step of the start,
  with the packages each step imported, and what the event loop's first seconds added.

With ``--parts``, also the cost of single parts over the bare icon, each alone in a fresh
process that first does what ``backbreak run`` does to its interpreter
(``backbreak.app.interpreter.prepare``): a module imported, an icon set, a widget built; and
PySide6's import hook that reads the source of each imported module, as the difference it
makes to the app's start-up imports. A part whose package is not installed is skipped.

A step's figure is what resident memory grew by while it ran: a page first touched by a later
step counts there, so small figures move by a few hundred kB between runs. Nothing here
asserts.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import itertools
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import FrameType
from typing import Any

HERE = Path(__file__).resolve().parent
ICONS = HERE.parents[1] / "assets" / "icons"
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
_MAPPING = re.compile(r"^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \d+\s*(.*)$")

# What backbreak's tray start-up imports (and imported before issue 16), for the source-scan
# figure.
START_UP = (
    "backbreak.app.launch backbreak.app.controller backbreak.app.live_settings "
    "backbreak.core.history.log backbreak.platform.idle backbreak.platform.notify_dbus "
    "backbreak.platform.session backbreak.control.server backbreak.control.commands"
)
# (label, code run after the bare icon is up; ``tray`` is its QSystemTrayIcon)
PARTS: tuple[tuple[str, str], ...] = (
    ("APScheduler 3 (BaseScheduler, DateTrigger, debug executor)",
     "from apscheduler.schedulers.base import BaseScheduler\n"
     "from apscheduler.triggers.date import DateTrigger\n"
     "from apscheduler.executors.debug import DebugExecutor"),
    ("  asyncio", "import asyncio"),
    ("  importlib.metadata, entry_points()",
     "import importlib.metadata\nimportlib.metadata.entry_points(group='x')"),
    ("  concurrent.futures.process, multiprocessing",
     "import concurrent.futures.process, multiprocessing"),
    ("  tzlocal, zoneinfo", "import tzlocal, zoneinfo"),
    ("QtNetwork: a listening QLocalServer",
     "from PySide6.QtNetwork import QLocalServer\n"
     "server = QLocalServer()\nserver.listen(f'/tmp/breakdown-{os.getpid()}')"),
    ("QtDBus (the binding; libQt6DBus is mapped by the bare icon)", "import PySide6.QtDBus"),
    ("QtSvg: an SVG tray icon", f"tray.setIcon(QIcon({str(ICONS / 'tray-active.svg')!r}))"),
    ("the same icon as PNG", f"tray.setIcon(QIcon({str(ICONS / 'tray-start.png')!r}))"),
    ("sqlite3, a database opened",
     "import sqlite3\nsqlite3.connect(':memory:').execute('create table t (x)')"),
    ("tomllib", "import tomllib"),
    ("platformdirs", "import platformdirs"),
    ("logging.handlers", "import logging.handlers"),
    ("html (for html.escape)", "import html"),
    ("ctypes, ctypes.util", "import ctypes, ctypes.util"),
    ("plyer", "import plyer"),
    ("the routine library, read",
     "from backbreak.core.routines.library import load_library\nlibrary = load_library(None)"),
    ("the weekly statistics module", "import backbreak.core.history.weekly"),
    ("the prompt card, built and polished",
     "from backbreak.ui.cards.prompt_card import PromptCard\n"
     "card = PromptCard()\ncard.ensurePolished()"),
    ("the player window module (with QtSvg)", "import backbreak.ui.player.window"),
    ("the weekly window module", "import backbreak.ui.weekly.window"),
)


def rss_kb() -> int:
    with open("/proc/self/statm", "rb") as fh:
        return int(fh.read().split()[1]) * PAGE_KB


# --- inside the app (child mode) --------------------------------------------------------------


class LineObserver:
    """Resident memory and newly imported modules at each line of ``launch.run``."""

    def __init__(self, code: Any) -> None:
        self.code = code
        self.lines: list[tuple[int, int, list[str]]] = []  # (line, rss before it, new modules)
        self.done = False
        self._known = set(sys.modules)

    def trace(self, frame: FrameType, event: str, _arg: object) -> Any:
        if event == "call" and frame.f_code is self.code and not self.done:
            return self._line
        return None

    def _line(self, frame: FrameType, event: str, _arg: object) -> Any:
        if event == "line" and not self.done:
            new = sorted(set(sys.modules) - self._known)
            self._known.update(new)
            self.lines.append((frame.f_lineno, rss_kb(), new))
        return self._line


def child(out: Path, settle_s: float) -> int:
    start = rss_kb()
    import backbreak.cli.main as cli

    after_cli = rss_kb()
    with contextlib.suppress(ImportError):  # as ``backbreak run`` does before the app's modules
        from backbreak.app.interpreter import prepare

        prepare()
    import backbreak.app.launch as launch

    after_launch = rss_kb()
    observer = LineObserver(launch.run.__code__)
    sys.settrace(observer.trace)

    def dump() -> None:
        time.sleep(settle_s)
        observer.done = True  # run() reached the event loop long before
        out.write_text(json.dumps({
            "start": start, "after_cli": after_cli, "after_launch": after_launch,
            "settled": rss_kb(), "lines": observer.lines,
            "source": Path(launch.__file__).read_text("utf-8").splitlines(),
        }))

    threading.Thread(target=dump, daemon=True).start()
    return cli.main(["run", "--anytime"])


PART_CHILD = """
import gc, os, sys, time
from backbreak.app.interpreter import prepare
if sys.argv[2] == "prepared":
    prepare()
else:
    sys.modules["ssl"] = None
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon
app = QApplication(sys.argv[:1])
pixmap = QPixmap(22, 22)
pixmap.fill(0xFF2E9D6A)
tray = QSystemTrayIcon(QIcon(pixmap))
menu = QMenu()
menu.addAction("Hello")
menu.addAction("Quit")
tray.setContextMenu(menu)
tray.show()
def settle():
    gc.collect()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    with open("/proc/self/statm", "rb") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
before = settle()
exec(sys.argv[1])
print(settle() - before)
"""


def part_kb(session: Any, code: str, mode: str = "prepared") -> int | None:
    done = subprocess.run([sys.executable, "-I", "-c", PART_CHILD, code, mode], env=dict(session),
                          capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        if "ModuleNotFoundError" in done.stderr:
            return None
        raise SystemExit(f"part failed:\n{code}\n{done.stderr[-2000:]}")
    return int(done.stdout.split()[-1])


# --- outside (parent) -------------------------------------------------------------------------


def smaps(pid: int) -> collections.Counter[str]:
    """Resident kB per mapped file (anonymous mappings as ``[anon]``, plus ``[heap]``...)."""
    sizes: collections.Counter[str] = collections.Counter()
    current = "[anon]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        m = _MAPPING.match(line)
        if m:
            current = m.group(1) or "[anon]"
        elif line.startswith("Rss:"):
            sizes[current] += int(line.split()[1])
    return sizes


def split(sizes: collections.Counter[str]) -> tuple[int, int]:
    anon = sum(v for k, v in sizes.items() if k.startswith(("[", "/memfd")))
    return anon, sum(sizes.values()) - anon


def short(path: str) -> str:
    for marker in ("site-packages/", "lib-dynload/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def settle(session: Any, proc: subprocess.Popen[bytes], seconds: float) -> None:
    import bench_footprint as bench

    bench.wait_for(lambda: session.tray_icon_embedded(proc.pid) or proc.poll() is not None,
                   30, "the tray icon")
    if proc.poll() is not None:
        raise SystemExit(f"exited with {proc.returncode}\n{session.logs()}")
    time.sleep(seconds)


def mb(kb: float) -> str:
    return f"{kb / 1024:6.1f} MB"


def report_maps(bare: collections.Counter[str], app: collections.Counter[str], top: int) -> None:
    b_anon, b_files = split(bare)
    a_anon, a_files = split(app)
    print(f"{'':34s}{'bare tray':>12s}{'backbreak':>12s}{'difference':>12s}")
    for name, b, a in [("resident", b_anon + b_files, a_anon + a_files),
                       ("  anonymous (heaps)", b_anon, a_anon), ("  files", b_files, a_files)]:
        print(f"{name:34s}{mb(b):>12s}{mb(a):>12s}{mb(a - b):>12s}")
    print(f"\nFiles resident in backbreak beyond the bare icon (kB, top {top}; "
          "'+' = not mapped by the bare icon at all):")
    extra = sorted(((app[k] - bare.get(k, 0), k) for k in app if not k.startswith("[")),
                   reverse=True)
    for delta, name in extra[:top]:
        if delta > 0:
            print(f"  {delta:6d} {'+' if name not in bare else ' '} {short(name)}")
    print(f"  {sum(d for d, _ in extra[top:] if d > 0):6d}   (the rest)")


def report_steps(record: dict[str, Any]) -> None:
    print("\nInside the app: resident memory added by each step of the start (kB), and the "
          "packages it imported")
    print(f"  {record['after_cli'] - record['start']:6d}  import backbreak.cli.main")
    print(f"  {record['after_launch'] - record['after_cli']:6d}  prepare() and import "
          "backbreak.app.launch (PySide6.QtCore, QtGui, QtWidgets, settings, paths)")
    lines, source = record["lines"], record["source"]
    for (line, before, _), (_, after, new) in itertools.pairwise(lines):
        packages = sorted({m.split(".")[0] if not m.startswith("backbreak") else
                           ".".join(m.split(".")[:3]) for m in new})
        if after - before >= 128 or packages:
            text = source[line - 1].strip()[:60]
            print(f"  {after - before:6d}  launch.py:{line:<4d} {text}")
            if packages:
                print(f"          {'':14s}+ {', '.join(packages)}"[:100])
    end = lines[-1][1] if lines else record["after_launch"]
    print(f"  {record['settled'] - end:6d}  the event loop until settled (first tick, timers, "
          "session watcher)")
    print(f"  {'':6s}  = {mb(record['settled'])} resident at the end (inside view)")


def report_parts(session: Any) -> None:
    print("\nParts over the bare icon, each alone in a fresh process (kB resident)")
    for label, code in PARTS:
        kb = part_kb(session, code)
        print(f"  {'(not installed)' if kb is None else f'{kb:6d}':>6s}  {label}")
    code = f"import importlib\nfor name in {START_UP!r}.split():\n    importlib.import_module(name)"
    scanned, plain = part_kb(session, code, "scanned"), part_kb(session, code, "prepared")
    if scanned is not None and plain is not None:
        print(f"  {scanned - plain:6d}  PySide6's source scan over the app's start-up imports "
              f"({scanned} kB with it, {plain} kB without)")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--settle-seconds", type=float, default=10.0)
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--parts", action="store_true", help="also the cost of single parts")
    p.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.child:
        return child(a.child, a.settle_seconds)

    sys.path.insert(0, str(HERE))
    import bench_footprint as bench

    harness = bench.load_harness()
    with bench.x_session(harness) as session:
        bare_proc = session.start("bare", [sys.executable, str(HERE / "bare_tray.py")])
        settle(session, bare_proc, a.settle_seconds)
        bare = smaps(bare_proc.pid)
        bare_proc.terminate()
        bare_proc.wait(10)

        record_path = Path(session.tmp) / "breakdown.json"
        # The welcome is marked read by x_session: it is not what stays in memory.
        app = session.start("app", [sys.executable, __file__, "--child", str(record_path),
                                    "--settle-seconds", str(a.settle_seconds)])
        settle(session, app, a.settle_seconds)
        bench.wait_for(record_path.exists, 30, "the app's record")
        app_maps = smaps(app.pid)
        record = json.loads(record_path.read_text())
        bench.stop(session, app)
        print(f"backbreak footprint breakdown, {time.strftime('%Y-%m-%d %H:%M %Z')}, "
              f"settled {a.settle_seconds:.0f} s")
        print(f"command: python tests/bench/footprint_breakdown.py {' '.join(sys.argv[1:])}")
        print(f"machine: {bench.machine()}\n")
        report_maps(bare, app_maps, a.top)
        report_steps(record)
        if a.parts:
            report_parts(session)
    return 0


if __name__ == "__main__":
    sys.exit(main())
