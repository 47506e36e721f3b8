"""User settings: every default lives here, once, with its check.

``config.toml`` is hand-editable. A bad value never stops the app: it is reported (file, key,
what was expected) and that one key falls back to its default.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import time
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backbreak.core.durations import (
    DurationError,
    check_within,
    format_duration,
    parse_duration,
)
from backbreak.core.text import Text, problem
from backbreak.core.user_files import FileTooLarge, read_user_file, write_atomically
from backbreak.core.validation import (
    Invalid,
    TomlError,
    one_of,
    read_toml,
    show,
    true_or_false,
    whole_number,
)

if TYPE_CHECKING:  # the command line and the tray start without the routines' schema
    from backbreak.core.routines.schema import Caution, Level

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
AUTO_LEVEL = "auto"
"""How ``config.toml`` spells :attr:`Settings.level` None: follow the progression."""


class Preference(StrEnum):
    """What a scheduled break offers."""

    ALTERNATE = "alternate"  # a walk after a stretch, otherwise a stretch
    STRETCH = "stretch"
    WALK = "walk"


class PainCheckin(StrEnum):
    """When the guided stretch asks "How is your back right now?" (and "And now?" after)."""

    DAILY = "daily"  # before the first stretch of the day (asked at most once a day)
    EVERY_ROUTINE = "every-routine"
    OFF = "off"


@dataclass(frozen=True)
class Settings:
    interval_s: int = 30 * 60
    natural_break_s: int = 5 * 60
    notice_ahead_s: int = 30
    snooze_s: int = 5 * 60
    snooze_limit: int = 3
    hours_enabled: bool = True
    work_start: time = time(8, 0)
    work_end: time = time(18, 0)
    work_days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday = 0, as datetime.weekday()
    preference: Preference = Preference.ALTERNATE
    level: Level | None = None  # pinned; None follows the progression ("auto")
    walk_s: int = 5 * 60
    pain_checkin: PainCheckin = PainCheckin.DAILY
    goal_walk_minutes: int = 20
    notifications: bool = True
    sound: bool = False
    respect_dnd: bool = True
    language: str = ""  # empty: follow the system locale
    autostart: bool = False
    monochrome_tray: bool = False  # one-colour tray icon, for panels that want one
    meeting_guard: bool = True  # a due break waits while the camera or microphone is in use
    typing_pause_s: int = 3  # a due prompt waits for this long a pause in input (0: off)
    typing_pause_cap_s: int = 60  # ... but never longer than this
    reduced_motion: bool = False  # exercise pictures stand still, both frames side by side
    cautions: frozenset[Caution] = frozenset()  # ticked in the safety screen: what to leave out
    standing_walk_after_s: int = 60 * 60  # standing this long suggests a walk

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    def hours_in_order(self) -> bool:
        """Working hours, when they are on, end after they start (no window across midnight)."""
        return not self.hours_enabled or self.work_start < self.work_end


@dataclass(frozen=True)
class ConfigProblem:
    file: str
    key: str
    text: Text  # what is wrong, for the user (shown translated in the GUI)

    @property
    def where(self) -> str:
        return f"{self.file}: {self.key}" if self.key else self.file

    @property
    def message(self) -> str:
        return str(self.text)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


MAX_CONFIG_BYTES = 1024 * 1024  # a hand-written config is a few hundred bytes


@dataclass(frozen=True)
class _Range:
    """A check for a number between ``lo`` and ``hi``; the dialog reads its limits."""

    lo: int
    hi: int


class _duration(_Range):
    def __call__(self, v: Any) -> int:
        if not isinstance(v, str):
            raise Invalid(problem('expected a duration string such as "30m", got %1', show(v)))
        try:
            return check_within(parse_duration(v, allow_zero=self.lo == 0), v, self.lo, self.hi)
        except DurationError as e:
            raise Invalid(e.text) from None


class _int(_Range):
    def __call__(self, v: Any) -> int:
        return whole_number(v, self.lo, self.hi)


def _preference(v: Any) -> Preference:
    return Preference(one_of(v, tuple(Preference)))


def _pain_checkin(v: Any) -> PainCheckin:
    return PainCheckin(one_of(v, tuple(PainCheckin)))


def _level(v: Any) -> Level | None:
    from backbreak.core.routines.schema import Level

    word = one_of(v, (AUTO_LEVEL, *Level))
    return None if word == AUTO_LEVEL else Level(word)


def _cautions(v: Any) -> frozenset[Caution]:
    from backbreak.core.routines.schema import Caution

    words = ", ".join(Caution)
    if not isinstance(v, list):
        raise Invalid(
            problem('expected a list such as ["balance"] (of %1), got %2', words, show(v))
        )
    return frozenset(Caution(one_of(c, tuple(Caution))) for c in v)


def _clock(v: Any) -> time:
    if isinstance(v, time):
        return v.replace(tzinfo=None)
    if isinstance(v, str):
        try:
            hh, mm = v.split(":")
            return time(int(hh), int(mm))
        except (ValueError, OverflowError):
            pass
    raise Invalid(problem('expected a time of day such as "08:00", got %1', show(v)))


def _days(v: Any) -> tuple[int, ...]:
    if not isinstance(v, list) or not all(isinstance(d, str) for d in v):
        raise Invalid(problem('expected a list of days such as ["mon", "tue"], got %1', show(v)))
    out = []
    for d in v:
        if d.lower() not in DAYS:
            raise Invalid(problem("expected days among %1, got %2", ", ".join(DAYS), repr(d)))
        out.append(DAYS.index(d.lower()))
    return tuple(sorted(set(out)))


def _language(v: Any) -> str:
    if not isinstance(v, str) or len(v) > 16 or not all(c.isalnum() or c in "_-" for c in v):
        raise Invalid(
            problem(
                'expected a locale name such as "de" or "pt_BR" (empty: system), got %1', show(v)
            )
        )
    return v


@dataclass(frozen=True)
class _Field:
    section: str
    key: str
    attr: str
    check: Callable[[Any], Any]
    dump: Callable[[Any], str]


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


_dur_dump: Callable[[Any], str] = lambda s: _q(format_duration(s))  # noqa: E731
_int_dump: Callable[[Any], str] = str
_bool_dump: Callable[[Any], str] = lambda b: "true" if b else "false"  # noqa: E731
_str_dump: Callable[[Any], str] = _q
_level_dump: Callable[[Any], str] = lambda level: _q(level or AUTO_LEVEL)  # noqa: E731
_time_dump: Callable[[Any], str] = lambda t: _q(t.strftime("%H:%M"))  # noqa: E731


def _cautions_dump(cs: Any) -> str:
    from backbreak.core.routines.schema import Caution

    return "[" + ", ".join(_q(c) for c in Caution if c in cs) + "]"


_days_dump: Callable[[Any], str] = (  # noqa: E731
    lambda ds: "[" + ", ".join(_q(DAYS[d]) for d in ds) + "]"
)

FIELDS: tuple[_Field, ...] = (
    _Field("breaks", "interval", "interval_s", _duration(60, 4 * 3600), _dur_dump),
    _Field("breaks", "natural_break", "natural_break_s", _duration(60, 3600), _dur_dump),
    _Field("breaks", "notice_ahead", "notice_ahead_s", _duration(1, 600), _dur_dump),
    _Field("breaks", "snooze", "snooze_s", _duration(60, 3600), _dur_dump),
    _Field("breaks", "snooze_limit", "snooze_limit", _int(0, 20), _int_dump),
    _Field("breaks", "meeting_guard", "meeting_guard", true_or_false, _bool_dump),
    _Field("breaks", "typing_pause", "typing_pause_s", _duration(0, 60), _dur_dump),
    _Field("breaks", "typing_pause_max", "typing_pause_cap_s", _duration(0, 600), _dur_dump),
    _Field(
        "breaks", "standing_walk_after", "standing_walk_after_s", _duration(60, 4 * 3600), _dur_dump
    ),
    _Field("working_hours", "enabled", "hours_enabled", true_or_false, _bool_dump),
    _Field("working_hours", "start", "work_start", _clock, _time_dump),
    _Field("working_hours", "end", "work_end", _clock, _time_dump),
    _Field("working_hours", "days", "work_days", _days, _days_dump),
    _Field("routines", "preference", "preference", _preference, _str_dump),
    _Field("routines", "level", "level", _level, _level_dump),
    _Field("routines", "walk", "walk_s", _duration(60, 3600), _dur_dump),
    _Field("routines", "pain_checkin", "pain_checkin", _pain_checkin, _str_dump),

    _Field("routines", "cautions", "cautions", _cautions, _cautions_dump),
    _Field("goal", "walk_minutes", "goal_walk_minutes", _int(0, 600), _int_dump),
    _Field("app", "notifications", "notifications", true_or_false, _bool_dump),
    _Field("app", "sound", "sound", true_or_false, _bool_dump),
    _Field("app", "respect_do_not_disturb", "respect_dnd", true_or_false, _bool_dump),
    _Field("app", "language", "language", _language, _str_dump),
    _Field("app", "start_at_login", "autostart", true_or_false, _bool_dump),
    _Field("app", "monochrome_tray_icon", "monochrome_tray", true_or_false, _bool_dump),
    _Field("app", "reduced_motion", "reduced_motion", true_or_false, _bool_dump),
)


def accepted_range(attr: str) -> tuple[int, int]:
    """The smallest and largest value ``config.toml`` accepts for the numeric setting
    ``attr``, in its unit (seconds for durations)."""
    check = next(f.check for f in FIELDS if f.attr == attr)
    if not isinstance(check, _Range):
        raise TypeError(f"{attr} is not a numeric setting")
    return check.lo, check.hi


PAUSE_RANGE_S = (60, 24 * 3600)
"""A timed pause (``backbreak pause 2h``); longer ones are "until tomorrow" or "indefinitely"."""

assert {f.attr for f in FIELDS} == {f.name for f in fields(Settings)}


_KNOWN = {(f.section, f.key): f for f in FIELDS}
_SECTIONS = sorted({f.section for f in FIELDS})


def parse_config(text: str, file: str = "config.toml") -> tuple[Settings, list[ConfigProblem]]:
    """Read TOML text into settings; every problem is named and only its key is defaulted."""
    text = text.removeprefix("\ufeff")  # a byte order mark, as Windows Notepad writes
    try:
        doc = read_toml(text)
    except TomlError as e:
        return Settings(), [
            ConfigProblem(file, "", problem("not valid TOML (%1); using all defaults", e))
        ]
    problems: list[ConfigProblem] = []
    values: dict[str, Any] = {}
    for section, table in doc.items():
        if section not in _SECTIONS:
            expected = problem("unknown section; expected one of %1", ", ".join(_SECTIONS))
            problems.append(ConfigProblem(file, section, expected))
        elif not isinstance(table, dict):
            got = problem("expected a [%1] table, got %2", section, show(table))
            problems.append(ConfigProblem(file, section, got))
        else:
            problems += _read_section(file, section, table, values)
    settings = Settings(**values)
    if not settings.hours_in_order():
        problems.append(
            ConfigProblem(
                file,
                "working_hours.end",
                problem(
                    "expected a time after working_hours.start; using the default working hours"
                ),
            )
        )
        settings = replace(settings, work_start=Settings.work_start, work_end=Settings.work_end)
    return settings, problems


def _read_section(
    file: str, section: str, table: dict[str, Any], values: dict[str, Any]
) -> list[ConfigProblem]:
    """Check each key of ``[section]`` into ``values`` (by attribute); the problems found."""
    problems: list[ConfigProblem] = []
    for key, raw in table.items():
        field = _KNOWN.get((section, key))
        if field is None:
            valid = sorted(k for s, k in _KNOWN if s == section)
            expected = problem("unknown key; expected one of %1", ", ".join(valid))
            problems.append(ConfigProblem(file, f"{section}.{key}", expected))
            continue
        try:
            values[field.attr] = field.check(raw)
        except (ValueError, OverflowError) as e:  # Invalid, and what a check's int() raises
            why = e.text if isinstance(e, Invalid) else str(e)
            problems.append(
                ConfigProblem(file, f"{section}.{key}", problem("%1; using the default", why))
            )
    return problems


def load_config(path: Path) -> tuple[Settings, list[ConfigProblem]]:
    """Read ``path``; a missing file is the defaults, an unreadable one a problem."""
    try:
        raw = read_user_file(path, MAX_CONFIG_BYTES)
    except FileNotFoundError:
        return Settings(), []
    except FileTooLarge as e:
        too_large = problem(
            "the file is %1 bytes; expected at most %2; using all defaults", e.size, e.limit
        )
        return Settings(), [ConfigProblem(str(path), "", too_large)]
    except OSError as e:
        why = e.strerror or str(e)
        return Settings(), [
            ConfigProblem(str(path), "", problem("cannot be read (%1); using all defaults", why))
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return Settings(), [
            ConfigProblem(
                str(path), "", problem("is not UTF-8 text (byte %1); using all defaults", e.start)
            )
        ]
    return parse_config(text, str(path))


def dump_config(settings: Settings) -> str:
    out: list[str] = ["# backbreak settings. Durations: 90s, 5m, 1h30m. Edit freely."]
    section = ""
    for f in FIELDS:
        if f.section != section:
            section = f.section
            out.append(f"\n[{section}]")
        out.append(f"{f.key} = {f.dump(getattr(settings, f.attr))}")
    return "\n".join(out) + "\n"


def save_config(path: Path, settings: Settings) -> None:
    """Write atomically, readable by the user only."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomically(path, lambda f: f.write(dump_config(settings)))
