"""Sentences more than one window says, written once (and translated once)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def sitting_sentence(seconds: int) -> str:
    if seconds < 60:
        return translate("Wording", "You have been sitting for %n second(s).", None, seconds)
    return translate("Wording", "You have been sitting for %n minute(s).", None, seconds // 60)


def content(text: str) -> str:
    """Routine text from the data files, in the user's language where a translation exists."""
    return translate("Routines", text)
