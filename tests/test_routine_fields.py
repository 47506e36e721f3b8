"""The exercise fields (sources, pace, cautions, alternative, easier/harder) and the
built-in-only tables (safety note, seed articles): good files load, each bad one is named by
file, line, key and what was expected, and links between files are checked across them."""

from __future__ import annotations

from pathlib import Path

import pytest

from backbreak.core.routines.library import check_file, load_library
from backbreak.core.routines.loading import parse_file
from backbreak.core.routines.schema import Caution, PacePhase, Phase

SEEDS_LINE = 'seed = ["003_fc335fcc40c2eeea.txt", "002_b729dc92cf150060.txt"]'
GOOD = """\
[exercise]
id = "shoulder-roll"
title = "Shoulder roll"
position = "seated"
seed = ["003_fc335fcc40c2eeea.txt", "002_b729dc92cf150060.txt"]
steps = ["Sit tall.", "Roll your shoulders slowly back."]
step_seconds = 5
reps = 4
levels = { gentle = 2, strong = 6 }
pace = { up = 2, hold = 1, down = 2 }
cautions = ["balance"]
alternative = "drawing-in"
easier = "seated-side-bend"

[exercise.cues]
feel = ["Ease across the upper back."]
avoid = []
"""


def _swap(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def test_a_file_with_every_new_field_loads(tmp_path: Path) -> None:
    (tmp_path / "shoulder-roll.toml").write_text(GOOD)
    assert check_file(tmp_path / "shoulder-roll.toml") == []
    library = load_library(tmp_path)
    assert library.problems == []
    ex = library.exercises["shoulder-roll"]
    assert ex.seeds == ("003_fc335fcc40c2eeea.txt", "002_b729dc92cf150060.txt")
    assert ex.pace == (PacePhase(Phase.UP, 2), PacePhase(Phase.HOLD, 1), PacePhase(Phase.DOWN, 2))
    assert ex.rep_s == 5
    assert ex.cautions == {Caution.BALANCE}
    assert (ex.alternative, ex.easier, ex.harder) == ("drawing-in", "seated-side-bend", None)
    assert library.cites(ex) == (library.seeds[ex.seeds[0]], library.seeds[ex.seeds[1]])
    assert (ex.illustration, ex.illustration_path) == ("", None)  # none given, none drawn


def test_common_practice_cites_no_article_and_a_floor_exercise_has_the_floor_caution(
        tmp_path: Path) -> None:
    text = _swap(GOOD, 'seed = ["003_fc335fcc40c2eeea.txt", "002_b729dc92cf150060.txt"]',
                 'source = "common-practice"')
    text = _swap(text, 'position = "seated"', 'position = "floor"')
    (tmp_path / "shoulder-roll.toml").write_text(text)
    library = load_library(tmp_path)
    ex = library.exercises["shoulder-roll"]
    assert ex.seeds == () and library.cites(ex) == ()
    assert ex.cautions == {Caution.BALANCE, Caution.FLOOR}


def test_the_illustration_named_after_the_id_is_found_without_a_key(tmp_path: Path) -> None:
    (tmp_path / "shoulder-roll.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    (tmp_path / "shoulder-roll.toml").write_text(GOOD)
    ex = load_library(tmp_path).exercises["shoulder-roll"]
    assert (ex.illustration, ex.illustration_path) == (
        "shoulder-roll.svg", tmp_path / "shoulder-roll.svg")


CAUTIONS = "bending-backwards, kneeling-wrists, balance, floor"
BAD: list[tuple[str, str, str, str, int]] = [
    # (case, file text, field, message fragment, line)
    ("seed and source", _swap(GOOD, "steps =", 'source = "common-practice"\nsteps ='),
     "exercise.source", 'expected exactly one of seed (the article) or source = "common-practice"',
     6),
    ("neither seed nor source",
     _swap(GOOD, 'seed = ["003_fc335fcc40c2eeea.txt", "002_b729dc92cf150060.txt"]\n', ""),
     "exercise.seed", "expected exactly one of seed", 1),
    ("another source", _swap(GOOD, SEEDS_LINE, 'source = "my book"'),
     "exercise.source", "expected 'common-practice' (or a seed instead), got str 'my book'", 5),
    ("unknown seed", _swap(GOOD, '"002_b729dc92cf150060.txt"]', '"999_nothing.txt"]'),
     "exercise.seed", "unknown seed article '999_nothing.txt'; expected one of 000_", 5),
    ("too many seeds", _swap(GOOD, '"002_b729dc92cf150060.txt"]',
                             '"002_b729dc92cf150060.txt", "000_1", "001_2"]'),
     "exercise.seed", "expected 1 to 3 lines, got 4", 5),
    ("pace on a hold", _swap(GOOD, "reps = 4\nlevels = { gentle = 2, strong = 6 }",
                             "hold_seconds = 20\nlevels = { gentle = 10, strong = 30 }"),
     "exercise.pace", "a pace says what one repetition is; expected reps beside it", 10),
    ("unknown phase", _swap(GOOD, "hold = 1", "jump = 1"),
     "exercise.pace.jump", "expected one of up, down, lift, lower, reach, return, back, forward, "
     "tighten, release, breathe-in, breathe-out, hold, rest, got 'jump'", 10),
    ("one-way repetition", _swap(GOOD, "pace = { up = 2, hold = 1, down = 2 }",
                                 "pace = { up = 2, hold = 1 }"),
     "exercise.pace", "expected an even number of moving phases (out and back), got 1", 10),
    ("a phase of no time", _swap(GOOD, "up = 2", "up = 0"),
     "exercise.pace.up", "expected a whole number from 1 to 60, got 0", 10),
    ("a repetition too long", _swap(GOOD, "pace = { up = 2, hold = 1, down = 2 }",
                                    "pace = { up = 60, hold = 60, down = 60 }"),
     "exercise.pace", "expected one repetition of 1 to 120 seconds, got 180", 10),
    ("pace not a table", _swap(GOOD, "pace = { up = 2, hold = 1, down = 2 }", "pace = 5"),
     "exercise.pace", "expected a table, got int 5", 10),
    ("unknown caution", _swap(GOOD, '["balance"]', '["balance", "knees"]'),
     "exercise.cautions", f"expected one of {CAUTIONS}, got str 'knees'", 11),
    ("cautions not a list", _swap(GOOD, '["balance"]', '"balance"'),
     "exercise.cautions", "expected a list of cautions, got str 'balance'", 11),
    ("unknown alternative", _swap(GOOD, '"drawing-in"', '"nowhere"'),
     "exercise.alternative", "unknown exercise id 'nowhere'; expected one of the loaded", 12),
    ("alternative is itself", _swap(GOOD, '"drawing-in"', '"shoulder-roll"'),
     "exercise.alternative", "expected another exercise than this one", 12),
    ("alternative not an id", _swap(GOOD, '"drawing-in"', '"Drawing In"'),
     "exercise.alternative", "expected an exercise id (lowercase letters, digits, '-'), got "
     "'Drawing In'", 12),
    ("alternative without a caution", _swap(GOOD, 'cautions = ["balance"]\n', ""),
     "exercise.alternative", "an alternative is played only for a caution", 11),
    ("alternative no safer", _swap(_swap(GOOD, '["balance"]', '["kneeling-wrists"]'),
                                   '"drawing-in"', '"plank"'),
     "exercise.alternative", "alternative 'plank' has every caution of this exercise "
     "(kneeling-wrists), so it is never a safer swap", 12),
    ("alternative with the same cautions",
     _swap(_swap(_swap(GOOD, '["balance"]', '["kneeling-wrists"]'), '"drawing-in"',
                 '"childs-pose"'), 'position = "seated"', 'position = "floor"'),
     "exercise.alternative", "alternative 'childs-pose' has every caution of this exercise "
     "(floor, kneeling-wrists)", 12),
    ("versions that disagree", _swap(GOOD, 'easier = "seated-side-bend"', 'easier = "knee-plank"'),
     "exercise.easier", "'knee-plank' says harder = 'plank', not this exercise; expected the two "
     "to agree", 13),
    ("unknown harder version", _swap(GOOD, 'easier = "seated-side-bend"', 'harder = "flying"'),
     "exercise.harder", "unknown exercise id 'flying'", 13),
]


@pytest.mark.parametrize(("case", "text", "field", "fragment", "line"), BAD,
                         ids=[c[0] for c in BAD])
def test_bad_file_gives_its_message(tmp_path: Path, case: str, text: str, field: str,
                                    fragment: str, line: int) -> None:
    path = tmp_path / "shoulder-roll.toml"
    path.write_text(text)
    problems = check_file(path)
    match = [p for p in problems if p.field == field and fragment in p.message]
    assert match, [str(p) for p in problems]
    assert (match[0].file, match[0].line) == (str(path), line)
    assert str(match[0]).startswith(f"{path}:{line}: {field}: ")
    library = load_library(tmp_path)  # the app skips it, naming the same problem
    assert "shoulder-roll" not in library.exercises
    assert [str(p) for p in library.problems if p.field == field]


def test_a_loop_of_easier_versions_across_files_is_named_in_each(tmp_path: Path) -> None:
    one = _swap(GOOD, 'easier = "seated-side-bend"', 'easier = "neck-roll"')
    other = _swap(_swap(GOOD, '"shoulder-roll"', '"neck-roll"'), 'easier = "seated-side-bend"',
                  'easier = "shoulder-roll"')
    (tmp_path / "shoulder-roll.toml").write_text(one)
    (tmp_path / "neck-roll.toml").write_text(other)
    for name in ("shoulder-roll", "neck-roll"):
        (problem,) = check_file(tmp_path / f"{name}.toml")
        assert (problem.field, problem.line) == ("exercise.easier", 13)
        assert "following easier comes back to" in problem.message
    library = load_library(tmp_path)
    assert not {"shoulder-roll", "neck-roll"} & set(library.exercises)


def test_a_routine_of_an_exercise_skipped_for_its_links_is_skipped_too(tmp_path: Path) -> None:
    (tmp_path / "shoulder-roll.toml").write_text(_swap(GOOD, '"drawing-in"', '"nowhere"'))
    (tmp_path / "mine.toml").write_text(
        '[routine]\nid = "mine"\ntitle = "Mine"\ndescription = "D."\nkind = "desk"\n'
        'exercises = ["shoulder-roll"]\n')
    library = load_library(tmp_path)
    assert "mine" not in library.routines
    assert any("mine.toml:6: routine.exercises: unknown exercise id 'shoulder-roll'" in str(p)
               for p in library.problems)


@pytest.mark.parametrize(("text", "field", "fragment"), [
    ('[safety]\nask_first = ["a"]\nlines = ["b"]\n', "safety.urgent",
     "missing; expected a list of texts (at least 1)"),
    ('[safety]\nurgent = ["a"]\nask_first = []\nlines = ["b"]\n', "safety.ask_first",
     "expected 1 to 12 lines, got 0"),
    ('[safety]\nurgent = ["a"]\nask_first = ["b"]\nlines = ["c"]\nextra = 1\n', "safety.extra",
     "unknown field; expected one of ask_first, lines, urgent"),
    ("[seeds]\n", "seeds", "expected 1 to 50 seed articles, got 0"),
    ('[seeds]\n"000.txt" = 5\n', "seeds.000.txt", "expected a text, got int 5"),
])
def test_the_builtin_only_tables_are_checked_too(tmp_path: Path, text: str, field: str,
                                                 fragment: str) -> None:
    path = tmp_path / "builtin.toml"
    path.write_text(text)
    parsed = parse_file(path, str(path), (), allow_safety=True)
    assert parsed.safety is None and parsed.seeds is None
    assert [p.field for p in parsed.problems if fragment in p.message] == [field], [
        str(p) for p in parsed.problems]
