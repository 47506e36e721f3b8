"""The shipped desktop files pass their validators; icons, plist and entry point agree."""

from __future__ import annotations

import importlib.util
import os
import plistlib
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from backbreak import APP_ID

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        reason = f"{name} is missing (Debian package {package})"
        if os.environ.get("BACKBREAK_REQUIRE_DESKTOP") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return path


def test_desktop_file_passes_desktop_file_validate() -> None:
    done = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_passes_appstreamcli_validate() -> None:
    done = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_exec_is_the_console_script_and_the_icon_is_installed() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    entry = project["gui-scripts"]
    fields = dict(
        line.split("=", 1)
        for line in DESKTOP.read_text().splitlines()
        if "=" in line and not line.startswith("[")
    )
    assert fields["Exec"] in entry
    assert fields["Icon"] == APP_ID
    assert (LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    assert f'<launchable type="desktop-id">{DESKTOP.name}</launchable>' in METAINFO.read_text()


def test_hicolor_pngs_have_the_size_their_folder_says() -> None:
    pngs = sorted((LINUX / "icons" / "hicolor").glob("*x*/apps/*.png"))
    assert len(pngs) >= 8
    for png in pngs:
        width, height = map(int, png.parent.parent.name.split("x"))
        image = QImage(str(png))
        assert (image.width(), image.height()) == (width, height), png


def test_every_icon_svg_renders(qapp: object) -> None:
    svgs = sorted((ROOT / "assets" / "icons").glob("*.svg"))
    names = {p.stem for p in svgs}
    assert {"backbreak", "tray-active", "tray-due", "tray-paused"} <= names
    assert {f"{n}-symbolic" for n in ("tray-active", "tray-due", "tray-paused")} <= names
    for svg in svgs:
        assert QSvgRenderer(str(svg)).isValid(), svg
    for symbolic in (p for p in svgs if p.stem.endswith("-symbolic")):
        assert "currentColor" in symbolic.read_text()


def test_macos_plist_keeps_the_app_out_of_the_dock_and_app_nap() -> None:
    with (ROOT / "packaging" / "macos" / "Info.plist").open("rb") as fh:
        plist = plistlib.load(fh)
    assert plist["LSUIElement"] is True
    assert plist["NSAppSleepDisabled"] is True
    assert plist["CFBundleIdentifier"] == APP_ID


def test_windows_installer_registers_the_same_run_value_the_app_writes() -> None:
    from backbreak.platform.autostart import WINDOWS_RUN_KEY

    iss = (ROOT / "packaging" / "windows" / "backbreak.iss").read_text(encoding="utf-8")
    assert WINDOWS_RUN_KEY in iss and 'ValueName: "backbreak"' in iss
    assert "PrivilegesRequired=lowest" in iss


def _render_icons_module() -> ModuleType:
    """packaging/render_icons.py (a script, not a package module), imported by path."""
    script = ROOT / "packaging" / "render_icons.py"
    spec = importlib.util.spec_from_file_location("render_icons", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scalable_icon_is_the_app_icon_source() -> None:
    scalable = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    source = ROOT / "assets" / "icons" / "backbreak.svg"
    assert scalable.read_bytes() == source.read_bytes(), "run packaging/render_icons.py"


def test_hicolor_pngs_are_renders_of_the_current_svg(qapp: object, tmp_path: Path) -> None:
    """A changed backbreak.svg without a fresh `python packaging/render_icons.py` fails here."""
    render_icons = _render_icons_module()
    render_icons.render_hicolor(ROOT / "assets" / "icons" / "backbreak.svg", tmp_path)
    for size in render_icons.SIZES:
        relative = Path(f"{size}x{size}") / "apps" / f"{APP_ID}.png"
        shipped = QImage(str(LINUX / "icons" / "hicolor" / relative))
        fresh = QImage(str(tmp_path / relative))
        assert shipped.size() == fresh.size(), relative
        shipped = shipped.convertToFormat(QImage.Format.Format_ARGB32)
        fresh = fresh.convertToFormat(QImage.Format.Format_ARGB32)
        # Another Qt version may anti-alias a little differently: allow faint edge differences.
        off = sum(
            1 for y in range(size) for x in range(size) if _far_apart(shipped, fresh, x, y)
        )
        assert off <= size * size // 50, f"{relative}: {off} pixels differ from a fresh render"


def test_start_up_pngs_are_renders_of_their_sources(qapp: object, tmp_path: Path) -> None:
    """The window icon and the tray's first ring are PNGs (no SVG plugin at start-up); a
    changed backbreak.svg or icon_art.py without a fresh render_icons.py fails here."""
    render_icons = _render_icons_module()
    fresh_paths = render_icons.render_start_icons(
        window_icon=tmp_path / "backbreak.png", tray_start=tmp_path / "tray-start.png"
    )
    for fresh_path in fresh_paths:
        shipped = QImage(str(ROOT / "assets" / "icons" / fresh_path.name))
        fresh = QImage(str(fresh_path))
        assert not fresh.isNull() and shipped.size() == fresh.size(), fresh_path.name
        shipped = shipped.convertToFormat(QImage.Format.Format_ARGB32)
        fresh = fresh.convertToFormat(QImage.Format.Format_ARGB32)
        w, h = fresh.width(), fresh.height()
        off = sum(1 for y in range(h) for x in range(w) if _far_apart(shipped, fresh, x, y))
        assert off <= w * h // 50, f"{fresh_path.name}: {off} pixels differ from a fresh render"


def _far_apart(one: QImage, other: QImage, x: int, y: int) -> bool:
    a, b = one.pixelColor(x, y), other.pixelColor(x, y)
    return max(
        abs(a.red() - b.red()),
        abs(a.green() - b.green()),
        abs(a.blue() - b.blue()),
        abs(a.alpha() - b.alpha()),
    ) > 48


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR", "not a PNG"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_windows_ico_holds_png_renders_of_the_sizes_it_declares() -> None:
    data = (ROOT / "packaging" / "windows" / "backbreak.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 4
    sides = []
    for i in range(count):
        entry = data[6 + 16 * i : 22 + 16 * i]
        w, h, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", entry)
        side = w or 256
        assert _png_size(data[offset : offset + length]) == (side, h or 256)
        sides.append(side)
    assert {16, 32, 48, 256} <= set(sides)
    iss = (ROOT / "packaging" / "windows" / "backbreak.iss").read_text(encoding="utf-8")
    assert "SetupIconFile=backbreak.ico" in iss


def test_macos_icns_holds_png_renders_and_is_the_plist_icon() -> None:
    data = (ROOT / "packaging" / "macos" / "backbreak.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    expected = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512,
                b"ic10": 1024, b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512}
    seen = {}
    at = 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        seen[kind] = _png_size(data[at + 8 : at + length])[0]
        at += length
    assert at == len(data)
    assert seen == expected
    with (ROOT / "packaging" / "macos" / "Info.plist").open("rb") as fh:
        assert plistlib.load(fh)["CFBundleIconFile"] == "backbreak.icns"
