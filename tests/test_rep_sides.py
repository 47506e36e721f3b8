"""Exercises whose repetitions alternate sides (``rep_sides``): the field's checks, the plan,
and the player's picture and counter following the repetition (rep 1 as drawn, rep 2
mirrored, ...) at the rep pace, moving or still. No sleeps: time is a number the test moves."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backbreak.core.routines.frames import END, START
from backbreak.core.routines.library import (
    check_file,
    illustrations_dir,
    load_library,
    safety_text,
)
from backbreak.core.routines.plan import plan
from backbreak.core.routines.schema import (
    Level,
    Override,
    PacePhase,
    Phase,
    PlayerStep,
    Position,
    Routine,
)
from backbreak.core.routines.sides import mirrored_at, rep_side
from backbreak.ui.player.animation import FrameAnimation
from backbreak.ui.player.illustration import Illustration
from backbreak.ui.player.rep_counter import RepCounter
from backbreak.ui.player.window import RoutinePlayer

GOOD = """\
[exercise]
id = "hip-roll"
title = "Hip roll"
position = "floor"
source = "common-practice"
steps = ["Lie on your back.", "Roll your knees to one side, then back."]
step_seconds = 5
reps = 6
levels = { gentle = 4, strong = 8 }
pace = { down = 2, up = 2 }
rep_sides = ["to the right", "to the left"]

[exercise.cues]
feel = ["A gentle twist."]
avoid = []
"""


def _swap(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def test_a_file_with_rep_sides_loads_and_plans_them_on_the_work_screen(tmp_path: Path) -> None:
    (tmp_path / "hip-roll.toml").write_text(GOOD)
    assert check_file(tmp_path / "hip-roll.toml") == []
    library = load_library(tmp_path)
    assert library.problems == []
    assert library.exercises["hip-roll"].rep_sides == ("to the right", "to the left")
    routine = Routine("r", "R", "D", library.get("home-floor").place, ("hip-roll",), "x")
    steps = plan(routine, library, Level.STANDARD)
    assert [s.rep_sides for s in steps] == [(), ("to the right", "to the left")]


def test_an_odd_override_is_rounded_up_to_as_many_on_each_side(tmp_path: Path) -> None:
    (tmp_path / "hip-roll.toml").write_text(GOOD)
    library = load_library(tmp_path)
    odd = Override(amount=5, unit=library.exercises["hip-roll"].unit)
    routine = Routine(
        "r", "R", "D", library.get("home-floor").place, ("hip-roll",), "x", (("hip-roll", odd),)
    )
    work = [s for s in plan(routine, library, Level.STANDARD) if s.is_work]
    assert [s.reps for s in work] == [6]
    assert [s.reps for s in plan(routine, library, Level.GENTLE) if s.is_work] == [4]  # 3 -> 4


BAD: list[tuple[str, str, str, int]] = [
    # (case, file text, message fragment, line)
    ("one side", _swap(GOOD, '"to the right", "to the left"', '"to the right"'),
     "expected 2 to 2 lines, got 1", 11),
    ("the same side twice", _swap(GOOD, '"to the left"', '"to the right"'),
     "expected two different sides, got 'to the right' twice", 11),
    ("on a hold", _swap(_swap(GOOD, "pace = { down = 2, up = 2 }\n", ""),
                        "reps = 6\nlevels = { gentle = 4, strong = 8 }",
                        "hold_seconds = 20\nlevels = { gentle = 10, strong = 30 }"),
     "sides that alternate each repetition need reps; expected reps beside it", 10),
    ("two work steps", _swap(GOOD, 'then back."]', 'then back.", "Again."]'),
     "expected one work step when each repetition alternates sides, got 2", 11),
    ("odd repetitions", _swap(GOOD, "strong = 8", "strong = 9"),
     "expected an even number of repetitions at every level (as many on each side), got 9", 11),
]


@pytest.mark.parametrize(("case", "text", "fragment", "line"), BAD, ids=[c[0] for c in BAD])
def test_bad_rep_sides_give_their_message(
    tmp_path: Path, case: str, text: str, fragment: str, line: int
) -> None:
    path = tmp_path / "hip-roll.toml"
    path.write_text(text)
    problems = check_file(path)
    match = [p for p in problems if p.field == "exercise.rep_sides" and fragment in p.message]
    assert match, [str(p) for p in problems]
    assert str(match[0]).startswith(f"{path}:{line}: exercise.rep_sides: ")
    assert "hip-roll" not in load_library(tmp_path).exercises  # skipped, not half-loaded


def test_the_builtin_exercises_that_alternate_each_repetition_say_so() -> None:
    library = load_library(None)
    alternating = {e.id for e in library.exercises.values() if e.rep_sides}
    assert alternating == {"knee-rotation", "superman"}


# --- which side, when ----------------------------------------------------------------------------
def _step(**changes: object) -> PlayerStep:
    base = PlayerStep(
        exercise_id="knee-rotation",
        title="Knee rotation",
        instruction="Lower both knees to one side.",
        cues=(),
        seconds=64,
        illustration=illustrations_dir() / f"knee-rotation{START}",
        illustration_end=illustrations_dir() / f"knee-rotation{END}",
        reps=8,
        is_work=True,
        position=Position.FLOOR,
        pace=(PacePhase(Phase.BREATHE_OUT, 4), PacePhase(Phase.BREATHE_IN, 4)),
        rep_sides=("knees to your right", "knees to your left"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_each_repetition_works_the_other_side() -> None:
    step = _step()
    assert [rep_side(step, t) for t in (0, 7.9, 8, 15.9, 16, 63.9, 500)] == [0, 0, 1, 1, 0, 1, 1]
    assert [mirrored_at(step, False, t) for t in (0, 8)] == [False, True]
    assert [mirrored_at(step, True, t) for t in (0, 8)] == [True, False]
    assert rep_side(_step(rep_sides=()), 8) == 0


def test_the_counter_names_the_side_of_each_repetition(qapp: QApplication) -> None:
    step = _step()
    assert "Repetition 1 of 8 (knees to your right): breathe out" in RepCounter.text_at(step, 0)
    assert "Repetition 2 of 8 (knees to your left): breathe in" in RepCounter.text_at(step, 13)
    longest = RepCounter.longest_texts(step)
    assert any("right" in t for t in longest) and any("left" in t for t in longest)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_picture_flips_at_the_repetition_even_between_ticks(qapp: QApplication) -> None:
    picture = Illustration()
    still = (PacePhase(Phase.HOLD, 2), PacePhase(Phase.DOWN, 2), PacePhase(Phase.UP, 2))
    step = _step(pace=(*still, PacePhase(Phase.REST, 2)))  # the pose holds from 6 s to 10 s
    picture.set_frames(step.illustration, step.illustration_end)
    clock = FakeClock()
    animation = FrameAnimation(picture, clock)
    animation.show(step, elapsed=7.0)  # resting at the start pose, the last second of rep 1
    assert not picture.mirrored and picture.pose == 0.0
    assert animation.next_wake_ms == 1000  # the rest's end: the side switch
    clock.now += 1.0
    animation.advance()
    assert picture.mirrored
    picture.deleteLater()


def _floor_player(qtbot: QtBot, reduced: bool) -> RoutinePlayer:
    library = load_library(None)
    r = library.get("home-floor")
    player = RoutinePlayer(
        r.title, plan(r, library, "standard"), safety_text(), reduced_motion=reduced
    )
    qtbot.addWidget(player)
    return player


@pytest.mark.parametrize("reduced", [False, True], ids=["moving", "still"])
def test_the_player_mirrors_every_second_repetition(qtbot: QtBot, reduced: bool) -> None:
    player = _floor_player(qtbot, reduced)
    player.start()
    while not (player.current_step.rep_sides and player.current_step.is_work):
        player.next()
    step = player.current_step
    assert step.exercise_id in ("knee-rotation", "superman") and step.reps and step.rep_s
    picture = player.findChild(Illustration)
    assert picture is not None
    seen: list[tuple[int, bool, bool]] = []
    for second in range(step.seconds - 1):
        if second % step.rep_s == 0:
            rep = second // step.rep_s
            counter = player.findChild(RepCounter)
            assert counter is not None
            side = step.rep_sides[rep % 2]
            seen.append((rep + 1, picture.mirrored, side in counter.text()))
        player.tick()
    assert seen == [(r + 1, r % 2 == 1, True) for r in range(step.reps)]
    player.skip()
