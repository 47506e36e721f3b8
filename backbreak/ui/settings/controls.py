"""Small builders shared by the settings pages: described controls, buddy labels, combo
selection and the conversion between ``datetime.time`` and ``QTime``.

Spin box limits come from the checks in ``core.settings`` (:func:`accepted_range`), never
written here again. Every text keeps the translation context "SettingsDialog".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSpinBox, QWidget

from backbreak.core.settings import accepted_range

translate = QCoreApplication.translate


def to_qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def from_qtime(t: QTime) -> time:
    return time(t.hour(), t.minute())


def describe(widget: QWidget, name: str, description: str) -> None:
    """Give ``widget`` its accessible name and description; the description is its tooltip."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    widget.setToolTip(description)


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A plain-text label whose mnemonic moves the focus to ``buddy``."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(buddy)
    return label


def minutes_box(attr: str) -> QSpinBox:
    """A spin box in whole minutes for the :class:`Settings` field ``attr`` (in seconds)."""
    lo, hi = accepted_range(attr)
    box = QSpinBox()
    box.setRange(-(-lo // 60), hi // 60)  # whole minutes inside the accepted seconds
    box.setSuffix(translate("SettingsDialog", " min"))
    box.setAccelerated(True)
    return box


def number_box(attr: str) -> QSpinBox:
    """A spin box over the accepted range of the :class:`Settings` field ``attr``."""
    box = QSpinBox()
    box.setRange(*accepted_range(attr))
    box.setAccelerated(True)
    return box


def check_box(text: str, name: str, description: str) -> QCheckBox:
    box = QCheckBox(text)
    describe(box, name, description)
    return box


def select(combo: QComboBox, code: str, text: Callable[[str], str]) -> None:
    """Select the item whose data is ``code``; one the list does not offer (a language
    without a .qm, say) is added as ``text(code)`` rather than lost."""
    index = combo.findData(code)
    if index < 0:
        combo.addItem(text(code), code)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
