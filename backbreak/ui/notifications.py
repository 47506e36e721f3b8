"""The words of the break's desktop notifications: the heads-up before it and the bubble that
goes with the prompt. The notifier shows them; the controller decides when."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from backbreak.ui.wording import sitting_sentence, standing_sentence

translate = QCoreApplication.translate


class NotificationAction(StrEnum):
    """The keys of the buttons; the notifier hands the chosen one back."""

    START = "start"  # the scheduled break, now
    WALK = "walk"  # the walk suggested after standing, now
    SNOOZE = "snooze"


class Notification(NamedTuple):
    """What ``Notifier.notify`` takes: ``notifier.notify(*notification)``."""

    title: str
    body: str
    actions: list[tuple[str, str]]


def break_coming(seconds: int) -> Notification:
    """The heads-up ``seconds`` before the prompt."""
    return Notification(
        translate("Notifications", "Break in %n second(s)", None, seconds),
        translate("Notifications", "Finish your sentence; a short stretch is coming up."),
        [
            (NotificationAction.START.value, translate("Notifications", "Start now")),
            (NotificationAction.SNOOZE.value, translate("Notifications", "Snooze")),
        ],
    )


def break_due(
    sitting_seconds: int, snooze_allowed: bool, through_call: bool = False
) -> Notification:
    """The bubble shown with the prompt card."""
    actions = [(NotificationAction.START.value, translate("Notifications", "Start"))]
    if snooze_allowed:
        actions.append((NotificationAction.SNOOZE.value, translate("Notifications", "Snooze")))
    return Notification(
        translate("Notifications", "Time to stand up"),
        sitting_sentence(sitting_seconds, through_call),
        actions,
    )


def walk_suggested(standing_seconds: int, snooze_allowed: bool) -> Notification:
    """The bubble shown with the card that suggests a walk after standing."""
    actions = [(NotificationAction.WALK.value, translate("Notifications", "Walk"))]
    if snooze_allowed:
        actions.append((NotificationAction.SNOOZE.value, translate("Notifications", "Snooze")))
    return Notification(
        translate("Notifications", "Time for a walk"),
        standing_sentence(standing_seconds),
        actions,
    )


def nothing_suits() -> str:
    """A routine started from the tray that the user's cautions leave empty."""
    return translate(
        "App",
        "Nothing in this routine suits what you ticked in the safety screen; "
        "choose another one, or change the ticks in Settings.",
    )
