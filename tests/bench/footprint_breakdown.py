"""Where backbreak's resident memory goes, against a bare PySide6 tray icon (issue 16).

    python tests/bench/footprint_breakdown.py [--settle-seconds 10] [--top 25]

In one private X session (the desktop test harness, as ``bench_footprint.py``), it runs
``bare_tray.py`` and then the app, each until its icon sits in the tray plus
``--settle-seconds``, and prints from outside the process (``/proc/PID/smaps``):

* resident memory of both, split into anonymous memory (the Python and C++ heaps) and files
  (libraries, Qt plugins, fonts, translations), and every file the app maps beyond the bare
  icon's, with its resident size;

and from inside the app, which is run here through its own entry point
(``backbreak.cli.main.main(["run", "--anytime"])``) with two observers that only read
``/proc/self/statm``:

* resident memory after each line of ``backbreak.app.launch.run`` up to the event loop, and
  what the event loop's first seconds added (timers, the first break-clock tick, ...);
* the resident memory each import brought, as ``python -X importtime`` shows time: per module,
  the growth while its top level ran, children included; listed for the modules that
  backbreak imports itself (the first module outside backbreak in each chain) and for
  backbreak's own modules (self: without the backbreak modules they import).

The observers cost time, not memory worth counting (a few kB of records); the process is not
the one ``bench_footprint.py`` times. Nothing here asserts.
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
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
_MAPPING = re.compile(r"^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \d+\s*(.*)$")


def rss_kb() -> int:
    with open("/proc/self/statm", "rb") as fh:
        return int(fh.read().split()[1]) * PAGE_KB


# --- inside the app (child mode) --------------------------------------------------------------


class Observer:
    """Records resident memory around each module load and at each line of ``launch.run``.

    A module load is a call of importlib's ``_load_unlocked(spec)``, which runs for Python and
    extension modules alike (an extension module has no ``<module>`` frame of its own).
    """

    def __init__(self) -> None:
        self.stack: list[tuple[str, int]] = []
        self.imports: list[tuple[str, str, int]] = []  # (module, importer, kB incl. children)
        self.lines: list[tuple[int, int]] = []  # (line number, rss before it ran)
        self.run_code: Any = None
        self.done = False

    def profile(self, frame: FrameType, event: str, _arg: object) -> None:
        if frame.f_code.co_name != "_load_unlocked" or event not in ("call", "return"):
            return
        if event == "call":
            spec = frame.f_locals.get("spec")
            self.stack.append((str(getattr(spec, "name", "?")), rss_kb()))
            return
        name, before = self.stack.pop()
        importer = self.stack[-1][0] if self.stack else _caller(frame)
        self.imports.append((name, importer, rss_kb() - before))

    def trace(self, frame: FrameType, event: str, _arg: object) -> Any:
        if event == "call" and frame.f_code is self.run_code and not self.done:
            return self._line
        return None

    def _line(self, frame: FrameType, event: str, _arg: object) -> Any:
        if event == "line" and not self.done:
            self.lines.append((frame.f_lineno, rss_kb()))
        return self._line


def _caller(frame: FrameType) -> str:
    """The module and function that asked for an import made outside any module's top level."""
    f: FrameType | None = frame
    while f is not None and f.f_code.co_filename.startswith("<frozen"):
        f = f.f_back
    if f is None:
        return "?"
    return f"{f.f_globals.get('__name__', '?')}.{f.f_code.co_name}()"


def child(out: Path, settle_s: float) -> int:
    observer = Observer()
    start = rss_kb()
    sys.setprofile(observer.profile)
    import backbreak.cli.main as cli

    after_cli = rss_kb()
    with contextlib.suppress(ImportError):  # as ``backbreak run`` does before the app's modules
        from backbreak.app.interpreter import prepare

        prepare()
    import backbreak.app.launch as launch

    after_launch = rss_kb()
    sys.setprofile(None)
    observer.run_code = launch.run.__code__
    sys.settrace(observer.trace)

    def dump() -> None:
        observer.done = True  # run() reached the event loop long before
        record = {
            "start": start,
            "after_cli": after_cli,
            "after_launch": after_launch,
            "settled": rss_kb(),
            "lines": observer.lines,
            "source": Path(launch.__file__).read_text("utf-8").splitlines(),
            "imports": observer.imports,
        }
        out.write_text(json.dumps(record))

    def later() -> None:
        time.sleep(settle_s)
        dump()

    threading.Thread(target=later, daemon=True).start()
    # Imports made inside run() (the controller, the scheduler, ...) are observed too.
    sys.setprofile(observer.profile)
    return cli.main(["run", "--anytime"])


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
    anon = sum(v for k, v in sizes.items() if k.startswith("[") or k.startswith("/memfd"))
    return anon, sum(sizes.values()) - anon


def short(path: str) -> str:
    for marker in ("site-packages/", "lib/python3", "/usr/"):
        if marker in path:
            return path.split(marker, 1)[1] if marker != "/usr/" else "/usr/" + path.split(
                marker, 1)[1]
    return path


def settle(session: Any, proc: subprocess.Popen[bytes], seconds: float) -> float:
    import bench_footprint as bench

    t0 = time.perf_counter()
    bench.wait_for(lambda: session.tray_icon_embedded(proc.pid) or proc.poll() is not None,
                   30, "the tray icon")
    if proc.poll() is not None:
        raise SystemExit(f"exited with {proc.returncode}\n{session.logs()}")
    embedded = time.perf_counter() - t0
    time.sleep(seconds)
    return embedded


def mb(kb: float) -> str:
    return f"{kb / 1024:6.1f} MB"


def report(bare: collections.Counter[str], app: collections.Counter[str], record: dict[str, Any],
           top: int) -> None:
    b_anon, b_files = split(bare)
    a_anon, a_files = split(app)
    print(f"{'':34s}{'bare tray':>12s}{'backbreak':>12s}{'difference':>12s}")
    for name, b, a in [("resident", b_anon + b_files, a_anon + a_files),
                       ("  anonymous (heaps)", b_anon, a_anon), ("  files", b_files, a_files)]:
        print(f"{name:34s}{mb(b):>12s}{mb(a):>12s}{mb(a - b):>12s}")

    print("\nFiles resident in backbreak beyond the bare icon (kB; top "
          f"{top}; '+' = not mapped by the bare icon at all):")
    extra = sorted(((app[k] - bare.get(k, 0), k) for k in app
                    if not k.startswith("[")), reverse=True)
    for delta, name in extra[:top]:
        if delta > 0:
            print(f"  {delta:6d} {'+' if name not in bare else ' '} {short(name)}")
    rest = sum(d for d, _ in extra[top:] if d > 0)
    print(f"  {rest:6d}   (the rest)")

    print("\nInside the app: resident memory as it starts (kB added by each step)")
    lines, source = record["lines"], record["source"]
    print(f"  {record['after_cli'] - record['start']:6d}  import backbreak.cli.main "
          "(PySide6 not yet)")
    print(f"  {record['after_launch'] - record['after_cli']:6d}  import backbreak.app.launch "
          "(PySide6, settings, paths, ...)")
    for (line, before), (_, after) in itertools.pairwise(lines):
        text = source[line - 1].strip()
        if after - before >= 64:
            print(f"  {after - before:6d}  launch.py:{line}  {text[:70]}")
    exec_rss = lines[-1][1] if lines else record["after_launch"]
    print(f"  {record['settled'] - exec_rss:6d}  event loop until settled (timers, first tick, "
          "session watcher, ...)")
    print(f"  {'':6s}  = {mb(record['settled'])} resident at the end (inside view)")

    print("\nImports (kB resident while the module's top level ran, children included)")
    ours = [i for i in record["imports"] if i[0].startswith("backbreak")]
    theirs = [i for i in record["imports"]
              if not i[0].startswith("backbreak") and i[1].startswith("backbreak")]
    print("  pulled in by backbreak's modules (first module outside backbreak in each chain):")
    for name, importer, kb in sorted(theirs, key=lambda i: -i[2])[:top]:
        if kb >= 64:
            print(f"  {kb:6d}  {name:34s} <- {importer}")
    print("  backbreak's own modules (self: without the modules they import):")
    children: collections.Counter[str] = collections.Counter()
    for _name, importer, kb in record["imports"]:
        children[importer] += kb
    own = sorted(((kb - children[name], name) for name, _i, kb in ours), reverse=True)
    for kb, name in own[:top]:
        if kb >= 64:
            print(f"  {kb:6d}  {name}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--settle-seconds", type=float, default=10.0)
    p.add_argument("--top", type=int, default=25)
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
        # Not the first run: the first-run welcome window is not what stays in memory.
        marker = Path(session["XDG_STATE_HOME"]) / "backbreak" / "welcomed"
        marker.parent.mkdir(parents=True, mode=0o700)
        marker.touch(mode=0o600)
        app = session.start("app", [sys.executable, __file__, "--child", str(record_path),
                                    "--settle-seconds", str(a.settle_seconds)])
        settle(session, app, a.settle_seconds)
        bench.wait_for(record_path.exists, 30, "the app's record")
        app_maps = smaps(app.pid)
        record = json.loads(record_path.read_text())
        bench.stop(session, app)
    print(f"backbreak footprint breakdown, {time.strftime('%Y-%m-%d %H:%M %Z')}, "
          f"settled {a.settle_seconds:.0f} s")
    print(f"machine: {bench.machine()}\n")
    report(bare, app_maps, record, a.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
