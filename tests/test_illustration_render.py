"""Every illustration frame, drawn offscreen by the player's picture, matches its reference.

A broken SVG draws nothing (or something else) and fails; a missing one fails; a drawing
changed on purpose needs ``tests/illustrations/make_references.py`` run and its output looked
at. The tolerance covers antialiasing differences between Qt builds, not a moved limb.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from illustration_refs import (
    POSES,
    SIZE,
    differing_pixels,
    exercise_ids,
    reference_path,
    render,
)
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from backbreak.core.routines.frames import END, START
from backbreak.core.routines.library import illustrations_dir

TOLERANCE = SIZE * SIZE // 400  # 0.25 % of the pixels (23 of 9216) may differ


def _cases() -> list[tuple[str, str]]:
    return [(e, pose) for e in exercise_ids() for pose in POSES]


@pytest.mark.parametrize(("exercise_id", "pose"), _cases(), ids=lambda v: str(v))
def test_frame_matches_its_reference(exercise_id: str, pose: str, qapp: QApplication) -> None:
    reference = QImage(str(reference_path(exercise_id, pose)))
    assert not reference.isNull(), f"no reference for {exercise_id} {pose}: run make_references"
    drawn = render(exercise_id, pose)
    assert differing_pixels(drawn, reference) <= TOLERANCE, (exercise_id, pose)


def test_every_reference_belongs_to_a_frame() -> None:
    expected = {reference_path(e, pose).name for e, pose in _cases()}
    stored = {p.name for p in reference_path("x", "start").parent.glob("*.png")}
    assert stored == expected


def _copy_frames(exercise_id: str, folder: Path) -> None:
    for suffix in (START, END):
        shutil.copy(illustrations_dir() / f"{exercise_id}{suffix}", folder)


def test_a_broken_frame_fails_the_comparison(tmp_path: Path, qapp: QApplication) -> None:
    _copy_frames("bridge", tmp_path)
    start = tmp_path / f"bridge{START}"
    start.write_text(start.read_text().replace("</svg>", ""))  # no longer well-formed
    reference = QImage(str(reference_path("bridge", "start")))
    assert differing_pixels(render("bridge", "start", tmp_path), reference) > TOLERANCE


def test_a_moved_joint_fails_the_comparison(tmp_path: Path, qapp: QApplication) -> None:
    _copy_frames("bridge", tmp_path)
    end = tmp_path / f"bridge{END}"
    text = end.read_text()
    knee = text.split('<g class="figure"')[1].split('d="')[2].split(" L")[1]  # the near knee
    x, y = (float(v) for v in knee.split(","))
    end.write_text(text.replace(f" L{knee}", f" L{x + 6:g},{y}", 1))  # 6 units: 5 px
    reference = QImage(str(reference_path("bridge", "end")))
    assert differing_pixels(render("bridge", "end", tmp_path), reference) > TOLERANCE


def test_a_missing_frame_has_no_reference_match(tmp_path: Path, qapp: QApplication) -> None:
    _copy_frames("bridge", tmp_path)
    (tmp_path / f"bridge{END}").unlink()
    reference = QImage(str(reference_path("bridge", "end")))
    assert differing_pixels(render("bridge", "end", tmp_path), reference) > TOLERANCE
