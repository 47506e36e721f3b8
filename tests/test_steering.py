"""The pain check-in's steering rules under a fake clock, each at its boundary.

Every comparison of ``core/routines/steering.py`` was broken by hand once (``>`` for ``>=`` and
back, ``<`` for ``<=``, 2 for 1 in a row, 3 days for 2) and a test here went red.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from backbreak.core.clock import FakeClock
from backbreak.core.history.store import HistoryStore
from backbreak.core.history.store_pain import Checkin
from backbreak.core.model import Kind, Source
from backbreak.core.routines.adapt import SwapReason
from backbreak.core.routines.library import load_library
from backbreak.core.routines.plan import planned
from backbreak.core.routines.steering import (
    NOTE_EVERY,
    SWAP_FOR,
    Moment,
    NoteReason,
    ask_checkin,
    note_for,
    notes,
    swaps_in_force,
)
from backbreak.core.settings import PainCheckin

MONDAY_9 = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
MICRO = timedelta(microseconds=1)


class Breaks:
    """Check-ins made one after another as a fake clock moves on."""

    def __init__(self) -> None:
        self.clock = FakeClock(MONDAY_9)
        self.done: list[Checkin] = []

    def checkin(
        self,
        before: int | None,
        after: int | None,
        exercises: tuple[str, ...] = ("bird-dog", "cat-cow"),
        *,
        hours_later: float = 1,
        later: timedelta | None = None,
    ) -> Checkin:
        self.clock.advance((later or timedelta(hours=hours_later)).total_seconds())
        c = Checkin(len(self.done) + 1, self.clock.now(), before, after, exercises)
        self.done.append(c)
        return c


@pytest.fixture
def b() -> Breaks:
    return Breaks()


# -- swaps ---------------------------------------------------------------------------------------


def test_two_worse_check_ins_in_a_row_swap_the_exercise_for_two_weeks(b: Breaks) -> None:
    b.checkin(3, 4)
    assert swaps_in_force(b.done, b.clock.now()) == {}  # once is not yet a pattern
    second = b.checkin(2, 3, ("bird-dog",))
    swaps = swaps_in_force(b.done, b.clock.now())
    assert set(swaps) == {"bird-dog"}  # cat-cow was worse only once
    assert swaps["bird-dog"].since == second.started_at
    assert swaps["bird-dog"].until == second.started_at + SWAP_FOR
    assert timedelta(days=14) == SWAP_FOR
    assert set(swaps_in_force(b.done, second.started_at + SWAP_FOR - MICRO)) == {"bird-dog"}
    assert swaps_in_force(b.done, second.started_at + SWAP_FOR) == {}


def test_the_same_score_after_is_not_worse(b: Breaks) -> None:
    b.checkin(3, 3)
    b.checkin(5, 5)
    assert swaps_in_force(b.done, b.clock.now()) == {}
    b.checkin(5, 6)
    assert swaps_in_force(b.done, b.clock.now()) == {}  # one worse after two equal ones
    b.checkin(0, 1)
    assert set(swaps_in_force(b.done, b.clock.now())) == {"bird-dog", "cat-cow"}


def test_a_better_or_equal_check_in_between_breaks_the_row(b: Breaks) -> None:
    b.checkin(3, 5)
    b.checkin(4, 4)
    b.checkin(4, 6)
    assert swaps_in_force(b.done, b.clock.now()) == {}
    b.checkin(6, 2)
    b.checkin(2, 3)
    assert swaps_in_force(b.done, b.clock.now()) == {}


def test_check_ins_without_both_scores_neither_count_nor_break_the_row(b: Breaks) -> None:
    b.checkin(3, 5)
    b.checkin(4, None)  # the routine was not finished
    b.checkin(None, None)
    b.checkin(None, 7)  # not possible from the player, but an import may hold it
    assert swaps_in_force(b.done, b.clock.now()) == {}
    b.checkin(4, 6)
    assert set(swaps_in_force(b.done, b.clock.now())) == {"bird-dog", "cat-cow"}


def test_only_routines_that_held_the_exercise_count(b: Breaks) -> None:
    b.checkin(3, 5, ("bird-dog",))
    b.checkin(3, 5, ("glute-squeeze",))
    b.checkin(3, 2, ("glute-squeeze",))
    b.checkin(3, 5, ("bird-dog",))
    assert set(swaps_in_force(b.done, b.clock.now())) == {"bird-dog"}


def test_after_a_swap_the_count_starts_again(b: Breaks) -> None:
    b.checkin(3, 5, ("bird-dog",))
    second = b.checkin(3, 5, ("bird-dog",))
    after_swap = second.started_at + SWAP_FOR
    b.clock.jump((after_swap - b.clock.now()).total_seconds())
    b.checkin(3, 5, ("bird-dog",))  # back in the routine, worse once more: not two in a row
    assert swaps_in_force(b.done, b.clock.now()) == {}
    fourth = b.checkin(3, 5, ("bird-dog",))
    swaps = swaps_in_force(b.done, b.clock.now())
    assert swaps["bird-dog"].until == fourth.started_at + SWAP_FOR


def test_check_ins_after_now_are_not_read(b: Breaks) -> None:
    first = b.checkin(3, 5)
    b.checkin(3, 5)
    assert swaps_in_force(b.done, first.started_at) == {}


# -- what plays instead (the routines' ``adapt``, given the swaps as ``worse``) -------------


def test_a_swapped_exercise_plays_its_easier_version() -> None:
    library = load_library(None)
    home = library.get("home-floor")
    swaps = swaps_in_force(_worse_twice("plank"), MONDAY_9)
    plan = planned(home, library, "standard", worse=set(swaps))
    played = {s.exercise_id for s in plan.steps}
    assert "plank" not in played and "knee-plank" in played  # the plank's declared easier one
    (swap,) = plan.swaps
    assert (swap.exercise_id, swap.replacement_id, swap.reason) == (
        "plank", "knee-plank", SwapReason.PAIN)
    unchanged = planned(home, library, "standard", worse=set(swaps_in_force([], MONDAY_9)))
    assert "plank" in {s.exercise_id for s in unchanged.steps} and unchanged.swaps == ()


def _worse_twice(*exercises: str) -> list[Checkin]:
    start = MONDAY_9 - timedelta(days=1)
    return [
        Checkin(1, start, 2, 4, exercises),
        Checkin(2, start + timedelta(hours=2), 2, 4, exercises),
    ]


# -- the note to see a professional ----------------------------------------------------------


def _day_scores(b: Breaks, *scores: int | None) -> list[Checkin]:
    """One check-in a day (before only), 24 hours apart."""
    return [b.checkin(s, None, hours_later=24) for s in scores]


def test_seven_or_more_on_three_days_in_a_row_brings_the_note(b: Breaks) -> None:
    first, second, third = _day_scores(b, 7, 8, 7)
    assert note_for(b.done, first.row, Moment.BEFORE, UTC) is None
    assert note_for(b.done, second.row, Moment.BEFORE, UTC) is None
    assert note_for(b.done, third.row, Moment.BEFORE, UTC) is NoteReason.HIGH_DAYS


def test_six_on_one_of_the_days_is_not_enough(b: Breaks) -> None:
    _day_scores(b, 7, 6, 7)
    assert notes(b.done, UTC) == []
    _day_scores(b, 7)  # the 7, 7 after the 6 are two days, not three
    assert notes(b.done, UTC) == []


def test_a_day_without_a_high_score_breaks_the_days_in_a_row(b: Breaks) -> None:
    _day_scores(b, 8, 8, None, 8)
    assert notes(b.done, UTC) == []


def test_either_score_of_a_day_counts_and_days_are_local_days(b: Breaks) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # 23:30 UTC is already the next day in Berlin: three Berlin days, two UTC days.
    b.clock.jump((datetime(2026, 11, 16, 12, 0, tzinfo=UTC) - b.clock.now()).total_seconds())
    b.checkin(6, 7, hours_later=0)  # Mon 12:00 UTC, Mon in Berlin; the after score is high
    b.checkin(7, None, hours_later=11.5)  # Mon 23:30 UTC, Tue 00:30 in Berlin
    third = b.checkin(9, None, hours_later=12)  # Tue 11:30 UTC, Tue in Berlin
    assert notes(b.done, UTC) == []  # in UTC: Monday and Tuesday only
    assert notes(b.done, berlin) == []  # in Berlin: Monday, Tuesday, Tuesday
    fourth = b.checkin(7, None, hours_later=12)  # Tue 23:30 UTC, Wed 00:30 in Berlin
    assert note_for(b.done, fourth.row, Moment.BEFORE, berlin) is NoteReason.HIGH_DAYS
    assert note_for(b.done, fourth.row, Moment.BEFORE, UTC) is None
    assert third.row != fourth.row


def test_a_rise_of_three_within_a_routine_brings_the_note(b: Breaks) -> None:
    two = b.checkin(3, 5)
    three = b.checkin(2, 5, hours_later=24 * 8)
    assert note_for(b.done, two.row, Moment.AFTER, UTC) is None
    assert note_for(b.done, three.row, Moment.AFTER, UTC) is NoteReason.RISE
    assert note_for(b.done, three.row, Moment.BEFORE, UTC) is None


def test_a_fall_is_no_rise(b: Breaks) -> None:
    b.checkin(8, 2)
    assert notes(b.done, UTC) == []


def test_the_note_comes_once_a_week_at_most(b: Breaks) -> None:
    first = b.checkin(1, 4)
    assert timedelta(days=7) == NOTE_EVERY
    almost = b.checkin(1, 4, later=NOTE_EVERY - MICRO)  # a microsecond short of a week
    week = b.checkin(1, 5, later=MICRO)  # exactly a week after the first
    assert [row for row, _, _ in notes(b.done, UTC)] == [first.row, week.row]
    assert week.started_at - first.started_at == NOTE_EVERY
    assert note_for(b.done, almost.row, Moment.AFTER, UTC) is None


def test_one_routine_brings_one_note_even_with_both_reasons(b: Breaks) -> None:
    _day_scores(b, 7, 7)
    last = b.checkin(7, 10, hours_later=24)
    assert notes(b.done, UTC) == [(last.row, Moment.BEFORE, NoteReason.HIGH_DAYS)]


# -- when to ask ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "last_asked", "asked"),
    [
        (PainCheckin.DAILY, None, True),
        (PainCheckin.DAILY, datetime(2026, 11, 16, 0, 0, tzinfo=UTC), False),  # today, 00:00
        (PainCheckin.DAILY, datetime(2026, 11, 15, 23, 59, 59, tzinfo=UTC), True),  # yesterday
        (PainCheckin.EVERY_ROUTINE, MONDAY_9, True),
        (PainCheckin.OFF, None, False),
    ],
)
def test_when_the_check_in_is_asked(
    mode: PainCheckin, last_asked: datetime | None, asked: bool
) -> None:
    assert ask_checkin(mode, last_asked, MONDAY_9, UTC) is asked


def test_daily_follows_the_users_local_day() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")  # 09:00 UTC is 18:00 in Tokyo; 15:00 UTC is midnight there
    asked = datetime(2026, 11, 16, 14, 59, tzinfo=UTC)
    assert not ask_checkin(PainCheckin.DAILY, asked, MONDAY_9, tokyo)
    assert ask_checkin(PainCheckin.DAILY, asked, datetime(2026, 11, 16, 15, 0, tzinfo=UTC), tokyo)


# -- through the real store ------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore(tmp_path / "history.sqlite3") as s:
        yield s


def test_the_rules_read_what_the_store_keeps(store: HistoryStore) -> None:
    clock = FakeClock(MONDAY_9)
    for before, after in ((2, 4), (2, 3)):
        row = store.open_prompt(clock.now(), Kind.STRETCH, Source.TRAY, "desk-standing")
        store.pain.record(row, before=before, exercises=("glute-squeeze", "hip-hinge"))
        store.pain.record(row, after=after)
        clock.advance(3600)
    read = store.pain.between(MONDAY_9, clock.now())
    assert [(c.before, c.after, c.exercises) for c in read] == [
        (2, 4, ("glute-squeeze", "hip-hinge")),
        (2, 3, ("glute-squeeze", "hip-hinge")),
    ]
    assert set(swaps_in_force(read, clock.now())) == {"glute-squeeze", "hip-hinge"}
    clock.advance(SWAP_FOR.total_seconds())
    assert swaps_in_force(read, clock.now()) == {}
