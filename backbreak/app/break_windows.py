"""The break windows, imported and built when a break first needs them, not when the tray
starts (tests/bench/README.md: what the tray needs at launch). The prompt card is built once
and kept; a player or a walk card comes for each activity; each is tracked by the tray."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from backbreak.ui.tray.system_tray import BreakWindow, Tray

if TYPE_CHECKING:
    from backbreak.core.routines.schema import PlayerStep
    from backbreak.ui.cards.prompt_card import PromptCard
    from backbreak.ui.cards.walk_card import WalkCard
    from backbreak.ui.player.window import RoutinePlayer

log = logging.getLogger(__name__)


class BreakWindows:
    def __init__(self, tray: Tray, wire_card: Callable[[PromptCard], None]) -> None:
        self._tray = tray
        self._wire_card = wire_card
        self._card: PromptCard | None = None
        self._prepared = False

    @property
    def card(self) -> PromptCard:
        """The prompt card, built (and wired by the controller) on first use."""
        if self._card is None:
            from backbreak.ui.cards.prompt_card import PromptCard

            self._card = PromptCard()
            self._tray.track_window(self._card, BreakWindow.PROMPT)
            self._wire_card(self._card)
        return self._card

    @property
    def card_visible(self) -> bool:
        return self._card is not None and self._card.isVisible()

    def prepare(self, *ahead: Callable[[], object]) -> None:
        """Once, while the first notice is up: build and polish the card (styles, fonts) and
        run ``ahead`` (reading the routines), so that the prompt shows without that cost; the
        log says what it took."""
        if self._prepared:
            return
        self._prepared = True
        started = time.perf_counter()
        self.card.ensurePolished()
        for work in ahead:
            work()
        log.info("prompt card and routines ready in %.3f s", time.perf_counter() - started)

    def player(self, title: str, steps: Sequence[PlayerStep]) -> RoutinePlayer:
        from backbreak.core.routines.library import safety_text
        from backbreak.ui.player.window import RoutinePlayer

        player = RoutinePlayer(title, steps, safety_text())
        self._tray.track_window(player, BreakWindow.STRETCH)
        return player

    def walk_card(self, walk_s: int, cues: Sequence[str]) -> WalkCard:
        from backbreak.ui.cards.walk_card import WalkCard

        card = WalkCard(walk_s, cues)
        self._tray.track_window(card, BreakWindow.WALK)
        return card
