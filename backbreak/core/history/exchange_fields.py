"""Checking one imported record, field by field, with the problems named (shared by the CSV
and the JSON reader, which differ only in how the fields arrive)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from backbreak.core.history.store import BreakRow
from backbreak.core.history.store_standing import StandingRow
from backbreak.core.history.weekly import FIRST_YEAR, LAST_YEAR
from backbreak.core.model import Kind, Outcome, Source

CSV_COLUMNS_V1 = (
    "started_at",
    "ended_at",
    "kind",
    "routine",
    "outcome",
    "seconds_active",
    "source",
)
PAIN_COLUMNS = ("pain_before", "pain_after")  # the check-in's scores (issue 15); may be empty
EXERCISES = "exercises"  # the checked-in routine's exercise ids, which steering reads; may be empty
CSV_COLUMNS_PAIN = (*CSV_COLUMNS_V1, *PAIN_COLUMNS)
CSV_COLUMNS = (*CSV_COLUMNS_PAIN, EXERCISES)
CSV_HEADERS = (CSV_COLUMNS, CSV_COLUMNS_PAIN, CSV_COLUMNS_V1)  # what import takes: each so far
OPTIONAL = ("ended_at", "routine", "outcome", *PAIN_COLUMNS, EXERCISES)  # empty / null or absent
STEP_KEYS = ("steps_done", "steps_total")  # JSON only; 0 when absent
MAX_REPORTED_PROBLEMS = 50  # reading stops there: the file is not a history, or far from one
MAX_SECONDS_ACTIVE = 7 * 24 * 3600
MAX_ROUTINE_LENGTH = 200
MAX_STEPS = 1000
MAX_EXERCISES = 100
EXERCISE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")  # as routine files spell them
_EXAMPLE_TIME = "2026-11-16T09:00:00+00:00"
_E = TypeVar("_E", Kind, Outcome, Source)
_MEMBERS: dict[type, dict[str, Any]] = {e: {m.value: m for m in e} for e in (Kind, Outcome, Source)}


@dataclass(frozen=True)
class ImportProblem:
    file: str
    where: str  # "line 12, column kind" or "breaks[3].kind"
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.message}"


class ImportRejected(Exception):
    """The file was not imported (nothing changed); ``problems`` says why, row by row.

    ``stopped`` is True when reading stopped at MAX_REPORTED_PROBLEMS (more may follow).
    """

    def __init__(self, file: Path, problems: list[ImportProblem], stopped: bool = False):
        self.file = file
        self.problems = problems
        self.stopped = stopped
        lines = [str(p) for p in problems]
        if stopped:
            lines.append(f"{file}: stopped reading after {len(problems)} problems")
        super().__init__(f"{file}: not imported, nothing was changed\n" + "\n".join(lines))


class Problems:
    """The problems found in one file, in order; :attr:`enough` once reading should stop
    (at MAX_REPORTED_PROBLEMS, or after a problem that says it is no history file)."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.found: list[ImportProblem] = []
        self._halted = False

    def add(self, where: str, message: str, *, halt: bool = False) -> None:
        if not self.enough:
            self.found.append(ImportProblem(str(self.file), where, message))
        self._halted = self._halted or halt

    @property
    def enough(self) -> bool:
        return self._halted or len(self.found) >= MAX_REPORTED_PROBLEMS

    def __bool__(self) -> bool:
        return bool(self.found)

    def rejected(self) -> ImportRejected:
        return ImportRejected(self.file, self.found, len(self.found) >= MAX_REPORTED_PROBLEMS)


class Bad(ValueError):
    """One field's problem, in words for the user."""


def show(value: object) -> str:
    """``value`` as the user wrote it, cut short."""
    r = repr(value)
    return r if len(r) <= 40 else r[:39] + "…'"


# -- one field ----------------------------------------------------------------------------------


def parse_time(value: str, required: bool) -> datetime | None:
    """An ISO 8601 time with a UTC offset, in the years the history holds; in UTC."""
    if value == "":
        if required:
            raise Bad(f"empty; expected an ISO 8601 time with UTC offset, e.g. {_EXAMPLE_TIME}")
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        raise Bad(f"{show(value)} is not an ISO 8601 time; expected e.g. {_EXAMPLE_TIME}") from None
    if dt.tzinfo is None:
        raise Bad(f"{show(value)} has no UTC offset; expected e.g. {_EXAMPLE_TIME}")
    try:
        in_utc = dt.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00:00+14:00 is in year 0
        in_utc = None
    if in_utc is None or not FIRST_YEAR <= in_utc.year <= LAST_YEAR:
        raise Bad(
            f"{show(value)} is out of range; expected a time from "
            f"{FIRST_YEAR:04d}-01-01 to {LAST_YEAR:04d}-12-31 (UTC)"
        )
    return in_utc


def parse_choice(enum: type[_E], value: str) -> _E:
    member = _MEMBERS[enum].get(value)  # a dict look-up: Enum(value) costs a call per field
    if member is None:
        options = " | ".join(m.value for m in enum)
        raise Bad(f"{show(value)} is not one of {options}")
    return cast(_E, member)


def parse_seconds(value: str) -> int:
    text = value.strip()
    if not (text.isascii() and text.isdigit()):
        raise Bad(f"{show(value)} is not a whole number of seconds (0 or more)")
    return in_range(int(text), MAX_SECONDS_ACTIVE)


def in_range(n: int, hi: int) -> int:
    if n > hi:
        raise Bad(f"{n} is too large (at most {hi})")
    return n


def parse_pain(value: str) -> int | None:
    """A check-in score: empty (none given) or a whole number 0 to 10."""
    text = value.strip()
    if text == "":
        return None
    if not (text.isascii() and text.isdigit() and int(text) <= 10):
        raise Bad(f"{show(value)} is not a pain score; expected a whole number 0 to 10, or empty")
    return int(text)


def parse_exercises(value: str) -> tuple[str, ...]:
    """The exercises of a checked-in routine: ids separated by spaces, or empty."""
    ids = tuple(value.split())
    if len(ids) > MAX_EXERCISES:
        raise Bad(f"{len(ids)} exercises; expected at most {MAX_EXERCISES}")
    for exercise in ids:
        if not EXERCISE_ID.fullmatch(exercise):
            raise Bad(
                f"{show(exercise)} is not an exercise id; expected lowercase letters, digits "
                "and '-' (at most 40), separated by spaces"
            )
    return ids


def parse_routine(value: str) -> str | None:
    if len(value) > MAX_ROUTINE_LENGTH:
        raise Bad(f"longer than {MAX_ROUTINE_LENGTH} characters")
    return value or None


_CHECKS: dict[str, Callable[[str], Any]] = {
    "started_at": lambda v: parse_time(v, True),
    "ended_at": lambda v: parse_time(v, False),
    "kind": lambda v: parse_choice(Kind, v),
    "routine": parse_routine,
    "outcome": lambda v: None if v == "" else parse_choice(Outcome, v),
    "seconds_active": parse_seconds,
    "source": lambda v: parse_choice(Source, v),
    "pain_before": parse_pain,
    "pain_after": parse_pain,
    EXERCISES: parse_exercises,
}


# -- one record ---------------------------------------------------------------------------------


def build_row(
    fields: Mapping[str, str], where: str, problems: Problems, steps: tuple[int, int] = (0, 0)
) -> BreakRow | None:
    """Check one record's text fields; report each bad field; the row if all are good.

    ``where`` is the record's place with a separator ("line 3, column " or "breaks[2].").
    """
    values: dict[str, Any] = {}
    for column, check in _CHECKS.items():
        try:
            values[column] = check(fields.get(column, ""))
        except Bad as e:
            problems.add(f"{where}{column}", str(e))
    if len(values) < len(_CHECKS):
        return None
    row = BreakRow(id=None, **values, steps_done=steps[0], steps_total=steps[1])
    why = _inconsistent(row, fields["outcome"])
    if why is not None:
        problems.add(where + why[0], why[1])
        return None
    return row


def _inconsistent(row: BreakRow, outcome_text: str) -> tuple[str, str] | None:
    """The first field that does not go with the others, and why; None if all agree."""
    if row.ended_at is not None and row.ended_at < row.started_at:
        return "ended_at", (
            f"{row.ended_at.isoformat()} is before started_at {row.started_at.isoformat()}"
        )
    if (row.kind is Kind.NATURAL) != (row.outcome is Outcome.NATURAL):
        return "outcome", (
            f"{show(outcome_text)} does not go with kind {row.kind.value!r}: a natural break "
            "has kind natural and outcome natural"
        )
    if row.steps_done > row.steps_total:
        return "steps_done", f"{row.steps_done} is more than steps_total {row.steps_total}"
    return None


def json_fields(record: Mapping[str, Any], where: str, problems: Problems) -> dict[str, str]:
    """A JSON record's columns as the CSV text they stand for; each wrong type reported (the
    returned mapping then lacks that column)."""
    fields: dict[str, str] = {}
    for column in CSV_COLUMNS:
        value = record.get(column)
        if column == EXERCISES:  # optional in version 2: absent from files written before it
            text = _json_exercises(value)
            if text is not None:
                fields[column] = text
                continue
            problems.add(
                where + column, f"expected a list of exercise ids or null, got {show(value)}"
            )
        elif column in PAIN_COLUMNS:  # version 2; absent from version 1
            if value is None or (_whole(value) and 0 <= value <= 10):
                fields[column] = "" if value is None else str(value)
                continue
            problems.add(
                where + column, f"expected a whole number 0 to 10 or null, got {show(value)}"
            )
        elif column == "seconds_active":
            if _whole(value):
                fields[column] = str(value)
                continue
            problems.add(where + column, f"expected a whole number, got {show(value)}")
        elif value is None and column in OPTIONAL:
            fields[column] = ""
        elif isinstance(value, str):
            fields[column] = value
        else:
            problems.add(where + column, f"expected a string, got {show(value)}")
    return fields


def json_steps(record: Mapping[str, Any], where: str, problems: Problems) -> list[int]:
    """``steps_done`` and ``steps_total`` (0 when absent); each bad one reported and left out."""
    steps = []
    for key in STEP_KEYS:
        value = record.get(key, 0)
        if _whole(value) and 0 <= value <= MAX_STEPS:
            steps.append(value)
        else:
            problems.add(
                where + key, f"expected a whole number 0 to {MAX_STEPS}, got {show(value)}"
            )
    return steps


def _json_exercises(value: object) -> str | None:
    """A JSON ``exercises`` value as the CSV's space-separated text; None when it is not null
    or a list of texts without spaces (the ids themselves are checked as in CSV)."""
    if value is None:
        return ""
    if not isinstance(value, list):
        return None
    if not all(isinstance(v, str) and v and not any(c.isspace() for c in v) for v in value):
        return None
    return " ".join(value)


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def json_standing(record: object, index: int, problems: Problems) -> StandingRow | None:
    """One element of ``standing``: ``{"started_at", "ended_at"}``, both times required."""
    where = f"standing[{index}]"
    if not isinstance(record, dict):
        problems.add(where, "expected an object with started_at and ended_at")
        return None
    times: list[datetime] = []
    for key in ("started_at", "ended_at"):
        value = record.get(key)
        try:
            if not isinstance(value, str):
                raise Bad(f"expected a string, got {show(value)}")
            times.append(cast(datetime, parse_time(value, True)))
        except Bad as e:
            problems.add(f"{where}.{key}", str(e))
    if len(times) < 2:
        return None
    start, end = times
    if end < start:
        problems.add(
            f"{where}.ended_at", f"{end.isoformat()} is before started_at {start.isoformat()}"
        )
        return None
    if (end - start).total_seconds() > MAX_SECONDS_ACTIVE:
        problems.add(
            f"{where}.ended_at",
            f"{end.isoformat()} is more than {MAX_SECONDS_ACTIVE // 86400} days after started_at",
        )
        return None
    return StandingRow(start, end)


def json_row(record: object, index: int, problems: Problems) -> BreakRow | None:
    """One element of ``breaks``: checked, with every problem named by its JSON path."""
    if not isinstance(record, dict):
        problems.add(f"breaks[{index}]", "expected an object with the CSV columns as keys")
        return None
    where = f"breaks[{index}]."
    fields = json_fields(record, where, problems)
    steps = json_steps(record, where, problems)
    if len(fields) < len(CSV_COLUMNS) or len(steps) < len(STEP_KEYS):
        return None
    return build_row(fields, where, problems, (steps[0], steps[1]))
