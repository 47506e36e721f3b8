"""``org.freedesktop.Notifications`` with action buttons, never blocking the GUI thread.

Why ``Notify`` is sent by ``notify-send`` (libnotify, run with QProcess, no shell) and not by
QtDBus directly: the method wants ``replaces_id`` as ``uint32``, and PySide6 6.12 cannot put a
``uint32`` into a QtDBus message (Python ints become ``int32``/``int64``, ``QDBusArgument << int``
writes ``uint16``, there is no QVariant), so GDBus-based servers (GNOME Shell, dunst,
xfce4-notifyd) reject the call. And the answer to a click, ``ActionInvoked``, is sent by dunst
and others to the *connection that sent Notify* only, so the sender has to stay connected until
the bubble closes: ``notify-send -A`` does exactly that and prints the chosen action key.
The capabilities query stays plain asynchronous QtDBus. Every value is its own argv entry.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

from backbreak import APP_NAME
from backbreak.platform.notify import (
    NOTIFICATIONS_INTERFACE,
    NOTIFICATIONS_PATH,
    NOTIFICATIONS_SERVICE,
    ActionCallback,
)

log = logging.getLogger(__name__)

CALL_TIMEOUT_MS = 5000


def notify_send_argv(
    title: str, body: str, actions: Sequence[tuple[str, str]], timeout_ms: int, app_icon: str = ""
) -> list[str]:
    """The ``notify-send`` arguments of one notification (without the program name)."""
    argv = ["--app-name", APP_NAME, "--expire-time", str(int(timeout_ms))]
    if app_icon:
        argv += ["--icon", app_icon]
    for key, label in actions:
        if "=" in key or not key:
            raise ValueError(f"notification action key {key!r}: expected a word without '='")
        argv.append(f"--action={key}={label}")
    return [*argv, "--", title, body]


def as_markup(text: str) -> str:
    """Plain text in a body that servers read as markup: ``html.escape(text, quote=False)``,
    without the ``html`` module's entity table (0.5 MB resident in a tray app)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def notifications_reachable(bus: QDBusConnection | None = None) -> bool:
    """A notification server is running or D-Bus can start one, and ``notify-send`` is installed."""
    if shutil.which("notify-send") is None:
        log.info("notify-send not found (Debian package libnotify-bin)")
        return False
    bus = bus if bus is not None else QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    names = bus.interface()
    registered = names.isServiceRegistered(NOTIFICATIONS_SERVICE)
    if registered.isValid() and registered.value():
        return True
    activatable = names.activatableServiceNames()
    return activatable.isValid() and NOTIFICATIONS_SERVICE in activatable.value()


class DBusNotifier(QObject):
    """Freedesktop notifications with action buttons. Use from the GUI thread.

    ``bus``/``bus_address`` default to the session bus; tests pass a private bus. The latest
    bubble with actions keeps one ``notify-send`` child until it closes or the next one comes.
    """

    backend = "dbus"

    def __init__(
        self,
        bus: QDBusConnection | None = None,
        bus_address: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._bus_address = bus_address
        self._notify_send = shutil.which("notify-send") or "notify-send"
        self._callbacks: list[ActionCallback] = []
        self._running: dict[QProcess, frozenset[str]] = {}  # child -> its action keys
        self._watchers: set[QDBusPendingCallWatcher] = set()
        #: None until the server answered GetCapabilities (or if it never does)
        self.capabilities: frozenset[str] | None = None
        self._asking = True
        self._waiting: list[tuple[str, str, Sequence[tuple[str, str]], int]] = []
        self._ask_capabilities()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    # -- Notifier --------------------------------------------------------------------------
    def notify(
        self,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        timeout_ms: int = 10000,
    ) -> None:
        if self._asking:  # escaping and actions depend on the answer: hold the few ms it takes
            self._waiting.append((title, body, actions, timeout_ms))
            return
        caps = self.capabilities
        if caps is not None and "actions" not in caps:
            actions = ()  # the spec lets servers drop them
        if caps is not None and "body-markup" in caps:
            body = as_markup(body)  # our text is plain text, never markup
        try:
            argv = notify_send_argv(title, body, actions, timeout_ms)
        except ValueError:
            log.exception("notification not shown")
            return
        if actions:
            self._end_older_prompts()
        process = QProcess(self)
        process.setProgram(self._notify_send)
        process.setArguments(argv)
        if self._bus_address:
            env = QProcessEnvironment.systemEnvironment()
            env.insert("DBUS_SESSION_BUS_ADDRESS", self._bus_address)
            process.setProcessEnvironment(env)
        process.setStandardInputFile(QProcess.nullDevice())
        process.finished.connect(lambda *_: self._notify_finished(process))
        process.errorOccurred.connect(lambda error: self._notify_failed(process, error))
        self._running[process] = frozenset(key for key, _ in actions)
        process.start()

    def on_action(self, callback: ActionCallback) -> None:
        self._callbacks.append(callback)

    # -- internals -------------------------------------------------------------------------
    def _ask_capabilities(self) -> None:
        message = QDBusMessage.createMethodCall(
            NOTIFICATIONS_SERVICE, NOTIFICATIONS_PATH, NOTIFICATIONS_INTERFACE, "GetCapabilities"
        )
        watcher = QDBusPendingCallWatcher(self._bus.asyncCall(message, CALL_TIMEOUT_MS), self)
        self._watchers.add(watcher)
        watcher.finished.connect(self._got_capabilities)

    def _got_capabilities(self, watcher: QDBusPendingCallWatcher) -> None:
        self._watchers.discard(watcher)
        reply = watcher.reply()
        watcher.deleteLater()
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            self.capabilities = frozenset(str(c) for c in reply.arguments()[0])
        else:
            log.info("notification server capabilities unknown: %s", reply.errorMessage())
        self._asking = False
        waiting, self._waiting = self._waiting, []
        for args in waiting:
            self.notify(*args)

    def _notify_finished(self, process: QProcess) -> None:
        out = bytes(process.readAllStandardOutput().data()).decode(errors="replace").strip()
        if process.exitCode() != 0:
            err = bytes(process.readAllStandardError().data()).decode(errors="replace")
            log.warning("notification not shown: notify-send: %s", err.strip())
        elif out and (key := out.splitlines()[-1].strip()) in self._running.get(process, ()):
            self._action_invoked(key)
        self._forget(process)

    def _notify_failed(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            log.warning("notification not shown: could not run %s", self._notify_send)
            self._forget(process)

    def _forget(self, process: QProcess) -> None:
        if process in self._running:
            del self._running[process]
            process.deleteLater()

    def _action_invoked(self, action_key: str) -> None:
        for callback in list(self._callbacks):
            try:
                callback(action_key)
            except Exception:
                log.exception("notification action handler failed for %r", action_key)

    def _end_older_prompts(self) -> None:
        """A new reminder replaces the last one: stop waiting for clicks on older bubbles.

        Servers that keep bubbles with buttons until the user dismisses them (GNOME's message
        tray) would otherwise keep one notify-send child per reminder for the whole day.
        """
        for process, keys in list(self._running.items()):
            if keys:
                self._end(process)

    def _end(self, process: QProcess) -> None:
        process.finished.disconnect()
        process.errorOccurred.disconnect()
        process.terminate()
        if not process.waitForFinished(1000):
            process.kill()
            process.waitForFinished(1000)
        self._forget(process)

    def close(self) -> None:
        """Stop waiting for clicks: end our notify-send children (called on quit)."""
        for process in list(self._running):
            self._end(process)
