"""The note to see a professional the pain check-in brings, in a physiotherapist's words (the
player's line on an exercise swapped out is ``rep_counter.changes_text``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backbreak.core.routines.steering import NoteReason

translate = QCoreApplication.translate


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
