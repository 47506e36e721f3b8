"""The settings dialog: everything in ``config.toml`` as a form, applied without a restart.

The dialog decides nothing and writes no file: it shows a :class:`Settings`, and on Apply or OK
emits ``applied`` with the new one for the live settings (``app.live_settings``) to save and
put into effect. Its four pages each own some fields of :class:`Settings`
(``backbreak.ui.settings.page``); the dialog puts them in tabs and adds the problem line and
the buttons.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from backbreak.core.settings import Settings
from backbreak.ui.rebuild import rebuild_body, rebuild_on_language_change
from backbreak.ui.settings.breaks import BreaksPage
from backbreak.ui.settings.controls import describe
from backbreak.ui.settings.general import GeneralPage
from backbreak.ui.settings.hours import HoursPage
from backbreak.ui.settings.page import SettingsPage, merged
from backbreak.ui.settings.routines import RoutinesPage

translate = QCoreApplication.translate


class SettingsDialog(QDialog):
    """Every user setting on four tabs, with OK, Apply, Cancel and Restore Defaults.

    ``applied`` carries a new, valid :class:`Settings` on Apply, and on OK when the form differs
    from what was last shown or applied. Apply and OK are disabled while the working hours end
    at or before they start (the same rule ``parse_config`` applies to the file).
    """

    applied = Signal(object)

    def __init__(
        self,
        settings: Settings,
        languages: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._languages = list(languages)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)  # the body has the dialog's margins
        self._body = self._build()
        self._layout.addWidget(self._body)
        self._shown = settings
        self.show_settings(settings)

    def changeEvent(self, event: QEvent) -> None:
        rebuild_on_language_change(self, event, self._rebuild)
        super().changeEvent(event)

    def _rebuild(self) -> None:
        """The language changed (Apply, or a hand edit): the form is built again in it,
        keeping what it holds, what Apply compares against, the page shown and the focus."""
        form, page = self.settings(), self._tabs.currentIndex()
        focused = self._focused_field()
        self._body = rebuild_body(self, self._layout, self._body, self._build)
        self.show_settings(form, keep_baseline=True)
        self._tabs.setCurrentIndex(page)
        if focused is not None:
            target = getattr(self._pages[focused[0]], focused[1], None)
            if isinstance(target, QWidget) and target.isEnabled():
                target.setFocus()

    def _focused_field(self) -> tuple[int, str] | None:
        """Which page, and which of its attributes, holds the keyboard focus."""
        focused = self.focusWidget()
        for index, page in enumerate(self._pages):
            for name, value in vars(page).items():
                if focused is not None and value is focused:
                    return index, name
        return None

    # --- construction ----------------------------------------------------------------------
    def _build(self) -> QWidget:
        tr = translate
        self.setWindowTitle(tr("SettingsDialog", "Settings \N{EM DASH} backbreak"))
        self._tabs = QTabWidget()
        self._tabs.setAccessibleName(tr("SettingsDialog", "Settings pages"))
        self._tabs.setAccessibleDescription(
            tr("SettingsDialog", "Breaks, working hours, routines and general settings")
        )
        self._hours = HoursPage()
        self._pages: list[SettingsPage] = [
            BreaksPage(),
            self._hours,
            RoutinesPage(),
            GeneralPage(self._languages),
        ]
        titles = (
            tr("SettingsDialog", "&Breaks"),
            tr("SettingsDialog", "Working &hours"),
            tr("SettingsDialog", "&Routines"),
            tr("SettingsDialog", "&General"),
        )
        for page, title in zip(self._pages, titles, strict=True):
            self._tabs.addTab(page, title)
        merged(page.values() for page in self._pages)  # a field without a control stops here

        self._problem = QLabel()
        self._problem.setTextFormat(Qt.TextFormat.PlainText)
        self._problem.setWordWrap(True)
        # its name is the problem itself; what it is for goes in the description
        self._problem.setAccessibleDescription(tr("SettingsDialog", "Problem with the settings"))
        self._problem.setStyleSheet("QLabel { font-weight: bold; }")
        self._problem.hide()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._tabs)
        layout.addWidget(self._problem)
        layout.addWidget(self._build_buttons())

        for page in self._pages:
            for signal in page.change_signals():
                signal.connect(self._refresh)
        return body

    def _build_buttons(self) -> QDialogButtonBox:
        tr = translate
        buttons = QDialogButtonBox.StandardButton
        box = QDialogButtonBox(
            buttons.Ok | buttons.Apply | buttons.Cancel | buttons.RestoreDefaults
        )
        self._ok = box.button(buttons.Ok)
        self._apply_button = box.button(buttons.Apply)
        restore = box.button(buttons.RestoreDefaults)
        describe(
            self._ok,
            tr("SettingsDialog", "OK"),
            tr("SettingsDialog", "Use these settings and close"),
        )
        describe(
            self._apply_button,
            tr("SettingsDialog", "Apply"),
            tr("SettingsDialog", "Use these settings now and keep the dialog open"),
        )
        describe(
            box.button(buttons.Cancel),
            tr("SettingsDialog", "Cancel"),
            tr("SettingsDialog", "Close without changing anything not yet applied"),
        )
        describe(
            restore,
            tr("SettingsDialog", "Restore defaults"),
            tr(
                "SettingsDialog",
                "Put the default value in every field; nothing changes until you apply",
            ),
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self._apply_button.clicked.connect(self.apply)
        restore.clicked.connect(lambda: self.show_settings(Settings(), keep_baseline=True))
        return box

    # --- public ----------------------------------------------------------------------------
    def settings(self) -> Settings:
        """What the form holds now (valid or not: see :meth:`problem`)."""
        return Settings(**merged(page.values() for page in self._pages))  # type: ignore[arg-type]

    def show_settings(self, settings: Settings, keep_baseline: bool = False) -> None:
        """Put ``settings`` in the form.

        Durations are shown in whole minutes (rounded, kept inside the accepted range). Unless
        ``keep_baseline``, the result becomes the unchanged state that Apply compares against.
        """
        for page in self._pages:
            page.fill(settings)
        if not keep_baseline:
            self._shown = self.settings()
        self._refresh()

    def problem(self) -> str:
        """Why the form cannot be applied, or "" when it can."""
        if not self.settings().hours_in_order():
            return translate(
                "SettingsDialog", "Working hours: the end must be later than the start."
            )
        return ""

    def apply(self) -> None:
        """Emit ``applied`` with the form's settings, unless the form has a problem."""
        if self.problem():
            return
        self._shown = self.settings()
        self.applied.emit(self._shown)
        self._refresh()

    def accept(self) -> None:
        """OK: apply what changed, then close; refused while the form has a problem."""
        if self.problem():
            return
        if self.settings() != self._shown:
            self.apply()
        super().accept()

    # --- internals -------------------------------------------------------------------------
    def _refresh(self) -> None:
        problem = self.problem()
        self._problem.setText(problem)
        self._problem.setVisible(bool(problem))
        self._ok.setEnabled(not problem)
        self._apply_button.setEnabled(not problem and self.settings() != self._shown)
        self._hours.show_problem(problem)
