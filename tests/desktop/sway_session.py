"""A real sway desktop for desktop tests: sway 1.7 headless, waybar (the StatusNotifierItem
host: its tray module owns ``org.kde.StatusNotifierWatcher``), mako (notifications), a private
D-Bus session, ``wtype`` for keys and ``grim`` for screenshots.

sway refuses to run as root, so when the tests run as root (CI) only sway itself runs as user
``nobody``, in a runtime folder of its own that ``nobody`` owns; every client (waybar, mako, the
app, the test's own helpers) connects to it by the socket's absolute path, as root may. Xwayland
is off: wlroots would take the lowest free X display, which other tests may be using.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    STARTUP_TIMEOUT_S,
    XSession,
    installed_backbreak,
    private_xdg_dirs,
    start_session_bus,
    unavailable,
)

#: binary -> Debian 12 package
SWAY_TOOLS: dict[str, str] = {
    "sway": "sway",
    "swaymsg": "sway",
    "waybar": "waybar",
    "mako": "mako-notifier",
    "makoctl": "mako-notifier",
    "wtype": "wtype",
    "grim": "grim",
    "setpriv": "util-linux",
    "dbus-daemon": "dbus-daemon",
    "dbus-monitor": "dbus-bin",
    "dbus-send": "dbus-bin",
    "notify-send": "libnotify-bin",
}

SWAY_CONFIG = """\
xwayland disable
output HEADLESS-1 resolution 1280x800 position 0 0 bg #335577 solid_color
default_border normal
"""
WAYBAR_CONFIG = {
    "layer": "top", "position": "top", "height": 30,
    "modules-left": ["sway/workspaces"], "modules-center": ["clock"], "modules-right": ["tray"],
    "tray": {"icon-size": 22, "spacing": 8},
}


class SwaySession(XSession):
    """The environment of a running sway session, plus helpers (see ``XSession``)."""

    def __init__(self, tmp: Path, sway_dir: Path) -> None:
        super().__init__(tmp)
        self.sway_dir = sway_dir
        self._keyboard: subprocess.Popen[bytes] | None = None

    # -- sway ----------------------------------------------------------------------------------
    def swaymsg(self, *args: str) -> Any:
        done = self.x("swaymsg", "-r", *args)
        assert done.returncode == 0, f"swaymsg {args}: {done.stdout} {done.stderr}"
        return json.loads(done.stdout) if done.stdout.strip() else None

    def windows(self) -> list[dict[str, Any]]:
        """Every client window: name, app_id, pid, focused, floating, fullscreen, rect."""
        found: list[dict[str, Any]] = []

        def walk(node: dict[str, Any], floating: bool) -> None:
            if node.get("type") in ("con", "floating_con") and node.get("pid"):
                found.append({
                    "name": node.get("name"), "app_id": node.get("app_id"), "pid": node["pid"],
                    "focused": node.get("focused"), "floating": floating,
                    "fullscreen": node.get("fullscreen_mode", 0) != 0, "rect": node["rect"],
                    "visible": node.get("visible"),
                })
            for child in node.get("nodes", []):
                walk(child, floating)
            for child in node.get("floating_nodes", []):
                walk(child, True)

        walk(self.swaymsg("-t", "get_tree"), False)
        return found

    def window(self, name: str) -> dict[str, Any] | None:
        return next((w for w in self.windows() if w["name"] == name), None)

    def focused(self) -> dict[str, Any] | None:
        return next((w for w in self.windows() if w["focused"]), None)

    def type_text(self, text: str) -> None:
        done = self.x("wtype", text)
        assert done.returncode == 0, done.stderr

    def screenshot(self, path: Path | str) -> Path:
        target = Path(path)
        done = self.x("grim", str(target))
        assert done.returncode == 0, f"grim failed: {done.stderr}"
        return target

    def sni_items(self) -> list[str]:
        done = self.x("dbus-send", "--session", "--print-reply",
                      "--dest=org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                      "org.freedesktop.DBus.Properties.Get",
                      "string:org.kde.StatusNotifierWatcher",
                      "string:RegisteredStatusNotifierItems")
        return [line.split('"')[1] for line in done.stdout.splitlines() if '"' in line]

    def bus_has(self, name: str) -> bool:
        r = self.x("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                   "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{name}")
        return "boolean true" in r.stdout


def check_sway_tools() -> None:
    missing = [f"{exe} (apt install {pkg})" for exe, pkg in SWAY_TOOLS.items()
               if shutil.which(exe) is None]
    if missing:
        unavailable("missing " + ", ".join(missing))
    if installed_backbreak() is None:
        unavailable("the backbreak console script is not installed (pip install '.[test]')")


def _as_sway_user() -> list[str]:
    """The prefix that runs a command as the user sway runs as (nobody when we are root)."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


def _start_sway(session: SwaySession) -> None:
    sway_dir = session.sway_dir
    (sway_dir / "sway.conf").write_text(SWAY_CONFIG)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(sway_dir),
        "XDG_RUNTIME_DIR": str(sway_dir), "LANG": "C.UTF-8",
        "WLR_BACKENDS": "headless", "WLR_HEADLESS_OUTPUTS": "1", "WLR_LIBINPUT_NO_DEVICES": "1",
        "WLR_RENDERER": "pixman",
    }
    log = open(session.log_dir / "sway.log", "wb")  # noqa: SIM115 - closed by stop_all
    proc = subprocess.Popen([*_as_sway_user(), "sway", "-c", str(sway_dir / "sway.conf")],
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    from conftest import _Started

    session._started.append(_Started("sway", proc, [log]))
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while True:
        sockets = sorted(p for p in sway_dir.glob("wayland-*") if not p.name.endswith(".lock"))
        ipc = sorted(sway_dir.glob("sway-ipc.*.sock"))
        if sockets and ipc:
            break
        if proc.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"sway did not start\n{session.logs()}", pytrace=False)
        time.sleep(0.05)
    session["WAYLAND_DISPLAY"] = str(sockets[0])
    session["SWAYSOCK"] = str(ipc[0])


def _start_stack(session: SwaySession) -> None:
    _start_sway(session)
    start_session_bus(session)
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
    # a keyboard that stays plugged in, as a real one does: without it every wtype call adds
    # and removes the seat's only keyboard, and Qt deactivates its window each time
    session.start("keyboard", ["wtype", "-s", "86400000"])
    wait_for_bar_and_banners(session)


def wait_for_bar_and_banners(session: Any) -> None:
    """waybar (the tray host) and mako (the notification server) are on the bus, the bus
    monitor listens, and nothing started so far has ended."""
    session.wait_until(lambda: session.bus_has("org.freedesktop.Notifications"),
                       STARTUP_TIMEOUT_S, "mako to own org.freedesktop.Notifications")
    session.wait_until(lambda: session.bus_has("org.kde.StatusNotifierWatcher"),
                       STARTUP_TIMEOUT_S, "waybar to own org.kde.StatusNotifierWatcher")
    session.wait_until(lambda: session.monitor_log.exists()
                       and "NameLost" in session.monitor_log.read_text(),
                       STARTUP_TIMEOUT_S, "dbus-monitor to attach")
    for started in session._started:
        if started.proc.poll() is not None:
            pytest.fail(f"{started.name} exited early\n{session.logs()}", pytrace=False)


@pytest.fixture(scope="module")
def sway_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SwaySession]:
    """One sway session for the module's tests (starting one takes a few seconds)."""
    check_sway_tools()
    tmp = tmp_path_factory.mktemp("sway")
    home = tmp / "home"
    dirs = private_xdg_dirs(home)
    sway_dir = Path(tempfile.mkdtemp(prefix="backbreak-sway-"))
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        os.chown(sway_dir, nobody.pw_uid, nobody.pw_gid)
    session = SwaySession(tmp, sway_dir)
    session.update({k: v for k, v in os.environ.items()
                    if k in {"PATH", "LANG", "LC_ALL", "LANGUAGE", "TZ", "VIRTUAL_ENV"}})
    session.update({k: str(v) for k, v in dirs.items()})
    session.update({"HOME": str(home), "XDG_SESSION_TYPE": "wayland",
                    "XDG_CURRENT_DESKTOP": "sway",
                    "XDG_DATA_DIRS": os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share"),
                    "NO_AT_BRIDGE": "1"})
    try:
        _start_stack(session)
        yield session
    finally:
        session.stop_all()
        shutil.rmtree(sway_dir, ignore_errors=True)
