"""Moves the player's picture along a screen's :class:`~backbreak.ui.player.motion.Movement`.

The player's countdown is the time base: each of its ticks says how many seconds of the
screen have passed (:meth:`FrameAnimation.sync`), and between ticks the animation runs on a
monotonic clock (injectable, so tests step it), never more than a little past the last tick:
a paused or stalled countdown stops the picture with it. One single-shot timer, armed only
while the pose is changing (or until the next change after a hold); nothing runs while the
player is paused, closed, or showing a still picture.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from backbreak.core.routines.sides import mirrored_at
from backbreak.ui.player import motion
from backbreak.ui.player.illustration import Illustration

if TYPE_CHECKING:
    from backbreak.core.routines.schema import PlayerStep

FRAME_MS = 40  # 25 pictures a second while the figure moves
AHEAD_S = 1.25  # how far past the countdown's last tick the picture may run on its own


class FrameAnimation(QObject):
    def __init__(
        self,
        picture: Illustration,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._picture = picture
        self._clock = clock
        self._movement: motion.Motion = motion.STILL
        self._step: PlayerStep | None = None
        self._other = False  # the screen works the other side than the frames draw
        self._base = 0.0  # seconds into the screen at ...
        self._base_at = clock()  # ... this clock reading
        self._running = False
        self._enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.advance)

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    @property
    def next_wake_ms(self) -> int | None:
        """In how many milliseconds the picture changes next (None: not before told)."""
        return self._timer.interval() if self._timer.isActive() else None

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        """Off: the picture stays at the start pose (reduced motion shows both frames)."""
        self._enabled = on
        if on:
            self.advance()
        else:
            self._timer.stop()
            self._picture.set_pose(0.0)

    def show(
        self, step: PlayerStep, elapsed: float = 0.0, running: bool = True, other: bool = False
    ) -> None:
        """A new screen, ``elapsed`` seconds in; ``other``: it works the other side than the
        frames draw (see ``sides``; a screen whose repetitions alternate flips each one)."""
        self._movement = motion.movement(step)
        self._step, self._other = step, other
        self._running = running
        self.sync(elapsed)

    def sync(self, elapsed: float) -> None:
        """The countdown's word: ``elapsed`` seconds of the screen have passed."""
        self._base, self._base_at = elapsed, self._clock()
        self.advance()

    def pause(self) -> None:
        self._base, self._base_at = self.elapsed(), self._clock()
        self._running = False
        self._timer.stop()

    def resume(self) -> None:
        self._base_at = self._clock()
        self._running = True
        self.advance()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()

    def elapsed(self) -> float:
        """Seconds into the screen now, as far as the picture is concerned."""
        if not self._running:
            return self._base
        return self._base + min(AHEAD_S, max(0.0, self._clock() - self._base_at))

    def advance(self) -> None:
        """Show the pose and the side of this moment and arm the timer for the next change,
        if any. The side follows the repetition also while the picture stands still."""
        self._timer.stop()
        now = self.elapsed()
        if self._step is not None:
            self._picture.set_mirrored(mirrored_at(self._step, self._other, now))
        if not self._enabled:
            return
        self._picture.set_pose(self._movement.pose_at(now))
        if not self._running or not self._picture.has_motion:
            return
        wait = self._movement.still_for(now)  # segments end where repetitions (and sides) do
        if wait == 0.0:
            self._timer.start(FRAME_MS)
        elif math.isfinite(wait):
            self._timer.start(max(FRAME_MS, math.ceil(wait * 1000)))
