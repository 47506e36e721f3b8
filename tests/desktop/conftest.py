"""A real X session for desktop tests: Xvfb, a private D-Bus, dunst, trayer and dbus-monitor.

Fixtures
--------
``x_session`` -> :class:`XSession`
    Starts, for one test, everything a tray app meets on a real desktop and ends it (by PID) at
    teardown:

    * ``Xvfb`` on a display it picks itself (``-displayfd``: never a display already in use);
    * a private ``dbus-daemon --session`` (its address only in this env, never the user's bus);
    * ``dunst``, the notification daemon (owns ``org.freedesktop.Notifications``);
    * ``trayer``, an XEmbed tray host, so ``QSystemTrayIcon.isSystemTrayAvailable()`` is True;
    * ``dbus-monitor --session "interface='org.freedesktop.Notifications'"`` logging to a file.

    ``XSession`` *is* the environment dict to hand to a child process (``DISPLAY``,
    ``DBUS_SESSION_BUS_ADDRESS``, ``QT_QPA_PLATFORM=xcb``, and ``HOME``, ``XDG_CONFIG_HOME``,
    ``XDG_DATA_HOME``, ``XDG_STATE_HOME``, ``XDG_CACHE_HOME``, ``XDG_RUNTIME_DIR`` all under the
    test's ``tmp_path``), with these helpers:

    ``notify_calls() -> list[NotifyCall]``
        Every ``Notify`` method call seen on the bus so far, parsed from the dbus-monitor log
        (``app_name``, ``summary``, ``body``, ``actions`` as ``[(key, label), ...]``,
        ``timeout_ms``).
    ``window_mapped(name_regex) -> bool``
        A viewable window whose name matches (``xdotool search --onlyvisible --name``).
    ``tray_icon_embedded(pid) -> bool``
        A window of process ``pid`` (by ``_NET_WM_PID``) sits inside trayer's windows.
    ``screenshot(path) -> Path``
        The whole screen as an image (``import -window root``).
    ``run_app(args) -> subprocess.Popen``
        Runs the *installed* ``backbreak`` console script (the one next to this Python, else on
        ``PATH``) with this environment; stdout/stderr go to ``app-N.out`` / ``app-N.err`` in
        ``tmp_path``. Still-running apps are terminated at teardown (SIGTERM, then SIGKILL).
    ``run_python(code) -> subprocess.Popen``
        The same for a snippet run with this interpreter.
    ``wait_until(predicate, timeout=10.0, what="...")``
        Polls a condition of the *outside* world (a window, a D-Bus call); fails naming ``what``.
    ``data_home``, ``config_home``, ``tmp``: the isolated folders.

``wm_session`` -> :class:`XSession`
    The same session with a real window manager and a screen reader's view of it: ``openbox``
    (focus, Alt+Tab and keys go where a real desktop sends them, not to the window under the
    pointer) and the AT-SPI accessibility bus (``at-spi-bus-launcher`` on the private session
    bus; apps get ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``). ``start_window_manager_and_atspi(
    session, "xfwm4")`` gives the same with Xfce's window manager. Extra helpers:

    ``active_window() -> str``
        The name of the window that has the keyboard focus ("" if none).
    ``accessible_tree(app="backbreak") -> list[dict]``
        The app's windows as AT-SPI presents them: ``role``, ``name``, ``description``,
        ``states``, ``value`` (for progress bars) and ``children``, read by ``atspi_dump.py``
        under the system Python (``python3-pyatspi`` is a Debian package).
    ``listen_accessible(event, seconds) -> Path``
        Starts recording AT-SPI events (e.g. ``object:announcement``) as JSON lines in a file.

Missing tools: each test skips, naming the Debian package to install. When the environment
variable ``BACKBREAK_REQUIRE_DESKTOP=1`` is set (CI does), the same reason is a failure instead.

Every test in this folder is marked ``desktop`` (select with ``-m desktop``, skip with
``-m "not desktop"``).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

#: binary -> Debian 12 package that provides it
REQUIRED_TOOLS: dict[str, str] = {
    "Xvfb": "xvfb",
    "dbus-daemon": "dbus-daemon",
    "dbus-monitor": "dbus-bin",
    "dbus-send": "dbus-bin",
    "dunst": "dunst",
    "dunstctl": "dunst",
    "notify-send": "libnotify-bin",
    "trayer": "trayer",
    "xdotool": "xdotool",
    "xwininfo": "x11-utils",
    "xprop": "x11-utils",
    "import": "imagemagick",
}
#: shared libraries Qt's xcb plugin (and the X11 idle source) need -> Debian package
REQUIRED_LIBS: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libXss.so.1": "libxss1",
}
#: what ``wm_session`` adds -> Debian 12 package
WM_TOOLS: dict[str, str] = {
    "/usr/libexec/at-spi-bus-launcher": "at-spi2-core",
}
#: window manager -> (its command, Debian 12 package); xfwm4 reads its settings (Alt+Tab...)
#: from xfconfd, which the private session bus starts on demand
WINDOW_MANAGERS: dict[str, tuple[list[str], str]] = {
    "openbox": (["openbox", "--sm-disable"], "openbox"),
    "xfwm4": (["xfwm4", "--compositor=off"], "xfwm4"),
}
SYSTEM_PYTHON = "/usr/bin/python3"  # the interpreter python3-pyatspi is installed for
ATSPI_DUMP = Path(__file__).with_name("atspi_dump.py")
STARTUP_TIMEOUT_S = 15.0

# This test process itself needs no display (its Qt objects are D-Bus and ctypes clients);
# the children started in the session get QT_QPA_PLATFORM=xcb from the session env.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.desktop)


def unavailable(reason: str) -> None:
    """Skip, or fail when CI made desktop tests mandatory."""
    if os.environ.get("BACKBREAK_REQUIRE_DESKTOP") == "1":
        pytest.fail(f"desktop test environment incomplete: {reason}", pytrace=False)
    pytest.skip(reason)


def _library_loads(soname: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def check_desktop_tools() -> None:
    missing = [f"{exe} (apt install {pkg})" for exe, pkg in REQUIRED_TOOLS.items()
               if shutil.which(exe) is None]
    if sys.platform.startswith("linux"):
        missing += [f"{lib} (apt install {pkg})" for lib, pkg in REQUIRED_LIBS.items()
                    if not _library_loads(lib)]
    else:
        missing.append(f"an X11 desktop stack (this is {sys.platform})")
    if missing:
        unavailable("missing " + ", ".join(missing))


def installed_backbreak() -> str | None:
    """The console script of the environment running the tests, else the one on PATH."""
    beside = Path(sys.executable).parent / ("backbreak.exe" if os.name == "nt" else "backbreak")
    if beside.exists():
        return str(beside)
    return shutil.which("backbreak")


@dataclass(frozen=True)
class NotifyCall:
    """One org.freedesktop.Notifications.Notify call as dbus-monitor saw it."""

    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: list[tuple[str, str]]
    timeout_ms: int


_MESSAGE_START = re.compile(r"^(method call|method return|signal|error) ")
_ARG_LINE = re.compile(r"^   (\S+) ?(.*)$")


def _top_level_args(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Split a dbus-monitor message body into (type + value, nested lines) per argument.

    A string value may span lines (dbus-monitor prints newlines raw), so a line that does not
    start a new argument at the top indent continues the previous one.
    """
    args: list[tuple[str, list[str]]] = []
    depth = 0
    for line in lines:
        if depth == 0 and (m := _ARG_LINE.match(line)) and m.group(1) in _DBUS_TYPES:
            args.append((line[3:], []))
            if line.rstrip().endswith("["):
                depth = 1
        elif args:
            if depth and line.startswith("   ]") and line.strip() == "]" and \
                    len(line) - len(line.lstrip()) == 3:
                depth = 0
                continue
            head, nested = args[-1]
            if depth:
                nested.append(line)
            else:
                args[-1] = (head + "\n" + line, nested)
    return args


_DBUS_TYPES = {"string", "uint32", "int32", "array", "uint64", "int64", "boolean", "byte",
               "double", "variant", "object", "struct", "dict", "int16", "uint16"}


def _string_value(typed: str) -> str:
    # 'string "..."' -> ...   (dbus-monitor does not escape inner quotes)
    value = typed.split(" ", 1)[1] if " " in typed else ""
    if value.startswith('"') and value.endswith('"'):
        value = value[1:-1]
    return value


def parse_notify_calls(log_text: str) -> list[NotifyCall]:
    calls: list[NotifyCall] = []
    messages: list[list[str]] = []
    for line in log_text.splitlines():
        if _MESSAGE_START.match(line):
            messages.append([line])
        elif messages:
            messages[-1].append(line)
    for header, *body in messages:
        if not header.startswith("method call") or "member=Notify" not in header:
            continue
        args = _top_level_args(body)
        if len(args) < 8:
            continue
        strings = [s.strip() for s in (ln.strip() for ln in args[5][1]) if s.startswith("string ")]
        labels = [_string_value(s) for s in strings]
        calls.append(NotifyCall(
            app_name=_string_value(args[0][0]),
            replaces_id=int(args[1][0].split()[1]),
            app_icon=_string_value(args[2][0]),
            summary=_string_value(args[3][0]),
            body=_string_value(args[4][0]),
            actions=list(zip(labels[0::2], labels[1::2], strict=False)),
            timeout_ms=int(args[7][0].split()[1]),
        ))
    return calls


@dataclass
class _Started:
    name: str
    proc: subprocess.Popen[bytes]
    logs: list[IO[bytes]] = field(default_factory=list)


class XSession(dict[str, str]):
    """The environment of a running private X session, plus helpers (see module docstring)."""

    def __init__(self, tmp: Path) -> None:
        super().__init__()
        self.tmp = tmp
        self.log_dir = tmp / "logs"
        self.log_dir.mkdir(exist_ok=True)
        self.monitor_log = self.log_dir / "notify-calls.txt"
        self.trayer_pid = 0
        self._started: list[_Started] = []
        self._app_count = 0

    @property
    def display(self) -> str:
        return self["DISPLAY"]

    @property
    def data_home(self) -> Path:
        return Path(self["XDG_DATA_HOME"])

    @property
    def config_home(self) -> Path:
        return Path(self["XDG_CONFIG_HOME"])

    # -- processes -------------------------------------------------------------------------
    def start(self, name: str, argv: Sequence[str], stdout: Path | None = None,
              stderr: Path | None = None, pass_fds: Sequence[int] = ()) -> subprocess.Popen[bytes]:
        """Start a helper with this environment; its output goes to files, never a pipe."""
        out = open(stdout or self.log_dir / f"{name}.log", "wb")  # noqa: SIM115 - stop_all
        err = open(stderr, "wb") if stderr else None  # noqa: SIM115 - stop_all
        proc = subprocess.Popen(list(argv), env=dict(self), stdout=out,
                                stderr=err or subprocess.STDOUT, pass_fds=tuple(pass_fds))
        self._started.append(_Started(name, proc, [f for f in (out, err) if f]))
        return proc

    def run_app(self, args: Sequence[str] = ()) -> subprocess.Popen[bytes]:
        exe = installed_backbreak()
        if exe is None:
            unavailable("the backbreak console script is not installed (pip install '.[test]')")
            raise AssertionError("unreachable")
        return self._run_logged("app", [exe, *args])

    def run_python(self, code: str) -> subprocess.Popen[bytes]:
        return self._run_logged("python", [sys.executable, "-c", code])

    def _run_logged(self, stem: str, argv: list[str]) -> subprocess.Popen[bytes]:
        self._app_count += 1
        name = f"{stem}-{self._app_count}"
        return self.start(name, argv, stdout=self.tmp / f"{name}.out",
                          stderr=self.tmp / f"{name}.err")

    def stop_all(self) -> None:
        """End what we started, newest first, each by its own PID."""
        for started in reversed(self._started):
            proc = started.proc
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=5)
            for log in started.logs:
                log.close()
        self._started.clear()

    def logs(self) -> str:
        """All helper logs, for assertion messages."""
        parts = []
        for path in sorted([*self.log_dir.glob("*.log"), *self.tmp.glob("*.err")]):
            text = path.read_text(errors="replace").strip()
            if text:
                parts.append(f"--- {path.name}\n{text[-3000:]}")
        return "\n".join(parts)

    # -- observations ----------------------------------------------------------------------
    def x(self, *argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(argv), env=dict(self), capture_output=True, text=True,
                              timeout=10, check=False)

    def notify_calls(self) -> list[NotifyCall]:
        return parse_notify_calls(self.monitor_log.read_text(errors="replace"))

    def window_mapped(self, name_regex: str) -> bool:
        return self.x("xdotool", "search", "--onlyvisible", "--name", name_regex).returncode == 0

    def frame_of(self, name_regex: str) -> tuple[int, int, int, int] | None:
        """The visible window's outer rectangle (x, y, width, height), the window manager's
        frame included (``_NET_FRAME_EXTENTS``), or None while there is none."""
        found = self.x("xdotool", "search", "--onlyvisible", "--name", name_regex)
        if found.returncode != 0 or not found.stdout.split():
            return None
        window = found.stdout.split()[0]
        shell = self.x("xdotool", "getwindowgeometry", "--shell", window).stdout
        geo = dict(line.split("=", 1) for line in shell.split() if "=" in line)
        extents = self.x("xprop", "-id", window, "_NET_FRAME_EXTENTS").stdout
        m = re.search(r"= (\d+), (\d+), (\d+), (\d+)", extents)
        left, right, top, bottom = (int(v) for v in m.groups()) if m else (0, 0, 0, 0)
        return (int(geo["X"]) - left, int(geo["Y"]) - top,
                int(geo["WIDTH"]) + left + right, int(geo["HEIGHT"]) + top + bottom)

    def windows_of(self, pid: int) -> list[int]:
        found = self.x("xdotool", "search", "--pid", str(pid))
        return [int(w) for w in found.stdout.split()] if found.returncode == 0 else []

    def parent_of(self, window: int) -> int | None:
        info = self.x("xwininfo", "-children", "-id", str(window))
        m = re.search(r"Parent window id: (0x[0-9a-f]+)", info.stdout)
        if m is None or "(the root window)" in info.stdout.split("Parent window id:")[1]\
                .splitlines()[0]:
            return None
        return int(m.group(1), 16)

    def tray_icon_embedded(self, pid: int) -> bool:
        """True when a window of ``pid`` has a trayer window among its ancestors."""
        return self.tray_icon_window(pid) is not None

    def tray_icon_window(self, pid: int) -> int | None:
        """The window of ``pid`` embedded in trayer (its tray icon), if there is one."""
        trayer_windows = set(self.windows_of(self.trayer_pid))
        for window in self.windows_of(pid):
            ancestor = self.parent_of(window)
            hops = 0
            while ancestor is not None and hops < 16:
                if ancestor in trayer_windows:
                    return window
                ancestor = self.parent_of(ancestor)
                hops += 1
        return None

    def screenshot(self, path: Path | str) -> Path:
        target = Path(path)
        result = self.x("import", "-window", "root", str(target))
        assert result.returncode == 0, f"import failed: {result.stderr}"
        return target

    def active_window(self) -> str:
        found = self.x("xdotool", "getactivewindow", "getwindowname")
        return found.stdout.strip() if found.returncode == 0 else ""

    def accessible_tree(self, app: str = "backbreak") -> list[dict[str, object]]:
        import json

        done = subprocess.run([SYSTEM_PYTHON, str(ATSPI_DUMP), "tree", app], env=dict(self),
                              capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr
        tree: list[dict[str, object]] = json.loads(done.stdout)
        return tree

    def act_accessible(self, role: str, name: str, app: str = "backbreak") -> bool:
        """Do what a screen reader user's Enter does on the ``role`` named ``name``."""
        done = subprocess.run([SYSTEM_PYTHON, str(ATSPI_DUMP), "act", app, role, name],
                              env=dict(self), capture_output=True, text=True, timeout=60,
                              check=False)
        return done.returncode == 0

    def listen_accessible(self, event: str, seconds: float) -> Path:
        """Record AT-SPI ``event``s for ``seconds`` into a file of JSON lines (returned once
        the listener is attached)."""
        out = self.log_dir / f"atspi-{event.replace(':', '-')}.jsonl"
        self.start(f"listen-{event}", [SYSTEM_PYTHON, str(ATSPI_DUMP), "listen", event,
                                        str(seconds)], stdout=out,
                   stderr=self.log_dir / "atspi-listen.err")
        self.wait_until(lambda: out.exists() and "listening" in out.read_text(), 20,
                        f"the AT-SPI listener for {event}")
        return out

    def wait_until(self, predicate: Callable[[], object], timeout: float = 10.0,
                   what: str = "condition") -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                pytest.fail(f"timed out after {timeout} s waiting for {what}\n{self.logs()}",
                            pytrace=False)
            time.sleep(0.05)


def _read_fd_line(fd: int, timeout: float, what: str) -> str:
    """Read one line a child writes to a pipe (Xvfb -displayfd, dbus-daemon --print-address)."""
    import select

    buf = b""
    deadline = time.monotonic() + timeout
    while b"\n" not in buf:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise RuntimeError(f"{what} did not start within {timeout} s")
        chunk = os.read(fd, 4096)
        if not chunk:
            raise RuntimeError(f"{what} exited before it was ready")
        buf += chunk
    return buf.split(b"\n", 1)[0].decode().strip()


def _start_stack(session: XSession) -> None:
    # Xvfb picks a free display and tells us which (no race with another X server).
    read_fd, write_fd = os.pipe()
    try:
        session.start("xvfb", ["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                               "1280x800x24", "-nolisten", "tcp", "-noreset"],
                      pass_fds=(write_fd,))
        os.close(write_fd)
        session["DISPLAY"] = ":" + _read_fd_line(read_fd, STARTUP_TIMEOUT_S, "Xvfb")
    finally:
        os.close(read_fd)

    start_session_bus(session)

    session.start("dbus-monitor", ["dbus-monitor", "--session",
                                   "interface='org.freedesktop.Notifications'"],
                  stdout=session.monitor_log, stderr=session.log_dir / "dbus-monitor.log")
    session.start("dunst", ["dunst"])
    trayer = session.start("trayer", ["trayer", "--edge", "top", "--align", "right",
                                      "--widthtype", "request", "--height", "24",
                                      "--SetDockType", "true", "--expand", "false"])
    session.trayer_pid = trayer.pid

    def bus_has(name: str) -> bool:
        r = session.x("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                      "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                      f"string:{name}")
        return "boolean true" in r.stdout

    def monitor_ready() -> bool:
        return session.monitor_log.exists() and "NameLost" in session.monitor_log.read_text()

    session.wait_until(lambda: bus_has("org.freedesktop.Notifications"), STARTUP_TIMEOUT_S,
                       "dunst to own org.freedesktop.Notifications")
    session.wait_until(monitor_ready, STARTUP_TIMEOUT_S, "dbus-monitor to attach")
    session.wait_until(lambda: session.windows_of(trayer.pid), STARTUP_TIMEOUT_S,
                       "trayer's window")
    for started in session._started:
        if started.proc.poll() is not None:
            pytest.fail(f"{started.name} exited early\n{session.logs()}", pytrace=False)


def start_window_manager_and_atspi(session: XSession, wm: str = "openbox") -> None:
    command, package = WINDOW_MANAGERS[wm]
    missing = [f"{exe} (apt install {pkg})" for exe, pkg in {**WM_TOOLS, wm: package}.items()
               if shutil.which(exe) is None]
    has_pyatspi = shutil.which(SYSTEM_PYTHON) and subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False).returncode == 0
    if not has_pyatspi:
        missing.append("pyatspi for /usr/bin/python3 (apt install python3-pyatspi)")
    if missing:
        unavailable("missing " + ", ".join(missing))
    session.pop("NO_AT_BRIDGE", None)
    session["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    session.start("at-spi-bus", ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    session.start(wm, command)

    def wm_running() -> bool:
        return "window id #" in session.x("xprop", "-root", "_NET_SUPPORTING_WM_CHECK").stdout

    def a11y_bus() -> bool:
        r = session.x("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                      "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                      "string:org.a11y.Bus")
        return "boolean true" in r.stdout

    session.wait_until(wm_running, STARTUP_TIMEOUT_S, f"{wm} to manage the screen")
    session.wait_until(a11y_bus, STARTUP_TIMEOUT_S, "the AT-SPI bus launcher (org.a11y.Bus)")


@pytest.fixture
def wm_session(x_session: XSession) -> XSession:
    start_window_manager_and_atspi(x_session, "openbox")
    return x_session


def private_xdg_dirs(home: Path) -> dict[str, Path]:
    """A throw-away user's XDG folders under ``home``, made private (0700) as a desktop makes
    them: the environment variable for each."""
    dirs = {name: home / sub for name, sub in [
        ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"), ("XDG_CACHE_HOME", ".cache"),
        ("XDG_RUNTIME_DIR", "runtime")]}
    for path in dirs.values():
        path.mkdir(parents=True, mode=0o700)
    return dirs


def start_session_bus(session: XSession, address: str | None = None) -> None:
    """A private D-Bus session bus for ``session`` (at ``address`` if given); its address
    goes into the environment."""
    at = [f"--address={address}"] if address else []
    read_fd, write_fd = os.pipe()
    try:
        session.start("dbus", ["dbus-daemon", "--session", "--nofork", "--nopidfile", *at,
                               f"--print-address={write_fd}"], pass_fds=(write_fd,))
        os.close(write_fd)
        session["DBUS_SESSION_BUS_ADDRESS"] = _read_fd_line(read_fd, STARTUP_TIMEOUT_S,
                                                            "dbus-daemon")
    finally:
        os.close(read_fd)


@pytest.fixture
def x_session(tmp_path: Path) -> Iterator[XSession]:
    check_desktop_tools()
    home = tmp_path / "home"
    dirs = private_xdg_dirs(home)
    keep = {k: v for k, v in os.environ.items()
            if k in {"PATH", "LANG", "LC_ALL", "LANGUAGE", "TZ", "VIRTUAL_ENV", "PYTHONPATH"}}
    session = XSession(tmp_path)
    session.update(keep)
    session.update({k: str(v) for k, v in dirs.items()})
    session.update({"HOME": str(home), "QT_QPA_PLATFORM": "xcb", "XDG_SESSION_TYPE": "x11",
                    "XDG_DATA_DIRS": os.environ.get("XDG_DATA_DIRS",
                                                    "/usr/local/share:/usr/share"),
                    "NO_AT_BRIDGE": "1"})
    try:
        _start_stack(session)
        yield session
    finally:
        session.stop_all()
