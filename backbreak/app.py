"""Composition root: builds the parts, wires them, and runs the Qt event loop."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import signal
import socket
import sys
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QLockFile, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from backbreak import __version__, ipc
from backbreak.core.clock import SystemClock
from backbreak.core.paths import (
    config_path,
    data_dir,
    history_path,
    log_dir,
    private_dir,
    user_routines_dir,
    welcomed_marker,
)
from backbreak.core.settings import Settings, load_config, save_config

log = logging.getLogger("backbreak")
translate = QCoreApplication.translate


def _setup_logging() -> None:
    try:
        folder = private_dir(log_dir())
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "backbreak.log", maxBytes=512 * 1024, backupCount=2, encoding="utf-8"
        )
        if os.name == "posix":
            os.chmod(folder / "backbreak.log", 0o600)
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


def _overrides(settings: Settings, interval_s: int | None, anytime: bool) -> Settings:
    if interval_s:
        settings = settings.with_(
            interval_s=interval_s, notice_ahead_s=min(settings.notice_ahead_s, interval_s // 2 or 1)
        )
    if anytime:
        settings = settings.with_(hours_enabled=False)
    return settings


def _quit_on_signals(app: QApplication) -> QSocketNotifier:
    """SIGTERM (logout) and SIGINT (Ctrl+C) end the event loop, so the open prompt is written."""
    rsock, wsock = socket.socketpair()
    rsock.setblocking(False)
    wsock.setblocking(False)
    signal.set_wakeup_fd(wsock.fileno())
    notifier = QSocketNotifier(rsock.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: rsock.recv(64))
    notifier.setProperty("sockets", (rsock, wsock))  # keep both ends alive
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: app.quit())
    return notifier


def _tell_problems(notifier: Any, problems: list[str]) -> None:
    """Bad settings or routine files: named once at start-up, in one notification."""
    if not problems:
        return
    shown = problems[:3]
    if len(problems) > 3:
        shown.append(
            translate("App", "…and %n more; see 'backbreak config check'.", None, len(problems) - 3)
        )
    notifier.notify(translate("App", "backbreak: some files have problems"), "\n".join(shown))


def run(interval_s: int | None = None, anytime: bool = False, open_history: bool = False) -> int:
    lock = QLockFile(str(ipc.control_dir() / "instance.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        if open_history:
            with contextlib.suppress(ipc.NotRunning, OSError, ValueError):
                ipc.request("show_history")
                return 0
        print("backbreak is already running.")
        return 0

    _setup_logging()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("backbreak")
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    signal_notifier = _quit_on_signals(app)

    from backbreak.ui.i18n import install_translators

    settings, problems = load_config(config_path())
    install_translators(app, settings.language)
    settings = _overrides(settings, interval_s, anytime)

    from backbreak.ui.tray import Tray

    tray = Tray()
    tray.show()
    # Send the dock request to the tray host now, before the slower rest of start-up.
    app.processEvents()
    if not tray.available:
        log.warning("no system tray is available; control backbreak with the command line")

    from backbreak.controller import Controller
    from backbreak.core.history_log import HistoryLog
    from backbreak.core.routines import load_library
    from backbreak.platform.idle import detect_idle_source
    from backbreak.platform.notify import make_notifier

    notifier = make_notifier()
    with contextlib.suppress(OSError):
        private_dir(data_dir())
    history = HistoryLog(
        history_path(), lambda text: notifier.notify("backbreak", text), settings.goal_walk_minutes
    )
    library = load_library(user_routines_dir())
    for problem in [*problems, *library.problems]:
        log.warning("%s", problem)
    _tell_problems(notifier, [str(p) for p in [*problems, *library.problems]])
    controller = Controller(
        settings=settings,
        clock=SystemClock(),
        history=history,
        library=library,
        notifier=notifier,
        idle=detect_idle_source(),
        tray=tray,
    )
    shell = _Shell(app, controller)
    from backbreak.control_server import ControlServer

    server = ControlServer(shell.handle)
    server.listen()
    controller.quit_requested.connect(app.quit)
    controller.history_window_requested.connect(shell.show_history)
    controller.settings_window_requested.connect(shell.show_settings)
    shell.watch_config(interval_s, anytime)
    controller.start()
    log.info(
        "backbreak %s started (idle: %s, notifications: %s)",
        __version__,
        controller.idle.name,
        notifier.backend,
    )
    if open_history:
        QTimer.singleShot(0, shell.show_history)
    QTimer.singleShot(0, shell.watch_session)
    QTimer.singleShot(0, shell.welcome_once)
    app.exec()
    shell.stop()
    controller.stop()
    server.close()
    tray.hide()
    del signal_notifier
    lock.unlock()
    return 0


def _read_or_empty(path: Any) -> str:
    try:
        return str(path.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return ""


class _Shell:
    """The parts around the controller: the control channel's commands, the weekly window."""

    def __init__(self, app: QApplication, controller: Any) -> None:
        self.app = app
        self.c = controller
        self._window: Any = None
        self._session: Any = None
        self._welcome: Any = None
        self._settings_dialog: Any = None
        self._watcher: Any = None
        self._overrides: tuple[int | None, bool] = (None, False)
        self._config_text = ""

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

    def welcome_once(self) -> None:
        """The first run shows what backbreak does and the safety note, once."""
        marker = welcomed_marker()
        if marker.exists():
            return
        from backbreak.core.routines import safety_text
        from backbreak.ui.welcome import WelcomeDialog

        try:
            private_dir(marker.parent)
            marker.touch(mode=0o600)
        except OSError as e:
            log.warning("cannot remember the first run in %s: %s", marker, e)
        self._welcome = WelcomeDialog(safety_text(), max(1, self.c.settings.interval_s // 60))
        self._welcome.show()

    # --- settings ----------------------------------------------------------------------------
    def show_settings(self) -> None:
        from backbreak.ui.i18n import LANGUAGES
        from backbreak.ui.settings_dialog import SettingsDialog

        if self._settings_dialog is None:
            self._settings_dialog = SettingsDialog(self.c.settings, LANGUAGES)
            self._settings_dialog.applied.connect(self.save_settings)
        else:
            self._settings_dialog.show_settings(self.c.settings)
        self._settings_dialog.show()
        self._settings_dialog.raise_()
        self._settings_dialog.activateWindow()

    def save_settings(self, settings: Settings) -> None:
        """From the dialog: written to config.toml, then used at once (no restart)."""
        try:
            save_config(config_path(), settings)
            self._config_text = _read_or_empty(config_path())
        except OSError as e:
            self.c.notifier.notify(
                translate("App", "backbreak: settings not saved"),
                f"{config_path()}: {e.strerror}",
            )
        self.use_settings(settings)

    def watch_config(self, interval_s: int | None, anytime: bool) -> None:
        """Hand edits of config.toml apply as soon as the file is saved."""
        from PySide6.QtCore import QFileSystemWatcher

        self._overrides = (interval_s, anytime)
        path = config_path()
        self._watcher = QFileSystemWatcher(self.app)
        with contextlib.suppress(OSError):
            private_dir(path.parent)
        self._watcher.addPath(str(path.parent))
        if path.exists():
            self._watcher.addPath(str(path))
        self._watcher.fileChanged.connect(self._config_changed)
        self._watcher.directoryChanged.connect(self._config_changed)
        self._config_text = _read_or_empty(path)

    def _config_changed(self, _changed: str) -> None:
        path = config_path()
        if path.exists() and str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))  # editors replace the file: watch the new one
        text = _read_or_empty(path)
        if text == self._config_text:
            return
        self._config_text = text
        settings, problems = load_config(path)
        _tell_problems(self.c.notifier, [str(p) for p in problems])
        self.use_settings(_overrides(settings, *self._overrides))

    def use_settings(self, settings: Settings) -> None:
        old = self.c.settings
        if settings == old:
            return
        if settings.language != old.language:
            from backbreak.ui.i18n import install_translators

            install_translators(self.app, settings.language)
            self.c.tray.retranslate()
            if self._window is not None and not self._window.isVisible():
                self._window.deleteLater()  # rebuilt in the new language when next opened
                self._window = None
        if settings.autostart != old.autostart:
            from backbreak.platform.autostart import AutostartError, set_autostart

            try:
                set_autostart(settings.autostart, [sys.executable, "-m", "backbreak"])
            except (AutostartError, OSError, ValueError) as e:
                self.c.notifier.notify(translate("App", "backbreak: start at login"), str(e))
        self.c.apply_settings(settings)
        log.info("settings applied")

    def stop(self) -> None:
        if self._session is not None:
            self._session.stop()

    def show_history(self) -> None:
        if self.c.history.store is None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                None,
                translate("App", "Weekly history"),
                translate("App", "The history cannot be shown: %1").replace(
                    "%1", self.c.history.problem
                ),
            )
            return
        if self._window is None:
            from backbreak.ui.weekly_window import WeeklyWindow
            from backbreak.ui.wording import content
            from backbreak.week_source import StoreWeekSource

            library = self.c.library

            def title(routine_id: str) -> str:
                routine = library.routines.get(routine_id)
                return content(routine.title) if routine else routine_id

            source = StoreWeekSource(
                self.c.history.store,
                lambda: self.c.settings.goal_walk_minutes,
                self.c.clock.now,
                self.c.tz,
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
        from backbreak.core.weekly import local_date, week_of

        return week_of(local_date(self.c.clock.now(), self.c.tz))

    def _export(self, path: str) -> None:
        from pathlib import Path

        from backbreak.core.exchange import export_csv, export_json

        store = self.c.history.store
        if store is None:
            return
        target = Path(path)
        try:
            with target.open("w", encoding="utf-8", newline="") as fh:
                (export_json if target.suffix.lower() == ".json" else export_csv)(store, fh)
        except OSError as e:
            self.c.notifier.notify("backbreak", f"{target}: {e.strerror}")

    def handle(self, cmd: str, args: dict[str, Any]) -> dict[str, Any]:
        c = self.c
        if cmd == "ping":
            return {"ok": True, "result": ""}
        if cmd == "status":
            return {"ok": True, "result": c.status()}
        if cmd == "stretch":
            try:
                routine = c.start_stretch(args.get("routine"), _cli_source())
            except KeyError:
                return {
                    "ok": False,
                    "error": f"no routine {args.get('routine')!r}; see 'backbreak routines list'",
                }
            return {"ok": True, "result": f"stretch started: {routine}"}
        if cmd == "walk":
            c.start_walk(_cli_source())
            return {"ok": True, "result": "walk started"}
        if cmd == "snooze":
            seconds = args.get("seconds")
            error = c.snooze(int(seconds) if seconds else None)
            return {"ok": error is None, "error": error, "result": "snoozed"}
        if cmd == "pause":
            from backbreak.core.policy import until_tomorrow_morning

            now = c.clock.now()
            if "seconds" in args:
                c.pause_until(now + timedelta(seconds=int(args["seconds"])))
            elif args.get("until") == "tomorrow":
                c.pause_until(until_tomorrow_morning(now, c.settings, c.tz))
            else:
                c.pause_until(None)
            return {"ok": True, "result": "paused"}
        if cmd == "skip":
            error = c.skip_current()
            return {"ok": error is None, "error": error, "result": "skipped"}
        if cmd == "resume":
            c.resume()
            return {"ok": True, "result": "resumed"}
        if cmd == "quit":
            QTimer.singleShot(0, self.app.quit)
            return {"ok": True, "result": "quitting"}
        if cmd == "show_history":
            QTimer.singleShot(0, self.show_history)
            return {"ok": True, "result": ""}
        return {"ok": False, "error": f"unknown command {cmd!r}"}


def _cli_source() -> Any:
    from backbreak.core.model import Source

    return Source.CLI
