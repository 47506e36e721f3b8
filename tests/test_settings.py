"""core/settings.py: every field's bad values are named (file, key, what was expected) and only
that key falls back; unknown keys, broken TOML, wrong encodings and unreadable files are named;
save_config writes privately and atomically; hostile values (found by fuzzing) are named
instead of raising.
"""

from __future__ import annotations

import os
import stat
from datetime import time
from pathlib import Path

import pytest

from backbreak.core.routines.schema import Caution
from backbreak.core.settings import (
    FIELDS,
    ConfigProblem,
    Settings,
    dump_config,
    load_config,
    parse_config,
    save_config,
)
from backbreak.core.text import problem

FILE = "/home/someone/.config/backbreak/config.toml"

# (section.key, a bad TOML value, words the message must contain). Every field appears at least
# twice: once with the wrong type and once with a right-typed value out of range or unknown.
BAD_VALUES: list[tuple[str, str, str]] = [
    ("breaks.interval", "30", 'expected a duration string such as "30m", got int 30'),
    ("breaks.interval", '"59s"', "expected between 1m and 4h, got '59s'"),
    ("breaks.interval", '"4h1s"', "expected between 1m and 4h"),
    ("breaks.interval", '"soon"', "'soon' is not a duration"),
    ("breaks.interval", '"0m"', "is zero"),
    ("breaks.interval", '""', "empty duration"),
    ("breaks.natural_break", "true", "expected a duration string"),
    ("breaks.natural_break", '"1h1m"', "expected between 1m and 1h"),
    ("breaks.notice_ahead", "[1]", "expected a duration string"),
    ("breaks.notice_ahead", '"10m1s"', "expected between 1s and 10m"),
    ("breaks.snooze", "5.0", "expected a duration string"),
    ("breaks.snooze", '"30s"', "expected between 1m and 1h"),
    ("breaks.snooze_limit", '"3"', "expected a whole number from 0 to 20, got str '3'"),
    ("breaks.snooze_limit", "true", "expected a whole number from 0 to 20, got bool True"),
    ("breaks.snooze_limit", "21", "expected a whole number from 0 to 20, got 21"),
    ("breaks.snooze_limit", "-1", "from 0 to 20, got -1"),
    ("breaks.snooze_limit", "2.5", "whole number"),
    ("working_hours.enabled", '"yes"', "expected true or false, got str 'yes'"),
    ("working_hours.enabled", "1", "expected true or false, got int 1"),
    ("working_hours.start", '"8am"', 'expected a time of day such as "08:00"'),
    ("working_hours.start", '"24:00"', "time of day"),
    ("working_hours.start", "800", "time of day"),
    ("working_hours.end", '"18:60"', "time of day"),
    ("working_hours.end", "1979-05-27", "time of day"),
    ("working_hours.days", '"mon"', 'expected a list of days such as ["mon", "tue"]'),
    ("working_hours.days", "[0, 1]", "expected a list of days"),
    ("working_hours.days", '["mon", "someday"]', "expected days among mon, tue, wed, thu, fri,"
                                                 " sat, sun, got 'someday'"),
    ("routines.preference", '"swim"', "expected one of alternate, stretch, walk, got str 'swim'"),
    ("routines.preference", "2", "expected one of alternate, stretch, walk"),
    ("routines.level", '"Gentle"', "expected one of auto, gentle, standard, strong"),
    ("routines.level", "3", "expected one of auto, gentle, standard, strong, got int 3"),
    ("routines.walk", "5", "expected a duration string"),
    ("routines.walk", '"2h"', "expected between 1m and 1h"),
    ("routines.pain_checkin", '"weekly"', "expected one of daily, every-routine, off, got str"),
    ("routines.pain_checkin", "false", "expected one of daily, every-routine, off, got bool"),
    ("goal.walk_minutes", '"20m"', "expected a whole number from 0 to 600, got str '20m'"),
    ("goal.walk_minutes", "601", "from 0 to 600, got 601"),
    ("app.notifications", '"on"', "expected true or false"),
    ("app.notifications", "0", "expected true or false"),
    ("app.sound", '"false"', "expected true or false, got str 'false'"),
    ("app.sound", "[]", "expected true or false"),
    ("app.respect_do_not_disturb", "{}", "expected true or false, got dict {}"),
    ("app.respect_do_not_disturb", '"true"', "expected true or false"),
    ("app.language", '"../../etc/passwd"', 'expected a locale name such as "de" or "pt_BR"'),
    ("app.language", '"de DE"', "locale name"),
    ("app.language", '"' + "x" * 17 + '"', "locale name"),
    ("app.language", "1", "locale name"),
    ("app.start_at_login", '"always"', "expected true or false"),
    ("app.start_at_login", "2", "expected true or false"),
    ("app.monochrome_tray_icon", '"yes"', "expected true or false"),
    ("app.monochrome_tray_icon", "0", "expected true or false"),
    ("app.reduced_motion", '"reduce"', "expected true or false, got str 'reduce'"),
    ("app.reduced_motion", "1", "expected true or false"),
    ("breaks.meeting_guard", '"off"', "expected true or false, got str 'off'"),
    ("breaks.meeting_guard", "0", "expected true or false"),
    ("breaks.typing_pause", "3", 'expected a duration string such as "30m", got int 3'),
    ("breaks.typing_pause", '"61s"', "expected between 0s and 1m, got '61s'"),
    ("breaks.typing_pause_max", '"11m"', "expected between 0s and 10m, got '11m'"),
    ("breaks.typing_pause_max", "false", "expected a duration string"),
    ("routines.cautions", '"floor"', 'expected a list such as ["balance"]'),
    ("routines.cautions", '["floor", "knees"]',
     "expected one of bending-backwards, kneeling-wrists, balance, floor, got str 'knees'"),
    ("routines.cautions", "[1]", "expected one of bending-backwards, kneeling-wrists, balance, "
     "floor, got int 1"),
    ("breaks.standing_walk_after", "60", 'expected a duration string such as "30m", got int 60'),
    ("breaks.standing_walk_after", '"59s"', "expected between 1m and 4h, got '59s'"),
    ("breaks.standing_walk_after", '"4h1s"', "expected between 1m and 4h, got '4h1s'"),
    ("breaks.standing_walk_after", '"0s"', "is zero; a duration must be longer"),
]


def test_every_field_has_bad_values_in_the_table() -> None:
    covered = {key for key, _, _ in BAD_VALUES}
    assert covered == {f"{f.section}.{f.key}" for f in FIELDS}


@pytest.mark.parametrize(("key", "raw", "expected"), BAD_VALUES)
def test_a_bad_value_is_named_with_file_key_and_expectation_and_defaulted(
    key: str, raw: str, expected: str
) -> None:
    section, name = key.split(".")
    # A good value of another field in the same file must survive the bad one.
    text = f"[{section}]\n{name} = {raw}\n\n[goal]\n" if section != "goal" else (
        f"[goal]\n{name} = {raw}\n\n[breaks]\n")
    text += "snooze_limit = 7\n" if section == "goal" else "walk_minutes = 33\n"
    parsed, problems = parse_config(text, FILE)
    assert [(p.file, p.key) for p in problems] == [(FILE, key)]
    assert expected in problems[0].message
    assert problems[0].message.endswith("; using the default")
    assert str(problems[0]).startswith(f"{FILE}: {key}: ")
    field = next(f for f in FIELDS if f"{f.section}.{f.key}" == key)
    assert getattr(parsed, field.attr) == getattr(Settings(), field.attr)
    if section == "goal":
        assert parsed.snooze_limit == 7
    else:
        assert parsed.goal_walk_minutes == 33


@pytest.mark.parametrize(
    ("key", "raw", "attr", "value"),
    [
        ("breaks.interval", '"1m"', "interval_s", 60),
        ("breaks.interval", '"4h"', "interval_s", 4 * 3600),
        ("breaks.interval", '"1h30m"', "interval_s", 5400),
        ("breaks.interval", '"45"', "interval_s", 45 * 60),  # a bare number means minutes
        ("breaks.interval", '" 2H 5M "', "interval_s", 2 * 3600 + 300),
        ("breaks.notice_ahead", '"1s"', "notice_ahead_s", 1),
        ("breaks.notice_ahead", '"10m"', "notice_ahead_s", 600),
        ("breaks.snooze_limit", "0", "snooze_limit", 0),
        ("breaks.standing_walk_after", '"1m"', "standing_walk_after_s", 60),
        ("breaks.standing_walk_after", '"4h"', "standing_walk_after_s", 4 * 3600),
        ("breaks.standing_walk_after", '"90m"', "standing_walk_after_s", 90 * 60),
        ("breaks.snooze_limit", "20", "snooze_limit", 20),
        ("working_hours.start", "07:45:00", "work_start", time(7, 45)),  # a TOML local time
        ("working_hours.start", '"7:05"', "work_start", time(7, 5)),
        ("working_hours.days", '["SUN", "mon", "mon"]', "work_days", (0, 6)),
        ("working_hours.days", "[]", "work_days", ()),
        ("goal.walk_minutes", "0", "goal_walk_minutes", 0),
        ("goal.walk_minutes", "600", "goal_walk_minutes", 600),
        ("app.language", '"pt_BR"', "language", "pt_BR"),
        ("app.language", '""', "language", ""),
        ("routines.cautions", "[]", "cautions", frozenset()),
        ("routines.cautions", '["floor", "balance", "floor"]', "cautions",
         frozenset({Caution.FLOOR, Caution.BALANCE})),
    ],
)
def test_edge_values_that_are_accepted(key: str, raw: str, attr: str, value: object) -> None:
    section, name = key.split(".")
    parsed, problems = parse_config(f"[{section}]\n{name} = {raw}\n", FILE)
    assert problems == []
    assert getattr(parsed, attr) == value


def test_an_unknown_key_is_named_with_the_keys_its_section_has() -> None:
    parsed, problems = parse_config('[breaks]\ninterval = "20m"\nintervall = "25m"\n', FILE)
    assert parsed == Settings(interval_s=20 * 60)
    assert [str(p) for p in problems] == [
        f"{FILE}: breaks.intervall: unknown key; expected one of interval, meeting_guard, "
        "natural_break, notice_ahead, snooze, snooze_limit, standing_walk_after, typing_pause, "
        "typing_pause_max"]


def test_an_unknown_section_and_a_top_level_value_are_named() -> None:
    text = 'interval = "20m"\n[display]\ntheme = "dark"\n[app]\nsound = true\n'
    parsed, problems = parse_config(text, FILE)
    assert parsed == Settings(sound=True)
    assert [p.key for p in problems] == ["interval", "display"]
    for p in problems:
        assert p.message == ("unknown section; expected one of app, breaks, goal, routines, "
                             "working_hours")


def test_a_section_that_is_not_a_table_is_named() -> None:
    parsed, problems = parse_config('app = "quiet"\n', FILE)
    assert parsed == Settings()
    assert [str(p) for p in problems] == [f"{FILE}: app: expected a [app] table, got str 'quiet'"]


def test_working_hours_that_end_before_they_start_fall_back_together() -> None:
    text = '[working_hours]\nstart = "17:00"\nend = "09:00"\ndays = ["sat"]\n'
    parsed, problems = parse_config(text, FILE)
    assert (parsed.work_start, parsed.work_end) == (Settings().work_start, Settings().work_end)
    assert parsed.work_days == (5,)  # the other keys of the table are kept
    assert [(p.file, p.key) for p in problems] == [(FILE, "working_hours.end")]
    assert "after working_hours.start" in problems[0].message


def test_equal_start_and_end_are_refused_too() -> None:
    _, problems = parse_config('[working_hours]\nstart = "09:00"\nend = "09:00"\n', FILE)
    assert [p.key for p in problems] == ["working_hours.end"]


def test_reversed_hours_are_kept_while_working_hours_are_off() -> None:
    text = '[working_hours]\nenabled = false\nstart = "17:00"\nend = "09:00"\n'
    parsed, problems = parse_config(text, FILE)
    assert problems == []
    assert (parsed.work_start, parsed.work_end) == (time(17, 0), time(9, 0))


def test_a_long_bad_value_is_shown_shortened() -> None:
    _, (problem,) = parse_config(f'[app]\nlanguage = "{"z" * 500}"\n', FILE)
    assert "…" in problem.message
    assert len(problem.message) < 200


@pytest.mark.parametrize(
    "text",
    [
        '[breaks\ninterval = "5m"\n',
        '[breaks]\ninterval = 5m\n',
        '[breaks]\ninterval = "5m"\ninterval = "6m"\n',  # the same key twice
        "[app]\n[app]\n",
        "\x00",
    ],
)
def test_broken_toml_names_the_file_and_where_and_uses_all_defaults(text: str) -> None:
    parsed, problems = parse_config(text, FILE)
    assert parsed == Settings()
    (problem,) = problems
    assert problem.file == FILE and problem.key == ""
    assert problem.message.startswith("not valid TOML (")
    assert "line" in problem.message and problem.message.endswith("using all defaults")
    assert str(problem).startswith(FILE + ": not valid TOML")


def test_an_empty_file_is_the_defaults() -> None:
    assert parse_config("", FILE) == (Settings(), [])
    assert parse_config("# nothing here\n\n", FILE) == (Settings(), [])


def test_a_missing_file_is_the_defaults_without_a_problem(tmp_path: Path) -> None:
    assert load_config(tmp_path / "nowhere" / "config.toml") == (Settings(), [])


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("latin-1", b""), ("utf-16", b""), ("cp1252", b""), ("utf-32", b"")],
)
def test_a_file_in_another_encoding_is_named_and_gives_the_defaults(
    tmp_path: Path, encoding: str, prefix: bytes
) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(prefix + '[app]\nlanguage = "fr"\n# café\n'.encode(encoding))
    parsed, problems = load_config(path)
    assert parsed == Settings()
    (problem,) = problems
    assert problem.file == str(path) and problem.key == ""
    assert "is not UTF-8 text (byte" in problem.message or "not valid TOML" in problem.message


def test_a_latin1_file_names_the_first_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes('[app]\nlanguage = "fr" # é\n'.encode("latin-1"))
    _, (problem,) = load_config(path)
    assert problem.message == "is not UTF-8 text (byte 24); using all defaults"


def test_a_utf8_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    # Windows Notepad writes one; tomllib alone would refuse the whole file.
    path = tmp_path / "config.toml"
    path.write_bytes(b"\xef\xbb\xbf" + b'[app]\nsound = true\n')
    parsed, problems = load_config(path)
    assert problems == []
    assert parsed.sound is True


def test_a_folder_where_the_file_should_be_is_named(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.mkdir()
    parsed, problems = load_config(path)
    assert parsed == Settings()
    assert [(p.file, p.key) for p in problems] == [(str(path), "")]
    assert problems[0].message.startswith("cannot be read (")


def test_good_keys_of_a_valid_file_are_read_through_load_config(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[breaks]\ninterval = "50m"\n[app]\nlanguage = "ja"\n', encoding="utf-8")
    assert load_config(path) == (Settings(interval_s=50 * 60, language="ja"), [])


def test_the_dump_of_any_changed_settings_reads_back_equal() -> None:
    changed = Settings(
        interval_s=4 * 3600, natural_break_s=61 * 60 - 60, notice_ahead_s=1, snooze_s=3600,
        snooze_limit=0, hours_enabled=True, work_start=time(0, 0), work_end=time(23, 59),
        work_days=(6,), preference="stretch", level="gentle", walk_s=60, goal_walk_minutes=600,
        notifications=False, sound=True, respect_dnd=False, language="pt_BR", autostart=True,
        cautions=frozenset(Caution),
    )
    assert parse_config(dump_config(changed), FILE) == (changed, [])


def test_the_dump_is_commented_and_grouped_by_section() -> None:
    text = dump_config(Settings())
    assert text.startswith("# backbreak settings.")
    assert [line for line in text.splitlines() if line.startswith("[")] == [
        "[breaks]", "[working_hours]", "[routines]", "[goal]", "[app]"]
    assert 'interval = "30m"' in text and 'days = ["mon", "tue", "wed", "thu", "fri"]' in text


def test_problems_read_well_with_and_without_a_key() -> None:
    assert str(ConfigProblem("c.toml", "app.sound", problem("expected true or false"))) == (
        "c.toml: app.sound: expected true or false")
    assert str(ConfigProblem("c.toml", "", problem("is not UTF-8 text"))) == (
        "c.toml: is not UTF-8 text")


def test_with_changes_one_field_and_keeps_the_rest() -> None:
    s = Settings().with_(sound=True)
    assert s.sound is True and s.with_(sound=False) == Settings()


# --- save_config ---------------------------------------------------------------------------
def test_save_creates_private_folders_and_a_private_file(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "config.toml"
    old_umask = os.umask(0o022)
    try:
        save_config(path, Settings(sound=True))
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_config(path) == (Settings(sound=True), [])


def test_save_makes_a_world_readable_file_private(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("# written by hand\n", encoding="utf-8")
    path.chmod(0o644)
    save_config(path, Settings(level="strong"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_config(path) == (Settings(level="strong"), [])


def test_save_replaces_the_file_whole_rather_than_writing_into_it(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "config.toml"
    save_config(path, Settings())
    reader = path.open(encoding="utf-8")  # someone reading the old file meanwhile
    old_inode = path.stat().st_ino
    save_config(path, Settings(interval_s=20 * 60))
    assert path.stat().st_ino != old_inode  # a new file renamed over the old one
    assert reader.read() == dump_config(Settings())  # the reader still sees a whole old file
    reader.close()
    assert sorted(p.name for p in path.parent.iterdir()) == ["config.toml"]


def test_a_save_that_fails_half_way_leaves_the_old_file_intact(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    save_config(path, Settings(interval_s=20 * 60))
    broken = Settings(work_start="08:00")  # type: ignore[arg-type]  # dumping it raises
    with pytest.raises(AttributeError):
        save_config(path, broken)
    assert load_config(path) == (Settings(interval_s=20 * 60), [])


def test_a_failed_save_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "config.toml"
    with pytest.raises(AttributeError):
        save_config(path, Settings(work_start="08:00"))  # type: ignore[arg-type]
    assert list(path.parent.iterdir()) == []


def test_a_leftover_temporary_file_cannot_widen_the_saved_mode(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    leftover = tmp_path / "config.tmp"
    leftover.write_text("stale", encoding="utf-8")
    leftover.chmod(0o644)
    save_config(path, Settings())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# --- inputs that once made parse_config raise ------------------------------------------------
CRASHERS = [
    pytest.param('[breaks]\ninterval = "²"\n', "breaks.interval",
                 id="superscript digit: str.isdigit() is True but int() refuses it"),
    pytest.param('[breaks]\nsnooze = "' + "9" * 5000 + '"\n', "breaks.snooze",
                 id="5000-digit bare duration: int() refuses over 4300 digits"),
    pytest.param("[breaks]\nsnooze_limit = 0x" + "f" * 4000 + "\n", "breaks.snooze_limit",
                 id="huge hex integer: the message's str(int) refuses over 4300 digits"),
    pytest.param("[goal]\nwalk_minutes = " + "1" * 5000 + "\n", "",
                 id="5000-digit integer: tomllib raises ValueError, not TOMLDecodeError"),
    pytest.param("[app]\nsound = " + "[" * 2000 + "]" * 2000 + "\n", "",
                 id="deeply nested array: tomllib recursion"),
    pytest.param('[working_hours]\nstart = "' + "9" * 30 + ':00"\n', "working_hours.start",
                 id="30-digit hour: datetime.time raises OverflowError, not ValueError"),
]


@pytest.mark.parametrize(("text", "key"), CRASHERS)
def test_hostile_values_are_named_instead_of_raising(text: str, key: str) -> None:
    parsed, problems = parse_config(text, FILE)
    assert parsed == Settings()
    assert [(p.file, p.key) for p in problems] == [(FILE, key)]
