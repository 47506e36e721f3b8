"""Settings that take effect without a restart: from the dialog, and from hand edits of
``config.toml`` (watched), with the run's command-line overrides kept on top.

Two sets of settings are in play: what ``config.toml`` says (the dialog shows and saves
those) and what this run uses (the same, with ``--interval`` / ``--anytime`` on top). Only the
first is ever written, so a try-out run's overrides never end up in the file.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject

from backbreak.core.paths import config_path, private_dir
from backbreak.core.settings import ConfigProblem, Settings, load_config, save_config

if TYPE_CHECKING:
    from backbreak.app.controller import Controller
    from backbreak.core.routines.schema import Caution, RoutineProblem
    from backbreak.platform.notify import Notifier

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
_Meaning = tuple[Settings, tuple[str, ...]]


def with_overrides(settings: Settings, interval_s: int | None, anytime: bool) -> Settings:
    """``--interval`` and ``--anytime`` hold for this run, whatever the file or the dialog say;
    the result is for running only, never for saving."""
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


def _meaning(settings: Settings, problems: Sequence[ConfigProblem]) -> _Meaning:
    """What a read of config.toml came to: an edit that changes neither is nothing to apply
    or tell (a comment, an editor's save of the same text, our own save coming back)."""
    return settings, tuple(str(p) for p in problems)


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
        saved: tuple[Settings, Sequence[ConfigProblem]] | None = None,
    ) -> None:
        """``saved``: what config.toml said at start (read again when not given); the
        controller already runs on it with ``overrides`` applied."""
        super().__init__(app)
        self.app = app
        self.c = controller
        self._notifier = notifier
        self._overrides = overrides
        self._dialog: Any = None
        self._path = config_path()
        self._saved, problems = saved if saved is not None else load_config(self._path)
        self._seen = _meaning(self._saved, problems)
        self._watcher = QFileSystemWatcher(self)
        with contextlib.suppress(OSError):
            private_dir(self._path.parent)
        self._watcher.addPath(str(self._path.parent))
        if self._path.is_file():
            self._watcher.addPath(str(self._path))
        self._watcher.fileChanged.connect(self._file_changed)
        self._watcher.directoryChanged.connect(self._file_changed)

    def show_dialog(self) -> None:
        from backbreak.ui.i18n import LANGUAGES
        from backbreak.ui.settings.dialog import SettingsDialog

        if self._dialog is None:  # config.toml's settings: overrides are not the user's choice
            self._dialog = SettingsDialog(self._saved, LANGUAGES)
            self._dialog.applied.connect(self.save)
        else:
            self._dialog.show_settings(self._saved)
        self._dialog.show()
        self._dialog.raise_()
        self._dialog.activateWindow()

    @property
    def dialog(self) -> Any:
        return self._dialog

    def save(self, settings: Settings) -> None:
        """From the dialog: written to config.toml, then used at once (overrides on top)."""
        try:
            save_config(self._path, settings)
        except OSError as e:
            self._notifier.notify(
                translate("App", "backbreak: settings not saved"), f"{self._path}: {e.strerror}"
            )
        self._saved = settings
        self._seen = _meaning(*load_config(self._path))
        self.use(with_overrides(settings, *self._overrides))

    def save_cautions(self, cautions: frozenset[Caution]) -> None:
        """From the safety screen: the ticked cautions into config.toml (nothing is written
        when they are what it already says)."""
        if cautions != self._saved.cautions:
            self.save(self._saved.with_(cautions=cautions))
        if self._dialog is not None and self._dialog.isVisible():
            self._dialog.show_settings(self._saved)

    def _file_changed(self, _changed: str) -> None:
        if self._path.is_file() and str(self._path) not in self._watcher.files():
            self._watcher.addPath(str(self._path))  # editors replace the file: watch the new one
        settings, problems = load_config(self._path)
        seen = _meaning(settings, problems)
        if seen == self._seen:
            return
        self._seen = seen
        self._saved = settings
        # Every bad edit is told, including a config.toml that became a folder or too large.
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
        from backbreak.ui.player.still_pictures import still_pictures

        still_pictures().set_setting(settings.reduced_motion)  # an open player follows at once
        self.c.apply_settings(settings)
        log.info("settings applied")
