"""Desktop notifications behind one small interface, with a fallback chain.

Order of preference (``make_notifier``):

1. ``DBusNotifier`` -- ``org.freedesktop.Notifications`` spoken directly over QtDBus (part of
   PySide6-Essentials): asynchronous calls, a real timeout, action buttons, ``ActionInvoked``.
2. ``PlyerNotifier`` -- plyer in one worker thread (plyer may shell out to ``notify-send``, which
   blocks until the bubble closes when actions are given, so it must never run on the GUI thread).
3. ``NullNotifier`` -- says nothing; ``backend == "none"`` so the status can tell the user.

The D-Bus notifier needs a ``QCoreApplication`` (its replies arrive through the event loop).
"""

from __future__ import annotations

import logging
import sys
import threading
import warnings
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from backbreak import APP_NAME

if TYPE_CHECKING:
    import queue

log = logging.getLogger(__name__)

NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
NOTIFICATIONS_INTERFACE = "org.freedesktop.Notifications"

ActionCallback = Callable[[str], None]


class Notifier(Protocol):
    backend: str  # "dbus" | "plyer" | "none"

    def notify(
        self,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        timeout_ms: int = 10000,
    ) -> None:
        """Show a notification; ``actions`` are ``(key, label)`` pairs. Returns at once."""
        ...

    def on_action(self, callback: ActionCallback) -> None:
        """Call ``callback(key)`` on the GUI thread when the user picks an action."""
        ...

    def withdraw(self) -> None:
        """The bubbles with buttons sent so far no longer apply (their prompt was answered or
        withdrawn): close them and stop listening to them. Until then every one of them acts,
        an older one too (GNOME keeps them on screen)."""
        ...


class NullNotifier:
    """No notification service: prompts still appear, only the bubble is missing."""

    backend = "none"

    def __init__(self, reason: str = "no notification service found") -> None:
        self.reason = reason

    def notify(
        self,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        timeout_ms: int = 10000,
    ) -> None:
        log.debug("notification not shown (%s): %s", self.reason, title)

    def on_action(self, callback: ActionCallback) -> None:
        pass

    def withdraw(self) -> None:
        pass


class PlyerNotifier:
    """plyer, called from one daemon worker thread so the GUI never waits on it.

    plyer has no actions, so ``on_action`` callbacks never fire.
    """

    backend = "plyer"

    def __init__(self) -> None:
        import queue  # only this fallback needs it

        self._jobs: queue.SimpleQueue[tuple[str, str, int] | None] = queue.SimpleQueue()
        self._worker: threading.Thread | None = None
        self._lock = threading.Lock()

    def notify(
        self,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        timeout_ms: int = 10000,
    ) -> None:
        with self._lock:
            if self._worker is None:
                self._worker = threading.Thread(
                    target=self._run, name="backbreak-notify", daemon=True
                )
                self._worker.start()
        self._jobs.put((title, body, timeout_ms))

    def on_action(self, callback: ActionCallback) -> None:
        pass

    def withdraw(self) -> None:
        pass

    def close(self) -> None:
        """Let the worker finish after the notifications already queued."""
        self._jobs.put(None)

    def _run(self) -> None:
        from plyer import notification

        while (job := self._jobs.get()) is not None:
            title, body, timeout_ms = job
            try:
                notification.notify(
                    title=title,
                    message=body,
                    app_name=APP_NAME,
                    timeout=max(1, round(timeout_ms / 1000)),
                )
            except Exception:  # a broken notifier must not end the worker (or the app)
                log.warning("plyer could not show a notification", exc_info=True)


def plyer_available() -> bool:
    """True when plyer has a notification implementation for this platform."""
    try:
        from plyer import notification
        from plyer.facades import Notification
    except Exception:
        return False
    try:
        # plyer's proxy loads the platform module on first use; without one it falls back to
        # the bare facade, whose notify raises NotImplementedError. The proxy forwards every
        # attribute, hence object.__getattribute__.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            impl = object.__getattribute__(notification, "_ensure_obj")()
    except Exception:
        return False
    return impl is not None and type(impl) is not Notification


def make_notifier(prefer: Sequence[str] = ("dbus", "plyer")) -> Notifier:
    """The best notifier available here. Never raises."""
    for backend in prefer:
        try:
            if backend == "dbus" and sys.platform.startswith(("linux", "freebsd", "openbsd")):
                from backbreak.platform.notify_dbus import DBusNotifier, notifications_reachable

                if notifications_reachable():
                    return DBusNotifier()
            elif backend == "plyer" and plyer_available():
                return PlyerNotifier()
        except Exception:
            log.warning("notification backend %s failed to start", backend, exc_info=True)
    return NullNotifier()
