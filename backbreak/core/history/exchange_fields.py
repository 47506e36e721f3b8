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
from backbreak.core.text import Text, problem
from backbreak.core.validation import FileProblem, Invalid, show, whole_number

CSV_COLUMNS_V1 = (
    "started_at",
    "ended_at",
    "kind",
    "routine",
    "outcome",
    "seconds_active",
    "source",
)
PAIN_COLUMNS = ("pain_before", "pain_after")  # the check-in's scores; may be empty
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
_MAX_DIGITS = 18  # more is out of every range here; int() refuses more than 4,300
_E = TypeVar("_E", Kind, Outcome, Source)
_MEMBERS: dict[type, dict[str, Any]] = {e: {m.value: m for m in e} for e in (Kind, Outcome, Source)}


@dataclass(frozen=True)
class ImportProblem(FileProblem):
    file: str
    place: str  # "line 12, column kind" or "breaks[3].kind"; "file" for the file as a whole
    text: Text  # what was expected, what came

    @property
    def where(self) -> str:
        return f"{self.file}: {self.place}"


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

    def add(self, place: str, text: Text, *, halt: bool = False) -> None:
        if not self.enough:
            self.found.append(ImportProblem(str(self.file), place, text))
        self._halted = self._halted or halt

    @property
    def enough(self) -> bool:
        return self._halted or len(self.found) >= MAX_REPORTED_PROBLEMS

    def __bool__(self) -> bool:
        return bool(self.found)

    def rejected(self) -> ImportRejected:
        return ImportRejected(self.file, self.found, len(self.found) >= MAX_REPORTED_PROBLEMS)


# -- one field ----------------------------------------------------------------------------------


def parse_time(value: str, required: bool) -> datetime | None:
    """An ISO 8601 time with a UTC offset, in the years the history holds; in UTC."""
    if value == "" and not required:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        raise Invalid(problem("expected an ISO 8601 time such as %1, got %2", _EXAMPLE_TIME,
                              show(value))) from None  # fmt: skip
    if dt.tzinfo is None:
        raise Invalid(problem("expected a time with a UTC offset such as %1, got %2",
                              _EXAMPLE_TIME, show(value)))  # fmt: skip
    try:
        in_utc = dt.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00:00+14:00 is in year 0
        in_utc = None
    if in_utc is None or not FIRST_YEAR <= in_utc.year <= LAST_YEAR:
        raise Invalid(
            problem(
                "expected a time from %1 to %2 (UTC), got %3",
                f"{FIRST_YEAR:04d}-01-01",
                f"{LAST_YEAR:04d}-12-31",
                show(value),
            )
        )
    return in_utc


def parse_choice(enum: type[_E], value: str) -> _E:
    member = _MEMBERS[enum].get(value)  # a dict look-up: Enum(value) costs a call per field
    if member is None:
        options = ", ".join(m.value for m in enum)
        raise Invalid(problem("expected one of %1, got %2", options, show(value)))
    return cast(_E, member)


def _digits(value: str, lo: int, hi: int) -> int:
    """``value`` if it is a whole number (digits only) from ``lo`` to ``hi``."""
    text = value.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > _MAX_DIGITS:
        raise Invalid(problem("expected a whole number from %1 to %2, got %3", lo, hi, show(value)))
    return whole_number(int(text), lo, hi)


def parse_seconds(value: str) -> int:
    return _digits(value, 0, MAX_SECONDS_ACTIVE)


def parse_pain(value: str) -> int | None:
    """A check-in score: empty (none given) or a whole number 0 to 10."""
    if value.strip() == "":
        return None
    try:
        return _digits(value, 0, 10)
    except Invalid:
        raise Invalid(problem("expected a pain score from 0 to 10, or empty, got %1",
                              show(value))) from None  # fmt: skip


def parse_exercises(value: str) -> tuple[str, ...]:
    """The exercises of a checked-in routine: ids separated by spaces, or empty."""
    ids = tuple(value.split())
    if len(ids) > MAX_EXERCISES:
        raise Invalid(problem("expected at most %1 exercises, got %2", MAX_EXERCISES, len(ids)))
    for exercise in ids:
        if not EXERCISE_ID.fullmatch(exercise):
            raise Invalid(
                problem(
                    "expected exercise ids of lowercase letters, digits and '-' (at most 40), "
                    "separated by spaces, got %1",
                    show(exercise),
                )
            )
    return ids


def parse_routine(value: str) -> str | None:
    if len(value) > MAX_ROUTINE_LENGTH:
        raise Invalid(
            problem("expected at most %1 characters, got %2", MAX_ROUTINE_LENGTH, len(value))
        )
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
        except Invalid as e:
            problems.add(f"{where}{column}", e.text)
    if len(values) < len(_CHECKS):
        return None
    row = BreakRow(id=None, **values, steps_done=steps[0], steps_total=steps[1])
    why = _inconsistent(row, fields["outcome"])
    if why is not None:
        problems.add(where + why[0], why[1])
        return None
    return row


def _inconsistent(row: BreakRow, outcome_text: str) -> tuple[str, Text] | None:
    """The first field that does not go with the others, and why; None if all agree."""
    if row.ended_at is not None and row.ended_at < row.started_at:
        return "ended_at", not_before_start(row.started_at, row.ended_at)
    if (row.kind is Kind.NATURAL) != (row.outcome is Outcome.NATURAL):
        return "outcome", problem(
            "expected outcome natural exactly when kind is natural (a natural break), got "
            "outcome %1 with kind %2",
            show(outcome_text),
            row.kind.value,
        )
    if row.steps_done > row.steps_total:
        return "steps_done", problem(
            "expected at most steps_total (%1), got %2", row.steps_total, row.steps_done
        )
    return None


def not_before_start(start: datetime, end: datetime) -> Text:
    return problem(
        "expected a time not before started_at (%1), got %2", start.isoformat(), end.isoformat()
    )


def json_fields(record: Mapping[str, Any], where: str, problems: Problems) -> dict[str, str]:
    """A JSON record's columns as the CSV text they stand for; each wrong type reported (the
    returned mapping then lacks that column)."""
    fields: dict[str, str] = {}
    for column in CSV_COLUMNS:
        try:
            fields[column] = _json_field(column, record.get(column))
        except Invalid as e:
            problems.add(where + column, e.text)
    return fields


def _json_field(column: str, value: object) -> str:
    """One JSON value as the CSV text it stands for; Invalid for a wrong type."""
    if column == EXERCISES:  # optional in version 2: absent from files written before it
        text = _json_exercises(value)
        if text is None:
            raise Invalid(problem("expected a list of exercise ids or null, got %1", show(value)))
        return text
    if column in PAIN_COLUMNS:  # version 2; absent from version 1
        if value is None:
            return ""
        try:
            return str(whole_number(value, 0, 10))
        except Invalid:
            raise Invalid(problem("expected a pain score from 0 to 10, or null, got %1",
                                  show(value))) from None  # fmt: skip
    if column == "seconds_active":
        return str(whole_number(value, 0, MAX_SECONDS_ACTIVE))
    if value is None and column in OPTIONAL:
        return ""
    if isinstance(value, str):
        return value
    raise Invalid(problem("expected a text, got %1", show(value)))


def json_steps(record: Mapping[str, Any], where: str, problems: Problems) -> list[int]:
    """``steps_done`` and ``steps_total`` (0 when absent); each bad one reported and left out."""
    steps = []
    for key in STEP_KEYS:
        try:
            steps.append(whole_number(record.get(key, 0), 0, MAX_STEPS))
        except Invalid as e:
            problems.add(where + key, e.text)
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


def json_standing(record: object, index: int, problems: Problems) -> StandingRow | None:
    """One element of ``standing``: ``{"started_at", "ended_at"}``, both times required."""
    where = f"standing[{index}]"
    if not isinstance(record, dict):
        problems.add(where, problem("expected an object with started_at and ended_at, got %1",
                                    show(record)))  # fmt: skip
        return None
    times: list[datetime] = []
    for key in ("started_at", "ended_at"):
        value = record.get(key)
        try:
            if not isinstance(value, str):
                raise Invalid(problem("expected a text, got %1", show(value)))
            times.append(cast(datetime, parse_time(value, True)))
        except Invalid as e:
            problems.add(f"{where}.{key}", e.text)
    if len(times) < 2:
        return None
    start, end = times
    if end < start:
        problems.add(f"{where}.ended_at", not_before_start(start, end))
        return None
    if (end - start).total_seconds() > MAX_SECONDS_ACTIVE:
        days = MAX_SECONDS_ACTIVE // 86400
        problems.add(
            f"{where}.ended_at",
            problem("expected at most %1 days after started_at, got %2", days, end.isoformat()),
        )
        return None
    return StandingRow(start, end)


def json_row(record: object, index: int, problems: Problems) -> BreakRow | None:
    """One element of ``breaks``: checked, with every problem named by its JSON path."""
    if not isinstance(record, dict):
        problems.add(f"breaks[{index}]", problem(
            "expected an object with the CSV columns as keys, got %1", show(record)))  # fmt: skip
        return None
    where = f"breaks[{index}]."
    fields = json_fields(record, where, problems)
    steps = json_steps(record, where, problems)
    if len(fields) < len(CSV_COLUMNS) or len(steps) < len(STEP_KEYS):
        return None
    return build_row(fields, where, problems, (steps[0], steps[1]))
