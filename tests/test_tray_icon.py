"""The drawn tray icon: a ring that fills toward the break, in colour or one colour."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from backbreak.ui.tray.icon_art import tray_icon
from backbreak.ui.tray.look import Tooltip, TrayLook, TrayView


def colours(
    look: TrayLook, progress: float, mono: QColor | None = None
) -> set[tuple[int, int, int]]:
    image = tray_icon(look, progress, mono).pixmap(32, 32).toImage()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    seen = set()
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.alpha() == 255:
                seen.add((c.red(), c.green(), c.blue()))
    return seen


def opaque_count(look: TrayLook, progress: float) -> int:
    image = tray_icon(look, progress).pixmap(32, 32).toImage()
    return sum(
        image.pixelColor(x, y).alpha() == 255
        for y in range(image.height())
        for x in range(image.width())
    )


def test_monochrome_uses_only_the_given_colour(qapp: object) -> None:
    ink = QColor("#123456")
    for look in TrayLook:
        assert colours(look, 0.5, ink) == {(0x12, 0x34, 0x56)}


def test_the_states_have_their_own_colours(qapp: object) -> None:
    assert (0x2E, 0x9D, 0x6A) in colours(TrayLook.ACTIVE, 0.5)
    assert (0xE0, 0x7A, 0x1F) in colours(TrayLook.DUE, 1.0)
    assert (0x8A, 0x8F, 0x98) in colours(TrayLook.PAUSED, 0.0)


def test_the_ring_fills_with_progress(qapp: object) -> None:
    assert opaque_count(TrayLook.ACTIVE, 0.1) < opaque_count(TrayLook.ACTIVE, 0.9)


def test_the_tray_draws_each_icon_once_however_long_it_runs(qapp: object) -> None:
    """Qt keeps ~2 kB for every new QIcon given to the tray: months of updates must reuse."""
    from backbreak.ui.tray.system_tray import PROGRESS_STEPS, Tray

    tray = Tray()
    for i in range(2000):
        look = [TrayLook.ACTIVE, TrayLook.DUE, TrayLook.PAUSED][i % 3]
        tray.set_state(TrayView(look, (i % 97) / 96, Tooltip.NEXT_BREAK, "09:30", i))
    assert tray.icons_kept <= 3 * (PROGRESS_STEPS + 1)


def test_the_monochrome_icon_follows_a_palette_change_at_once(qapp: QApplication) -> None:
    from backbreak.ui.tray.system_tray import Tray

    def ink_of_shown_icon(tray: Tray) -> set[tuple[int, int, int]]:
        image = tray.icon.pixmap(32, 32).toImage()
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
        return {
            (c.red(), c.green(), c.blue())
            for y in range(image.height())
            for x in range(image.width())
            if (c := image.pixelColor(x, y)).alpha() == 255
        }

    original = qapp.palette()
    light, dark = QPalette(original), QPalette(original)
    light.setColor(QPalette.ColorRole.WindowText, QColor("#101010"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    tray = Tray()
    try:
        qapp.setPalette(light)
        tray.set_state(TrayView(TrayLook.ACTIVE, 0.5, Tooltip.NO_BREAK, monochrome=True))
        assert ink_of_shown_icon(tray) == {(0x10, 0x10, 0x10)}
        qapp.setPalette(dark)  # the desktop switched to a dark theme; no new state came
        qapp.processEvents()  # Qt posts the change to each widget
        assert ink_of_shown_icon(tray) == {(0xF0, 0xF0, 0xF0)}
        assert tray.icons_kept == 1  # the light icons were let go
        tray.set_state(TrayView(TrayLook.ACTIVE, 0.5, Tooltip.NO_BREAK, monochrome=False))
        qapp.setPalette(light)  # in colour, the palette does not matter
        qapp.processEvents()
        assert (0x2E, 0x9D, 0x6A) in ink_of_shown_icon(tray)
    finally:
        qapp.setPalette(original)
        tray.deleteLater()


DRAW_EVERY_ICON = """
import sys
from pathlib import Path
from PySide6.QtGui import QColor, QGuiApplication
from backbreak.ui.tray.system_tray import PROGRESS_STEPS
from backbreak.ui.tray.icon_art import tray_icon
from backbreak.ui.tray.look import TrayLook

app = QGuiApplication([])
for look in TrayLook:
    for step in range(PROGRESS_STEPS + 1):
        for ink in (None, QColor("#dddddd")):
            tray_icon(look, step / PROGRESS_STEPS, ink).pixmap(64, 64)
names = [(t / "comm").read_text().strip() for t in Path("/proc/self/task").iterdir()]
print(names)
sys.exit(1 if "Thread (pooled)" in names else 0)
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_drawing_the_tray_icon_starts_no_threads() -> None:
    """Each step of the ring redraws the icon in an idle app: it must not wake Qt's GUI thread
    pool (antialiased shapes of more than ~96 spans are filled there, on threads that then
    linger 30 s). A fresh process, so no earlier test has started the pool."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", DRAW_EVERY_ICON], env=env, capture_output=True, text=True,
        timeout=120,
    )
    assert done.returncode == 0, f"threads after drawing: {done.stdout}{done.stderr}"
