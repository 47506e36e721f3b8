"""Every illustration frame, drawn offscreen by the player's picture, matches its reference.

A broken SVG draws nothing (or something else) and fails; a missing one fails; a drawing
changed on purpose needs ``tests/illustrations/make_references.py`` run and its output looked
at. The tolerance covers antialiasing differences between Qt builds, not a moved limb.
"""

from __future__ import annotations

import math
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
    render_at,
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


FLOOR_LINE = '<path d="M4,110 L116,110"/>'  # packaging/illustration_model.py: FLOOR_LINE
FLOOR_BOTTOM = 110 + 1.5  # the floor line's lower edge (stroke 3), in view-box units
CHECK_SIZE = 240  # 2 pixels a unit
IN_BETWEENS = [i / 16 for i in range(17)]


def _on_the_floor() -> list[str]:
    folder = illustrations_dir()
    return [e for e in exercise_ids() if FLOOR_LINE in (folder / f"{e}{START}").read_text()]


def below_the_floor(image: QImage, scale: float) -> int:
    """Pixels drawn (not background white) below the floor line's lower edge."""
    first = math.ceil(FLOOR_BOTTOM * scale) + 1  # one pixel of antialiasing
    drawn = 0
    for y in range(first, image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            drawn += min(c.red(), c.green(), c.blue()) < 255 - 64
    return drawn


def test_the_floor_check_sees_the_floor_line(qapp: QApplication) -> None:
    assert len(_on_the_floor()) > 10
    image = render_at("bridge", 0.0, CHECK_SIZE)
    assert below_the_floor(image, CHECK_SIZE / 120) == 0
    # one pixel row higher and the floor line itself counts: the check looks where it should
    row = math.ceil(FLOOR_BOTTOM * CHECK_SIZE / 120) - 2
    assert image.pixelColor(CHECK_SIZE // 2, row).red() < 255 - 64


@pytest.mark.parametrize("exercise_id", _on_the_floor())
def test_nothing_of_the_figure_goes_below_the_floor(exercise_id: str, qapp: QApplication) -> None:
    """In the frames and in the in-between poses the player draws (a foot turning the wrong
    way round dips under the floor)."""
    scale = CHECK_SIZE / 120
    under = {
        pose: n
        for pose in IN_BETWEENS
        if (n := below_the_floor(render_at(exercise_id, pose, CHECK_SIZE), scale))
    }
    assert under == {}, f"{exercise_id}: pixels below the floor at poses {under}"


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
