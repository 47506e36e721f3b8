"""What the policy wants looked at before its event at a moment, looked at and told to it.

Only while a break is due does the controller look whether a full-screen window would be
covered, and, while a due prompt waits for a pause in typing, how long since the last input.
Calls are looked at off the GUI thread by :mod:`backbreak.app.meeting_guard`. The policy decides
what the answers mean.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from backbreak.core.policy import machine as pol

if TYPE_CHECKING:
    from backbreak.platform.fullscreen import ScreenProbe
    from backbreak.platform.idle import IdleSource

log = logging.getLogger(__name__)


class Looks:
    def __init__(self, screen: ScreenProbe | None, idle: IdleSource) -> None:
        from backbreak.platform.fullscreen import NullScreen

        self.screen = screen or NullScreen()
        self._idle = idle

    def look(self, policy: pol.BreakPolicy, now: datetime) -> None:
        if policy.wants_screen_look(now):
            use = self.screen.check()
            waiting = policy.status(now).waiting_reason == str(use)
            policy.screen_seen(now, use)
            if use is not None and not waiting:
                log.info("break due; waiting, not to cover the screen (%s)", use)
        if policy.wants_input_look(now):
            policy.input_seen(now, self._idle.idle_seconds())
