"""Where a paced screen is at each second: repetition, phase, and the pose between the two
frames of the illustration (0 start, 1 end)."""

from __future__ import annotations

import pytest

from backbreak.core.routines.pace import pose_at, rep_moment
from backbreak.core.routines.schema import PacePhase, Phase

UP_HOLD_DOWN = (PacePhase(Phase.UP, 2), PacePhase(Phase.HOLD, 3), PacePhase(Phase.DOWN, 2))


@pytest.mark.parametrize(("t", "rep", "phase", "left", "pose"), [
    (0, 1, Phase.UP, 2, 0.0),
    (1, 1, Phase.UP, 1, 0.5),
    (2, 1, Phase.HOLD, 3, 1.0),
    (4.5, 1, Phase.HOLD, 0.5, 1.0),
    (5, 1, Phase.DOWN, 2, 1.0),
    (6, 1, Phase.DOWN, 1, 0.5),
    (7, 2, Phase.UP, 2, 0.0),
    (13.5, 2, Phase.DOWN, 0.5, 0.25),
    (99, 2, Phase.DOWN, 0.0, 0.0),  # after the screen: its last moment
    (-3, 1, Phase.UP, 2, 0.0),
])
def test_each_moment_of_two_repetitions(t: float, rep: int, phase: Phase, left: float,
                                        pose: float) -> None:
    moment = rep_moment(UP_HOLD_DOWN, 2, t)
    assert (moment.rep, moment.phase.phase) == (rep, phase)
    assert moment.phase_left == pytest.approx(left, abs=1e-6)
    assert moment.pose == pytest.approx(pose, abs=1e-6)


def test_moves_alternate_out_and_back_whatever_their_names() -> None:
    breath = (PacePhase(Phase.BREATHE_IN, 3), PacePhase(Phase.BREATHE_OUT, 3))
    assert [pose_at(breath, t) for t in (0, 1.5, 3, 4.5, 6)] == pytest.approx(
        [0, 0.5, 1, 0.5, 0])
    twice = (PacePhase(Phase.UP, 1), PacePhase(Phase.DOWN, 1), PacePhase(Phase.REACH, 1),
             PacePhase(Phase.RETURN, 1), PacePhase(Phase.REST, 2))
    assert [pose_at(twice, t) for t in (0.5, 1, 1.5, 2.5, 3, 3.5, 4.5, 6.5)] == pytest.approx(
        [0.5, 1, 0.5, 0.5, 1, 0.5, 0, 0.5])


def test_a_screen_without_pace_or_repetitions_is_refused() -> None:
    with pytest.raises(ValueError):
        rep_moment((), 3, 1)
    with pytest.raises(ValueError):
        rep_moment(UP_HOLD_DOWN, 0, 1)
