"""The break windows, imported and built when a break first needs them, not when the tray
starts (tests/bench/README.md: what the tray needs at launch). The prompt card is built once
and kept, a walk card comes for each walk (the player: ``pain_checkin``); the tray tracks
each."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from backbreak.ui.tray.system_tray import BreakWindow, Tray

if TYPE_CHECKING:
    from backbreak.app.routine_choice import RoutineChoice
    from backbreak.core.routines.schema import PlayerStep
    from backbreak.core.settings import Settings
    from backbreak.ui.cards.prompt_card import PromptCard
    from backbreak.ui.cards.walk_card import WalkCard

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

    def prepare(
        self, routines: RoutineChoice, settings: Settings, level: Callable[[], object]
    ) -> None:
        """Once, while the first notice is up: build and polish the card (styles, fonts) and
        choose the break's routine and level (the history's queries, the plan's modules), so
        that the prompt shows without that cost; the log says what it took."""
        if self._prepared:
            return
        self._prepared = True
        started = time.perf_counter()
        self.card.ensurePolished()
        routines.offer(settings.preference, settings.cautions)
        level()
        log.info("prompt card and routines ready in %.3f s", time.perf_counter() - started)

    def walk_card(
        self, walk_s: int, steps: Sequence[PlayerStep], finished: Callable[[str, int], None]
    ) -> WalkCard:
        """A walk card for ``walk_s`` seconds with the cues of the walk's ``steps``."""
        from backbreak.ui.cards.walk_card import WalkCard

        card = WalkCard(walk_s, [c for s in steps for c in s.cues])
        card.finished.connect(finished)
        self._tray.track_window(card, BreakWindow.WALK)
        return card
