"""What a user routine file may say: no text that reads differently than it is written
(bidirectional controls), no input that makes the TOML reader raise, and each place's
positions. Every refusal names the file, the line and the field."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from backbreak.cli.routines import cmd_check
from backbreak.core.routines.library import check_file, load_library
from backbreak.core.routines.schema import Place, Position
from backbreak.core.validation import BIDI_CONTROLS

EXERCISE = """\
[exercise]
id = "shoulder-roll"
title = "Shoulder roll"
position = "seated"
seed = "003_fc335fcc40c2eeea.txt"
illustration = "drawing-in.svg"
steps = [
    "Sit tall.",
    "Roll your shoulders slowly back.",
]
step_seconds = 5
reps = 4
levels = { gentle = 2, strong = 6 }

[exercise.cues]
feel = ["Ease across the upper back."]
avoid = []
"""

ROUTINE = """\
[routine]
id = "my-desk"
title = "My desk break"
description = "Shoulders, then glutes."
kind = "desk"
exercises = ["shoulder-roll", "glute-squeeze"]
"""

RLO = "\u202e"
BIDI = "expected text without bidirectional control characters, got U+202E"


def _only_problem(path: Path) -> str:
    problems = check_file(path)
    assert len(problems) == 1, [str(p) for p in problems]
    return str(problems[0])


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        ("title", EXERCISE.replace("Shoulder roll", f"Shoulder {RLO}evil"), "3: exercise.title"),
        ("step", EXERCISE.replace("Sit tall.", f"Sit {RLO}tall."), "7: exercise.steps"),
        ("escaped", EXERCISE.replace("Sit tall.", "Sit \\u202Etall."), "7: exercise.steps"),
        (
            "cue",
            EXERCISE.replace("Ease across", f"{RLO}Ease across"),
            "16: exercise.cues.feel",
        ),
        ("seed", EXERCISE.replace('seed = "003', f'seed = "{RLO}003'), "5: exercise.seed"),
    ],
)
def test_a_bidi_control_in_exercise_text_is_refused_naming_file_line_field(
    tmp_path: Path, name: str, text: str, where: str
) -> None:
    path = tmp_path / "shoulder-roll.toml"
    path.write_text(text, encoding="utf-8")
    assert _only_problem(path) == f"{path}:{where}: {BIDI}"
    library = load_library(tmp_path)
    assert "shoulder-roll" not in library.exercises
    assert [str(p) for p in library.problems] == [f"{path}:{where}: {BIDI}"]


def test_a_bidi_control_in_routine_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "my-desk.toml"
    path.write_text(ROUTINE.replace("Shoulders, then", f"Shoulders{RLO}, then"), "utf-8")
    assert _only_problem(path) == f"{path}:4: routine.description: {BIDI}"
    assert "my-desk" not in load_library(tmp_path).routines


@pytest.mark.parametrize("control", sorted(BIDI_CONTROLS))
def test_every_bidi_control_is_refused_in_a_title(tmp_path: Path, control: str) -> None:
    path = tmp_path / "my-desk.toml"
    path.write_text(ROUTINE.replace("My desk", f"My{control} desk"), "utf-8")
    assert _only_problem(path).endswith(f"got U+{ord(control):04X}")


def test_a_bidi_control_in_a_key_is_escaped_in_the_message(tmp_path: Path) -> None:
    path = tmp_path / "my-desk.toml"
    path.write_text(ROUTINE + f'"not{RLO}es" = 1\n', "utf-8")
    message = _only_problem(path)
    assert RLO not in message
    assert "routine.not\\u202ees: unknown field" in message


def test_right_to_left_writing_is_loaded(tmp_path: Path) -> None:
    (tmp_path / "shoulder-roll.toml").write_text(EXERCISE, "utf-8")
    (tmp_path / "my-desk.toml").write_text(
        ROUTINE.replace("My desk break", "הפסקה ליד השולחן"), "utf-8"
    )
    library = load_library(tmp_path)
    assert library.problems == []
    assert library.get("my-desk").title == "הפסקה ליד השולחן"


@pytest.mark.parametrize(
    ("value", "fragment"),
    [("9" * 5000, "integer string conversion"), ("[" * 50_000 + "]" * 50_000, "recursion")],
    ids=["huge-integer", "deep-nesting"],
)
def test_toml_the_reader_chokes_on_is_one_problem(
    tmp_path: Path, value: str, fragment: str
) -> None:
    path = tmp_path / "odd.toml"
    path.write_text(f'[exercise]\nid = "x"\nreps = {value}\n', "utf-8")
    problems = check_file(path)
    assert len(problems) == 1
    assert problems[0].file == str(path)
    assert problems[0].message.startswith("not valid TOML: ")
    assert fragment in problems[0].message
    library = load_library(tmp_path)
    assert [p.file for p in library.problems] == [str(path)]


def test_the_command_line_reports_such_a_file_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "odd.toml"
    path.write_text('[exercise]\nid = "x"\nreps = ' + "9" * 5000 + "\n", "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "backbreak", "routines", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=path.parent,  # the installed package, not the source tree (which has no assets)
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith(f"{path}:3: not valid TOML: ")
    assert "Traceback" not in done.stderr


def test_cmd_check_names_the_bidi_field(tmp_path: Path) -> None:
    import io

    path = tmp_path / "my-desk.toml"
    path.write_text(ROUTINE.replace("My desk", f"My {RLO}desk"), "utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert cmd_check(path, out, err) == 1
    assert err.getvalue() == f"{path}:3: routine.title: {BIDI}\n"


def test_each_place_takes_its_positions() -> None:
    assert Place.DESK.positions == {Position.STANDING, Position.SEATED, Position.WALKING}
    assert Place.HOME.positions == set(Position)
    assert Place.WALK.positions == {Position.WALKING}


def test_a_walk_routine_refuses_a_standing_exercise(tmp_path: Path) -> None:
    path = tmp_path / "my-walk.toml"
    path.write_text(
        ROUTINE.replace('kind = "desk"', 'kind = "walk"').replace('"shoulder-roll", ', ""),
        "utf-8",
    )
    assert _only_problem(path) == (
        f"{path}:6: routine.exercises: exercise 'glute-squeeze' has position standing; "
        "a walk routine takes only walking"
    )
