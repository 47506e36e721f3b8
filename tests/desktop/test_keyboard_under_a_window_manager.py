"""Keyboard use under real window managers (openbox, Xfce's xfwm4), as someone typing
elsewhere meets it.

Without a window manager keys go to the window under the pointer, which hid that the break
windows could not be reached from the keyboard at all. Here a text field in another process
has the focus; the prompt card must appear without taking it, be reachable with Alt+Tab, and
answer Return and Esc; the player it opens takes the keys, and its keys work whichever of its
buttons has the focus.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import pytest
from app_driver import PROMPT_WINDOW, history_rows, start_app
from conftest import XSession, start_window_manager_and_atspi

from backbreak.core.model import Outcome

pytestmark = pytest.mark.desktop

TEXT_FIELD = Path(__file__).with_name("text_field.py")
FIELD_TITLE = "typing-here"
PROMPT_TITLE = "backbreak: time to stand up"


@pytest.fixture(params=["openbox", "xfwm4"])
def wm_session(request: pytest.FixtureRequest, x_session: XSession) -> XSession:
    """The X session under each window manager in turn (each its own Alt+Tab and focus
    rules)."""
    start_window_manager_and_atspi(x_session, request.param)
    return x_session


def _mark_welcomed(session: Any) -> None:
    """Not a first run: the welcome dialog (and the safety screen after it) would take the
    focus as a new window should."""
    state = Path(session["XDG_STATE_HOME"]) / "backbreak"
    state.mkdir(parents=True, exist_ok=True)
    for marker in ("welcomed", "safety-seen"):
        (state / marker).touch()


def _type_into_field(session: Any) -> Path:
    """Start the text field and give it the keyboard; returns the file its text lands in."""
    typed = session.tmp / "typed.txt"
    session.start("text-field", [sys.executable, str(TEXT_FIELD), str(typed)])
    session.wait_until(lambda: session.window_mapped(f"^{FIELD_TITLE}$"), 20, "the text field")
    session.x("xdotool", "search", "--name", f"^{FIELD_TITLE}$", "windowactivate", "--sync")
    session.wait_until(lambda: session.active_window() == FIELD_TITLE, 10, "the field's focus")
    return typed


def _key(session: Any, *keys: str) -> None:
    done = session.x("xdotool", "key", "--delay", "80", *keys)
    assert done.returncode == 0, done.stderr


def _visible_windows(session: Any, pid: int) -> list[str]:
    return session.x("xdotool", "search", "--onlyvisible", "--pid", str(pid)).stdout.split()


def _showing_button_names(session: Any) -> set[str]:
    names: set[str] = set()

    def walk(node: dict[str, Any]) -> None:
        if node["role"] == "push button" and "showing" in node["states"]:
            names.add(node["name"])
        for child in node["children"]:
            walk(child)

    for window in session.accessible_tree():
        walk(window)
    return names


SCREEN_W, SCREEN_H = 1280, 800  # the session's Xvfb screen


def assert_in_corner(session: Any, name_regex: str) -> None:
    """The window, its title bar and borders included, lies whole on the screen, near its
    bottom-right corner and not touching the edges."""
    session.wait_until(lambda: session.frame_of(name_regex) is not None, 10, name_regex)
    time.sleep(0.5)  # the window manager has framed it
    x, y, w, h = session.frame_of(name_regex)
    assert x >= 0 and y >= 0, (x, y, w, h)
    assert SCREEN_W - 64 <= x + w <= SCREEN_W - 4, (x, y, w, h)
    assert SCREEN_H - 64 <= y + h <= SCREEN_H - 4, (x, y, w, h)


def test_the_card_leaves_the_typing_alone_and_alt_tab_reaches_it(wm_session: Any) -> None:
    session = wm_session
    _mark_welcomed(session)
    typed = _type_into_field(session)
    start_app(session, "--interval", "4s")
    session.wait_until(lambda: session.window_mapped(PROMPT_WINDOW), 30, "the prompt card")
    assert session.active_window() == FIELD_TITLE  # the card appeared without taking the keys
    assert_in_corner(session, PROMPT_WINDOW)

    done = session.x("xdotool", "type", "--delay", "40", "still typing")
    assert done.returncode == 0, done.stderr
    session.wait_until(
        lambda: typed.exists() and typed.read_text() == "still typing", 10, "the typed text"
    )
    assert session.active_window() == FIELD_TITLE
    assert session.window_mapped(PROMPT_WINDOW)

    _key(session, "alt+Tab")  # the window manager's own window switching
    session.wait_until(lambda: session.active_window() == PROMPT_TITLE, 10, "Alt+Tab to the card")
    session.screenshot(session.tmp / "card-focused.png")

    _key(session, "Return")  # the default choice: the guided stretch
    session.wait_until(
        lambda: (
            session.active_window().startswith("backbreak: ")
            and session.active_window() != PROMPT_TITLE
        ),
        10,
        "the player, opened by the user's Return, to take the keyboard",
    )
    assert not session.window_mapped(PROMPT_WINDOW)
    assert typed.read_text() == "still typing"  # nothing of the Return reached the field
    assert_in_corner(session, "^backbreak: ")  # the player (the card is gone), where the card was

    # The first stretch of the day opens on the pain check-in, which has the keys: a digit
    # chooses, Return gives it, and the steps follow.
    session.wait_until(
        lambda: "Skip" in _showing_button_names(session) and "OK" in _showing_button_names(session),
        20,
        "the pain check-in",
    )
    _key(session, "4", "Return")
    session.wait_until(lambda: "Done" in _showing_button_names(session), 20, "the first step")

    # Tab twice from "Done" puts the focus on "Safety…"; Space still pauses (it does not
    # open the safety box), and the arrows still change the step.
    _key(session, "Tab", "Tab", "space")
    session.wait_until(
        lambda: "Resume" in _showing_button_names(session), 20, "Space to pause the player"
    )
    assert not session.window_mapped("^Safety$")
    _key(session, "Right", "Right", "Escape")
    session.wait_until(
        lambda: [r.outcome for r in history_rows(session)] == [Outcome.PARTIAL],
        10,
        "the stretch to be recorded",
    )
    (row,) = history_rows(session)
    assert row.steps_done == 2  # two steps gone through with the arrow keys, then skipped
    assert (row.pain_before, row.pain_after) == (4, None)  # not completed: no "And now?"


def test_escape_on_the_card_skips_and_the_tray_brings_it_forward(wm_session: Any) -> None:
    session = wm_session
    _mark_welcomed(session)
    _type_into_field(session)
    app = start_app(session, "--interval", "4s")
    session.wait_until(lambda: session.window_mapped(PROMPT_WINDOW), 30, "the prompt card")
    assert session.active_window() == FIELD_TITLE

    # The tray menu's first entry, "Show break prompt" (under the status line), raises the
    # card and gives it the keyboard. (Qt keeps popup menus out of the AT-SPI tree, so the
    # entry is chosen with the keys, as in any menu.)
    session.wait_until(lambda: session.tray_icon_window(app.pid), 15, "the tray icon")
    icon = session.tray_icon_window(app.pid)
    shown = _visible_windows(session, app.pid)
    session.x("xdotool", "mousemove", "--window", str(icon), "4", "4", "click", "1")
    session.wait_until(
        lambda: len(_visible_windows(session, app.pid)) > len(shown), 10, "the tray menu to open"
    )
    _key(session, "Down", "Return")
    session.wait_until(lambda: session.active_window() == PROMPT_TITLE, 10, "the tray entry")

    _key(session, "Escape")
    session.wait_until(
        lambda: [r.outcome for r in history_rows(session)] == [Outcome.SKIPPED],
        10,
        "Esc to skip the break",
    )
    assert not session.window_mapped(PROMPT_WINDOW)
