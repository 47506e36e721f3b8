"""What runs without a Wayland compositor: the display-server choice, the idle and focus sources
refusing cleanly where there is no compositor, the notification commands. The compositors
themselves are in tests/desktop (sway, GNOME Shell)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from backbreak.platform.display_server import XWAYLAND_FIRST, preferred_platform
from backbreak.platform.notify_dbus import close_notification_argv, notify_send_argv

GNOME_WAYLAND = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0",
                 "DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "GNOME"}


@pytest.mark.parametrize(
    ("env", "chosen"),
    [
        (GNOME_WAYLAND, XWAYLAND_FIRST),
        ({**GNOME_WAYLAND, "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, XWAYLAND_FIRST),
        ({**GNOME_WAYLAND, "XDG_CURRENT_DESKTOP": "KDE"}, XWAYLAND_FIRST),
        ({**GNOME_WAYLAND, "QT_QPA_PLATFORM": "wayland"}, None),  # the user's choice stands
        ({**GNOME_WAYLAND, "DISPLAY": ""}, None),  # no Xwayland
        ({**GNOME_WAYLAND, "XDG_CURRENT_DESKTOP": "sway"}, None),  # wlroots: Wayland itself
        ({**GNOME_WAYLAND, "XDG_CURRENT_DESKTOP": ""}, None),
        ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0", "XDG_CURRENT_DESKTOP": "GNOME"}, None),
    ],
)
def test_xwayland_first_on_gnome_and_kde_wayland_only(env: dict[str, str],
                                                       chosen: str | None) -> None:
    platform, why = preferred_platform(env)
    assert platform == chosen and why


def test_no_compositor_means_no_wayland_source(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               qapp: Any) -> None:
    from backbreak.platform.idle import NullIdle, detect_idle_source
    from backbreak.platform.idle_wayland import WaylandIdle
    from backbreak.platform.wayland_focus import FocusKeeper

    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    with pytest.raises(OSError, match="WAYLAND_DISPLAY"):
        WaylandIdle()
    nowhere = str(tmp_path / "wayland-9")
    started = time.monotonic()
    for make in (lambda: WaylandIdle(nowhere), lambda: FocusKeeper("app", nowhere)):
        with pytest.raises(OSError, match="cannot connect"):
            make()
    assert time.monotonic() - started < 2
    monkeypatch.setenv("WAYLAND_DISPLAY", nowhere)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    assert isinstance(detect_idle_source(), NullIdle)


def test_a_compositor_that_never_answers_is_given_up_within_the_timeout(
    tmp_path: Path, qapp: Any
) -> None:
    """A socket that accepts and says nothing (a hung compositor): set-up stops waiting."""
    import socket

    from backbreak.platform.idle_wayland import WaylandIdle
    from backbreak.platform.wayland_client import SETUP_TIMEOUT_S

    path = tmp_path / "wayland-hung"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    try:
        started = time.monotonic()
        with pytest.raises(OSError, match="did not answer"):
            WaylandIdle(str(path))
        assert time.monotonic() - started < SETUP_TIMEOUT_S + 1
    finally:
        server.close()


def test_bubbles_with_buttons_ask_for_their_id_and_can_be_closed() -> None:
    argv = notify_send_argv("Title", "Body", [("start", "Start")], 10000, print_id=True)
    assert "--print-id" in argv and argv[-2:] == ["Title", "Body"]
    assert "--print-id" not in notify_send_argv("T", "B", [], 10000)
    close = close_notification_argv(42)
    assert close is not None and close[-1] in ("uint32:42", "42")
    assert any("CloseNotification" in part for part in close)
