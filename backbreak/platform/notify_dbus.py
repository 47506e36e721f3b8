"""``org.freedesktop.Notifications`` with action buttons, never blocking the GUI thread.

Why ``Notify`` is sent by ``notify-send`` (libnotify, run with QProcess, no shell) and not by
QtDBus directly: the method wants ``replaces_id`` as ``uint32``, and PySide6 6.12 cannot put a
``uint32`` into a QtDBus message (Python ints become ``int32``/``int64``, ``QDBusArgument << int``
writes ``uint16``, there is no QVariant), so GDBus-based servers (GNOME Shell, dunst,
xfce4-notifyd) reject the call. And the answer to a click, ``ActionInvoked``, is sent by dunst
and others to the *connection that sent Notify* only, so the sender has to stay connected until
the bubble closes: ``notify-send -A`` does exactly that and prints the chosen action key.
The capabilities query stays plain asynchronous QtDBus. Every value is its own argv entry.

GNOME keeps a bubble on screen, or in its message list, after a newer one came, and its buttons
still answer (``ActionInvoked`` with the older id). So every bubble with buttons keeps its
``notify-send`` child until ``withdraw()`` says their prompt is over (answered, snoozed,
withdrawn), at most ``MAX_LISTENING`` of them; ``withdraw()`` also closes those bubbles
(``CloseNotification`` through ``dbus-send`` or ``gdbus``: the same ``uint32`` reason), for
which ``notify-send --print-id`` (libnotify 0.8) tells each bubble's id, line-buffered by
``stdbuf -oL`` (else the id would wait in notify-send's stdout buffer until it exits).
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field

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
MAX_LISTENING = 6  # bubbles with buttons waited on at once (a notice and a prompt per break)


def notify_send_argv(
    title: str,
    body: str,
    actions: Sequence[tuple[str, str]],
    timeout_ms: int,
    app_icon: str = "",
    print_id: bool = False,
) -> list[str]:
    """The ``notify-send`` arguments of one notification (without the program name)."""
    argv = ["--app-name", APP_NAME, "--expire-time", str(int(timeout_ms))]
    if print_id:
        argv.append("--print-id")
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


def close_notification_argv(notification_id: int) -> list[str] | None:
    """A command that closes bubble ``notification_id``, or None when no tool for it is here."""
    if (dbus_send := shutil.which("dbus-send")) is not None:
        return [dbus_send, "--session", "--type=method_call", f"--dest={NOTIFICATIONS_SERVICE}",
                NOTIFICATIONS_PATH, f"{NOTIFICATIONS_INTERFACE}.CloseNotification",
                f"uint32:{int(notification_id)}"]
    if (gdbus := shutil.which("gdbus")) is not None:
        return [gdbus, "call", "--session", "--dest", NOTIFICATIONS_SERVICE, "--object-path",
                NOTIFICATIONS_PATH, "--method", f"{NOTIFICATIONS_INTERFACE}.CloseNotification",
                str(int(notification_id))]
    return None


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


@dataclass
class _Bubble:
    """One notify-send child: its bubble's action keys, what it printed, the bubble's id."""

    keys: frozenset[str]
    out: bytearray = field(default_factory=bytearray)
    id: int | None = None


class DBusNotifier(QObject):
    """Freedesktop notifications with action buttons. Use from the GUI thread.

    ``bus``/``bus_address`` default to the session bus; tests pass a private bus. Each bubble
    with actions keeps one ``notify-send`` child until it closes or ``withdraw()`` is called.
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
        self._stdbuf = shutil.which("stdbuf")
        self._callbacks: list[ActionCallback] = []
        self._running: dict[QProcess, _Bubble] = {}  # oldest first
        self._helpers: set[QProcess] = set()  # the --help probe
        self._watchers: set[QDBusPendingCallWatcher] = set()
        #: None until the server answered GetCapabilities (or if it never does)
        self.capabilities: frozenset[str] | None = None
        self._print_id = False  # notify-send --print-id (libnotify >= 0.8)
        self._unanswered = 2  # GetCapabilities and notify-send --help
        self._waiting: list[tuple[str, str, Sequence[tuple[str, str]], int]] = []
        self._ask_capabilities()
        self._ask_print_id()
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
        if self._unanswered:  # escaping, actions and ids depend on the answers: hold a few ms
            self._waiting.append((title, body, actions, timeout_ms))
            return
        caps = self.capabilities
        if caps is not None and "actions" not in caps:
            actions = ()  # the spec lets servers drop them
        if caps is not None and "body-markup" in caps:
            body = as_markup(body)  # our text is plain text, never markup
        print_id = bool(actions) and self._print_id and self._stdbuf is not None
        try:
            argv = notify_send_argv(title, body, actions, timeout_ms, print_id=print_id)
        except ValueError:
            log.exception("notification not shown")
            return
        if actions:
            self._make_room()
        if print_id and self._stdbuf is not None:
            process = self._process(self._stdbuf, ["-oL", self._notify_send, *argv])
        else:
            process = self._process(self._notify_send, argv)
        bubble = _Bubble(frozenset(key for key, _ in actions))
        process.readyReadStandardOutput.connect(lambda: self._read_output(process))
        process.finished.connect(lambda *_: self._notify_finished(process))
        process.errorOccurred.connect(lambda error: self._notify_failed(process, error))
        self._running[process] = bubble
        process.start()

    def on_action(self, callback: ActionCallback) -> None:
        self._callbacks.append(callback)

    def withdraw(self) -> None:
        for process, bubble in list(self._running.items()):
            if bubble.keys:
                self._end(process)

    # -- internals -------------------------------------------------------------------------
    def _process(self, program: str, argv: list[str]) -> QProcess:
        process = QProcess(self)
        process.setProgram(program)
        process.setArguments(argv)
        if self._bus_address:
            env = QProcessEnvironment.systemEnvironment()
            env.insert("DBUS_SESSION_BUS_ADDRESS", self._bus_address)
            process.setProcessEnvironment(env)
        process.setStandardInputFile(QProcess.nullDevice())
        return process

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
        self._answered()

    def _ask_print_id(self) -> None:
        """Whether this notify-send tells the bubble's id (older ones reject the option)."""
        probe = self._process(self._notify_send, ["--help"])
        self._helpers.add(probe)

        def done(*_: object) -> None:
            if probe in self._helpers:
                self._helpers.discard(probe)
                self._print_id = b"--print-id" in bytes(probe.readAllStandardOutput().data())
                probe.deleteLater()
                self._answered()

        probe.finished.connect(done)
        probe.errorOccurred.connect(done)
        probe.start()

    def _answered(self) -> None:
        self._unanswered -= 1
        if not self._unanswered:
            waiting, self._waiting = self._waiting, []
            for args in waiting:
                self.notify(*args)

    def _read_output(self, process: QProcess) -> None:
        bubble = self._running.get(process)
        if bubble is None:
            return
        bubble.out += bytes(process.readAllStandardOutput().data())
        first, newline, _ = bytes(bubble.out).partition(b"\n")
        if self._print_id and newline and bubble.id is None and first.strip().isdigit():
            bubble.id = int(first)

    def _notify_finished(self, process: QProcess) -> None:
        self._read_output(process)
        bubble = self._running.get(process)
        if process.exitCode() != 0:
            err = bytes(process.readAllStandardError().data()).decode(errors="replace")
            log.warning("notification not shown: notify-send: %s", err.strip())
        elif bubble is not None:
            lines = bytes(bubble.out).decode(errors="replace").split()
            if lines and lines[-1] in bubble.keys:
                self._action_invoked(lines[-1])
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

    def _make_room(self) -> None:
        """At most ``MAX_LISTENING`` bubbles with buttons are waited on: the oldest goes."""
        listening = [p for p, bubble in self._running.items() if bubble.keys]
        for process in listening[: max(0, len(listening) - MAX_LISTENING + 1)]:
            self._end(process)

    def _end(self, process: QProcess) -> None:
        """Stop waiting on ``process`` (and close its bubble, when its id is known)."""
        bubble = self._running.get(process)
        process.finished.disconnect()
        process.errorOccurred.disconnect()
        process.readyReadStandardOutput.disconnect()
        process.terminate()
        if not process.waitForFinished(1000):
            process.kill()
            process.waitForFinished(1000)
        self._forget(process)
        if bubble is not None and bubble.id is not None:
            self._close_bubble(bubble.id)

    def _close_bubble(self, notification_id: int) -> None:
        argv = close_notification_argv(notification_id)
        if argv is not None:  # detached: never waited on, and it outlives a quitting app
            closer = self._process(argv[0], argv[1:])
            closer.startDetached()
            closer.deleteLater()

    def close(self) -> None:
        """Quit: stop waiting for clicks (end our notify-send children) and close the bubbles
        whose buttons nobody would answer any more."""
        for process in list(self._running):
            self._end(process)
