"""The tray icon and its menu. It shows state and emits what the user asked for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from backbreak.ui.tray_icon_art import TrayLook, tray_icon

translate = QCoreApplication.translate


class Tray(QObject):
    stretch_requested = Signal()
    walk_requested = Signal()
    snooze_requested = Signal()
    pause_requested = Signal(object)  # seconds (int), "tomorrow", or None for indefinitely
    resume_requested = Signal()
    history_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon = QSystemTrayIcon(self)
        self._menu = QMenu()
        self._status = self._menu.addAction("")
        self._status.setEnabled(False)
        self._menu.addSeparator()
        self._add(translate("Tray", "Stretch now"), self.stretch_requested.emit)
        self._add(translate("Tray", "Take a walk"), self.walk_requested.emit)
        self._snooze = self._add(translate("Tray", "Snooze 5 minutes"), self.snooze_requested.emit)
        self._pause_menu = self._menu.addMenu(translate("Tray", "Pause"))
        self._add(
            translate("Tray", "Pause for 30 minutes"),
            lambda: self.pause_requested.emit(30 * 60),
            self._pause_menu,
        )
        self._pause_1h = self._add(
            translate("Tray", "Pause for 1 hour"), lambda: self.pause_requested.emit(3600)
        )
        self._add(
            translate("Tray", "Pause for 2 hours"),
            lambda: self.pause_requested.emit(2 * 3600),
            self._pause_menu,
        )
        self._add(
            translate("Tray", "Pause until tomorrow morning"),
            lambda: self.pause_requested.emit("tomorrow"),
            self._pause_menu,
        )
        self._add(
            translate("Tray", "Pause indefinitely"),
            lambda: self.pause_requested.emit(None),
            self._pause_menu,
        )
        self._resume = self._add(translate("Tray", "Resume"), self.resume_requested.emit)
        self._menu.addSeparator()
        self._add(translate("Tray", "Weekly history…"), self.history_requested.emit)
        self._menu.addSeparator()
        self._add(translate("Tray", "Quit"), self.quit_requested.emit)
        self._icon.setContextMenu(self._menu)
        self._icon.activated.connect(self._activated)
        self.set_state(TrayLook.ACTIVE, 0.0, "", paused=False)

    def _add(self, text: str, slot: object, menu: QMenu | None = None) -> QAction:
        action = (menu or self._menu).addAction(text)
        action.triggered.connect(slot)
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self._menu.popup(self._icon.geometry().center())

    def show(self) -> None:
        self._icon.show()

    def hide(self) -> None:
        self._icon.hide()

    @property
    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def set_state(
        self,
        look: TrayLook,
        progress: float,
        tooltip: str,
        *,
        paused: bool,
        snooze_enabled: bool = True,
    ) -> None:
        self._icon.setIcon(tray_icon(look, progress))
        self._icon.setToolTip(tooltip)
        self._status.setText(tooltip)
        self._pause_1h.setVisible(not paused)
        self._pause_menu.menuAction().setVisible(not paused)
        self._resume.setVisible(paused)
        self._snooze.setEnabled(snooze_enabled and not paused)

    def menu_texts(self) -> list[str]:
        """Visible entries, for tests and accessibility checks."""
        return [a.text() for a in self._menu.actions() if a.isVisible() and a.text()]

    def trigger(self, text: str) -> None:
        """Activate a menu entry by its text (tests drive the tray like a user would)."""
        for a in [*self._menu.actions(), *self._pause_menu.actions()]:
            if a.text() == text and a.isVisible() and a.isEnabled():
                a.trigger()
                return
        raise KeyError(text)
