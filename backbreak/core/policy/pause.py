"""What a user can ask a pause for, one type per request, and when each one ends.

The tray's menu and ``backbreak pause`` both speak these; the policy itself only knows the end
(a time, or ``None`` for "until resumed").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Never, NoReturn

if TYPE_CHECKING:  # the tray's menu imports this module before its icon shows: keep it light
    from backbreak.core.settings import Settings


def until_tomorrow_morning(now: datetime, settings: Settings, tz: tzinfo | None = None) -> datetime:
    """The next working day's start (08:00 tomorrow when working hours are off)."""
    from backbreak.core.clock import utc
    from backbreak.core.policy.working_hours import WorkingHours

    return WorkingHours(settings, tz).morning_after(utc(now))


@dataclass(frozen=True)
class PauseFor:
    """A pause of ``seconds`` from now (more than 0)."""

    seconds: int

    def __post_init__(self) -> None:
        if isinstance(self.seconds, bool) or not isinstance(self.seconds, int):
            raise TypeError(f"a pause is a whole number of seconds, not {self.seconds!r}")
        if self.seconds <= 0:
            raise ValueError(f"a pause must be longer than 0 seconds, not {self.seconds}")


@dataclass(frozen=True)
class PauseUntilTomorrow:
    """Until the next working day's start (08:00 tomorrow when working hours are off)."""


@dataclass(frozen=True)
class PauseIndefinitely:
    """Until the user resumes."""


PauseRequest = PauseFor | PauseUntilTomorrow | PauseIndefinitely


def pause_end(
    request: PauseRequest, now: datetime, settings: Settings, tz: tzinfo | None = None
) -> datetime | None:
    """When ``request`` made at ``now`` ends; ``None`` for a pause until resumed. Anything that
    is not a pause request is refused (``TypeError``), never taken for "indefinitely"."""
    match request:
        case PauseFor(seconds=seconds):
            return now + timedelta(seconds=seconds)
        case PauseUntilTomorrow():
            return until_tomorrow_morning(now, settings, tz)
        case PauseIndefinitely():
            return None
        case _:
            _refuse(request)


def _refuse(request: Never) -> NoReturn:
    """Reached only by a value outside :data:`PauseRequest` (mypy checks every one is handled)."""
    raise TypeError(f"not a pause request: {request!r}")
