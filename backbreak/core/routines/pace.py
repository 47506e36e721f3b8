"""Where a paced work screen is at a moment: which repetition, which phase, which pose.

A repetition's phases either move or stay (:class:`~backbreak.core.routines.schema.Phase`).
Moves go from the start pose to the end pose and back, alternately, so the pose at any moment
is a number from 0 (start pose) to 1 (end pose) that the illustration can follow. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass

from backbreak.core.routines.schema import PacePhase


@dataclass(frozen=True)
class RepMoment:
    """One moment of a paced work screen."""

    rep: int  # 1-based, at most the screen's repetitions
    phase: PacePhase
    phase_left: float  # seconds until the next phase
    pose: float  # 0: start pose, 1: end pose


def rep_moment(pace: tuple[PacePhase, ...], reps: int, elapsed: float) -> RepMoment:
    """The moment ``elapsed`` seconds into a screen of ``reps`` repetitions at ``pace``
    (clamped to the screen: before its start is its start, after its end its last moment)."""
    if not pace or reps < 1:
        raise ValueError("a paced screen needs phases and at least one repetition")
    rep_s = sum(p.seconds for p in pace)
    t = min(max(0.0, elapsed), reps * rep_s - 1e-9)
    rep, within = divmod(t, rep_s)
    pose = 0.0
    start = 0.0
    for phase in pace:
        end = start + phase.seconds
        if within < end:
            done = (within - start) / phase.seconds
            now = pose + (done if pose < 0.5 else -done) if phase.phase.moves else pose
            return RepMoment(int(rep) + 1, phase, end - within, min(1.0, max(0.0, now)))
        if phase.phase.moves:
            pose = 1.0 - pose
        start = end
    last = pace[-1]  # not reached: within < rep_s
    return RepMoment(int(rep) + 1, last, 0.0, pose)


def pose_at(pace: tuple[PacePhase, ...], elapsed: float) -> float:
    """The pose (0 start, 1 end) ``elapsed`` seconds into repetitions at ``pace``, looping."""
    rep_s = sum(p.seconds for p in pace)
    if rep_s <= 0:
        return 0.0
    return rep_moment(pace, 1, elapsed % rep_s).pose
