"""A real GNOME desktop for desktop tests: GNOME Shell 43 ``--headless --wayland
--virtual-monitor 1280x800`` with the AppIndicator extension (the StatusNotifierItem host),
its own notification server (run by ``gjs``), Xwayland, a private session bus and a private
system bus (gnome-shell aborts without one).

Mutter always gives Xwayland the lowest free X display number and takes the lock files and
abstract sockets of ``:0``/``:1`` for it. So the whole session lives in private mount and
network namespaces (``unshare``; root only): a holder process keeps them, every process of the
session is started in them with ``nsenter``, and ``/tmp`` inside is a fresh tmpfs, into which
the folders the session needs (the test's, the Python environment's) are bound back. The buses
and the Wayland socket are files, so the test process reaches them from outside.

Input comes from ``org.gnome.Mutter.RemoteDesktop`` (``gnome_input.py``: one session held for
the whole run, as a keyboard stays plugged in), windows are listed through
``org.gnome.Shell.Introspect`` and the X11 ones with xwininfo, screenshots through
``org.gnome.Shell.Screenshot`` (gnome-screenshot).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    STARTUP_TIMEOUT_S,
    XSession,
    _read_fd_line,
    installed_backbreak,
    private_xdg_dirs,
    start_session_bus,
    unavailable,
)

HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-dbus, for the helpers
APPINDICATOR = "ubuntu-appindicators@ubuntu.com"
WAYLAND_NAME = "wayland-bb"

#: binary or file -> Debian 12 package
GNOME_NEEDS: dict[str, str] = {
    "gnome-shell": "gnome-shell",
    "gjs": "gjs",
    "Xwayland": "xwayland",
    "gnome-screenshot": "gnome-screenshot",
    "gsettings": "libglib2.0-bin",
    "/usr/libexec/gnome-session-binary": "gnome-session-bin",
    "gnome-session-inhibit": "gnome-session-bin",
    "unshare": "util-linux",
    "nsenter": "util-linux",
    "dbus-daemon": "dbus-daemon",
    "dbus-monitor": "dbus-bin",
    "dbus-send": "dbus-bin",
    "notify-send": "libnotify-bin",
    "xwininfo": "x11-utils",
    "xdotool": "xdotool",
    f"/usr/share/gnome-shell/extensions/{APPINDICATOR}": "gnome-shell-extension-appindicator",
}

SYSTEM_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class GnomeSession(XSession):
    """The environment of a running GNOME Shell session, plus helpers (see ``XSession``)."""

    def __init__(self, tmp: Path) -> None:
        super().__init__(tmp)
        self.holder: subprocess.Popen[bytes] | None = None
        self.x_env: dict[str, str] = {}  # DISPLAY and XAUTHORITY of Mutter's Xwayland
        self._input_fifo = tmp / "input.fifo"

    # -- processes inside the namespaces ---------------------------------------------------
    def inside(self, argv: Sequence[str]) -> list[str]:
        assert self.holder is not None
        return ["nsenter", "-t", str(self.holder.pid), "-m", "-n", "--", *argv]

    def start(self, name: str, argv: Sequence[str], stdout: Path | None = None,
              stderr: Path | None = None, pass_fds: Sequence[int] = ()) -> subprocess.Popen[bytes]:
        return super().start(name, self.inside(argv), stdout, stderr, pass_fds)

    def x(self, *argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.inside(argv), env={**self, **self.x_env},
                              capture_output=True, text=True, timeout=20, check=False)

    def stop_all(self) -> None:
        """End what we started and what it started (Xwayland, the bus-activated services),
        each by its PID; the namespace holder last."""
        if self._input_fifo.exists():
            with contextlib.suppress(OSError):  # the helper may be gone already
                self._write_input("quit")
        left = [(pid, _start_time(pid)) for started in reversed(self._started)
                for pid in _descendants(started.proc.pid)]
        super().stop_all()
        for pid, started_at in left:
            if started_at is not None and _start_time(pid) == started_at:  # not a reused PID
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)

    # -- observations ----------------------------------------------------------------------
    def bus_has(self, name: str) -> bool:
        r = self.x("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                   "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{name}")
        return "boolean true" in r.stdout

    def sni_items(self) -> list[str]:
        done = self.x("dbus-send", "--session", "--print-reply",
                      "--dest=org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                      "org.freedesktop.DBus.Properties.Get",
                      "string:org.kde.StatusNotifierWatcher",
                      "string:RegisteredStatusNotifierItems")
        return [line.split('"')[1] for line in done.stdout.splitlines() if '"' in line]

    def windows(self) -> list[dict[str, Any]]:
        """GNOME Shell's windows (title, app, focus, position, client type)."""
        done = self.x(SYSTEM_PYTHON, str(HERE / "gnome_windows.py"))
        assert done.returncode == 0, done.stderr
        import json

        found: list[dict[str, Any]] = json.loads(done.stdout)
        return found

    def focused_title(self) -> str | None:
        return next((w["title"] for w in self.windows() if w["focus"]), None)

    def x11_geometry(self, name_regex: str) -> tuple[int, int, int, int] | None:
        """(x, y, width, height) of the viewable X11 window whose name matches, frame excluded."""
        found = self.x("xdotool", "search", "--onlyvisible", "--name", name_regex)
        if found.returncode != 0 or not found.stdout.split():
            return None
        info = self.x("xwininfo", "-id", found.stdout.split()[0]).stdout
        values = [int(re.search(rf"{label}:\s+(-?\d+)", info).group(1))  # type: ignore[union-attr]
                  for label in ("Absolute upper-left X", "Absolute upper-left Y", "Width",
                                "Height")]
        return values[0], values[1], values[2], values[3]

    def x11_focus(self) -> str:
        return self.x("xdotool", "getwindowfocus", "getwindowname").stdout.strip()

    def leave_overview(self) -> None:
        done = self.x("gdbus", "call", "--session", "--dest", "org.gnome.Shell", "--object-path",
                      "/org/gnome/Shell", "--method", "org.freedesktop.DBus.Properties.Set",
                      "org.gnome.Shell", "OverviewActive", "<false>")
        assert done.returncode == 0, done.stderr

    def mutter_idle_ms(self) -> int:
        done = self.x("gdbus", "call", "--session", "--dest", "org.gnome.Mutter.IdleMonitor",
                      "--object-path", "/org/gnome/Mutter/IdleMonitor/Core", "--method",
                      "org.gnome.Mutter.IdleMonitor.GetIdletime")
        return int(re.search(r"uint64 (\d+)", done.stdout).group(1))  # type: ignore[union-attr]

    def fake(self, command: str) -> None:
        """Input through Mutter's remote desktop: ``type TEXT``, ``escape``, ``move``,
        ``rel DX DY``, ``click`` (see gnome_input.py); waits until it was done."""
        log = self.log_dir / "input.log"
        before = log.read_text().count("\n")
        self._write_input(command)
        self.wait_until(lambda: log.read_text().count("\n") > before, what=f"input {command!r}")

    def pointer_to(self, x: int, y: int) -> None:
        """The pointer to (x, y) of the 1280x800 screen, by way of the bottom-right corner (the
        top-left one is GNOME's hot corner, and a long move to the left can reach it)."""
        self.fake("rel 5000 5000")
        self.fake(f"rel {x - 1279} {y - 799}")

    def _write_input(self, line: str) -> None:
        # non-blocking: with no reader (the helper died) this fails instead of hanging
        fd = os.open(self._input_fifo, os.O_WRONLY | os.O_NONBLOCK)
        try:
            os.write(fd, (line + "\n").encode())
        finally:
            os.close(fd)

    def screenshot(self, path: Path | str) -> Path:
        target = Path(path)
        done = self.x("env", f"WAYLAND_DISPLAY={WAYLAND_NAME}", "GDK_BACKEND=wayland",
                      "gnome-screenshot", "-f", str(target))
        assert done.returncode == 0 and target.exists(), f"gnome-screenshot: {done.stderr}"
        return target


def _start_time(pid: int) -> str | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def _descendants(pid: int) -> list[int]:
    found = []
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    for child in children:
        found += [*_descendants(int(child)), int(child)]
    return found


def check_gnome_tools() -> None:
    missing = [f"{what} (apt install {pkg})" for what, pkg in GNOME_NEEDS.items()
               if (shutil.which(what) if "/" not in what else (Path(what).exists() or None))
               is None]
    done = subprocess.run([SYSTEM_PYTHON, "-c", "import dbus"], capture_output=True, check=False)
    if done.returncode != 0:
        missing.append("python3-dbus for /usr/bin/python3 (apt install python3-dbus)")
    if missing:
        unavailable("missing " + ", ".join(missing))
    if os.geteuid() != 0:
        unavailable("the GNOME session needs root (private mount and network namespaces)")
    if installed_backbreak() is None:
        unavailable("the backbreak console script is not installed (pip install '.[test]')")


def _namespace_script(keep: list[Path]) -> str:
    """Mount a fresh /tmp and bind back the folders under /tmp that the session needs."""
    lines = ["set -e", "mount --bind /tmp /mnt", "mount -t tmpfs -o mode=1777 tmpfs /tmp",
             "mkdir -p /tmp/.X11-unix && chmod 1777 /tmp/.X11-unix"]
    for path in keep:
        inner = path.relative_to("/tmp")
        lines += [f"mkdir -p '{path}'", f"mount --bind '/mnt/{inner}' '{path}'"]
    lines += ["umount /mnt", "ip link set lo up 2>/dev/null || true", "echo ready",
              "exec sleep 86400"]
    return "\n".join(lines)


def _start_holder(session: GnomeSession) -> None:
    keep = {session.tmp.resolve(), Path(sys.prefix).resolve(), HERE.resolve()}
    import backbreak

    keep.add(Path(backbreak.__file__).resolve().parents[1])
    under_tmp = sorted(p for p in keep if p.is_relative_to("/tmp"))
    holder = subprocess.Popen(
        ["unshare", "--mount", "--net", "--propagation", "private", "--", "bash", "-c",
         _namespace_script(under_tmp)],
        stdout=subprocess.PIPE, stderr=open(session.log_dir / "holder.log", "wb"),  # noqa: SIM115
    )
    from conftest import _Started

    session._started.append(_Started("holder", holder, []))
    session.holder = holder
    assert holder.stdout is not None
    try:
        _read_fd_line(holder.stdout.fileno(), STARTUP_TIMEOUT_S, "the namespace holder")
    except RuntimeError:
        pytest.fail(f"cannot make private namespaces\n{session.logs()}", pytrace=False)


def _start_buses(session: GnomeSession) -> None:
    system_socket = session.tmp / "system_bus_socket"
    config = session.tmp / "system-bus.conf"
    config.write_text(SYSTEM_BUS_CONFIG.format(socket=system_socket))
    session.start("sysbus", ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile"])
    session["DBUS_SYSTEM_BUS_ADDRESS"] = f"unix:path={system_socket}"
    # a socket file, not an abstract one: those belong to the network namespace
    start_session_bus(session, f"unix:path={Path(session['XDG_RUNTIME_DIR']) / 'bus'}")
    session.wait_until(system_socket.exists, STARTUP_TIMEOUT_S, "the system bus")


def _start_shell(session: GnomeSession) -> None:
    for schema, key, value in (
        ("org.gnome.shell", "disable-user-extensions", "false"),
        ("org.gnome.shell", "enabled-extensions", f"['{APPINDICATOR}']"),
        ("org.gnome.desktop.session", "idle-delay", "uint32 0"),  # no screen lock when idle
    ):
        done = session.x("gsettings", "set", schema, key, value)
        assert done.returncode == 0, done.stderr
    # without GDM there is no lock screen, and the shell says so once in a banner that would
    # sit where the app's banners go: this file tells it that it was said already
    shell_data = Path(session["XDG_DATA_HOME"]) / "gnome-shell"
    shell_data.mkdir(parents=True, exist_ok=True)
    (shell_data / "lock-warning-shown").touch()
    session.start("dbus-monitor", ["dbus-monitor", "--session",
                                   "interface='org.freedesktop.Notifications'"],
                  stdout=session.monitor_log, stderr=session.log_dir / "dbus-monitor.log")
    shell = session.start("shell", ["gnome-shell", "--headless", "--wayland", "--virtual-monitor",
                                    "1280x800", "--wayland-display", WAYLAND_NAME])
    session.wait_until(lambda: session.bus_has("org.gnome.Shell") or shell.poll() is not None,
                       40, "org.gnome.Shell on the bus")
    session.wait_until(lambda: session.bus_has("org.kde.StatusNotifierWatcher"), 20,
                       "the AppIndicator extension's StatusNotifierWatcher")
    log = session.log_dir / "shell.log"
    session.wait_until(lambda: "Using public X11 display" in log.read_text(), 20, "Xwayland")
    display = re.search(r"Using public X11 display (:\d+)", log.read_text()).group(1)  # type: ignore[union-attr]
    runtime = Path(session["XDG_RUNTIME_DIR"])
    session.wait_until(lambda: list(runtime.glob(".mutter-Xwaylandauth.*")), 10,
                       "Mutter's Xwayland cookie")
    auth = sorted(runtime.glob(".mutter-Xwaylandauth.*"))[0]
    session.x_env = {"DISPLAY": display, "XAUTHORITY": str(auth)}
    _start_session_manager(session)
    session.start("input", [SYSTEM_PYTHON, str(HERE / "gnome_input.py"), "serve",
                            str(session._input_fifo)])
    session.wait_until(lambda: "ready" in (session.log_dir / "input.log").read_text(), 15,
                       "the remote-desktop input session")
    session.fake("escape")  # leave the overview GNOME shows at start-up
    session.leave_overview()
    if shell.poll() is not None:
        pytest.fail(f"gnome-shell exited\n{session.logs()}", pytrace=False)


def _start_session_manager(session: GnomeSession) -> None:
    """gnome-session, as a GNOME session has it: it owns org.gnome.SessionManager, where
    applications say they keep the screen awake (Inhibit). Built-in mode (no systemd), a session
    of no components of its own (the shell runs already) and no autostart folders."""
    sessions = Path(session["XDG_CONFIG_HOME"]) / "gnome-session" / "sessions"
    sessions.mkdir(parents=True, exist_ok=True)
    (sessions / "backbreak-test.session").write_text(
        "[GNOME Session]\nName=backbreak test\nRequiredComponents=\n"
    )
    autostart = session.tmp / "no-autostart"
    autostart.mkdir(exist_ok=True)
    manager = session.start("gnome-session", [
        "/usr/libexec/gnome-session-binary", "--builtin", "--session=backbreak-test",
        "--disable-acceleration-check", "-a", str(autostart)])
    session.wait_until(lambda: session.bus_has("org.gnome.SessionManager")
                       or manager.poll() is not None, 20, "org.gnome.SessionManager on the bus")
    if manager.poll() is not None:
        pytest.fail(f"gnome-session exited\n{session.logs()}", pytrace=False)


@pytest.fixture(scope="module")
def gnome_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GnomeSession]:
    """One GNOME Shell session for the module's tests (it takes ~10 s to start)."""
    check_gnome_tools()
    tmp = tmp_path_factory.mktemp("gnome")
    home = tmp / "home"
    dirs = private_xdg_dirs(home)
    session = GnomeSession(tmp)
    session.update({k: v for k, v in os.environ.items()
                    if k in {"PATH", "LANG", "LC_ALL", "LANGUAGE", "TZ", "VIRTUAL_ENV"}})
    session.update({k: str(v) for k, v in dirs.items()})
    session.update({"HOME": str(home), "XDG_SESSION_TYPE": "wayland",
                    "XDG_CURRENT_DESKTOP": "GNOME", "XDG_SESSION_DESKTOP": "gnome",
                    "WAYLAND_DISPLAY": WAYLAND_NAME,
                    "XDG_DATA_DIRS": os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share"),
                    "NO_AT_BRIDGE": "1"})
    try:
        _start_holder(session)
        _start_buses(session)
        _start_shell(session)
        session.update(session.x_env)  # the app is started as a GNOME session starts it
        yield session
    finally:
        session.stop_all()
