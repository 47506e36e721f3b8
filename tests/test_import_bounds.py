"""``backbreak import`` is bounded: only regular files, at most the size limit, in
bounded memory and at once for what is no history file; out-of-range times, deep nesting and
impossible step counts are named, and nothing is stored from a rejected file."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from backbreak.core.history.exchange import (
    MAX_IMPORT_BYTES,
    MAX_RECORD_CHARS,
    ImportRejected,
    ImportResult,
    import_file,
)
from backbreak.core.history.exchange_source import CHUNK_BYTES, TextSource, Unreadable
from backbreak.core.history.store import HistoryStore

HEADER = "started_at,ended_at,kind,routine,outcome,seconds_active,source\n"
GOOD_ROW = "2026-12-01T09:00:00+00:00,,walk,,skipped,0,tray\n"
JSON_HEAD = '{"format": "backbreak-history", "version": 1, "breaks": ['
RECORD = ('{"started_at": "2026-12-01T09:00:00Z", "kind": "stretch", "outcome": "partial", '
          '"seconds_active": 5, "source": "tray"')
BACKBREAK = Path(sys.executable).with_name("backbreak")
# Peak resident memory allowed for one import process: the interpreter, sqlite and a record.
PEAK_BUDGET_MB = 60
CHILD = """
import sys
from backbreak.cli.main import main
out = sys.argv.pop(1)
sys.argv[0] = "backbreak"
code = main()
with open("/proc/self/status") as status, open(out, "w") as f:
    f.write(next(line for line in status if line.startswith("VmHWM:")).split()[1])
sys.exit(code)
"""

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")


def store_at(tmp_path: Path) -> HistoryStore:
    return HistoryStore(tmp_path / "history.sqlite3")


def refused(path: Path, tmp_path: Path) -> ImportRejected:
    """Import ``path`` into a store holding one row; it must be refused and the row kept."""
    with store_at(tmp_path) as store:
        seed = tmp_path / "seed.csv"
        seed.write_text(HEADER + GOOD_ROW, encoding="utf-8")
        import_file(store, seed)
        before = store.all_rows()
        with pytest.raises(ImportRejected) as info:
            import_file(store, path)
        assert store.all_rows() == before
    return info.value


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The installed ``backbreak`` (in this test's XDG folders), with a deadline."""
    return subprocess.run([str(BACKBREAK), *args], capture_output=True, text=True,
                          timeout=timeout)


def peak_mb(tmp_path: Path, *args: str) -> tuple[int, str, float]:
    """Exit code, stderr and peak resident MB (VmHWM) of ``backbreak ARGS`` in a new process."""
    out = tmp_path / "peak-kib"
    done = subprocess.run([sys.executable, "-c", CHILD, str(out), *args], capture_output=True,
                          text=True, timeout=120)
    return done.returncode, done.stderr, int(out.read_text()) / 1024


# -- only regular files, of at most the size limit -----------------------------------------------


NOT_A_FILE = "expected a regular file (a backbreak CSV or JSON export), got"

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "history.csv"
    os.mkfifo(fifo)
    done = cli("import", str(fifo), timeout=30)  # today: blocks forever on open()
    assert done.returncode == 1
    assert f"{NOT_A_FILE} a named pipe (FIFO)" in done.stderr
    assert "Traceback" not in done.stderr


@linux_only
def test_dev_zero_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    code, err, peak = peak_mb(tmp_path, "import", "/dev/zero")  # today: grows without end
    assert code == 1
    assert f"/dev/zero: file: {NOT_A_FILE} a character device" in err
    assert peak < PEAK_BUDGET_MB


def test_a_folder_is_refused_by_name(tmp_path: Path) -> None:
    e = refused(tmp_path, tmp_path)
    assert str(e.problems[0]) == f"{tmp_path}: file: {NOT_A_FILE} a folder"


@linux_only
def test_a_sparse_gigabyte_is_refused_from_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as f:
        f.truncate(1024**3)
    code, err, peak = peak_mb(tmp_path, "import", str(big))  # today: reads the whole of it
    assert code == 1
    assert (f"expected at most {MAX_IMPORT_BYTES:,} bytes ({MAX_IMPORT_BYTES / 1024**2:.1f} "
            "MiB) (many years of history), got 1,073,741,824 bytes (1024.0 MiB)") in err
    assert peak < PEAK_BUDGET_MB


def test_a_file_one_byte_over_the_limit_is_refused_and_one_at_it_is_read(tmp_path: Path) -> None:
    at_limit = tmp_path / "at.csv"
    with at_limit.open("wb") as f:
        f.write((HEADER + GOOD_ROW).encode())
        f.truncate(MAX_IMPORT_BYTES)  # the rest is zero bytes: read, and refused for that
    assert [p.place for p in refused(at_limit, tmp_path).problems] == ["line 3"]
    over = tmp_path / "over.csv"
    with over.open("wb") as f:
        f.truncate(MAX_IMPORT_BYTES + 1)
    assert f"at most {MAX_IMPORT_BYTES:,} bytes" in str(refused(over, tmp_path))


@linux_only
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_one_huge_value_is_refused_in_bounded_memory(tmp_path: Path, fmt: str) -> None:
    """A 40 MB field: today it is held several times over (bytes, text, lines, value)."""
    path = tmp_path / f"huge.{fmt}"
    huge = "x" * (40 * 1024**2)
    if fmt == "csv":
        path.write_text(HEADER + f'2026-12-01T09:00:00Z,,walk,"{huge}",skipped,0,tray\n')
        where = "line 2"
    else:
        path.write_text(JSON_HEAD + RECORD + f', "routine": "{huge}"' + "}]}")
        where = "breaks[0]"
    code, err, peak = peak_mb(tmp_path, "import", str(path))
    assert code == 1
    assert f"{path}: {where}: expected a " in err
    assert f"of at most {MAX_RECORD_CHARS:,} characters" in err and "got a longer one" in err
    assert peak < PEAK_BUDGET_MB


def test_bytes_beyond_the_size_the_file_claims_are_not_read() -> None:
    """``/proc`` files say they are empty, and a file can grow while it is read."""
    source = TextSource(io.BytesIO(b"x" * 5000), limit=4096)
    with pytest.raises(Unreadable) as info:
        while source.chunk():
            pass
    assert str(info.value.text).startswith("expected at most 4,096 bytes")
    assert str(info.value.text).endswith("got more")


def test_a_binary_file_is_refused_naming_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(HEADER.encode() + GOOD_ROW.encode() + b"\xff\xd8\xff\xe0" + bytes(100_000))
    e = refused(path, tmp_path)
    assert [(p.place, p.message) for p in e.problems] == [
        ("line 3", "expected UTF-8 text (a backbreak CSV or JSON export); byte "
                   f"{len(HEADER) + len(GOOD_ROW)} is not UTF-8")]


@pytest.mark.parametrize("char", ["ü", "€", "🙂"])
def test_a_character_cut_by_a_chunk_boundary_is_still_read(tmp_path: Path, char: str) -> None:
    """Text arrives in chunks of CHUNK_BYTES; a character split across two is put together."""
    size = len(char.encode())
    for cut in range(1, size):
        row_start = "2026-12-01T09:00:00+00:00,,stretch,r"
        pad = CHUNK_BYTES - cut - len(HEADER) - len(row_start)  # blank lines, skipped
        path = tmp_path / f"cut{cut}.csv"
        path.write_text(HEADER + "\n" * pad + row_start + char + ",skipped,0,tray\n",
                        encoding="utf-8")
        with store_at(tmp_path / f"{cut}") as store:
            assert import_file(store, path) == ImportResult(1, 0)
            assert store.all_rows()[0].routine == "r" + char


def test_blank_lines_in_bulk_are_skipped_and_lines_still_counted(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    bad_row = "2026-12-01T09:00:00Z,,jog,,skipped,0,tray\n"
    path.write_text(HEADER + "\n" * 200_000 + "  \r\n" + bad_row)
    e = refused(path, tmp_path)
    assert e.problems[0].place == "line 200003, column kind"


def test_something_that_is_no_history_stops_at_the_first_problems(tmp_path: Path) -> None:
    """A JSON file of some other program is refused at its ``format``, not read on."""
    path = tmp_path / "other.json"
    path.write_text('{"format": "other", "items": [' + "[1, 2], " * 1_000_000 + "[]]}")
    e = refused(path, tmp_path)
    assert [p.place for p in e.problems] == ["format"]


# -- what the rows say ----------------------------------------------------------------------------


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00",
                                  "0001-06-01T00:00:00+00:00"])
def test_a_time_out_of_range_is_named(tmp_path: Path, when: str) -> None:
    path = tmp_path / "old.csv"
    path.write_text(HEADER + GOOD_ROW + f"{when},,walk,,skipped,0,tray\n")
    e = refused(path, tmp_path)  # today: OverflowError for the first two
    assert [(p.place, p.message) for p in e.problems] == [
        ("line 3, column started_at",
         f"expected a time from 0002-01-01 to 9998-12-31 (UTC), got str '{when}'")]


def test_an_end_out_of_range_is_named_in_json(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(JSON_HEAD + RECORD + ', "ended_at": "0001-01-01T00:00:00+14:00"}]}')
    e = refused(path, tmp_path)
    assert [p.place for p in e.problems] == ["breaks[0].ended_at"]
    assert "expected a time from 0002-01-01 to 9998-12-31 (UTC)" in e.problems[0].message


@pytest.mark.parametrize(("doc", "where"), [
    (JSON_HEAD + "[" * 100_000 + "]" * 100_000 + "]}", "breaks[0]"),
    (JSON_HEAD + RECORD + "}, " + RECORD + ', "routine": ' + "[" * 5000 + "]" * 5000 + "}]}",
     "breaks[1]"),
    ("[" * 100_000 + "]" * 100_000, "breaks[0]"),
    ('{"format": ' + "[" * 5000 + "]" * 5000 + "}", "format"),
])
def test_deep_nesting_is_named_by_its_json_path(tmp_path: Path, doc: str, where: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(doc)
    e = refused(path, tmp_path)  # today: RecursionError
    assert [(p.place, p.message) for p in e.problems] == [
        (where, "expected a flat break record, got one nested too deeply")]


def test_more_steps_done_than_there_are_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "steps.json"
    ok = RECORD + ', "steps_done": 11, "steps_total": 11}'
    bad = RECORD.replace("09:00", "10:00") + ', "steps_done": 99, "steps_total": 11}'
    path.write_text(JSON_HEAD + ok + ", " + bad + "]}")
    e = refused(path, tmp_path)  # today: accepted
    assert [(p.place, p.message) for p in e.problems] == [
        ("breaks[1].steps_done", "expected at most steps_total (11), got 99")]


@pytest.mark.parametrize(("doc", "where", "message"), [
    (JSON_HEAD + RECORD + "} 3", "line 1", "expected valid JSON (Expecting ',' delimiter)"),
    (JSON_HEAD + RECORD + "}]} []", "line 1", "expected valid JSON (Extra data)"),
    ('{"breaks": [], "version": 1}', "format", "expected 'backbreak-history', got nothing"),
    (JSON_HEAD + RECORD + "}]\n,\n\n  x}", "line 4, column 3", "expected valid JSON ("),
    ('"just a string"', "breaks", "expected a list of break records, got str 'just a string'"),
    (JSON_HEAD + RECORD + ', "seconds_active": ' + "9" * 5000 + "}]}", "breaks[0]",
     "expected valid JSON ("),
])
def test_json_shape_problems_are_placed(tmp_path: Path, doc: str, where: str,
                                        message: str) -> None:
    path = tmp_path / "shape.json"
    path.write_text(doc)
    e = refused(path, tmp_path)
    assert e.problems[0].place.startswith(where)
    assert message in e.problems[0].message


@pytest.mark.parametrize("cut", range(1, 5))
def test_a_number_cut_by_the_chunk_boundary_is_read_whole(tmp_path: Path, cut: int) -> None:
    """The first chunk ends ``cut`` digits into 12345: a number there could go on."""
    start = JSON_HEAD + RECORD.replace('"seconds_active": 5, ', "") + ', "seconds_active": '
    pad = CHUNK_BYTES - len(start) - cut
    path = tmp_path / "cut.json"
    path.write_text(start.replace("[", "[" + " " * pad, 1) + "12345}]}")
    with store_at(tmp_path) as store:
        assert import_file(store, path) == ImportResult(1, 0)
        assert [r.seconds_active for r in store.all_rows()] == [12345]


def test_a_json_export_spread_over_many_chunks_is_read_whole(tmp_path: Path) -> None:
    """Records cut by chunk boundaries anywhere (numbers too) are put back together."""
    records = [
        RECORD.replace("09:00:00", f"{h:02d}:{m:02d}:{s:02d}")
        + f', "routine": "r{h}{m}{s}", "steps_done": {s % 7}, "steps_total": 7' + "}"
        for h in range(3) for m in range(60) for s in range(0, 60, 4)
    ]
    path = tmp_path / "many.json"
    path.write_text(JSON_HEAD + ",\n ".join(records) + "]}")
    assert path.stat().st_size > 5 * 64 * 1024
    with store_at(tmp_path) as store:
        assert import_file(store, path) == ImportResult(len(records), 0)
        assert {r.steps_done for r in store.all_rows()} == set(range(7))


def test_the_cli_says_it_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_text(HEADER + "0001-01-01T00:00:00+14:00,,walk,,skipped,0,tray\n")
    done = cli("import", str(path))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"{path}: not imported, nothing was changed",
        f"{path}: line 2, column started_at: expected a time from 0002-01-01 to 9998-12-31 "
        "(UTC), got str '0001-01-01T00:00:00+14:00'",
    ]


@pytest.mark.parametrize("column", ["seconds_active", "pain_before"])
def test_a_number_of_thousands_of_digits_is_named(tmp_path: Path, column: str) -> None:
    """``int()`` refuses more than 4,300 digits with a ValueError of its own."""
    path = tmp_path / "digits.csv"
    seconds, pain = ("9" * 5000, "") if column == "seconds_active" else ("60", "9" * 5000)
    path.write_text(HEADER.rstrip("\n") + ",pain_before,pain_after\n"
                    f"2026-12-01T09:00:00Z,,walk,,skipped,{seconds},tray,{pain},\n")
    e = refused(path, tmp_path)
    assert [p.place for p in e.problems] == [f"line 2, column {column}"]
    assert "got str '9999" in e.problems[0].message


def test_what_was_picked_instead_of_a_file_is_said_in_the_users_language(
    tmp_path: Path, switch_language: Callable[[str], None]
) -> None:
    """The GUI shows the problem translated, the kind of thing picked included."""
    from backbreak.ui.wording import localized

    e = refused(tmp_path, tmp_path)
    switch_language("de")
    text = localized(e.problems[0].text)
    assert text.endswith("einen Ordner") and "folder" not in text, text
