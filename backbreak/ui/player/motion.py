"""How the picture moves on one player screen: the pose at each moment, from the pace.

The pose is a number from 0 (the start frame) to 1 (the end frame). A screen's movement is
a list of segments, each holding or moving the pose for some seconds, repeated for every
repetition:

* a set-up screen ("get into position") shows the start pose and does not move;
* a screen of repetitions follows the step's pace (where the pose is at a moment is
  :func:`~backbreak.core.routines.pace.rep_moment`'s to say, the same answer the rep counter
  shows). Without a pace, a repetition moves up and down in ``DEFAULT_MOVE_S`` seconds each
  way and holds in between;
* a hold moves into the end pose once and stays there;
* a walk alternates its two strides.

Pure Python: :class:`~backbreak.ui.player.animation.FrameAnimation` asks it where the pose is
and how long it stays still (so nothing wakes up during a hold).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from backbreak.core.routines.pace import rep_moment
from backbreak.core.routines.schema import PacePhase, PlayerStep, Position

DEFAULT_MOVE_S = 2.0
"""Seconds one move takes when the step declares no pace."""
STRIDE_S = 0.6
"""Seconds of one stride of a walk."""


@dataclass(frozen=True)
class Segment:
    seconds: float
    start: float  # the pose at the segment's start ...
    end: float  # ... and at its end (equal: the pose holds)

    @property
    def moves(self) -> bool:
        return self.start != self.end


class Motion(Protocol):
    def pose_at(self, elapsed: float) -> float:
        """The pose ``elapsed`` seconds into the screen."""
        ...

    def still_for(self, elapsed: float) -> float:
        """Seconds from ``elapsed`` during which the pose does not change (0 while moving,
        ``math.inf`` when it never changes again)."""
        ...


@dataclass(frozen=True)
class Movement:
    """The segments of one repetition, looped when ``repeats``, else the last one stays."""

    segments: tuple[Segment, ...]
    repeats: bool

    @property
    def period(self) -> float:
        return sum(s.seconds for s in self.segments)

    def _locate(self, elapsed: float) -> tuple[Segment, float] | None:
        """The segment at ``elapsed`` and the seconds into it; None past a non-repeating end."""
        period = self.period
        if period <= 0:
            return None
        t = max(0.0, elapsed)
        if self.repeats:
            t %= period
        for segment in self.segments:
            if t < segment.seconds:
                return segment, t
            t -= segment.seconds
        return None

    def pose_at(self, elapsed: float) -> float:
        found = self._locate(elapsed)
        if found is None:
            return self.segments[-1].end if self.segments else 0.0
        segment, into = found
        return segment.start + (segment.end - segment.start) * ease(into / segment.seconds)

    def still_for(self, elapsed: float) -> float:
        """Seconds from ``elapsed`` during which the pose does not change (0 while moving,
        ``math.inf`` when it never changes again)."""
        found = self._locate(elapsed)
        if found is None:
            return math.inf
        segment, into = found
        if segment.moves:
            return 0.0
        if not self.repeats and segment is self.segments[-1]:
            return math.inf
        if all(not s.moves for s in self.segments):
            return math.inf
        return segment.seconds - into


def ease(x: float) -> float:
    """Smooth start and stop of a move (smoothstep), 0 -> 0 and 1 -> 1."""
    x = max(0.0, min(1.0, x))
    return x * x * (3 - 2 * x)


STILL = Movement((Segment(1.0, 0.0, 0.0),), repeats=False)


@dataclass(frozen=True)
class Paced:
    """Repetitions at a declared pace, looping (the player's countdown ends the screen)."""

    pace: tuple[PacePhase, ...]

    @property
    def period(self) -> float:
        return float(sum(p.seconds for p in self.pace))

    def pose_at(self, elapsed: float) -> float:
        # the pose moves in straight lines between 0 and 1; easing it keeps 0 and 1 in place
        return ease(rep_moment(self.pace, 1, max(0.0, elapsed) % self.period).pose)

    def still_for(self, elapsed: float) -> float:
        moment = rep_moment(self.pace, 1, max(0.0, elapsed) % self.period)
        return 0.0 if moment.phase.phase.moves else moment.phase_left


def _default_rep(rep_s: float) -> Movement:
    move = min(DEFAULT_MOVE_S, rep_s / 3)
    hold = max(0.0, rep_s - 2 * move) / 2
    return Movement(
        (
            Segment(move, 0.0, 1.0),
            Segment(hold, 1.0, 1.0),
            Segment(move, 1.0, 0.0),
            Segment(hold, 0.0, 0.0),
        ),
        repeats=True,
    )


def movement(step: PlayerStep) -> Movement | Paced:
    """The one place that turns a step (and its pace, when it has one) into motion."""
    if not step.is_work:
        return STILL
    if step.position is Position.WALKING and not step.reps:
        return Movement((Segment(STRIDE_S, 0.0, 1.0), Segment(STRIDE_S, 1.0, 0.0)), repeats=True)
    if step.reps:
        if step.pace:
            return Paced(step.pace)
        return _default_rep(step.seconds / step.reps)
    move = min(DEFAULT_MOVE_S, step.seconds / 3)
    return Movement((Segment(move, 0.0, 1.0), Segment(1.0, 1.0, 1.0)), repeats=False)
