"""Standing-desk mode: the posture the user tells us, with a clock for each posture.

The rules (the break policy consults these clocks; README "Standing at a desk" says them in a
user's words):

- Standing is said, never guessed: "I'm standing" / "I'm sitting" in the tray, ``backbreak
  stand`` / ``backbreak sit``.
- While the user stands, sitting time does not grow and no stand-up prompt comes. Standing
  time (counted like sitting time: present, inside working hours, not paused) counts toward a
  walk suggestion instead, due after ``standing_walk_after_s``: standing still is not moving.
- Sitting down again after standing at least ``natural_break_s`` counts like a break: the
  sitting clock starts fresh. Shorter standing only held it.
- The user sits again by saying so, by starting a break (a stretch or a walk), by going away
  (idle at least ``natural_break_s``, the screen locked, the machine asleep: people sit down
  again on their way back), and when working time begins.
- Each stretch of counted sitting or standing ends as a :class:`SittingSpan` or
  :class:`StandingSpan` for the history.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from backbreak.core.policy.countdown import ZERO, Countdown
from backbreak.core.policy.vocabulary import Effect, Posture, SittingSpan, StandingSpan
from backbreak.core.settings import Settings

_SPANS = ((Posture.SITTING, SittingSpan), (Posture.STANDING, StandingSpan))


def _secs(seconds: int) -> timedelta:
    return timedelta(seconds=seconds)


class PostureClocks:
    """The sitting countdown (toward the stand-up prompt) and the standing one (toward the
    walk suggestion); :attr:`count` is the one of the user's posture, the only one that
    counts."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.posture = Posture.SITTING
        self.sitting = Countdown(_secs(settings.interval_s))
        self.standing_count = Countdown(_secs(settings.standing_walk_after_s), notices=False)
        self.stood = ZERO  # time counted since the user stood up (answers do not reset it)
        self._spans: dict[Posture, datetime] = {}  # the open span's start, by posture

    @property
    def standing(self) -> bool:
        return self.posture is Posture.STANDING

    @property
    def count(self) -> Countdown:
        return self.standing_count if self.standing else self.sitting

    def add(self, time: timedelta) -> None:
        self.count.elapsed += time
        self.stood += time  # read only while standing; :meth:`stand` starts it at zero

    def take_back(self, time: timedelta) -> None:
        """Time counted that turned out not to count (the user was away after all)."""
        self.count.take_back(time)
        self.stood = max(ZERO, self.stood - time)

    def restart(self) -> None:
        """The posture's countdown starts afresh (a break answered, a new working day)."""
        if self.standing:
            self.standing_count.restart(_secs(self.settings.standing_walk_after_s))
        else:
            self.sitting.restart(_secs(self.settings.interval_s))

    def retime(self, settings: Settings) -> None:
        self.settings = settings
        self.sitting.retime(_secs(settings.interval_s))
        self.standing_count.retime(_secs(settings.standing_walk_after_s))

    def stand(self) -> None:
        """The user stands; the spans follow at the next :meth:`sync_spans`."""
        if not self.standing:
            self.posture = Posture.STANDING
            self.standing_count.restart(_secs(self.settings.standing_walk_after_s))
            self.stood = ZERO

    def sit_down(self, t: datetime) -> list[Effect]:
        """Back to sitting at ``t``: the standing span ends, and standing at least a natural
        break's length restarts the sitting clock."""
        if not self.standing:
            return []
        out = self.sync_spans(t, counting=False)
        if self.stood >= _secs(self.settings.natural_break_s):
            self.sitting.restart(_secs(self.settings.interval_s))
        self.posture, self.stood = Posture.SITTING, ZERO
        return out

    def sync_spans(self, t: datetime, counting: bool) -> list[Effect]:
        """Open the posture's span when time counts at ``t``; close (and return) the others."""
        out: list[Effect] = []
        for posture, span in _SPANS:
            start = self._spans.get(posture)
            if counting and posture is self.posture:
                self._spans.setdefault(posture, t)
            elif start is not None:
                del self._spans[posture]
                if t > start:
                    out.append(span(start, t))
        return out

    def spans_so_far(self, t: datetime) -> list[Effect]:
        """The span under way as if it ended at ``t``, leaving it open."""
        return [
            span(start, t)
            for posture, span in _SPANS
            if (start := self._spans.get(posture)) and t > start
        ]

    def open_span(self) -> datetime | None:
        """When the span open now began (at most one is open)."""
        return next(iter(self._spans.values()), None)

    def rebase(self, delta: timedelta) -> None:
        self._spans = {p: start + delta for p, start in self._spans.items()}
