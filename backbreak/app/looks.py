"""What the policy wants looked at before its event at a moment, looked at and told to it.

Only while a break is due does the controller look whether a call is on (camera, microphone)
or a full-screen window would be covered, and, while a due prompt waits for a pause in typing,
how long since the last input. The policy decides what the answers mean.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from backbreak.core.policy import machine as pol
from backbreak.core.settings import Settings

if TYPE_CHECKING:
    from backbreak.platform.fullscreen import ScreenProbe
    from backbreak.platform.idle import IdleSource
    from backbreak.platform.meeting import MeetingProbe

log = logging.getLogger(__name__)


class Looks:
    def __init__(
        self, meeting: MeetingProbe | None, screen: ScreenProbe | None, idle: IdleSource
    ) -> None:
        from backbreak.platform.fullscreen import NullScreen
        from backbreak.platform.meeting import NullProbe

        self.meeting = meeting or NullProbe()
        self.screen = screen or NullScreen()
        self._idle = idle
        self._meeting_readable: bool | None = None  # not looked yet

    def look(self, policy: pol.BreakPolicy, now: datetime) -> None:
        if policy.wants_call_look(now):
            check = self.meeting.check()
            self._meeting_readable = check.readable
            waiting = policy.status(now).state is pol.PolicyState.WAITING_MEETING
            policy.call_seen(now, check.in_use)
            if check.in_use is not None and not waiting:
                log.info("break due; waiting for a call to end (%s)", check.in_use)
        if policy.wants_screen_look(now):
            use = self.screen.check()
            waiting = policy.status(now).waiting_reason == str(use)
            policy.screen_seen(now, use)
            if use is not None and not waiting:
                log.info("break due; waiting, not to cover the screen (%s)", use)
        if policy.wants_input_look(now):
            policy.input_seen(now, self._idle.idle_seconds())

    def meeting_guard_state(self, settings: Settings) -> str:
        """``off`` (setting), ``unavailable`` (nothing could be read here), else ``on``."""
        if not settings.meeting_guard:
            return "off"
        if self.meeting.name == "none" or self._meeting_readable is False:
            return "unavailable"
        return "on"
