"""The exercise illustrations: two frames per exercise, small, one style, recolourable,
described for screen readers, interpolatable, and what the drawing script draws."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backbreak.core.routines.frames import END, START, Frames, find_frames
from backbreak.core.routines.library import illustrations_dir, load_library
from backbreak.ui.player import tween
from backbreak.ui.player.illustration import ACCENT, FAR, FIGURE, PROP, svg_description

SVG = "{http://www.w3.org/2000/svg}"
FORBIDDEN = {"foreignObject", "filter", "style", "script", "image", "mask", "clipPath", "text"}
COLOURS = {FIGURE, FAR, PROP, ACCENT, "none"}
ROOT = Path(__file__).resolve().parents[1]


def illustration_files() -> list[Path]:
    return sorted(illustrations_dir().glob("*.svg"))


def test_every_exercise_has_two_frames_and_no_svg_is_orphaned() -> None:
    exercises = load_library(None).exercises.values()
    used: set[str] = set()
    for e in exercises:
        assert e.illustration_path is not None and e.illustration_end is not None, e.id
        assert e.illustration_path.name.endswith(START), e.id
        assert e.illustration_end.name.endswith(END), e.id
        used |= {e.illustration_path.name, e.illustration_end.name}
    assert used == {p.name for p in illustration_files()}


@pytest.mark.parametrize("path", illustration_files(), ids=lambda p: p.name)
def test_frame_is_small_tiny_and_follows_the_palette(path: Path) -> None:
    data = path.read_bytes()
    assert len(data) < 4096
    root = ET.fromstring(data)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 120 120"
    assert root.get("baseProfile") == "tiny"
    tags = {el.tag.removeprefix(SVG) for el in root.iter()}
    assert not tags & FORBIDDEN
    colours = {v for el in root.iter() for k, v in el.attrib.items() if k in ("fill", "stroke")}
    assert colours <= COLOURS, colours - COLOURS  # only what the player recolours
    assert FIGURE in colours
    classes = {el.get("class") for el in root.iter()} - {None}
    assert {"figure", "accent", "prop"} <= classes


@pytest.mark.parametrize("path", illustration_files(), ids=lambda p: p.name)
def test_frame_says_what_it_shows_in_one_sentence(path: Path) -> None:
    said = svg_description(path.read_bytes())
    assert re.fullmatch(r"[A-Z][^.]*\.", said), said  # one sentence, for a screen reader
    expected = (
        ("A person", "Seen from above: a person")
        if START in path.name
        else (
            "The same person",
            "Seen from above: the same person",
        )
    )
    assert said.startswith(expected), said


def test_start_frames_say_different_things() -> None:
    said = [svg_description(p.read_bytes()) for p in illustration_files()]
    assert len(set(said)) == len(said)


@pytest.mark.parametrize(
    "start", sorted(illustrations_dir().glob("*" + START)), ids=lambda p: p.name
)
def test_the_two_frames_can_be_interpolated(start: Path) -> None:
    end = start.with_name(start.name.removesuffix(START) + END)
    a, b = tween.shape(start.read_text()), tween.shape(end.read_text())
    assert tween.compatible(a, b)
    assert a.values != b.values  # the end pose differs from the start pose


@pytest.mark.parametrize("path", illustration_files(), ids=lambda p: p.name)
def test_qtsvg_renders_it(path: Path) -> None:
    qtsvg = pytest.importorskip("PySide6.QtSvg")
    from PySide6.QtCore import QByteArray

    renderer = qtsvg.QSvgRenderer(QByteArray(path.read_bytes()))
    assert renderer.isValid()
    assert renderer.viewBox().width() == 120


def test_the_files_are_what_the_drawing_script_draws() -> None:
    script = ROOT / "packaging" / "draw_illustrations.py"
    if not script.is_file():
        pytest.skip("not a source checkout")
    run = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr


def test_frames_are_found_as_a_pair_or_a_still(tmp_path: Path) -> None:
    (tmp_path / "mine.svg").write_text("<svg/>")
    assert find_frames("mine.svg", (tmp_path,)) == Frames(tmp_path / "mine.svg", None)
    (tmp_path / "mine.start.svg").write_text("<svg/>")
    assert find_frames("mine.svg", (tmp_path,)) == str(tmp_path / "mine.end.svg")
    (tmp_path / "mine.end.svg").write_text("<svg/>")
    assert find_frames("mine.svg", (tmp_path,)) == Frames(
        tmp_path / "mine.start.svg", tmp_path / "mine.end.svg"
    )
    assert find_frames("other.svg", (tmp_path,)) is None
    # the first folder holding either wins: built-in pictures before a user's folder
    assert find_frames("bridge.svg", (illustrations_dir(), tmp_path)) == Frames(
        illustrations_dir() / "bridge.start.svg", illustrations_dir() / "bridge.end.svg"
    )


MINE = """\
[exercise]
id = "shoulder-roll"
title = "Shoulder roll"
position = "seated"
seed = "003_fc335fcc40c2eeea.txt"
illustration = "mine.svg"
steps = ["Sit tall.", "Roll your shoulders slowly back."]
step_seconds = 5
reps = 4
levels = { gentle = 2, strong = 6 }

[exercise.cues]
feel = ["Ease across the upper back."]
avoid = []
"""


def test_a_user_exercise_with_half_a_pair_is_told_which_file_is_missing(tmp_path: Path) -> None:
    (tmp_path / "mine.start.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    (tmp_path / "shoulder-roll.toml").write_text(MINE)
    library = load_library(tmp_path)
    assert "shoulder-roll" not in library.exercises
    (problem,) = library.problems
    assert problem.field == "exercise.illustration"
    assert problem.message == (
        f"the other frame of 'mine.svg' is missing: {tmp_path / 'mine.end.svg'}"
    )
    (tmp_path / "mine.end.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    mine = load_library(tmp_path).exercises["shoulder-roll"]
    assert (mine.illustration_path, mine.illustration_end) == (
        tmp_path / "mine.start.svg",
        tmp_path / "mine.end.svg",
    )
