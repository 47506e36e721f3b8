"""The PyInstaller one-folder bundle builds and runs (slow tier; needs PyInstaller)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from backbreak import __version__

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("BACKBREAK_BUNDLE") != "1",
        reason="builds a PyInstaller bundle (minutes): set BACKBREAK_BUNDLE=1",
    ),
]


def test_bundle_builds_and_answers_version(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="pip install pyinstaller")
    import backbreak

    if "site-packages" not in Path(backbreak.__file__).parts:
        pytest.skip("PyInstaller sees only a regular install, not an editable one")
    spec = ROOT / "packaging" / "pyinstaller" / "backbreak.spec"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
            str(spec),
        ],
        check=True,
        capture_output=True,
        timeout=1200,
        # Not the repo root: `python -m` would put the source tree (no assets/) on sys.path.
        cwd=tmp_path,
        env=dict(os.environ, BACKBREAK_BUNDLE_SELFTEST="1"),
    )
    exe = tmp_path / "dist" / "backbreak" / "backbreak"
    done = subprocess.run(
        [str(exe), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"backbreak {__version__}"
    listed = subprocess.run(
        [str(exe), "routines", "list", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, XDG_CONFIG_HOME=str(tmp_path)),
    )
    assert listed.returncode == 0 and "desk" in listed.stdout
    # What only breaks once frozen: a job on the Qt loop, plyer's backend, package data, QtSvg
    # and .qm loading.
    checked = subprocess.run(
        [str(tmp_path / "dist" / "backbreak" / "backbreak-selftest")],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "ok   scheduler on the Qt loop" in checked.stdout
