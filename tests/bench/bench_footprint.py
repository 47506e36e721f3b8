"""Footprint of the installed app in a private X session (issue 7).

    python tests/bench/bench_footprint.py [--runs 5] [--cycles 1000] [--idle-seconds 120]

Starts its own Xvfb, D-Bus session bus, dunst and trayer (the desktop test harness,
tests/desktop/conftest.py), then runs the installed ``backbreak`` console script and measures,
from outside the process, with /proc and the X tools only:

* launch to icon in the tray: wall time from spawning ``backbreak run`` to its tray window
  being reparented into trayer (first poll that sees it; each poll costs a few ms of xdotool /
  xwininfo, so this is an upper bound); one discarded cold run, then the median of ``--runs``;
* resident memory after settling (VmRSS from /proc/PID/status);
* CPU seconds (utime + stime of all threads, /proc/PID/stat) and wake-ups (voluntary +
  involuntary context switches summed over /proc/PID/task/*/status) over an idle window;
  the issue's budget is stated per 10 minutes, so use ``--idle-seconds 600`` for the full one;
* resident memory growth over ``--cycles`` break cycles driven over the control socket;
  a cycle is "prompt shown, skipped, closed" when the app offers a ``skip`` command (the
  pointer is nudged with xdotool each cycle, so the X idle counter sees a user at the desk), else
  "``stretch``, then ``walk``": each call opens a new window, ends the open one (skipped or
  cancelled, written to the history) and closes it;
* prompt latency: the app logs "prompt shown X s after it was due" (INFO) in
  $XDG_STATE_HOME/backbreak/log/backbreak.log; a 2 s interval and repeated 1 s snoozes
  produce ``--prompts`` samples.

Debian packages: xvfb dbus-daemon dbus-bin dunst libnotify-bin trayer xdotool x11-utils.
Nothing here asserts: it prints a table with the date and the machine to copy into the README.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import platform
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from importlib.metadata import version
from pathlib import Path
from types import ModuleType
from typing import Any

HARNESS = Path(__file__).resolve().parents[1] / "desktop" / "conftest.py"
LATENCY = re.compile(r"prompt shown (-?[0-9.]+) s after it was due")
BUDGET = {
    "launch_s": 0.2,
    "rss_mb": 90.0,
    "rss_growth_mb": 5.0,
    "cpu_s_per_10min": 0.05,
    "wakeups_per_s": 1.0,
    "latency_s": 0.1,
}


def load_harness() -> ModuleType:
    """The desktop test harness module, loaded by path (it is a pytest conftest)."""
    spec = importlib.util.spec_from_file_location("backbreak_desktop_harness", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def x_session(harness: ModuleType) -> Iterator[Any]:
    """What the ``x_session`` fixture does, outside pytest."""
    missing = [exe for exe in harness.REQUIRED_TOOLS if not _which(exe)]
    if missing:
        raise SystemExit(f"missing tools: {', '.join(missing)} (see the module docstring)")
    with tempfile.TemporaryDirectory(prefix="backbreak-footprint-") as tmp:
        home = Path(tmp) / "home"
        dirs = {name: home / sub for name, sub in [
            ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
            ("XDG_STATE_HOME", ".local/state"), ("XDG_CACHE_HOME", ".cache"),
            ("XDG_RUNTIME_DIR", "runtime")]}
        for path in dirs.values():
            path.mkdir(parents=True, mode=0o700)
        session = harness.XSession(Path(tmp))
        session.update({k: v for k, v in os.environ.items()
                        if k in {"PATH", "LANG", "LC_ALL", "LANGUAGE", "TZ", "VIRTUAL_ENV"}})
        session.update({k: str(v) for k, v in dirs.items()})
        session.update({"HOME": str(home), "QT_QPA_PLATFORM": "xcb", "XDG_SESSION_TYPE": "x11",
                        "XDG_DATA_DIRS": os.environ.get("XDG_DATA_DIRS",
                                                        "/usr/local/share:/usr/share"),
                        "NO_AT_BRIDGE": "1"})
        try:
            harness._start_stack(session)
            yield session
        finally:
            session.stop_all()


def _which(exe: str) -> bool:
    import shutil

    return shutil.which(exe) is not None


# --- talking to the app ----------------------------------------------------------------------


def request(session: Any, cmd: str, **args: Any) -> dict[str, Any]:
    """One control command, as ``backbreak <cmd>`` sends it (JSON line over the Unix socket)."""
    path = Path(session["XDG_RUNTIME_DIR"]) / "backbreak" / "control.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(10)
        s.connect(str(path))
        s.sendall((json.dumps({"cmd": cmd, "args": args}) + "\n").encode())
        data = b""
        while not data.endswith(b"\n"):
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    answer: dict[str, Any] = json.loads(data)
    return answer


def answers(session: Any) -> bool:
    try:
        return bool(request(session, "ping").get("ok"))
    except OSError:
        return False


def wait_for(predicate: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.02)


def start(session: Any, *args: str) -> subprocess.Popen[bytes]:
    app: subprocess.Popen[bytes] = session.run_app(["run", "--anytime", *args])
    wait_for(lambda: answers(session) or app.poll() is not None, 30, "the control socket")
    if app.poll() is not None:
        raise SystemExit(f"the app exited with {app.returncode}\n{session.logs()}")
    return app


def stop(session: Any, app: subprocess.Popen[bytes]) -> None:
    request(session, "quit")
    app.wait(timeout=15)


def cli_commands() -> set[str]:
    """The control commands the installed CLI knows (``backbreak --help``)."""
    from backbreak.cli.main import build_parser

    parser = build_parser()
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        choices = getattr(action, "choices", None)
        if isinstance(choices, dict):
            return set(choices)
    return set()


# --- /proc -----------------------------------------------------------------------------------


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
    return (utime + stime) / os.sysconf("SC_CLK_TCK")


def context_switches(pid: int) -> int:
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            for line in (task / "status").read_text().splitlines():
                if line.startswith(("voluntary_ctxt_switches:", "nonvoluntary_ctxt_switches:")):
                    total += int(line.split()[1])
    return total


def machine() -> str:
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    mem_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kb = int(line.split()[1])
    return (f"{os.cpu_count()} CPUs ({model}), {mem_kb / 1024 / 1024:.1f} GiB RAM, "
            f"Linux {platform.release()}, Python {platform.python_version()}, "
            f"PySide6 {version('PySide6-Essentials')}, backbreak {version('backbreak')}")


# --- measurements ----------------------------------------------------------------------------


def launch_times(session: Any, runs: int) -> list[float]:
    times = []
    for n in range(runs + 1):  # the first run warms the caches and is not counted
        t0 = time.perf_counter()
        app = session.run_app(["run", "--anytime"])
        pid = app.pid
        wait_for(lambda: session.tray_icon_embedded(pid), 30, "the tray icon")  # noqa: B023
        elapsed = time.perf_counter() - t0
        if n:
            times.append(elapsed)
        wait_for(lambda: answers(session), 30, "the control socket")
        stop(session, app)
    return times


def idle_window(pid: int, seconds: float) -> tuple[float, float]:
    """(CPU seconds, context switches per second) over ``seconds`` of idling."""
    cpu0, sw0, t0 = cpu_seconds(pid), context_switches(pid), time.monotonic()
    time.sleep(seconds)
    cpu1, sw1, t1 = cpu_seconds(pid), context_switches(pid), time.monotonic()
    return cpu1 - cpu0, (sw1 - sw0) / (t1 - t0)


def run_cycles(session: Any, app: subprocess.Popen[bytes], cycles: int, mode: str) -> None:
    for n in range(cycles):
        try:
            # The X idle counter must not say "away": a user sits there between prompts.
            session.x("xdotool", "mousemove", str(100 + n % 2), "100")
            if mode == "skip":
                wait_for(lambda: request(session, "status")["result"]["state"] == "prompting",
                         30, "a prompt")
                answer = request(session, "skip")
            else:
                answer = request(session, "stretch" if n % 2 == 0 else "walk")
        except (OSError, SystemExit) as e:
            time.sleep(1)
            alive = app.poll() is None
            last = request(session, "status") if alive else f"exited with {app.returncode}"
            raise SystemExit(f"cycle {n}: {e!r}; the app: {last}\n{app_log(session)}") from e
        if not answer.get("ok"):
            raise SystemExit(f"cycle {n} refused: {answer}")


def app_log(session: Any) -> str:
    """The tail of the app's log and of its stderr, for a failure message."""
    log = Path(session["XDG_STATE_HOME"]) / "backbreak" / "log" / "backbreak.log"
    text = log.read_text("utf-8", "replace")[-3000:] if log.exists() else ""
    return f"--- backbreak.log\n{text}\n{session.logs()}"


def prompt_latencies(session: Any, prompts: int) -> list[float]:
    config = Path(session["XDG_CONFIG_HOME"]) / "backbreak" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    config.write_text(f"[breaks]\nsnooze_limit = {min(20, max(0, prompts - 1))}\n")
    log = Path(session["XDG_STATE_HOME"]) / "backbreak" / "log" / "backbreak.log"
    offset = log.stat().st_size if log.exists() else 0
    app = start(session, "--interval", "2s")

    def shown() -> int:
        with log.open("rb") as fh:
            fh.seek(offset)
            return len(LATENCY.findall(fh.read().decode("utf-8", "replace")))

    for n in range(1, prompts + 1):
        wait_for(lambda: shown() >= n, 30, f"prompt {n}")  # noqa: B023 - called at once
        if n < prompts:
            request(session, "snooze", seconds=1)
    stop(session, app)
    config.unlink()
    with log.open("rb") as fh:
        fh.seek(offset)
        return [float(x) for x in LATENCY.findall(fh.read().decode("utf-8", "replace"))]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=5, help="warm launches to time (median)")
    p.add_argument("--settle-seconds", type=float, default=10.0)
    p.add_argument("--idle-seconds", type=float, default=120.0,
                   help="idle window for CPU and wake-ups (600 = the issue's 10 minutes)")
    p.add_argument("--cycles", type=int, default=1000, help="break cycles for memory growth")
    p.add_argument("--prompts", type=int, default=10, help="prompts for the latency figure")
    a = p.parse_args()

    # Ctrl+C and kill end the session's helpers too (the context manager's cleanup runs).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    signal.signal(signal.SIGINT, lambda *_: sys.exit(130))
    harness = load_harness()
    rows: list[tuple[str, str, str]] = []
    started = datetime.now().astimezone()
    with x_session(harness) as session:
        launches = launch_times(session, a.runs)
        rows.append((f"launch to icon in tray (median of {a.runs} warm)",
                     f"{statistics.median(launches):.3f} s "
                     f"(min {min(launches):.3f}, max {max(launches):.3f})",
                     f"<= {BUDGET['launch_s']} s"))

        mode = "skip" if "skip" in cli_commands() else "stretch/walk"
        app = start(session, *(["--interval", "1s"] if mode == "skip" else []))
        wait_for(lambda: session.tray_icon_embedded(app.pid), 30, "the tray icon")
        time.sleep(a.settle_seconds)
        settled = rss_mb(app.pid)
        rows.append(("resident memory after settling", f"{settled:.1f} MB",
                     f"<= {BUDGET['rss_mb']:.0f} MB"))
        if mode != "skip":  # a 1 s interval would not be idle
            cpu, wakeups = idle_window(app.pid, a.idle_seconds)
            per_10min = cpu * 600 / a.idle_seconds
            rows.append((f"CPU over {a.idle_seconds:.0f} s idle",
                         f"{cpu:.3f} s (= {per_10min:.3f} s per 10 min)",
                         f"<= {BUDGET['cpu_s_per_10min']} s per 10 min"))
            rows.append((f"wake-ups over {a.idle_seconds:.0f} s idle",
                         f"{wakeups:.2f} per s", f"<= {BUDGET['wakeups_per_s']:.0f} per s"))
        run_cycles(session, app, 10, mode)  # first windows: lazy imports, fonts, illustrations
        before = rss_mb(app.pid)
        t0 = time.monotonic()
        run_cycles(session, app, a.cycles, mode)
        cycle_s = time.monotonic() - t0
        time.sleep(a.settle_seconds)
        after = rss_mb(app.pid)
        rows.append((f"memory growth over {a.cycles} cycles ({mode})",
                     f"{after - before:+.1f} MB ({before:.1f} -> {after:.1f} MB; "
                     f"+{after - settled:.1f} MB since settling; {cycle_s:.0f} s)",
                     f"< {BUDGET['rss_growth_mb']:.0f} MB"))
        stop(session, app)

        if mode == "skip":
            app = start(session)
            wait_for(lambda: session.tray_icon_embedded(app.pid), 30, "the tray icon")
            time.sleep(a.settle_seconds)
            cpu, wakeups = idle_window(app.pid, a.idle_seconds)
            rows.append((f"CPU over {a.idle_seconds:.0f} s idle",
                         f"{cpu:.3f} s (= {cpu * 600 / a.idle_seconds:.3f} s per 10 min)",
                         f"<= {BUDGET['cpu_s_per_10min']} s per 10 min"))
            rows.append((f"wake-ups over {a.idle_seconds:.0f} s idle", f"{wakeups:.2f} per s",
                         f"<= {BUDGET['wakeups_per_s']:.0f} per s"))
            stop(session, app)

        late = prompt_latencies(session, a.prompts)
        if late:
            rows.append((f"prompt latency ({len(late)} prompts)",
                         f"median {statistics.median(late) * 1000:.0f} ms, "
                         f"max {max(late) * 1000:.0f} ms",
                         f"<= {BUDGET['latency_s'] * 1000:.0f} ms"))

    print(f"backbreak footprint, {started:%Y-%m-%d %H:%M %Z}")
    print(f"machine: {machine()}")
    width = max(len(r[0]) for r in rows)
    for name, value, budget in rows:
        print(f"  {name:<{width}}  {value}   [budget {budget}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
