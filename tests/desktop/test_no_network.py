"""No network, ever: the installed app runs a whole prompt cycle under ``strace`` and never
creates an internet socket (AF_INET / AF_INET6). Local sockets (AF_UNIX for X11, D-Bus and the
control channel; AF_NETLINK for interface and udev queries) are fine.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from app_driver import PROMPT_WINDOW, cli, start_app

pytestmark = pytest.mark.desktop

# strace -f lines: "<pid> socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3"
_SOCKET_CALL = re.compile(r"\bsocket\((?:PF|AF)_(\w+)")
_CONNECT_CALL = re.compile(r"\bconnect\(\d+, \{sa_family=AF_(\w+)")
INTERNET = frozenset({"INET", "INET6"})


def _installed_backbreak() -> str:
    exe = shutil.which("backbreak", path=str(Path(sys.executable).parent)) or shutil.which(
        "backbreak"
    )
    if exe is None:
        pytest.skip("the backbreak console script is not installed (pip install '.[test]')")
    return exe


def families(trace: str) -> tuple[Counter[str], Counter[str]]:
    """Address families of every socket() and connect() call in an ``strace -f`` log."""
    created = Counter(m.group(1) for m in _SOCKET_CALL.finditer(trace))
    connected = Counter(m.group(1) for m in _CONNECT_CALL.finditer(trace))
    return created, connected


def test_families_reads_strace_lines() -> None:
    trace = (
        "12 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3\n"
        '12 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.X11-unix/X1"}, 20) = 0\n'
        "13 socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 9\n"
        "13 connect(9, {sa_family=AF_INET, sin_port=htons(53), "
        'sin_addr=inet_addr("1.1.1.1")}, 16) = 0\n'
    )
    created, connected = families(trace)
    assert created == Counter({"UNIX": 1, "INET6": 1})
    assert connected == Counter({"UNIX": 1, "INET": 1})


def test_the_app_opens_no_internet_socket_through_a_prompt_cycle(x_session: Any) -> None:
    if shutil.which("strace") is None:
        reason = "missing strace (apt install strace)"
        if os.environ.get("BACKBREAK_REQUIRE_DESKTOP") == "1":
            pytest.fail(f"desktop test environment incomplete: {reason}", pytrace=False)
        pytest.skip(reason)
    trace_file = x_session.tmp / "strace.txt"
    app = x_session.start(
        "strace-app",
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect",
            "-o",
            str(trace_file),
            _installed_backbreak(),
            "run",
            "--interval",
            "5s",
            "--anytime",
        ],
    )
    x_session.wait_until(
        lambda: cli(x_session, "status").returncode == 0 or app.poll() is not None,
        timeout=30,
        what="the app under strace to answer on its control socket",
    )
    assert app.poll() is None, x_session.logs()
    x_session.wait_until(
        lambda: x_session.window_mapped(PROMPT_WINDOW), timeout=30, what="the prompt card mapped"
    )
    assert cli(x_session, "stretch").returncode == 0
    x_session.wait_until(lambda: x_session.window_mapped("^backbreak: "), what="the player")
    assert cli(x_session, "quit").returncode == 0
    assert app.wait(timeout=15) == 0

    created, connected = families(trace_file.read_text(errors="replace"))
    # The trace saw the app's real sockets (X11, D-Bus, the control socket), so an empty
    # result cannot pass for a clean one.
    assert created["UNIX"] > 0 and connected["UNIX"] > 0, (created, connected)
    assert not INTERNET & set(created), f"internet sockets created: {created}"
    assert not INTERNET & set(connected), f"internet connects: {connected}"


def test_the_app_does_not_even_load_tls(x_session: Any) -> None:
    """OpenSSL would come only through a library that imports asyncio; the app keeps it out
    (about 4 MB resident). Checked after a prompt, the player and the weekly window."""
    app = start_app(x_session, "--interval", "5s")
    x_session.wait_until(
        lambda: x_session.window_mapped(PROMPT_WINDOW), timeout=30, what="the prompt card mapped"
    )
    assert cli(x_session, "stretch").returncode == 0
    x_session.wait_until(lambda: x_session.window_mapped("^backbreak: "), what="the player")
    assert cli(x_session, "stats").returncode == 0  # the running app opens the window
    x_session.wait_until(lambda: x_session.window_mapped("^Weekly history"), what="the window")
    maps = Path(f"/proc/{app.pid}/maps").read_text()
    assert "libQt6Core" in maps  # the right process, fully started
    assert not re.search(r"lib(ssl|crypto)\.so", maps)
    assert cli(x_session, "quit").returncode == 0
    assert app.wait(timeout=15) == 0


# What the idle tray must not map (tests/bench/README.md: where the memory went): QtNetwork
# (the control socket is a plain one), QtSvg (the start-up icons are PNGs; the player's
# illustrations load it), OpenSSL, and the C parts of asyncio and multiprocessing (imported
# by APScheduler, replaced by one QTimer).
NOT_WHILE_IDLE = ("libQt6Network", "libQt6Svg", "libssl", "libcrypto", "_asyncio.",
                  "_multiprocessing.")


def _mapped(pid: int) -> set[str]:
    maps = Path(f"/proc/{pid}/maps").read_text()
    return {name for name in NOT_WHILE_IDLE if name in maps}


def test_the_idle_tray_maps_only_what_it_needs(x_session: Any) -> None:
    app = start_app(x_session)  # the default 30-minute interval: no break during the test
    x_session.wait_until(
        lambda: x_session.tray_icon_embedded(app.pid), timeout=15, what="the tray icon embedded"
    )
    assert "libQt6Widgets" in Path(f"/proc/{app.pid}/maps").read_text()  # fully started
    assert _mapped(app.pid) == set()
    # The check can see a library arrive: the player's illustrations bring QtSvg.
    assert cli(x_session, "stretch").returncode == 0
    x_session.wait_until(lambda: x_session.window_mapped("^backbreak: "), what="the player")
    assert _mapped(app.pid) == {"libQt6Svg"}
    assert cli(x_session, "quit").returncode == 0
    assert app.wait(timeout=15) == 0
