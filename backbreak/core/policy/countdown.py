"""Time counted toward the next prompt, and when that prompt is due.

The policy keeps one for sitting (toward the stand-up prompt) and the standing clock one for
standing (toward the walk suggestion); whichever matches the user's posture counts. Answering,
snoozing and dismissing a prompt act on the countdown that made it due.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from backbreak.core.policy.vocabulary import Postponed, Showing

ZERO = timedelta(0)


@dataclass
class Countdown:
    due_after: timedelta  # counted time at which the prompt is due
    notices: bool = True  # a heads-up notice goes before the prompt
    elapsed: timedelta = ZERO
    snoozes: int = 0  # in a row, for the snooze limit
    postponed_by: Postponed | None = None
    notice_pending: bool = field(init=False)

    def __post_init__(self) -> None:
        self.notice_pending = self.notices

    def restart(self, due_after: timedelta) -> None:
        """A fresh interval: nothing counted, nothing snoozed."""
        self.elapsed = ZERO
        self.due_after = due_after
        self.notice_pending = self.notices
        self.snoozes = 0
        self.postponed_by = None

    def retime(self, due_after: timedelta) -> None:
        """The setting changed: a prompt not put off is due after the new length."""
        if self.postponed_by is None:
            self.due_after = due_after

    def postpone(self, why: Postponed, by: timedelta) -> None:
        self.due_after = self.elapsed + by
        self.postponed_by = why

    def take_back(self, time: timedelta) -> None:
        """Time counted that turned out not to count (the user was away after all)."""
        self.elapsed = max(ZERO, self.elapsed - time)

    @property
    def remaining(self) -> timedelta:
        return self.due_after - self.elapsed

    def showing(self, counted: timedelta, notice_ahead: timedelta | None) -> Showing | None:
        """What is due once ``counted`` time has counted: the prompt, the heads-up notice
        ``notice_ahead`` before it (``None``: no notice), or nothing yet."""
        if counted >= self.due_after:
            return Showing.PROMPT
        if not self.notice_pending or notice_ahead is None:
            return None
        return Showing.NOTICE if counted >= self.due_after - notice_ahead else None

    def to_showing(self, notice_ahead: timedelta | None) -> timedelta:
        """Time left to count until :meth:`showing` has something."""
        if self.notice_pending and notice_ahead is not None:
            return self.remaining - notice_ahead
        return self.remaining
