"""config.toml: every bad value is named (file, key, what was expected) and only that key falls
back to its default; the file is written atomically and privately; fuzzed input never raises."""

from __future__ import annotations

import os
import stat
from datetime import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backbreak.core.settings import (
    FIELDS,
    Settings,
    dump_config,
    load_config,
    parse_config,
    save_config,
)


def test_the_defaults_round_trip_through_the_file_format() -> None:
    parsed, problems = parse_config(dump_config(Settings()))
    assert problems == [] and parsed == Settings()


def test_every_field_round_trips_a_changed_value() -> None:
    changed = Settings(
        interval_s=45 * 60,
        natural_break_s=10 * 60,
        notice_ahead_s=60,
        snooze_s=10 * 60,
        snooze_limit=1,
        hours_enabled=False,
        work_start=time(7, 30),
        work_end=time(16, 0),
        work_days=(0, 2, 4),
        preference="walk",
        level="strong",
        walk_s=8 * 60,
        goal_walk_minutes=30,
        notifications=False,
        sound=True,
        respect_dnd=False,
        language="pt_BR",
        autostart=True,
    )
    parsed, problems = parse_config(dump_config(changed))
    assert problems == [] and parsed == changed


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("[breaks]\ninterval = 30", "breaks.interval", "duration"),
        ('[breaks]\ninterval = "soon"', "breaks.interval", "not a duration"),
        ('[breaks]\ninterval = "10h"', "breaks.interval", "between"),
        ("[breaks]\nsnooze_limit = -1", "breaks.snooze_limit", "whole number from 0"),
        ("[breaks]\nsnooze_limit = true", "breaks.snooze_limit", "whole number"),
        ('[working_hours]\nenabled = "yes"', "working_hours.enabled", "true or false"),
        ('[working_hours]\nstart = "8 o\'clock"', "working_hours.start", "time of day"),
        ('[working_hours]\ndays = ["mon", "funday"]', "working_hours.days", "funday"),
        ('[working_hours]\nstart = "18:00"\nend = "08:00"', "working_hours.end", "after"),
        ('[routines]\npreference = "swim"', "routines.preference", "alternate, stretch, walk"),
        ("[routines]\nlevel = 3", "routines.level", "auto, gentle"),
        ('[app]\nlanguage = "../../etc"', "app.language", "locale name"),
        ('[app]\ncolour = "red"', "app.colour", "unknown key"),
        ("[sounds]\nvolume = 3", "sounds", "unknown section"),
        ("breaks = 5", "breaks", "table"),
    ],
)
def test_each_bad_value_is_named_and_only_its_key_is_defaulted(
    text: str, key: str, expected: str
) -> None:
    parsed, problems = parse_config(text + "\n[goal]\nwalk_minutes = 25\n", "cfg.toml")
    assert [p.key for p in problems] == [key]
    assert expected in problems[0].message
    assert str(problems[0]).startswith(f"cfg.toml: {key}: ")
    assert parsed.goal_walk_minutes == 25  # the good key beside it still counts


def test_broken_toml_names_the_file_and_uses_all_defaults() -> None:
    parsed, problems = parse_config('[breaks\ninterval = "5m"', "cfg.toml")
    assert parsed == Settings()
    (problem,) = problems
    assert problem.file == "cfg.toml" and "not valid TOML" in problem.message


def test_a_missing_file_is_the_defaults_without_complaint(tmp_path: Path) -> None:
    assert load_config(tmp_path / "none.toml") == (Settings(), [])


def test_a_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes('[app]\nlanguage = "d\xe9"\n'.encode("latin-1"))
    parsed, (problem,) = load_config(path)
    assert parsed == Settings() and problem.file == str(path) and "UTF-8" in problem.message


def test_save_is_private_and_replaces_the_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "config.toml"
    save_config(path, Settings(interval_s=20 * 60))
    save_config(path, Settings(interval_s=25 * 60))
    assert load_config(path) == (Settings(interval_s=25 * 60), [])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert sorted(os.listdir(path.parent)) == ["config.toml"]  # no temp file left behind


KEYS = [(f.section, f.key) for f in FIELDS] + [("breaks", "bogus"), ("nowhere", "x")]
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.lists(st.text(max_size=5), max_size=4),
    st.sampled_from(["5m", "90s", "1h30m", "08:00", "mon", "auto", "0s", "99999h"]),
)


def _toml_value(v: object) -> str:
    if v is None:
        return '""'
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=8))
def test_fuzzed_keys_and_values_always_give_settings_and_named_problems(
    table: dict[tuple[str, str], object],
) -> None:
    text = "\n".join(f"[{s}]\n{k} = {_toml_value(v)}" for (s, k), v in table.items())
    parsed, problems = parse_config(text, "fuzz.toml")
    assert isinstance(parsed, Settings)
    for p in problems:
        assert p.file == "fuzz.toml" and p.message


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_raise(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "config.toml"
    path.write_bytes(data)
    parsed, problems = load_config(path)
    assert isinstance(parsed, Settings)
    assert all(p.file == str(path) for p in problems)
