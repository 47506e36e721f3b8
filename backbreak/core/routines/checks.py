"""Field checks for one routine file, each problem placed on its line and key.

A :class:`Checker` wraps the shared checks of :mod:`backbreak.core.validation`: a ``take_*``
method returns the value, or records a :class:`RoutineProblem` (file, line, dotted key, what
was expected) and returns None, so one pass over a file reports every bad field at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any, TypeVar

from backbreak.core.routines.schema import Level, RoutineProblem
from backbreak.core.text import Text, problem
from backbreak.core.validation import (
    Invalid,
    line_of_text,
    one_of,
    printable_key,
    show,
    table,
    whole_number,
)

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)
Path_ = tuple[str, ...]  # a dotted key, split: ("exercise", "cues", "feel")

ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
MAX_TEXT = 200
_LEVEL_KEYS = frozenset({Level.GENTLE, Level.STRONG})

_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*([A-Za-z0-9_\-"'. ]+?)\s*=""")


def _split_key(dotted: str) -> Path_:
    return tuple(p.strip().strip("\"'") for p in dotted.split("."))


def key_lines(text: str) -> dict[Path_, int]:
    """Map each dotted key (and table header) to the first line it appears on.

    A plain scan, good enough for error messages: it does not understand multi-line strings.
    """
    found: dict[Path_, int] = {}
    current: Path_ = ()
    for n, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header:
            current = _split_key(header.group(1))
            found.setdefault(current, n)
            continue
        key = _KEY.match(line)
        if key:
            found.setdefault(current + _split_key(key.group(1)), n)
    return found


def nearest_line(lines: dict[Path_, int], path: Path_) -> int | None:
    """The line of ``path``, else of its closest parent (an inline table, an array)."""
    for k in range(len(path), 0, -1):
        if path[:k] in lines:
            return lines[path[:k]]
    return None


def problem_at(file: str, lines: dict[Path_, int], path: Path_, message: Text) -> RoutineProblem:
    """A problem at the key ``path`` of ``file``, on that key's line."""
    field = ".".join(printable_key(p) for p in path)
    return RoutineProblem(file, nearest_line(lines, path), field, message)


class Checker:
    """Collects the problems of one file; each ``take_*`` returns None when the value is bad."""

    def __init__(self, file: str, text: str) -> None:
        self.file = file
        self.problems: list[RoutineProblem] = []
        self.key_lines = key_lines(text)

    def report(self, path: Path_, message: Text) -> None:
        self.problems.append(problem_at(self.file, self.key_lines, path, message))

    def accept(self, path: Path_, check: Callable[[], T]) -> T | None:
        """What ``check`` returns, or None after reporting its :class:`Invalid` at ``path``."""
        try:
            return check()
        except Invalid as e:
            self.report(path, e.text)
            return None

    def unknown_keys(self, table_: dict[str, Any], allowed: Iterable[str], path: Path_) -> None:
        for key in table_:
            if key not in allowed:
                names = ", ".join(sorted(allowed))
                self.report((*path, key), problem("unknown field; expected one of %1", names))

    def take_text(
        self, table_: dict[str, Any], key: str, path: Path_, required: bool = True
    ) -> str | None:
        if key not in table_:
            if required:
                self.report((*path, key), problem("missing; expected a text"))
            return None
        return self.accept((*path, key), lambda: _text(table_[key]))

    def take_id(self, table_: dict[str, Any], key: str, path: Path_) -> str | None:
        value = self.take_text(table_, key, path)
        if value is not None and not ID.match(value):
            self.report(
                (*path, key),
                problem(
                    "expected lowercase letters, digits and '-' (at most 40), got %1", repr(value)
                ),
            )
            return None
        return value

    def take_choice(
        self, table_: dict[str, Any], key: str, path: Path_, choices: type[E]
    ) -> E | None:
        value = self.take_text(table_, key, path)
        if value is None:
            return None
        return self.accept((*path, key), lambda: choices(one_of(value, tuple(choices), repr)))

    def take_int(
        self,
        table_: dict[str, Any],
        key: str,
        path: Path_,
        bounds: tuple[int, int],
        required: bool = True,
    ) -> int | None:
        lo, hi = bounds
        if key not in table_:
            if required:
                self.report(
                    (*path, key), problem("missing; expected a whole number from %1 to %2", lo, hi)
                )
            return None
        return self.accept((*path, key), lambda: whole_number(table_[key], lo, hi))

    def take_lines(
        self,
        table_: dict[str, Any],
        key: str,
        path: Path_,
        min_items: int,
        max_items: int = 20,
    ) -> tuple[str, ...] | None:
        if key not in table_:
            self.report(
                (*path, key), problem("missing; expected a list of texts (at least %1)", min_items)
            )
            return None
        return self.accept((*path, key), lambda: _lines(table_[key], min_items, max_items))

    def take_table(
        self, table_: dict[str, Any], key: str, path: Path_, required: bool = True
    ) -> dict[str, Any] | None:
        if key not in table_:
            if required:
                where = ".".join((*path, key))
                self.report((*path, key), problem("missing; expected a [%1] table", where))
            return None
        return self.accept((*path, key), lambda: table(table_[key]))

    def take_levels(
        self, table_: dict[str, Any], path: Path_, standard: int, bounds: tuple[int, int]
    ) -> tuple[int, int, int] | None:
        levels = self.take_table(table_, "levels", path)
        if levels is None:
            return None
        where = (*path, "levels")
        self.unknown_keys(levels, _LEVEL_KEYS, where)
        gentle = self.take_int(levels, Level.GENTLE, where, bounds)
        strong = self.take_int(levels, Level.STRONG, where, bounds)
        if gentle is None or strong is None:
            return None
        if not gentle <= standard <= strong:
            self.report(
                where,
                problem(
                    "expected gentle <= standard <= strong, got %1 <= %2 <= %3",
                    gentle,
                    standard,
                    strong,
                ),
            )
            return None
        return (gentle, standard, strong)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise Invalid(problem("expected a text, got %1", show(value)))
    return line_of_text(value, MAX_TEXT)


def _lines(value: object, min_items: int, max_items: int) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise Invalid(problem("expected a list of texts, got %1", show(value)))
    if not min_items <= len(value) <= max_items:
        raise Invalid(problem("expected %1 to %2 lines, got %3", min_items, max_items, len(value)))
    out: list[str] = []
    for i, item in enumerate(value, 1):
        if not isinstance(item, str):
            raise Invalid(problem("line %1: expected a text, got %2", i, show(item)))
        out.append(line_of_text(item, MAX_TEXT))
    return tuple(out)
