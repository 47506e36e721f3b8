"""What screen readers are told beyond what Qt's widgets say by themselves.

Qt exposes a plain top-level ``QWidget`` as a ``filler`` and has no setter for a widget's role,
so the roles of backbreak's own windows and painted parts are given here, through one
accessibility factory: a widget marked with :func:`set_role` is described by that role (and, for
chart items, whether it is the selected one). :func:`announce` tells a screen reader something
that appeared without taking the focus (the break prompt).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleStateChangeEvent,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

Role = QAccessible.Role

_ROLE = "backbreakAccessibleRole"
_SELECTED = "backbreakAccessibleSelected"
_installed = False


class _RoledWidget(QAccessibleWidget):
    """A widget described with the role it was given, and its selection if it has one."""

    def __init__(self, widget: QWidget, role: Role) -> None:
        super().__init__(widget, role, "")
        self._widget = widget

    def state(self) -> QAccessible.State:
        state = super().state()
        selected = self._widget.property(_SELECTED)
        if selected is not None:
            state.selectable = True
            state.selected = bool(selected)
            chart = self._widget.parentWidget()
            state.focusable = True
            state.focused = bool(selected) and chart is not None and chart.hasFocus()
        return state


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    role = obj.property(_ROLE)
    return None if role is None else _RoledWidget(obj, Role(role))


def set_role(widget: QWidget, role: Role) -> None:
    """Describe ``widget`` to assistive technology as ``role``. Call it first thing in the
    constructor: Qt keeps the description it made first."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    widget.setProperty(_ROLE, role.value)


def set_selected(widget: QWidget, selected: bool) -> None:
    """Mark an item (a day or week of a chart) as selected or not, and say so if it changed."""
    if widget.property(_SELECTED) == selected:
        return
    widget.setProperty(_SELECTED, selected)
    if QAccessible.isActive():
        change = QAccessible.State()
        change.selected = True
        QAccessible.updateAccessibility(QAccessibleStateChangeEvent(widget, change))


def tell_focus(widget: QWidget) -> None:
    """``widget`` (an item of a chart that has the keyboard) is where the focus now is."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Focus))


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` now (the window appeared without taking focus)."""
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
