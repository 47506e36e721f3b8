"""Composition root: builds the parts, wires them, and runs the Qt event loop."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLockFile, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from backbreak import APP_ID, __version__
from backbreak.control.protocol import control_dir
from backbreak.core.paths import (
    config_path,
    data_dir,
    history_path,
    history_recovery_path,
    log_dir,
    private_dir,
    safety_seen_marker,
    user_routines_dir,
    welcomed_marker,
)
from backbreak.platform.display import missing_display

if TYPE_CHECKING:
    from datetime import tzinfo

    from backbreak.app.controller import Controller
    from backbreak.core.clock import Clock
    from backbreak.core.history.log import HistoryLog
    from backbreak.core.routines.library import Library
    from backbreak.core.routines.schema import Caution
    from backbreak.platform.notify import Notifier

log = logging.getLogger("backbreak")
translate = QCoreApplication.translate
NO_DISPLAY = (
    "backbreak: no graphical session was found (neither DISPLAY nor WAYLAND_DISPLAY is set), "
    "so the tray app cannot start here.\nThe commands that need no display still work: "
    "status, snooze, pause, resume, history, export, import, routines, config check."
)


def _setup_logging() -> None:
    from backbreak.app.log_file import RotatingLog

    try:
        folder = private_dir(log_dir())
        handler: logging.Handler = RotatingLog(folder / "backbreak.log", 512 * 1024, 2)
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)

    def excepthook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        # A bug in a Qt slot is logged with its traceback; the tray stays up.
        log.critical("unhandled error", exc_info=(kind, value, tb))
        sys.__excepthook__(kind, value, tb)

    sys.excepthook = excepthook


def _quit_on_signals(app: QApplication) -> QSocketNotifier:
    """SIGTERM (logout) and SIGINT (Ctrl+C) end the event loop, so the open prompt is written."""
    import socket

    rsock, wsock = socket.socketpair()
    rsock.setblocking(False)
    wsock.setblocking(False)
    signal.set_wakeup_fd(wsock.fileno())
    notifier = QSocketNotifier(rsock.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: rsock.recv(64))
    notifier.setProperty("sockets", (rsock, wsock))  # keep both ends alive

    def quit_on(signum: int, _frame: object) -> None:
        log.info("quitting on %s", signal.Signals(signum).name)
        app.quit()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, quit_on)
    return notifier


def run(interval_s: int | None = None, anytime: bool = False, open_history: bool = False) -> int:
    if os.name == "posix":  # whatever this process creates (lock, logs, folders) is private
        os.umask(0o077)
    lock = QLockFile(str(control_dir() / "instance.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        from backbreak.control import client as ipc

        if open_history:
            with contextlib.suppress(ipc.NotRunning, OSError, ValueError):
                ipc.request("show_history")
                return 0
        print("backbreak is already running.")
        return 0
    if missing_display(os.environ):
        lock.unlock()
        print(NO_DISPLAY, file=sys.stderr)
        return 1

    from backbreak.platform.display_server import preferred_platform

    platform, why_platform = preferred_platform(os.environ)
    app = QApplication(sys.argv[:1] + (["-platform", platform] if platform else []))
    app.setApplicationName("backbreak")
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    app.setDesktopFileName(APP_ID)  # Wayland/GNOME match windows to the .desktop file

    from backbreak.ui.tray.system_tray import Tray

    tray = Tray(with_menu=False)
    tray.show()
    # Send the dock request to the tray host now, before the slower rest of start-up: the
    # menu, the settings and the translations too (the menu follows the language change).
    app.processEvents()
    tray.add_menu()
    from backbreak.core.settings import load_config
    from backbreak.ui.i18n import install_translators

    saved, problems = load_config(config_path())
    install_translators(app, saved.language)
    signal_notifier = _quit_on_signals(app)  # until here SIGTERM just ends the process
    _setup_logging()
    from importlib.resources import files

    from PySide6.QtGui import QIcon

    # A PNG render of backbreak.svg: an SVG icon would load QtSvg for good (1.7 MB resident).
    app.setWindowIcon(QIcon(str(files("backbreak.assets") / "icons" / "backbreak.png")))
    if not tray.available:
        log.warning("no system tray is available; control backbreak with the command line")

    from backbreak.app.corner_windows import place_in_corner
    from backbreak.app.quiet_windows import keep_focus_with_user

    log.info("windows: %s (%s); focus keeper: %s; placed: %s", app.platformName(), why_platform,
             keep_focus_with_user(app, APP_ID), place_in_corner(app))
    from backbreak.app.controller import Controller
    from backbreak.app.live_settings import LiveSettings, tell_problems, with_overrides
    from backbreak.core.clock import SystemClock
    from backbreak.core.history.log import HistoryLog
    from backbreak.core.routines.library import load_library
    from backbreak.platform.fullscreen import detect_screen_probe
    from backbreak.platform.idle import detect_idle_source
    from backbreak.platform.meeting import detect_meeting_probe
    from backbreak.platform.notify import make_notifier
    from backbreak.ui.wording import localized

    settings = with_overrides(saved, interval_s, anytime)
    notifier = make_notifier()
    with contextlib.suppress(OSError):
        private_dir(data_dir())
    history = HistoryLog(
        history_path(),
        lambda text: notifier.notify("backbreak", localized(text)),
        settings.goal_walk_minutes,
        recovery_file=history_recovery_path(),
    )
    library = load_library(user_routines_dir())
    tell_problems(notifier, [*problems, *library.problems])
    clock, idle = SystemClock(), detect_idle_source()
    controller = Controller(
        settings=settings,
        clock=clock,
        history=history,
        library=library,
        notifier=notifier,
        idle=idle,
        tray=tray,
        meeting=detect_meeting_probe(),
        screen=(screen := detect_screen_probe(qt_platform=app.platformName())),
    )
    from backbreak.ui.player.still_pictures import still_pictures

    still_pictures().set_setting(settings.reduced_motion)
    shell = _Shell(app, controller, history, library, notifier, clock)
    from backbreak.control.commands import ControlCommands
    from backbreak.control.server import ControlServer

    commands = ControlCommands(controller, app.quit, shell.show_history)
    server = ControlServer(commands.handle)
    server.listen()
    controller.quit_requested.connect(app.quit)
    controller.history_window_requested.connect(shell.show_history)
    live = LiveSettings(app, controller, notifier, (interval_s, anytime), (saved, problems))
    controller.settings_window_requested.connect(live.show_dialog)
    shell.save_cautions = live.save_cautions
    controller.start()
    log.info(
        "backbreak %s started (idle: %s, notifications: %s, full screen: %s)",
        __version__,
        idle.name,
        notifier.backend,
        screen.name,
    )
    if open_history:
        QTimer.singleShot(0, shell.show_history)
    QTimer.singleShot(0, shell.watch_session)
    QTimer.singleShot(0, shell.welcome_once)
    app.exec()
    controller.stop()
    server.close()
    tray.hide()
    del signal_notifier
    lock.unlock()
    return 0


def _remember(marker: Path) -> None:
    """Leave ``marker`` (a private empty file): the user has seen what it stands for."""
    try:
        private_dir(marker.parent)
        marker.touch(mode=0o600)
    except OSError as e:
        log.warning("cannot remember in %s that it was seen: %s", marker, e)


class _Shell:
    """The parts around the controller: the session watcher, the welcome, the weekly window."""

    def __init__(
        self,
        app: QApplication,
        controller: Controller,
        history: HistoryLog,
        library: Library,
        notifier: Notifier,
        clock: Clock,
        tz: tzinfo | None = None,
    ) -> None:
        self.app = app
        self.c = controller
        self._history = history
        self._library = library
        self._notifier = notifier
        self._clock = clock
        self._tz = tz
        self._window: Any = None
        self._session: Any = None
        self._motion: Any = None
        self._welcome: Any = None
        self._safety: Any = None
        self.save_cautions: Callable[[frozenset[Caution]], None] = lambda _cautions: None
        self._problem_box: Any = None

    def watch_session(self) -> None:
        try:
            from backbreak.platform.session import SessionWatcher
        except ImportError:
            return
        w = SessionWatcher(parent=self.app)
        w.locked_changed.connect(self.c.set_locked)
        w.dnd_changed.connect(self.c.set_dnd)
        w.about_to_sleep.connect(self.c.about_to_sleep)
        w.woke.connect(self.c.woke)
        self._session = w
        from backbreak.platform.motion import MotionPreference
        from backbreak.ui.player.still_pictures import still_pictures

        motion = MotionPreference(parent=self.app)
        motion.changed.connect(still_pictures().set_desktop)
        still_pictures().set_desktop(motion.reduced)
        self._motion = motion

    def welcome_once(self) -> None:
        """What backbreak does and the safety note, then the safety screen: each on every
        start until the user has closed it."""
        marker = welcomed_marker()
        if marker.exists():
            self.safety_once()
            return
        from backbreak.core.routines.library import safety_text
        from backbreak.ui.cards.welcome import WelcomeDialog

        def acknowledged() -> None:
            _remember(marker)
            self.safety_once()

        self._welcome = WelcomeDialog(safety_text(), self.c.settings.interval_s)
        self._welcome.acknowledged.connect(acknowledged)
        self._welcome.show()

    def safety_once(self) -> None:
        """The safety screen, until the user has closed it once; its ticks are saved."""
        marker = safety_seen_marker()
        if marker.exists():
            return
        from backbreak.core.routines.library import safety_note
        from backbreak.ui.safety_screen import SafetyScreen

        self._safety = SafetyScreen(safety_note(), self.c.settings.cautions)
        self._safety.chosen.connect(lambda cautions: self.save_cautions(cautions))
        self._safety.acknowledged.connect(lambda: _remember(marker))
        self._safety.show()

    def show_history(self) -> None:
        problem = self._history.unreadable_reason()
        if problem is not None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QMessageBox

            from backbreak.ui.wording import localized

            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("App", "Weekly history"),
                translate("App", "The history cannot be shown: %1").replace(
                    "%1", localized(problem)
                ),
            )
            box.setTextFormat(Qt.TextFormat.PlainText)  # the problem names a file path
            self._problem_box = box
            box.show()
            return
        if self._window is None:
            from backbreak.core.history.week_source import StoreWeekSource
            from backbreak.ui.weekly.window import WeeklyWindow
            from backbreak.ui.wording import content

            library = self._library

            def title(routine_id: str) -> str:
                routine = library.routines.get(routine_id)
                return content(routine.title) if routine else routine_id

            store = self._history.store
            assert store is not None  # else unreadable_reason() said why
            source = StoreWeekSource(
                store,
                lambda: self.c.settings.goal_walk_minutes,
                self._clock.now,
                self._tz,
                title,
            )
            self._window = WeeklyWindow(source)
            self._window.export_requested.connect(self._export)
            self.c.history_changed.connect(self._window.refresh)
        self._window.show_week(self._window_source_week())
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()

    def _window_source_week(self) -> str:
        from backbreak.core.history.weekly import local_date, week_of

        return week_of(local_date(self._clock.now(), self._tz))

    def _export(self, path: str) -> None:
        from pathlib import Path

        from backbreak.core.history.exchange import export_csv, export_json
        from backbreak.core.history.store import StoreError
        from backbreak.core.user_files import write_atomically

        store = self._history.store
        if store is None:
            return
        target = Path(path)
        writer = export_json if target.suffix.lower() == ".json" else export_csv
        try:  # never half a file: a failed export leaves what was there
            write_atomically(target, lambda fh: writer(store, fh), newline="")
        except (OSError, StoreError) as e:
            if isinstance(e, StoreError):
                from backbreak.ui.wording import localized

                why = localized(e.text)
            else:
                why = e.strerror or str(e)
            self._notifier.notify(
                "backbreak",
                translate("App", "Could not export the history to %1: %2")
                .replace("%1", str(target))
                .replace("%2", why),
            )
