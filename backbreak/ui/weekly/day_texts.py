"""How the weekly window words a day: minutes, dates, and the facts of one day.

Shared by the chart (tooltips, what a screen reader says for each day) and the window.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

if TYPE_CHECKING:
    from backbreak.core.history.weekly import DayStats

translate = QCoreApplication.translate


def format_minutes(minutes: float) -> str:
    """Whole minutes below an hour, else hours and minutes: "45 min", "1 h 5 min"."""
    whole = round(minutes)
    if whole < 60:
        return translate("WeeklyWindow", "%n min", None, whole)
    hours, rest = divmod(whole, 60)
    text = translate("WeeklyWindow", "%1 h %2 min")
    return text.replace("%1", str(hours)).replace("%2", str(rest))


def format_minutes_lines(minutes: float) -> str:
    """:func:`format_minutes` with the hours and the minutes on lines of their own ("1 h" over
    "5 min"), for a narrow column; split where the translation puts its second figure."""
    whole = round(minutes)
    if whole < 60:
        return format_minutes(whole)
    hours, rest = divmod(whole, 60)
    text = translate("WeeklyWindow", "%1 h %2 min")
    cut = max(text.find("%1"), text.find("%2"))
    first, second = text[:cut].strip(), text[cut:].strip()
    if not first or not second:
        return format_minutes(whole)
    lines = first + "\n" + second
    return lines.replace("%1", str(hours)).replace("%2", str(rest))


def date_text(day: date, pattern: str) -> str:
    """``day`` in the user's locale, written with a QDate ``pattern`` such as "ddd d"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def day_title(day: date) -> str:
    """The long local name of a day, e.g. "Tuesday 17 November"."""
    return date_text(day, "dddd d MMMM")


def answered_text(answered: int, due: int) -> str:
    """How the reminders of a day or week were answered: "2 of 3 reminders answered"."""
    if not due:
        return translate("WeeklyWindow", "No reminders were due")
    return translate("WeeklyWindow", "%1 of %n reminder(s) answered", None, due).replace(
        "%1", str(answered)
    )


def extra_text(extra: int) -> str:
    """Breaks started from the tray or the command line: "1 extra break"."""
    return translate("WeeklyWindow", "%n extra break(s)", None, extra)


def breaks_text(answered: int, due: int, extra: int) -> str:
    """ "2 of 2 reminders answered · 1 extra break" (the extra part only when there are any)."""
    text = answered_text(answered, due)
    if extra:
        text += " \N{MIDDLE DOT} " + extra_text(extra)
    return text


def posture_text(day: DayStats) -> str:
    """The day's time sitting and standing: "Sitting 5 h 10 min, standing 1 h 20 min"."""
    return (
        translate("WeeklyWindow", "Sitting %1, standing %2")
        .replace("%1", format_minutes(day.sitting_minutes))
        .replace("%2", format_minutes(day.standing_minutes))
    )


def pain_text(day: DayStats) -> str | None:
    """The day's pain check-in averages, or None when there was none."""
    if day.pain_before_avg is None and day.pain_after_avg is None:
        return None
    none = "\N{EN DASH}"
    return (
        translate("WeeklyWindow", "Back pain (0 to 10): %1 before, %2 after")
        .replace("%1", none if day.pain_before_avg is None else f"{day.pain_before_avg:g}")
        .replace("%2", none if day.pain_after_avg is None else f"{day.pain_after_avg:g}")
    )


def day_summary(day: DayStats) -> list[str]:
    """One line per fact about a day; shared by the chart's tooltip and the window's day heading."""
    lines = [
        breaks_text(day.answered, day.due, day.extra),
        translate("WeeklyWindow", "%n natural break(s)", None, day.natural),
        translate("WeeklyWindow", "Moved: %1").replace(
            "%1", format_minutes(day.stretch_minutes + day.walk_minutes)
        ),
        translate("WeeklyWindow", "Longest sitting: %1").replace(
            "%1", format_minutes(day.longest_sitting_minutes)
        ),
        posture_text(day),
    ]
    pain = pain_text(day)
    if pain is not None:
        lines.append(pain)
    if day.skipped or day.snoozed or day.dismissed:
        lines.append(
            translate("WeeklyWindow", "Skipped %1, snoozed %2, unanswered %3")
            .replace("%1", str(day.skipped))
            .replace("%2", str(day.snoozed))
            .replace("%3", str(day.dismissed))
        )
    lines.append(
        translate("WeeklyWindow", "Daily goal met")
        if day.goal_met
        else translate("WeeklyWindow", "Daily goal not met")
    )
    return lines
