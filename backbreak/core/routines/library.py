"""The loaded library: the built-in exercises and routines, then the valid user files.

A user file is checked on its own (``loading``) and then against the exercises it names;
whatever fails is listed in :attr:`Library.problems` and skipped. An id never silently
shadows another: the first file to claim it (built-ins first) keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from backbreak.core.routines.checks import problem_at
from backbreak.core.routines.loading import Parsed, parse_file
from backbreak.core.routines.schema import (
    BUILTIN,
    Exercise,
    Place,
    Routine,
    RoutineProblem,
)
from backbreak.core.text import problem


@dataclass
class Library:
    exercises: dict[str, Exercise]
    routines: dict[str, Routine]
    problems: list[RoutineProblem] = field(default_factory=list)

    def desk_routines(self) -> list[Routine]:
        """Desk routines in rotation order: built-in ones by id, then user ones by id."""
        return self._by_origin(Place.DESK)

    def walk_routine(self) -> Routine:
        """The walk offered on scheduled breaks (a built-in one when there is one)."""
        walks = self._by_origin(Place.WALK)
        if not walks:
            raise LookupError("no walk routine is loaded")
        return walks[0]

    def get(self, routine_id: str) -> Routine:
        return self.routines[routine_id]

    def _by_origin(self, place: Place) -> list[Routine]:
        found = [r for r in self.routines.values() if r.place == place]
        return sorted(found, key=lambda r: (r.source != BUILTIN, r.id))


def _assets_dir() -> Path:
    return Path(str(resources.files("backbreak.assets")))


def builtin_routines_dir() -> Path:
    return _assets_dir() / "routines"


def illustrations_dir() -> Path:
    return _assets_dir() / "illustrations"


def _toml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.toml") if p.is_file())


def _link(parsed: Parsed, file: str, exercises: dict[str, Exercise]) -> list[RoutineProblem]:
    """Problems of a routine that only show against the exercises it names."""
    routine = parsed.routine
    assert routine is not None
    out: list[RoutineProblem] = []
    allowed = routine.place.positions
    for ex_id in routine.exercise_ids:
        exercise = exercises.get(ex_id)
        if exercise is None:
            known = ", ".join(sorted(exercises)) or "none are loaded"
            message = problem(
                "unknown exercise id %1; expected one of the loaded exercises (%2)",
                repr(ex_id),
                known,
            )
        elif exercise.position not in allowed:
            message = problem(
                "exercise %1 has position %2; a %3 routine takes only %4",
                repr(ex_id),
                exercise.position,
                routine.place,
                ", ".join(sorted(allowed)),
            )
        else:
            continue
        out.append(problem_at(file, parsed.key_lines, ("routine", "exercises"), message))
    for ex_id, override in routine.overrides:
        exercise = exercises.get(ex_id)
        if exercise is None or override.unit is None or override.unit == exercise.unit:
            continue
        where = ("routine", "overrides", ex_id, override.unit)
        counts = problem("exercise %1 counts %2, not %3", repr(ex_id), exercise.unit, override.unit)
        out.append(problem_at(file, parsed.key_lines, where, counts))
    return out


def _what(parsed: Parsed) -> str:
    return "exercise" if parsed.exercise else "routine"


class _Registry:
    """Collects valid files into a library; ids never shadow each other silently."""

    def __init__(self) -> None:
        self.library = Library(exercises={}, routines={})
        self.claimed: dict[str, dict[str, str]] = {"exercise": {}, "routine": {}}  # id: file
        self.pending: list[tuple[Parsed, str]] = []

    def add(self, parsed: Parsed, file: str, builtin: bool) -> None:
        lib = self.library
        lib.problems.extend(parsed.problems)
        item = parsed.exercise or parsed.routine
        if item is None:
            return
        what = _what(parsed)
        claimed = self.claimed[what]
        if item.id in claimed:
            taken = problem(
                "id %1 is already used by %2; rename it to load this file",
                repr(item.id),
                claimed[item.id],
            )
            lib.problems.append(problem_at(file, parsed.key_lines, (what, "id"), taken))
            return
        source = BUILTIN if builtin else file
        claimed[item.id] = source
        if parsed.exercise:
            lib.exercises[parsed.exercise.id] = replace(parsed.exercise, source=source)
        elif parsed.routine:
            routine = replace(parsed.routine, source=source)
            self.pending.append((replace(parsed, routine=routine), file))

    def link_routines(self) -> None:
        lib = self.library
        for parsed, file in self.pending:
            assert parsed.routine is not None
            problems = _link(parsed, file, lib.exercises)
            lib.problems.extend(problems)
            if not problems:
                lib.routines[parsed.routine.id] = parsed.routine
            else:
                del self.claimed["routine"][parsed.routine.id]


def load_library(user_dir: Path | None) -> Library:
    """Built-in exercises and routines, then the valid user files from ``user_dir``.

    Never raises for bad data: every broken file is listed in ``Library.problems`` and
    skipped. A user id equal to a built-in (or an earlier user file's) id is reported and the
    later file skipped.
    """
    registry = _Registry()
    ill = (illustrations_dir(),)
    for path in _toml_files(builtin_routines_dir()):
        registry.add(parse_file(path, str(path), ill, allow_safety=True), str(path), True)
    if user_dir is not None and user_dir.is_dir():
        for path in _toml_files(user_dir):
            registry.add(
                parse_file(path, str(path), (*ill, path.parent), allow_safety=False),
                str(path),
                False,
            )
    registry.link_routines()
    return registry.library


def _is_builtin(path: Path) -> bool:
    try:
        return path.resolve().is_relative_to(builtin_routines_dir().resolve())
    except OSError:
        return False


def check_file(path: Path) -> list[RoutineProblem]:
    """Validate one exercise or routine file, as :func:`load_library` would load it.

    A routine's exercise ids are resolved against the built-in exercises and the valid
    exercise files in the same folder. An empty list means the file is valid.
    """
    file = str(path)
    is_builtin = _is_builtin(path)
    if not path.is_file():
        return [RoutineProblem(file, None, "", problem("no such file"))]
    ill = (illustrations_dir(),) if is_builtin else (illustrations_dir(), path.parent)
    parsed = parse_file(path, file, ill, allow_safety=is_builtin)
    if parsed.problems:
        return list(parsed.problems)
    builtins = load_library(None)
    item = parsed.exercise or parsed.routine
    if item is not None and not is_builtin:
        what = _what(parsed)
        taken = builtins.exercises if parsed.exercise else builtins.routines
        if item.id in taken:
            used = problem("id %1 is already used by a built-in one; rename it", repr(item.id))
            return [problem_at(file, parsed.key_lines, (what, "id"), used)]
    if parsed.routine is None:
        return []
    exercises = dict(builtins.exercises)
    if not is_builtin:
        exercises.update(_sibling_exercises(path, ill, exercises))
    return _link(parsed, file, exercises)


def _sibling_exercises(
    path: Path, ill: tuple[Path, ...], known: dict[str, Exercise]
) -> dict[str, Exercise]:
    """The valid exercise files beside ``path`` whose ids are not ``known`` yet."""
    found: dict[str, Exercise] = {}
    for sibling in sorted(path.parent.glob("*.toml")):
        if sibling.resolve() == path.resolve():
            continue
        other = parse_file(sibling, str(sibling), ill, allow_safety=False).exercise
        if other is not None and other.id not in known and other.id not in found:
            found[other.id] = other
    return found


_SAFETY_CACHE: list[tuple[str, ...]] = []


def safety_text() -> tuple[str, ...]:
    """The safety note (who should ask a professional first, stop on sharp pain, ...), from
    the built-in ``safety.toml``; read once."""
    if not _SAFETY_CACHE:
        path = builtin_routines_dir() / "safety.toml"
        parsed = parse_file(path, str(path), (), allow_safety=True)
        if parsed.safety is None:
            raise RuntimeError(
                "built-in safety.toml is missing or broken: "
                + "; ".join(str(p) for p in parsed.problems)
            )
        _SAFETY_CACHE.append(parsed.safety)
    return _SAFETY_CACHE[0]
