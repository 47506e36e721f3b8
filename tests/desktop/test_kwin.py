"""backbreak on KDE's KWin 5.27 (Wayland, headless), started as a Plasma session starts it, in
one session shared by the tests of this module (they run in order): the app on Xwayland, the
card in the bottom-right corner while the user keeps typing in a Wayland window, a full-screen
window never covered, the player shown without taking the keys, Alt+Tab reaching the card and
Return opening the player with the keyboard on it, and idle time from KWin's
``ext-idle-notify-v1`` with real input (KWin's fake-input device) ending the absence."""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from subprocess import Popen
from typing import Any

import pytest
from app_driver import cli, history_rows
from kwin_session import SCREEN_H, SCREEN_W, KwinSession, kwin_session  # noqa: F401 - fixture

from backbreak.core.model import Kind

pytestmark = pytest.mark.desktop

CARD = "backbreak: time to stand up"
SINK = "focus-sink"
INTERVAL_S = 10
CORNER = 64  # the card's far edges lie within this many pixels of the screen's


@dataclass
class Desk:
    session: KwinSession
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

    def wait_for_prompt(self) -> dict[str, Any]:
        s = self.session
        s.wait_until(lambda: self.status()["state"] == "prompting", timeout=INTERVAL_S + 15,
                     what="the next prompt")
        s.wait_until(lambda: s.window(CARD) is not None, what="the card's window")
        card = s.window(CARD)
        assert card is not None
        return card


def _flat(shot: Path, window: dict[str, Any]) -> bool:
    """True when the window's rectangle in the screenshot is one flat colour (nothing of
    the window, whose text would show, is drawn there)."""
    import subprocess

    crop = f"{window['width'] - 8}x{window['height'] - 8}+{window['x'] + 4}+{window['y'] + 4}"
    done = subprocess.run(["convert", str(shot), "-crop", crop, "-format", "%k", "info:"],
                          capture_output=True, text=True, timeout=30, check=True)
    return done.stdout.strip() == "1"


@pytest.fixture(scope="module")
def desk(kwin_session: KwinSession) -> Iterator[Desk]:  # noqa: F811 - the fixture
    s = kwin_session
    sink_log = s.tmp / "sink.txt"
    sink_log.touch()
    s.start("sink", ["env", "QT_QPA_PLATFORM=wayland", sys.executable,
                     str(Path(__file__).parent / "focus_sink.py"), str(sink_log)])
    s.wait_until(lambda: (s.active() or {}).get("caption") == SINK, timeout=20,
                 what="the text field focused")
    s.type_text("a")
    s.wait_until(lambda: "text=a" in sink_log.read_text(), what="typing to reach the field")
    config = Path(s["XDG_CONFIG_HOME"]) / "backbreak"
    config.mkdir(parents=True, exist_ok=True)
    # typing_pause 0s: the card comes while the user types (by default it would wait for a
    # pause in the typing), which is when taking the focus would hurt most
    (config / "config.toml").write_text('[breaks]\nnatural_break = "1m"\ntyping_pause = "0s"\n')
    state = Path(s["XDG_STATE_HOME"]) / "backbreak"
    state.mkdir(parents=True, exist_ok=True)
    (state / "welcomed").touch()  # no first-run welcome
    (state / "safety-seen").touch()  # nor the safety screen after it
    # as Plasma starts it: no QT_QPA_PLATFORM; WAYLAND_DISPLAY and KWin's Xwayland DISPLAY
    app = s.run_app(["run", "--anytime", "--interval", f"{INTERVAL_S}s"])
    s.wait_until(lambda: cli(s, "status").returncode == 0 or app.poll() is not None,
                 timeout=20, what="the control socket")
    assert app.poll() is None, s.logs()
    yield Desk(s, app, sink_log)
    cli(s, "quit")
    app.wait(timeout=10)


def test_the_app_runs_through_xwayland_with_its_tray_item(desk: Desk) -> None:
    s = desk.session
    assert "windows: xcb (kde Wayland session" in desk.app_log()
    s.wait_until(lambda: s.sni_items(), what="a StatusNotifierItem registered")
    (item,) = s.sni_items()
    owner = s.x("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus", "org.freedesktop.DBus.GetConnectionUnixProcessID",
                f"string:{item.split('/')[0].split('@')[0]}")
    assert f"uint32 {desk.app.pid}" in owner.stdout


def test_the_card_sits_in_the_corner_and_the_focus_stays_with_the_typist(desk: Desk) -> None:
    s = desk.session
    before = desk.typed()
    typed = 0
    stop = threading.Event()

    def keep_typing() -> None:  # a user typing on while the card appears
        nonlocal typed
        while not stop.is_set():
            s.type_text("k")
            typed += 1
            time.sleep(0.1)

    typist = threading.Thread(target=keep_typing)
    typist.start()
    try:
        card = desk.wait_for_prompt()
        time.sleep(1.5)  # typing goes on after the card appeared
    finally:
        stop.set()
        typist.join()
    s.wait_until(lambda: desk.typed()[len(before):].count("k") >= typed,
                 what="every key in the text field")
    card = s.window(CARD) or card
    s.screenshot(s.tmp / "kwin-card.png")
    x, y, w, h = card["x"], card["y"], card["width"], card["height"]
    assert SCREEN_W - CORNER <= x + w <= SCREEN_W and SCREEN_H - CORNER <= y + h <= SCREEN_H, card
    assert w < SCREEN_W // 2 and h < SCREEN_H // 3, card  # its own size, not maximised
    assert card["x11"] and not card["active"] and not card["fullScreen"], card
    assert (s.active() or {}).get("caption") == SINK, s.windows()
    assert "WindowDeactivate" not in desk.sink_log.read_text()
    assert not _flat(s.tmp / "kwin-card.png", card)  # drawn, on top
    assert desk.status()["state"] == "prompting"  # no key answered the card
    assert cli(s, "skip").returncode == 0


def test_a_full_screen_window_is_never_covered(desk: Desk) -> None:
    s = desk.session
    s.set_fullscreen(SINK, True)
    try:
        s.wait_until(lambda: (s.window(SINK) or {}).get("fullScreen"), what="full screen")
        card = desk.wait_for_prompt()
        time.sleep(1)
        windows = {w["caption"]: w for w in s.windows()}
        sink, card = windows[SINK], windows[CARD]
        shot = s.screenshot(s.tmp / "kwin-fullscreen.png")
        assert sink["active"] and not card["active"], windows
        assert sink["stackingOrder"] > card["stackingOrder"], windows
        assert _flat(shot, card), "the card shows over the full-screen window"
    finally:
        s.set_fullscreen(SINK, False)
    s.wait_until(lambda: not (s.window(SINK) or {}).get("fullScreen"), what="back to normal")
    windows = {w["caption"]: w for w in s.windows()}
    assert windows[CARD]["stackingOrder"] > windows[SINK]["stackingOrder"], windows
    assert windows[SINK]["active"], windows
    assert cli(s, "skip").returncode == 0


def test_the_player_appears_without_taking_the_keys(desk: Desk) -> None:
    s = desk.session
    assert cli(s, "stretch").returncode == 0
    s.wait_until(lambda: any(w["caption"].startswith("backbreak: ") and w["caption"] != CARD
                             for w in s.windows()), what="the player")
    player = next(w for w in s.windows()
                  if w["caption"].startswith("backbreak: ") and w["caption"] != CARD)
    s.screenshot(s.tmp / "kwin-player.png")
    assert not player["active"] and (s.active() or {}).get("caption") == SINK, s.windows()
    assert player["width"] < SCREEN_W and player["height"] < SCREEN_H, player
    x, y, w, h = player["x"], player["y"], player["width"], player["height"]
    # in the corner, where the card was
    assert SCREEN_W - CORNER <= x + w <= SCREEN_W and SCREEN_H - CORNER <= y + h <= SCREEN_H, player
    assert cli(s, "skip").returncode == 0


def test_alt_tab_reaches_the_card_and_return_opens_the_player_with_the_keys(desk: Desk) -> None:
    s = desk.session
    desk.wait_for_prompt()
    typed = desk.typed()
    assert (s.active() or {}).get("caption") == SINK, s.windows()
    s.send_input("key alt+Tab")  # KWin's own window switching
    s.wait_until(lambda: (s.active() or {}).get("caption") == CARD, what="Alt+Tab to the card")
    s.send_input("key Return")  # the default choice: the guided stretch
    s.wait_until(lambda: (s.active() or {}).get("caption", "").startswith("backbreak: ")
                 and (s.active() or {}).get("caption") != CARD,
                 what="the player, opened by the user's Return, to take the keys")
    assert desk.status()["detail"] == "in-break"
    assert desk.typed() == typed  # nothing of the keys reached the text field
    assert cli(s, "skip").returncode == 0


def test_idle_comes_from_ext_idle_notify(desk: Desk) -> None:
    """No input for over a minute (the shortest natural break) is an absence, told by KWin's
    ext-idle-notify-v1 (KWin 5.27 offers it next to org_kde_kwin_idle; it is preferred)."""
    s = desk.session
    assert desk.status()["idle_source"] == "wayland-idle-notify"
    if desk.status()["state"] == "prompting":
        cli(s, "skip")
    # nothing typed from here: one heartbeat (30 s) after a minute of no input sees it
    s.wait_until(lambda: desk.status()["detail"] == "away", timeout=120, what="the absence")
    s.send_input("move 300 300")  # back: the pointer moves
    s.wait_until(lambda: desk.status()["detail"] != "away", timeout=45, what="the return")
    assert any(r.kind is Kind.NATURAL for r in history_rows(s)), history_rows(s)


def test_nothing_went_wrong(desk: Desk) -> None:
    problems = [ln for ln in desk.app_log().splitlines()
                if " WARNING " in ln or " ERROR " in ln or " CRITICAL " in ln]
    assert not problems, problems
