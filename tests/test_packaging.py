"""The shipped desktop files pass their validators; icons, plist and entry point agree."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.backbreak.Backbreak"
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
