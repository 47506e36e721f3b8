"""What the player says about the pain check-in's steering: the line naming an exercise
swapped out (and why), and the note to see a professional, in a physiotherapist's words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from backbreak.core.routines.steering import Change, NoteReason
from backbreak.core.text import fill
from backbreak.ui.wording import content

translate = QCoreApplication.translate


def _day(when: datetime) -> str:
    local = when.astimezone()
    day = QDate(local.year, local.month, local.day)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


def change_line(change: Change, titles: dict[str, str]) -> str:
    """One line: which exercise is swapped or left out, until when, and why."""
    old = content(titles.get(change.exercise, change.exercise))
    if change.replacement is None:
        text = translate(
            "Checkin",
            "%1 is left out until %2: your back felt worse after it twice in a row.",
        )
        return fill(text, [old, _day(change.until)])
    text = translate(
        "Checkin",
        "%1 is replaced by the easier %2 until %3: your back felt worse after it twice in a row.",
    )
    new = content(titles.get(change.replacement, change.replacement))
    return fill(text, [old, new, _day(change.until)])


def note_text(reason: NoteReason) -> str:
    """The calm note to see a professional, for what brought it."""
    if reason is NoteReason.HIGH_DAYS:
        first = translate(
            "Checkin",
            "Your back has scored 7 or more on three days in a row. Pain that stays this high "
            "deserves a proper look: please make an appointment with a physiotherapist or your "
            "doctor. Until then, stay gently active within what feels comfortable, and leave "
            "out any movement that makes the pain worse.",
        )
    else:
        first = translate(
            "Checkin",
            "Your back felt 3 or more points worse after this routine than before it. Take it "
            "easy for the rest of the day and leave out what provoked it. If the pain has not "
            "settled within a day or two, or this keeps happening, please see a "
            "physiotherapist or your doctor.",
        )
    urgent = translate(
        "Checkin",
        "If you notice any of the urgent signs listed under Safety, see a doctor straight away.",
    )
    return first + "\n\n" + urgent
