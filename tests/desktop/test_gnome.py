"""backbreak on GNOME Shell 43 (Wayland, headless), started as a GNOME session starts it, in one
session shared by the tests of this module (they run in order): the tray item through the
AppIndicator extension, the app on Xwayland, the card in the bottom-right corner while the focus
stays with the user's Wayland window, an earlier banner's button still starting the break, a
break held while a film plays full screen (a Wayland window, kept awake through gnome-session's
Inhibit, as video players do), and idle time from Mutter."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from subprocess import Popen
from typing import Any

import pytest
from app_driver import cli
from gnome_session import GnomeSession, gnome_session  # noqa: F401 - the fixture

pytestmark = pytest.mark.desktop

CARD = "^backbreak: time to stand up$"
SINK = "focus-sink"
FILM = "a film, full screen"
INTERVAL_S = 25  # the notice goes out 10 s before: its banner is up when the prompt comes
SCREEN_W, SCREEN_H = 1280, 800
BANNER_START = (515, 140)  # the first button of a hovered two-button banner (screenshot)


@dataclass
class Desk:
    session: GnomeSession
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

    def notices(self) -> int:
        return sum(c.summary.startswith("Break in") for c in self.session.notify_calls())


@pytest.fixture(scope="module")
def desk(gnome_session: GnomeSession) -> Iterator[Desk]:  # noqa: F811 - the fixture
    s = gnome_session
    sink_log = s.tmp / "sink.txt"
    sink_log.touch()
    s.start("sink", ["env", "QT_QPA_PLATFORM=wayland", sys.executable,
                     str(Path(__file__).parent / "focus_sink.py"), str(sink_log)])
    s.wait_until(lambda: s.focused_title() == SINK, timeout=20, what="the text field focused")
    s.fake("type abc")
    s.wait_until(lambda: "text=abc" in sink_log.read_text(), what="typing to reach it")
    s.pointer_to(SCREEN_W // 2, SCREEN_H // 2)  # away from the banners (hovered, they take keys)
    config = Path(s["XDG_CONFIG_HOME"]) / "backbreak"
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.toml").write_text('[breaks]\nnatural_break = "1m"\nnotice_ahead = "10s"\n')
    state = Path(s["XDG_STATE_HOME"]) / "backbreak"
    state.mkdir(parents=True, exist_ok=True)
    (state / "welcomed").touch()  # no first-run welcome
    (state / "safety-seen").touch()  # nor the safety screen after it
    # as GNOME starts it: no QT_QPA_PLATFORM, DISPLAY and XAUTHORITY of Mutter's Xwayland
    app = s.run_app(["run", "--anytime", "--interval", f"{INTERVAL_S}s"])
    s.wait_until(lambda: cli(s, "status").returncode == 0 or app.poll() is not None,
                 timeout=20, what="the control socket")
    assert app.poll() is None, s.logs()
    yield Desk(s, app, sink_log)
    cli(s, "quit")
    app.wait(timeout=10)


def test_the_tray_item_is_registered_with_the_appindicator_extension(desk: Desk) -> None:
    s = desk.session
    s.wait_until(lambda: s.sni_items(), what="a StatusNotifierItem registered")
    assert "windows: xcb (gnome Wayland session" in desk.app_log()  # through Xwayland
    assert "full screen: x11+gnome-session" in desk.app_log()


def test_the_card_sits_in_the_corner_and_the_focus_stays_with_the_user(desk: Desk) -> None:
    s = desk.session
    s.wait_until(lambda: desk.status()["state"] == "prompting", timeout=INTERVAL_S + 15,
                 what="the prompt")
    s.wait_until(lambda: s.x11_geometry(CARD) is not None, what="the card on screen")
    time.sleep(1)
    x, y, w, h = s.x11_geometry(CARD)  # type: ignore[misc]
    s.fake("type xyz")
    s.wait_until(lambda: desk.typed().endswith("xyz"), what="keys typed after the card came")
    s.screenshot(s.tmp / "gnome-card.png")
    assert SCREEN_W - 64 <= x + w <= SCREEN_W and SCREEN_H - 64 <= y + h <= SCREEN_H, (x, y, w, h)
    assert w < SCREEN_W // 2 and h < SCREEN_H // 3, (w, h)
    assert s.focused_title() == SINK, s.windows()
    assert "WindowDeactivate" not in desk.sink_log.read_text()
    assert desk.status()["state"] == "prompting"
    assert cli(s, "skip").returncode == 0


def test_an_earlier_banner_still_starts_the_break(desk: Desk) -> None:
    """The notice's banner stays up while it is hovered (as after the user came back), the
    prompt comes meanwhile with a banner of its own: the earlier banner's Start still acts."""
    s = desk.session
    notices = desk.notices()
    s.wait_until(lambda: desk.notices() > notices, timeout=INTERVAL_S + 5, what="the notice")
    s.pointer_to(SCREEN_W // 2, 70)  # onto the banner: GNOME keeps it and shows its buttons
    s.wait_until(lambda: desk.status()["state"] == "prompting", timeout=20, what="the prompt")
    time.sleep(1)
    s.screenshot(s.tmp / "gnome-banner.png")
    s.pointer_to(*BANNER_START)
    s.fake("click")
    s.wait_until(lambda: desk.status()["detail"] == "in-break", what="the break started")
    s.screenshot(s.tmp / "gnome-player.png")
    s.pointer_to(SCREEN_W // 2, SCREEN_H // 2)
    assert cli(s, "skip").returncode == 0


def test_a_break_waits_while_a_film_plays_full_screen(desk: Desk) -> None:
    """A full-screen Wayland window that keeps the screen awake, as a video player or a
    presentation does (gnome-session-inhibit makes the same Inhibit call they make): the app
    cannot see Wayland windows from Xwayland, but it holds the break while the screen is kept
    awake, and the card comes once the film is over."""
    s = desk.session
    film = s.start("film", ["gnome-session-inhibit", "--inhibit", "idle", "--reason", "a film",
                            "env", "QT_QPA_PLATFORM=wayland", sys.executable,
                            str(Path(__file__).parent / "focus_sink.py"),
                            str(s.tmp / "film.txt"), "fullscreen", FILM])
    try:
        s.wait_until(lambda: s.focused_title() == FILM, timeout=20, what="the film focused")
        screen = next(w for w in s.windows() if w["title"] == FILM)
        assert (screen["width"], screen["height"]) == (SCREEN_W, SCREEN_H), screen
        s.wait_until(lambda: desk.status()["state"] == "waiting-dnd", timeout=INTERVAL_S + 15,
                     what="the break held for the film")
        assert desk.status()["waiting_reason"] == "idle-inhibited"
        time.sleep(1)  # the next looks (every 15 s) keep it held
        s.screenshot(s.tmp / "gnome-film.png")
        assert s.x11_geometry(CARD) is None  # no card over the film
        assert s.focused_title() == FILM
    finally:
        for child in Path(f"/proc/{film.pid}/task/{film.pid}/children").read_text().split():
            os.kill(int(child), signal.SIGTERM)  # the film ends; its inhibitor goes with it
        film.wait(timeout=10)
    s.wait_until(lambda: desk.status()["state"] == "prompting", timeout=30,
                 what="the prompt within a look (15 s) of the film's end")
    s.wait_until(lambda: s.x11_geometry(CARD) is not None, what="the card on screen")
    assert "waiting, not to cover the screen (idle-inhibited)" in desk.app_log()
    assert cli(s, "skip").returncode == 0


def test_idle_comes_from_mutter(desk: Desk) -> None:
    s = desk.session
    assert desk.status()["idle_source"] == "mutter"
    # nothing typed from here: one heartbeat (30 s) after a minute of no input sees it
    s.wait_until(lambda: desk.status()["detail"] == "away", timeout=120, what="the absence")
    assert s.mutter_idle_ms() >= 60_000


def test_nothing_went_wrong(desk: Desk) -> None:
    problems = [ln for ln in desk.app_log().splitlines()
                if " WARNING " in ln or " ERROR " in ln or " CRITICAL " in ln]
    assert not problems, problems
