"""The tray icon and its menu. It shows state and emits what the user asked for."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from functools import partial
from importlib.resources import files
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

if TYPE_CHECKING:
    # Imported where first used, after the icon is showing: with them the tray module took
    # 12 ms to import instead of 4 (their enums and dataclasses), all before the icon.
    from backbreak.core.policy.pause import PauseRequest
    from backbreak.ui.tray.look import TrayLook, TrayView

translate = QCoreApplication.translate
PROGRESS_STEPS = 24  # the ring is redrawn only when it visibly moves


class BreakWindow(Enum):
    """The windows the tray offers to bring back when they are behind others."""

    PROMPT = "prompt"
    STRETCH = "stretch"
    WALK = "walk"


def _show_text(window: BreakWindow) -> str:
    return {
        BreakWindow.PROMPT: translate("Tray", "Show break prompt"),
        BreakWindow.STRETCH: translate("Tray", "Show stretch"),
        BreakWindow.WALK: translate("Tray", "Show walk"),
    }[window]


class Tray(QObject):
    stretch_requested = Signal()
    routine_requested = Signal(str)  # a routine id, chosen by name
    walk_requested = Signal()
    snooze_requested = Signal()
    pause_requested = Signal(object)  # a PauseRequest
    resume_requested = Signal()
    posture_requested = Signal(object)  # a Posture: what the user says they do now
    history_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None, *, with_menu: bool = True) -> None:
        """``with_menu=False``: only the icon, for the app's start; :meth:`add_menu` follows
        once the icon is showing."""
        super().__init__(parent)
        self._icon = QSystemTrayIcon(self)
        self._menu = QMenu()
        self._texts: list[tuple[QAction, Callable[[], str]]] = []
        self._snooze_minutes = 5
        self._drawn: tuple[TrayLook, int, bool] | None = None
        self._view: TrayView | None = None
        self._icons: dict[tuple[TrayLook, int, str], QIcon] = {}
        self._windows: dict[int, tuple[QWidget, BreakWindow]] = {}
        # The ring as first drawn, rendered ahead (packaging/render_icons.py), until the first
        # set_state: drawing it (and the Qt enums it needs, ~30 ms) waits until the tray is
        # showing. A PNG, as Qt reads it without the SVG plugin (1.7 MB resident).
        self._icon.setIcon(QIcon(str(files("backbreak.assets") / "icons" / "tray-start.png")))
        if with_menu:
            self.add_menu()

    def add_menu(self) -> None:
        """Build the menu (once): every entry, in the current language."""
        from backbreak.core.policy.pause import (
            PauseFor,
            PauseIndefinitely,
            PauseUntilTomorrow,
        )
        from backbreak.core.policy.vocabulary import Posture
        from backbreak.ui.colours import with_readable_disabled_text

        self._status = self._menu.addAction("")
        self._status.setEnabled(False)  # a line of status; its colours are made readable
        self._menu.setPalette(with_readable_disabled_text(QGuiApplication.palette()))
        self._menu.addSeparator()
        self._show_window = self._add(self._show_window_text, self._bring_window_forward)
        self._show_window.setVisible(False)
        self._add(lambda: translate("Tray", "Stretch now"), self.stretch_requested.emit)
        self._routines_menu = self._menu.addMenu("")
        self._texts.append(
            (self._routines_menu.menuAction(), lambda: translate("Tray", "Start a routine"))
        )
        self._routines_menu.menuAction().setVisible(False)  # until set_routines
        self._add(lambda: translate("Tray", "Take a walk"), self.walk_requested.emit)
        self._snooze = self._add(
            lambda: translate("Tray", "Snooze %n minute(s)", None, self._snooze_minutes),
            self.snooze_requested.emit,
        )
        self._pause_1h = self._add(
            lambda: translate("Tray", "Pause for 1 hour"), self._pause_emitter(PauseFor(3600))
        )
        self._pause_menu = self._menu.addMenu("")
        self._texts.append((self._pause_menu.menuAction(), lambda: translate("Tray", "Pause")))
        pause_choices: list[tuple[Callable[[], str], PauseRequest]] = [
            (lambda: translate("Tray", "Pause for 30 minutes"), PauseFor(30 * 60)),
            (lambda: translate("Tray", "Pause for 2 hours"), PauseFor(2 * 3600)),
            (lambda: translate("Tray", "Pause until tomorrow morning"), PauseUntilTomorrow()),
            (lambda: translate("Tray", "Pause indefinitely"), PauseIndefinitely()),
        ]
        for text, value in pause_choices:
            self._add(text, self._pause_emitter(value), self._pause_menu)
        self._resume = self._add(lambda: translate("Tray", "Resume"), self.resume_requested.emit)
        self._menu.addSeparator()
        self._standing = self._add(
            lambda: translate("Tray", "I'm standing"),
            lambda: self.posture_requested.emit(Posture.STANDING),
        )
        self._sitting = self._add(
            lambda: translate("Tray", "I'm sitting"),
            lambda: self.posture_requested.emit(Posture.SITTING),
        )
        self._sitting.setVisible(False)
        self._menu.addSeparator()
        self._add(lambda: translate("Tray", "Weekly history…"), self.history_requested.emit)
        self._add(lambda: translate("Tray", "Settings…"), self.settings_requested.emit)
        self._menu.addSeparator()
        self._add(lambda: translate("Tray", "Quit"), self.quit_requested.emit)
        self.retranslate()
        self._icon.setContextMenu(self._menu)
        self._icon.activated.connect(self._activated)
        # The menu is a widget, so Qt tells it of a new application palette and a new
        # language; watching it rather than the whole application keeps every other event
        # out of Python.
        self._menu.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._menu:
            if event.type() == QEvent.Type.PaletteChange:
                # A light/dark switch: the monochrome icon takes the new text colour at once.
                self._palette_changed()
            elif event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
        elif event.type() in (QEvent.Type.Show, QEvent.Type.Hide):  # a tracked break window
            self._update_show_window()
        return False

    # --- the break windows ------------------------------------------------------------------
    def track_window(self, window: QWidget, kind: BreakWindow) -> None:
        """Offer "Show …" for ``window`` while it is open: a prompt that appeared without
        taking the focus can be brought forward from the tray as well as with Alt+Tab."""
        key = id(window)
        self._windows[key] = (window, kind)
        window.installEventFilter(self)
        window.destroyed.connect(lambda *_: self._forget_window(key))
        self._update_show_window()

    def _forget_window(self, key: int) -> None:
        self._windows.pop(key, None)
        if shiboken6.isValid(self._show_window):  # not when the tray went first (at quit)
            self._update_show_window()

    def _open_window(self) -> tuple[QWidget, BreakWindow] | None:
        """The break window on screen (an activity before the prompt it replaced)."""
        shown = [(w, k) for w, k in self._windows.values() if w.isVisible()]
        shown.sort(key=lambda wk: wk[1] is BreakWindow.PROMPT)
        return shown[0] if shown else None

    def _show_window_text(self) -> str:
        open_window = self._open_window()
        return _show_text(open_window[1] if open_window else BreakWindow.PROMPT)

    def _update_show_window(self) -> None:
        self._show_window.setText(self._show_window_text())
        self._show_window.setVisible(self._open_window() is not None)

    def _bring_window_forward(self) -> None:
        # Not imported with the tray: placement needs the Qt namespace, ~13 ms before the icon.
        from backbreak.ui.placement import bring_forward

        open_window = self._open_window()
        if open_window is not None:
            bring_forward(open_window[0])

    def _palette_changed(self) -> None:
        from backbreak.ui.colours import with_readable_disabled_text

        readable = with_readable_disabled_text(QGuiApplication.palette())
        if readable != self._menu.palette():
            self._menu.setPalette(readable)  # the status line stays readable in the new theme
        if self._drawn is None or not self._drawn[2]:
            return
        self._icons.clear()  # icons in the old ink are not shown again
        look, step, monochrome = self._drawn
        self._icon.setIcon(self._cached_icon(look, step, monochrome))

    def _add(
        self, text: Callable[[], str], slot: Callable[[], object], menu: QMenu | None = None
    ) -> QAction:
        action = (menu or self._menu).addAction("")
        action.triggered.connect(slot)
        self._texts.append((action, text))
        return action

    def _routine_emitter(self, routine_id: str) -> Callable[[], None]:
        return lambda: self.routine_requested.emit(routine_id)

    def _pause_emitter(self, request: PauseRequest) -> Callable[[], None]:
        return lambda: self.pause_requested.emit(request)

    def retranslate(self) -> None:
        """Set every text in the current language (also after a language change)."""
        for action, text in self._texts:
            action.setText(text())
        if self._view is not None:
            self._show_tooltip(self._view)

    def set_routines(self, routines: list[tuple[str, str]]) -> None:
        """The routines the user may start by name, as (id, title) pairs: any of them, also
        those a scheduled break never offers (one done entirely seated, the one at home)."""
        from backbreak.ui.wording import content

        old = set(self._routines_menu.actions())
        self._texts = [(a, t) for a, t in self._texts if a not in old]
        self._routines_menu.clear()
        for routine_id, title in routines:
            self._add(
                partial(content, title), self._routine_emitter(routine_id), self._routines_menu
            )
        self._routines_menu.menuAction().setVisible(bool(routines))
        self.retranslate()

    def set_snooze_minutes(self, minutes: int) -> None:
        self._snooze_minutes = minutes
        self.retranslate()

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

    def set_state(self, view: TrayView) -> None:
        from backbreak.core.policy.vocabulary import Posture

        progress = round(max(0.0, min(1.0, view.progress)) * PROGRESS_STEPS)
        drawn = (view.look, progress, view.monochrome)
        if drawn != self._drawn:
            self._drawn = drawn
            self._icon.setIcon(self._cached_icon(*drawn))
        self._view = view
        self._show_tooltip(view)
        self._pause_1h.setVisible(not view.resume_shown)
        self._pause_menu.menuAction().setVisible(not view.resume_shown)
        self._resume.setVisible(view.resume_shown)
        self._snooze.setEnabled(view.snooze_enabled)
        self._standing.setVisible(view.posture is Posture.SITTING)
        self._sitting.setVisible(view.posture is Posture.STANDING)

    def _show_tooltip(self, view: TrayView) -> None:
        text = tooltip_text(view)
        self._icon.setToolTip(text)
        self._status.setText(text)

    def _cached_icon(self, look: TrayLook, step: int, monochrome: bool) -> QIcon:
        """At most a few dozen icons, each drawn once: every new QIcon handed to the tray
        costs about 2 kB that Qt keeps for the life of the process."""
        # Monochrome follows the palette's text colour, as a panel's symbolic icons do.
        ink = QGuiApplication.palette().color(QPalette.ColorRole.WindowText) if monochrome else None
        key = (look, step, ink.name() if ink else "")
        icon = self._icons.get(key)
        if icon is None:
            from backbreak.ui.tray.icon_art import tray_icon

            icon = self._icons[key] = tray_icon(look, step / PROGRESS_STEPS, ink)
        return icon

    @property
    def tooltip(self) -> str:
        return self._icon.toolTip()

    def menu_texts(self) -> list[str]:
        """Visible entries, for tests and accessibility checks."""
        return [a.text() for a in self._menu.actions() if a.isVisible() and a.text()]

    def trigger(self, text: str) -> None:
        """Activate a menu entry by its text (tests drive the tray like a user would)."""
        menus = (self._menu, self._pause_menu, self._routines_menu)
        for a in [action for menu in menus for action in menu.actions()]:
            if a.text() == text and a.isVisible() and a.isEnabled():
                a.trigger()
                return
        raise KeyError(text)


def tooltip_text(view: TrayView) -> str:
    """The tooltip's sentence in the current language."""
    from backbreak.ui.tray.look import Tooltip

    match view.tooltip:
        case Tooltip.PAUSED:
            text = translate("Tray", "Paused")
        case Tooltip.PAUSED_UNTIL:
            text = translate("Tray", "Paused until %1")
        case Tooltip.BREAK_TIME:
            text = translate("Tray", "Break time")
        case Tooltip.WAITING_DND:
            text = translate("Tray", "Break waiting until do-not-disturb ends")
        case Tooltip.WAITING_MEETING:
            text = translate("Tray", "Break waiting until your call ends")
        case Tooltip.NO_BREAK:
            text = translate("Tray", "No break scheduled")
        case Tooltip.OUTSIDE_HOURS:
            text = translate("Tray", "Outside working hours; next break %1")
        case Tooltip.SNOOZED:
            text = translate("Tray", "Snoozed; next break at %1")
        case Tooltip.NEXT_BREAK:
            text = translate("Tray", "Next break at %1 (in %n min)", None, view.minutes)
        case Tooltip.STANDING:
            text = translate(
                "Tray", "Standing; a walk is suggested at %1 (in %n min)", None, view.minutes
            )
    return text.replace("%1", view.at)
