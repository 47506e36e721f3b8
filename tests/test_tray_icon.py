"""The drawn tray icon: a ring that fills toward the break, in colour or one colour."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from backbreak.ui.tray_icon_art import TrayLook, tray_icon


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
    from backbreak.ui.tray import PROGRESS_STEPS, Tray

    tray = Tray()
    for i in range(2000):
        look = [TrayLook.ACTIVE, TrayLook.DUE, TrayLook.PAUSED][i % 3]
        tray.set_state(look, (i % 97) / 96, f"tip {i}", paused=False)
    assert len(tray._icons) <= 3 * (PROGRESS_STEPS + 1)
