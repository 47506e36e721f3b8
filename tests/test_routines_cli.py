"""`backbreak routines list` and `backbreak routines check` handlers."""

from __future__ import annotations

import io
import json
from pathlib import Path

from backbreak.cli.routines import cmd_check, cmd_list
from backbreak.core.routines.library import builtin_routines_dir, load_library


def test_list_text_shows_every_routine_with_its_source(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(
        '[routine]\nid = "mine"\ntitle = "Mine"\ndescription = "Two moves."\n'
        'kind = "desk"\nexercises = ["glute-squeeze", "drawing-in"]\n')
    library = load_library(tmp_path)
    out = io.StringIO()
    assert cmd_list(library, False, out) == 0
    text = out.getvalue()
    for routine_id in library.routines:
        assert routine_id in text
    assert "[builtin]" in text
    assert f"[{tmp_path / 'mine.toml'}]" in text
    assert "problem" not in text


def test_list_json_is_parseable_and_reports_skipped_files(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text('[routine]\nid = "bad"\n')
    library = load_library(tmp_path)
    out = io.StringIO()
    assert cmd_list(library, True, out) == 0
    doc = json.loads(out.getvalue())
    ids = {r["id"] for r in doc["routines"]}
    assert ids == set(library.routines)
    walk = next(r for r in doc["routines"] if r["id"] == "walk")
    assert walk["source"] == "builtin" and walk["exercises"] == ["posture-walk"]
    assert doc["problems"]
    assert all(p["file"] == str(tmp_path / "bad.toml") for p in doc["problems"])


def test_list_text_lists_problems_after_the_routines(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text("not toml at all")
    out = io.StringIO()
    assert cmd_list(load_library(tmp_path), False, out) == 0
    assert f"{tmp_path / 'bad.toml'}:1: not valid TOML" in out.getvalue()


def test_check_valid_builtin_files_exit_zero() -> None:
    for path in (builtin_routines_dir() / "walk.toml",
                 builtin_routines_dir() / "exercises" / "bridge.toml"):
        out, err = io.StringIO(), io.StringIO()
        assert cmd_check(path, out, err) == 0
        assert out.getvalue() == f"{path}: valid\n"
        assert err.getvalue() == ""


def test_check_invalid_file_exits_one_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[exercise]\nid = "x"\nposition = "upside-down"\n')
    out, err = io.StringIO(), io.StringIO()
    assert cmd_check(path, out, err) == 1
    assert out.getvalue() == ""
    lines = err.getvalue().splitlines()
    assert lines and all(line.startswith(f"{path}") for line in lines)
    assert f"{path}:3: exercise.position: expected one of standing, seated, floor, walking" \
        in err.getvalue()
