"""Fuzzing config.toml: whatever the file holds, the app gets a Settings back and
every problem names the file (and the key when there is one).

The hostile values that once made ``parse_config`` raise (``test_settings.py`` pins them) are
fuzzed here too.
"""

from __future__ import annotations

import string
from datetime import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from toml_writer import toml_document

from backbreak.core.routines.schema import Level
from backbreak.core.settings import (
    AUTO_LEVEL,
    DAYS,
    FIELDS,
    ConfigProblem,
    Preference,
    Settings,
    dump_config,
    load_config,
    parse_config,
    save_config,
)

FILE = "fuzz/config.toml"
SECTIONS = sorted({f.section for f in FIELDS})
KNOWN = {(f.section, f.key): f for f in FIELDS}
FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# Values a hand-edited file might hold for any key: right-looking, wrong types, huge, odd text.
SCALARS = st.one_of(
    st.booleans(),
    st.integers(),
    st.sampled_from([0, -1, 2**31, 2**63, -(2**63), 10**30, 10**300]),
    st.floats(),  # inf and nan too: TOML has them
    st.text(max_size=40),
    st.from_regex(r"\A\s?\d{1,6}\s?[hmsHMS]?(\d{1,4}[ms])?\s?\Z"),
    st.from_regex(r"\A-?\d{1,3}:\d{1,3}\Z"),
    st.sampled_from(
        [*DAYS, *Preference, AUTO_LEVEL, *Level, "de", "pt_BR", "", "30m", "1h30m", "0s"]
    ),
    st.times(), st.dates(), st.datetimes(),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.dictionaries(st.text(max_size=8), inner, max_size=3),
    ),
    max_leaves=10,
)
KEYS = st.one_of(
    st.sampled_from(sorted(KNOWN)),
    st.tuples(st.sampled_from(SECTIONS), st.text(max_size=12)),
    st.tuples(st.text(max_size=12), st.text(max_size=12)),
)


def build_document(entries: dict[tuple[str, str], Any], top: dict[str, Any]) -> str:
    """One ``[section]`` table per section, every key quoted, plus some top-level values."""
    doc: dict[str, Any] = {k: v for k, v in top.items() if k not in {s for s, _ in entries}}
    for (section, key), v in entries.items():
        doc.setdefault(section, {})[key] = v
    return toml_document(doc)


def assert_well_named(problems: list[ConfigProblem], file: str) -> None:
    for p in problems:
        assert p.file == file
        assert p.message.strip()
        assert p.key or p.message.startswith(("not valid TOML", "unknown section",
                                              "is not UTF-8", "cannot be read"))
        assert str(p).startswith(f"{file}: ")


@FUZZ
@given(st.text())
@example("[breaks]\ninterval = 5\n[[breaks]]\n")
@example("\ufeff[app]\n")
@example('a.b.c = 1\n"" = 2\n')
def test_any_text_gives_settings_and_named_problems(text: str) -> None:
    parsed, problems = parse_config(text, FILE)
    assert isinstance(parsed, Settings)
    assert_well_named(problems, FILE)


@FUZZ
@given(st.dictionaries(KEYS, VALUES, max_size=10), st.dictionaries(st.text(max_size=8), VALUES,
                                                                    max_size=2))
def test_random_keys_and_values_are_each_judged_on_their_own(
    entries: dict[tuple[str, str], Any], top: dict[str, Any]
) -> None:
    text = build_document(entries, top)
    parsed, problems = parse_config(text, FILE)
    assert isinstance(parsed, Settings)
    assert_well_named(problems, FILE)
    if problems and problems[0].message.startswith("not valid TOML"):
        return  # e.g. a section name that is also a top-level key: the whole file defaults
    named = {p.key for p in problems}
    reversed_hours = "working_hours.end" in named and (
        parsed.work_start, parsed.work_end) == (Settings().work_start, Settings().work_end)
    for (section, key), raw in entries.items():
        field = KNOWN.get((section, key))
        if field is None:
            assert f"{section}.{key}" in named or section in named
            continue
        # The oracle is the field's own check: accepted means used, refused means named.
        try:
            expected = field.check(raw)
        except ValueError:
            assert f"{section}.{key}" in named
            assert getattr(parsed, field.attr) == getattr(Settings(), field.attr)
            continue
        if field.attr in ("work_start", "work_end") and reversed_hours:
            continue
        assert getattr(parsed, field.attr) == expected


VALID = st.builds(
    Settings,
    interval_s=st.integers(60, 4 * 3600),
    natural_break_s=st.integers(60, 3600),
    notice_ahead_s=st.integers(1, 600),
    snooze_s=st.integers(60, 3600),
    snooze_limit=st.integers(0, 20),
    hours_enabled=st.booleans(),
    work_start=st.times().map(lambda t: time(t.hour, t.minute)),
    work_end=st.times().map(lambda t: time(t.hour, t.minute)),
    work_days=st.sets(st.integers(0, 6)).map(lambda s: tuple(sorted(s))),
    preference=st.sampled_from(Preference),
    level=st.sampled_from([None, *Level]),
    walk_s=st.integers(60, 3600),
    goal_walk_minutes=st.integers(0, 600),
    notifications=st.booleans(),
    sound=st.booleans(),
    respect_dnd=st.booleans(),
    language=st.text(string.ascii_letters + string.digits + "_-", max_size=16),
    autostart=st.booleans(),
    monochrome_tray=st.booleans(),
)


@FUZZ
@given(VALID)
def test_any_valid_settings_survive_the_file_format(s: Settings) -> None:
    assume(not s.hours_enabled or s.work_start < s.work_end)
    assert parse_config(dump_config(s), FILE) == (s, [])


@FUZZ
@given(VALID, st.data())
def test_a_damaged_dump_still_gives_settings(s: Settings, data: st.DataObject) -> None:
    text = dump_config(s)
    cut = data.draw(st.integers(0, len(text)))
    junk = data.draw(st.text(max_size=6))
    damaged = text[:cut] + junk + text[cut + data.draw(st.integers(0, 5)):]
    parsed, problems = parse_config(damaged, FILE)
    assert isinstance(parsed, Settings)
    assert_well_named(problems, FILE)


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("config")


@FUZZ
@given(st.binary(max_size=400))
@example(b"\xff\xfe[\x00a\x00p\x00p\x00]\x00")  # UTF-16 with its byte order mark
@example(b"[app]\nlanguage = \"\xe9\"\n")  # latin-1
@example(b"\xc0\xaf")  # an overlong UTF-8 encoding
def test_any_bytes_give_settings_and_name_the_file(fuzz_dir: Path, data: bytes) -> None:
    path = fuzz_dir / "config.toml"
    path.write_bytes(data)
    parsed, problems = load_config(path)
    assert isinstance(parsed, Settings)
    assert_well_named(problems, str(path))


@FUZZ
@given(VALID, st.sampled_from(["utf-16", "utf-32", "latin-1", "cp1252", "utf-8-sig",
                               "shift_jis", "utf-8"]))
def test_a_saved_file_re_encoded_gives_settings(fuzz_dir: Path, s: Settings,
                                                encoding: str) -> None:
    path = fuzz_dir / "encoded.toml"
    save_config(path, s)
    path.write_bytes(path.read_text(encoding="utf-8").encode(encoding))
    parsed, problems = load_config(path)
    assert isinstance(parsed, Settings)
    assert_well_named(problems, str(path))
    if encoding in ("latin-1", "cp1252", "shift_jis", "utf-8") and not problems:
        # ASCII-only dumps read the same in any ASCII-compatible encoding
        assert parsed == s or (s.hours_enabled and s.work_start >= s.work_end)
