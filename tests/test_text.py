"""Sentences written in core and shown translated (core/text.py, ui/wording.localized)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from backbreak.app.live_settings import tell_problems
from backbreak.core.settings import parse_config
from backbreak.core.text import Text, fill, problem
from backbreak.ui.wording import localized


def test_fill_replaces_each_place_once_and_leaves_unknown_ones() -> None:
    assert fill("%2 before %1", ["a", "b"]) == "b before a"
    assert fill("%1 and %10", list("abcdefghij")) == "a and j"
    assert fill("%1", ["100 %2"]) == "100 %2"  # a value is not filled again
    assert fill("%3 stays", ["a"]) == "%3 stays"


def test_str_is_the_english_with_nested_texts() -> None:
    inner = problem("%1: could not write the history (%2)", "/h.sqlite3", "disk full")
    outer = problem("%1; breaks are kept in memory and written when it works again", inner)
    assert str(outer) == (
        "/h.sqlite3: could not write the history (disk full); breaks are kept in memory and "
        "written when it works again"
    )
    assert outer == Text("Problems", outer.template, (inner,))


def test_without_a_translator_localized_is_the_english(qapp: Any) -> None:
    text = problem("expected true or false, got %1", "str 'yes'")
    assert localized(text) == str(text)


class Notes:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, body: str, *_: object) -> None:
        self.sent.append((title, body))


def test_a_problem_in_config_toml_is_told_in_the_users_language(
    qapp: Any, switch_language: Callable[[str], None]
) -> None:
    switch_language("de")
    _, problems = parse_config('[app]\nsound = "yes"\n[breaks]\nsnooze = "0s"\n', "/c/config.toml")
    notes = Notes()
    tell_problems(notes, problems)
    ((title, body),) = notes.sent
    assert title != "backbreak: some files have problems"  # the title is German too
    lines = body.splitlines()
    assert lines[0].startswith("/c/config.toml: app.sound: ")  # where: as in the file
    assert "str 'yes'" in lines[0] and "expected" not in lines[0]
    # a nested sentence (the duration's own problem) is translated as well
    assert lines[1].startswith("/c/config.toml: breaks.snooze: ")
    assert "'0s'" in lines[1] and "zero" not in lines[1]
    assert str(problems[0]) == (  # the log and `backbreak config check` keep the English
        "/c/config.toml: app.sound: expected true or false, got str 'yes'; using the default"
    )


def test_a_history_problem_is_told_in_the_users_language(
    qapp: Any, switch_language: Callable[[str], None], tmp_path: Path
) -> None:
    switch_language("fr")
    inner = problem(
        "%1: cannot create the history file: %2", tmp_path / "h", "Read-only file system"
    )
    text = problem("%1; breaks are kept in memory and written when it works again", inner)
    shown = localized(text)
    assert str(tmp_path / "h") in shown and "Read-only file system" in shown
    assert "kept in memory" not in shown and "cannot create" not in shown
