"""The exercises of each checked-in break travel with the history: an imported
history steers the routines like the one it came from. The CSV gains ``exercises`` as its last
column (earlier headers still import); the JSON export stays version 2 with an optional
``exercises`` list per break (version-2 files without it, and version 1, still import)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backbreak.core.history.exchange import (
    ImportRejected,
    ImportResult,
    export_csv,
    export_json,
    import_file,
)
from backbreak.core.history.store import HistoryStore
from backbreak.core.model import Kind, Outcome, Source
from backbreak.core.routines.library import load_library
from backbreak.core.routines.plan import planned
from backbreak.core.routines.steering import LOOK_BACK, swaps_in_force

DATA = Path(__file__).parent / "data"
MONDAY = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
HIPS = ("seated-side-bend", "standing-back-extension", "hip-flexor-stretch")


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore(tmp_path / "empty.sqlite3") as s:
        yield s


def _worse_twice(store: HistoryStore) -> None:
    """Two days of desk-hips, each time worse after it (3 -> 5), and one break not asked."""
    for day in range(2):
        start = MONDAY + timedelta(days=day)
        row = store.open_prompt(start, Kind.STRETCH, Source.SCHEDULED, "desk-hips")
        store.pain.record(row, before=3, after=5, exercises=HIPS)
        store.finish(row, ended_at=start + timedelta(minutes=4), outcome=Outcome.COMPLETED,
                     seconds_active=200)
    store.open_prompt(MONDAY + timedelta(days=2), Kind.WALK, Source.TRAY, "walk")


def _export(tmp_path: Path, fmt: str) -> Path:
    with HistoryStore(tmp_path / f"exported-as-{fmt}.sqlite3") as store:
        _worse_twice(store)
        out = io.StringIO(newline="")
        (export_csv if fmt == "csv" else export_json)(store, out)
    path = tmp_path / f"export.{fmt}"
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    return path


def _swapped_now(store: HistoryStore) -> dict[str, datetime]:
    now = MONDAY + timedelta(days=3)
    checkins = store.pain.between(now - LOOK_BACK, now + timedelta(days=1))
    return {e: s.until for e, s in swaps_in_force(checkins, now).items()}


def test_the_exports_carry_each_breaks_exercises(tmp_path: Path) -> None:
    lines = _export(tmp_path, "csv").read_text().splitlines()
    assert lines[0].endswith(",pain_before,pain_after,exercises")
    assert [line.rsplit(",", 1)[1] for line in lines[1:]] == [" ".join(HIPS)] * 2 + [""]
    doc = json.loads(_export(tmp_path, "json").read_text())
    assert doc["version"] == 2
    assert [b["exercises"] for b in doc["breaks"]] == [list(HIPS), list(HIPS), []]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_imported_history_steers_like_the_one_it_came_from(
    tmp_path: Path, empty: HistoryStore, fmt: str
) -> None:
    with HistoryStore(tmp_path / "source.sqlite3") as store:
        _worse_twice(store)
        expected = _swapped_now(store)
    assert set(expected) == set(HIPS)
    assert import_file(empty, _export(tmp_path, fmt)) == ImportResult(3, 0)
    assert [r.exercises for r in empty.all_rows()] == [HIPS, HIPS, ()]
    worse = _swapped_now(empty)
    assert worse == expected
    library = load_library(None)
    plan = planned(library.get("desk-hips"), library, "standard", worse=worse)
    assert {s.exercise_id: s.until for s in plan.swaps} == expected
    assert not set(HIPS) & {s.exercise_id for s in plan.steps}


def test_a_csv_with_the_header_before_imports_without_exercises(
    tmp_path: Path, empty: HistoryStore
) -> None:
    rows = list(csv.reader(io.StringIO(_export(tmp_path, "csv").read_text())))
    older = tmp_path / "older.csv"
    with older.open("w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(r[:-1] for r in rows)  # ends at pain_after
    assert older.read_text().splitlines()[0].endswith(",source,pain_before,pain_after")
    assert import_file(empty, older) == ImportResult(3, 0)
    assert [(r.pain_before, r.exercises) for r in empty.all_rows()] == [(3, ())] * 2 + [(None, ())]
    assert _swapped_now(empty) == {}  # scores alone do not say what to swap


def test_a_version_2_json_without_exercises_still_imports(
    tmp_path: Path, empty: HistoryStore
) -> None:
    doc = json.loads(_export(tmp_path, "json").read_text())
    for b in doc["breaks"]:
        del b["exercises"]
    older = tmp_path / "older.json"
    older.write_text(json.dumps(doc))
    assert import_file(empty, older) == ImportResult(3, 0)
    assert [r.exercises for r in empty.all_rows()] == [(), (), ()]


@pytest.mark.parametrize("name", ["history-v1.csv", "history-v1.json"])
def test_version_1_still_imports(empty: HistoryStore, name: str) -> None:
    assert import_file(empty, DATA / name) == ImportResult(4, 0)
    assert all(r.exercises == () for r in empty.all_rows())


def _one_break(exercises: object) -> str:
    return json.dumps({"format": "backbreak-history", "version": 2, "breaks": [{
        "started_at": "2026-11-16T09:00:00+00:00", "ended_at": None, "kind": "stretch",
        "routine": "desk-hips", "outcome": "completed", "seconds_active": 100,
        "source": "tray", "pain_before": 3, "pain_after": 5, "exercises": exercises}]})


ID_EXPECTED = (
    "expected exercise ids of lowercase letters, digits and '-' (at most 40), separated by "
    "spaces, got"
)


@pytest.mark.parametrize(
    ("fmt", "value", "where", "fragment"),
    [
        ("json", "bridge sphinx", "breaks[0].exercises",
         "expected a list of exercise ids or null, got str 'bridge sphinx'"),
        ("json", ["bridge", 3], "breaks[0].exercises", "expected a list of exercise ids or null"),
        ("json", ["two words"], "breaks[0].exercises", "expected a list of exercise ids or null"),
        ("json", ["Bridge"], "breaks[0].exercises", f"{ID_EXPECTED} str 'Bridge'"),
        ("csv", "bridge Sphinx!", "line 2, column exercises", f"{ID_EXPECTED} str 'Sphinx!'"),
        ("csv", " ".join(["bridge"] * 101), "line 2, column exercises",
         "expected at most 100 exercises, got 101"),
    ],
)
def test_bad_exercises_reject_the_file_and_say_where(
    tmp_path: Path, empty: HistoryStore, fmt: str, value: object, where: str, fragment: str
) -> None:
    path = tmp_path / f"bad.{fmt}"
    if fmt == "json":
        path.write_text(_one_break(value))
    else:
        header = "started_at,ended_at,kind,routine,outcome,seconds_active,source,pain_before," \
            "pain_after,exercises"
        path.write_text(f"{header}\n2026-11-16T09:00:00+00:00,,stretch,,completed,1,tray,3,5,"
                        f"{value}\n")
    with pytest.raises(ImportRejected) as e:
        import_file(empty, path)
    problem = e.value.problems[0]
    assert problem.place == where and fragment in problem.message, problem
    assert empty.all_rows() == []  # nothing changed
