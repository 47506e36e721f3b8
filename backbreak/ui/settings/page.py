"""What every settings page is, and the check that the pages together cover :class:`Settings`.

Each page owns some fields of :class:`Settings`: it shows them (:meth:`SettingsPage.fill`)
and reads them back (:meth:`SettingsPage.values`). The dialog builds ``Settings(**merged)``
from all pages; :func:`merged` refuses a field no page owns, so a new setting without a
control fails loudly instead of being silently reset to its default on every Apply.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import fields

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from backbreak.core.settings import Settings


class SettingsPage(QWidget):
    """One tab of the settings dialog: its controls and the fields they show."""

    def fill(self, settings: Settings) -> None:
        """Show the fields this page owns from ``settings``."""
        raise NotImplementedError

    def values(self) -> dict[str, object]:
        """The fields this page owns, as the form holds them now."""
        raise NotImplementedError

    def change_signals(self) -> list[SignalInstance]:
        """The signals that say the page's form changed."""
        raise NotImplementedError


class FieldOwnershipError(RuntimeError):
    """The pages do not own every field of :class:`Settings` exactly once (a programming
    error: a setting without a control, or with two)."""


def merged(parts: Iterable[Mapping[str, object]]) -> dict[str, object]:
    """The pages' values as one mapping, checked to hold each field of Settings once."""
    parts = list(parts)
    owners = Counter(name for part in parts for name in part)
    expected = {f.name for f in fields(Settings)}
    missing = sorted(expected - owners.keys())
    unknown = sorted(owners.keys() - expected)
    twice = sorted(name for name, count in owners.items() if count > 1)
    if missing or unknown or twice:
        raise FieldOwnershipError(
            f"settings pages: no control for {missing}, not a setting {unknown}, "
            f"owned twice {twice}"
        )
    return {name: value for part in parts for name, value in part.items()}
