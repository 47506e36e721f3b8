"""The exercise illustrations: small, one style, recolourable, and readable by QtSvg."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backbreak.core.routines.library import illustrations_dir, load_library

SVG = "{http://www.w3.org/2000/svg}"
FORBIDDEN = {"foreignObject", "filter", "style", "script", "image", "mask", "clipPath"}


def illustration_files() -> list[Path]:
    return sorted(illustrations_dir().glob("*.svg"))


AWAITING_A_DRAWING = {"bent-knee-side-plank", "downward-dog", "knee-plank", "lunge", "pelvic-tilt"}
"""New exercises whose ``<id>.svg`` is still to be drawn (the loader takes it up by itself)."""


def test_every_exercise_has_an_illustration_and_no_svg_is_orphaned() -> None:
    exercises = load_library(None).exercises.values()
    used = {e.illustration for e in exercises if e.illustration}
    assert used == {p.name for p in illustration_files()}
    assert {e.id for e in exercises if e.illustration_path is None} == AWAITING_A_DRAWING


@pytest.mark.parametrize("path", illustration_files(), ids=lambda p: p.stem)
def test_illustration_is_small_tiny_and_follows_the_palette(path: Path) -> None:
    data = path.read_bytes()
    assert len(data) < 4096
    root = ET.fromstring(data)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 120 120"
    tags = {el.tag.removeprefix(SVG) for el in root.iter()}
    assert not tags & FORBIDDEN
    assert "currentColor" in data.decode()
    classes = {el.get("class") for el in root.iter()} - {None}
    assert {"figure", "accent", "prop"} <= classes


@pytest.mark.parametrize("path", illustration_files(), ids=lambda p: p.stem)
def test_qtsvg_renders_it(path: Path) -> None:
    qtsvg = pytest.importorskip("PySide6.QtSvg")
    from PySide6.QtCore import QByteArray

    renderer = qtsvg.QSvgRenderer(QByteArray(path.read_bytes()))
    assert renderer.isValid()
    assert renderer.viewBox().width() == 120
