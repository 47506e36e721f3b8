"""Sentences more than one window says, written once (and translated once)."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication

from backbreak.core.routines.schema import Caution
from backbreak.core.text import Text, fill

translate = QCoreApplication.translate


def sitting_sentence(seconds: int, through_call: bool = False) -> str:
    """How long the user has sat; ``through_call`` when the break waited for a call to end."""
    if through_call:
        minutes = seconds // 60
        return translate(
            "Wording", "You have been sitting for %n minute(s), through a call.", None, minutes
        )
    if seconds < 60:
        return translate("Wording", "You have been sitting for %n second(s).", None, seconds)
    return translate("Wording", "You have been sitting for %n minute(s).", None, seconds // 60)


def standing_sentence(seconds: int) -> str:
    """How long the user has stood, and why a walk is suggested all the same."""
    return translate(
        "Wording",
        "You have been standing for %n minute(s). Standing still is not moving: "
        "a short walk gets your back and legs going.",
        None,
        seconds // 60,
    )


BULLET = "\N{BULLET}\N{EN SPACE}"
"""A list item's mark: with a plain space after it, Qt drew the gap before some Japanese lines
and not others (the space shaped with the text that follows); an en space keeps it alike."""
CROSS = "\N{BALLOT X}\N{EN SPACE}"
"""The mark of a thing to stay away from, spaced like :data:`BULLET`."""


def content(text: str) -> str:
    """Routine text from the data files, in the user's language where a translation exists."""
    return translate("Routines", text)


def localized(text: Text) -> str:
    """A sentence from core in the user's language, its values (Texts too) filled in."""
    args = [localized(a) if isinstance(a, Text) else a for a in text.args]
    return fill(translate(text.context, text.template), args)


def caution_text(caution: Caution) -> str:
    """A caution as the user ticks it in the safety screen."""
    texts: dict[Caution, str] = {
        Caution.BENDING_BACKWARDS: translate("Wording", "Bending backwards hurts"),
        Caution.KNEELING_WRISTS: translate("Wording", "Kneeling or weight on the wrists hurts"),
        Caution.BALANCE: translate("Wording", "My balance is unsteady"),
        Caution.FLOOR: translate("Wording", "No room or wish to get on the floor"),
    }
    return texts[caution]


def cautions_summary(cautions: Collection[Caution]) -> str:
    """What the ticked cautions leave out, in one line (the settings dialog)."""
    if not cautions:
        return translate("Wording", "Nothing ticked: every exercise is offered.")
    ticked = "; ".join(caution_text(c) for c in Caution if c in cautions)
    return translate("Wording", "Ticked: %1.").replace("%1", ticked)
