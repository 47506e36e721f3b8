"""Render the app icon into the freedesktop hicolor tree that the Linux packages install, and
the two PNGs the app shows at start-up (``assets/icons/backbreak.png``, the window icon, and
``tray-start.png``, the tray's ring before it is first drawn): Qt reads PNG itself, while an SVG
icon loads its image plugin and QtSvg, about 1.7 MB resident for the life of the process.

Run after changing ``assets/icons/backbreak.svg`` or ``ui/tray/icon_art.py`` and commit what it
writes::

    python packaging/render_icons.py                # PNGs + SVG under packaging/linux/icons
    python packaging/render_icons.py --sheet s.png  # also a contact sheet, for review

Qt renders offscreen (no display needed): QtSvg draws each size from the vector source rather than
scaling one large bitmap down, so the small sizes stay crisp.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

from backbreak import APP_ID
from backbreak.ui.tray.icon_art import SIZE as TRAY_SIZE
from backbreak.ui.tray.icon_art import tinted, tray_icon
from backbreak.ui.tray.look import TrayLook

SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
REPO = Path(__file__).resolve().parent.parent
ICONS = REPO / "assets" / "icons"
APP_ICON = ICONS / "backbreak.svg"
WINDOW_ICON = ICONS / "backbreak.png"
WINDOW_ICON_SIZE = 128
TRAY_START = ICONS / "tray-start.png"
HICOLOR = REPO / "packaging" / "linux" / "icons" / "hicolor"
WINDOWS_ICO = REPO / "packaging" / "windows" / "backbreak.ico"
MACOS_ICNS = REPO / "packaging" / "macos" / "backbreak.icns"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
# icns element types holding PNG data, with the pixel size each one must have.
ICNS_TYPES = (
    (b"icp4", 16), (b"ic11", 32), (b"icp5", 32), (b"ic12", 64), (b"icp6", 64),
    (b"ic07", 128), (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512),
    (b"ic10", 1024),
)


class IconError(Exception):
    """An SVG that QtSvg cannot read, or an output that cannot be written."""


def render_svg(svg: Path, size: int) -> QImage:
    """``svg`` drawn into a transparent ``size`` x ``size`` image."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise IconError(f"{svg}: QtSvg cannot parse this file (expected a valid SVG Tiny 1.2 file)")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def hicolor_png(hicolor: Path, size: int) -> Path:
    return hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def hicolor_svg(hicolor: Path) -> Path:
    return hicolor / "scalable" / "apps" / f"{APP_ID}.svg"


def render_hicolor(source: Path = APP_ICON, hicolor: Path = HICOLOR) -> list[Path]:
    """One PNG per size in :data:`SIZES`, plus the SVG in ``scalable``; returns the paths."""
    written: list[Path] = []
    for size in SIZES:
        out = hicolor_png(hicolor, size)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not render_svg(source, size).save(str(out)):
            raise IconError(f"{out}: Qt could not write the PNG")
        written.append(out)
    scalable = hicolor_svg(hicolor)
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    written.append(scalable)
    return written


def tray_start_image() -> QImage:
    """The ring as the app first draws it (active, nothing sat yet), at its largest size."""
    return tray_icon(TrayLook.ACTIVE, 0.0).pixmap(TRAY_SIZE, TRAY_SIZE).toImage()


def render_start_icons(
    source: Path = APP_ICON, window_icon: Path = WINDOW_ICON, tray_start: Path = TRAY_START
) -> list[Path]:
    """The PNGs the app shows before it draws anything; returns the paths."""
    for out, image in (
        (window_icon, render_svg(source, WINDOW_ICON_SIZE)),
        (tray_start, tray_start_image()),
    ):
        if not image.save(str(out)):
            raise IconError(f"{out}: Qt could not write the PNG")
    return [window_icon, tray_start]


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise IconError(f"Qt could not encode a PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def write_ico(source: Path, out: Path, sizes: Sequence[int] = ICO_SIZES) -> None:
    """A Windows icon: ICONDIR, one 16-byte ICONDIRENTRY per size, then the PNG data."""
    images = [png_bytes(render_svg(source, size)) for size in sizes]
    offset = 6 + 16 * len(images)
    header = struct.pack("<HHH", 0, 1, len(images))
    entries = b""
    for size, png in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(header + entries + b"".join(images))


def write_icns(source: Path, out: Path) -> None:
    """A macOS icon: ``icns`` + total length, then (type, length, PNG) elements, big-endian."""
    pngs: dict[int, bytes] = {}
    body = b""
    for kind, size in ICNS_TYPES:
        png = pngs.setdefault(size, png_bytes(render_svg(source, size)))
        body += kind + struct.pack(">I", 8 + len(png)) + png
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def contact_sheet(
    icons: Sequence[Path], out: Path, sizes: Sequence[int] = (16, 24, 32, 64)
) -> None:
    """One row per icon, each at ``sizes``, on a light and a dark strip."""
    pad = 8
    cell = max(sizes) + pad
    width = pad + 2 * len(sizes) * cell
    sheet = QImage(width, pad + len(icons) * cell, QImage.Format.Format_ARGB32_Premultiplied)
    sheet.fill(QColor("#f6f5f4"))
    painter = QPainter(sheet)
    painter.fillRect(QRectF(width / 2, 0, width / 2, sheet.height()), QColor("#242424"))
    for row, icon in enumerate(icons):
        for half in (0, 1):
            x = pad + half * len(sizes) * cell
            for size in sizes:
                image = render_svg(icon, size)
                if half and icon.stem.endswith("-symbolic"):
                    image = tinted(image, QColor("#ffffff"))  # as a panel shows symbolic icons
                painter.drawImage(x, pad + row * cell, image)
                x += cell
    painter.end()
    if not sheet.save(str(out)):
        raise IconError(f"{out}: Qt could not write the PNG")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--hicolor", type=Path, default=HICOLOR, help="hicolor folder to write")
    parser.add_argument("--sheet", type=Path, help="also write a contact sheet of every icon here")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        written = render_hicolor(APP_ICON, args.hicolor) + render_start_icons()
        write_ico(APP_ICON, WINDOWS_ICO)
        write_icns(APP_ICON, MACOS_ICNS)
        for path in [*written, WINDOWS_ICO, MACOS_ICNS]:
            print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
        if args.sheet:
            contact_sheet(sorted(ICONS.glob("*.svg")), args.sheet)
            print(args.sheet)
    except (IconError, OSError) as e:
        print(f"render_icons: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
