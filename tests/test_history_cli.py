"""The history/export/import handlers, called as backbreak/cli/main.py calls them."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from backbreak.cli.history import cmd_export, cmd_history, cmd_import
from backbreak.core.history.store import SCHEMA_VERSION, HistoryStore
from backbreak.core.history.weekly import week_of
from backbreak.core.model import Kind, Outcome, Source
from backbreak.core.settings import Settings

NOON = datetime(2026, 11, 17, 12, 0, tzinfo=UTC)  # Tuesday of 2026-W47 in any zone +-11 h


@pytest.fixture
def history(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "history.sqlite3"
    with HistoryStore(path) as s:
        a = s.open_prompt(NOON, Kind.WALK, Source.SCHEDULED, "walk")
        s.finish(a, ended_at=NOON + timedelta(minutes=6), outcome=Outcome.COMPLETED,
                 seconds_active=330)
        b = s.open_prompt(NOON + timedelta(hours=1), Kind.STRETCH, Source.SCHEDULED)
        s.finish(b, ended_at=NOON + timedelta(hours=1, minutes=1), outcome=Outcome.SKIPPED)
    return path


def test_history_json(history: Path) -> None:
    out = io.StringIO()
    assert cmd_history(history, "2026-W47", "json", out, Settings()) == 0
    doc = json.loads(out.getvalue())
    assert (doc["week"], doc["start"], doc["end"]) == ("2026-W47", "2026-11-16", "2026-11-22")
    tuesday = doc["days"][1]
    assert (tuesday["date"], tuesday["due"], tuesday["taken"], tuesday["skipped"],
            tuesday["walk_minutes"]) == ("2026-11-17", 2, 1, 1, 5.5)
    assert doc["taken_ratio"] == 0.5
    assert doc["totals"]["due"] == 2


def test_history_counts_breaks_from_the_tray_as_extra_not_as_answered(history: Path) -> None:
    with HistoryStore(history) as s:
        for hours, source in ((2, Source.TRAY), (3, Source.CLI)):
            row = s.open_prompt(NOON + timedelta(hours=hours), Kind.STRETCH, source, "desk")
            s.finish(row, ended_at=NOON + timedelta(hours=hours, minutes=3),
                     outcome=Outcome.COMPLETED, seconds_active=180)
    out = io.StringIO()
    assert cmd_history(history, "2026-W47", "json", out, Settings()) == 0
    doc = json.loads(out.getvalue())
    tuesday = doc["days"][1]
    assert {k: tuesday[k] for k in ("due", "answered", "extra", "taken")} == {
        "due": 2, "answered": 1, "extra": 2, "taken": 3}
    assert doc["taken_ratio"] == 0.5  # answered / due: the two extras do not raise it
    out = io.StringIO()
    assert cmd_history(history, "2026-W47", "csv", out, Settings()) == 0
    assert out.getvalue().splitlines()[2].startswith("2026-11-17,2,1,2,3,")


def test_history_csv_has_one_line_per_day(history: Path) -> None:
    out = io.StringIO()
    assert cmd_history(history, "2026-W47", "csv", out, Settings()) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == ("date,due,answered,extra,taken,skipped,snoozed,dismissed,natural,"
                        "stretch_minutes,walk_minutes,longest_sitting_minutes,"
                        "sitting_minutes,standing_minutes,pain_before_avg,pain_after_avg")
    assert lines[2] == "2026-11-17,2,1,0,1,1,0,0,0,0.0,5.5,0.0,0.0,0.0,,"
    assert len(lines) == 8


def test_history_table(history: Path) -> None:
    out = io.StringIO()
    assert cmd_history(history, "2026-W47", "table", out, Settings()) == 0
    text = out.getvalue()
    assert "Week 2026-W47" in text
    assert "Answered/due: 50%" in text
    head = next(line for line in text.splitlines() if line.startswith("Day"))
    assert head.split()[1:5] == ["Due", "Answered", "Extra", "Skipped"]
    tue = next(line for line in text.splitlines() if line.startswith("Tue 17 Nov"))
    assert tue.split()[3:7] == ["2", "1", "0", "1"]


def test_history_defaults_to_this_week(history: Path) -> None:
    out = io.StringIO()
    assert cmd_history(history, None, "json", out, Settings()) == 0
    assert json.loads(out.getvalue())["week"] == week_of(date.today())


def test_bad_week_and_format_are_usage_errors(history: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    assert cmd_history(history, "2026-47", "json", out, Settings()) == 2
    assert "--week: invalid week '2026-47': expected YYYY-Www" in capsys.readouterr().err
    assert cmd_history(history, None, "xml", out, Settings()) == 2
    assert "unknown format 'xml'" in capsys.readouterr().err
    assert out.getvalue() == ""


def test_newer_schema_is_reported_not_touched(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "h.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    assert cmd_history(path, "2026-W47", "json", io.StringIO(), Settings()) == 1
    assert f"{path}: written by a newer backbreak" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_damaged_history_is_moved_aside_and_reported(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"\x00garbage" * 200)
    out = io.StringIO()
    assert cmd_history(path, "2026-W47", "json", out, Settings()) == 0
    err = capsys.readouterr().err
    assert f"{path} was damaged; it was moved aside to {path}.corrupt-" in err
    assert json.loads(out.getvalue())["totals"]["due"] == 0


def test_export_to_file_matches_stdout_and_is_private(history: Path, tmp_path: Path) -> None:
    to_stdout = io.StringIO()
    assert cmd_export(history, "csv", None, to_stdout) == 0
    target = tmp_path / "out.csv"
    msg = io.StringIO()
    assert cmd_export(history, "csv", target, msg) == 0
    assert target.read_text(encoding="utf-8") == to_stdout.getvalue()
    assert msg.getvalue() == f"Exported 2 rows to {target}\n"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_export_to_unwritable_place_is_an_error(history: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert cmd_export(history, "json", tmp_path / "missing" / "x.json", io.StringIO()) == 1
    assert "cannot write" in capsys.readouterr().err


def test_import_then_import_again(history: Path, tmp_path: Path) -> None:
    exported = tmp_path / "e.json"
    assert cmd_export(history, "json", exported, io.StringIO()) == 0
    target = tmp_path / "new.sqlite3"
    out, err = io.StringIO(), io.StringIO()
    assert cmd_import(target, exported, out, err) == 0
    assert out.getvalue() == f"Imported 2 rows from {exported} (0 already present, skipped).\n"
    out = io.StringIO()
    assert cmd_import(target, exported, out, err) == 0
    assert "Imported 0 rows" in out.getvalue() and "(2 already present" in out.getvalue()
    assert err.getvalue() == ""


def test_rejected_import_exits_1_with_every_problem(history: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("started_at,ended_at,kind,routine,outcome,seconds_active,source\n"
                   "2026-12-01T09:00:00Z,,walk,,skipped,0,tray\n"
                   "2026-12-01T09:30:00Z,,walk,,skipped,0,bus\n", encoding="utf-8")
    before = io.StringIO()
    cmd_export(history, "csv", None, before)
    out, err = io.StringIO(), io.StringIO()
    assert cmd_import(history, bad, out, err) == 1
    said = f"{bad}: line 3, column source: expected one of scheduled, tray, cli, idle, got str "
    said += "'bus'"
    assert said in err.getvalue()
    assert out.getvalue() == ""
    after = io.StringIO()
    cmd_export(history, "csv", None, after)
    assert after.getvalue() == before.getvalue()


def test_handlers_do_not_import_qt() -> None:
    code = ("import sys, backbreak.cli.history\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
