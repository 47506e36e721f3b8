"""Export from the weekly window (app._Shell): the whole file or nothing, and a failure named."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from test_controller import Rig

from backbreak.app.launch import _Shell
from backbreak.core.settings import Settings


def test_export_writes_the_file_or_names_the_failure(tmp_path: Path, qapp: QApplication) -> None:
    rig = Rig(tmp_path, Settings())
    shell = _Shell(qapp, rig.c, rig.history, rig.library, rig.notifier, rig.clock, rig.tz)
    target = tmp_path / "week.csv"
    shell._export(str(target))
    assert target.read_text(encoding="utf-8").startswith("started_at,")
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)

    before = len(rig.notifier.sent)
    missing = tmp_path / "no such folder" / "week.json"
    shell._export(str(missing))
    title, body, _ = rig.notifier.sent[before]
    assert title == "backbreak"
    assert body.startswith(f"Could not export the history to {missing}: ")
    assert not missing.parent.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    rig.c.stop()
