"""A real KDE window manager for desktop tests: KWin 5.27 Wayland headless (``--virtual``,
one 1280x800 output) with Xwayland, a private D-Bus session, and what KWin alone does not
give: a StatusNotifierItem host and a notification server (in Plasma both are plasmashell,
which is not installed here), waybar's tray module and mako standing in for them (they speak
KWin's layer-shell).

Debian installs ``kwin_wayland`` with the file capability ``cap_sys_resource``; where that
capability is outside the bounding set (a container, CI) the kernel refuses to run the file at
all ("Operation not permitted"). A copy carries no capability and runs; KWin only uses it to
raise its own scheduling limits.

KWin runs as root (unlike sway). It starts Xwayland on the lowest free X display (taking the
lock file, so it clashes with no other X server); the display is read from the environment
KWin gives the programs it starts. KWin's privileged Wayland interfaces (fake input) and its
screenshot D-Bus interface are opened to the test with ``KWIN_WAYLAND_NO_PERMISSION_CHECKS``
and ``KWIN_SCREENSHOT_NO_PERMISSION_CHECKS``. Input comes from ``kwin_input.py``
(``org_kde_kwin_fake_input``); windows are listed by a KWin script (KWin's own view: place,
size, focus, layer, stacking); screenshots come from ``org.kde.KWin.ScreenShot2``
(``kwin_shot.py``, Debian's python3-dbus passes the pipe).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from conftest import (
    STARTUP_TIMEOUT_S,
    XSession,
    installed_backbreak,
    private_xdg_dirs,
    start_session_bus,
    unavailable,
)
from sway_session import wait_for_bar_and_banners

HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-dbus, for the screenshot helper
WAYLAND_NAME = "wayland-bb"
SCREEN_W, SCREEN_H = 1280, 800

#: binary -> Debian 12 package
KWIN_TOOLS: dict[str, str] = {
    "kwin_wayland": "kwin-wayland",
    "Xwayland": "xwayland",
    "waybar": "waybar",
    "mako": "mako-notifier",
    "convert": "imagemagick",
    "dbus-daemon": "dbus-daemon",
    "dbus-monitor": "dbus-bin",
    "dbus-send": "dbus-bin",
}

WAYBAR_CONFIG = {
    "layer": "top", "position": "top", "height": 30,
    "modules-center": ["clock"], "modules-right": ["tray"],
    "tray": {"icon-size": 22, "spacing": 8},
}

# KWin's own view of every window, printed to its log with a marker the test looks for
WINDOWS_SCRIPT = """\
var out = [];
var clients = workspace.clientList();
for (var i = 0; i < clients.length; i++) {
  var c = clients[i];
  out.push({caption: c.caption, resourceClass: String(c.resourceClass), pid: c.pid,
            x: c.x, y: c.y, width: c.width, height: c.height,
            active: workspace.activeClient === c, fullScreen: c.fullScreen,
            keepAbove: c.keepAbove, layer: c.layer, stackingOrder: c.stackingOrder,
            dialog: c.dialog, demandsAttention: c.demandsAttention,
            x11: c.windowId > 0});
}
print("%(marker)s " + JSON.stringify(out));
"""
FULLSCREEN_SCRIPT = """\
var clients = workspace.clientList();
for (var i = 0; i < clients.length; i++) {
  if (clients[i].caption == %(caption)s) { clients[i].fullScreen = %(on)s; }
}
print("%(marker)s done");
"""


class KwinSession(XSession):
    """The environment of a running KWin session, plus helpers (see ``XSession``)."""

    def __init__(self, tmp: Path) -> None:
        super().__init__(tmp)
        self._input: subprocess.Popen[str] | None = None
        self._scripts = 0

    # -- KWin ------------------------------------------------------------------------------
    def _kwin_log(self) -> str:
        return (self.log_dir / "kwin.log").read_text(errors="replace")

    def run_script(self, source: str) -> str:
        """Load, run and unload a KWin script; returns what it printed after its marker."""
        self._scripts += 1
        marker = f"BBSCRIPT{self._scripts}"
        path = self.tmp / f"script-{self._scripts}.js"
        path.write_text(source.replace("%(marker)s", marker))
        name = f"backbreak-test-{self._scripts}"
        loaded = self.x("dbus-send", "--session", "--print-reply", "--dest=org.kde.KWin",
                        "/Scripting", "org.kde.kwin.Scripting.loadScript", f"string:{path}",
                        f"string:{name}")
        assert loaded.returncode == 0, loaded.stderr
        script_id = loaded.stdout.split("int32")[1].split()[0]
        try:
            ran = self.x("dbus-send", "--session", "--print-reply", "--dest=org.kde.KWin",
                         f"/{script_id}", "org.kde.kwin.Script.run")
            assert ran.returncode == 0, ran.stderr
            printed: list[str] = []

            def seen() -> bool:
                printed[:] = [ln.split(marker + " ", 1)[1] for ln in self._kwin_log().splitlines()
                              if marker + " " in ln]
                return bool(printed)

            self.wait_until(seen, 10, f"KWin script {name} to print")
            return printed[0]
        finally:
            self.x("dbus-send", "--session", "--print-reply", "--dest=org.kde.KWin",
                   "/Scripting", "org.kde.kwin.Scripting.unloadScript", f"string:{name}")

    def windows(self) -> list[dict[str, Any]]:
        """Every window KWin manages, as its scripting interface describes it."""
        found: list[dict[str, Any]] = json.loads(self.run_script(WINDOWS_SCRIPT))
        return found

    def window(self, caption: str) -> dict[str, Any] | None:
        return next((w for w in self.windows() if w["caption"] == caption), None)

    def active(self) -> dict[str, Any] | None:
        return next((w for w in self.windows() if w["active"]), None)

    def set_fullscreen(self, caption: str, on: bool) -> None:
        self.run_script(FULLSCREEN_SCRIPT.replace("%(caption)s", json.dumps(caption))
                        .replace("%(on)s", "true" if on else "false"))

    # -- input -----------------------------------------------------------------------------
    def send_input(self, command: str) -> None:
        """One command for ``kwin_input.py`` (``type abc``, ``key alt+Tab``, ``move X Y``)."""
        assert self._input is not None and self._input.stdin and self._input.stdout
        self._input.stdin.write(command + "\n")
        self._input.stdin.flush()
        answer = self._input.stdout.readline().strip()
        assert answer == "ok", f"kwin_input: {answer!r}\n{self.logs()}"

    def type_text(self, text: str) -> None:
        self.send_input(f"type {text}")

    # -- screenshots -----------------------------------------------------------------------
    def screenshot(self, path: Path | str) -> Path:
        target = Path(path)
        done = subprocess.run([SYSTEM_PYTHON, str(HERE / "kwin_shot.py"), str(target)],
                              env=dict(self), capture_output=True, text=True, timeout=30,
                              check=False)
        assert done.returncode == 0, f"screenshot failed: {done.stdout} {done.stderr}"
        return target

    # -- D-Bus -----------------------------------------------------------------------------
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

    def stop_all(self) -> None:
        if self._input is not None:
            if self._input.stdin:
                self._input.stdin.close()
            try:
                self._input.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._input.kill()
                self._input.wait(timeout=5)
            if self._input.stdout:
                self._input.stdout.close()
            self._input = None
        super().stop_all()


def check_kwin_tools() -> None:
    missing = [f"{exe} (apt install {pkg})" for exe, pkg in KWIN_TOOLS.items()
               if shutil.which(exe) is None]
    has_dbus = shutil.which(SYSTEM_PYTHON) and subprocess.run(
        [SYSTEM_PYTHON, "-c", "import dbus"], capture_output=True, check=False).returncode == 0
    if not has_dbus:
        missing.append("dbus for /usr/bin/python3 (apt install python3-dbus)")
    if missing:
        unavailable("missing " + ", ".join(missing))
    if installed_backbreak() is None:
        unavailable("the backbreak console script is not installed (pip install '.[test]')")


def _start_kwin(session: KwinSession) -> None:
    kwin = session.tmp / "kwin_wayland"  # a copy without the file capability (see above)
    shutil.copyfile(shutil.which("kwin_wayland") or "kwin_wayland", kwin)
    kwin.chmod(0o755)
    env_file = session.tmp / "kwin-child-env"
    tell_env = session.tmp / "tell-env.sh"  # KWin runs it once Xwayland is up
    tell_env.write_text(
        f"#!/bin/sh\nenv > '{env_file}.part' && mv '{env_file}.part' '{env_file}'\n")
    tell_env.chmod(0o755)
    env = {**session, "KWIN_WAYLAND_NO_PERMISSION_CHECKS": "1",
           "KWIN_SCREENSHOT_NO_PERMISSION_CHECKS": "1"}
    log: IO[bytes] = open(session.log_dir / "kwin.log", "wb")  # noqa: SIM115 - stop_all
    proc = subprocess.Popen(
        [str(kwin), "--virtual", "--xwayland", "--socket", WAYLAND_NAME,
         "--width", str(SCREEN_W), "--height", str(SCREEN_H), "--no-lockscreen",
         "--no-kactivities", str(tell_env)],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    from conftest import _Started

    session._started.append(_Started("kwin", proc, [log]))
    session.wait_until(lambda: env_file.exists() or proc.poll() is not None, STARTUP_TIMEOUT_S,
                       "KWin and its Xwayland to start")
    if proc.poll() is not None:
        pytest.fail(f"KWin exited\n{session.logs()}", pytrace=False)
    child_env = dict(line.split("=", 1) for line in env_file.read_text().splitlines()
                     if "=" in line)
    session["WAYLAND_DISPLAY"] = WAYLAND_NAME
    session["DISPLAY"] = child_env["DISPLAY"]
    if child_env.get("XAUTHORITY"):
        session["XAUTHORITY"] = child_env["XAUTHORITY"]


def _start_stack(session: KwinSession) -> None:
    start_session_bus(session)
    _start_kwin(session)
    session.start("dbus-monitor", ["dbus-monitor", "--session",
                                   "interface='org.freedesktop.Notifications'"],
                  stdout=session.monitor_log, stderr=session.log_dir / "dbus-monitor.log")
    waybar = session.tmp / "waybar"
    waybar.mkdir()
    (waybar / "config").write_text(json.dumps(WAYBAR_CONFIG))
    (waybar / "style.css").write_text("* { font-family: sans-serif; font-size: 13px; }\n"
                                      "window#waybar { background: #222; color: #eee; }\n")
    session.start("mako", ["mako"])
    session.start("waybar", ["waybar", "-c", str(waybar / "config"), "-s",
                             str(waybar / "style.css")])
    log = open(session.log_dir / "kwin-input.log", "wb")  # noqa: SIM115 - stop_all
    session._input = subprocess.Popen(
        [sys.executable, str(HERE / "kwin_input.py")], env=dict(session), text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log)
    from conftest import _Started

    session._started.append(_Started("kwin-input", session._input, [log]))  # type: ignore[arg-type]
    assert session._input.stdout is not None
    ready = session._input.stdout.readline().strip()
    if ready != "ready":
        pytest.fail(f"kwin_input.py: {ready!r}\n{session.logs()}", pytrace=False)
    wait_for_bar_and_banners(session)


@pytest.fixture(scope="module")
def kwin_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KwinSession]:
    """One KWin session for the module's tests (starting one takes a few seconds)."""
    check_kwin_tools()
    tmp = tmp_path_factory.mktemp("kwin")
    home = tmp / "home"
    dirs = private_xdg_dirs(home)
    session = KwinSession(tmp)
    session.update({k: v for k, v in os.environ.items()
                    if k in {"PATH", "LANG", "LC_ALL", "LANGUAGE", "TZ", "VIRTUAL_ENV"}})
    session.update({k: str(v) for k, v in dirs.items()})
    # what a Plasma Wayland session sets for the programs it starts
    session.update({"HOME": str(home), "XDG_SESSION_TYPE": "wayland",
                    "XDG_CURRENT_DESKTOP": "KDE", "KDE_SESSION_VERSION": "5",
                    "XDG_DATA_DIRS": os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share"),
                    "NO_AT_BRIDGE": "1"})
    try:
        _start_stack(session)
        yield session
    finally:
        session.stop_all()
