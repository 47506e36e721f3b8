"""The player's line on what was changed for the user says until when a pain swap lasts: the
day, in the user's language (the date pattern is a translation, the month name Qt's)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from backbreak.core.routines.adapt import Swap, SwapReason, adapt
from backbreak.core.routines.library import load_library
from backbreak.ui.i18n import install_translators, remove_translators
from backbreak.ui.player.rep_counter import changes_text

UNTIL = datetime(2026, 12, 14, 12, 0, tzinfo=UTC)  # noon: the same day in every time zone
PAIN = Swap("superman", "Superman", SwapReason.PAIN, "bird-dog", "Bird dog", until=UNTIL)


@pytest.fixture
def language(qapp: QCoreApplication) -> Iterator[None]:
    before = QLocale()
    yield
    remove_translators(qapp)
    QLocale.setDefault(before)


def test_a_pain_swap_says_the_day_it_ends(qapp: QCoreApplication) -> None:
    assert changes_text([PAIN]) == (
        "Changed for you: Bird dog instead of Superman until 14 December "
        "(your back felt worse after it)."
    )
    left_out = Swap("sphinx", "Sphinx", SwapReason.PAIN, until=UNTIL)
    assert changes_text([left_out]) == (
        "Changed for you: Sphinx left out until 14 December (your back felt worse after it)."
    )


@pytest.mark.parametrize(
    ("code", "day"),
    [("de", "14. Dezember"), ("fr", "14 décembre"), ("es", "14 de diciembre"),
     ("pt_BR", "14 de dezembro"), ("ja", "12月14日")],
)
def test_the_day_is_in_the_users_language(
    qapp: QCoreApplication, language: None, code: str, day: str
) -> None:
    install_translators(qapp, code)
    text = changes_text([PAIN])
    assert day in text and "December" not in text


def test_adapt_carries_the_end_of_a_pain_swap_and_a_caution_has_none() -> None:
    library = load_library(None)
    routine = library.get("home-floor")
    assert "superman" in routine.exercise_ids
    swaps = {s.exercise_id: s for s in adapt(routine, library, (), {"superman": UNTIL}).swaps}
    assert swaps["superman"].until == UNTIL
    plain = adapt(routine, library, (), frozenset({"superman"})).swaps
    assert [s.until for s in plain] == [None]  # a bare list of ids: no date to say
