"""What the pain check-in changes: pure rules over the check-ins the history holds,
so a fake clock and a list of check-ins test every one of them.

- **When to ask** (:func:`ask_checkin`): the setting ``pain_checkin``; ``daily`` asks before
  the first guided stretch of the user's local day, and not again that day once asked
  (answered or skipped).
- **Swaps** (:func:`swaps_in_force`): an exercise followed by a worse score (``after >
  before``) on two check-ins in a row that held it is swapped for :data:`SWAP_FOR` (two weeks)
  from the second. Only check-ins with both scores count; after a swap the count starts again.
- **What is played instead**: ``adapt`` (with the swaps as its ``worse``) plays the exercise's
  easier version, else its alternative, where the routine's place takes it; else leaves it out.
- **A note to see a professional** (:func:`note_for`): a score of :data:`HIGH_SCORE` or more
  on :data:`HIGH_DAYS` local days in a row, or a rise of :data:`RISE` points or more within one
  routine; at most once in :data:`NOTE_EVERY` (a week).

Swaps and notes are derived from the check-ins alone (nothing else is stored), reading back
:data:`LOOK_BACK`: the same history always gives the same answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import Enum, StrEnum

from backbreak.core.history.store_pain import Checkin
from backbreak.core.settings import PainCheckin

SWAP_FOR = timedelta(days=14)
WORSE_IN_A_ROW = 2
HIGH_SCORE = 7
HIGH_DAYS = 3
RISE = 3
NOTE_EVERY = timedelta(days=7)
LOOK_BACK = timedelta(days=56)
"""How far back check-ins are read: well past a swap's two weeks and a note's week."""


class Moment(Enum):
    """Which of a routine's two questions: "How is your back right now?" or "And now?"."""

    BEFORE = "before"
    AFTER = "after"


class NoteReason(StrEnum):
    """Why a check-in brings the note to see a professional."""

    HIGH_DAYS = "high-days"  # HIGH_SCORE or more on HIGH_DAYS days in a row
    RISE = "rise"  # RISE points or more worse within one routine


@dataclass(frozen=True)
class Swap:
    """An exercise kept out of routines ``until``, after two worse check-ins in a row."""

    exercise: str
    since: datetime  # the start of the second worse check-in's break
    until: datetime


# -- when to ask ---------------------------------------------------------------------------------


def ask_checkin(
    mode: PainCheckin, last_asked: datetime | None, now: datetime, tz: tzinfo | None
) -> bool:
    """Whether a guided stretch starting ``now`` opens with the check-in. ``last_asked``: when
    it was last asked (answered or skipped), if ever."""
    if mode is PainCheckin.OFF:
        return False
    if mode is PainCheckin.EVERY_ROUTINE or last_asked is None:
        return True
    return last_asked.astimezone(tz).date() != now.astimezone(tz).date()


# -- swaps ---------------------------------------------------------------------------------------


def swaps_in_force(checkins: Iterable[Checkin], now: datetime) -> dict[str, Swap]:
    """The exercises swapped out at ``now``, by id (check-ins in any order)."""
    runs: dict[str, int] = {}
    latest: dict[str, Swap] = {}
    for c in sorted(checkins, key=lambda c: (c.started_at, c.row)):
        if c.before is None or c.after is None or c.started_at > now:
            continue
        worse = c.after > c.before
        for exercise in dict.fromkeys(c.exercises):
            runs[exercise] = runs.get(exercise, 0) + 1 if worse else 0
            if runs[exercise] >= WORSE_IN_A_ROW:
                runs[exercise] = 0
                latest[exercise] = Swap(exercise, c.started_at, c.started_at + SWAP_FOR)
    return {e: s for e, s in latest.items() if s.since <= now < s.until}


# -- the note to see a professional --------------------------------------------------------------


def _scores(checkins: Iterable[Checkin]) -> Iterator[tuple[Checkin, Moment, int]]:
    """Every score given, in the order it was given."""
    for c in sorted(checkins, key=lambda c: (c.started_at, c.row)):
        if c.before is not None:
            yield c, Moment.BEFORE, c.before
        if c.after is not None:
            yield c, Moment.AFTER, c.after


def _reason(
    c: Checkin, moment: Moment, score: int, high: set[date], tz: tzinfo | None
) -> NoteReason | None:
    day = c.started_at.astimezone(tz).date()
    if score >= HIGH_SCORE:
        high.add(day)
        if all(day - timedelta(days=n) in high for n in range(HIGH_DAYS)):
            return NoteReason.HIGH_DAYS
    if moment is Moment.AFTER and c.before is not None and score - c.before >= RISE:
        return NoteReason.RISE
    return None


def notes(checkins: Iterable[Checkin], tz: tzinfo | None) -> list[tuple[int, Moment, NoteReason]]:
    """Each (break row, moment, reason) at which the note is shown: every time a score brings
    one, unless one was shown less than NOTE_EVERY before (by the breaks' starts)."""
    high: set[date] = set()
    shown: list[tuple[int, Moment, NoteReason]] = []
    last: datetime | None = None
    for c, moment, score in _scores(checkins):
        reason = _reason(c, moment, score, high, tz)
        if reason is None or (last is not None and c.started_at - last < NOTE_EVERY):
            continue
        last = c.started_at
        shown.append((c.row, moment, reason))
    return shown


def note_for(
    checkins: Sequence[Checkin], row: int, moment: Moment, tz: tzinfo | None
) -> NoteReason | None:
    """The note the score just given (break ``row``, ``moment``) brings, if any."""
    return next((r for n, m, r in notes(checkins, tz) if (n, m) == (row, moment)), None)
