"""Fitting the routines to the user: cautions swap or leave out exercises, worse pain swaps for
the easier version, the level picks versions, scheduled breaks never offer a routine done
sitting, desk routines go sit -> stand -> walk; and the built-in content the issue asks for."""

from __future__ import annotations

from itertools import combinations

import pytest

from backbreak.core.routines.adapt import SwapReason, adapt, swap_for
from backbreak.core.routines.library import Library, load_library
from backbreak.core.routines.plan import offered_after_prompt, pick_next, planned, version_for
from backbreak.core.routines.schema import Caution, Level, Phase, Place, Position, Routine

EVERY_TICK = [frozenset(c) for n in range(len(Caution) + 1) for c in combinations(Caution, n)]
ORDER = {Position.SEATED: 0, Position.STANDING: 1, Position.WALKING: 2}


@pytest.fixture(scope="module")
def lib() -> Library:
    return load_library(None)


def _routine(*ids: str, place: Place = Place.HOME) -> Routine:
    return Routine(id="t", title="T", description="D", place=place, exercise_ids=ids,
                   source="builtin")


def _played(lib: Library, routine: Routine, level: Level = Level.STANDARD,
            cautions: frozenset[Caution] = frozenset()) -> list[str]:
    ids: list[str] = []
    for step in planned(routine, lib, level, cautions=cautions).steps:
        if not ids or ids[-1] != step.exercise_id:
            ids.append(step.exercise_id)
    return ids


# --------------------------------------------------------------------------- cautions


@pytest.mark.parametrize("ticked", EVERY_TICK, ids=lambda t: "+".join(sorted(t)) or "none")
def test_nothing_played_has_a_ticked_caution_and_every_change_is_told(
        lib: Library, ticked: frozenset[Caution]) -> None:
    for routine in lib.routines.values():
        for level in Level:
            plan = planned(routine, lib, level, cautions=ticked)
            played = {s.exercise_id for s in plan.steps}
            assert not [e for e in played if lib.exercises[e].cautions & ticked], routine.id
            clashing = [e for e in routine.exercise_ids if lib.exercises[e].cautions & ticked]
            assert [s.exercise_id for s in plan.swaps] == clashing
            for swap in plan.swaps:
                assert swap.reason is SwapReason.CAUTION
                assert swap.cautions == lib.exercises[swap.exercise_id].cautions & ticked
                if swap.replacement_id is not None:
                    assert swap.replacement_id not in routine.exercise_ids  # never twice
                    assert swap.replacement_title == lib.exercises[swap.replacement_id].title


def test_a_caution_swaps_in_the_alternative_or_follows_its_chain(lib: Library) -> None:
    sphinx = _routine("sphinx")
    assert _played(lib, sphinx, cautions=frozenset({Caution.BENDING_BACKWARDS})) == [
        "pelvic-tilt"]
    both = frozenset({Caution.BENDING_BACKWARDS, Caution.FLOOR})  # pelvic tilt is on the floor
    assert _played(lib, sphinx, cautions=both) == ["seated-pelvic-tilt"]
    child = _routine("childs-pose")
    assert _played(lib, child, cautions=frozenset({Caution.KNEELING_WRISTS})) == [
        "knee-to-chest"]
    no_floor = frozenset({Caution.KNEELING_WRISTS, Caution.FLOOR})
    assert _played(lib, child, cautions=no_floor) == ["standing-knee-to-chest"]
    plan = planned(child, lib, "standard", cautions=no_floor | {Caution.BALANCE})
    assert plan.steps == ()  # nothing declared fits: left out, and said so
    (swap,) = plan.swaps
    assert (swap.exercise_id, swap.replacement_id, swap.cautions) == (
        "childs-pose", None, {Caution.KNEELING_WRISTS, Caution.FLOOR})


def test_an_alternative_the_routine_plays_anyway_leaves_the_exercise_out(lib: Library) -> None:
    plan = planned(_routine("superman", "bird-dog"), lib, "standard",
                   cautions=frozenset({Caution.BENDING_BACKWARDS}))
    assert _played(lib, _routine("superman", "bird-dog"),
                   cautions=frozenset({Caution.BENDING_BACKWARDS})) == ["bird-dog"]
    assert [(s.exercise_id, s.replacement_id) for s in plan.swaps] == [("superman", None)]


def test_a_desk_routine_never_gets_a_floor_alternative(lib: Library) -> None:
    desk = _routine("standing-knee-to-chest", place=Place.DESK)
    assert swap_for("knee-to-chest", lib, "caution", {Caution.FLOOR}, Place.DESK) == (
        "standing-knee-to-chest")
    assert swap_for("childs-pose", lib, "caution", {Caution.KNEELING_WRISTS}, Place.DESK) == (
        "standing-knee-to-chest")  # knee-to-chest is floor work: the chain goes on
    assert adapt(desk, lib, {Caution.BALANCE}).empty


def test_pain_swaps_for_the_easier_version_first_then_the_alternative(lib: Library) -> None:
    assert swap_for("plank", lib, SwapReason.PAIN) == "knee-plank"
    assert swap_for("plank", lib, "caution") == "drawing-in"
    assert swap_for("bird-dog", lib, "pain") == "drawing-in"
    assert swap_for("downward-dog", lib, "pain") is None
    # the easier version kneels too: with kneeling ticked, the alternative
    assert swap_for("plank", lib, "pain", {Caution.KNEELING_WRISTS}) == "drawing-in"
    plan = planned(_routine("plank", "bridge"), lib, "standard", worse={"plank"})
    assert [(s.exercise_id, s.replacement_id, s.reason) for s in plan.swaps] == [
        ("plank", "knee-plank", SwapReason.PAIN)]
    with pytest.raises(ValueError):
        swap_for("plank", lib, "boredom")
    with pytest.raises(KeyError):
        swap_for("flying", lib, "pain")


# --------------------------------------------------------------------------- versions


def test_the_level_moves_between_versions_where_the_data_declares_them(lib: Library) -> None:
    home = lib.get("home-floor")
    gentle = _played(lib, home, Level.GENTLE)
    assert "knee-plank" in gentle and "bent-knee-side-plank" in gentle
    assert "plank" not in gentle and "side-plank" not in gentle
    assert "plank" in _played(lib, home, Level.STANDARD)
    knees = _routine("knee-plank")
    assert _played(lib, knees, Level.STRONG) == ["plank"]
    assert _played(lib, knees, Level.GENTLE) == ["knee-plank"]  # no easier one: itself
    plank = lib.exercises["plank"]
    knee = lib.exercises["knee-plank"]
    steps = planned(_routine("plank"), lib, Level.GENTLE).steps
    assert [s.seconds for s in steps if s.is_work] == [knee.levels[1]]  # its standard amount
    assert version_for(plank, Level.GENTLE, lib, allowed={Position.STANDING}) is plank


def test_an_override_stays_with_the_exercise_the_routine_names(lib: Library) -> None:
    glutes = lib.get("desk-glutes")  # overrides glute-squeeze to 6 reps
    steps = planned(glutes, lib, Level.STANDARD).steps
    assert [s.reps for s in steps if s.exercise_id == "glute-squeeze" and s.is_work] == [6]


# --------------------------------------------------------------------------- scheduled breaks


@pytest.mark.parametrize("ticked", EVERY_TICK, ids=lambda t: "+".join(sorted(t)) or "none")
def test_a_scheduled_break_never_offers_a_routine_done_sitting(
        lib: Library, ticked: frozenset[Caution]) -> None:
    last: str | None = None
    offered: set[str] = set()
    for _ in range(3 * len(lib.desk_routines())):
        kind, routine_id = pick_next(lib, last, "stretch", "stretch", ticked)
        if kind == "walk":
            break
        routine = lib.get(routine_id)
        positions = {lib.exercises[e].position
                     for e in adapt(routine, lib, ticked).routine.exercise_ids}
        assert positions - {Position.SEATED}, (routine_id, ticked)
        offered.add(routine_id)
        last = routine_id
    assert "desk-seated" not in offered
    assert not offered_after_prompt(lib.get("desk-seated"), lib, ticked)
    assert planned(lib.get("desk-seated"), lib, "standard", cautions=ticked).steps  # on demand


@pytest.mark.parametrize("ticked", EVERY_TICK, ids=lambda t: "+".join(sorted(t)) or "none")
def test_desk_routines_go_sit_then_stand_then_walk_never_back(
        lib: Library, ticked: frozenset[Caution]) -> None:
    for routine in lib.desk_routines():
        for level in Level:
            ids = _played(lib, routine, level, ticked)
            order = [ORDER[lib.exercises[e].position] for e in ids]
            assert order == sorted(order), (routine.id, level, ids)


# --------------------------------------------------------------------------- the content


DECLARED = {
    Caution.BENDING_BACKWARDS: {"sphinx", "superman", "standing-back-extension"},
    Caution.KNEELING_WRISTS: {"bird-dog", "cat-cow", "childs-pose", "plank", "side-plank",
                              "knee-plank", "bent-knee-side-plank", "downward-dog"},
    Caution.BALANCE: {"backward-steps", "standing-knee-to-chest", "lunge"},
}


def test_the_cautions_are_declared_as_a_physiotherapist_would(lib: Library) -> None:
    for caution, ids in DECLARED.items():
        assert {e.id for e in lib.exercises.values() if caution in e.cautions} == ids, caution
    floor = {e.id for e in lib.exercises.values() if e.position is Position.FLOOR}
    assert {e.id for e in lib.exercises.values() if Caution.FLOOR in e.cautions} == floor
    assert {"lunge", "downward-dog", "pelvic-tilt"} <= set(lib.exercises)
    home = set(lib.get("home-floor").exercise_ids)
    assert {"downward-dog", "pelvic-tilt"} <= home
    assert any("lunge" in r.exercise_ids for r in lib.desk_routines())
    assert (lib.exercises["plank"].easier, lib.exercises["knee-plank"].harder) == (
        "knee-plank", "plank")
    assert (lib.exercises["side-plank"].easier, lib.exercises["bent-knee-side-plank"].harder) == (
        "bent-knee-side-plank", "side-plank")


def test_sources_are_what_the_exercises_really_come_from(lib: Library) -> None:
    ex = lib.exercises
    assert "002_b729dc92cf150060.txt" not in ex["standing-back-extension"].seeds
    assert "000_125f6504fb713911.txt" not in ex["hip-flexor-stretch"].seeds
    assert ex["posture-walk"].seeds[0] == "001_5a64a8488becc42e.txt"  # head, shoulders, breath
    for new in ("lunge", "downward-dog", "pelvic-tilt", "knee-plank"):
        assert ex[new].seeds == ("002_b729dc92cf150060.txt",), new
    for exercise in ex.values():  # the player names an article by its title, never its file
        for title in lib.cites(exercise):
            assert not title.endswith(".txt") and title in lib.seeds.values()


def test_timings_can_actually_be_done(lib: Library) -> None:
    steps = lib.exercises["backward-steps"]
    assert steps.rep_s >= 8  # four slow steps back and four forward
    bird = lib.exercises["bird-dog"]
    holds = [p.seconds for p in bird.pace if p.phase is Phase.HOLD]
    assert holds and all(2 <= h <= 3 for h in holds)
    assert bird.rep_s >= sum(holds) + 2  # reaching out and back take time too
    assert len(bird.steps) - bird.setup_steps == 2  # one side, then the other
    for exercise in lib.exercises.values():
        if exercise.pace:
            assert all(p.seconds >= 1 for p in exercise.pace)
        elif exercise.reps is not None:
            pytest.fail(f"{exercise.id} counts repetitions without saying what one is")


def test_the_standing_knee_to_chest_is_not_a_rest_and_offers_the_desk(lib: Library) -> None:
    ex = lib.exercises["standing-knee-to-chest"]
    text = " ".join((*ex.steps, *ex.feel, *ex.avoid)).lower()
    assert "moment of rest" not in text and "desk" in text


def test_a_paced_work_screen_shows_its_pace_and_lasts_its_repetitions(lib: Library) -> None:
    for routine in lib.routines.values():
        for step in planned(routine, lib, "standard").steps:
            exercise = lib.exercises[step.exercise_id]
            if step.is_work and step.reps:
                assert step.pace == exercise.pace
                assert step.seconds == step.reps * exercise.rep_s
                assert step.rep_s == exercise.rep_s
            else:
                assert step.pace == () and step.rep_s is None


def test_a_version_with_a_ticked_caution_or_of_another_place_is_never_picked(
        lib: Library) -> None:
    from dataclasses import replace

    exercises = dict(lib.exercises)
    exercises["glute-squeeze"] = replace(exercises["glute-squeeze"], harder="lunge",
                                         easier="drawing-in")
    changed = Library(exercises=exercises, routines=lib.routines, seeds=lib.seeds)
    squeeze = _routine("glute-squeeze", place=Place.DESK)
    assert _played(changed, squeeze, Level.STRONG) == ["lunge"]
    assert _played(changed, squeeze, Level.STRONG, frozenset({Caution.BALANCE})) == [
        "glute-squeeze"]
    assert _played(changed, squeeze, Level.GENTLE) == ["drawing-in"]
    walk = _routine("glute-squeeze", place=Place.WALK)  # (not a valid file: a place test)
    assert _played(changed, walk, Level.GENTLE) == ["glute-squeeze"]
