"""What ``backbreak <command>`` asks of the running app, answered by the controller."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QTimer

from backbreak.core.model import Source

Answer = dict[str, Any]
Args = dict[str, Any]


class BreakActions(Protocol):
    """What the commands ask of the app; the controller is the one implementation."""

    def status(self) -> dict[str, Any]: ...
    def start_stretch(self, routine_id: str | None, source: Source) -> str: ...
    def start_walk(self, source: Source) -> None: ...
    def snooze(self, seconds: int | None) -> str | None: ...
    def skip_current(self) -> str | None: ...
    def pause(self, what: object) -> None: ...
    def resume(self) -> None: ...


def _done(result: str = "", error: str | None = None) -> Answer:
    return {"ok": error is None, "result": result, "error": error}


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
            "skip": lambda _a: _done("skipped", self.c.skip_current()),
            "pause": self._pause,
            "resume": self._resume,
            "quit": lambda _a: self._later(self._quit_app, "quitting"),
            "show_history": lambda _a: self._later(self._show_history),
        }

    def handle(self, cmd: str, args: Args) -> Answer:
        command = self._commands.get(cmd)
        if command is None:
            return _done(error=f"unknown command {cmd!r}")
        return command(args)

    @staticmethod
    def _later(action: Callable[[], None], result: str = "") -> Answer:
        """Answer first, act after: the client gets its reply before the window or the quit."""
        QTimer.singleShot(0, action)
        return _done(result)

    def _stretch(self, args: Args) -> Answer:
        wanted = args.get("routine")
        try:
            routine = self.c.start_stretch(wanted, Source.CLI)
        except KeyError:
            return _done(error=f"no routine {wanted!r}; see 'backbreak routines list'")
        return _done(f"stretch started: {routine}")

    def _walk(self, args: Args) -> Answer:
        self.c.start_walk(Source.CLI)
        return _done("walk started")

    def _snooze(self, args: Args) -> Answer:
        seconds = args.get("seconds")
        if seconds is not None and int(seconds) <= 0:
            return _done(error=f"a snooze must be longer than 0 seconds, not {seconds}")
        return _done("snoozed", self.c.snooze(int(seconds) if seconds is not None else None))

    def _pause(self, args: Args) -> Answer:
        if "seconds" in args:
            seconds = int(args["seconds"])
            if seconds <= 0:
                return _done(error=f"a pause must be longer than 0 seconds, not {seconds}")
            self.c.pause(seconds)
        else:
            self.c.pause(args.get("until"))
        return _done("paused")

    def _resume(self, args: Args) -> Answer:
        self.c.resume()
        return _done("resumed")
