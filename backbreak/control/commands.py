"""What ``backbreak <command>`` asks of the running app, answered by the controller.

One error style: a request that cannot be done raises :class:`CommandRefused` with the sentence
for the user, here or in the app; :meth:`ControlCommands.handle` turns it into the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QTimer

from backbreak.core.model import Source
from backbreak.core.policy.pause import (
    PauseFor,
    PauseIndefinitely,
    PauseRequest,
    PauseUntilTomorrow,
)
from backbreak.core.policy.vocabulary import Posture

Answer = dict[str, Any]
Args = dict[str, Any]


class CommandRefused(Exception):
    """The request is understood but cannot be done now; ``message`` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BreakActions(Protocol):
    """What the commands ask of the app; the controller is the one implementation. Each
    raises :class:`CommandRefused` when it cannot do what is asked."""

    def status(self) -> dict[str, Any]: ...
    def start_stretch(self, routine_id: str | None, source: Source) -> str: ...
    def start_walk(self, source: Source) -> None: ...
    def snooze(self, seconds: int | None) -> None: ...
    def skip_current(self) -> None: ...
    def pause(self, request: PauseRequest) -> None: ...
    def resume(self) -> None: ...
    def set_posture(self, posture: Posture) -> Posture: ...


def _done(result: str = "", error: str | None = None) -> Answer:
    return {"ok": error is None, "result": result, "error": error}


def _seconds(args: Args, what: str) -> int:
    value = args["seconds"]
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise CommandRefused(f"{what} is a whole number of seconds, not {value!r}")
    try:
        seconds = int(value)
    except ValueError:
        raise CommandRefused(f"{what} is a whole number of seconds, not {value!r}") from None
    if seconds <= 0:
        raise CommandRefused(f"{what} must be longer than 0 seconds, not {seconds}")
    return seconds


def pause_request(args: Args) -> PauseRequest:
    """``{"seconds": n}``, ``{"until": "tomorrow"}`` or ``{"until": null}`` (indefinitely)."""
    if "seconds" in args:
        return PauseFor(_seconds(args, "a pause"))
    if "until" not in args:
        raise CommandRefused("a pause needs 'seconds' or 'until'")
    until = args["until"]
    if until == "tomorrow":
        return PauseUntilTomorrow()
    if until is None:
        return PauseIndefinitely()
    raise CommandRefused(f"cannot pause until {until!r}; 'tomorrow' or null (indefinitely)")


class ControlCommands:
    def __init__(
        self,
        controller: BreakActions,
        quit_app: Callable[[], None],
        show_history: Callable[[], None],
    ) -> None:
        self.c = controller
        self._quit_app = quit_app
        self._show_history = show_history
        self._commands: dict[str, Callable[[Args], Answer]] = {
            "ping": lambda _a: _done(),
            "status": lambda _a: {"ok": True, "result": self.c.status()},
            "stretch": self._stretch,
            "walk": self._walk,
            "snooze": self._snooze,
            "skip": self._skip,
            "pause": self._pause,
            "resume": self._resume,
            "stand": lambda _a: self._posture(Posture.STANDING),
            "sit": lambda _a: self._posture(Posture.SITTING),
            "quit": lambda _a: self._later(self._quit_app, "quitting"),
            "show_history": lambda _a: self._later(self._show_history),
        }

    def handle(self, cmd: str, args: Args) -> Answer:
        command = self._commands.get(cmd)
        if command is None:
            return _done(error=f"unknown command {cmd!r}")
        try:
            return command(args)
        except CommandRefused as e:
            return _done(error=e.message)

    @staticmethod
    def _later(action: Callable[[], None], result: str = "") -> Answer:
        """Answer first, act after: the client gets its reply before the window or the quit."""
        QTimer.singleShot(0, action)
        return _done(result)

    def _stretch(self, args: Args) -> Answer:
        routine = self.c.start_stretch(args.get("routine"), Source.CLI)
        return _done(f"stretch started: {routine}")

    def _walk(self, args: Args) -> Answer:
        self.c.start_walk(Source.CLI)
        return _done("walk started")

    def _snooze(self, args: Args) -> Answer:
        self.c.snooze(_seconds(args, "a snooze") if args.get("seconds") is not None else None)
        return _done("snoozed")

    def _skip(self, args: Args) -> Answer:
        self.c.skip_current()
        return _done("skipped")

    def _pause(self, args: Args) -> Answer:
        self.c.pause(pause_request(args))
        return _done("paused")

    def _resume(self, args: Args) -> Answer:
        self.c.resume()
        return _done("resumed")

    def _posture(self, posture: Posture) -> Answer:
        return _done(f"posture: {self.c.set_posture(posture)}")
