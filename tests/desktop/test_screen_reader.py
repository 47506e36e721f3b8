"""What a screen reader finds in every window, read over AT-SPI from the installed app.

The app runs with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` on a private accessibility bus; the
trees are read with pyatspi (``atspi_dump.py``), as Orca reads them. Every window must have a
real role (never a bare ``filler``) and a name, every control a name, and a label must be named
by what it shows: the figures of the week, the safety note.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from app_driver import PROMPT_WINDOW, cli, history_file, start_app

from backbreak.core.history.store import BreakRow, HistoryStore
from backbreak.core.model import Kind, Outcome, Source
from backbreak.core.routines.library import safety_text

pytestmark = pytest.mark.desktop

Node = dict[str, Any]
#: roles a user acts on or reads a value from: each must be named
CONTROL_ROLES = {
    "push button",
    "check box",
    "radio button",
    "combo box",
    "spin button",
    "slider",
    "progress bar",
    "list",
    "list item",
    "tree",
    "tree table",
    "table",
    "page tab",
    "page tab list",
    "menu item",
    "image",
}
WINDOW_ROLES = {"dialog", "alert", "frame", "window", "notification"}


def _walk(node: Node) -> Iterator[Node]:
    yield node
    for child in node["children"]:
        yield from _walk(child)


def _window(session: Any, name: str) -> Node:
    """The showing top-level window called ``name`` (or starting with it, if it ends with
    "…"), waiting until AT-SPI has it."""
    found: list[Node] = []

    def matches(window: Node) -> bool:
        if name.endswith("\N{HORIZONTAL ELLIPSIS}"):
            return str(window["name"]).startswith(name[:-1])
        return window["name"] == name

    def look() -> bool:
        found[:] = [w for w in session.accessible_tree() if matches(w) and "showing" in w["states"]]
        return bool(found)

    session.wait_until(look, 20, f"the window {name!r} in the accessibility tree")
    return found[0]


def _problems(window: Node) -> list[str]:
    """What a screen reader user would trip over in ``window``."""
    problems = []
    if window["role"] not in WINDOW_ROLES:
        problems.append(f"window {window['name']!r} is a {window['role']!r}")
    if not window["name"]:
        problems.append(f"an unnamed {window['role']}")
    for node in _walk(window):
        showing = "showing" in node["states"]
        if showing and node["role"] in CONTROL_ROLES and not node["name"].strip():
            problems.append(f"an unnamed {node['role']} in {window['name']!r}")
    return problems


def _labels(window: Node) -> list[str]:
    return [n["name"] for n in _walk(window) if n["role"] == "label" and "showing" in n["states"]]


def _seed_today(session: Any) -> None:
    """Three stretches of 2 minutes taken and one skipped, earlier today."""
    now = datetime.now(UTC).astimezone()
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    step = (now - midnight) / 6
    rows = []
    for i, outcome in enumerate([Outcome.COMPLETED] * 3 + [Outcome.SKIPPED]):
        start = (midnight + step * (i + 1)).astimezone(UTC)
        seconds = 120 if outcome is Outcome.COMPLETED else 0
        end = start + timedelta(seconds=seconds + 5)
        rows.append(
            BreakRow(
                None, start, end, Kind.STRETCH, "desk-hips", outcome, seconds, Source.SCHEDULED
            )
        )
    path = history_file(session)
    path.parent.mkdir(parents=True, exist_ok=True)
    with HistoryStore(path) as store:
        store.add_rows(rows)


def test_every_window_reads_right_to_a_screen_reader(wm_session: Any) -> None:
    session = wm_session
    _seed_today(session)
    announcements = session.listen_accessible("object:announcement", 120)
    start_app(session, "--interval", "15s")  # a first run: the welcome shows too
    checked: dict[str, list[str]] = {}

    welcome = _window(session, "Welcome to backbreak")
    checked["welcome"] = _problems(welcome)
    first_safety_line = safety_text()[0]
    assert any(first_safety_line in label for label in _labels(welcome)), _labels(welcome)

    assert cli(session, "stats").returncode == 0
    weekly = _window(session, "Weekly history \N{EM DASH} backbreak")
    checked["weekly"] = _problems(weekly)
    assert weekly["role"] == "frame"
    labels = _labels(weekly)
    year = str(datetime.now().astimezone().year)
    for shown, what in ((year, "the week shown"), ("3 of ", "the ratio"), ("6 min", "minutes")):
        assert any(shown in label for label in labels), (what, labels)
    lists = {n["name"]: n for n in _walk(weekly) if n["role"] == "list"}
    days = [c["name"] for c in lists["Breaks per day"]["children"]]
    assert len(days) == 7 and days[0].startswith("Monday"), days
    today = datetime.now().astimezone().strftime("%A")
    (today_item,) = [d for d in days if d.startswith(today)]
    assert "3 of " in today_item and "6 min" in today_item  # the figures, as words
    assert len(lists["Trend of the last weeks"]["children"]) == 12

    session.wait_until(lambda: session.window_mapped(PROMPT_WINDOW), 30, "the prompt card")
    card = _window(session, "Break reminder")
    checked["card"] = _problems(card)
    assert card["role"] == "alert"  # announced as it appears, without taking the focus

    def announced() -> list[dict[str, str]]:
        return [json.loads(line) for line in announcements.read_text().splitlines()]

    session.wait_until(
        lambda: any("Time to stand up" in a.get("data", "") for a in announced()),
        10,
        "the card's announcement over AT-SPI",
    )

    assert cli(session, "stretch", "desk-seated").returncode == 0
    player = _window(session, "Guided stretch: \N{HORIZONTAL ELLIPSIS}")
    checked["player"] = _problems(player)
    assert player["role"] == "dialog"
    (ring,) = [n for n in _walk(player) if n["role"] == "progress bar"]
    current, _, maximum = ring["value"]
    assert 0 < current <= maximum  # the seconds left, as a value
    (picture,) = [n for n in _walk(player) if n["role"] == "image"]
    assert picture["name"].startswith("A person")  # what the illustration shows
    # The first stretch of the day opens on the pain check-in: a named slider, its ends said.
    (scale,) = [n for n in _walk(player) if n["role"] == "slider"]
    assert scale["name"] == "Pain from 0, no pain, to 10, worst pain"
    assert {"no pain", "worst pain"} <= set(_labels(player))

    assert cli(session, "walk").returncode == 0
    walk = _window(session, "Walk")
    checked["walk"] = _problems(walk)
    assert any(re.fullmatch(r"\d+:\d\d", label) for label in _labels(walk)), _labels(walk)
    assert cli(session, "skip").returncode == 0

    assert checked == {name: [] for name in checked}
    windows = session.accessible_tree()
    assert [w["role"] for w in windows if w["role"] == "filler"] == []
    assert history_file(session).exists() and Path(history_file(session)).stat().st_size > 0
