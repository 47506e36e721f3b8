"""Fuzzing user routine and exercise files: whatever lands in the routines folder, loading
never raises, every built-in routine still loads, and every problem names its file (and, when
the file is readable TOML, the key or the line).

Hypothesis draws random bytes, valid files with keys replaced by values of the wrong type,
huge values, unknown and missing keys, and valid files saved in the wrong encoding. Files go
through both front doors: :func:`check_file` (``backbreak routines check``) and
:func:`load_library` (what the app loads at start).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from toml_writer import toml_document

from backbreak.core.routines.library import Library, check_file, load_library
from backbreak.core.routines.schema import RoutineProblem

FUZZ = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

BUILTIN_ROUTINES = frozenset(load_library(None).routines)

GOOD_EXERCISE: dict[str, Any] = {
    "id": "shoulder-roll",
    "title": "Shoulder roll",
    "position": "seated",
    "seed": "003_fc335fcc40c2eeea.txt",
    "illustration": "drawing-in.svg",
    "steps": ["Sit tall.", "Roll your shoulders slowly back."],
    "step_seconds": 5,
    "reps": 4,
    "levels": {"gentle": 2, "strong": 6},
    "cues": {"feel": ["Ease across the upper back."], "avoid": []},
}
GOOD_ROUTINE: dict[str, Any] = {
    "id": "my-desk",
    "title": "My desk break",
    "description": "Shoulders, then glutes.",
    "kind": "desk",
    "exercises": ["shoulder-roll", "glute-squeeze"],
    "overrides": {"glute-squeeze": {"step_seconds": 4, "reps": 6}},
}
# Every key path a mutation may replace or delete (nested ones included).
EXERCISE_PATHS = [(k,) for k in GOOD_EXERCISE] + [
    ("levels", "gentle"), ("levels", "strong"), ("cues", "feel"), ("cues", "avoid"),
    ("hold_seconds",), ("setup_steps",),
]
ROUTINE_PATHS = [(k,) for k in GOOD_ROUTINE] + [
    ("overrides", "glute-squeeze", "reps"), ("overrides", "glute-squeeze", "hold_seconds"),
    ("overrides", "glute-squeeze", "levels"), ("overrides", "shoulder-roll"),
]


def test_the_writer_round_trips() -> None:
    """The shared writer (tests/toml_writer.py) says what it was given; the settings fuzz
    uses it too, with values at the top level as well as in tables."""
    import tomllib

    doc = {"top": -1.5, "exercise": {**GOOD_EXERCISE, "odd \"key\"\n": [1, 2.5, True, "x\\y\x00"],
                                     "when": datetime(2026, 1, 2, 3, 4, 5)}, "last": "[x]"}
    assert tomllib.loads(toml_document(doc)) == doc


# --- strategies ------------------------------------------------------------------------------

texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
huge_ints = st.sampled_from([0, -1, 2**31, 2**63 - 1, -(2**63), 10**30, -(10**30)])
scalars = st.one_of(
    texts,
    st.integers(-(2**63), 2**63 - 1),
    huge_ints,
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(),
    st.dates(),
    st.text("abcdefghijklmnopqrstuvwxyz-0123456789", min_size=1, max_size=60),
    st.just("x" * 5000),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=12) | st.dictionaries(texts, inner, max_size=5),
    max_leaves=20,
)


def _set(body: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for key in path[:-1]:
        nxt = body.get(key)
        if not isinstance(nxt, dict):
            nxt = {}
            body[key] = nxt
        body = nxt
    body[path[-1]] = value


def _delete(body: dict[str, Any], path: tuple[str, ...]) -> None:
    for key in path[:-1]:
        nxt = body.get(key)
        if not isinstance(nxt, dict):
            return
        body = nxt
    body.pop(path[-1], None)


@st.composite
def mutated_documents(draw: st.DrawFn) -> tuple[str, str]:
    """(file name, TOML text) of an exercise or routine with a few things wrong."""
    kind = draw(st.sampled_from(["exercise", "routine"]))
    body = json.loads(json.dumps(GOOD_EXERCISE if kind == "exercise" else GOOD_ROUTINE))
    paths = EXERCISE_PATHS if kind == "exercise" else ROUTINE_PATHS
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["replace", "replace", "delete", "unknown"]))
        path = draw(st.sampled_from(paths))
        if action == "replace":
            _set(body, path, draw(values))
        elif action == "delete":
            _delete(body, path)
        else:
            _set(body, (*path[:-1], draw(texts.filter(bool))), draw(values))
    name = draw(st.sampled_from(["mine.toml", "sub/deeper/other.toml", "ünï çødé.toml"]))
    return name, toml_document({kind: body})


# --- checks ----------------------------------------------------------------------------------


@contextmanager
def routines_folder() -> Iterator[Path]:
    # Hypothesis runs many examples per test; a fresh folder for each (not tmp_path).
    with tempfile.TemporaryDirectory(prefix="backbreak-fuzz-") as tmp:
        folder = Path(tmp) / "routines"
        folder.mkdir()
        yield folder


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def assert_named(problems: list[RoutineProblem], files: set[Path], *, located: bool) -> None:
    names = {str(f) for f in files}
    for p in problems:
        assert p.file in names, (p, names)
        assert str(p).startswith(p.file), p
        assert p.message.strip(), p
        if located:
            assert p.line is not None or p.field, f"no key or line in: {p}"


def load_and_check(folder: Path, files: list[Path], *, located: bool) -> Library:
    for path in files:
        assert_named(check_file(path), {path}, located=located)
    library = load_library(folder)
    assert_named(library.problems, set(files), located=located)
    assert library.routines.keys() >= BUILTIN_ROUTINES  # bad user files never cost a built-in
    return library


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(["bad.toml", "a/b/c.toml"]))
def test_random_bytes(data: bytes, name: str) -> None:
    with routines_folder() as folder:
        path = write(folder, name, data)
        load_and_check(folder, [path], located=False)


@FUZZ
@given(st.text(max_size=500))
def test_random_text(text: str) -> None:
    with routines_folder() as folder:
        path = write(folder, "text.toml", text.encode("utf-8", "surrogatepass"))
        load_and_check(folder, [path], located=False)


@FUZZ
@given(mutated_documents())
def test_wrong_types_huge_values_unknown_and_missing_keys(doc: tuple[str, str]) -> None:
    name, text = doc
    with routines_folder() as folder:
        path = write(folder, name, text.encode("utf-8"))
        load_and_check(folder, [path], located=True)


@FUZZ
@given(st.lists(mutated_documents(), min_size=2, max_size=5))
def test_many_broken_files_together(docs: list[tuple[str, str]]) -> None:
    with routines_folder() as folder:
        files = []
        for n, (name, text) in enumerate(docs):
            files.append(write(folder, f"{n}-{Path(name).name}", text.encode("utf-8")))
        load_and_check(folder, files, located=True)


WRONG_ENCODINGS = ["utf-16", "utf-16-be", "utf-32", "cp1252", "latin-1", "utf-8-sig", "cp037"]


@FUZZ
@given(texts.filter(lambda t: t.strip() != ""), st.sampled_from(WRONG_ENCODINGS))
def test_a_valid_file_in_the_wrong_encoding(title: str, encoding: str) -> None:
    body = {**GOOD_EXERCISE, "id": "enc-test", "title": title}
    data = toml_document({"exercise": body}).encode(encoding, errors="replace")
    with routines_folder() as folder:
        path = write(folder, "encoded.toml", data)
        load_and_check(folder, [path], located=False)
        if encoding in {"utf-16", "utf-16-be", "utf-32", "cp037"}:
            assert check_file(path), "a UTF-16/32 or EBCDIC file cannot be read as UTF-8 TOML"


def test_a_huge_file_is_refused_by_size_and_named() -> None:
    body = {**GOOD_EXERCISE, "id": "huge", "steps": ["step " * 20] * 4000}
    with routines_folder() as folder:
        path = write(folder, "huge.toml", toml_document({"exercise": body}).encode())
        (problem,) = check_file(path)
        assert problem.file == str(path) and "bytes" in problem.message
        load_and_check(folder, [path], located=False)


def test_an_unreadable_entry_is_named() -> None:
    with routines_folder() as folder:
        path = folder / "folder.toml"
        path.mkdir()  # a folder named like a file: skipped by the loader, named by check
        assert load_library(folder).problems == []
        (problem,) = check_file(path)
        assert problem.file == str(path)
