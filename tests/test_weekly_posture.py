"""Sitting and standing minutes per local day (standing-desk mode), from a real store, and
what ``backbreak history`` prints of them."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from backbreak.cli.history import cmd_history
from backbreak.core.history.store import HistoryStore
from backbreak.core.history.weekly import week_stats
from backbreak.core.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")


def local(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BERLIN)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore(tmp_path / "history.sqlite3")
    yield s
    s.close()


def test_sitting_and_standing_minutes_per_day(store: HistoryStore) -> None:
    # Monday: sat 9:00-9:40 and 10:00-10:30 (70 min), stood 9:40-10:00 and 13:00-14:30.
    store.add_sitting(local(2026, 11, 16, 9), local(2026, 11, 16, 9, 40))
    store.add_sitting(local(2026, 11, 16, 10), local(2026, 11, 16, 10, 30))
    store.standing.add(local(2026, 11, 16, 9, 40), local(2026, 11, 16, 10))
    store.standing.add(local(2026, 11, 16, 13), local(2026, 11, 16, 14, 30))
    # Tuesday to Wednesday: standing across midnight counts on each side of it.
    store.standing.add(local(2026, 11, 17, 23, 30), local(2026, 11, 18, 0, 15))
    # Thursday: two spans that overlap (an app restart) are one stretch, not two.
    store.standing.add(local(2026, 11, 19, 9), local(2026, 11, 19, 10))
    store.standing.add(local(2026, 11, 19, 9, 30), local(2026, 11, 19, 10, 30))
    # Friday: a span inside another adds nothing.
    store.standing.add(local(2026, 11, 20, 9), local(2026, 11, 20, 11))
    store.standing.add(local(2026, 11, 20, 9, 30), local(2026, 11, 20, 10))
    # The Sunday before the week: not in it.
    store.standing.add(local(2026, 11, 15, 9), local(2026, 11, 15, 10))
    ws = week_stats(store, "2026-W47", BERLIN, 20, today=date(2026, 11, 22))
    assert [d.standing_minutes for d in ws.days] == [110.0, 30.0, 15.0, 90.0, 120.0, 0, 0]
    assert [d.sitting_minutes for d in ws.days] == [70.0, 0, 0, 0, 0, 0, 0]
    assert ws.days[0].longest_sitting_minutes == 40.0
    assert (ws.totals.standing_minutes, ws.totals.sitting_minutes) == (365.0, 70.0)
    assert ws.totals.longest_sitting_minutes == 40.0  # the week's longest, not a sum


def test_a_week_with_standing_only_is_not_an_empty_week(store: HistoryStore) -> None:
    store.standing.add(local(2026, 11, 18, 9), local(2026, 11, 18, 9, 45))
    ws = week_stats(store, "2026-W47", BERLIN, 20, today=date(2026, 11, 22))
    assert any(ws.totals.counters_json().values())
    assert ws.days[2].standing_minutes == 45.0


def test_standing_minutes_through_a_day_of_25_hours(store: HistoryStore) -> None:
    """Berlin leaves summer time on Sunday 2026-10-25: that day has 25 hours."""
    store.standing.add(datetime(2026, 10, 24, 22, 0, tzinfo=UTC),  # Sun 00:00 CEST
                       datetime(2026, 10, 25, 23, 0, tzinfo=UTC))  # Mon 00:00 CET
    ws = week_stats(store, "2026-W43", BERLIN, 20, today=date(2026, 10, 26))
    assert ws.days[6].standing_minutes == 25 * 60


def test_history_json_and_csv_carry_standing_minutes(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as s:
        s.standing.add(datetime(2026, 11, 17, 11, 0, tzinfo=UTC),
                       datetime(2026, 11, 17, 11, 42, tzinfo=UTC))
        s.add_sitting(datetime(2026, 11, 17, 10, 0, tzinfo=UTC),
                      datetime(2026, 11, 17, 11, 0, tzinfo=UTC))
    out = io.StringIO()
    assert cmd_history(path, "2026-W47", "json", out, Settings()) == 0
    doc = json.loads(out.getvalue())
    tuesday = doc["days"][1]
    assert (tuesday["standing_minutes"], tuesday["sitting_minutes"]) == (42.0, 60.0)
    assert doc["totals"]["standing_minutes"] == 42.0
    out = io.StringIO()
    assert cmd_history(path, "2026-W47", "csv", out, Settings()) == 0
    header, _monday, tue, *_ = out.getvalue().splitlines()
    assert header.endswith(",sitting_minutes,standing_minutes,pain_before_avg,pain_after_avg")
    assert tue.endswith(",60.0,60.0,42.0,,")  # no pain check-in that day


def test_the_weekly_window_says_sitting_and_standing_per_day(
    store: HistoryStore, qtbot: QtBot
) -> None:
    from backbreak.core.history.week_source import StoreWeekSource
    from backbreak.ui.weekly.week_chart import WeekChart
    from backbreak.ui.weekly.window import WeeklyWindow

    store.add_sitting(local(2026, 11, 18, 9), local(2026, 11, 18, 10, 10))
    store.standing.add(local(2026, 11, 18, 10, 10), local(2026, 11, 18, 10, 55))
    wednesday = local(2026, 11, 18, 17)
    window = WeeklyWindow(StoreWeekSource(store, lambda: 20, lambda: wednesday, BERLIN))
    qtbot.addWidget(window)
    said = "Sitting 1 h 10 min, standing 45 min"
    chart = window.findChild(WeekChart)
    assert chart is not None
    assert said in chart.day_texts()[2]  # what a screen reader reads for Wednesday
    assert said in chart.accessibleDescription()  # the selected day, today
    assert said not in chart.day_texts()[1]
