"""Handlers behind ``backbreak history``, ``backbreak export`` and ``backbreak import``.

No argparse and no Qt here: ``backbreak/cli/main.py`` parses the arguments and calls these, and
``backbreak history --json`` must answer fast on a machine with no display. Exit codes:
0 done, 1 the history or the file could not be used (message on stderr), 2 bad arguments.
"""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from backbreak.core.history.exchange import ImportRejected, export_csv, export_json, import_file
from backbreak.core.history.store import HistoryStore, StoreError
from backbreak.core.history.weekly import (
    COUNTERS,
    PAIN_AVERAGES,
    Counters,
    WeekStats,
    parse_iso_week,
    week_of,
    week_stats,
)
from backbreak.core.settings import Settings
from backbreak.core.user_files import write_atomically

HISTORY_FORMATS = ("table", "json", "csv")
EXPORT_FORMATS = ("csv", "json")
_DAY_COLUMNS = ("date", *COUNTERS, *PAIN_AVERAGES)


def _open_store(store_path: Path, err: TextIO) -> HistoryStore | None:
    try:
        store = HistoryStore(store_path)
    except StoreError as e:
        print(f"backbreak: {e}", file=err)
        return None
    if store.recovered_from is not None:
        print(
            f"backbreak: {store_path} was damaged; it was moved aside to "
            f"{store.recovered_from} and a fresh history was started.",
            file=err,
        )
    return store


def cmd_history(
    store_path: Path, week: str | None, fmt: str, out: TextIO, settings: Settings
) -> int:
    """Print one week (default: this week, local time) as a table, JSON or CSV (README,
    "Weekly figures": the CSV has one line per day, the JSON's ``days`` columns)."""
    err = sys.stderr
    if fmt not in HISTORY_FORMATS:
        print(
            f"backbreak history: unknown format {fmt!r}; expected one of "
            f"{', '.join(HISTORY_FORMATS)}",
            file=err,
        )
        return 2
    today = date.today()
    if week is None:
        week = week_of(today)
    else:
        try:
            parse_iso_week(week)
        except ValueError as e:
            print(f"backbreak history: --week: {e}", file=err)
            return 2
    store = _open_store(store_path, err)
    if store is None:
        return 1
    try:
        stats = week_stats(store, week, None, settings.goal_walk_minutes, today)
    except StoreError as e:
        print(f"backbreak: {e}", file=err)
        return 1
    finally:
        store.close()
    if fmt == "json":
        json.dump(stats.to_json(), out, indent=2)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(_DAY_COLUMNS)
        for day in stats.days:
            writer.writerow(day.to_json()[c] for c in _DAY_COLUMNS)
    else:
        out.write(format_table(stats, today))
    return 0


_TABLE = (  # heading, width, counter
    ("Due", 5, "due"),
    ("Answered", 10, "answered"),
    ("Extra", 7, "extra"),
    ("Skipped", 9, "skipped"),
    ("Snoozed", 9, "snoozed"),
    ("Dismissed", 11, "dismissed"),
    ("Natural", 9, "natural"),
    ("Stretch", 9, "stretch_minutes"),
    ("Walk", 7, "walk_minutes"),
    ("Longest sit", 13, "longest_sitting_minutes"),
)


def _table_cells(counters: Counters) -> str:
    cells = []
    for _heading, width, name in _TABLE:
        value = getattr(counters, name)
        is_minutes = isinstance(value, float)
        cells.append(f"{value:>{width - 1}.1f}m" if is_minutes else f"{value:>{width}}")
    return "".join(cells)


def format_table(stats: WeekStats, today: date) -> str:
    """A plain-text table of the week, readable in a terminal."""
    head = f"{'Day':<11}" + "".join(f"{h:>{w}}" for h, w, _ in _TABLE) + "  Goal"
    lines = [f"Week {stats.week}: {stats.start:%a %d %b %Y} to {stats.end:%a %d %b %Y}", "", head]
    for d in stats.days:
        label = f"{d.date:%a %d %b}" + ("*" if d.date == today else "")
        goal = "yes" if d.goal_met else ("-" if d.date > today else "no")
        lines.append(f"{label:<11}{_table_cells(d)}  {goal}")
    lines.append(f"{'Total':<11}{_table_cells(stats.totals)}")
    ratio = "n/a (nothing due)" if stats.taken_ratio is None else f"{stats.taken_ratio:.0%}"
    lines += [
        "",
        f"Answered/due: {ratio}   Goal days: {stats.goal_days}/7   "
        f"Streak: {stats.streak_days} day{'s' if stats.streak_days != 1 else ''}",
    ]
    if any(d.date == today for d in stats.days):
        lines.append("* today")
    return "\n".join(lines) + "\n"


def cmd_export(store_path: Path, fmt: str, output: Path | None, out: TextIO) -> int:
    """Write the whole history as CSV or JSON to ``output`` (atomically, 0600) or to ``out``."""
    err = sys.stderr
    if fmt not in EXPORT_FORMATS:
        print(
            f"backbreak export: unknown format {fmt!r}; expected one of "
            f"{', '.join(EXPORT_FORMATS)}",
            file=err,
        )
        return 2
    store = _open_store(store_path, err)
    if store is None:
        return 1
    writer = export_json if fmt == "json" else export_csv
    try:
        if output is None:
            writer(store, out)
            return 0
        count = write_atomically(output, lambda f: writer(store, f), newline="")
    except StoreError as e:
        print(f"backbreak: {e}", file=err)
        return 1
    except OSError as e:
        print(f"backbreak export: {output}: cannot write: {e.strerror or e}", file=err)
        return 1
    finally:
        store.close()
    print(f"Exported {count} rows to {output}", file=out)
    return 0


def cmd_import(store_path: Path, file: Path, out: TextIO, err: TextIO) -> int:
    """Import a CSV or JSON export: all or nothing; exit 1 with every problem when rejected."""
    store = _open_store(store_path, err)
    if store is None:
        return 1
    try:
        result = import_file(store, file)
    except ImportRejected as e:
        print(str(e), file=err)
        return 1
    except StoreError as e:
        print(f"backbreak: {e}", file=err)
        return 1
    finally:
        store.close()
    spans = ""
    if result.standing_added or result.standing_skipped:
        spans = (
            f"; standing spans: {result.standing_added} imported, "
            f"{result.standing_skipped} already present"
        )
    print(
        f"Imported {result.added} rows from {file} "
        f"({result.skipped_duplicates} already present, skipped){spans}.",
        file=out,
    )
    return 0
