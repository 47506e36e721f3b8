"""The pain check-in's scores in the exchange formats and the weekly figures.

``tests/data/history-v1.csv`` and ``history-v1.json`` are real exports written by backbreak
before the check-in (the CSV header without the pain columns, the JSON version 1): they still
import. The current export carries ``pain_before,pain_after`` as the CSV's last columns and in
JSON version 2, and ``backbreak history --json`` the days' averages.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backbreak.cli.history import cmd_history, cmd_import
from backbreak.core.history.exchange import (
    ImportRejected,
    ImportResult,
    export_csv,
    export_json,
    import_file,
)
from backbreak.core.history.store import HistoryStore
from backbreak.core.model import Kind, Outcome, Source
from backbreak.core.settings import Settings

DATA = Path(__file__).parent / "data"
NOON = datetime(2026, 11, 17, 12, 0, tzinfo=UTC)  # Tuesday of 2026-W47


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore(tmp_path / "empty.sqlite3") as s:
        yield s


def _csv(store: HistoryStore) -> str:
    out = io.StringIO(newline="")
    export_csv(store, out)
    return out.getvalue()


def _json(store: HistoryStore) -> dict[str, object]:
    out = io.StringIO()
    export_json(store, out)
    doc = json.loads(out.getvalue())
    assert isinstance(doc, dict)
    return doc


def _checked_in(store: HistoryStore) -> None:
    """Tuesday: one stretch scored 4 then 2, one scored 5 and left early, one not asked."""
    for minutes, before, after in ((0, 4, 2), (40, 5, None), (80, None, None)):
        start = NOON + timedelta(minutes=minutes)
        row = store.open_prompt(start, Kind.STRETCH, Source.SCHEDULED, "desk-standing")
        store.pain.record(row, before=before, after=after, exercises=("glute-squeeze",))
        store.finish(row, ended_at=start + timedelta(minutes=3), outcome=Outcome.COMPLETED,
                     seconds_active=150)


# -- the files of the version before --------------------------------------------------------


@pytest.mark.parametrize("name", ["history-v1.csv", "history-v1.json"])
def test_an_export_from_before_the_check_in_imports(empty: HistoryStore, name: str) -> None:
    path = DATA / name
    if name.endswith(".csv"):
        assert path.read_text().splitlines()[0] == (
            "started_at,ended_at,kind,routine,outcome,seconds_active,source"
        )
    else:
        assert json.loads(path.read_text())["version"] == 1
    assert import_file(empty, path) == ImportResult(4, 0)
    rows = empty.all_rows()
    assert [(r.kind, r.routine, r.outcome) for r in rows] == [
        (Kind.STRETCH, "desk-standing", Outcome.COMPLETED),
        (Kind.WALK, "posture-walk", Outcome.PARTIAL),
        (Kind.NATURAL, None, Outcome.NATURAL),
        (Kind.STRETCH, "home-floor", Outcome.SKIPPED),
    ]
    assert all(r.pain_before is None and r.pain_after is None for r in rows)
    assert import_file(empty, path) == ImportResult(0, 4)  # twice adds nothing
    # Exported again, in today's formats: the pain and exercises columns are there, and empty.
    assert _csv(empty).splitlines()[1].endswith(",completed,150,scheduled,,,")
    assert _json(empty)["version"] == 2


def test_the_cli_imports_the_old_csv(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert cmd_import(tmp_path / "h.sqlite3", DATA / "history-v1.csv", out, err) == 0
    assert "Imported 4 rows" in out.getvalue() and err.getvalue() == ""


# -- today's formats ------------------------------------------------------------------------


def test_the_csv_carries_the_scores_before_the_last_column(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        _checked_in(store)
        lines = _csv(store).splitlines()
    assert lines[0].split(",")[-3:-1] == ["pain_before", "pain_after"]
    assert [line.split(",")[-3:-1] for line in lines[1:]] == [["4", "2"], ["5", ""], ["", ""]]


def test_json_version_2_carries_the_scores(tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        _checked_in(store)
        doc = _json(store)
    assert doc["version"] == 2
    breaks = doc["breaks"]
    assert isinstance(breaks, list)
    assert [(b["pain_before"], b["pain_after"]) for b in breaks] == [(4, 2), (5, None),
                                                                      (None, None)]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_scores_survive_export_and_import(
    tmp_path: Path, empty: HistoryStore, fmt: str
) -> None:
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        _checked_in(store)
        text = _csv(store) if fmt == "csv" else json.dumps(_json(store))
    path = tmp_path / f"export.{fmt}"
    path.write_text(text, encoding="utf-8")
    assert import_file(empty, path) == ImportResult(3, 0)
    assert [(r.pain_before, r.pain_after) for r in empty.all_rows()] == [(4, 2), (5, None),
                                                                         (None, None)]


def test_a_hand_written_version_2_file_imports(empty: HistoryStore, tmp_path: Path) -> None:
    doc = {
        "format": "backbreak-history",
        "version": 2,
        "breaks": [
            {"started_at": "2026-11-17T09:00:00+00:00", "ended_at": "2026-11-17T09:03:00+00:00",
             "kind": "stretch", "routine": "desk-seated", "outcome": "completed",
             "seconds_active": 170, "source": "tray", "pain_before": 0, "pain_after": 10},
        ],
        "standing": [{"started_at": "2026-11-17T10:00:00+00:00",
                      "ended_at": "2026-11-17T10:30:00+00:00"}],
    }
    path = tmp_path / "v2.json"
    path.write_text(json.dumps(doc))
    assert import_file(empty, path) == ImportResult(1, 0, 1, 0)
    (row,) = empty.all_rows()
    assert (row.pain_before, row.pain_after) == (0, 10)


def test_the_ends_of_the_scale_import_from_csv(empty: HistoryStore, tmp_path: Path) -> None:
    path = tmp_path / "ends.csv"
    path.write_text(
        "started_at,ended_at,kind,routine,outcome,seconds_active,source,pain_before,pain_after\n"
        "2026-11-17T09:00:00+00:00,,stretch,,completed,60,tray,0,10\n"
        "2026-11-17T10:00:00+00:00,,stretch,,completed,60,tray,10,0\n"
    )
    assert import_file(empty, path) == ImportResult(2, 0)
    assert [(r.pain_before, r.pain_after) for r in empty.all_rows()] == [(0, 10), (10, 0)]


@pytest.mark.parametrize(
    ("cell", "told"),
    [("11", "expected a pain score from 0 to 10, or empty, got str '11'"),
     ("-1", "expected a pain score from 0 to 10, or empty, got str '-1'"),
     ("4.5", "expected a pain score from 0 to 10, or empty, got str '4.5'"),
     ("x", "expected a pain score from 0 to 10, or empty, got str 'x'")],
)
def test_a_bad_score_in_csv_is_named_and_nothing_imported(
    empty: HistoryStore, tmp_path: Path, cell: str, told: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "started_at,ended_at,kind,routine,outcome,seconds_active,source,pain_before,pain_after\n"
        "2026-11-17T09:00:00+00:00,,stretch,,completed,60,tray,3,2\n"
        f"2026-11-17T10:00:00+00:00,,stretch,,completed,60,tray,{cell},\n"
    )
    with pytest.raises(ImportRejected) as e:
        import_file(empty, path)
    (problem,) = e.value.problems
    assert problem.place == "line 3, column pain_before"
    assert problem.message.startswith(told)
    assert empty.all_rows() == []


@pytest.mark.parametrize("value", ["11", "\"3\"", "true", "2.5", "[]"])
def test_a_bad_score_in_json_is_named(empty: HistoryStore, tmp_path: Path, value: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        '{"format": "backbreak-history", "version": 2, "breaks": [{"started_at": '
        '"2026-11-17T09:00:00+00:00", "ended_at": null, "kind": "walk", "routine": null, '
        '"outcome": "completed", "seconds_active": 60, "source": "tray", '
        f'"pain_before": null, "pain_after": {value}}}]}}'
    )
    with pytest.raises(ImportRejected) as e:
        import_file(empty, path)
    (problem,) = e.value.problems
    assert problem.place == "breaks[0].pain_after"
    assert problem.message.startswith("expected a pain score from 0 to 10, or null, got ")


def test_old_header_with_new_rows_says_which_columns(empty: HistoryStore, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(
        "started_at,ended_at,kind,routine,outcome,seconds_active,source\n"
        "2026-11-17T09:00:00+00:00,,stretch,,completed,60,tray,3,2\n"
    )
    with pytest.raises(ImportRejected) as e:
        import_file(empty, path)
    assert e.value.problems[0].place == "line 2"
    assert e.value.problems[0].message.startswith("expected 7 columns (started_at,")
    assert e.value.problems[0].message.endswith("got 9")


def test_a_header_of_neither_version_is_refused(empty: HistoryStore, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("started_at,ended_at,kind,routine,outcome,seconds_active,source,pain\n")
    with pytest.raises(ImportRejected) as e:
        import_file(empty, path)
    assert "(or an earlier one: the same without the last column, or without the last three)" in (
        e.value.problems[0].message
    )


# -- the weekly figures -------------------------------------------------------------------------


def test_history_json_has_the_days_pain_averages(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as store:
        _checked_in(store)
    out = io.StringIO()
    assert cmd_history(path, "2026-W47", "json", out, Settings()) == 0
    days = json.loads(out.getvalue())["days"]
    assert [(d["pain_before_avg"], d["pain_after_avg"]) for d in days] == [
        (None, None), (4.5, 2.0), (None, None), (None, None), (None, None), (None, None),
        (None, None),
    ]
    out = io.StringIO()
    assert cmd_history(path, "2026-W47", "csv", out, Settings()) == 0
    header, _monday, tuesday, wednesday, *_ = out.getvalue().splitlines()
    assert header.endswith(",pain_before_avg,pain_after_avg")
    assert tuesday.endswith(",4.5,2.0") and wednesday.endswith(",,")


def test_the_installed_cli_prints_the_averages(tmp_path: Path) -> None:
    """``backbreak history --json`` as a process, on a real file in its XDG data folder."""
    data = tmp_path / "data"
    with HistoryStore(data / "backbreak" / "history.sqlite3") as store:
        _checked_in(store)
    env = dict(os.environ, XDG_DATA_HOME=str(data), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run(
        [sys.executable, "-m", "backbreak", "history", "--week", "2026-W47", "--json"],
        env=env, capture_output=True, text=True, timeout=30, check=True,
    )
    tuesday = json.loads(result.stdout)["days"][1]
    assert (tuesday["pain_before_avg"], tuesday["pain_after_avg"]) == (4.5, 2.0)
    # the averages are the ones of the day's check-ins, to one decimal
    assert json.loads(result.stdout)["days"][0]["pain_before_avg"] is None
