"""Buttons as the windows build them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton


def described_button(text: str, description: str, slot: Callable[[], object]) -> QPushButton:
    """A button whose description is read by a screen reader and shown as its tooltip."""
    button = QPushButton(text)
    button.setAccessibleDescription(description)
    button.setToolTip(description)
    button.clicked.connect(slot)
    return button
