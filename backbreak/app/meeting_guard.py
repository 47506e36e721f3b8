"""The controller's side of the meeting guard: it looks for a call when the break policy asks,
off the GUI thread (:mod:`backbreak.platform.meeting_looks`), and feeds the answer back.

The policy says when a look is wanted (a break is due, or the user's stillness would count as
away; then every 15 s while a call is on); the guard starts it and tells the policy a look is
under way, so what waits on it waits. The answer comes later, on the GUI thread, as
``call_seen`` and a ``tick`` at that moment; their effects go to the controller.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject

from backbreak.core.clock import Clock
from backbreak.core.policy.machine import BreakPolicy, Effect, PolicyState
from backbreak.core.settings import Settings
from backbreak.platform.meeting import CallCheck, MeetingProbe, NullProbe
from backbreak.platform.meeting_looks import MeetingLooks

log = logging.getLogger(__name__)


class MeetingGuard(QObject):
    def __init__(
        self,
        probe: MeetingProbe,
        policy: BreakPolicy,
        clock: Clock,
        carry_out: Callable[[list[Effect]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._looks = MeetingLooks(probe, self)
        self._looks.answered.connect(self._answered)
        self._policy = policy
        self._clock = clock
        self._carry_out = carry_out
        self._readable: bool | None = None  # not looked yet

    def look_if_wanted(self, now: datetime, idle_seconds: float | None = None) -> None:
        """Before the policy's event at ``now`` (an idle sample of ``idle_seconds``, or a
        wake-up): start a look if the policy wants one. Nothing is looked at where nothing can
        be read."""
        if self._looks.name == NullProbe.name:
            return
        if self._policy.wants_call_look(now, idle_seconds) and self._looks.start():
            self._policy.looking_for_call()

    @property
    def looking(self) -> bool:
        """A look is under way (its answer has not come yet)."""
        return self._looks.in_flight

    def state(self, settings: Settings) -> str:
        """``off`` (setting), ``unavailable`` (nothing could be read here), else ``on``."""
        if not settings.meeting_guard:
            return "off"
        if self._looks.name == NullProbe.name or self._readable is False:
            return "unavailable"
        return "on"

    def stop(self) -> None:
        self._looks.stop()

    def _answered(self, check: CallCheck) -> None:
        now = self._clock.now()
        self._readable = check.readable
        was_waiting = self._waiting(now)
        self._policy.call_seen(now, check.in_use, check.readable)
        effects = self._policy.tick(now)
        if check.in_use is not None and not was_waiting and self._waiting(now):
            log.info("break due; waiting for a call to end (%s)", check.in_use)
        self._carry_out(effects)

    def _waiting(self, now: datetime) -> bool:
        return self._policy.status(now).state is PolicyState.WAITING_MEETING
