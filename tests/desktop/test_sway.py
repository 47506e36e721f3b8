"""backbreak on sway 1.7 (wlroots), as a Wayland client, in one session shared by the tests of
this module (they run in order): the tray item in waybar, the card floating at its size in the
bottom-right corner of the workspace (moved there through sway's IPC) while the focus stays with
a window the user keeps typing in, a break held while a full-screen window would be covered, the
player floating in the corner, and idle time from the compositor's idle protocol."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from subprocess import Popen
from typing import Any

import pytest
from app_driver import cli, history_rows, start_app
from sway_session import SwaySession, sway_session  # noqa: F401 - the fixture

from backbreak.core.model import Kind

pytestmark = pytest.mark.desktop

CARD = "backbreak: time to stand up"
SINK = "focus-sink"
INTERVAL_S = 10


@dataclass
class Desk:
    session: SwaySession
    app: Popen[bytes]
    sink_log: Path

    def status(self) -> dict[str, Any]:
        done = cli(self.session, "status", "--json")
        assert done.returncode == 0, done.stderr
        result: dict[str, Any] = json.loads(done.stdout)
        return result

    def typed(self) -> str:
        lines = [ln for ln in self.sink_log.read_text().splitlines() if " text=" in ln]
        return lines[-1].split(" text=", 1)[1] if lines else ""

    def app_log(self) -> str:
        path = Path(self.session["XDG_STATE_HOME"]) / "backbreak" / "log" / "backbreak.log"
        return path.read_text()

    def in_corner(self, name: str) -> bool:
        """The window ``name`` floats with its bottom-right corner near the focused workspace's
        (the bar at the top is outside the workspace)."""
        window = self.session.window(name)
        workspaces = self.session.swaymsg("-t", "get_workspaces")
        area = next(w["rect"] for w in workspaces if w["focused"])
        if window is None or not window["floating"]:
            return False
        r = window["rect"]
        right, bottom = area["x"] + area["width"], area["y"] + area["height"]
        return (right - 64 <= r["x"] + r["width"] <= right
                and bottom - 64 <= r["y"] + r["height"] <= bottom)

    def wait_in_corner(self, name: str) -> None:
        try:
            self.session.wait_until(lambda: self.in_corner(name), what=f"{name} in the corner")
        except BaseException as exc:
            workspaces = self.session.swaymsg("-t", "get_workspaces")
            raise AssertionError(f"{exc}\n{self.session.windows()}\n{workspaces}") from None

    def wait_for_prompt(self) -> None:
        self.session.wait_until(lambda: self.status()["state"] == "prompting",
                                timeout=INTERVAL_S + 15, what="the next prompt")
        self.session.wait_until(lambda: self.session.window(CARD) is not None,
                                what="the card's window")


@pytest.fixture(scope="module")
def desk(sway_session: SwaySession) -> Iterator[Desk]:  # noqa: F811 - the fixture
    s = sway_session
    sink_log = s.tmp / "sink.txt"
    sink_log.touch()
    s.start("sink", ["env", "QT_QPA_PLATFORM=wayland", sys.executable,
                     str(Path(__file__).parent / "focus_sink.py"), str(sink_log)])
    s.wait_until(lambda: (s.focused() or {}).get("name") == SINK, what="the text field focused")
    s.wait_until(lambda: (s.type_text("a"), "text=a" in sink_log.read_text())[1],
                 what="typing to reach the text field")
    config = Path(s["XDG_CONFIG_HOME"]) / "backbreak"
    config.mkdir(parents=True, exist_ok=True)
    # typing_pause 0s: the card comes while the user types (by default it would wait for a
    # pause in the typing), which is when taking the focus would hurt most
    (config / "config.toml").write_text('[breaks]\nnatural_break = "1m"\ntyping_pause = "0s"\n')
    state = Path(s["XDG_STATE_HOME"]) / "backbreak"
    state.mkdir(parents=True, exist_ok=True)
    (state / "welcomed").touch()  # no first-run welcome
    (state / "safety-seen").touch()  # nor the safety screen after it
    app = start_app(s, "--interval", f"{INTERVAL_S}s")
    desk = Desk(s, app, sink_log)
    yield desk
    cli(s, "quit")
    app.wait(timeout=10)


def test_the_tray_item_is_registered_with_waybar(desk: Desk) -> None:
    s = desk.session
    s.wait_until(lambda: s.sni_items(), what="a StatusNotifierItem registered")
    (item,) = s.sni_items()
    owner = s.x("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus", "org.freedesktop.DBus.GetConnectionUnixProcessID",
                f"string:{item.split('/')[0].split('@')[0]}")
    assert f"uint32 {desk.app.pid}" in owner.stdout
    assert "windows: wayland" in desk.app_log()
    assert "placed: bottom-right corner through sway's IPC" in desk.app_log()


def test_the_card_floats_in_the_corner_and_the_focus_stays_with_the_typist(desk: Desk) -> None:
    s = desk.session
    before = desk.typed()
    typed = 0
    stop = threading.Event()

    def keep_typing() -> None:  # a user typing on while the card appears
        nonlocal typed
        while not stop.is_set():
            s.type_text("k")
            typed += 1
            time.sleep(0.15)

    typist = threading.Thread(target=keep_typing)
    typist.start()
    try:
        desk.wait_for_prompt()
        time.sleep(1.5)  # typing goes on after the card appeared
    finally:
        stop.set()
        typist.join()
    s.wait_until(lambda: desk.typed().count("k") >= typed - 1, what="the keys in the text field")
    desk.wait_in_corner(CARD)
    card = s.window(CARD)
    focused = s.focused()
    s.screenshot(s.tmp / "sway-card.png")
    assert card is not None and card["floating"], s.windows()
    assert card["rect"]["width"] < 640 and card["rect"]["height"] < 300, card  # not tiled
    assert focused is not None and focused["name"] == SINK, s.windows()
    lost = typed - desk.typed()[len(before):].count("k")
    assert lost <= 1, f"{lost} of {typed} keys went elsewhere"  # at most one in the hand-back
    assert "focus handed back" in desk.app_log()
    assert desk.status()["state"] == "prompting"  # no key answered the card
    assert cli(s, "skip").returncode == 0


def test_a_break_waits_while_a_full_screen_window_would_be_covered(desk: Desk) -> None:
    """sway would keep the card behind the full-screen window, but it would still take the
    focus and the break would pass unseen: the break waits instead, as for a call."""
    s = desk.session
    s.swaymsg(f"[title={SINK}]", "fullscreen", "enable")
    try:
        s.wait_until(lambda: desk.status()["state"] == "waiting-dnd", timeout=INTERVAL_S + 15,
                     what="the break held for the full-screen window")
        assert desk.status()["waiting_reason"] == "fullscreen"
        time.sleep(1)  # the next looks (every 15 s) keep it held
        card, sink = s.window(CARD), s.window(SINK)
        s.screenshot(s.tmp / "sway-fullscreen.png")
        assert sink is not None and sink["fullscreen"] and sink["focused"], s.windows()
        assert card is None or not card["visible"], s.windows()
        assert desk.status()["state"] == "waiting-dnd"
    finally:
        s.swaymsg(f"[title={SINK}]", "fullscreen", "disable")
    desk.wait_for_prompt()  # within a look (15 s) of the end of full screen
    desk.wait_in_corner(CARD)
    assert s.focused() is not None and s.focused()["name"] == SINK  # type: ignore[index]
    assert "waiting, not to cover the screen (fullscreen)" in desk.app_log()
    assert cli(s, "skip").returncode == 0


def test_the_player_floats_in_the_corner(desk: Desk) -> None:
    s = desk.session
    assert cli(s, "stretch").returncode == 0
    s.wait_until(lambda: any(w["app_id"] == "io.github.backbreak.Backbreak"
                             and w["name"] != CARD for w in s.windows()), what="the player")
    player = next(w for w in s.windows() if w["name"].startswith("backbreak") and w["name"] != CARD)
    desk.wait_in_corner(player["name"])
    s.screenshot(s.tmp / "sway-player.png")
    assert player["floating"], s.windows()
    assert cli(s, "skip").returncode == 0


def test_idle_comes_from_the_compositor(desk: Desk) -> None:
    """No input for over a minute (the shortest natural break) is an absence, told by the
    compositor's idle protocol: sway 1.7 has org_kde_kwin_idle, newer ones ext-idle-notify."""
    s = desk.session
    assert desk.status()["idle_source"] in ("wayland-kwin-idle", "wayland-idle-notify")
    if desk.status()["state"] == "prompting":
        cli(s, "skip")
    # nothing typed from here: one heartbeat (30 s) after a minute of no input sees it
    s.wait_until(lambda: desk.status()["detail"] == "away", timeout=120, what="the absence")
    s.type_text("r")  # back
    s.wait_until(lambda: desk.status()["detail"] != "away", timeout=40, what="the return")
    assert any(r.kind is Kind.NATURAL for r in history_rows(s)), history_rows(s)


def test_nothing_went_wrong(desk: Desk) -> None:
    problems = [ln for ln in desk.app_log().splitlines()
                if " WARNING " in ln or " ERROR " in ln or " CRITICAL " in ln]
    assert not problems, problems
    assert os.path.exists(desk.session.tmp / "sway-card.png")
