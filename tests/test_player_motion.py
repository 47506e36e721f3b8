"""The moving picture: in-between frames, the pose along a step's pace, the animation driven
by a fake clock, and the player's picture (pace, pause, close, the other side, reduced motion).
No sleeps: time is a number the test moves."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backbreak.core.routines.frames import END, START
from backbreak.core.routines.library import illustrations_dir, load_library, safety_text
from backbreak.core.routines.plan import plan
from backbreak.core.routines.schema import PacePhase, Phase, PlayerStep, Position
from backbreak.core.routines.sides import other_side
from backbreak.ui.colours import illustration_colours
from backbreak.ui.player import motion, tween
from backbreak.ui.player.animation import FRAME_MS, FrameAnimation
from backbreak.ui.player.illustration import Illustration
from backbreak.ui.player.window import RoutinePlayer

FRAMES = sorted(illustrations_dir().glob("*" + START))


def _pair(start: Path) -> tuple[tween.Shape, tween.Shape]:
    end = start.with_name(start.name.removesuffix(START) + END)
    return tween.shape(start.read_text()), tween.shape(end.read_text())


def _figure_paths(svg: str) -> list[list[tuple[float, float]]]:
    """The figure's polylines (limbs and spine), as points."""
    groups = re.findall(r'<g class="(?:figure|far)"[^>]*>(.*?)</g>', svg, flags=re.S)
    out = []
    for group in groups:
        for d in re.findall(r'd="(M[^"]*)"', group):
            nums = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", d)]
            out.append(list(zip(nums[::2], nums[1::2], strict=True)))
    return out


def _lengths(points: list[tuple[float, float]]) -> list[float]:
    return [math.dist(a, b) for a, b in itertools.pairwise(points)]


# --- in-between frames -------------------------------------------------------------------------
@pytest.mark.parametrize("start", FRAMES, ids=lambda p: p.name.removesuffix(START))
def test_in_between_frames_keep_every_bone_its_length(start: Path) -> None:
    a, b = _pair(start)
    first, last = tween.between(a, b, 0.0), tween.between(a, b, 1.0)
    assert first is not None and last is not None
    before = [_lengths(p) for p in _figure_paths(first)]
    after = [_lengths(p) for p in _figure_paths(last)]
    for t in (0.25, 0.5, 0.75):
        frame = tween.between(a, b, t)
        assert frame is not None
        now = [_lengths(p) for p in _figure_paths(frame)]
        for was, will, length in zip(before, after, now, strict=True):
            expected = [x + (y - x) * t for x, y in zip(was, will, strict=True)]
            assert length == pytest.approx(expected, abs=0.02)  # no bone shrinks on the way
        if "Seen from above" not in start.read_text():  # there, a raised knee foreshortens
            assert (
                max(
                    abs(x - y)
                    for w, v in zip(before, after, strict=True)
                    for x, y in zip(w, v, strict=True)
                )
                < 0.2
            )  # the drawing keeps its bones


@pytest.mark.parametrize("start", FRAMES, ids=lambda p: p.name.removesuffix(START))
def test_limbs_stay_on_the_body_and_the_head_on_the_neck(start: Path) -> None:
    a, b = _pair(start)
    frame = tween.between(a, b, 0.5)
    assert frame is not None
    paths = _figure_paths(frame)
    joints = {p for path in paths for p in path}
    for path in paths:  # every limb starts at a joint of another one (or is the spine)
        root = path[0]
        others = {p for q in paths if q is not path for p in q}
        assert root in others or root == paths[0][0] or root in joints
    head = re.search(r'<circle[^>]*cx="([-\d.]+)" cy="([-\d.]+)"', frame)
    assert head is not None
    centre = (float(head.group(1)), float(head.group(2)))
    assert min(math.dist(centre, p) for p in joints) < 0.05


def test_the_ends_of_an_in_between_are_the_frames_themselves() -> None:
    a, b = _pair(illustrations_dir() / f"bridge{START}")
    start, end = tween.between(a, b, 0.0), tween.between(a, b, 1.0)
    assert start is not None and end is not None

    def flat(svg: str) -> list[float]:
        return [c for path in _figure_paths(svg) for p in path for c in p]

    text = (illustrations_dir() / f"bridge{END}").read_text()
    assert flat(end) == pytest.approx(flat(text), abs=0.01)
    assert flat(start) == pytest.approx(
        flat((illustrations_dir() / f"bridge{START}").read_text()), abs=0.01
    )


def test_frames_of_different_structure_are_not_interpolated() -> None:
    a = tween.shape('<svg><path d="M0,0 L10,0"/></svg>')
    b = tween.shape('<svg><path d="M0,0 L10,0 L10,10"/></svg>')
    c = tween.shape('<svg><circle cx="1" cy="2" r="3"/></svg>')
    assert tween.between(a, b, 0.5) is None
    assert tween.between(a, c, 0.5) is None
    assert tween.between(a, a, 0.5) == '<svg><path d="M0,0 L10,0"/></svg>'


def test_a_bone_turns_the_short_way_round() -> None:
    a = tween.shape('<svg><path d="M0,0 L10,0"/></svg>')
    b = tween.shape('<svg><path d="M0,0 L0,10"/></svg>')
    half = tween.between(a, b, 0.5)
    assert half is not None
    x, y = (float(v) for v in re.findall(r"-?[\d.]+", half.split("L")[1]))
    assert (x, y) == pytest.approx((10 / math.sqrt(2), 10 / math.sqrt(2)), abs=0.01)


# --- the pose along a step ---------------------------------------------------------------------
def _step(**changes: object) -> PlayerStep:
    base = PlayerStep(
        exercise_id="bridge",
        title="Bridge",
        instruction="Lift.",
        cues=(),
        seconds=48,
        illustration=illustrations_dir() / f"bridge{START}",
        illustration_end=illustrations_dir() / f"bridge{END}",
        reps=8,
        is_work=True,
        position=Position.FLOOR,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_set_up_screen_stands_still_at_the_start_pose() -> None:
    m = motion.movement(_step(is_work=False, reps=None, seconds=7))
    assert [m.pose_at(t) for t in (0, 3, 100)] == [0.0, 0.0, 0.0]
    assert m.still_for(0) == math.inf


def test_repetitions_without_a_pace_go_up_hold_and_down_in_the_rep_time() -> None:
    m = motion.movement(_step(seconds=48, reps=8))  # 6 s a repetition
    assert m.period == pytest.approx(6.0)
    up = motion.DEFAULT_MOVE_S
    assert m.pose_at(0) == 0.0
    assert m.pose_at(up / 2) == pytest.approx(0.5)
    assert m.pose_at(up / 4) < 0.2 and m.pose_at(3 * up / 4) > 0.8  # eased: soft start and stop
    assert m.pose_at(up) == 1.0  # the hold at the end pose
    assert m.still_for(up) == pytest.approx((6 - 2 * up) / 2)
    assert m.pose_at(up + 1.0 + up / 2) == pytest.approx(0.5)  # on the way down
    assert m.pose_at(6.0) == 0.0 and m.pose_at(6.0 + up) == 1.0  # the next repetition


def test_a_declared_pace_is_followed_phase_by_phase() -> None:
    pace = (
        PacePhase(Phase.UP, 2),
        PacePhase(Phase.HOLD, 5),
        PacePhase(Phase.DOWN, 3),
    )
    m = motion.movement(_step(seconds=80, reps=8, pace=pace))
    assert [round(m.pose_at(t), 3) for t in (0, 1, 2, 4, 7, 8.5, 10, 11)] == [
        0, 0.5, 1, 1, 1, 0.5, 0, 0.5,
    ]
    assert m.still_for(3) == pytest.approx(4)  # the hold's last four seconds
    assert m.still_for(1) == 0.0
    assert m.pose_at(0.5) < 0.25  # eased like the others


def test_the_picture_and_the_rep_counter_agree_on_the_pose() -> None:
    from backbreak.core.routines.pace import rep_moment

    library = load_library(None)
    paced = [
        s for s in plan(library.get("home-floor"), library, "standard") if s.is_work and s.pace
    ]
    assert paced
    for step in paced:
        m = motion.movement(step)
        for tenth in range(0, 10 * step.seconds, 7):
            t = tenth / 10
            linear = rep_moment(step.pace, step.reps or 1, t).pose
            assert m.pose_at(t) == pytest.approx(motion.ease(linear), abs=1e-6), (step, t)


def test_a_hold_moves_into_the_end_pose_and_stays() -> None:
    m = motion.movement(_step(reps=None, seconds=20))
    assert m.pose_at(0) == 0.0 and m.pose_at(motion.DEFAULT_MOVE_S) == 1.0
    assert m.pose_at(19) == 1.0
    assert m.still_for(5) == math.inf  # nothing left to wake up for


def test_a_walk_alternates_its_strides() -> None:
    m = motion.movement(_step(reps=None, seconds=300, position=Position.WALKING))
    s = motion.STRIDE_S
    assert [m.pose_at(t) for t in (0, s, 2 * s, 3 * s)] == [0, 1, 0, 1]


# --- the animation under a fake clock ----------------------------------------------------------
class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def picture(qapp: QApplication) -> Iterator[Illustration]:
    p = Illustration()
    p.set_frames(illustrations_dir() / f"bridge{START}", illustrations_dir() / f"bridge{END}")
    yield p
    p.deleteLater()


def test_the_animation_follows_the_clock_between_the_countdown_ticks(
    picture: Illustration,
) -> None:
    clock = FakeClock()
    animation = FrameAnimation(picture, clock)
    animation.show(_step(seconds=48, reps=8), elapsed=0.0)
    assert picture.pose == 0.0 and animation.timer_active
    clock.now += 1.0  # half-way up (2 s up)
    animation.advance()
    assert picture.pose == pytest.approx(0.5)
    clock.now += 1.0
    animation.sync(2.0)  # the countdown's tick: two seconds
    assert picture.pose == 1.0
    assert animation.timer_active  # armed for the end of the hold, not every frame
    clock.now += 5.0  # the countdown stalled: the picture runs ahead at most AHEAD_S
    animation.advance()
    assert animation.elapsed() == pytest.approx(2.0 + 1.25)


def test_the_animation_stops_with_a_pause_and_picks_up_after(picture: Illustration) -> None:
    clock = FakeClock()
    animation = FrameAnimation(picture, clock)
    animation.show(_step(seconds=48, reps=8), elapsed=0.5)
    animation.pause()
    assert not animation.timer_active
    clock.now += 30
    animation.advance()
    assert animation.elapsed() == 0.5  # paused time does not count
    animation.resume()
    assert animation.timer_active
    clock.now += 0.5
    animation.advance()
    assert picture.pose == pytest.approx(0.5)


def test_a_hold_leaves_no_timer_once_the_pose_is_reached(picture: Illustration) -> None:
    clock = FakeClock()
    animation = FrameAnimation(picture, clock)
    animation.show(_step(reps=None, seconds=20), elapsed=0.0)
    assert animation.timer_active
    clock.now += motion.DEFAULT_MOVE_S
    animation.sync(motion.DEFAULT_MOVE_S)
    assert picture.pose == 1.0 and not animation.timer_active


def test_a_still_picture_never_arms_the_timer(qapp: QApplication) -> None:
    still = Illustration()
    still.set_file(illustrations_dir() / f"bridge{START}")
    animation = FrameAnimation(still, FakeClock())
    animation.show(_step(seconds=48, reps=8))
    assert not still.has_motion and not animation.timer_active


def test_while_moving_the_timer_ticks_at_the_frame_rate(picture: Illustration) -> None:
    animation = FrameAnimation(picture, FakeClock())
    animation.show(_step(seconds=48, reps=8), elapsed=0.5)
    assert animation.next_wake_ms == FRAME_MS
    animation.sync(2.5)  # in the hold at the end pose (2 s up, 1 s hold): wake at its end
    assert animation.next_wake_ms == 500


# --- the player --------------------------------------------------------------------------------
def _player(qtbot: QtBot, routine: str, reduced: bool = False) -> RoutinePlayer:
    library = load_library(None)
    r = library.get(routine)
    player = RoutinePlayer(
        r.title, plan(r, library, "standard"), safety_text(), reduced_motion=reduced
    )
    qtbot.addWidget(player)
    return player


def _picture(player: RoutinePlayer) -> Illustration:
    found = player.findChild(Illustration)
    assert found is not None
    return found


def _active_timers(player: RoutinePlayer) -> list[QTimer]:
    return [t for t in player.findChildren(QTimer) if t.isActive()]


def _to_work(player: RoutinePlayer) -> PlayerStep:
    while not player.current_step.is_work:
        player.next()
    return player.current_step


def test_the_player_moves_the_picture_at_the_pace(qtbot: QtBot) -> None:
    player = _player(qtbot, "desk-seated")
    player.start()
    step = _to_work(player)
    assert step.reps
    m = motion.movement(step)
    picture = _picture(player)
    for second in range(1, 8):
        player.tick()
        assert picture.pose == pytest.approx(m.pose_at(second), abs=0.02), second


def test_pause_and_close_leave_no_timer_running(qtbot: QtBot) -> None:
    player = _player(qtbot, "desk-seated")
    player.start()
    _to_work(player)
    assert len(_active_timers(player)) == 2  # the countdown and the picture
    player.toggle_pause()
    assert len(_active_timers(player)) == 1  # the countdown's own (it ignores its ticks)
    player.toggle_pause()
    player.skip()
    assert _active_timers(player) == []


def test_the_other_side_is_shown_mirrored(qtbot: QtBot) -> None:
    player = _player(qtbot, "desk-hips")  # standing knee-to-chest: right, then left
    player.start()
    mirrored = []
    for _ in range(3):
        mirrored.append(_picture(player).mirrored)
        player.next()
    assert mirrored == [False, False, True]


def test_other_side_counts_work_screens_per_exercise() -> None:
    library = load_library(None)
    steps = plan(library.get("home-floor"), library, "standard")
    flags = other_side(steps)
    by_exercise: dict[str, list[bool]] = {}
    for step, flag in zip(steps, flags, strict=True):
        if step.is_work:
            by_exercise.setdefault(step.exercise_id, []).append(flag)
    assert by_exercise["knee-to-chest"] == [False, True]
    assert by_exercise["side-plank"] == [False, True]
    assert by_exercise["bridge"] == [False]
    assert not any(f for s, f in zip(steps, flags, strict=True) if not s.is_work)


def _columns_with(colour: QColor, picture: Illustration) -> set[int]:
    """The pixel columns where ``colour`` shows (give or take antialiasing)."""
    image = picture.grab().toImage()

    def near(c: QColor) -> bool:
        return (
            max(
                abs(c.red() - colour.red()),
                abs(c.green() - colour.green()),
                abs(c.blue() - colour.blue()),
            )
            < 40
        )

    return {
        x
        for x in range(image.width())
        for y in range(image.height())
        if near(image.pixelColor(x, y))
    }


def test_reduced_motion_shows_both_frames_and_never_moves(qtbot: QtBot) -> None:
    player = _player(qtbot, "desk-seated", reduced=True)
    player.start()
    _to_work(player)
    picture = _picture(player)
    assert picture.side_by_side and player.reduced_motion
    assert len(_active_timers(player)) == 1  # only the countdown
    for _ in range(5):
        player.tick()
    assert picture.pose == 0.0
    ink = illustration_colours(picture.palette()).figure
    columns = _columns_with(ink, picture)
    middle = picture.width() / 2
    assert any(x < middle for x in columns) and any(x > middle for x in columns)
    accent = illustration_colours(picture.palette()).accent
    assert any(abs(x - middle) < 4 for x in _columns_with(accent, picture))  # the chevron


def test_reduced_motion_can_be_switched_on_an_open_player(qtbot: QtBot) -> None:
    player = _player(qtbot, "desk-seated")
    player.start()
    _to_work(player)
    width = _picture(player).width()
    player.set_reduced_motion(True)
    assert _picture(player).side_by_side and _picture(player).width() > width
    assert len(_active_timers(player)) == 1
    player.set_reduced_motion(False)
    assert len(_active_timers(player)) == 2


def test_a_player_follows_the_applications_wish_for_still_pictures(qtbot: QtBot) -> None:
    from backbreak.ui.player.still_pictures import still_pictures

    library = load_library(None)
    r = library.get("desk-seated")
    player = RoutinePlayer(r.title, plan(r, library, "standard"), safety_text())
    qtbot.addWidget(player)
    wish = still_pictures()
    assert wish is still_pictures()  # one per application
    try:
        assert not player.reduced_motion
        wish.set_desktop(True)
        assert player.reduced_motion
        wish.set_setting(True)
        wish.set_desktop(False)
        assert player.reduced_motion  # the setting alone
        wish.set_setting(False)
        assert not player.reduced_motion
        wish.set_setting(True)
        late = RoutinePlayer(r.title, plan(r, library, "standard"), safety_text())
        qtbot.addWidget(late)
        assert late.reduced_motion  # a player opened later starts still
    finally:
        wish.set_setting(False)
        wish.set_desktop(False)
