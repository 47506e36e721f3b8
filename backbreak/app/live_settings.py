"""Settings that take effect without a restart: from the dialog, and from hand edits of
``config.toml`` (watched), with the run's command-line overrides kept on top."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject

from backbreak.core.paths import config_path, private_dir
from backbreak.core.settings import (
    MAX_CONFIG_BYTES,
    ConfigProblem,
    Settings,
    load_config,
    save_config,
)
from backbreak.core.user_files import read_user_file

if TYPE_CHECKING:
    from backbreak.app.controller import Controller
    from backbreak.core.routines.library import RoutineProblem
    from backbreak.platform.notify import Notifier

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def with_overrides(settings: Settings, interval_s: int | None, anytime: bool) -> Settings:
    """``--interval`` and ``--anytime`` hold for this run, whatever the file says."""
    if interval_s:
        settings = settings.with_(
            interval_s=interval_s, notice_ahead_s=min(settings.notice_ahead_s, interval_s // 2 or 1)
        )
    if anytime:
        settings = settings.with_(hours_enabled=False)
    return settings


def tell_problems(notifier: Notifier, problems: Sequence[ConfigProblem | RoutineProblem]) -> None:
    """Bad settings or routine files: named in one notification, in the user's language (and
    each in the log, in English)."""
    from backbreak.ui.wording import localized

    for problem in problems:
        log.warning("%s", problem)
    if not problems:
        return
    shown = [f"{p.where}: {localized(p.text)}" for p in problems[:3]]
    if len(problems) > 3:
        shown.append(
            translate("App", "…and %n more; see 'backbreak config check'.", None, len(problems) - 3)
        )
    notifier.notify(translate("App", "backbreak: some files have problems"), "\n".join(shown))


def _read_or_empty(path: Path) -> str:
    try:
        return read_user_file(path, MAX_CONFIG_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return ""


def _start_command() -> list[str]:
    """How the login session should start this very installation."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: its own executable
        return [sys.executable]
    return [sys.executable, "-m", "backbreak"]


class LiveSettings(QObject):
    def __init__(
        self,
        app: QCoreApplication,
        controller: Controller,
        notifier: Notifier,
        overrides: tuple[int | None, bool],
    ) -> None:
        super().__init__(app)
        self.app = app
        self.c = controller
        self._notifier = notifier
        self._overrides = overrides
        self._dialog: Any = None
        self._path = config_path()
        self._text = _read_or_empty(self._path)
        self._watcher = QFileSystemWatcher(self)
        with contextlib.suppress(OSError):
            private_dir(self._path.parent)
        self._watcher.addPath(str(self._path.parent))
        if self._path.exists():
            self._watcher.addPath(str(self._path))
        self._watcher.fileChanged.connect(self._file_changed)
        self._watcher.directoryChanged.connect(self._file_changed)

    def show_dialog(self) -> None:
        from backbreak.ui.i18n import LANGUAGES
        from backbreak.ui.settings_dialog import SettingsDialog

        if self._dialog is None:
            self._dialog = SettingsDialog(self.c.settings, LANGUAGES)
            self._dialog.applied.connect(self.save)
        else:
            self._dialog.show_settings(self.c.settings)
        self._dialog.show()
        self._dialog.raise_()
        self._dialog.activateWindow()

    @property
    def dialog(self) -> Any:
        return self._dialog

    def save(self, settings: Settings) -> None:
        """From the dialog: written to config.toml, then used at once."""
        try:
            save_config(self._path, settings)
            self._text = _read_or_empty(self._path)
        except OSError as e:
            self._notifier.notify(
                translate("App", "backbreak: settings not saved"), f"{self._path}: {e.strerror}"
            )
        self.use(settings)

    def _file_changed(self, _changed: str) -> None:
        if self._path.exists() and str(self._path) not in self._watcher.files():
            self._watcher.addPath(str(self._path))  # editors replace the file: watch the new one
        text = _read_or_empty(self._path)
        if text == self._text:
            return
        self._text = text
        settings, problems = load_config(self._path)
        tell_problems(self._notifier, problems)
        self.use(with_overrides(settings, *self._overrides))

    def use(self, settings: Settings) -> None:
        old = self.c.settings
        if settings == old:
            return
        if settings.language != old.language:
            from backbreak.ui.i18n import install_translators

            # Open windows and the tray's menu follow through Qt's LanguageChange event.
            install_translators(self.app, settings.language)
        if settings.autostart != old.autostart:
            from backbreak.platform.autostart import AutostartError, set_autostart

            try:
                set_autostart(settings.autostart, _start_command())
            except (AutostartError, OSError, ValueError) as e:
                self._notifier.notify(translate("App", "backbreak: start at login"), str(e))
        self.c.apply_settings(settings)
        log.info("settings applied")
