"""Guided routines: exercises and routines as TOML data, validated on load.

Every user-visible word lives in the data files (so it can be translated later); this module
only checks and arranges them. Built-in files ship as package data under
``backbreak.assets/routines/``; user files are ``*.toml`` anywhere under the user routines
folder. A broken user file is reported (:class:`RoutineProblem`) and skipped, never raised.

Schema
======
Every file holds exactly one top-level table, which says what the file is: ``[exercise]``,
``[routine]`` or (built-in only) ``[safety]``. Unknown keys are errors. Ids are lowercase
letters, digits and ``-`` (at most 40 characters). Texts are non-empty single lines.

Exercise::

    [exercise]
    id = "glute-squeeze"
    title = "Standing glute squeeze"
    position = "standing"            # standing | seated | floor | walking
    seed = "000_125f6504fb713911.txt" # the seed article the facts come from
    illustration = "glute-squeeze.svg"  # in assets/illustrations/ (or next to a user file)
    steps = ["Stand tall ...", "Squeeze ..."]   # one line per player screen, 1 to 8 lines
    setup_steps = 1      # optional, default 1: leading steps that only get you into position
    step_seconds = 5     # seconds for each set-up screen, and for one repetition (1-120)
    reps = 8             # repetitions per work step at the standard level ...
    # hold_seconds = 20  # ... or seconds to hold each work step: exactly one of the two
    levels = { gentle = 5, strong = 12 }  # same unit; gentle <= standard <= strong

    [exercise.cues]
    feel = ["What you should feel"]       # at least one line
    avoid = ["What to stay away from"]    # may be empty

The player shows one screen per step. The first ``setup_steps`` screens last ``step_seconds``
each. Every later step is a *work* screen: it lasts the hold (``hold_seconds``) or
``reps x step_seconds`` and shows the repetition count. Steps after the first work step are
typically the other side ("Now the left leg").

Routine::

    [routine]
    id = "desk-standing"
    title = "Standing reset"
    description = "One line on what this routine is for."
    kind = "desk"                  # desk (scheduled breaks) | home (on demand) | walk
    exercises = ["glute-squeeze", "standing-knee-to-chest"]   # ids, in order

    [routine.overrides.glute-squeeze]   # optional, per exercise id used in this routine
    step_seconds = 4
    reps = 6                            # or hold_seconds, matching the exercise
    levels = { gentle = 4, strong = 8 } # optional; if left out, the exercise's levels
                                        # are scaled by the same ratio as reps/hold_seconds

A ``desk`` routine takes no ``floor`` exercise; a ``walk`` routine only ``walking`` ones.

Safety (built-in ``safety.toml``)::

    [safety]
    lines = ["Who should ask a professional first ...", "Stop on sharp pain ..."]
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from backbreak.core.model import Kind
from backbreak.core.text import Text, problem
from backbreak.core.user_files import FileTooLarge, read_user_file

POSITIONS = ("standing", "seated", "floor", "walking")
ROUTINE_KINDS = ("desk", "home", "walk")
PLAN_LEVELS = ("gentle", "standard", "strong")
PREFERENCES = ("alternate", "stretch", "walk")
BUILTIN = "builtin"

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_MAX_FILE_BYTES = 256 * 1024
_MAX_STEPS = 8
_MAX_TEXT = 200
_SECONDS = (1, 3600)
_STEP_SECONDS = (1, 120)
_REPS = (1, 100)
_POSITIONS_FOR_KIND = {
    "desk": frozenset({"standing", "seated", "walking"}),
    "home": frozenset(POSITIONS),
    "walk": frozenset({"walking"}),
}

_EXERCISE_KEYS = frozenset(
    {
        "id",
        "title",
        "position",
        "seed",
        "illustration",
        "steps",
        "setup_steps",
        "step_seconds",
        "reps",
        "hold_seconds",
        "levels",
        "cues",
    }
)
_CUE_KEYS = frozenset({"feel", "avoid"})
_LEVEL_KEYS = frozenset({"gentle", "strong"})
_ROUTINE_KEYS = frozenset({"id", "title", "description", "kind", "exercises", "overrides"})
_OVERRIDE_KEYS = frozenset({"step_seconds", "reps", "hold_seconds", "levels"})
_SAFETY_KEYS = frozenset({"lines"})
_DOC_KINDS = ("exercise", "routine", "safety")


# --------------------------------------------------------------------------- public types


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    steps: tuple[str, ...]
    feel: tuple[str, ...]
    avoid: tuple[str, ...]
    position: str
    seed: str
    illustration: str
    reps: int | None
    hold_s: int | None
    step_s: int
    setup_steps: int = 1
    levels: tuple[int, int, int] = (1, 1, 1)
    """Amount (reps or hold seconds) for gentle, standard, strong."""
    illustration_path: Path | None = None
    source: str = BUILTIN


@dataclass(frozen=True)
class Override:
    """A routine's change to one exercise's timing (see the module docstring)."""

    step_s: int | None = None
    amount: int | None = None  # the standard-level reps or hold seconds
    levels: tuple[int, int, int] | None = None
    unit: str | None = None  # "reps" or "hold": which of the two ``amount`` is


@dataclass(frozen=True)
class Routine:
    id: str
    title: str
    description: str
    kind: str
    exercise_ids: tuple[str, ...]
    source: str  # "builtin" or the user file path
    overrides: tuple[tuple[str, Override], ...] = ()

    def override_for(self, exercise_id: str) -> Override | None:
        return dict(self.overrides).get(exercise_id)


@dataclass(frozen=True)
class PlayerStep:
    """One timed screen of the player."""

    exercise_id: str
    title: str
    instruction: str
    cues: tuple[str, ...]  # what to feel, then what to avoid
    seconds: int
    illustration: Path | None
    reps: int | None
    avoid: tuple[str, ...] = ()  # the "avoid" part of ``cues``, for styling
    position: str = ""
    is_work: bool = False  # False for a set-up screen


@dataclass(frozen=True)
class RoutineProblem:
    file: str
    line: int | None
    field: str
    text: Text  # what is wrong, for the user (shown translated in the GUI)

    @property
    def where(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.field}" if self.field else where

    @property
    def message(self) -> str:
        return str(self.text)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Library:
    exercises: dict[str, Exercise]
    routines: dict[str, Routine]
    problems: list[RoutineProblem] = field(default_factory=list)
    safety: tuple[str, ...] = ()

    def desk_routines(self) -> list[Routine]:
        """Desk routines in rotation order: built-in ones by id, then user ones by id."""
        desk = [r for r in self.routines.values() if r.kind == "desk"]
        return sorted(desk, key=lambda r: (r.source != BUILTIN, r.id))

    def walk_routine(self) -> Routine:
        """The walk offered on scheduled breaks (a built-in one when there is one)."""
        walks = sorted(
            (r for r in self.routines.values() if r.kind == "walk"),
            key=lambda r: (r.source != BUILTIN, r.id),
        )
        if not walks:
            raise LookupError("no walk routine is loaded")
        return walks[0]

    def get(self, routine_id: str) -> Routine:
        return self.routines[routine_id]


# --------------------------------------------------------------------------- locating lines

_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*([A-Za-z0-9_\-"'. ]+?)\s*=""")
_DECODE_LINE = re.compile(r"at line (\d+)")


def _split_key(dotted: str) -> tuple[str, ...]:
    return tuple(p.strip().strip("\"'") for p in dotted.split("."))


def _key_lines(text: str) -> dict[tuple[str, ...], int]:
    """Map each dotted key (and table header) to the first line it appears on.

    A plain scan, good enough for error messages: it does not understand multi-line strings.
    """
    found: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    for n, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header:
            table = _split_key(header.group(1))
            found.setdefault(table, n)
            continue
        key = _KEY.match(line)
        if key:
            found.setdefault(table + _split_key(key.group(1)), n)
    return found


def _nearest_line(key_lines: dict[tuple[str, ...], int], path: tuple[str, ...]) -> int | None:
    """The line of ``path``, else of its closest parent (an inline table, an array)."""
    for k in range(len(path), 0, -1):
        if path[:k] in key_lines:
            return key_lines[path[:k]]
    return None


# --------------------------------------------------------------------------- checking


def _show(value: Any) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text[:40] + '…' if len(text) > 40 else text}"


class _Checker:
    """Collects problems for one file; each ``take_*`` returns None when the value is bad."""

    def __init__(self, file: str, text: str) -> None:
        self.file = file
        self.problems: list[RoutineProblem] = []
        self.key_lines = _key_lines(text)

    def line(self, path: tuple[str, ...]) -> int | None:
        return _nearest_line(self.key_lines, path)

    def report(self, path: tuple[str, ...], message: Text) -> None:
        self.problems.append(RoutineProblem(self.file, self.line(path), ".".join(path), message))

    def unknown_keys(
        self, table: dict[str, Any], allowed: frozenset[str], path: tuple[str, ...]
    ) -> None:
        for key in table:
            if key not in allowed:
                self.report(
                    (*path, key),
                    problem("unknown field; expected one of %1", ", ".join(sorted(allowed))),
                )

    def take_text(
        self, table: dict[str, Any], key: str, path: tuple[str, ...], required: bool = True
    ) -> str | None:
        where = (*path, key)
        if key not in table:
            if required:
                self.report(where, problem("missing; expected a text"))
            return None
        value = table[key]
        if not isinstance(value, str):
            self.report(where, problem("expected a text, got %1", _show(value)))
            return None
        return self._text_ok(value, where)

    def _text_ok(self, value: str, where: tuple[str, ...]) -> str | None:
        text = value.strip()
        if not text:
            self.report(where, problem("expected a non-empty text"))
            return None
        if "\n" in text:
            self.report(where, problem("expected a single line of text"))
            return None
        if len(text) > _MAX_TEXT:
            self.report(
                where, problem("expected at most %1 characters, got %2", _MAX_TEXT, len(text))
            )
            return None
        return text

    def take_id(self, table: dict[str, Any], key: str, path: tuple[str, ...]) -> str | None:
        value = self.take_text(table, key, path)
        if value is not None and not _ID.match(value):
            self.report(
                (*path, key),
                problem(
                    "expected lowercase letters, digits and '-' (at most 40), got %1", repr(value)
                ),
            )
            return None
        return value

    def take_choice(
        self, table: dict[str, Any], key: str, path: tuple[str, ...], options: Iterable[str]
    ) -> str | None:
        opts = tuple(options)
        value = self.take_text(table, key, path)
        if value is not None and value not in opts:
            self.report(
                (*path, key), problem("expected one of %1, got %2", ", ".join(opts), repr(value))
            )
            return None
        return value

    def take_int(
        self,
        table: dict[str, Any],
        key: str,
        path: tuple[str, ...],
        bounds: tuple[int, int],
        required: bool = True,
    ) -> int | None:
        where = (*path, key)
        if key not in table:
            if required:
                self.report(
                    where,
                    problem("missing; expected a whole number from %1 to %2", bounds[0], bounds[1]),
                )
            return None
        return self.int_ok(table[key], where, bounds)

    def int_ok(self, value: Any, where: tuple[str, ...], bounds: tuple[int, int]) -> int | None:
        lo, hi = bounds
        if isinstance(value, bool) or not isinstance(value, int):
            self.report(
                where,
                problem("expected a whole number from %1 to %2, got %3", lo, hi, _show(value)),
            )
            return None
        if not lo <= value <= hi:
            self.report(
                where, problem("expected a whole number from %1 to %2, got %3", lo, hi, value)
            )
            return None
        return value

    def take_lines(
        self,
        table: dict[str, Any],
        key: str,
        path: tuple[str, ...],
        min_items: int,
        max_items: int = 20,
    ) -> tuple[str, ...] | None:
        where = (*path, key)
        if key not in table:
            self.report(
                where, problem("missing; expected a list of texts (at least %1)", min_items)
            )
            return None
        value = table[key]
        if not isinstance(value, list):
            self.report(where, problem("expected a list of texts, got %1", _show(value)))
            return None
        if not min_items <= len(value) <= max_items:
            self.report(
                where, problem("expected %1 to %2 lines, got %3", min_items, max_items, len(value))
            )
            return None
        out: list[str] = []
        for i, item in enumerate(value, 1):
            if not isinstance(item, str):
                self.report(where, problem("line %1: expected a text, got %2", i, _show(item)))
                return None
            text = self._text_ok(item, where)
            if text is None:
                return None
            out.append(text)
        return tuple(out)

    def take_table(
        self, table: dict[str, Any], key: str, path: tuple[str, ...], required: bool = True
    ) -> dict[str, Any] | None:
        where = (*path, key)
        if key not in table:
            if required:
                self.report(where, problem("missing; expected a [%1] table", ".".join(where)))
            return None
        value = table[key]
        if not isinstance(value, dict):
            self.report(where, problem("expected a table, got %1", _show(value)))
            return None
        return value

    def take_levels(
        self, table: dict[str, Any], path: tuple[str, ...], standard: int, bounds: tuple[int, int]
    ) -> tuple[int, int, int] | None:
        levels = self.take_table(table, "levels", path)
        if levels is None:
            return None
        where = (*path, "levels")
        self.unknown_keys(levels, _LEVEL_KEYS, where)
        gentle = self.take_int(levels, "gentle", where, bounds)
        strong = self.take_int(levels, "strong", where, bounds)
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


@dataclass(frozen=True)
class _Parsed:
    """What one file turned out to hold (only the valid part)."""

    doc_kind: str | None
    exercise: Exercise | None = None
    routine: Routine | None = None
    safety: tuple[str, ...] | None = None
    problems: tuple[RoutineProblem, ...] = ()
    key_lines: dict[tuple[str, ...], int] = field(default_factory=dict)


def _read_doc(path: Path, file: str) -> tuple[dict[str, Any] | None, str, list[RoutineProblem]]:
    try:
        raw = read_user_file(path, _MAX_FILE_BYTES)
    except FileTooLarge as e:
        too_large = problem("the file is %1 bytes; expected at most %2", e.size, e.limit)
        return None, "", [RoutineProblem(file, None, "", too_large)]
    except OSError as e:
        return (
            None,
            "",
            [RoutineProblem(file, None, "", problem("cannot read the file (%1)", e.strerror))],
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return (
            None,
            "",
            [RoutineProblem(file, None, "", problem("not UTF-8 text (byte %1)", e.start))],
        )
    try:
        return tomllib.loads(text), text, []
    except tomllib.TOMLDecodeError as e:
        m = _DECODE_LINE.search(str(e))
        line = int(m.group(1)) if m else max(1, len(text.splitlines()))
        return None, text, [RoutineProblem(file, line, "", problem("not valid TOML: %1", e))]


def _parse_file(
    path: Path, file: str, illustration_dirs: tuple[Path, ...], allow_safety: bool
) -> _Parsed:
    doc, text, problems = _read_doc(path, file)
    if doc is None:
        return _Parsed(None, problems=tuple(problems))
    check = _Checker(file, text)
    lines = check.key_lines
    kinds = [k for k in doc if k in _DOC_KINDS]
    if len(doc) != 1 or len(kinds) != 1:
        got = ", ".join(f"[{k}]" for k in doc) or "nothing"
        check.report(
            (),
            problem("expected exactly one top-level table, [exercise] or [routine], got %1", got),
        )
        return _Parsed(None, problems=tuple(check.problems))
    kind = kinds[0]
    body = doc[kind]
    if not isinstance(body, dict):
        check.report((kind,), problem("expected a [%1] table, got %2", kind, _show(body)))
        return _Parsed(None, problems=tuple(check.problems))
    if kind == "exercise":
        exercise = _check_exercise(check, body, illustration_dirs)
        ok = exercise is not None and not check.problems
        return _Parsed(
            kind, exercise=exercise if ok else None, problems=tuple(check.problems), key_lines=lines
        )
    if kind == "routine":
        routine = _check_routine(check, body, file)
        ok = routine is not None and not check.problems
        return _Parsed(
            kind, routine=routine if ok else None, problems=tuple(check.problems), key_lines=lines
        )
    if not allow_safety:
        check.report(
            ("safety",),
            problem(
                "safety notes come only with backbreak itself; expected [exercise] or [routine]"
            ),
        )
        return _Parsed(None, problems=tuple(check.problems))
    check.unknown_keys(body, _SAFETY_KEYS, ("safety",))
    safety = check.take_lines(body, "lines", ("safety",), 1, 12)
    return _Parsed(
        kind,
        safety=safety if not check.problems else None,
        problems=tuple(check.problems),
        key_lines=lines,
    )


def _check_exercise(
    check: _Checker, body: dict[str, Any], illustration_dirs: tuple[Path, ...]
) -> Exercise | None:
    p = ("exercise",)
    check.unknown_keys(body, _EXERCISE_KEYS, p)
    ex_id = check.take_id(body, "id", p)
    title = check.take_text(body, "title", p)
    position = check.take_choice(body, "position", p, POSITIONS)
    seed = check.take_text(body, "seed", p)
    illustration = check.take_text(body, "illustration", p)
    illustration_path: Path | None = None
    if illustration is not None:
        if "/" in illustration or "\\" in illustration or not illustration.endswith(".svg"):
            check.report(
                (*p, "illustration"),
                problem(
                    "expected a file name ending in .svg (no folders), got %1", repr(illustration)
                ),
            )
        else:
            illustration_path = next(
                (d / illustration for d in illustration_dirs if (d / illustration).is_file()), None
            )
            if illustration_path is None:
                check.report(
                    (*p, "illustration"),
                    problem(
                        "file %1 not found in %2",
                        repr(illustration),
                        " or ".join(str(d) for d in illustration_dirs),
                    ),
                )
    steps = check.take_lines(body, "steps", p, 1, _MAX_STEPS)
    setup = check.take_int(body, "setup_steps", p, (0, _MAX_STEPS - 1), required=False)
    setup = 1 if setup is None and "setup_steps" not in body else setup
    if steps is not None and setup is not None and setup >= len(steps):
        check.report(
            (*p, "setup_steps"),
            problem(
                "expected fewer set-up steps than steps (%1) so at least one work step remains, "
                "got %2",
                len(steps),
                setup,
            ),
        )
    step_s = check.take_int(body, "step_seconds", p, _STEP_SECONDS)
    reps, hold_s, levels = _check_amount(check, body, p)
    cues = check.take_table(body, "cues", p)
    feel = avoid = None
    if cues is not None:
        check.unknown_keys(cues, _CUE_KEYS, (*p, "cues"))
        feel = check.take_lines(cues, "feel", (*p, "cues"), 1)
        avoid = check.take_lines(cues, "avoid", (*p, "cues"), 0)
    if (
        ex_id is None
        or title is None
        or position is None
        or seed is None
        or illustration is None
        or steps is None
        or setup is None
        or step_s is None
        or levels is None
        or feel is None
        or avoid is None
    ):
        return None
    return Exercise(
        id=ex_id,
        title=title,
        steps=steps,
        feel=feel,
        avoid=avoid,
        position=position,
        seed=seed,
        illustration=illustration,
        reps=reps,
        hold_s=hold_s,
        step_s=step_s,
        setup_steps=setup,
        levels=levels,
        illustration_path=illustration_path,
    )


def _check_amount(
    check: _Checker,
    body: dict[str, Any],
    p: tuple[str, ...],
) -> tuple[int | None, int | None, tuple[int, int, int] | None]:
    """reps xor hold_seconds, then the levels in the same unit."""
    has_reps, has_hold = "reps" in body, "hold_seconds" in body
    if has_reps == has_hold:
        check.report(
            (*p, "reps" if has_reps else "hold_seconds"),
            problem("expected exactly one of reps or hold_seconds"),
        )
        return None, None, None
    key, bounds = ("reps", _REPS) if has_reps else ("hold_seconds", _SECONDS)
    amount = check.take_int(body, key, p, bounds)
    if amount is None:
        return None, None, None
    levels = check.take_levels(body, p, amount, bounds)
    return (amount, None, levels) if has_reps else (None, amount, levels)


def _check_routine(check: _Checker, body: dict[str, Any], source: str) -> Routine | None:
    p = ("routine",)
    check.unknown_keys(body, _ROUTINE_KEYS, p)
    r_id = check.take_id(body, "id", p)
    title = check.take_text(body, "title", p)
    description = check.take_text(body, "description", p)
    kind = check.take_choice(body, "kind", p, ROUTINE_KINDS)
    ids: list[str] | None = None
    raw = body.get("exercises")
    if raw is None:
        check.report((*p, "exercises"), problem("missing; expected a list of exercise ids"))
    elif not isinstance(raw, list) or not raw:
        check.report(
            (*p, "exercises"),
            problem("expected a non-empty list of exercise ids, got %1", _show(raw)),
        )
    elif len(raw) > 20:
        check.report((*p, "exercises"), problem("expected at most 20 exercises, got %1", len(raw)))
    else:
        ids = []
        for item in raw:
            if not isinstance(item, str) or not _ID.match(item):
                check.report(
                    (*p, "exercises"),
                    problem(
                        "expected exercise ids (lowercase letters, digits, '-'), got %1",
                        _show(item),
                    ),
                )
                ids = None
                break
            ids.append(item)
    overrides: list[tuple[str, Override]] = []
    table = check.take_table(body, "overrides", p, required=False)
    for ex_id, raw_override in (table or {}).items():
        where = (*p, "overrides", ex_id)
        if ids is not None and ex_id not in ids:
            check.report(where, problem("%1 is not in this routine's exercises", repr(ex_id)))
            continue
        if not isinstance(raw_override, dict):
            check.report(where, problem("expected a table, got %1", _show(raw_override)))
            continue
        check.unknown_keys(raw_override, _OVERRIDE_KEYS, where)
        step_s = check.take_int(raw_override, "step_seconds", where, _STEP_SECONDS, required=False)
        unit = (
            "reps" if "reps" in raw_override else "hold" if "hold_seconds" in raw_override else None
        )
        amount: int | None = None
        levels: tuple[int, int, int] | None = None
        if unit is not None and "levels" in raw_override:
            reps, hold, levels = _check_amount(check, raw_override, where)
            amount = reps if reps is not None else hold
        elif unit is not None:
            if "reps" in raw_override and "hold_seconds" in raw_override:
                check.report(
                    (*where, "reps"), problem("expected exactly one of reps or hold_seconds")
                )
            else:
                key, bounds = ("reps", _REPS) if unit == "reps" else ("hold_seconds", _SECONDS)
                amount = check.take_int(raw_override, key, where, bounds)
        elif "levels" in raw_override:
            check.report(
                (*where, "levels"), problem("levels need reps or hold_seconds beside them")
            )
        overrides.append((ex_id, Override(step_s, amount, levels, unit)))
    if r_id is None or title is None or description is None or kind is None or ids is None:
        return None
    return Routine(
        id=r_id,
        title=title,
        description=description,
        kind=kind,
        exercise_ids=tuple(ids),
        source=source,
        overrides=tuple(overrides),
    )


# --------------------------------------------------------------------------- loading


def _assets_dir() -> Path:
    return Path(str(resources.files("backbreak.assets")))


def builtin_routines_dir() -> Path:
    return _assets_dir() / "routines"


def illustrations_dir() -> Path:
    return _assets_dir() / "illustrations"


def _toml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.toml") if p.is_file())


def _link(parsed: _Parsed, file: str, exercises: dict[str, Exercise]) -> list[RoutineProblem]:
    """Problems of a routine that only show against the exercises it names."""
    routine = parsed.routine
    assert routine is not None
    out: list[RoutineProblem] = []

    def report(path: tuple[str, ...], message: Text) -> None:
        out.append(
            RoutineProblem(file, _nearest_line(parsed.key_lines, path), ".".join(path), message)
        )

    allowed = _POSITIONS_FOR_KIND[routine.kind]
    for ex_id in routine.exercise_ids:
        exercise = exercises.get(ex_id)
        if exercise is None:
            known = ", ".join(sorted(exercises)) or "none are loaded"
            report(
                ("routine", "exercises"),
                problem(
                    "unknown exercise id %1; expected one of the loaded exercises (%2)",
                    repr(ex_id),
                    known,
                ),
            )
        elif exercise.position not in allowed:
            report(
                ("routine", "exercises"),
                problem(
                    "exercise %1 has position %2; a %3 routine takes only %4",
                    repr(ex_id),
                    exercise.position,
                    routine.kind,
                    ", ".join(sorted(allowed)),
                ),
            )
    for ex_id, override in routine.overrides:
        exercise = exercises.get(ex_id)
        if exercise is None or override.unit is None:
            continue
        unit = "reps" if exercise.reps is not None else "hold"
        if override.unit != unit:
            key = "reps" if override.unit == "reps" else "hold_seconds"
            report(
                ("routine", "overrides", ex_id, key),
                problem(
                    "exercise %1 counts %2, not %3",
                    repr(ex_id),
                    "reps" if unit == "reps" else "hold_seconds",
                    key,
                ),
            )
    return out


class _Registry:
    """Collects valid files into a library; ids never shadow each other silently."""

    def __init__(self) -> None:
        self.library = Library(exercises={}, routines={})
        self.exercise_files: dict[str, str] = {}
        self.routine_files: dict[str, str] = {}
        self.pending: list[tuple[_Parsed, str]] = []

    def add(self, parsed: _Parsed, file: str, builtin: bool) -> None:
        lib = self.library
        lib.problems.extend(parsed.problems)
        if parsed.safety is not None and builtin:
            lib.safety = parsed.safety
        item = parsed.exercise or parsed.routine
        if item is None:
            return
        seen = self.exercise_files if parsed.exercise else self.routine_files
        what = "exercise" if parsed.exercise else "routine"
        if item.id in seen:
            lib.problems.append(
                RoutineProblem(
                    file,
                    _nearest_line(parsed.key_lines, (what, "id")),
                    f"{what}.id",
                    problem(
                        "id %1 is already used by %2; rename it to load this file",
                        repr(item.id),
                        seen[item.id],
                    ),
                )
            )
            return
        seen[item.id] = BUILTIN if builtin else file
        source = BUILTIN if builtin else file
        if parsed.exercise:
            lib.exercises[parsed.exercise.id] = replace(parsed.exercise, source=source)
        else:
            assert parsed.routine is not None
            self.pending.append(
                (replace(parsed, routine=replace(parsed.routine, source=source)), file)
            )

    def link_routines(self) -> None:
        lib = self.library
        for parsed, file in self.pending:
            assert parsed.routine is not None
            problems = _link(parsed, file, lib.exercises)
            lib.problems.extend(problems)
            if not problems:
                lib.routines[parsed.routine.id] = parsed.routine
            else:
                del self.routine_files[parsed.routine.id]


def load_library(user_dir: Path | None) -> Library:
    """Built-in exercises and routines, then the valid user files from ``user_dir``.

    Never raises for bad data: every broken file is listed in ``Library.problems`` and
    skipped. A user id equal to a built-in (or an earlier user file's) id is reported and the
    later file skipped.
    """
    registry = _Registry()
    ill = (illustrations_dir(),)
    for path in _toml_files(builtin_routines_dir()):
        registry.add(_parse_file(path, str(path), ill, allow_safety=True), str(path), True)
    if user_dir is not None and user_dir.is_dir():
        for path in _toml_files(user_dir):
            registry.add(
                _parse_file(path, str(path), (*ill, path.parent), allow_safety=False),
                str(path),
                False,
            )
    registry.link_routines()
    return registry.library


def check_file(path: Path) -> list[RoutineProblem]:
    """Validate one exercise or routine file, as :func:`load_library` would load it.

    A routine's exercise ids are resolved against the built-in exercises and the valid
    exercise files in the same folder. An empty list means the file is valid.
    """
    file = str(path)
    builtin_dir = builtin_routines_dir().resolve()
    try:
        is_builtin = path.resolve().is_relative_to(builtin_dir)
    except OSError:
        is_builtin = False
    if not path.is_file():
        return [RoutineProblem(file, None, "", problem("no such file"))]
    ill = (illustrations_dir(),) if is_builtin else (illustrations_dir(), path.parent)
    parsed = _parse_file(path, file, ill, allow_safety=is_builtin)
    if parsed.problems:
        return list(parsed.problems)
    builtins = load_library(None)
    item = parsed.exercise or parsed.routine
    if item is not None and not is_builtin:
        what = "exercise" if parsed.exercise else "routine"
        taken = builtins.exercises if parsed.exercise else builtins.routines
        if item.id in taken:
            return [
                RoutineProblem(
                    file,
                    _nearest_line(parsed.key_lines, (what, "id")),
                    f"{what}.id",
                    problem("id %1 is already used by a built-in one; rename it", repr(item.id)),
                )
            ]
    if parsed.routine is None:
        return []
    exercises = dict(builtins.exercises)
    if not is_builtin:
        for sibling in sorted(path.parent.glob("*.toml")):
            if sibling.resolve() == path.resolve():
                continue
            other = _parse_file(sibling, str(sibling), ill, allow_safety=False)
            if other.exercise is not None and other.exercise.id not in exercises:
                exercises[other.exercise.id] = other.exercise
    return _link(parsed, file, exercises)


# --------------------------------------------------------------------------- using


def _levels_for(exercise: Exercise, override: Override | None) -> tuple[int, int, int]:
    if override is None or override.amount is None:
        return exercise.levels
    if override.levels is not None:
        return override.levels
    gentle, standard, strong = exercise.levels
    ratio = override.amount / standard
    new_gentle = min(override.amount, max(1, round(gentle * ratio)))
    return (new_gentle, override.amount, max(override.amount, round(strong * ratio)))


def plan(
    routine: Routine, library: Library, level: str, walk_s: int | None = None
) -> list[PlayerStep]:
    """The player's screens for ``routine`` at ``level`` (gentle, standard or strong).

    ``walk_s``, when given, replaces the hold of walking exercises (the user's walk length).
    Raises ValueError for an unknown level and KeyError for an exercise the library lacks.
    """
    if level not in PLAN_LEVELS:
        raise ValueError(f"level {level!r}: expected one of {', '.join(PLAN_LEVELS)}")
    index = PLAN_LEVELS.index(level)
    out: list[PlayerStep] = []
    for ex_id in routine.exercise_ids:
        exercise = library.exercises[ex_id]
        override = routine.override_for(ex_id)
        step_s = override.step_s if override and override.step_s else exercise.step_s
        amount = _levels_for(exercise, override)[index]
        if exercise.position == "walking" and exercise.hold_s is not None and walk_s:
            amount = walk_s
        cues = exercise.feel + exercise.avoid
        for i, text in enumerate(exercise.steps):
            work = i >= exercise.setup_steps
            if not work:
                seconds, reps = step_s, None
            elif exercise.reps is not None:
                seconds, reps = amount * step_s, amount
            else:
                seconds, reps = amount, None
            out.append(
                PlayerStep(
                    exercise_id=exercise.id,
                    title=exercise.title,
                    instruction=text,
                    cues=cues,
                    seconds=seconds,
                    illustration=exercise.illustration_path,
                    reps=reps,
                    avoid=exercise.avoid,
                    position=exercise.position,
                    is_work=work,
                )
            )
    return out


def pick_next(
    library: Library, last_routine: str | None, preference: str, last_kind: str | None
) -> tuple[str, str]:
    """What a scheduled break offers: ``(kind, routine id)``, kind being "stretch" or "walk".

    ``preference`` "walk" always offers the walk, "stretch" always a desk routine, and
    "alternate" a walk after a stretch (``last_kind == "stretch"``) and otherwise a stretch.
    Desk routines rotate in :meth:`Library.desk_routines` order, starting after
    ``last_routine``; pass the last *desk* routine offered (even if walks came since), or
    None. The last one is never repeated unless it is the only desk routine.
    """
    if preference not in PREFERENCES:
        raise ValueError(f"preference {preference!r}: expected one of {', '.join(PREFERENCES)}")
    desk = library.desk_routines()
    wants_walk = preference == "walk" or (
        preference == "alternate" and last_kind == Kind.STRETCH.value
    )
    if wants_walk or not desk:
        return Kind.WALK.value, library.walk_routine().id
    ids = [r.id for r in desk]
    following = (ids.index(last_routine) + 1) % len(ids) if last_routine in ids else 0
    return Kind.STRETCH.value, ids[following]


def _builtin_safety() -> tuple[str, ...]:
    path = builtin_routines_dir() / "safety.toml"
    parsed = _parse_file(path, str(path), (), allow_safety=True)
    if parsed.safety is None:
        raise RuntimeError(
            "built-in safety.toml is missing or broken: "
            + "; ".join(str(p) for p in parsed.problems)
        )
    return parsed.safety


_SAFETY_CACHE: list[tuple[str, ...]] = []


def safety_text() -> tuple[str, ...]:
    """The safety note (who should ask a professional first, stop on sharp pain, ...)."""
    if not _SAFETY_CACHE:
        _SAFETY_CACHE.append(_builtin_safety())
    return _SAFETY_CACHE[0]
