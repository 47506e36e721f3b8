"""The prompt card's two sentences (how long you sat, what comes next) are joined the way the
language joins sentences: a space in most, none in Japanese (after "。")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from backbreak.ui.cards.prompt_card import PromptCard


def body_text(qtbot: QtBot) -> str:
    card = PromptCard()
    qtbot.addWidget(card)
    card.ask(sitting_seconds=52 * 60, routine_title="Desk reset", routine_minutes=3,
             snooze_minutes=5, snooze_allowed=True)
    texts = [label.text() for label in card.findChildren(QLabel)]
    return next(t for t in texts if "52" in t)


def test_english_sentences_are_one_space_apart(qtbot: QtBot) -> None:
    body = body_text(qtbot)
    assert ". Next up: " in body, body


@pytest.mark.parametrize("code", ["de", "fr", "es", "pt_BR"])
def test_western_languages_keep_the_space(
    qtbot: QtBot, switch_language: Callable[[str], None], code: str
) -> None:
    switch_language(code)
    body = body_text(qtbot)
    first, _, second = body.partition(". ")
    assert first and second, body


def test_japanese_sentences_follow_each_other_without_a_space(
    qtbot: QtBot, switch_language: Callable[[str], None]
) -> None:
    switch_language("ja")
    body = body_text(qtbot)
    assert "。" in body.rstrip("。"), body
    assert "。 " not in body and " " not in body.split("。", 1)[1][:1], body
