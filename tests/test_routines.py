"""Routine data: built-in files, the schema's error messages, loading user files, plan, rotation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backbreak.core.routines.library import (
    Library,
    builtin_routines_dir,
    check_file,
    illustrations_dir,
    load_library,
    safety_note,
    safety_text,
)
from backbreak.core.routines.plan import pick_next, plan
from backbreak.core.routines.schema import Exercise, Level, Position, Routine

SEEDS = {
    "000_125f6504fb713911.txt",
    "001_5a64a8488becc42e.txt",
    "002_b729dc92cf150060.txt",
    "003_fc335fcc40c2eeea.txt",
    "004_6924affca307a546.txt",
}

GOOD_EXERCISE = """\
[exercise]
id = "shoulder-roll"
title = "Shoulder roll"
position = "seated"
seed = "003_fc335fcc40c2eeea.txt"
illustration = "drawing-in.svg"
steps = ["Sit tall.", "Roll your shoulders slowly back."]
step_seconds = 5
reps = 4
levels = { gentle = 2, strong = 6 }

[exercise.cues]
feel = ["Ease across the upper back."]
avoid = []
"""

GOOD_ROUTINE = """\
[routine]
id = "my-desk"
title = "My desk break"
description = "Shoulders, then glutes."
kind = "desk"
exercises = ["shoulder-roll", "glute-squeeze"]
"""


@pytest.fixture(scope="module")
def builtins() -> Library:
    return load_library(None)


# --------------------------------------------------------------------------- built-in content


def test_every_builtin_file_is_valid() -> None:
    files = sorted(builtin_routines_dir().rglob("*.toml"))
    assert len(files) >= 14 + 5 + 1
    for path in files:
        assert check_file(path) == [], path


def test_builtin_library_loads_without_problems(builtins: Library) -> None:
    assert builtins.problems == []
    assert len(builtins.exercises) >= 14
    assert len(builtins.routines) >= 5
    assert {r.place for r in builtins.routines.values()} == {"desk", "home", "walk"}
    assert all(r.source == "builtin" for r in builtins.routines.values())


def test_every_exercise_cites_known_seeds_and_has_its_own_illustration(
        builtins: Library) -> None:
    illustrations = [e.illustration for e in builtins.exercises.values() if e.illustration]
    assert len(set(illustrations)) == len(illustrations)
    assert set(builtins.seeds) == SEEDS
    for exercise in builtins.exercises.values():
        assert set(exercise.seeds) <= SEEDS, exercise.id
        assert exercise.illustration_path is not None, exercise.id
        assert exercise.illustration_path.parent == illustrations_dir()
        assert exercise.illustration_end is not None, exercise.id
        assert exercise.illustration_end.parent == illustrations_dir()


def test_desk_routines_stay_off_the_floor_and_take_one_to_three_minutes(
        builtins: Library) -> None:
    desk = builtins.desk_routines()
    assert len(desk) >= 3
    for routine in desk:
        positions = {builtins.exercises[e].position for e in routine.exercise_ids}
        assert "floor" not in positions, routine.id
        total = sum(step.seconds for step in plan(routine, builtins, "standard"))
        assert 60 <= total <= 180, (routine.id, total)
    seated_only = [r for r in desk if {builtins.exercises[e].position
                                       for e in r.exercise_ids} == {"seated"}]
    assert seated_only, "expected a desk routine that can be done sitting"


def test_home_routine_has_the_floor_exercises(builtins: Library) -> None:
    home = [r for r in builtins.routines.values() if r.place == "home"]
    assert len(home) == 1
    ids = set(home[0].exercise_ids)
    assert {"bridge", "bird-dog", "plank", "cat-cow", "sphinx", "childs-pose",
            "knee-to-chest", "knee-rotation"} <= ids


def test_walk_is_five_minutes_with_posture_cues(builtins: Library) -> None:
    walk = builtins.walk_routine()
    steps = plan(walk, builtins, "standard")
    assert sum(s.seconds for s in steps) == 300
    assert len(steps[0].cues) >= 4


def test_safety_note_covers_asking_first_sharp_pain_and_persisting_pain() -> None:
    text = " ".join(safety_text()).lower()
    assert "sharp pain" in text and "professional" in text
    note = safety_note()
    assert safety_text() == note.lines
    urgent = " ".join(note.urgent).lower()
    for sign in ("numbness", "weakness in a leg", "bladder or bowel", "after a fall", "fever",
                 "wakes you at night"):
        assert sign in urgent, sign
    ask = " ".join(note.ask_first).lower()
    for situation in ("pregnant", "surgery", "osteoporosis", "spine condition", "back pain"):
        assert situation in ask, situation


# --------------------------------------------------------------------------- bad files

BAD_FILES: list[tuple[str, str, str, str, int | None]] = [
    # (case, file text, field, message fragment, line)
    ("unknown field", GOOD_EXERCISE.replace('title = "Shoulder roll"\n',
                                            'title = "Shoulder roll"\ncolour = "red"\n'),
     "exercise.colour", "unknown field", 4),
    ("wrong type", GOOD_EXERCISE.replace("reps = 4", 'reps = "four"'),
     "exercise.reps", "expected a whole number from 1 to 100, got str", 9),
    ("empty steps", GOOD_EXERCISE.replace(
        'steps = ["Sit tall.", "Roll your shoulders slowly back."]', "steps = []"),
     "exercise.steps", "expected 1 to 8 lines, got 0", 7),
    ("blank step", GOOD_EXERCISE.replace('"Sit tall."', '"   "'),
     "exercise.steps", "expected a non-empty text", 7),
    ("negative seconds", GOOD_EXERCISE.replace("step_seconds = 5", "step_seconds = -5"),
     "exercise.step_seconds", "expected a whole number from 1 to 120, got -5", 8),
    ("unknown position", GOOD_EXERCISE.replace('"seated"', '"lying"'),
     "exercise.position", "expected one of standing, seated, floor, walking, got 'lying'", 4),
    ("missing illustration", GOOD_EXERCISE.replace("drawing-in.svg", "nowhere.svg"),
     "exercise.illustration",
     "file 'nowhere.svg' (or nowhere.start.svg and nowhere.end.svg) not found", 6),
    ("illustration path", GOOD_EXERCISE.replace("drawing-in.svg", "../x.svg"),
     "exercise.illustration", "expected a file name ending in .svg (no folders)", 6),
    ("reps and hold", GOOD_EXERCISE.replace("reps = 4", "reps = 4\nhold_seconds = 10"),
     "exercise.reps", "expected exactly one of reps or hold_seconds", 9),
    ("levels out of order", GOOD_EXERCISE.replace("strong = 6", "strong = 3"),
     "exercise.levels", "expected gentle <= standard <= strong, got 2 <= 4 <= 3", 10),
    ("levels missing", GOOD_EXERCISE.replace("levels = { gentle = 2, strong = 6 }\n", ""),
     "exercise.levels", "missing; expected a [exercise.levels] table", 1),
    ("cues missing", GOOD_EXERCISE.split("[exercise.cues]")[0],
     "exercise.cues", "missing; expected a [exercise.cues] table", 1),
    ("no feel cue", GOOD_EXERCISE.replace('feel = ["Ease across the upper back."]',
                                          "feel = []"),
     "exercise.cues.feel", "expected 1 to 20 lines, got 0", 13),
    ("too many set-up steps", GOOD_EXERCISE.replace("step_seconds = 5",
                                                    "setup_steps = 2\nstep_seconds = 5"),
     "exercise.setup_steps", "at least one work step remains", 8),
    ("bad id", GOOD_EXERCISE.replace('"shoulder-roll"', '"Shoulder Roll"'),
     "exercise.id", "expected lowercase letters, digits and '-'", 2),
    ("not toml", GOOD_EXERCISE.replace("reps = 4", "reps = "),
     "", "not valid TOML", 9),
    ("no known table", '[thing]\nid = "x"\n', "",
     "expected exactly one top-level table, [exercise] or [routine], got [thing]", None),
    ("safety from a user", '[safety]\nlines = ["Be careful."]\n', "safety",
     "[safety] comes only with backbreak itself", 1),
    ("seeds from a user", '[seeds]\n"mine.txt" = "My article"\n', "seeds",
     "[seeds] comes only with backbreak itself", 1),
    ("routine unknown exercise", GOOD_ROUTINE.replace('"glute-squeeze"', '"flying"'),
     "routine.exercises", "unknown exercise id 'flying'", 6),
    ("floor in desk routine", GOOD_ROUTINE.replace('"glute-squeeze"', '"plank"'),
     "routine.exercises", "exercise 'plank' has position floor; a desk routine takes only", 6),
    ("routine bad kind", GOOD_ROUTINE.replace('kind = "desk"', 'kind = "office"'),
     "routine.kind", "expected one of desk, home, walk, got 'office'", 5),
    ("routine no exercises", GOOD_ROUTINE.replace(
        'exercises = ["shoulder-roll", "glute-squeeze"]', "exercises = []"),
     "routine.exercises", "expected a non-empty list of exercise ids", 6),
    ("override for absent exercise",
     GOOD_ROUTINE + "\n[routine.overrides.plank]\nhold_seconds = 5\n",
     "routine.overrides.plank", "'plank' is not in this routine's exercises", 8),
    ("override in the wrong unit",
     GOOD_ROUTINE + "\n[routine.overrides.glute-squeeze]\nhold_seconds = 5\n",
     "routine.overrides.glute-squeeze.hold_seconds",
     "exercise 'glute-squeeze' counts reps, not hold_seconds", 9),
    ("override unknown key",
     GOOD_ROUTINE + "\n[routine.overrides.glute-squeeze]\nspeed = 2\n",
     "routine.overrides.glute-squeeze.speed", "unknown field", 9),
]


@pytest.mark.parametrize(("case", "text", "field", "fragment", "line"), BAD_FILES,
                         ids=[c[0] for c in BAD_FILES])
def test_bad_file_gives_its_message(tmp_path: Path, case: str, text: str, field: str,
                                    fragment: str, line: int | None) -> None:
    (tmp_path / "shoulder-roll.toml").write_text(GOOD_EXERCISE)
    path = tmp_path / "bad.toml"
    path.write_text(text)
    problems = check_file(path)
    assert problems, case
    match = [p for p in problems if p.field == field and fragment in p.message]
    assert match, [str(p) for p in problems]
    assert match[0].file == str(path)
    assert match[0].line == line
    rendered = str(match[0])
    assert rendered.startswith(f"{path}:{line}:" if line else f"{path}:")


def test_good_user_files_pass_check(tmp_path: Path) -> None:
    (tmp_path / "shoulder-roll.toml").write_text(GOOD_EXERCISE)
    (tmp_path / "my-desk.toml").write_text(GOOD_ROUTINE)
    assert check_file(tmp_path / "shoulder-roll.toml") == []
    assert check_file(tmp_path / "my-desk.toml") == []


def test_check_reports_a_missing_file_and_a_non_utf8_one(tmp_path: Path) -> None:
    assert "no such file" in str(check_file(tmp_path / "absent.toml")[0])
    path = tmp_path / "latin1.toml"
    path.write_bytes(b'[routine]\ntitle = "caf\xe9"\n')
    assert "not UTF-8" in check_file(path)[0].message


def test_user_file_may_not_shadow_a_builtin_id(tmp_path: Path) -> None:
    path = tmp_path / "bridge.toml"
    path.write_text(GOOD_EXERCISE.replace('"shoulder-roll"', '"bridge"'))
    problems = check_file(path)
    assert [(p.field, p.line) for p in problems] == [("exercise.id", 2)]
    assert "already used by a built-in" in problems[0].message


# --------------------------------------------------------------------------- loading


def test_load_library_adds_user_files_and_skips_broken_ones(tmp_path: Path) -> None:
    (tmp_path / "shoulder-roll.toml").write_text(GOOD_EXERCISE)
    (tmp_path / "my-desk.toml").write_text(GOOD_ROUTINE)
    (tmp_path / "broken.toml").write_text(GOOD_ROUTINE.replace('id = "my-desk"',
                                                               'id = "other"\nspeed = 3'))
    (tmp_path / "garbage.toml").write_text("this is = = not toml")
    library = load_library(tmp_path)
    assert library.get("my-desk").source == str(tmp_path / "my-desk.toml")
    assert library.exercises["shoulder-roll"].source == str(tmp_path / "shoulder-roll.toml")
    assert "other" not in library.routines
    files = sorted({Path(p.file).name for p in library.problems})
    assert files == ["broken.toml", "garbage.toml"]
    assert len(library.routines) == len(load_library(None).routines) + 1


def test_a_user_id_equal_to_a_builtin_is_reported_and_the_builtin_kept(tmp_path: Path) -> None:
    (tmp_path / "walk.toml").write_text(
        GOOD_ROUTINE.replace('"my-desk"', '"walk"').replace('"shoulder-roll", ', ""))
    library = load_library(tmp_path)
    assert library.get("walk").source == "builtin"
    assert [p.field for p in library.problems] == ["routine.id"]
    assert "already used by builtin" in library.problems[0].message


def test_a_routine_using_a_broken_user_exercise_is_skipped_too(tmp_path: Path) -> None:
    (tmp_path / "shoulder-roll.toml").write_text(GOOD_EXERCISE.replace("reps = 4", "reps = 0"))
    (tmp_path / "my-desk.toml").write_text(GOOD_ROUTINE)
    library = load_library(tmp_path)
    assert "my-desk" not in library.routines
    messages = [str(p) for p in library.problems]
    assert any("shoulder-roll.toml:9: exercise.reps" in m for m in messages)
    assert any("my-desk.toml:6: routine.exercises: unknown exercise id 'shoulder-roll'" in m
               for m in messages)


def test_user_illustration_next_to_the_file_is_found(tmp_path: Path) -> None:
    (tmp_path / "mine.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    (tmp_path / "shoulder-roll.toml").write_text(
        GOOD_EXERCISE.replace("drawing-in.svg", "mine.svg"))
    library = load_library(tmp_path)
    assert library.problems == []
    assert library.exercises["shoulder-roll"].illustration_path == tmp_path / "mine.svg"


def test_missing_user_folder_is_fine(tmp_path: Path) -> None:
    library = load_library(tmp_path / "not-there")
    assert library.problems == []


# --------------------------------------------------------------------------- plan


def test_plan_per_level_uses_that_levels_amount(builtins: Library) -> None:
    routine = builtins.get("desk-standing")
    squeeze = builtins.exercises["glute-squeeze"]
    assert squeeze.reps is not None
    for level, amount in zip(Level, squeeze.levels, strict=True):
        steps = plan(routine, builtins, level)
        work = [s for s in steps if s.exercise_id == "glute-squeeze" and s.is_work]
        assert [s.reps for s in work] == [amount]
        assert work[0].seconds == amount * squeeze.rep_s == amount * 6  # its pace: 1 + 3 + 2
    totals = [sum(s.seconds for s in plan(routine, builtins, lv)) for lv in Level]
    assert totals[0] < totals[1] < totals[2]


def test_plan_screens_follow_the_steps(builtins: Library) -> None:
    routine = builtins.get("desk-standing")
    steps = plan(routine, builtins, "gentle")
    expected = [text for ex_id in routine.exercise_ids
                for text in builtins.exercises[ex_id].steps]
    assert [s.instruction for s in steps] == expected
    hip = [s for s in steps if s.exercise_id == "hip-flexor-stretch"]
    assert [s.is_work for s in hip] == [False, True, True]
    assert [s.seconds for s in hip] == [5, 15, 15]
    assert all(s.reps is None for s in hip)
    assert all(s.illustration is not None and s.illustration.is_file() for s in steps)
    assert all(s.cues[: len(s.cues) - len(s.avoid)] for s in steps)


def test_override_amount_scales_levels_or_uses_its_own(builtins: Library) -> None:
    glutes = builtins.get("desk-glutes")  # drawing-in: reps = 4 instead of 6
    gentle, standard, strong = (
        next(s.reps for s in plan(glutes, builtins, lv) if s.exercise_id == "drawing-in"
             and s.is_work) for lv in Level)
    assert builtins.exercises["drawing-in"].levels == (4, 6, 10)
    assert (gentle, standard, strong) == (3, 4, 7)
    hips = builtins.get("desk-hips")  # hip-flexor-stretch: 10 / 15 / 25
    holds = [next(s.seconds for s in plan(hips, builtins, lv)
                  if s.exercise_id == "hip-flexor-stretch" and s.is_work) for lv in Level]
    assert holds == [10, 15, 25]


def test_walk_length_comes_from_the_caller_when_given(builtins: Library) -> None:
    steps = plan(builtins.walk_routine(), builtins, "gentle", walk_s=420)
    assert [s.seconds for s in steps] == [420]


def test_plan_rejects_an_unknown_level(builtins: Library) -> None:
    with pytest.raises(ValueError, match="expected one of gentle, standard, strong"):
        plan(builtins.get("desk-seated"), builtins, "auto")


# --------------------------------------------------------------------------- rotation


def test_rotation_never_repeats_and_visits_every_desk_routine_one_can_stand_for(
        builtins: Library) -> None:
    desk_ids = [r.id for r in builtins.desk_routines() if r.id != "desk-seated"]
    last: str | None = None
    seen: list[str] = []
    for _ in range(3 * len(desk_ids)):
        kind, routine_id = pick_next(builtins, last, "stretch", "stretch")
        assert kind == "stretch"
        assert routine_id != last
        assert routine_id in desk_ids
        seen.append(routine_id)
        last = routine_id
    assert set(seen) == set(desk_ids)


def test_alternate_switches_between_stretch_and_walk(builtins: Library) -> None:
    last_desk: str | None = None
    last_kind: str | None = None
    kinds: list[str] = []
    for _ in range(6):
        kind, routine_id = pick_next(builtins, last_desk, "alternate", last_kind)
        kinds.append(kind)
        if kind == "stretch":
            assert routine_id != last_desk
            last_desk = routine_id
        else:
            assert routine_id == builtins.walk_routine().id
        last_kind = kind
    assert kinds == ["stretch", "walk"] * 3


def test_walk_preference_always_walks(builtins: Library) -> None:
    assert pick_next(builtins, "desk-seated", "walk", "walk") == ("walk", "walk")


def test_unknown_preference_is_an_error(builtins: Library) -> None:
    with pytest.raises(ValueError, match="alternate, stretch, walk"):
        pick_next(builtins, None, "sometimes", None)


def _one_exercise_library(position: Position) -> Library:
    ex = Exercise(id="e", title="E", steps=("s",), feel=("f",), avoid=(), position=position,
                  seeds=(), illustration="e.svg", reps=1, hold_s=None, step_s=1,
                  setup_steps=0)
    walker = Exercise(id="w", title="W", steps=("s",), feel=("f",), avoid=(),
                      position=Position.WALKING, seeds=(), illustration="", reps=None, hold_s=60,
                      step_s=1, setup_steps=0)
    only = Routine(id="only", title="T", description="D", place="desk", exercise_ids=("e",),
                   source="builtin")
    walk = Routine(id="walk", title="T", description="D", place="walk", exercise_ids=("w",),
                   source="builtin")
    return Library(exercises={"e": ex, "w": walker}, routines={"only": only, "walk": walk})


def test_a_single_desk_routine_is_offered_again_rather_than_nothing() -> None:
    library = _one_exercise_library(Position.STANDING)
    assert pick_next(library, "only", "stretch", "stretch") == ("stretch", "only")


def test_a_scheduled_break_offers_the_walk_rather_than_a_routine_done_sitting() -> None:
    library = _one_exercise_library(Position.SEATED)
    assert pick_next(library, "only", "stretch", "stretch") == ("walk", "walk")
    assert pick_next(library, None, "alternate", None) == ("walk", "walk")


def test_problem_text_names_file_line_field() -> None:
    text = str(check_file(Path("/nonexistent/x.toml"))[0])
    assert re.match(r"^/nonexistent/x\.toml: no such file$", text)
