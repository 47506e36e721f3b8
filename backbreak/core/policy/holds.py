"""Why a due break may wait a little, and why a still user may not be away: the user is in a
call, presents or watches something full screen, or is in mid-sentence.


The policy asks :class:`Holds` right before it would show a notice or a prompt, and before it
counts a user who has not touched keyboard or mouse for ``natural_break_s`` as away. The holds
never look by themselves: the controller looks when the policy says a look is wanted
(``wants_call_look`` / ``wants_input_look``) and reports what it saw (``call_seen`` /
``input_seen``). A call look may answer later (it runs off the GUI thread): the controller says
when it starts one (``looking``), and what waits on it waits until the answer comes. With no
look at all nothing is held, so a controller that does not look gets its breaks and its natural
breaks exactly as before, never none at all.

- A call holds notices and prompts for as long as the last look saw one; while held, the
  policy wants another look every :data:`CALL_RECHECK`.
- A call keeps a still user present: when an idle spell grows long enough to count as away,
  the policy wants one look; while it sees a call, another every :data:`CALL_RECHECK` until
  input comes back or the call ends (then the idle spell starts again from the call's end).
  After a look that could read nothing, idle spells are not looked at (the guard is
  unavailable here) until a look at a due break reads something again.
- A full-screen window (or, where the app cannot see windows, an application keeping the screen
  awake) holds notices and prompts exactly as a call does, while "respect do-not-disturb" is on:
  a card over a presentation or a film is what nobody wants, and a banner alone would interrupt
  it as well (on sway the card would even sit hidden behind the window, the focus taken from
  it, the break passing unseen). Unlike a call it says nothing
  about presence: quiet in front of a full-screen window can still be an absence (a film that
  plays on while the user is away).
- Typing holds the prompt (not the heads-up notice) until the input has paused for
  ``typing_pause_s``, for at most ``typing_pause_cap_s`` from the first hold. The next look is
  wanted exactly when the pause would be complete if no new input came, so input is sampled
  faster only during that wait.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from backbreak.core.policy.vocabulary import CallDevice, ScreenInUse, Showing
from backbreak.core.settings import Settings

CALL_RECHECK = timedelta(seconds=15)
"""While a break waits for a call (or a full-screen window), how often it is looked at again."""


class Holds:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.call: CallDevice | None = None
        self._call_looked_at: datetime | None = None
        self._held_for_call = False
        self.screen: ScreenInUse | None = None
        self._screen_looked_at: datetime | None = None
        self._input_at: datetime | None = None
        self._input_idle: float | None = None
        self._typing_since: datetime | None = None
        self.held_until: datetime | None = None
        """When the current hold wants to be asked again (None: nothing held, or held until a
        look answers)."""
        self.looking = False
        """A call look started and has not answered yet."""
        self.quiet_at: datetime | None = None
        """When the user's idle spell grew long enough to count as away, while that waits on a
        call look or a call keeps them present (None otherwise)."""
        self._readable = True  # the last call look could read something

    # ---- what the controller saw ------------------------------------------------------------
    def call_seen(self, now: datetime, device: CallDevice | None, readable: bool = True) -> bool:
        """Record a look (``readable`` False: nothing could be read, so no call is known);
        True when it ends a call that was seen before."""
        ended = self.call is not None and device is None
        self.call, self._call_looked_at = device, now
        self.looking, self._readable = False, readable
        return ended

    def screen_seen(self, now: datetime, use: ScreenInUse | None) -> None:
        self.screen, self._screen_looked_at = use, now

    def input_seen(self, now: datetime, idle_seconds: float | None) -> None:
        """Seconds since the last keyboard or mouse input, looked at ``now`` (None: unknown)."""
        self._input_at, self._input_idle = now, idle_seconds

    # ---- what the policy asks -----------------------------------------------------------------
    def in_call(self) -> bool:
        return self.settings.meeting_guard and self.call is not None

    def wants_call_look(
        self, now: datetime, showing: Showing | None, quiet_at: datetime | None
    ) -> bool:
        """``quiet_at``: when the user's idle spell grew long enough to count as away, if it is
        up for judgement at ``now`` (see :meth:`may_be_away`)."""
        if not self.settings.meeting_guard or self.looking:
            return False
        if showing is not None:
            return self._due_look(now)
        return quiet_at is not None and self._readable and self._quiet_look(now, quiet_at)

    def quiet_since(
        self, now: datetime, idle_since: datetime | None, floor: datetime
    ) -> datetime | None:
        """When the user's idle spell (since ``idle_since``, else as last judged) grew long
        enough to count as away, if it has by ``now`` and began at or after ``floor``."""
        natural = timedelta(seconds=self.settings.natural_break_s)
        quiet_at = self.quiet_at if idle_since is None else idle_since + natural
        if quiet_at is None or quiet_at > now or quiet_at - natural < floor:
            return None
        return quiet_at

    def may_be_away(self, quiet_at: datetime) -> bool:
        """The user's idle spell is long enough to count as away since ``quiet_at``: True when
        it may; False while a call (seen since then) keeps them present or a look is under way.
        A spell nobody looked at since it grew long counts as before."""
        looked_since = self._call_looked_at is not None and self._call_looked_at >= quiet_at
        in_call = looked_since and self.call is not None
        away = not self.settings.meeting_guard or not (self.looking or in_call)
        self.quiet_at = None if away else quiet_at
        return away

    def next_quiet_look(self) -> datetime | None:
        """While a call keeps a still user present: when to look at the call again."""
        if not self.settings.meeting_guard or self.looking or self.call is None:
            return None
        if self.quiet_at is None or self._call_looked_at is None:
            return None
        return self._call_looked_at + CALL_RECHECK

    def screen_covered(self) -> bool:
        return self.settings.respect_dnd and self.screen is not None

    def wants_screen_look(self, now: datetime, showing: Showing | None) -> bool:
        if not self.settings.respect_dnd or showing is None:
            return False
        return _look_due(now, self._screen_looked_at, self.screen is not None)

    def wants_input_look(self, now: datetime, showing: Showing | None) -> bool:
        return (
            showing is Showing.PROMPT
            and self._typing_enabled()
            and not self._typing_cap_reached(now)
            and self._input_at != now
        )

    def holding(self, now: datetime, showing: Showing) -> bool:
        """Whether showing waits at ``now``; sets :attr:`held_until` when it does."""
        self.held_until = None
        if self.looking and self.settings.meeting_guard:
            return True  # the look's answer is the next event: no wake-up by time
        if self.in_call():
            assert self._call_looked_at is not None
            self._held_for_call = True
            self.held_until = self._call_looked_at + CALL_RECHECK
            return True
        if self.screen_covered():
            assert self._screen_looked_at is not None
            self.held_until = self._screen_looked_at + CALL_RECHECK
            return True
        if showing is Showing.PROMPT and self._typing(now):
            assert self._typing_since is not None and self._input_idle is not None
            pause_done = now + timedelta(seconds=self.settings.typing_pause_s - self._input_idle)
            cap = self._typing_since + timedelta(seconds=self.settings.typing_pause_cap_s)
            self.held_until = min(pause_done, cap)
            return True
        return False

    def shown(self, showing: Showing) -> bool:
        """A notice or prompt was shown; for a prompt, True when it waited for a call (a call
        that ended before the notice could show held nothing that matters to the prompt)."""
        self.held_until = None
        through_call, self._held_for_call = self._held_for_call, False
        if showing is not Showing.PROMPT:
            return False
        self._typing_since = None
        return through_call

    def reset(self) -> None:
        """A new interval starts: what was seen belongs to the last one (a look under way still
        answers)."""
        self.call, self._call_looked_at, self._held_for_call = None, None, False
        self.quiet_at = None
        self.screen, self._screen_looked_at = None, None
        self._typing_since, self.held_until = None, None

    # ---- internals ----------------------------------------------------------------------------
    def _due_look(self, now: datetime) -> bool:
        """A notice or prompt is due: look first, then every :data:`CALL_RECHECK` while a call
        holds it."""
        return _look_due(now, self._call_looked_at, self.call is not None)

    def _quiet_look(self, now: datetime, quiet_at: datetime) -> bool:
        """Stillness would make the user away since ``quiet_at``: look once, then every
        :data:`CALL_RECHECK` while a call keeps them present."""
        if self._call_looked_at is None or self._call_looked_at < quiet_at:
            return True
        return self.call is not None and self._recheck_due(now)

    def _recheck_due(self, now: datetime) -> bool:
        assert self._call_looked_at is not None
        return _recheck_passed(now, self._call_looked_at)

    def _typing_enabled(self) -> bool:
        return self.settings.typing_pause_s > 0 and self.settings.typing_pause_cap_s > 0

    def _typing_cap_reached(self, now: datetime) -> bool:
        cap = timedelta(seconds=self.settings.typing_pause_cap_s)
        return self._typing_since is not None and now - self._typing_since >= cap

    def _typing(self, now: datetime) -> bool:
        if not self._typing_enabled() or self._input_at != now or self._input_idle is None:
            return False
        if self._input_idle >= self.settings.typing_pause_s:
            return False
        if self._typing_since is None:
            self._typing_since = now
        return not self._typing_cap_reached(now)


def _look_due(now: datetime, looked_at: datetime | None, holding: bool) -> bool:
    """A first look when something is due; while it holds, one every :data:`CALL_RECHECK`;
    else one per new moment (what was seen may have changed since)."""
    if looked_at is None:
        return True
    if holding:
        return _recheck_passed(now, looked_at)
    return now != looked_at


def _recheck_passed(now: datetime, looked_at: datetime) -> bool:
    """Whether what holds a break (a call, a full screen) is to be looked at again."""
    return now >= looked_at + CALL_RECHECK
