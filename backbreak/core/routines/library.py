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
from backbreak.core.routines.links import exercise_problems, routine_problems
from backbreak.core.routines.loading import Parsed, parse_file
from backbreak.core.routines.schema import (
    BUILTIN,
    Exercise,
    Place,
    Routine,
    RoutineProblem,
    SafetyNote,
)
from backbreak.core.text import problem


@dataclass
class Library:
    exercises: dict[str, Exercise]
    routines: dict[str, Routine]
    problems: list[RoutineProblem] = field(default_factory=list)
    seeds: dict[str, str] = field(default_factory=dict)
    """The seed articles exercises may cite: id to title."""

    def desk_routines(self) -> list[Routine]:
        """Desk routines in rotation order: built-in ones by id, then user ones by id."""
        return self._by_origin(Place.DESK)

    def on_demand_routines(self) -> list[Routine]:
        """What the user may start by name: the desk routines, then those for home."""
        return self._by_origin(Place.DESK) + self._by_origin(Place.HOME)

    def walk_routine(self) -> Routine:
        """The walk offered on scheduled breaks (a built-in one when there is one)."""
        walks = self._by_origin(Place.WALK)
        if not walks:
            raise LookupError("no walk routine is loaded")
        return walks[0]

    def get(self, routine_id: str) -> Routine:
        return self.routines[routine_id]

    def cites(self, exercise: Exercise) -> tuple[str, ...]:
        """The titles of the articles ``exercise`` comes from (empty: common practice)."""
        return tuple(self.seeds.get(s, s) for s in exercise.seeds)

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


def _what(parsed: Parsed) -> str:
    return "exercise" if parsed.exercise else "routine"


class _Registry:
    """Collects valid files into a library; ids never shadow each other silently."""

    def __init__(self) -> None:
        self.library = Library(exercises={}, routines={}, seeds=dict(seed_titles()))
        self.claimed: dict[str, dict[str, str]] = {"exercise": {}, "routine": {}}  # id: file
        self.pending: list[tuple[Parsed, str]] = []
        self.files: dict[str, tuple[Parsed, str]] = {}  # exercise id: what it came from

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
            self.files[parsed.exercise.id] = (parsed, file)
        elif parsed.routine:
            routine = replace(parsed.routine, source=source)
            self.pending.append((replace(parsed, routine=routine), file))

    def link_exercises(self) -> None:
        """Drop the exercises whose links are broken, until none is left (dropping one can
        break the links of another)."""
        lib = self.library
        dropped = True
        while dropped:
            dropped = False
            for ex_id, (parsed, file) in list(self.files.items()):
                problems = exercise_problems(parsed, file, lib.exercises, lib.seeds)
                if problems:
                    lib.problems.extend(problems)
                    del lib.exercises[ex_id], self.files[ex_id]
                    del self.claimed["exercise"][ex_id]
                    dropped = True

    def link_routines(self) -> None:
        lib = self.library
        for parsed, file in self.pending:
            assert parsed.routine is not None
            problems = routine_problems(parsed, file, lib.exercises)
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
    registry.link_exercises()
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
    if item is None:  # the safety note or the seed articles
        return []
    exercises = dict(builtins.exercises)
    if not is_builtin:
        exercises.update(_sibling_exercises(path, ill, exercises))
    if parsed.exercise is not None:
        exercises[parsed.exercise.id] = parsed.exercise
        return exercise_problems(parsed, file, exercises, builtins.seeds)
    return routine_problems(parsed, file, exercises)


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


_BUILTIN_CACHE: dict[str, Parsed] = {}


def _builtin_table(name: str) -> Parsed:
    """The built-in ``<name>.toml`` (safety note, seed articles), read once."""
    if name not in _BUILTIN_CACHE:
        path = builtin_routines_dir() / f"{name}.toml"
        parsed = parse_file(path, str(path), (), allow_safety=True)
        if getattr(parsed, name) is None:
            raise RuntimeError(
                f"built-in {name}.toml is missing or broken: "
                + "; ".join(str(p) for p in parsed.problems)
            )
        _BUILTIN_CACHE[name] = parsed
    return _BUILTIN_CACHE[name]


def safety_note() -> SafetyNote:
    """The whole safety note: urgent signs, who should ask first, and the general lines."""
    note = _builtin_table("safety").safety
    assert note is not None
    return note


def safety_text() -> tuple[str, ...]:
    """The general lines of the safety note (move slowly, stop on sharp pain, ...)."""
    return safety_note().lines


def seed_titles() -> dict[str, str]:
    """The seed articles exercises may cite, id to title (built-in ``seeds.toml``)."""
    seeds = _builtin_table("seeds").seeds
    assert seeds is not None
    return seeds
