"""Which routine a break offers, over the built-in library and a real history file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backbreak.app.routine_choice import RoutineChoice
from backbreak.core.history.log import HistoryLog
from backbreak.core.model import Kind, Outcome, Progress, Source
from backbreak.core.routines.library import Library, load_library
from backbreak.core.settings import Settings

NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


@pytest.fixture
def library() -> Library:
    return load_library(None)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryLog]:
    problems: list[object] = []
    log = HistoryLog(tmp_path / "history.sqlite3", problems.append)
    yield log
    log.close()
    assert problems == []


def stretched(history: HistoryLog, routine_id: str, at: datetime) -> None:
    row = history.open_prompt(at, Kind.STRETCH, Source.TRAY, routine_id)
    history.finish(
        row, at + timedelta(minutes=2), Outcome.COMPLETED, kind=Kind.STRETCH, routine=routine_id,
        progress=Progress(120, 5, 5),
    )  # fmt: skip


def test_the_offer_holds_until_a_break_starts(library: Library, history: HistoryLog) -> None:
    choice = RoutineChoice(library, history)
    first = choice.offer("stretch")
    assert first.kind is Kind.STRETCH and first.stretch == first.routine
    stretched(history, first.routine.id, NOW)
    assert choice.offer("stretch") == first  # the history moved on, the offer did not
    choice.started(Kind.STRETCH)
    assert choice.offer("stretch").routine != first.routine


def test_alternate_offers_a_walk_after_a_stretch_with_a_fresh_desk_stretch_beside_it(
    library: Library, history: HistoryLog
) -> None:
    choice = RoutineChoice(library, history)
    desk = library.desk_routines()
    stretched(history, desk[0].id, NOW)
    choice.started(Kind.STRETCH)
    offer = choice.offer("alternate")
    assert offer.kind is Kind.WALK and offer.routine == library.walk_routine()
    assert offer.stretch in desk and offer.stretch != desk[0]  # not the last one done
    choice.started(Kind.WALK)
    assert choice.offer("alternate").kind is Kind.STRETCH


def test_a_new_preference_counts_after_forget(library: Library, history: HistoryLog) -> None:
    choice = RoutineChoice(library, history)
    assert choice.offer("stretch").kind is Kind.STRETCH
    assert choice.offer("walk").kind is Kind.STRETCH  # still the same offer
    choice.forget()
    assert choice.offer("walk").kind is Kind.WALK


def test_a_pinned_level_is_used_and_auto_starts_gentle(
    library: Library, history: HistoryLog
) -> None:
    choice = RoutineChoice(library, history)
    assert choice.level(Settings(level="strong"), NOW, UTC) == "strong"
    assert choice.level(Settings(level=None), NOW, UTC) == "gentle"  # "auto" in config.toml


def test_minutes_are_whole_and_grow_with_the_level(library: Library, history: HistoryLog) -> None:
    choice = RoutineChoice(library, history)
    routine = library.desk_routines()[0]
    gentle, strong = choice.minutes(routine, "gentle"), choice.minutes(routine, "strong")
    seconds = sum(s.seconds for s in choice.steps(routine, "strong"))
    assert 1 <= gentle <= strong == max(1, round(seconds / 60))
    with pytest.raises(KeyError):
        choice.routine("no-such")
