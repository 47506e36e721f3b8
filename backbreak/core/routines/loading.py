"""Reading one routine file: its bytes, its TOML, and its one table checked against the schema.

:func:`parse_file` never raises for bad data: what it could not accept comes back as
problems, each naming the file, the line and the key (see ``schema`` for what is accepted).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backbreak.core.routines.checks import ID, Checker, Path_
from backbreak.core.routines.exercise_fields import (
    LINK_KEYS,
    check_cautions,
    check_citation,
    check_links,
    check_pace,
    check_rep_sides,
)
from backbreak.core.routines.frames import Frames, find_frames, frame_names
from backbreak.core.routines.schema import (
    Exercise,
    Override,
    Place,
    Position,
    Routine,
    RoutineProblem,
    SafetyNote,
    Unit,
)
from backbreak.core.text import problem
from backbreak.core.user_files import FileTooLarge, read_user_file
from backbreak.core.validation import TomlError, read_toml, show

MAX_FILE_BYTES = 256 * 1024
_MAX_STEPS = 8
_MAX_EXERCISES = 20
_BOUNDS = {Unit.REPS: (1, 100), Unit.HOLD: (1, 3600)}
_STEP_SECONDS = (1, 120)

_EXERCISE_KEYS = frozenset(
    {
        "id",
        "title",
        "position",
        "seed",
        "source",
        "illustration",
        "steps",
        "setup_steps",
        "step_seconds",
        Unit.REPS,
        Unit.HOLD,
        "levels",
        "cues",
        "pace",
        "cautions",
        "rep_sides",
        *LINK_KEYS,
    }
)
_CUE_KEYS = frozenset({"feel", "avoid"})
_ROUTINE_KEYS = frozenset({"id", "title", "description", "kind", "exercises", "overrides"})
_OVERRIDE_KEYS = frozenset({"step_seconds", Unit.REPS, Unit.HOLD, "levels"})
_SAFETY_KEYS = frozenset({"urgent", "ask_first", "lines"})
_BUILTIN_ONLY = ("safety", "seeds")
_TABLES = ("exercise", "routine", *_BUILTIN_ONLY)
_MAX_SEED_ARTICLES = 50


@dataclass(frozen=True)
class Parsed:
    """What one file turned out to hold (only the valid part)."""

    exercise: Exercise | None = None
    routine: Routine | None = None
    safety: SafetyNote | None = None
    seeds: dict[str, str] | None = None  # seed article id: its title
    problems: tuple[RoutineProblem, ...] = ()
    key_lines: dict[Path_, int] = field(default_factory=dict)


def _read_text(path: Path, file: str) -> tuple[str | None, RoutineProblem | None]:
    try:
        raw = read_user_file(path, MAX_FILE_BYTES)
    except FileTooLarge as e:
        too_large = problem("the file is %1 bytes; expected at most %2", e.size, e.limit)
        return None, RoutineProblem(file, None, "", too_large)
    except OSError as e:
        unreadable = problem("cannot read the file (%1)", e.strerror)
        return None, RoutineProblem(file, None, "", unreadable)
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as e:
        return None, RoutineProblem(file, None, "", problem("not UTF-8 text (byte %1)", e.start))


def _read_doc(path: Path, file: str) -> tuple[dict[str, Any] | None, str, list[RoutineProblem]]:
    text, trouble = _read_text(path, file)
    if text is None:
        assert trouble is not None
        return None, "", [trouble]
    try:
        return read_toml(text), text, []
    except TomlError as e:
        line = e.line if e.line is not None else max(1, len(text.splitlines()))
        return None, text, [RoutineProblem(file, line, "", problem("not valid TOML: %1", e))]


def parse_file(
    path: Path, file: str, illustration_dirs: tuple[Path, ...], allow_safety: bool
) -> Parsed:
    """Read and check ``path`` (named ``file`` in problems). Illustrations are looked up in
    ``illustration_dirs``; the built-in-only tables (``[safety]``, ``[seeds]``) are accepted
    only with ``allow_safety``."""
    doc, text, problems = _read_doc(path, file)
    if doc is None:
        return Parsed(problems=tuple(problems))
    check = Checker(file, text)
    picked = _the_table(check, doc, allow_safety)
    if picked is None:
        return Parsed(problems=tuple(check.problems))
    name, body = picked
    found: dict[str, Any] = {}
    if name == "exercise":
        found["exercise"] = _check_exercise(check, body, illustration_dirs)
    elif name == "routine":
        found["routine"] = _check_routine(check, body, file)
    elif name == "safety":
        found["safety"] = _check_safety(check, body)
    else:
        found["seeds"] = _check_seeds(check, body)
    if check.problems:  # the file is refused whole, even where a part came out valid
        return Parsed(problems=tuple(check.problems), key_lines=check.key_lines)
    return Parsed(**found, key_lines=check.key_lines)


def _the_table(
    check: Checker, doc: dict[str, Any], allow_safety: bool
) -> tuple[str, dict[str, Any]] | None:
    """The file's one top-level table and its name, or None after reporting why not."""
    tables = [k for k in doc if k in _TABLES]
    if len(doc) != 1 or len(tables) != 1:
        got = ", ".join(f"[{k}]" for k in doc) or "nothing"
        check.report(
            (),
            problem("expected exactly one top-level table, [exercise] or [routine], got %1", got),
        )
        return None
    name = tables[0]
    body = doc[name]
    if not isinstance(body, dict):
        check.report((name,), problem("expected a [%1] table, got %2", name, show(body)))
        return None
    if name in _BUILTIN_ONLY and not allow_safety:
        check.report(
            (name,),
            problem(
                "[%1] comes only with backbreak itself; expected [exercise] or [routine]", name
            ),
        )
        return None
    return name, body


# --------------------------------------------------------------------------- [exercise]


def _check_exercise(
    check: Checker, body: dict[str, Any], illustration_dirs: tuple[Path, ...]
) -> Exercise | None:
    p = ("exercise",)
    check.unknown_keys(body, _EXERCISE_KEYS, p)
    required: dict[str, Any] = {  # Exercise's fields that no valid file goes without
        "id": check.take_id(body, "id", p),
        "title": check.take_text(body, "title", p),
        "position": check.take_choice(body, "position", p, Position),
        "seeds": check_citation(check, body),
    }
    name, frames = _illustration(check, body, required["id"], illustration_dirs)
    required["steps"] = check.take_lines(body, "steps", p, 1, _MAX_STEPS)
    required["setup_steps"] = _check_setup_steps(check, body, required["steps"])
    required["step_s"] = check.take_int(body, "step_seconds", p, _STEP_SECONDS)
    reps, hold_s, required["levels"] = _check_amount(check, body, p)
    required["feel"], required["avoid"] = _check_cues(check, body)
    required["pace"] = check_pace(check, body)
    required["cautions"] = check_cautions(check, body, required["position"])
    required["rep_sides"] = check_rep_sides(
        check, body, required["steps"], required["setup_steps"], required["levels"]
    )
    links = check_links(check, body, required["id"])
    if any(v is None for v in required.values()) or name is None or links is None:
        return None
    return Exercise(
        **required,
        alternative=links["alternative"],
        easier=links["easier"],
        harder=links["harder"],
        illustration=name,
        reps=reps,
        hold_s=hold_s,
        illustration_path=frames.start if frames else None,
        illustration_end=frames.end if frames else None,
    )


def _illustration(
    check: Checker, body: dict[str, Any], ex_id: str | None, dirs: tuple[Path, ...]
) -> tuple[str | None, Frames | None]:
    """The illustration's name and frames: as ``illustration`` says (they must exist), else
    ``<id>.svg`` when it is there (as a pair of frames or a still), else none (``""``)."""
    if "illustration" in body:
        name = check.take_text(body, "illustration", ("exercise",))
        frames = _find_illustration(check, name, dirs)
        return (name, frames) if frames is not None else (None, None)
    if ex_id is None:
        return "", None
    default = f"{ex_id}.svg"
    found = find_frames(default, dirs)
    if isinstance(found, str):
        check.report(
            ("exercise", "illustration"),
            problem("the other frame of %1 is missing: %2", repr(default), found),
        )
        return None, None
    return (default, found) if found is not None else ("", None)


def _find_illustration(
    check: Checker, name: str | None, illustration_dirs: tuple[Path, ...]
) -> Frames | None:
    if name is None:
        return None
    where = ("exercise", "illustration")
    if "/" in name or "\\" in name or not name.endswith(".svg"):
        check.report(
            where,
            problem("expected a file name ending in .svg (no folders), got %1", repr(name)),
        )
        return None
    found = find_frames(name, illustration_dirs)
    if isinstance(found, str):
        check.report(where, problem("the other frame of %1 is missing: %2", repr(name), found))
        return None
    if found is None:
        folders = " or ".join(str(d) for d in illustration_dirs)
        start, end = frame_names(name)
        check.report(
            where,
            problem("file %1 (or %2 and %3) not found in %4", repr(name), start, end, folders),
        )
    return found


def _check_setup_steps(
    check: Checker, body: dict[str, Any], steps: tuple[str, ...] | None
) -> int | None:
    p = ("exercise",)
    if "setup_steps" not in body:
        setup: int | None = 1
    else:
        setup = check.take_int(body, "setup_steps", p, (0, _MAX_STEPS - 1))
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
    return setup


def _check_cues(
    check: Checker, body: dict[str, Any]
) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    p = ("exercise", "cues")
    cues = check.take_table(body, "cues", p[:1])
    if cues is None:
        return None, None
    check.unknown_keys(cues, _CUE_KEYS, p)
    return check.take_lines(cues, "feel", p, 1), check.take_lines(cues, "avoid", p, 0)


def _check_amount(
    check: Checker, body: dict[str, Any], p: Path_
) -> tuple[int | None, int | None, tuple[int, int, int] | None]:
    """reps xor hold_seconds, then the levels in the same unit."""
    has_reps, has_hold = Unit.REPS in body, Unit.HOLD in body
    if has_reps == has_hold:
        check.report(
            (*p, Unit.REPS if has_reps else Unit.HOLD),
            problem("expected exactly one of reps or hold_seconds"),
        )
        return None, None, None
    unit = Unit.REPS if has_reps else Unit.HOLD
    amount = check.take_int(body, unit, p, _BOUNDS[unit])
    if amount is None:
        return None, None, None
    levels = check.take_levels(body, p, amount, _BOUNDS[unit])
    return (amount, None, levels) if has_reps else (None, amount, levels)


# --------------------------------------------------------------------------- [routine]


def _check_routine(check: Checker, body: dict[str, Any], source: str) -> Routine | None:
    p = ("routine",)
    check.unknown_keys(body, _ROUTINE_KEYS, p)
    r_id = check.take_id(body, "id", p)
    title = check.take_text(body, "title", p)
    description = check.take_text(body, "description", p)
    place = check.take_choice(body, "kind", p, Place)  # the file says kind; see Place
    ids = _check_exercise_ids(check, body.get("exercises"))
    overrides = _check_overrides(check, body, ids)
    if r_id is None or title is None or description is None or place is None or ids is None:
        return None
    return Routine(
        id=r_id,
        title=title,
        description=description,
        place=place,
        exercise_ids=ids,
        source=source,
        overrides=overrides,
    )


def _check_exercise_ids(check: Checker, raw: object) -> tuple[str, ...] | None:
    where = ("routine", "exercises")
    if raw is None:
        check.report(where, problem("missing; expected a list of exercise ids"))
        return None
    if not isinstance(raw, list) or not raw:
        check.report(where, problem("expected a non-empty list of exercise ids, got %1", show(raw)))
        return None
    if len(raw) > _MAX_EXERCISES:
        check.report(where, problem("expected at most 20 exercises, got %1", len(raw)))
        return None
    bad = next((item for item in raw if not isinstance(item, str) or not ID.match(item)), None)
    if bad is not None:
        check.report(
            where,
            problem("expected exercise ids (lowercase letters, digits, '-'), got %1", show(bad)),
        )
        return None
    return tuple(raw)


def _check_overrides(
    check: Checker, body: dict[str, Any], ids: tuple[str, ...] | None
) -> tuple[tuple[str, Override], ...]:
    p = ("routine",)
    out: list[tuple[str, Override]] = []
    for ex_id, raw in (check.take_table(body, "overrides", p, required=False) or {}).items():
        where = (*p, "overrides", ex_id)
        if ids is not None and ex_id not in ids:
            check.report(where, problem("%1 is not in this routine's exercises", repr(ex_id)))
        elif not isinstance(raw, dict):
            check.report(where, problem("expected a table, got %1", show(raw)))
        else:
            out.append((ex_id, _check_override(check, raw, where)))
    return tuple(out)


def _check_override(check: Checker, raw: dict[str, Any], where: Path_) -> Override:
    check.unknown_keys(raw, _OVERRIDE_KEYS, where)
    step_s = check.take_int(raw, "step_seconds", where, _STEP_SECONDS, required=False)
    unit = Unit.REPS if Unit.REPS in raw else Unit.HOLD if Unit.HOLD in raw else None
    if unit is None:
        if "levels" in raw:
            check.report(
                (*where, "levels"), problem("levels need reps or hold_seconds beside them")
            )
        return Override(step_s, None, None, None)
    if "levels" in raw:
        reps, hold, levels = _check_amount(check, raw, where)
        return Override(step_s, reps if reps is not None else hold, levels, unit)
    if Unit.REPS in raw and Unit.HOLD in raw:
        check.report((*where, Unit.REPS), problem("expected exactly one of reps or hold_seconds"))
        return Override(step_s, None, None, unit)
    return Override(step_s, check.take_int(raw, unit, where, _BOUNDS[unit]), None, unit)


# --------------------------------------------------------------------------- [safety]


def _check_safety(check: Checker, body: dict[str, Any]) -> SafetyNote | None:
    p = ("safety",)
    check.unknown_keys(body, _SAFETY_KEYS, p)
    urgent = check.take_lines(body, "urgent", p, 1, 12)
    ask_first = check.take_lines(body, "ask_first", p, 1, 12)
    lines = check.take_lines(body, "lines", p, 1, 12)
    if urgent is None or ask_first is None or lines is None:
        return None
    return SafetyNote(urgent=urgent, ask_first=ask_first, lines=lines)


# --------------------------------------------------------------------------- [seeds]


def _check_seeds(check: Checker, body: dict[str, Any]) -> dict[str, str] | None:
    """Each seed article's id (as exercises name it) and its title."""
    if not body or len(body) > _MAX_SEED_ARTICLES:
        check.report(
            ("seeds",),
            problem("expected 1 to %1 seed articles, got %2", _MAX_SEED_ARTICLES, len(body)),
        )
        return None
    titles = {key: check.take_text(body, key, ("seeds",)) for key in body}
    if any(t is None for t in titles.values()):
        return None
    return {k: t for k, t in titles.items() if t is not None}
