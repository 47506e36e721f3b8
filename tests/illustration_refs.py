"""Reference renders of the exercise illustrations (see ``tests/illustrations/``).

Each frame is drawn by the player's own :class:`Illustration` widget, offscreen, at
:data:`SIZE` pixels in a fixed light palette; so is the pose half-way between the two frames,
which the player makes by interpolation. ``make_references.py`` writes them; the test compares
against them with a tolerance for antialiasing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette

from backbreak.core.routines.frames import END, START
from backbreak.core.routines.library import illustrations_dir
from backbreak.ui.player.illustration import Illustration

SIZE = 96
REFERENCES = Path(__file__).resolve().parent / "illustrations"
POSES = {"start": 0.0, "middle": 0.5, "end": 1.0}


def exercise_ids() -> list[str]:
    return sorted(p.name.removesuffix(START) for p in illustrations_dir().glob("*" + START))


def reference_path(exercise_id: str, pose: str) -> Path:
    return REFERENCES / f"{exercise_id}.{pose}.png"


def light_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.WindowText, "#1a1a1a"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def render(exercise_id: str, pose: str, folder: Path | None = None) -> QImage:
    """The widget's picture of ``exercise_id`` at ``pose`` ("start", "middle" or "end")."""
    return render_at(exercise_id, POSES[pose], SIZE, folder)


def render_at(exercise_id: str, pose: float, size: int, folder: Path | None = None) -> QImage:
    """The widget's picture of ``exercise_id`` at ``pose`` (0 start to 1 end), ``size`` square."""
    folder = folder or illustrations_dir()
    picture = Illustration()
    picture.setPalette(light_palette())
    picture.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    picture.resize(size, size)
    picture.set_frames(folder / f"{exercise_id}{START}", folder / f"{exercise_id}{END}")
    picture.set_pose(pose)
    image = picture.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    picture.deleteLater()
    return image


def differing_pixels(a: QImage, b: QImage, threshold: int = 64) -> int:
    """How many pixels differ by more than ``threshold`` in some colour channel."""
    if a.size() != b.size():
        return a.width() * a.height()
    da = bytes(a.convertToFormat(QImage.Format.Format_RGB32).constBits())
    db = bytes(b.convertToFormat(QImage.Format.Format_RGB32).constBits())
    count = 0
    for i in range(0, len(da), 4):
        if (
            abs(da[i] - db[i]) > threshold
            or abs(da[i + 1] - db[i + 1]) > threshold
            or abs(da[i + 2] - db[i + 2]) > threshold
        ):
            count += 1
    return count
